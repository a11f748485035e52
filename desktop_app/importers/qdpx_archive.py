"""Reading a ``.qdpx`` zip safely: bounded sizes, no path that leaves the archive.

Nothing is ever extracted to disk: members are read into memory in bounded chunks. What a
member's header declares is checked before it is opened (an honest oversized member costs
nothing), and the same bounds are checked again *while inflating*, on the bytes really inflated
and the compressed bytes really read from the file, so a header that lies gains nothing
(zipfile itself never returns more than the declared size and fails the CRC instead):

* one source text or note: the text limit every importer applies (``limits.MAX_TEXT_CHARS``),
  as bytes — four per character, the most UTF-8 or UTF-16 needs; the exact count of characters
  is checked once the text is decoded (``qdpx``);
* one member: ``limits.MAX_ZIP_COMPRESSION_RATIO`` beyond ``limits.ZIP_RATIO_MIN_BYTES`` (the
  zip-bomb rule of .docx and .odt);
* the whole archive: the same ratio against the archive's size on disk — the one bound no
  header can bend, and the one that stops many small bombs — and an absolute total.

Vendors differ in names — ``project.qde`` or ``Project.qde`` or any
``*.qde``, ``sources/`` or ``Sources/``, GUID file names in upper or lower case, with or without
braces — so members are looked up by a normalised name. A member name or a ``plainTextPath`` that
climbs out of the archive (``../``, an absolute path, a drive letter) refuses the whole archive:
no honest exporter writes one.
"""

from __future__ import annotations

import io
import logging
import re
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from types import TracebackType

from desktop_app.errors import ImportRefused
from desktop_app.i18n import N_, gettext
from desktop_app.importers import limits as importer_limits
from desktop_app.importers.limits import describe_bytes

log = logging.getLogger(__name__)

MIB = 1024 * 1024
_CHUNK = 1 * MIB
_DRIVE = re.compile(r"^[A-Za-z]:")
_BRACED_STEM = re.compile(r"^\{([^{}]*)\}(\.[^.]*)?$")
_TODO_EXPORT = N_("export the project again from the other program as REFI-QDA (.qdpx)")
_TODO_HOSTILE = N_("do not open this file; ask the sender for a fresh export")


def _text_bytes() -> int:
    # Four bytes per character is the most UTF-8 and UTF-16 spend; a byte-order mark on top.
    return 4 * importer_limits.MAX_TEXT_CHARS + 4


@dataclass(frozen=True)
class Limits:
    """How much of an archive Parley will read. Generous for real projects (thousands of
    articles), far below what would exhaust memory or fill a disk. The defaults follow
    :mod:`desktop_app.importers.limits` when a ``Limits`` is made (each import makes one)."""

    max_members: int = 200_000
    max_project_bytes: int = 512 * MIB  # the .qde file (it may hold sources' text inline)
    # Any one source text or note; the default is the text limit of every importer.
    max_file_bytes: int = field(default_factory=_text_bytes)
    max_total_bytes: int = 512 * MIB  # everything read from one archive
    max_ratio: int = field(default_factory=lambda: importer_limits.MAX_ZIP_COMPRESSION_RATIO)
    ratio_min_bytes: int = field(default_factory=lambda: importer_limits.ZIP_RATIO_MIN_BYTES)

    @property
    def file_limit_is_text_limit(self) -> bool:
        return self.max_file_bytes == _text_bytes()


class _CountingFile(io.FileIO):
    """The archive on disk, counting the bytes zipfile reads from it: what a member really
    took, whatever its header says."""

    bytes_read = 0

    def read(self, size: int | None = -1) -> bytes:
        data = super().read(size)
        self.bytes_read += len(data)
        return data


def _size(limit: int) -> str:
    return f"{limit // MIB:,} MB" if limit >= MIB else f"{limit:,} bytes"


def _leaves_archive(name: str) -> bool:
    cleaned = name.replace("\\", "/")
    if cleaned.startswith("/") or _DRIVE.match(cleaned):
        return True
    return any(part == ".." for part in cleaned.split("/"))


def _lookup_key(name: str) -> str:
    """Case-insensitive, "\\" as "/", braces around a GUID file name dropped."""
    folder, _, base = name.replace("\\", "/").lower().rpartition("/")
    braced = _BRACED_STEM.match(base)
    if braced:
        base = braced.group(1) + (braced.group(2) or "")
    return f"{folder}/{base}" if folder else base


class QdpxArchive:
    """An open ``.qdpx``; use as a context manager."""

    def __init__(self, path: Path, limits: Limits | None = None) -> None:
        self.path = Path(path)
        self.limits = limits or Limits()
        self._read_total = 0
        try:
            self._file = _CountingFile(self.path, "r")
        except OSError as exc:
            raise ImportRefused(
                self.path,
                gettext("cannot be read ({strerror})").format(strerror=exc.strerror or exc),
                gettext("check the file"),
            ) from exc
        try:
            self._archive_bytes = max(1, self.path.stat().st_size)
            self._zip = zipfile.ZipFile(self._file)
        except (zipfile.BadZipFile, EOFError, ValueError, OSError) as exc:
            self._file.close()
            raise ImportRefused(
                self.path,
                gettext("not a REFI-QDA project (the file is not a zip archive)"),
                gettext(_TODO_EXPORT),
            ) from exc
        try:
            self._index = self._build_index()
            self.project_member = self._find_project()
        except ImportRefused:
            self.close()
            raise
        folder = self.project_member.rpartition("/")[0]
        self.base = f"{folder}/" if folder else ""

    def __enter__(self) -> QdpxArchive:
        return self

    def __exit__(
        self, _t: type[BaseException] | None, _e: BaseException | None, _tb: TracebackType | None
    ) -> None:
        self.close()

    def close(self) -> None:
        self._zip.close()
        self._file.close()

    # -- members -------------------------------------------------------------------------------

    def _build_index(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            raise ImportRefused(
                self.path,
                gettext(
                    "the archive holds {count:,} files, more than the {max_members:,} Parley reads"
                ).format(count=len(infos), max_members=self.limits.max_members),
                gettext(_TODO_HOSTILE),
            )
        index: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if _leaves_archive(info.filename):
                raise ImportRefused(
                    self.path,
                    gettext(
                        "the archive holds a path that leaves it ({filename!r}), a sign "
                        "of a malicious file"
                    ).format(filename=info.filename),
                    gettext(_TODO_HOSTILE),
                )
            if not info.is_dir():
                index.setdefault(_lookup_key(info.filename), info)
        return index

    def _find_project(self) -> str:
        qde = [
            info.filename for info in self._index.values() if info.filename.lower().endswith(".qde")
        ]
        if not qde:
            raise ImportRefused(
                self.path,
                gettext("not a REFI-QDA project (there is no .qde file inside)"),
                gettext(_TODO_EXPORT),
            )
        # project.qde at the top wins; else the one shallowest .qde; two at one level is ambiguous.
        qde.sort(key=lambda name: (name.count("/"), name.lower() != "project.qde", name.lower()))
        top = [n for n in qde if n.count("/") == qde[0].count("/")]
        preferred = [n for n in top if n.rpartition("/")[2].lower() == "project.qde"]
        if len(preferred) == 1:
            return preferred[0]
        if len(top) > 1:
            raise ImportRefused(
                self.path,
                gettext("the archive holds {count} project files ({names})").format(
                    count=len(top), names=", ".join(top[:3])
                ),
                gettext("export one project per .qdpx file"),
            )
        return top[0]

    def read_project(self) -> bytes:
        return self._read(
            self._index[_lookup_key(self.project_member)], self.limits.max_project_bytes, False
        )

    def internal_member(self, reference: str) -> str | None:
        """The archive member a ``plainTextPath``/``path`` names, or None when the archive lacks
        it. ``internal://x.txt`` lives in ``sources/``; a bare relative path is accepted too."""
        relative = reference.strip()
        if relative.lower().startswith("internal://"):
            relative = relative[len("internal://") :]
        if not relative or _leaves_archive(relative):
            raise ImportRefused(
                self.path,
                gettext(
                    "a source points outside the archive ({reference!r}), a sign of "
                    "a malicious file"
                ).format(reference=reference),
                gettext(_TODO_HOSTILE),
            )
        relative = str(PurePosixPath(relative.replace("\\", "/")))
        for candidate in (f"{self.base}sources/{relative}", f"{self.base}{relative}"):
            info = self._index.get(_lookup_key(candidate))
            if info is not None:
                return info.filename
        # Some exporters nest sources one folder deeper; accept a unique file of that name.
        base = _lookup_key(relative).rpartition("/")[2]
        matches = [i for key, i in self._index.items() if key.rpartition("/")[2] == base]
        return matches[0].filename if len(matches) == 1 else None

    def read_member(self, name: str) -> bytes:
        """A source text or note, within the text limit."""
        return self._read(self._index[_lookup_key(name)], self.limits.max_file_bytes, True)

    def _read(self, info: zipfile.ZipInfo, limit: int, is_text: bool) -> bytes:
        if info.flag_bits & 0x1:
            raise ImportRefused(
                self.path,
                gettext("{filename} inside the archive is encrypted").format(
                    filename=info.filename
                ),
                gettext("export the project again without a password"),
            )
        # What the header declares is checked first (an honest oversized member is refused
        # without inflating anything), what really comes out is checked as it comes.
        self._check(info.filename, info.file_size, info.compress_size, limit, is_text)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as member:
                start = self._file.bytes_read  # after the local header: compressed data only
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    self._check(info.filename, size, self._file.bytes_read - start, limit, is_text)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise ImportRefused(
                self.path,
                gettext("the archive is damaged ({filename}: {exc})").format(
                    filename=info.filename, exc=exc
                ),
                gettext(_TODO_EXPORT),
            ) from exc
        except NotImplementedError as exc:
            raise ImportRefused(
                self.path,
                gettext("{filename} is compressed in a way Parley cannot read ({exc})").format(
                    filename=info.filename, exc=exc
                ),
                gettext(_TODO_EXPORT),
            ) from exc
        self._read_total += size
        return b"".join(chunks)

    def _check(self, name: str, size: int, consumed: int, limit: int, is_text: bool) -> None:
        """The bounds on what has been inflated so far (see the module docstring)."""
        bounds = self.limits
        ratio = size / max(consumed, 1)
        if size > bounds.ratio_min_bytes and ratio > bounds.max_ratio:
            raise _bomb(
                self.path,
                gettext("{name} is compressed {ratio:,.0f} to 1").format(name=name, ratio=ratio),
            )
        if size > limit:
            if is_text and bounds.file_limit_is_text_limit:
                raise ImportRefused(
                    self.path,
                    gettext(
                        "{name} inside the archive is too long: more than "
                        "{limit:,} characters of text (the limit for one "
                        "source)"
                    ).format(name=name, limit=importer_limits.MAX_TEXT_CHARS),
                    gettext("split that source in the other program and export the project again"),
                )
            raise ImportRefused(
                self.path,
                gettext("{name} inside the archive is larger than {limit}").format(
                    name=name, limit=_size(limit)
                ),
                gettext("split the project, or import its sources one by one"),
            )
        total = self._read_total + size
        if total > bounds.ratio_min_bytes and total > bounds.max_ratio * self._archive_bytes:
            raise _bomb(
                self.path,
                gettext("{packed} unpack to more than {total}").format(
                    packed=describe_bytes(self._archive_bytes), total=describe_bytes(total)
                ),
            )
        if total > bounds.max_total_bytes:
            raise ImportRefused(
                self.path,
                gettext("the archive unpacks to more than {limit}").format(
                    limit=_size(bounds.max_total_bytes)
                ),
                gettext("split the project into smaller exports"),
            )


def _bomb(path: Path, why: str) -> ImportRefused:
    return ImportRefused(
        path,
        gettext("looks like a zip bomb, not a genuine REFI-QDA export: {why}").format(why=why),
        gettext(_TODO_HOSTILE),
    )

"""Reading a ``.qdpx`` zip safely: bounded sizes, no path that leaves the archive.

Nothing is ever extracted to disk: members are read into memory, each against a per-file limit,
and everything read counts against a total, measured on the bytes actually inflated (a zip's
declared sizes can lie). Vendors differ in names — ``project.qde`` or ``Project.qde`` or any
``*.qde``, ``sources/`` or ``Sources/``, GUID file names in upper or lower case, with or without
braces — so members are looked up by a normalised name. A member name or a ``plainTextPath`` that
climbs out of the archive (``../``, an absolute path, a drive letter) refuses the whole archive:
no honest exporter writes one.
"""

from __future__ import annotations

import logging
import re
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from types import TracebackType

from desktop_app.errors import ImportRefused

log = logging.getLogger(__name__)

MIB = 1024 * 1024
_CHUNK = 1 * MIB
_DRIVE = re.compile(r"^[A-Za-z]:")
_BRACED_STEM = re.compile(r"^\{([^{}]*)\}(\.[^.]*)?$")
_TODO_EXPORT = "export the project again from the other program as REFI-QDA (.qdpx)"
_TODO_HOSTILE = "do not open this file; ask the sender for a fresh export"


@dataclass(frozen=True)
class Limits:
    """How much of an archive Parley will read. Generous for real projects (thousands of
    articles), far below what would exhaust memory."""

    max_members: int = 200_000
    max_project_bytes: int = 512 * MIB  # the .qde file
    max_file_bytes: int = 128 * MIB  # any one source text or note
    max_total_bytes: int = 2048 * MIB  # everything read from one archive


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
            self._zip = zipfile.ZipFile(self.path)
        except (zipfile.BadZipFile, EOFError, ValueError) as exc:
            raise ImportRefused(
                self.path, "not a REFI-QDA project (the file is not a zip archive)", _TODO_EXPORT
            ) from exc
        except OSError as exc:
            raise ImportRefused(
                self.path, f"cannot be read ({exc.strerror or exc})", "check the file"
            ) from exc
        try:
            self._index = self._build_index()
            self.project_member = self._find_project()
        except ImportRefused:
            self._zip.close()
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

    # -- members -------------------------------------------------------------------------------

    def _build_index(self) -> dict[str, zipfile.ZipInfo]:
        infos = self._zip.infolist()
        if len(infos) > self.limits.max_members:
            raise ImportRefused(
                self.path,
                f"the archive holds {len(infos):,} files, more than the {self.limits.max_members:,}"
                " Parley reads",
                _TODO_HOSTILE,
            )
        index: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if _leaves_archive(info.filename):
                raise ImportRefused(
                    self.path,
                    f"the archive holds a path that leaves it ({info.filename!r}), a sign of a "
                    "malicious file",
                    _TODO_HOSTILE,
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
                self.path, "not a REFI-QDA project (there is no .qde file inside)", _TODO_EXPORT
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
                f"the archive holds {len(top)} project files ({', '.join(top[:3])})",
                "export one project per .qdpx file",
            )
        return top[0]

    def read_project(self) -> bytes:
        return self._read(
            self._index[_lookup_key(self.project_member)], self.limits.max_project_bytes
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
                f"a source points outside the archive ({reference!r}), a sign of a malicious file",
                _TODO_HOSTILE,
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
        return self._read(self._index[_lookup_key(name)], self.limits.max_file_bytes)

    def _read(self, info: zipfile.ZipInfo, limit: int) -> bytes:
        if info.flag_bits & 0x1:
            raise ImportRefused(
                self.path,
                f"{info.filename} inside the archive is encrypted",
                "export the project again without a password",
            )
        self._check_size(info.filename, info.file_size, limit)
        chunks: list[bytes] = []
        size = 0
        try:
            with self._zip.open(info) as member:
                while chunk := member.read(_CHUNK):
                    size += len(chunk)
                    self._check_size(info.filename, size, limit)
                    chunks.append(chunk)
        except (zipfile.BadZipFile, zlib.error, EOFError) as exc:
            raise ImportRefused(
                self.path, f"the archive is damaged ({info.filename}: {exc})", _TODO_EXPORT
            ) from exc
        except NotImplementedError as exc:
            raise ImportRefused(
                self.path,
                f"{info.filename} is compressed in a way Parley cannot read ({exc})",
                _TODO_EXPORT,
            ) from exc
        self._read_total += size
        return b"".join(chunks)

    def _check_size(self, name: str, size: int, limit: int) -> None:
        if size > limit:
            raise ImportRefused(
                self.path,
                f"{name} inside the archive is larger than {_size(limit)}",
                "split the project, or import its sources one by one",
            )
        if self._read_total + size > self.limits.max_total_bytes:
            raise ImportRefused(
                self.path,
                f"the archive unpacks to more than {_size(self.limits.max_total_bytes)}",
                "split the project into smaller exports",
            )

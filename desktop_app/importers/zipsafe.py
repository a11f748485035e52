"""Opening .docx and .odt containers (zip archives) without trusting them.

A hostile or broken archive must be refused quickly and in bounded memory, before any XML
parser sees it. The zip's central directory lists every member's compressed and uncompressed
size; :func:`open_zip` checks the number of members, each declared size, their total and the
compression ratio (per member, and of the whole against the archive's real length) against
:mod:`limits` — reading only the directory, so a "1 GB of zeros" bomb is refused in
milliseconds without inflating anything. A directory that lies (declares
less than the member really holds) is caught by zipfile itself: it never returns more than the
declared size and fails the CRC check instead, which :func:`read_member` reports as damage.
"""

from __future__ import annotations

import io
import logging
import zipfile
import zlib
from pathlib import Path

from desktop_app.errors import ImportRefused
from desktop_app.i18n import N_, gettext
from desktop_app.importers import limits
from desktop_app.importers.limits import describe_bytes

logger = logging.getLogger(__name__)

_RESAVE = N_("open it in {app} and save it again, then import the new file")


def damaged(path: Path, label: str, app: str) -> ImportRefused:
    """The refusal for an archive that cannot be read (truncated, corrupt, not a zip)."""
    return ImportRefused(
        path,
        gettext("the {label} file is damaged").format(label=label),
        gettext(_RESAVE).format(app=app),
    )


def open_zip(data: bytes, path: Path, label: str, app: str) -> zipfile.ZipFile:
    """Open ``data`` as a zip archive after checking its directory against the limits.

    ``label`` (".docx") and ``app`` ("Word") only word the messages.
    """
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, ValueError, OSError):
        logger.info("unreadable zip container %s", path, exc_info=True)
        raise damaged(path, label, app) from None
    if len(members) > limits.MAX_ZIP_MEMBERS:
        raise _unsafe(path, label, gettext("it holds {count:,} parts").format(count=len(members)))
    total = 0
    for member in members:
        if member.flag_bits & 0x1:
            raise ImportRefused(
                path,
                gettext("the {label} file is password-protected").format(label=label),
                gettext("remove the password in {app} and import the file again").format(app=app),
            )
        size = member.file_size
        total += size
        if size > limits.MAX_ZIP_MEMBER_BYTES:
            raise _unsafe(
                path,
                label,
                gettext("one part would unpack to {size} (the limit is {limit})").format(
                    size=describe_bytes(size),
                    limit=describe_bytes(limits.MAX_ZIP_MEMBER_BYTES),
                ),
            )
        ratio = size / max(member.compress_size, 1)
        if size > limits.ZIP_RATIO_MIN_BYTES and ratio > limits.MAX_ZIP_COMPRESSION_RATIO:
            raise _unsafe(
                path, label, gettext("one part is compressed {ratio:,.0f} to 1").format(ratio=ratio)
            )
    # zipfile never inflates beyond the declared sizes, so their total bounds what comes out;
    # measured against the archive's real length it cannot be bent by a forged compressed size
    # (which makes each member's own ratio look honest).
    ratio = total / max(len(data), 1)
    if total > limits.ZIP_RATIO_MIN_BYTES and ratio > limits.MAX_ZIP_COMPRESSION_RATIO:
        raise _unsafe(
            path,
            label,
            gettext("{packed} would unpack to {total}").format(
                packed=describe_bytes(len(data)), total=describe_bytes(total)
            ),
        )
    if total > limits.MAX_ZIP_TOTAL_BYTES:
        raise _unsafe(
            path,
            label,
            gettext("it would unpack to {total} (the limit is {limit})").format(
                total=describe_bytes(total),
                limit=describe_bytes(limits.MAX_ZIP_TOTAL_BYTES),
            ),
        )
    return archive


def read_member(
    archive: zipfile.ZipFile, name: str, path: Path, label: str, app: str
) -> bytes | None:
    """The bytes of member ``name``, None if there is no such member; damage is refused."""
    try:
        return archive.read(name)
    except KeyError:
        return None
    except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
        logger.info("unreadable member %s in %s", name, path, exc_info=True)
        raise damaged(path, label, app) from None


def _unsafe(path: Path, label: str, why: str) -> ImportRefused:
    return ImportRefused(
        path,
        gettext("looks like a zip bomb, not a genuine {label} file: {why}").format(
            label=label, why=why
        ),
        gettext(
            "if the document is genuine, open it and save it again, or split it into smaller files"
        ),
    )

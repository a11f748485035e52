"""Atomic output: write to a temporary file beside the target, then rename over it.

A failure or a cancel leaves no partial file; a read-only folder or a target locked by another
program (Excel on Windows keeps its files locked) gives a clear error.

The result gets the permissions any program's new file would get — ``0666`` less the umask
(or what a default ACL of the folder says) — or, when it replaces a file, that file's mode (and
group, where this user may set it): a workbook on a shared folder stays readable by the
colleagues who could read last week's. ``tempfile.mkstemp`` would make it ``0600``. The
temporary file is created with ``0666`` and ``O_EXCL``, so the system applies the umask itself:
no ``os.umask`` set-and-restore, which would race with other threads creating files.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import stat
from collections.abc import Iterator
from pathlib import Path

from desktop_app.errors import ExportError
from desktop_app.i18n import gettext

log = logging.getLogger(__name__)

# What a writer's OSError says when the disk (or the user's quota, or a file size limit) is full.
_NO_ROOM = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}

_NEW_FILE_MODE = 0o666  # what open() asks for; the umask takes its bits away
_ATTEMPTS = 100
_FLAGS = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)


def _create_partial(target: Path) -> Path:
    """A new, empty file beside ``target``, created exclusively with the mode a new file gets."""
    folder = target.parent
    for _ in range(_ATTEMPTS):
        partial = folder / f".{target.stem}-{secrets.token_hex(4)}{target.suffix}.partial"
        try:
            handle = os.open(partial, _FLAGS, _NEW_FILE_MODE)
        except FileExistsError:
            continue
        except OSError as exc:
            raise ExportError(
                gettext("cannot write in {folder} ({strerror})").format(
                    folder=folder, strerror=exc.strerror
                ),
                gettext("choose a folder you can write to"),
            ) from exc
        os.close(handle)
        return partial
    raise ExportError(
        gettext("cannot write in {folder} (no free temporary name)").format(folder=folder),
        gettext("try again"),
    )


def _keep_permissions(partial: Path, old: os.stat_result | None) -> None:
    """Give ``partial`` the mode (and, where allowed, the group) of the file it replaces."""
    if old is None or os.name != "posix":  # Windows has a read-only flag, no mode to keep
        return
    try:
        os.chmod(partial, stat.S_IMODE(old.st_mode))
    except OSError as exc:
        log.warning("cannot keep the mode of the replaced file on %s: %s", partial, exc)
    if partial.stat().st_gid != old.st_gid:
        try:
            os.chown(partial, -1, old.st_gid)
        except OSError as exc:  # not a member of that group: the folder's group it is
            log.info("cannot keep the group of the replaced file on %s: %s", partial, exc)


def _existing(target: Path) -> os.stat_result | None:
    try:
        return target.stat()
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.info("cannot read the permissions of %s: %s", target, exc)
        return None


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(
            gettext("folder {folder} does not exist").format(folder=folder),
            gettext("choose an existing folder"),
        )
    if target.is_dir():
        raise ExportError(
            gettext("{target} is a folder").format(target=target), gettext("give a file name")
        )
    partial = _create_partial(target)
    try:
        # Before anything is written, so a private file being replaced never has a readable
        # copy; every writer writes into the path it is given, keeping the mode.
        _keep_permissions(partial, _existing(target))
        try:
            yield partial
        except OSError as exc:
            if exc.errno not in _NO_ROOM:
                raise
            kept = f"{target.name} was not changed" if target.exists() else "nothing was written"
            raise ExportError(
                gettext("the disk holding {folder} is full").format(folder=folder),
                gettext("free some space and try again; {kept}").format(kept=kept),
            ) from exc
        try:
            os.replace(partial, target)
        except PermissionError as exc:
            raise ExportError(
                gettext("{name} is read-only or open in another program").format(name=target.name),
                gettext("close it there or choose another file name"),
            ) from exc
        except OSError as exc:
            raise ExportError(
                gettext("cannot replace {name} ({strerror})").format(
                    name=target.name, strerror=exc.strerror
                ),
                gettext("choose another file name"),
            ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()

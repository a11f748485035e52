"""One mapping from what the database or the operating system says to what an analyst can act on.

SQLite reports a full disk, a read-only file, a damaged page or a lock as the same exception
class with a message; the OS reports them as ``OSError`` numbers. Both arrive here, at the
storage boundary, and leave as one :class:`~desktop_app.errors.ProjectError` line — "what — what
to do" — so the command line and the window never show SQL, parameters or a traceback. Details
stay in the log.
"""

from __future__ import annotations

import errno
import logging
import sqlite3
from pathlib import Path

from sqlalchemy.exc import DatabaseError, OperationalError

from desktop_app import paths
from desktop_app.errors import PasswordNeeded, ProjectError
from desktop_app.i18n import gettext

log = logging.getLogger(__name__)

NOTHING_CHANGED = "nothing was changed"

# Fragments of SQLite's (and libpq's) messages, lower-cased, by what they mean.
_DAMAGED = ("malformed", "file is not a database", "file is encrypted", "database corrupt")
_FULL = ("database or disk is full", "disk full", "no space left", "could not extend file")
_READ_ONLY = ("readonly database", "read-only", "read only", "attempt to write a readonly")
_DENIED = ("permission denied", "access is denied", "operation not permitted")
_CANNOT_OPEN = ("unable to open database",)
_IO = ("disk i/o error", "i/o error")
_LOCKED = ("database is locked", "database table is locked", "lock timeout")

_OS_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}
_OS_READ_ONLY = {errno.EROFS}
_OS_DENIED = {errno.EACCES, errno.EPERM}


def newest_backup(path: Path | None) -> Path | None:
    """The newest rolling backup of the project at ``path`` (see ``backups.rolling_backup``)."""
    if path is None:
        return None
    try:
        copies = sorted((paths.backups_dir() / path.stem).glob("*.parley"))
    except OSError:
        return None
    return copies[-1] if copies else None


def damaged_error(path: Path | None, location: str, detail: str = "") -> ProjectError:
    backup = newest_backup(path)
    restore = (
        gettext("its newest backup is {backup}: copy it to a new name and open that").format(
            backup=backup
        )
        if backup is not None
        else gettext("open an earlier copy of it, if you have one")
    )
    found = f" ({detail})" if detail else ""
    return ProjectError(
        gettext("{location} is damaged").format(location=location) + found,
        gettext("{restore}; this file was not changed").format(restore=restore),
    )


def _kind(message: str, number: int | None) -> str | None:
    lowered = message.lower()
    if number in _OS_FULL or any(f in lowered for f in _FULL):
        return "full"
    if number in _OS_READ_ONLY or any(f in lowered for f in _READ_ONLY):
        return "read-only"
    if number in _OS_DENIED or any(f in lowered for f in _DENIED):
        return "denied"
    if any(f in lowered for f in _DAMAGED):
        return "damaged"
    if any(f in lowered for f in _LOCKED):
        return "locked"
    if any(f in lowered for f in _IO) or number == errno.EIO:
        return "io"
    if any(f in lowered for f in _CANNOT_OPEN):
        return "cannot-open"
    return None


def _parts(exc: BaseException) -> tuple[str, int | None]:
    """The driver's own message and errno, through SQLAlchemy's wrapper if there is one."""
    original = getattr(exc, "orig", None) or exc
    number = getattr(original, "errno", None)
    if isinstance(original, sqlite3.Error):
        number = None  # sqlite3 errors carry SQLite codes, not OS errno values
    return str(original), number if isinstance(number, int) else None


def user_error(
    exc: BaseException, location: str, path: Path | None = None, *, writing: bool = True
) -> ProjectError | None:
    """The user-facing error for a storage or OS failure, or None when it is none of the
    known kinds (the caller lets it through: a bug, reported as such)."""
    message, number = _parts(exc)
    kind = _kind(message, number)
    if kind is None:
        return None
    log.info("storage failure on %s (%s): %s", location, kind, message)
    folder = path.parent if path is not None else None
    if kind == "full":
        where = (
            gettext("the disk holding {folder}").format(folder=folder)
            if folder
            else gettext("the server's disk")
        )
        return ProjectError(
            gettext("{where} is full").format(where=where),
            gettext("free some space and try again; nothing was changed"),
        )
    if kind == "read-only":
        return ProjectError(
            gettext("{location} is read-only: changes cannot be saved").format(location=location),
            gettext(
                "copy the project to a folder you can write to and open the copy; "
                "nothing was changed"
            ),
        )
    if kind == "denied":
        return ProjectError(
            (
                gettext("Parley is not allowed to write {location}")
                if writing
                else gettext("Parley is not allowed to read {location}")
            ).format(location=location),
            gettext("check the permissions of the file and its folder; nothing was changed"),
        )
    if kind == "damaged":
        return damaged_error(path, location)
    if kind == "locked":
        return ProjectError(
            gettext("{location} is locked by another program").format(location=location),
            gettext("close it there (or wait for it to finish) and try again; nothing was changed"),
        )
    if kind == "io":
        return ProjectError(
            gettext("the disk holding {location} reported a read or write error").format(
                location=location
            ),
            gettext(
                "check the disk or network drive, then try again; copy the project to a "
                "local disk if it persists"
            ),
        )
    return ProjectError(
        gettext("{location} cannot be opened").format(location=location),
        gettext("check that the file and its folder exist and that you may read and write them"),
    )


def server_error(exc: DatabaseError, where: str) -> ProjectError:
    """One line an analyst can act on, for the usual ways a server connection fails."""
    detail = str(exc.orig or exc)
    lowered = detail.lower()
    if "no password supplied" in lowered or "password is required" in lowered:
        return PasswordNeeded(
            gettext("the server at {where} wants a password").format(where=where),
            gettext(
                "connect with File › Connect to server… (the password is kept in "
                "the system keyring), or set PGPASSWORD"
            ),
        )
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return PasswordNeeded(
            gettext("the server at {where} refused the user name or password").format(where=where),
            gettext("check them, or ask the server's administrator"),
        )
    if "does not exist" in lowered and "database" in lowered:
        return ProjectError(
            gettext("there is no such database at {where}").format(where=where),
            gettext("ask the server's administrator to create it (see the README, Team projects)"),
        )
    if "permission denied" in lowered:
        return ProjectError(
            gettext(
                "the server at {where} does not let this user work on the project ({detail})"
            ).format(where=where, detail=detail.strip()),
            gettext("ask the administrator to add the user to the desk's role (see the README)"),
        )
    if isinstance(exc, OperationalError):
        return ProjectError(
            gettext("cannot reach the database server at {where}").format(where=where),
            gettext(
                "check the address and port, that the server runs, and that it "
                "accepts connections from this computer"
            ),
        )
    return ProjectError(
        gettext("{where} cannot be opened as a Parley project ({detail})").format(
            where=where, detail=detail.strip()
        ),
        gettext("check that the database is a Parley project or empty"),
    )

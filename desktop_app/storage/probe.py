"""What a file on disk is, found without writing a byte to it.

Opening a file through the engine switches it to WAL mode, which rewrites its header: fine for
a Parley project, harmful for another program's database or for a file that only happens to
share a project's name. Everything here reads: the header, and — through SQLite's read-only,
immutable URI — the names of the tables. Exports use it too, so they never replace a project.
"""

from __future__ import annotations

import enum
import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

SQLITE_MAGIC = b"SQLite format 3\x00"
# Tables every Parley schema since the first migration has had.
PARLEY_TABLES = frozenset({"alembic_version", "project_settings", "sources", "codes"})


class FileKind(enum.Enum):
    MISSING = "missing"
    EMPTY = "empty"  # zero bytes: nothing there yet
    FOLDER = "folder"
    UNREADABLE = "unreadable"
    NOT_SQLITE = "not-sqlite"
    OTHER_DATABASE = "other-database"  # SQLite, but not a Parley project
    DAMAGED = "damaged"  # SQLite header, but its schema cannot be read
    PARLEY = "parley"


def read_only_uri(path: Path, *, immutable: bool = False) -> str:
    """A ``file:`` URI that opens ``path`` read-only (``immutable``: also without locking or
    looking for a WAL, for media nobody can write)."""
    uri = "file:" + quote(str(path.resolve()).replace(os.sep, "/"), safe="/:")
    return uri + ("?mode=ro&immutable=1" if immutable else "?mode=ro")


def table_names(path: Path) -> set[str]:
    """The table names of a SQLite file, read without writing to it (raises sqlite3.Error)."""
    # Immutable (no lock, no shared memory) unless a WAL is beside it: a project another
    # window has open may still hold its whole schema in the WAL, which immutable would skip.
    live = Path(f"{path}-wal").exists()
    connection = sqlite3.connect(read_only_uri(path, immutable=not live), uri=True)
    try:
        rows = connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        return {str(name) for (name,) in rows}
    finally:
        connection.close()


def classify(path: Path) -> FileKind:
    """What ``path`` is, as far as Parley cares; never changes the file."""
    try:
        if path.is_dir():
            return FileKind.FOLDER
        if not path.exists():
            return FileKind.MISSING
        with path.open("rb") as handle:
            header = handle.read(len(SQLITE_MAGIC))
    except OSError:
        return FileKind.UNREADABLE
    if not header:
        return FileKind.EMPTY
    if header != SQLITE_MAGIC:
        return FileKind.NOT_SQLITE
    try:
        tables = table_names(path)
    except sqlite3.DatabaseError:
        return FileKind.DAMAGED
    if not tables and _only_header(path):
        return FileKind.EMPTY  # a fresh database with no schema yet
    return FileKind.PARLEY if tables >= PARLEY_TABLES else FileKind.OTHER_DATABASE


def is_parley_project(path: Path) -> bool:
    return classify(path) is FileKind.PARLEY


def _only_header(path: Path) -> bool:
    try:
        return path.stat().st_size <= 4096 * 2
    except OSError:
        return False

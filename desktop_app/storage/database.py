"""An open project database (:class:`Database`: read views and write transactions) and
:func:`open_database`, which refuses what is not a project, opens a file it cannot write
read-only, and creates or upgrades the schema.

A project is one SQLite file (``.parley``) or a database URL. Every service operation is one
transaction (``BEGIN IMMEDIATE`` on SQLite for writers, so two writers queue instead of failing
half-way). Where the other jobs live: locations and engines in :mod:`.engine`, schema revisions
in :mod:`.migrations`, backups in :mod:`.backups`, user-facing failures in :mod:`.failures`.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine, text
from sqlalchemy.engine import URL
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop_app.errors import ProjectError
from desktop_app.i18n import gettext
from desktop_app.storage import failures, probe
from desktop_app.storage.backups import rolling_backup
from desktop_app.storage.engine import WRITE_LOCK, is_url, make_engine, safe_location, server_url
from desktop_app.storage.migrations import migrate, refuse_read_only_revision, stored_revision
from desktop_app.storage.probe import FileKind
from desktop_app.storage.schema import SCHEMA_REVISION
from desktop_app.storage.transaction import EntityKey, Reader, Transaction

log = logging.getLogger(__name__)

WRITE_WAIT_S = 30  # how long a write waits for another analyst's write on a server


class StorageConflict(Exception):
    """A write broke a constraint because the project changed underneath it (a row it refers to
    was deleted, or the same row was added by someone else meanwhile)."""


class StorageBusy(Exception):
    """Another writer held the project longer than a write is willing to wait."""


class Database:
    """An open project database. Hands out read sessions and write transactions."""

    def __init__(
        self, engine: Engine, location: str, path: Path | None, *, read_only: bool = False
    ) -> None:
        self.engine = engine
        self.location = location
        self.path = path  # None for a server URL
        # Opened read-only because the file, its folder or its disk cannot be written: reading,
        # searching and exporting work; every write is refused before it starts.
        self.read_only = read_only
        self._backup: threading.Thread | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        """A read-only view. On a server it is one snapshot (``REPEATABLE READ``), so a read
        made of several queries never sees half of someone else's change."""
        with self._failures(writing=False), self.engine.connect() as plain:
            connection = (
                plain.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
                if self.dialect == "postgresql"
                else plain
            )
            with Session(bind=connection, expire_on_commit=False) as session:
                yield Reader(session)
                session.rollback()

    @contextmanager
    def _failures(self, *, writing: bool) -> Iterator[None]:
        """Storage and OS failures leave as one user-facing line (see ``storage.failures``);
        anything unknown goes on as it is — a bug, not a condition."""
        try:
            yield
        except (DatabaseError, sqlite3.Error) as exc:
            mapped = failures.user_error(exc, self.location, self.path, writing=writing)
            if mapped is None:
                raise
            raise mapped from exc

    @contextmanager
    def transaction(
        self,
        *,
        coder_id: int | None = None,
        expected: Mapping[EntityKey, int] | None = None,
    ) -> Iterator[Transaction]:
        """One write transaction: committed when the block ends, rolled back on any error.

        Writers queue: ``BEGIN IMMEDIATE`` on SQLite, a transaction-scoped advisory lock on
        PostgreSQL. So each write sees the project as the previous write left it, and the change
        feed's ids are handed out in commit order (a window polling it never skips one).
        """
        if self.read_only:
            raise ProjectError(
                gettext("{location} is open read-only: changes cannot be saved").format(
                    location=self.location
                ),
                gettext(
                    "copy the project to a folder you can write to and open the copy; {rest}"
                ).format(rest=failures.NOTHING_CHANGED),
            )
        with self._failures(writing=True), self.engine.connect() as plain:
            connection = (
                plain.execution_options(sqlite_begin="BEGIN IMMEDIATE")
                if self.dialect == "sqlite"
                else plain
            )
            with Session(bind=connection, expire_on_commit=False) as session:
                tx = Transaction(session, coder_id=coder_id, expected=expected)
                try:
                    if self.dialect == "postgresql":
                        session.execute(text(f"SET LOCAL lock_timeout = '{WRITE_WAIT_S}s'"))
                        session.execute(
                            text("SELECT pg_advisory_xact_lock(:key)"), {"key": WRITE_LOCK}
                        )
                    yield tx
                    tx.finish()
                    session.commit()
                except IntegrityError as exc:
                    session.rollback()
                    raise StorageConflict(str(exc.orig)) from exc
                except OperationalError as exc:
                    session.rollback()
                    if _is_busy(exc):
                        raise StorageBusy(str(exc.orig)) from exc
                    raise
                except BaseException:
                    session.rollback()
                    raise

    def session_role(self) -> str | None:
        """The database role this connection signed in as (None for a project file)."""
        if self.dialect != "postgresql":
            return None
        with self.engine.connect() as connection:
            role = connection.execute(text("SELECT session_user")).scalar_one()
            connection.rollback()
        return str(role)

    def back_up_in_background(self) -> None:
        """Take the rolling backup on a thread of its own: copying a big project takes a
        noticeable fraction of a second, which the window should not wait for. The copy is a
        consistent snapshot (SQLite's backup API on its own connection; in WAL mode writers
        go on meanwhile); :meth:`close` waits for it."""

        path = self.path
        if path is None:
            return

        def copy() -> None:
            try:
                rolling_backup(path)
            except (OSError, sqlite3.Error):
                log.warning("rolling backup of %s failed", self.path, exc_info=True)

        self._backup = threading.Thread(target=copy, name="parley-backup", daemon=True)
        self._backup.start()

    def wait_for_backup(self) -> None:
        """Return once the rolling backup begun at opening is written (or has failed)."""
        if self._backup is not None:
            self._backup.join()
            self._backup = None

    def close(self) -> None:
        self.wait_for_backup()
        self.engine.dispose()


def _is_busy(exc: OperationalError) -> bool:
    detail = str(exc.orig).lower()
    return (
        "database is locked" in detail
        or "lock timeout" in detail
        or (getattr(exc.orig, "sqlstate", None) == "55P03")
    )


def _check_project_file(path: Path, create: bool) -> None:
    """Refuse, before anything is written, whatever is not a project (or, with ``create``, a
    place for a new one): another program's database must not even be switched to WAL."""
    kind = probe.classify(path)
    keep = "the file was not changed"
    if kind is FileKind.PARLEY:
        return
    if kind is FileKind.FOLDER:
        raise ProjectError(
            gettext("{path} is a folder").format(path=path),
            gettext("give the path of a .parley project file"),
        )
    if kind is FileKind.UNREADABLE:
        raise ProjectError(
            gettext("cannot read {path}").format(path=path), gettext("check its permissions")
        )
    if kind is FileKind.MISSING:
        if not create:
            raise ProjectError(
                gettext("{path} does not exist").format(path=path),
                gettext("check the path: it may have been moved or renamed"),
            )
        if not path.parent.exists():
            raise ProjectError(
                gettext("folder {parent} does not exist").format(parent=path.parent),
                gettext("create it first"),
            )
        return
    if kind is FileKind.EMPTY:
        if create:
            return
        raise ProjectError(
            gettext("{name} is empty, not a Parley project").format(name=path.name),
            gettext("open a .parley file, or import into it to make it one; {keep}").format(
                keep=keep
            ),
        )
    if kind is FileKind.DAMAGED:
        raise failures.damaged_error(path, str(path), "its table of contents cannot be read")
    if kind is FileKind.OTHER_DATABASE:
        raise ProjectError(
            gettext("{path} is another program's database, not a Parley project").format(path=path),
            gettext(
                "open a .parley file, or give a new file name to create a project; {keep}"
            ).format(keep=keep),
        )
    raise ProjectError(
        gettext("{path} is not a Parley project").format(path=path),
        gettext("open a .parley file, or give a new file name to create a project; {keep}").format(
            keep=keep
        ),
    )


def _writable(path: Path) -> bool:
    """Whether SQLite can write the project: the file, and its folder (for the WAL and the
    shared-memory index beside it)."""
    folder = path.parent
    if not os.access(folder, os.W_OK):
        return False
    return not path.exists() or os.access(path, os.W_OK)


def open_database(
    target: str | Path,
    *,
    create: bool = False,
    backup: bool = True,
    password: str | None = None,
) -> Database:
    """Open (and if needed create or upgrade) a project database.

    Creating runs every migration from empty. An older project is backed up beside itself
    before it is upgraded; a project made by a newer Parley is refused, untouched.

    A URL names a project on a database server; an empty database becomes a new project. With no
    password in the URL, ``password`` or else the keyring's is used (then libpq's own sources).
    """
    path: Path | None = None
    url: str | URL
    if is_url(target):
        url = server_url(str(target))
        if url.password is None and url.get_backend_name() == "postgresql":
            from desktop_app.storage import credentials

            password = password if password is not None else credentials.lookup(url)
    else:
        path = Path(target).expanduser().resolve()
        _check_project_file(path, create)
        if path.exists() and not _writable(path):
            return _open_read_only(path)
        url = f"sqlite:///{path}"
    engine = make_engine(url, password)
    try:
        migrate(engine, path)
    except ProjectError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        log.warning("cannot open %s: %s", safe_location(target), exc.orig)
        if path is None:
            raise failures.server_error(exc, safe_location(target)) from exc
        mapped = failures.user_error(exc, str(path), path)
        if mapped is not None and _could_read(mapped, path):
            # A full disk or a file that turned out not writable: still readable.
            return _open_read_only(path)
        raise mapped or ProjectError(
            gettext("{target} cannot be opened as a Parley project ({orig})").format(
                target=target, orig=exc.orig
            ),
            gettext("check that it is a .parley file and not locked by another program"),
        ) from exc
    database = Database(engine, str(path) if path else safe_location(target), path)
    if backup and path is not None:
        database.back_up_in_background()
    return database


def _could_read(error: ProjectError, path: Path) -> bool:
    return (
        path.exists()
        and probe.classify(path) is FileKind.PARLEY
        and ("read-only" in error.what or " is full" in error.what or "not allowed" in error.what)
    )


def _open_read_only(path: Path) -> Database:
    """A project that cannot be written, opened for reading: first as a normal read-only
    connection (which sees a colleague's committed changes), then — on a medium where not even
    SQLite's shared-memory index can be made — as immutable."""
    last: Exception | None = None
    for immutable in (False, True):
        engine = make_engine(
            "sqlite://", read_only_uri=probe.read_only_uri(path, immutable=immutable)
        )
        try:
            revision = stored_revision(engine)
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            last = exc
            continue
        if revision != SCHEMA_REVISION:
            engine.dispose()
            refuse_read_only_revision(path, revision)
        log.info("opened %s read-only%s", path, " (immutable)" if immutable else "")
        return Database(engine, str(path), path, read_only=True)
    assert last is not None
    raise failures.user_error(last, str(path), path, writing=False) or ProjectError(
        gettext("{path} cannot be opened, not even for reading ({last})").format(
            path=path, last=last
        ),
        gettext("copy it to a local folder and open the copy"),
    ) from last

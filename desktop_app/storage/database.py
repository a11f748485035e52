"""Opening a project database: engine set-up, migrations, upgrade backups and rolling backups.

A project is one SQLite file (``.parley``) or a database URL. SQLite runs in WAL mode with foreign
keys on and a busy timeout; every service operation is one transaction (``BEGIN IMMEDIATE`` on
SQLite for writers, so two writers queue instead of failing half-way).
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from desktop_app import paths
from desktop_app.errors import ProjectError
from desktop_app.storage import failures, probe
from desktop_app.storage.probe import FileKind
from desktop_app.storage.schema import SCHEMA_REVISION
from desktop_app.storage.transaction import EntityKey, Reader, Transaction

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only when a project needs creating or upgrading: opening a current
# project reads its revision with one query and compares it with SCHEMA_REVISION (a test keeps
# that constant equal to the migrations' head). This keeps ~0.4 s off the window's start-up.

log = logging.getLogger(__name__)

BUSY_TIMEOUT_MS = 10_000
ROLLING_BACKUPS_KEPT = 5
# PostgreSQL advisory lock keys (per database): one for writers, one for migrations.
WRITE_LOCK = 0x7061726C6579  # "parley"
MIGRATION_LOCK = WRITE_LOCK + 1
CONNECT_TIMEOUT_S = 10
WRITE_WAIT_S = 30  # how long a write waits for another analyst's write on a server


def is_url(target: str | Path) -> bool:
    return "://" in str(target)


def server_url(target: str) -> URL:
    """A database URL as SQLAlchemy wants it: ``postgres://`` is taken for ``postgresql://``,
    and a plain ``postgresql://`` uses psycopg 3 (SQLAlchemy 2.1's default driver)."""
    if target.startswith("postgres://"):
        target = "postgresql://" + target[len("postgres://") :]
    try:
        parsed = make_url(target)
        _ = parsed.port  # a port that is not a number fails here, not later
        return parsed
    except (ArgumentError, ValueError) as exc:
        raise ProjectError(
            f"“{target}” is not a database address",
            "use the form postgresql://user@host:port/database",
        ) from exc


def safe_location(target: str | Path) -> str:
    """What may be shown or logged for a project: a URL loses any password it carries."""
    if not is_url(target):
        return str(target)
    try:
        # Dropped, not masked: the location is also what "recent projects" reopen, and the
        # password comes from the keyring then.
        return server_url(str(target))._replace(password=None).render_as_string(hide_password=False)
    except ProjectError:
        return "(unreadable database address)"


def _alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


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

    @property
    def is_server(self) -> bool:
        return self.path is None and self.dialect != "sqlite"

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
                f"{self.location} is open read-only: changes cannot be saved",
                "copy the project to a folder you can write to and open the copy; "
                + failures.NOTHING_CHANGED,
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

        def copy() -> None:
            try:
                rolling_backup(self)
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


def _make_engine(
    url: str | URL, password: str | None = None, *, read_only_uri: str | None = None
) -> Engine:
    if str(url).startswith("sqlite"):
        if read_only_uri is not None:
            # SQLite opens the file itself read-only (mode=ro, or immutable on a medium nobody
            # can write): no journal mode is set, nothing can be written by mistake.
            uri = read_only_uri
            engine = create_engine(
                "sqlite://",
                creator=lambda: sqlite3.connect(
                    uri, uri=True, check_same_thread=False, timeout=BUSY_TIMEOUT_MS / 1000
                ),
            )
        else:
            engine = create_engine(
                url, connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000}
            )

        @event.listens_for(engine, "connect")
        def _on_connect(dbapi_connection: Any, _record: Any) -> None:
            # Let SQLAlchemy (below) emit BEGIN itself; pysqlite's own handling defers it
            # past the first read and breaks transactional guarantees.
            dbapi_connection.isolation_level = None
            cursor = dbapi_connection.cursor()
            cursor.execute("PRAGMA foreign_keys = ON")
            cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
            if read_only_uri is None:
                cursor.execute("PRAGMA journal_mode = WAL")
                cursor.execute("PRAGMA synchronous = NORMAL")
            else:
                cursor.execute("PRAGMA query_only = ON")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql(
                connection.get_execution_options().get("sqlite_begin", "BEGIN")
            )

        return engine
    connect_args: dict[str, Any] = {}
    if password is not None:
        connect_args["password"] = password
    if isinstance(url, URL) and url.get_backend_name() == "postgresql":
        connect_args.setdefault("application_name", "Parley")
        connect_args.setdefault("connect_timeout", CONNECT_TIMEOUT_S)
        engine = create_engine(url, pool_pre_ping=True, pool_size=3, connect_args=connect_args)
        event.listen(engine, "connect", _act_as_database_owner)
        return engine
    return create_engine(url, pool_pre_ping=True, connect_args=connect_args)


def _act_as_database_owner(dbapi_connection: Any, _record: Any) -> None:
    """Work as the database's owner role when the analyst's login is a member of it.

    A desk gives every analyst a login role in one group role that owns the database (see the
    README). Acting as that owner, whoever opens the project first creates tables the others can
    use too; the analyst is still recorded under their own login (``session_user``).
    """
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(
            "SELECT pg_get_userbyid(d.datdba), session_user, "
            "pg_has_role(session_user, d.datdba, 'MEMBER') "
            "FROM pg_database d WHERE d.datname = current_database()"
        )
        owner, user, member = cursor.fetchone()
        if owner != user and member:
            cursor.execute('SET ROLE "{}"'.format(owner.replace('"', '""')))
    finally:
        cursor.close()
    dbapi_connection.commit()


def _check_project_file(path: Path, create: bool) -> None:
    """Refuse, before anything is written, whatever is not a project (or, with ``create``, a
    place for a new one): another program's database must not even be switched to WAL."""
    kind = probe.classify(path)
    keep = "the file was not changed"
    if kind is FileKind.PARLEY:
        return
    if kind is FileKind.FOLDER:
        raise ProjectError(f"{path} is a folder", "give the path of a .parley project file")
    if kind is FileKind.UNREADABLE:
        raise ProjectError(f"cannot read {path}", "check its permissions")
    if kind is FileKind.MISSING:
        if not create:
            raise ProjectError(
                f"{path} does not exist", "check the path: it may have been moved or renamed"
            )
        if not path.parent.exists():
            raise ProjectError(f"folder {path.parent} does not exist", "create it first")
        return
    if kind is FileKind.EMPTY:
        if create:
            return
        raise ProjectError(
            f"{path.name} is empty, not a Parley project",
            f"open a .parley file, or import into it to make it one; {keep}",
        )
    if kind is FileKind.DAMAGED:
        raise failures.damaged_error(path, str(path), "its table of contents cannot be read")
    if kind is FileKind.OTHER_DATABASE:
        raise ProjectError(
            f"{path} is another program's database, not a Parley project",
            f"open a .parley file, or give a new file name to create a project; {keep}",
        )
    raise ProjectError(
        f"{path} is not a Parley project",
        f"open a .parley file, or give a new file name to create a project; {keep}",
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
    engine = _make_engine(url, password)
    try:
        _migrate(engine, path)
    except ProjectError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        log.warning("cannot open %s: %s", safe_location(target), exc.orig)
        if path is None:
            raise _server_error(exc, safe_location(target)) from exc
        mapped = failures.user_error(exc, str(path), path)
        if mapped is not None and _could_read(mapped, path):
            # A full disk or a file that turned out not writable: still readable.
            return _open_read_only(path)
        raise mapped or ProjectError(
            f"{target} cannot be opened as a Parley project ({exc.orig})",
            "check that it is a .parley file and not locked by another program",
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
        engine = _make_engine(
            "sqlite://", read_only_uri=probe.read_only_uri(path, immutable=immutable)
        )
        try:
            revision = _stored_revision(engine)
        except (DatabaseError, OperationalError) as exc:
            engine.dispose()
            last = exc
            continue
        if revision != SCHEMA_REVISION:
            engine.dispose()
            _refuse_read_only_revision(path, revision)
        log.info("opened %s read-only%s", path, " (immutable)" if immutable else "")
        return Database(engine, str(path), path, read_only=True)
    assert last is not None
    raise failures.user_error(last, str(path), path, writing=False) or ProjectError(
        f"{path} cannot be opened, not even for reading ({last})",
        "copy it to a local folder and open the copy",
    ) from last


def _refuse_read_only_revision(path: Path, revision: str | None) -> None:
    from alembic.script import ScriptDirectory

    if revision is not None:
        try:
            ScriptDirectory.from_config(_alembic_config()).get_revision(revision)
        except Exception as exc:
            raise ProjectError(
                "this project was saved by a newer version of Parley",
                "update Parley to open it; the file was not changed",
            ) from exc
    raise ProjectError(
        f"{path.name} was made by an older Parley and is read-only, so it cannot be upgraded",
        "copy it to a folder you can write to and open the copy; the file was not changed",
    )


def _server_error(exc: DatabaseError, where: str) -> ProjectError:
    """One line an analyst can act on, for the usual ways a server connection fails."""
    detail = str(exc.orig or exc)
    lowered = detail.lower()
    if "no password supplied" in lowered or "password is required" in lowered:
        return ProjectError(
            f"the server at {where} wants a password",
            "connect with File › Connect to server… (the password is kept in the system "
            "keyring), or set PGPASSWORD",
        )
    if "password authentication failed" in lowered or "authentication failed" in lowered:
        return ProjectError(
            f"the server at {where} refused the user name or password",
            "check them, or ask the server's administrator",
        )
    if "does not exist" in lowered and "database" in lowered:
        return ProjectError(
            f"there is no such database at {where}",
            "ask the server's administrator to create it (see the README, Team projects)",
        )
    if "permission denied" in lowered:
        return ProjectError(
            f"the server at {where} does not let this user work on the project ({detail.strip()})",
            "ask the administrator to add the user to the desk's role (see the README)",
        )
    if isinstance(exc, OperationalError):
        return ProjectError(
            f"cannot reach the database server at {where}",
            "check the address and port, that the server runs, and that it accepts "
            "connections from this computer",
        )
    return ProjectError(
        f"{where} cannot be opened as a Parley project ({detail.strip()})",
        "check that the database is a Parley project or empty",
    )


def _stored_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _migrate(engine: Engine, path: Path | None) -> None:
    if _stored_revision(engine) == SCHEMA_REVISION:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = head_revision()
    script = ScriptDirectory.from_config(_alembic_config())
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if current == head:
        return
    if current is None and tables - {"alembic_version"}:
        raise ProjectError(
            f"{path or engine.url} is a database but not a Parley project",
            "open a .parley file, or give a new file name to create a project",
        )
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise ProjectError(
                "this project was saved by a newer version of Parley",
                "update Parley to open it; the file was not changed",
            ) from exc
        if path is not None:
            backup = path.with_name(f"{path.stem}.before-upgrade-{current}{path.suffix}")
            _sqlite_copy(path, backup)
            log.info("backed up %s to %s before upgrading from %s", path, backup, current)
        else:
            _backup_server(engine, current)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two analysts opening an older project at once: one upgrades, the other waits
            # and then finds nothing left to do.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            if MigrationContext.configure(connection).get_current_revision() == head:
                return
        command.upgrade(_alembic_config(connection), "head")
    log.info("migrated %s from %s to %s", path or safe_location(str(engine.url)), current, head)


def _backup_server(engine: Engine, revision: str) -> Path:
    """Before a server project is upgraded: a project file with its data as it is, at its
    current schema, in the user's backups folder. No backup, no upgrade."""
    from desktop_app.storage.copying import backup_server_project

    name = engine.url.database or "server"
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = paths.backups_dir() / "server" / f"{name}.before-upgrade-{revision}-{stamp}.parley"
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        backup_server_project(engine, revision, target)
    except (OSError, DatabaseError) as exc:
        log.exception("backing up %s before the upgrade failed", safe_location(str(engine.url)))
        raise ProjectError(
            "could not back up the server project before upgrading it",
            f"check free space in {target.parent}; the project on the server was not changed",
        ) from exc
    log.info("backed up the server project to %s before upgrading from %s", target, revision)
    return target


def _sqlite_copy(source: Path, target: Path, *, check: bool = False) -> bool:
    """A consistent copy of a live SQLite file (includes what is still in the WAL), in rollback
    journal mode so it is one self-contained file. With ``check``, a copy that fails SQLite's
    quick check is not kept (returns False). The target appears only once complete."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    try:
        with (
            contextlib.closing(sqlite3.connect(str(source))) as src,
            contextlib.closing(sqlite3.connect(str(partial))) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")
            sound = not check or dst.execute("PRAGMA quick_check").fetchone() == ("ok",)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    if not sound:
        partial.unlink(missing_ok=True)
        return False
    partial.replace(target)
    return True


def rolling_backup(database: Database) -> Path | None:
    """Keep the last few timestamped copies of a project in the user data folder."""
    if database.path is None:
        return None
    folder = paths.backups_dir() / database.path.stem
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}.parley"
    if not _sqlite_copy(database.path, target, check=True):
        # A damaged project must not push its last good copies out of the rotation, nor be
        # offered as "the newest backup" when the damage is found.
        log.warning("not keeping a backup of %s: the copy fails SQLite's check", database.path)
        return None
    copies = sorted(folder.glob("*.parley"))
    for old in copies[:-ROLLING_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def copy_file(source: Path, target: Path) -> None:
    """Plain file copy used where a byte copy is wanted (tests, samples)."""
    shutil.copyfile(source, target)

"""Opening a project database: engine set-up, migrations, upgrade backups and rolling backups.

A project is one SQLite file (``.parley``) or a database URL. SQLite runs in WAL mode with foreign
keys on and a busy timeout; every service operation is one transaction (``BEGIN IMMEDIATE`` on
SQLite for writers, so two writers queue instead of failing half-way).
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event, inspect
from sqlalchemy.exc import DatabaseError, OperationalError
from sqlalchemy.orm import Session

from desktop_app import paths
from desktop_app.errors import ProjectError
from desktop_app.storage.transaction import Reader, Transaction

log = logging.getLogger(__name__)

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 10_000
ROLLING_BACKUPS_KEPT = 5


def is_url(target: str | Path) -> bool:
    return "://" in str(target)


def _alembic_config(connection: Any | None = None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    heads = ScriptDirectory.from_config(_alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


class Database:
    """An open project database. Hands out read sessions and write transactions."""

    def __init__(self, engine: Engine, location: str, path: Path | None) -> None:
        self.engine = engine
        self.location = location
        self.path = path  # None for a server URL

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def reader(self) -> Iterator[Reader]:
        with Session(self.engine, expire_on_commit=False) as session:
            yield Reader(session)
            session.rollback()

    @contextmanager
    def transaction(self) -> Iterator[Transaction]:
        """One write transaction: committed when the block ends, rolled back on any error."""
        with self.engine.connect() as plain:
            connection = (
                plain.execution_options(sqlite_begin="BEGIN IMMEDIATE")
                if self.dialect == "sqlite"
                else plain
            )
            with Session(bind=connection, expire_on_commit=False) as session:
                tx = Transaction(session)
                try:
                    yield tx
                    session.commit()
                except BaseException:
                    session.rollback()
                    raise

    def close(self) -> None:
        self.engine.dispose()


def _make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
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
            cursor.execute("PRAGMA journal_mode = WAL")
            cursor.execute("PRAGMA synchronous = NORMAL")
            cursor.close()

        @event.listens_for(engine, "begin")
        def _on_begin(connection: Any) -> None:
            connection.exec_driver_sql(
                connection.get_execution_options().get("sqlite_begin", "BEGIN")
            )

        return engine
    return create_engine(url, pool_pre_ping=True)


def _check_sqlite_file(path: Path, create: bool) -> None:
    if path.exists():
        if path.is_dir():
            raise ProjectError(f"{path} is a folder", "give the path of a .parley project file")
        try:
            with path.open("rb") as handle:
                header = handle.read(len(SQLITE_MAGIC))
        except OSError as exc:
            raise ProjectError(
                f"cannot read {path}: {exc.strerror}", "check its permissions"
            ) from exc
        if header and header != SQLITE_MAGIC:
            raise ProjectError(
                f"{path} is not a Parley project",
                "open a .parley file, or give a new file name to create a project",
            )
        return
    if not create:
        raise ProjectError(
            f"{path} does not exist", "check the path, or create it with 'parley import'"
        )
    if not path.parent.exists():
        raise ProjectError(f"folder {path.parent} does not exist", "create it first")


def open_database(target: str | Path, *, create: bool = False, backup: bool = True) -> Database:
    """Open (and if needed create or upgrade) a project database.

    Creating runs every migration from empty. An older project is backed up beside itself
    before it is upgraded; a project made by a newer Parley is refused, untouched.
    """
    path: Path | None = None
    if is_url(target):
        url = str(target)
    else:
        path = Path(target).expanduser().resolve()
        _check_sqlite_file(path, create)
        url = f"sqlite:///{path}"
    engine = _make_engine(url)
    try:
        _migrate(engine, path)
    except ProjectError:
        engine.dispose()
        raise
    except (DatabaseError, OperationalError) as exc:
        engine.dispose()
        log.exception("cannot open %s", target)
        raise ProjectError(
            f"{target} cannot be opened as a Parley project ({exc.orig})",
            "check that it is a .parley file and not locked by another program",
        ) from exc
    database = Database(engine, str(path) if path else url, path)
    if backup and path is not None:
        try:
            rolling_backup(database)
        except OSError:
            log.warning("rolling backup of %s failed", path, exc_info=True)
    return database


def _migrate(engine: Engine, path: Path | None) -> None:
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
    with engine.begin() as connection:
        command.upgrade(_alembic_config(connection), "head")
    log.info("migrated %s from %s to %s", path or engine.url, current, head)


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (includes what is still in the WAL)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    with sqlite3.connect(str(source)) as src, sqlite3.connect(str(partial)) as dst:
        src.backup(dst)
    dst.close()
    src.close()
    partial.replace(target)


def rolling_backup(database: Database) -> Path | None:
    """Keep the last few timestamped copies of a project in the user data folder."""
    if database.path is None:
        return None
    folder = paths.backups_dir() / database.path.stem
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
    target = folder / f"{stamp}.parley"
    _sqlite_copy(database.path, target)
    copies = sorted(folder.glob("*.parley"))
    for old in copies[:-ROLLING_BACKUPS_KEPT]:
        old.unlink(missing_ok=True)
    return target


def copy_file(source: Path, target: Path) -> None:
    """Plain file copy used where a byte copy is wanted (tests, samples)."""
    shutil.copyfile(source, target)

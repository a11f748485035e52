"""Copying a whole project between a file and a server (either way, or file to file).

The target is built by the same migrations as any new project, then filled table by table in
dependency order with the source's rows as they are — ids, GUIDs, texts, timestamps, authors —
read from one snapshot of the source. Before anything is committed the copy is read back and
compared row by row (a digest per table); a file appears under its name only when complete, and
a server database is filled in one transaction, so a failed copy leaves no half project. The
change feed is not copied: it belongs to the windows open on the source.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from alembic import command
from sqlalchemy import Connection, Engine, MetaData, Table, func, insert, inspect, select, text
from sqlalchemy.exc import DatabaseError, DataError, OperationalError

from desktop_app.errors import ProjectError
from desktop_app.i18n import gettext
from desktop_app.storage.database import Database
from desktop_app.storage.engine import (
    MIGRATION_LOCK,
    is_url,
    make_engine,
    safe_location,
    server_url,
)
from desktop_app.storage.failures import server_error
from desktop_app.storage.migrations import alembic_config
from desktop_app.storage.schema import Base

log = logging.getLogger(__name__)

Progress = Callable[[int, int, str], None]  # rows done, rows in all, table being copied
_BATCH = 500
NOT_COPIED = frozenset({"changes"})


@dataclass(frozen=True)
class CopyResult:
    target: str  # shown location (no password)
    rows: dict[str, int]  # table → rows copied


def _tables() -> list[Table]:
    return [t for t in Base.metadata.sorted_tables if t.name not in NOT_COPIED]


def backup_server_project(engine: Engine, revision: str, target: Path) -> None:
    """Copy a server project that is still at an older schema ``revision`` into a new project
    file at that same revision (taken before the server is upgraded; opening the file later
    upgrades it like any older file)."""
    _copy_to_file(engine, target, None, revision)


def copy_database(
    source: Database,
    target: str | Path,
    *,
    password: str | None = None,
    progress: Progress | None = None,
) -> CopyResult:
    """Copy the open project ``source`` into ``target``: a new ``.parley`` file, or an empty
    database on a server. Refuses a target that already holds anything."""
    if is_url(target):
        return _copy_to_server(source.engine, str(target), password, progress)
    return _copy_to_file(source.engine, Path(target).expanduser().resolve(), progress)


def _copy_to_file(
    source: Engine, path: Path, progress: Progress | None, revision: str | None = None
) -> CopyResult:
    if path.exists():
        raise ProjectError(
            gettext("{path} already exists").format(path=path),
            gettext("choose a new file name for the copy"),
        )
    if not path.parent.is_dir():
        raise ProjectError(
            gettext("folder {parent} does not exist").format(parent=path.parent),
            gettext("create it first"),
        )
    partial = path.with_name(f".{path.name}.partial")
    partial.unlink(missing_ok=True)
    engine = make_engine(f"sqlite:///{partial}")
    try:
        with engine.connect() as connection, connection.begin():
            rows = _fill(source, connection, progress, revision)
        engine.dispose()
        os.replace(partial, path)
    except BaseException:
        engine.dispose()
        for leftover in (partial, *(Path(f"{partial}{s}") for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
        raise
    return CopyResult(str(path), rows)


def _copy_to_server(
    source: Engine, url: str, password: str | None, progress: Progress | None
) -> CopyResult:
    parsed = server_url(url)
    where = safe_location(url)
    if password is None and parsed.password is None:
        from desktop_app.storage import credentials

        password = credentials.lookup(parsed)
    engine = make_engine(parsed, password)
    try:
        with engine.connect() as connection, connection.begin():
            if connection.dialect.name == "postgresql":
                connection.execute(
                    text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK}
                )
            existing = set(inspect(connection).get_table_names())
            if existing:
                raise ProjectError(
                    gettext("the database at {where} is not empty ({count} tables)").format(
                        where=where, count=len(existing)
                    ),
                    gettext("copy into a new, empty database (see the README, Team projects)"),
                )
            rows = _fill(source, connection, progress)
            if connection.dialect.name == "postgresql":
                _reset_sequences(connection)
    except (DatabaseError, OperationalError) as exc:
        if isinstance(exc, DataError):
            raise ProjectError(
                gettext("the server refused some of the project's data ({orig})").format(
                    orig=exc.orig
                ),
                gettext("nothing was copied; report this with the log"),
            ) from exc
        raise server_error(exc, where) from exc
    finally:
        engine.dispose()
    return CopyResult(where, rows)


def _fill(
    source: Engine,
    connection: Connection,
    progress: Progress | None,
    revision: str | None = None,
) -> dict[str, int]:
    """Migrate the empty target on ``connection`` (to ``revision``, default the newest), copy
    every row, and check the copy."""
    command.upgrade(alembic_config(connection), revision or "head")
    copied: dict[str, int] = {}
    with _snapshot(source) as read:
        pairs = _table_pairs(read, connection, revision)
        total = sum(
            read.execute(select(func.count()).select_from(t)).scalar_one() for t, _ in pairs
        )
        done = 0
        for table, into in pairs:
            count = 0
            for batch in _batches(read, table):
                if connection.dialect.name == "postgresql":
                    _check_text_fits(table, batch)
                connection.execute(insert(into), batch)
                count += len(batch)
                done += len(batch)
                if progress is not None:
                    progress(done, total, table.name)
            copied[table.name] = count
        for table, into in pairs:
            if _digest(read, table) != _digest(connection, into):
                raise ProjectError(
                    gettext("the copy of table {name} does not match the original").format(
                        name=table.name
                    ),
                    gettext("nothing was copied; report this with the log"),
                )
    log.info("copied %s rows in %s tables", sum(copied.values()), len(copied))
    return copied


def _table_pairs(
    read: Connection, write: Connection, revision: str | None
) -> list[tuple[Table, Table]]:
    """(source table, target table) in dependency order. At the newest revision both are the
    models' tables; at an older one each side's are read from the database itself."""
    if revision is None:
        return [(t, t) for t in _tables()]
    source, target = MetaData(), MetaData()
    source.reflect(bind=read)
    target.reflect(bind=write)
    skip = NOT_COPIED | {"alembic_version"}
    return [
        (source.tables[t.name], t)
        for t in target.sorted_tables
        if t.name not in skip and t.name in source.tables
    ]


@contextmanager
def _snapshot(source: Engine) -> Iterator[Connection]:
    """One consistent read of the source for the whole copy."""
    with source.connect() as plain:
        connection = (
            plain.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            if source.dialect.name == "postgresql"
            else plain
        )
        with connection.begin():
            yield connection


def _batches(read: Connection, table: Table) -> Iterator[list[dict[str, Any]]]:
    query = select(table).order_by(*table.primary_key.columns)
    with read.execute(query) as result:
        for partition in result.mappings().partitions(_BATCH):
            yield [dict(row) for row in partition]


def _digest(connection: Connection, table: Table) -> str:
    """A fingerprint of a table's rows in key order, independent of the database engine."""
    digest = hashlib.sha256()
    query = select(table).order_by(*table.primary_key.columns)
    with connection.execute(query) as result:
        for row in result.mappings():
            digest.update(json.dumps(dict(row), sort_keys=True, default=str).encode("utf-8"))
    return digest.hexdigest()


def _check_text_fits(table: Table, batch: list[dict[str, Any]]) -> None:
    """PostgreSQL cannot store the NUL character in text: say where one is."""
    for row in batch:
        if any(isinstance(v, str) and "\x00" in v for v in row.values()):
            name = (
                f"source {row['id']} (“{row.get('title', '')}”)"
                if table.name == "sources"
                else (f"a row of {table.name}")
            )
            raise ProjectError(
                gettext("{name} contains a NUL character, which PostgreSQL cannot store").format(
                    name=name
                ),
                gettext("nothing was copied; remove it, or keep the project in a file"),
            )


def _reset_sequences(connection: Connection) -> None:
    """Rows came with their ids: move each id sequence past them."""
    for table in Base.metadata.sorted_tables:
        if "id" not in table.columns or not table.c.id.primary_key:
            continue
        connection.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"COALESCE((SELECT MAX(id) FROM {table.name}), 0) + 1, false)"
            )
        )

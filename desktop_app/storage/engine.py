"""Where a project is and how to connect to it: file paths and server URLs, and the
SQLAlchemy engine with Parley's connection settings.

SQLite runs in WAL mode with foreign keys on and a busy timeout, and lets SQLAlchemy emit
``BEGIN`` itself (``BEGIN IMMEDIATE`` for writers, see :mod:`desktop_app.storage.database`);
a read-only project gets a connection SQLite itself opened read-only. On PostgreSQL the
connection works as the database's owner role when the analyst's login is a member of it.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from desktop_app.errors import ProjectError
from desktop_app.i18n import gettext

BUSY_TIMEOUT_MS = 10_000
CONNECT_TIMEOUT_S = 10
# PostgreSQL advisory lock keys (per database): one for writers, one for migrations.
WRITE_LOCK = 0x7061726C6579  # "parley"
MIGRATION_LOCK = WRITE_LOCK + 1


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
            gettext("“{target}” is not a database address").format(target=target),
            gettext("use the form postgresql://user@host:port/database"),
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


def make_engine(
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

"""The project schema's revisions: Alembic's configuration, the revision a project is at,
and upgrading an older project (after a backup) or refusing one from a newer Parley.

Alembic is imported only when a project needs creating or upgrading: opening a current
project reads its revision with one query and compares it with ``SCHEMA_REVISION`` (a test
keeps that constant equal to the migrations' head). This keeps ~0.4 s off the window's start-up.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, inspect, text

from desktop_app import paths
from desktop_app.errors import ProjectError
from desktop_app.i18n import gettext
from desktop_app.storage.backups import back_up_server, sqlite_copy
from desktop_app.storage.engine import MIGRATION_LOCK, safe_location
from desktop_app.storage.schema import SCHEMA_REVISION

if TYPE_CHECKING:
    from alembic.config import Config

log = logging.getLogger(__name__)


def alembic_config(connection: Any | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(paths.migrations_dir()))
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    heads = ScriptDirectory.from_config(alembic_config()).get_heads()
    if len(heads) != 1:
        raise RuntimeError(f"migrations must have exactly one head, found {heads}")
    return heads[0]


def stored_revision(engine: Engine) -> str | None:
    """The schema revision the database is at; None when it has none (empty, or not Parley's)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


def migrate(engine: Engine, path: Path | None) -> None:
    """Bring the project at ``engine`` (the file ``path``, None on a server) to the newest
    schema: an empty database is created, an older project backed up and then upgraded, a
    project from a newer Parley or another program's database refused untouched."""
    if stored_revision(engine) == SCHEMA_REVISION:
        return
    from alembic import command
    from alembic.runtime.migration import MigrationContext
    from alembic.script import ScriptDirectory

    head = head_revision()
    script = ScriptDirectory.from_config(alembic_config())
    with engine.connect() as connection:
        current = MigrationContext.configure(connection).get_current_revision()
        tables = set(inspect(connection).get_table_names())
    if current == head:
        return
    if current is None and tables - {"alembic_version"}:
        raise ProjectError(
            gettext("{path} is a database but not a Parley project").format(
                path=path or engine.url
            ),
            gettext("open a .parley file, or give a new file name to create a project"),
        )
    if current is not None:
        try:
            script.get_revision(current)
        except Exception as exc:
            raise ProjectError(
                gettext("this project was saved by a newer version of Parley"),
                gettext("update Parley to open it; the file was not changed"),
            ) from exc
        if path is not None:
            backup = path.with_name(f"{path.stem}.before-upgrade-{current}{path.suffix}")
            sqlite_copy(path, backup)
            log.info("backed up %s to %s before upgrading from %s", path, backup, current)
        else:
            back_up_server(engine, current)
    with engine.begin() as connection:
        if connection.dialect.name == "postgresql":
            # Two analysts opening an older project at once: one upgrades, the other waits
            # and then finds nothing left to do.
            connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            if MigrationContext.configure(connection).get_current_revision() == head:
                return
        command.upgrade(alembic_config(connection), "head")
    log.info("migrated %s from %s to %s", path or safe_location(str(engine.url)), current, head)


def refuse_read_only_revision(path: Path, revision: str | None) -> None:
    from alembic.script import ScriptDirectory

    if revision is not None:
        try:
            ScriptDirectory.from_config(alembic_config()).get_revision(revision)
        except Exception as exc:
            raise ProjectError(
                gettext("this project was saved by a newer version of Parley"),
                gettext("update Parley to open it; the file was not changed"),
            ) from exc
    raise ProjectError(
        gettext(
            "{name} was made by an older Parley and is read-only, so it cannot be upgraded"
        ).format(name=path.name),
        gettext("copy it to a folder you can write to and open the copy; the file was not changed"),
    )

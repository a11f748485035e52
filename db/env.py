"""Alembic environment for Parley projects.

Parley passes an open connection in ``config.attributes["connection"]``; a maintainer running
``alembic`` by hand passes ``-x project=FILE_OR_URL`` instead.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop_app.storage.schema import Base

config = context.config
target_metadata = Base.metadata


def _configure_and_run(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure_and_run(connection)
        return
    target = context.get_x_argument(as_dictionary=True).get("project")
    if not target:
        raise SystemExit("pass -x project=PATH_OR_URL")
    url = target if "://" in target else f"sqlite:///{target}"
    engine = create_engine(url)
    with engine.begin() as conn:
        _configure_and_run(conn)


if context.is_offline_mode():
    raise SystemExit("Parley migrations run online only")
run_migrations_online()

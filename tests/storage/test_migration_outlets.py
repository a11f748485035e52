"""Revision 0006 makes the outlet names a project's sources already give into outlets."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import create_engine, text

from desktop_app.services import outlets, sources
from desktop_app.services.project import Project
from tests.builders import add_source


def test_upgrading_makes_outlets_of_the_sources_outlet_names(tmp_path: Path) -> None:
    from alembic import command

    from desktop_app.storage.migrations import alembic_config

    path = tmp_path / "old.parley"
    with Project.open(path, create=True) as project:
        add_source(project, "One.", "A", outlet="TASS", url="https://tass.ru/politika/1")
        add_source(project, "Two.", "B", outlet="tass ", url="https://www.tass.com/x")
        add_source(project, "Three.", "C", outlet="Reuters")
        add_source(project, "Four.", "D")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
        assert connection.execute(text("SELECT COUNT(*) FROM sources")).scalar_one() == 4
    engine.dispose()

    with Project.open(path) as project:
        found = {o.name: o for o in outlets.list_outlets(project)}
        assert set(found) == {"TASS", "Reuters"}
        assert found["TASS"].domains == ("tass.ru", "tass.com")
        assert found["TASS"].source_count == 2
        assert found["Reuters"].groups == ()
        assert len(sources.list_sources(project)) == 4

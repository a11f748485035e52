"""The schema comes from migrations, and the models and the migrations agree."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine

from desktop_app.errors import ProjectError
from desktop_app.services.project import Project
from desktop_app.storage.database import open_database
from desktop_app.storage.migrations import head_revision
from desktop_app.storage.schema import Base


def test_new_project_is_built_by_migrations_and_matches_models(tmp_path: Path) -> None:
    path = tmp_path / "new.parley"
    Project.open(path, create=True).close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_schema_revision_constant_is_the_migrations_head() -> None:
    from desktop_app.storage.schema import SCHEMA_REVISION

    assert head_revision() == SCHEMA_REVISION


def test_opening_a_current_project_does_not_load_alembic(project_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from desktop_app.storage.database import open_database\n"
        f"open_database({str(project_path)!r}).close()\n"
        "assert not any(m.startswith('alembic') for m in sys.modules), 'alembic was imported'\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_sqlite_pragmas_are_set(project: Project) -> None:
    engine = project.database.engine
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 1000


def test_new_project_has_the_three_roots(project: Project) -> None:
    from desktop_app.services import codebook

    roots = [c for c in codebook.list_codes(project) if c.is_root]
    assert [r.name for r in roots] == ["Conditions", "Speakers", "Reactions"]
    assert all(r.builtin for r in roots)


def test_missing_project_is_not_created_without_asking(tmp_path: Path) -> None:
    with pytest.raises(ProjectError, match="does not exist"):
        open_database(tmp_path / "absent.parley")
    assert not (tmp_path / "absent.parley").exists()


def test_a_file_that_is_not_sqlite_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "notes.parley"
    path.write_bytes(b"hello, this is a text file\n")
    with pytest.raises(ProjectError, match="not a Parley project"):
        open_database(path)
    assert path.read_bytes() == b"hello, this is a text file\n"


def test_a_foreign_sqlite_database_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    connection.close()
    with pytest.raises(ProjectError, match="not a Parley project"):
        open_database(path)


def test_a_project_from_a_newer_parley_is_refused_untouched(project_path: Path) -> None:
    with sqlite3.connect(project_path) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()
    before = project_path.read_bytes()
    with pytest.raises(ProjectError, match="newer version of Parley"):
        open_database(project_path)
    assert project_path.read_bytes() == before


def test_an_older_project_is_backed_up_then_upgraded(tmp_path: Path) -> None:
    from alembic import command
    from alembic.script import ScriptDirectory

    from desktop_app.storage.migrations import alembic_config

    head = head_revision()
    previous = ScriptDirectory.from_config(alembic_config()).get_revision(head).down_revision
    assert isinstance(previous, str), "needs at least two migrations"
    path = tmp_path / "old.parley"
    with Project.open(path, create=True) as project:
        from tests.builders import add_source

        add_source(project, "Old text that must survive the upgrade.")
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), previous)
    engine.dispose()

    with Project.open(path) as project:
        from desktop_app.services import sources

        assert sources.get_text(project, 1) == "Old text that must survive the upgrade."
    backup = tmp_path / f"old.before-upgrade-{previous}.parley"
    assert backup.exists()
    with sqlite3.connect(backup) as connection:
        assert connection.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            previous
        )
    connection.close()
    engine = create_engine(f"sqlite:///{path}")
    with engine.connect() as connection:
        assert MigrationContext.configure(connection).get_current_revision() == head
    engine.dispose()


def test_rolling_backups_are_kept_and_capped(project_path: Path, isolated_user_dirs: Path) -> None:
    from desktop_app.storage.backups import ROLLING_BACKUPS_KEPT

    for _ in range(ROLLING_BACKUPS_KEPT + 2):
        open_database(project_path).close()
    folder = isolated_user_dirs / "data" / "backups" / project_path.stem
    copies = sorted(folder.glob("*.parley"))
    assert len(copies) == ROLLING_BACKUPS_KEPT
    with sqlite3.connect(copies[-1]) as connection:
        assert connection.execute("SELECT count(*) FROM codes").fetchone()[0] == 3
    connection.close()


def test_a_0004_project_keeps_its_mark_up_as_hand_made_and_can_remember_rejections(
    tmp_path: Path,
) -> None:
    from alembic import command

    from desktop_app.domain.model import CodeKind
    from desktop_app.domain.suggestions import Suggestion
    from desktop_app.services import markup
    from desktop_app.services import suggestions as review
    from desktop_app.storage.migrations import alembic_config
    from tests.builders import add_code, add_source

    path = tmp_path / "old.parley"
    with Project.open(path, create=True) as project:
        source_id = add_source(project, "Putin spoke. Peskov replied.")
        putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin")
        markup.annotate(project, source_id, 0, 5, [putin.id])
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0004")
        columns = {row[1] for row in connection.exec_driver_sql("PRAGMA table_info(annotations)")}
        assert "origin" not in columns
    engine.dispose()

    with Project.open(path) as project:
        (annotation,) = markup.list_annotations(project)
        assert (annotation.quote, annotation.origin) == ("Putin", "")
        peskov = Suggestion(source_id, 13, 19, "mention", (putin.id,), 0.5, "", "mention:lemma")
        review.reject(project, peskov)
        assert review.visible(project, {source_id: (peskov,)}) == {source_id: ()}

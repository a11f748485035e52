"""``parley copy``: a project moves from a laptop to the server and back, exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.errors import ProjectError
from desktop_app.services import markup, sources
from desktop_app.services.copying import copy_project
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project
from desktop_app.services.snapshot import load_snapshot
from tests.builders import add_code, add_source
from tests.team import pgserver
from tests.team.conftest import admin


@pytest.fixture(scope="module")
def sample_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("sample") / "sample.parley"
    build_sample_project(path)
    return path


def _snapshot(target: str | Path) -> object:
    with Project.open(target) as project:
        snapshot = load_snapshot(project)
        return (
            snapshot.guid,
            snapshot.sources,
            snapshot.texts,
            snapshot.codes,
            snapshot.annotations,
            snapshot.links,
            snapshot.cases,
            snapshot.coders,
            tuple((a.id, a.guid, a.version, a.updated_by) for a in snapshot.annotations),
        )


def test_file_to_server_and_back_keeps_everything(
    sample_file: Path, empty_pg_url: str, tmp_path: Path
) -> None:
    original = _snapshot(sample_file)
    seen: list[tuple[int, int, str]] = []
    report = copy_project(sample_file, empty_pg_url, progress=lambda *p: seen.append(p))
    assert report.rows["annotations"] > 10 and report.rows["sources"] == 2
    assert seen[-1][0] == seen[-1][1] and all(d <= t for d, t, _ in seen)
    assert _snapshot(empty_pg_url) == original

    back = tmp_path / "back.parley"
    copy_project(empty_pg_url, back)
    assert _snapshot(back) == original
    assert not list(tmp_path.glob(".*partial*"))


def test_a_copied_server_project_takes_new_work(sample_file: Path, empty_pg_url: str) -> None:
    copy_project(sample_file, empty_pg_url)
    with Project.open(empty_pg_url, coder="tester") as project:
        before = len(markup.list_annotations(project))
        source_id = add_source(project, "Fresh text on the server.")  # ids continue after
        code = add_code(project, CodeKind.CONDITION, "A new condition")
        markup.annotate(project, source_id, 0, 5, [code.id])
        assert len(markup.list_annotations(project)) == before + 1
        project.undo()
        assert len(markup.list_annotations(project)) == before


def test_the_target_must_be_new_or_empty(
    sample_file: Path, tmp_path: Path, pg_server: pgserver.Server, empty_pg_url: str
) -> None:
    existing = tmp_path / "existing.parley"
    existing.write_bytes(b"")
    with pytest.raises(ProjectError, match="already exists"):
        copy_project(sample_file, existing)
    admin(pg_server, "CREATE TABLE notes (id integer)", database=empty_pg_url.rsplit("/", 1)[1])
    with pytest.raises(ProjectError, match="not empty"):
        copy_project(sample_file, empty_pg_url)


def test_a_failed_copy_leaves_nothing(
    sample_file: Path, tmp_path: Path, pg_server: pgserver.Server, empty_pg_url: str
) -> None:
    def interrupt(done: int, total: int, table: str) -> None:
        if done > total // 2:
            raise KeyboardInterrupt

    target = tmp_path / "copy.parley"
    with pytest.raises(KeyboardInterrupt):
        copy_project(sample_file, target, progress=interrupt)
    assert list(tmp_path.iterdir()) == []
    with pytest.raises(KeyboardInterrupt):
        copy_project(sample_file, empty_pg_url, progress=interrupt)
    tables = admin(
        pg_server,
        "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'",
        database=empty_pg_url.rsplit("/", 1)[1],
    )
    assert tables == [(0,)]


def test_text_postgresql_cannot_hold_is_named(tmp_path: Path, empty_pg_url: str) -> None:
    path = tmp_path / "odd.parley"
    with Project.open(path, create=True) as project:
        add_source(project, "A NUL \x00 inside", title="Odd bytes")
        assert sources.list_sources(project)[0].title == "Odd bytes"
    with pytest.raises(ProjectError, match=r"“Odd bytes”.*NUL"):
        copy_project(path, empty_pg_url)

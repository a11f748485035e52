"""The command line with team projects: URLs pass through untouched, ``copy`` and
``agreement``."""

from __future__ import annotations

import json
import sys
import types
from pathlib import Path

import pytest

from desktop_app.cli.main import main, project_target
from desktop_app.domain.model import CodeKind
from desktop_app.services import markup
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project
from tests.builders import add_code, add_source
from tests.conftest import CORPUS_FILES


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def test_a_url_reaches_the_window_exactly(monkeypatch: pytest.MonkeyPatch) -> None:
    opened: list[object] = []
    fake = types.ModuleType("desktop_app.gui.app")
    fake.run_window = lambda project: opened.append(project) or 0  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "desktop_app.gui.app", fake)
    url = "postgresql://ann@db.example.org:6543/monitoring"
    assert run(url) == 0
    assert opened == [url]
    assert project_target(url) == url
    assert project_target("desk.parley") == Path("desk.parley")


def test_help_lists_the_team_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        run("--help")
    out = capsys.readouterr().out
    assert "parley copy SOURCE DEST" in out and "parley agreement PROJECT" in out


def test_copy_to_the_server_then_work_there_by_url(
    tmp_path: Path, empty_pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    laptop = tmp_path / "laptop.parley"
    build_sample_project(laptop)
    assert run("copy", laptop, empty_pg_url) == 0
    out = capsys.readouterr().out
    assert out.startswith(f"copied {laptop} to postgresql://") and "2 sources" in out

    assert run("info", empty_pg_url, "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert info["counts"]["sources"] == 2 and info["counts"]["annotations"] > 10
    assert run("text", empty_pg_url, "1") == 0
    with Project.open(laptop) as project:
        from desktop_app.services import sources

        assert capsys.readouterr().out == sources.get_text(project, 1)

    assert run("import", empty_pg_url, CORPUS_FILES[0]) == 0  # same bytes: skipped
    assert "skipped" in capsys.readouterr().err

    back = tmp_path / "back.parley"
    assert run("copy", empty_pg_url, back) == 0
    assert back.exists()
    assert run("copy", laptop, back) == 1
    assert "already exists" in capsys.readouterr().err


def test_agreement_command(project_path: str | Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "Putin set conditions. Zelensky rejected them."
    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, text)
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
        markup.annotate(alice, source_id, 0, 21, [condition.id])
        assert run("agreement", project_path) == 1
        assert "at least two coders" in capsys.readouterr().err
    with Project.open(project_path, coder="bob") as bob:
        markup.annotate(bob, source_id, 0, 20, [condition.id])

    assert run("agreement", project_path) == 0
    out = capsys.readouterr().out
    assert "Agreement between alice, bob" in out
    assert "Conditions" in out and "  Conditions set" in out

    assert run("agreement", project_path, "--json", "--coder", "alice", "--coder", "bob") == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["coders"] == ["alice", "bob"] and payload["sources"] == [source_id]
    row = payload["rows"][1]
    assert row["Code"] == "Conditions set" and row["Spans: bob"] == 1
    assert 0 < row["Alpha (unitized)"] < 1

    assert run("agreement", project_path, "--coder", "carol", "--coder", "bob") == 1
    assert "no annotations by carol" in capsys.readouterr().err

"""The command line: exit codes, one-line errors, no Qt, exact text."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from tests.conftest import CORPUS_FILES


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def test_help_lists_the_commands(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("--help")
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    for command in ("import", "info", "text", "export"):
        assert f"parley {command}" in out


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    from desktop_app import __version__

    with pytest.raises(SystemExit) as exit_info:
        run("--version")
    assert exit_info.value.code == 0
    assert capsys.readouterr().out.strip() == f"parley {__version__}"


def test_bad_usage_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        run("import")
    assert exit_info.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_import_info_and_text_on_the_corpus(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "events.parley"
    assert run("import", project, *CORPUS_FILES) == 0
    assert project.exists()
    capsys.readouterr()
    assert run("info", project, "--json") == 0
    info = json.loads(capsys.readouterr().out)
    assert [s["id"] for s in info["sources"]] == [1, 2]
    for entry in info["sources"]:
        assert set(entry) >= {"id", "title", "outlet", "date", "language", "characters"}
    assert info["counts"]["annotations"] == 0
    assert [c["name"] for c in info["codebook"]] == ["Conditions", "Speakers", "Reactions"]
    assert info["sources"][0]["title"] == "Putin Names Conditions for Ukraine Peace Talks"
    assert run("text", project, "2") == 0
    printed = capsys.readouterr().out
    assert printed == CORPUS_FILES[1].read_text(encoding="utf-8")


def _page(title: str, meta: str) -> str:
    body = f"<p>{title} was reported by the wire services this morning in some detail.</p>" * 3
    return (
        f"<html><head><meta charset='utf-8'><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def test_info_gives_author_and_one_form_of_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The date alone where the source gives only a day; the time (to the minute, with its
    offset) only where it gives one — the form the window and the workbook show."""
    timed = tmp_path / "a-timed.html"
    timed.write_text(
        _page(
            "Talks resumed",
            '<meta name="author" content="Jane Doe">'
            '<meta property="article:published_time" content="2018-12-05T05:50:40+00:00">',
        ),
        "utf-8",
    )
    dated = tmp_path / "b-dated.html"
    dated.write_text(_page("Talks stalled", '<meta name="date" content="2024-06-14">'), "utf-8")
    project = tmp_path / "p.parley"
    assert run("import", project, timed, dated) == 0
    capsys.readouterr()
    assert run("info", project, "--json") == 0
    listed = json.loads(capsys.readouterr().out)["sources"]
    assert [(s["author"], s["date"]) for s in listed] == [
        ("Jane Doe", "2018-12-05 05:50 +00:00"),
        ("", "2024-06-14"),
    ]
    assert run("info", project) == 0
    text = capsys.readouterr().out
    assert "[Jane Doe · 2018-12-05 05:50 +00:00 · en]" in text


def test_importing_the_same_file_twice_is_reported_not_duplicated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.parley"
    assert run("import", project, CORPUS_FILES[0]) == 0
    assert run("import", project, CORPUS_FILES[0]) == 0
    assert "same bytes as" in capsys.readouterr().err
    capsys.readouterr()
    run("info", project, "--json")
    assert len(json.loads(capsys.readouterr().out)["sources"]) == 1


def test_one_bad_file_in_a_folder_does_not_stop_the_good_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text("Putin spoke at the Foreign Ministry.", encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    (folder / "fake.pdf").write_bytes(b"this is not a pdf at all")
    project = tmp_path / "p.parley"
    assert run("import", project, folder) == 1
    err = capsys.readouterr().err
    assert "empty.txt" in err and "fake.pdf" in err
    assert "Traceback" not in err
    run("info", project, "--json")
    sources = json.loads(capsys.readouterr().out)["sources"]
    assert [s["title"] for s in sources] == ["Putin spoke at the Foreign Ministry."]


def test_files_of_other_types_in_a_folder_are_named_as_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    (folder / "scans").mkdir(parents=True)
    (folder / "good.txt").write_text("Putin spoke at the Foreign Ministry.", encoding="utf-8")
    (folder / "scans" / "page.jpg").write_bytes(b"\xff\xd8\xff")
    assert run("import", tmp_path / "p.parley", folder) == 0  # skipping is not an error
    err = capsys.readouterr().err
    assert err.splitlines() == ["parley: skipped in/scans/page.jpg: not a type Parley imports"]


def test_a_refused_single_file_leaves_the_project_as_it_was(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = tmp_path / "p.parley"
    assert run("import", project, CORPUS_FILES[0]) == 0
    before = _content(project)
    bad = tmp_path / "random.txt"
    bad.write_bytes(os.urandom(4096))
    assert run("import", project, bad) == 1
    err = capsys.readouterr().err
    assert err.count("parley: error:") == 1
    assert "random.txt" in err
    assert _content(project) == before


def _content(project: Path) -> str:
    from desktop_app.services.project import Project
    from desktop_app.services.snapshot import load_snapshot

    with Project.open(project) as opened:
        snapshot = load_snapshot(opened)
    return repr((snapshot.sources, snapshot.codes, snapshot.annotations))


def test_errors_are_one_line_with_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("info", tmp_path / "missing.parley") == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("parley: error: ") and " — " in err[0]
    not_project = tmp_path / "notes.parley"
    not_project.write_text("just text")
    assert run("info", not_project) == 1
    assert "not a Parley project" in capsys.readouterr().err


def test_text_of_an_unknown_source(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.parley"
    run("import", project, CORPUS_FILES[0])
    capsys.readouterr()
    assert run("text", project, "99") == 1
    assert "no source" in capsys.readouterr().err


def test_export_to_an_unknown_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    project = tmp_path / "p.parley"
    run("import", project, CORPUS_FILES[0])
    capsys.readouterr()
    assert run("export", project, tmp_path / "out.docx") == 1
    assert "use one of" in capsys.readouterr().err
    assert not (tmp_path / "out.docx").exists()


def test_the_command_line_does_not_load_qt(tmp_path: Path) -> None:
    project = tmp_path / "p.parley"
    code = (
        "import sys\n"
        "from desktop_app.cli.main import main\n"
        f"rc = main(['import', {str(project)!r}, {str(CORPUS_FILES[0])!r}])\n"
        f"rc |= main(['info', {str(project)!r}])\n"
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'\n"
        "sys.exit(rc)\n"
    )
    env = {**os.environ}
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    assert result.returncode == 0, result.stderr


def test_importing_text_files_loads_neither_exports_nor_the_qdpx_reader_nor_alembic(
    tmp_path: Path,
) -> None:
    """`parley import` of plain files into an existing project loads only what it uses: the
    exporters, the REFI-QDA reader and Alembic (no migration is due) stay unloaded."""
    project = tmp_path / "p.parley"
    assert run("import", project, CORPUS_FILES[0]) == 0  # created here: that one migrates
    code = (
        "import sys\n"
        "from desktop_app.cli.main import main\n"
        f"rc = main(['import', {str(project)!r}, {str(CORPUS_FILES[1])!r}])\n"
        "unwanted = ('desktop_app.services.exports', 'desktop_app.exporting', "
        "'desktop_app.services.refi', 'desktop_app.importers.qdpx', 'alembic')\n"
        "loaded = sorted(m for m in sys.modules if m.startswith(unwanted))\n"
        "assert not loaded, loaded\n"
        "sys.exit(rc)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        env={**os.environ},
        check=False,
    )
    assert result.returncode == 0, result.stderr

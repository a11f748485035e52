"""Issue 12 through the command line: odd names, two imports at once, every path reported,
one line for one refusal, nothing from the data reaching the terminal raw."""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import sys
import uuid
import zipfile
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services import sources
from desktop_app.services.project import Project
from tests.conftest import CORPUS_FILES, REPO_ROOT


def run(*args: str | Path) -> int:
    return main([os.fsdecode(a) if isinstance(a, Path) else a for a in args])


# -- 2. file names that are not valid UTF-8 ------------------------------------------------------


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file names are bytes")
def test_a_folder_with_an_undecodable_name_imports_every_file(
    project_path: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    odd = os.path.join(os.fsencode(folder), b"bad\xff\xfename.txt")
    with open(odd, "wb") as handle:
        handle.write(b"Talks will resume on Monday, the minister said.")
    (folder / "good.txt").write_text("Переговоры возобновятся в понедельник.", encoding="utf-8")
    assert run("--verbose", "import", project_path, folder) == 0
    captured = capfd.readouterr()
    assert "Logging error" not in captured.err and "Traceback" not in captured.err
    with Project.open(project_path) as project:
        names = sorted(s.original_name for s in sources.list_sources(project))
    assert names == ["bad\ufffd\ufffdname.txt", "good.txt"]


@pytest.mark.skipif(sys.platform != "linux", reason="Linux file names are bytes")
def test_an_export_path_with_undecodable_bytes_logs_and_reports_cleanly(
    project_path: Path, tmp_path: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    assert run("import", project_path, CORPUS_FILES[0]) == 0
    target = Path(os.fsdecode(os.path.join(os.fsencode(tmp_path), b"out\xff.json")))
    assert run("--verbose", "export", project_path, target) == 0
    captured = capfd.readouterr()
    assert "Logging error" not in captured.err
    assert "wrote " in captured.out and "out\ufffd.json" in captured.out
    assert os.path.exists(os.fsencode(target))


# -- 8. two imports of the same files at once ----------------------------------------------------


def test_two_imports_of_the_same_folder_at_once_store_each_file_once(
    project_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "feed"
    folder.mkdir()
    for index in range(6):
        body = f"Report {index}: " + ("Переговоры возобновятся. " * 2000)
        (folder / f"r{index}.txt").write_text(body, encoding="utf-8")
    command = [sys.executable, "-m", "desktop_app", "import", str(project_path), str(folder)]
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    for _round in range(3):
        runs = [
            subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
            for _ in range(2)
        ]
        outputs = [process.communicate(timeout=120) for process in runs]
        assert [process.returncode for process in runs] == [0, 0], outputs
        with Project.open(project_path) as project:
            stored = sources.list_sources(project)
        assert len(stored) == 6
    added = sum(out.decode().count("added ") for out, _err in outputs)
    assert added == 0  # the last round found everything there already


def test_the_upgrade_merges_sources_imported_twice_and_says_so_once(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("import", project_path, CORPUS_FILES[0]) == 0
    with contextlib.closing(sqlite3.connect(project_path)) as db:
        # The state a project of schema 0003 could be left in by two imports at once.
        db.execute("DROP INDEX ix_sources_sha256")
        db.execute("CREATE INDEX ix_sources_sha256 ON sources (sha256)")
        columns = [r[1] for r in db.execute("PRAGMA table_info(sources)") if r[1] != "id"]
        names = ", ".join(columns)
        picked = ", ".join("?" if c == "guid" else c for c in columns)
        twin = db.execute(
            f"INSERT INTO sources ({names}) SELECT {picked} FROM sources WHERE id = 1",
            (str(uuid.uuid4()),),
        ).lastrowid
        db.execute(
            'INSERT INTO annotations (guid, source_id, start, "end", quote, note, created_at, '
            "updated_at, version) SELECT ?, ?, 0, 6, substr(text, 1, 6), 'on the twin', 't', "
            "'t', 1 FROM sources WHERE id = 1",
            (str(uuid.uuid4()), twin),
        )
        db.execute("UPDATE alembic_version SET version_num = '0003'")
        db.commit()
    capsys.readouterr()
    assert run("info", project_path, "--json") == 0
    captured = capsys.readouterr()
    info = json.loads(captured.out)
    assert [s["id"] for s in info["sources"]] == [1]
    assert info["sources"][0]["annotations"] == 1  # the twin's mark-up moved to the first copy
    assert "parley: note: Upgrade: 1 source imported twice" in captured.err
    assert run("info", project_path) == 0
    assert "Upgrade" not in capsys.readouterr().err  # told once
    with (
        contextlib.closing(sqlite3.connect(project_path)) as db,
        pytest.raises(sqlite3.IntegrityError),
    ):
        db.execute("UPDATE sources SET sha256 = 'x'")
        db.execute(
            f"INSERT INTO sources ({names}) SELECT {picked} FROM sources WHERE id = 1",
            (str(uuid.uuid4()),),
        )


# -- 16 and "one line": every path tried and reported --------------------------------------------


def hostile_qdpx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.qde", "<?xml version='1.0'?><!DOCTYPE p [<!ENTITY a 'x'>]><p/>")
    return path


def test_every_path_is_tried_and_reported(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    hostile = hostile_qdpx(tmp_path / "hostile.qdpx")
    missing = tmp_path / "missing.txt"
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    code = run("import", project_path, hostile, missing, empty, CORPUS_FILES[1])
    assert code == 1
    captured = capsys.readouterr()
    err = captured.err.strip().splitlines()
    assert any(line.startswith("parley: error: hostile.qdpx:") for line in err)
    assert any(f"{missing} does not exist" in line for line in err)
    assert any(line.startswith("parley: error: empty.txt: is empty") for line in err)
    assert err[-1] == "parley: 3 files refused, 1 added; the project holds only the added ones"
    assert "added 1:" in captured.out
    with Project.open(project_path) as project:
        assert [s.original_name for s in sources.list_sources(project)] == [CORPUS_FILES[1].name]


def test_one_refused_file_is_one_line(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    assert run("import", project_path, empty) == 1
    assert capsys.readouterr().err.strip().splitlines() == [
        "parley: error: empty.txt: is empty (0 bytes) — check that the file was saved"
    ]


# -- 13. nothing from the data drives the terminal -----------------------------------------------


def test_control_characters_in_stored_data_never_reach_the_terminal(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("import", project_path, CORPUS_FILES[0]) == 0
    with contextlib.closing(sqlite3.connect(project_path)) as db:
        db.execute(
            "UPDATE sources SET title = ?, author = ? WHERE id = 1",
            ("Red \x1b[31mALERT\x07 \x9b2J", "x\x7fy"),
        )
        db.commit()
    capsys.readouterr()
    assert run("info", project_path) == 0
    text = capsys.readouterr().out
    assert "ALERT" in text
    assert not any(c in text for c in "\x1b\x07\x9b\x7f")
    assert run("info", project_path, "--json") == 0
    raw = capsys.readouterr().out
    assert not any(c in raw for c in "\x1b\x07\x9b\x7f")
    assert json.loads(raw)["sources"][0]["title"] == "Red \x1b[31mALERT\x07 \x9b2J"  # lossless

"""Issue 12: what a project file on disk may be, and what opening it must never do.

Real files, real SQLite. The read-only and disk-full cases mount a small tmpfs where the machine
allows it (root on Linux) and skip with the reason where it does not.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import shutil
import sqlite3
import stat
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services import sources
from desktop_app.services.check import check_project
from desktop_app.services.project import Project
from desktop_app.storage import probe
from tests.conftest import CORPUS_FILES


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@contextlib.contextmanager
def small_filesystem(folder: Path, size: str = "1m") -> Iterator[Path]:
    """A tmpfs of ``size`` at ``folder``; skips where mounting is not allowed."""
    if sys.platform != "linux" or os.geteuid() != 0 or shutil.which("mount") is None:
        pytest.skip("mounting a small filesystem needs root on Linux")
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip(f"this machine does not allow mounting a tmpfs ({done.stderr.decode()})")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


@contextlib.contextmanager
def read_only_medium(folder: Path, project: Path, name: str, size: str = "1m") -> Iterator[Path]:
    """``project`` copied as ``name`` onto a medium this user cannot write to. Root writes
    through permissions, so for root it is a tmpfs remounted read-only (as a CD or a read-only
    share); for anyone else a folder and file without write permission, which needs no tool."""
    if sys.platform == "linux" and os.geteuid() == 0:
        with small_filesystem(folder, size) as medium:
            shutil.copyfile(project, medium / name)
            remount_read_only(medium)
            yield medium / name
        return
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / name
    shutil.copyfile(project, target)
    target.chmod(stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH)
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        yield target
    finally:
        folder.chmod(stat.S_IRWXU)
        target.chmod(stat.S_IRUSR | stat.S_IWUSR)


# -- 3. a read command never creates a project --------------------------------------------------


def test_info_on_an_empty_file_refuses_and_leaves_it_empty(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "x.parley"
    empty.write_bytes(b"")
    for command in (("info", empty), ("text", empty, "1"), ("export", empty, tmp_path / "o.json")):
        assert run(*command) == 1
        assert capsys.readouterr().err.strip().splitlines() == [
            "parley: error: x.parley is empty, not a Parley project — open a .parley file, or "
            "import into it to make it one; the file was not changed"
        ]
    assert empty.stat().st_size == 0
    assert not (tmp_path / "o.json").exists()
    # The command that creates may use it.
    assert run("import", empty, CORPUS_FILES[0]) == 0
    assert probe.is_parley_project(empty)


# -- 4. another program's database is never written ----------------------------------------------


def test_another_programs_database_is_refused_byte_for_byte_untouched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "inventory.db"
    with contextlib.closing(sqlite3.connect(other)) as db:
        db.execute("CREATE TABLE items (name TEXT)")
        db.execute("INSERT INTO items VALUES ('x')")
        db.commit()
    before = other.read_bytes()
    assert run("info", other) == 1
    assert run("import", other, CORPUS_FILES[0]) == 1
    err = capsys.readouterr().err
    assert "another program's database, not a Parley project" in err
    assert other.read_bytes() == before  # header bytes 18/19 still say "rollback journal"
    assert not Path(f"{other}-wal").exists()


# -- 5. a damaged project: one line, and parley check -------------------------------------------


def damage_page_of(path: Path, table: str) -> None:
    with contextlib.closing(sqlite3.connect(path)) as db:
        root = db.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[
            0
        ]
        size = db.execute("PRAGMA page_size").fetchone()[0]
    data = bytearray(path.read_bytes())
    start = (root - 1) * size
    data[start : start + size] = b"\x0d" + b"\xff" * (size - 1)
    path.write_bytes(bytes(data))


def test_a_damaged_page_is_one_line_naming_the_newest_good_backup(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("import", project_path, *CORPUS_FILES) == 0
    assert run("info", project_path) == 0  # leaves a good rolling backup
    damage_page_of(project_path, "sources")
    capsys.readouterr()
    assert run("info", project_path) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith(f"parley: error: {project_path} is damaged — its newest backup is ")
    backup = Path(err[0].split("its newest backup is ")[1].split(": copy it")[0])
    with Project.open(backup) as restored:  # the backup named is a sound project
        assert len(sources.list_sources(restored)) == 2
    assert "SELECT" not in err[0] and "Traceback" not in err[0]
    assert run("check", project_path) == 1
    out = capsys.readouterr()
    assert "damaged" in out.err or "database pages" in out.out


def test_check_lists_spans_outside_their_source_and_code_cycles(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("import", project_path, CORPUS_FILES[0]) == 0
    assert run("check", project_path) == 0
    assert "no problems found" in capsys.readouterr().out
    with contextlib.closing(sqlite3.connect(project_path)) as db:
        db.execute(
            'INSERT INTO annotations (guid, source_id, start, "end", quote, note, created_at, '
            "updated_at, version) VALUES (?, 1, 10, 5, 'x', '', 't', 't', 1)",
            (str(uuid.uuid4()),),
        )
        make_cycle(db)
        db.commit()
    assert run("check", project_path, "--json") == 1
    import json

    report = json.loads(capsys.readouterr().out)
    checks = {f["check"] for f in report["findings"]}
    assert {"annotation offsets", "codebook"} <= checks
    assert not report["sound"]


# -- 14. a code-parent cycle hides nothing ------------------------------------------------------


def make_cycle(db: sqlite3.Connection) -> tuple[int, int]:
    """Two condition codes, each the other's parent (1 → 4 → 1 in the issue)."""
    columns = (
        "guid, parent_id, name, kind, color, description, position, builtin, category, "
        "aliases, role, affiliation, side, version"
    )
    values = "?, ?, ?, 'condition', '#123456', '', 9, 0, '', '[]', '', '', '', 1"
    first = db.execute(
        f"INSERT INTO codes ({columns}) VALUES ({values})", (str(uuid.uuid4()), 1, "Cyclic A")
    ).lastrowid
    second = db.execute(
        f"INSERT INTO codes ({columns}) VALUES ({values})",
        (str(uuid.uuid4()), first, "Cyclic B"),
    ).lastrowid
    db.execute("UPDATE codes SET parent_id = ? WHERE id = ?", (second, first))
    assert first is not None and second is not None
    return first, second


def test_codes_in_a_parent_cycle_are_shown_under_their_root_and_reported(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with contextlib.closing(sqlite3.connect(project_path)) as db:
        first, second = make_cycle(db)
        db.commit()
    with Project.open(project_path) as project:
        assert len(project.notices) == 1
        assert "“Cyclic A”" in project.notices[0] and "parent cycle" in project.notices[0]
        from desktop_app.services import codebook

        codes = {c.id: c for c in codebook.list_codes(project)}
    assert {first, second} <= set(codes)
    conditions = next(c for c in codes.values() if c.builtin and c.kind.value == "condition")
    assert codes[first].parent_id == conditions.id
    assert codes[second].parent_id == first
    assert run("info", project_path, "--json") == 0
    captured = capsys.readouterr()
    assert "Cyclic B" in captured.out
    assert "parley: note: Codebook: 1 code (“Cyclic A”) was in a parent cycle" in captured.err


# -- 6. read-only projects open for reading ------------------------------------------------------


def test_a_project_on_a_read_only_medium_reads_exports_and_refuses_changes(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("import", project_path, CORPUS_FILES[0]) == 0
    with read_only_medium(tmp_path / "medium", project_path, "shared.parley") as target:
        before = digest(target)
        with Project.open(target) as project:
            assert project.read_only
            assert len(sources.list_sources(project)) == 1
            assert check_project(project).sound
        capsys.readouterr()
        assert run("export", target, tmp_path / "out.json") == 0
        assert (tmp_path / "out.json").exists()
        assert run("import", target, CORPUS_FILES[1]) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert err == [
            f"parley: error: {target} is open read-only: changes cannot be saved — copy the "
            "project to a folder you can write to and open the copy; nothing was changed"
        ]
        assert digest(target) == before


# -- 7. a full disk is one line and loses nothing ------------------------------------------------


def test_a_full_disk_during_import_is_one_line_and_the_project_stays_intact(
    template_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    big = tmp_path / "big.txt"
    big.write_text(("Переговоры возобновятся. " * 40 + "\n") * 1500, encoding="utf-8")
    with small_filesystem(tmp_path / "small", size="1200k") as small:
        target = small / "p.parley"
        shutil.copyfile(template_project, target)
        assert run("import", target, CORPUS_FILES[0]) == 0
        capsys.readouterr()
        assert run("import", target, big) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert len(err) == 1, err
        assert "is full — free some space and try again; nothing was changed" in err[0]
        assert "OperationalError" not in err[0] and "INSERT" not in err[0]
        with Project.open(target) as project:
            assert [s.original_name for s in sources.list_sources(project)] == [
                CORPUS_FILES[0].name
            ]
            assert check_project(project).sound


def test_a_full_disk_during_export_is_one_line_and_keeps_the_old_file(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run("import", project_path, *CORPUS_FILES) == 0
    with small_filesystem(tmp_path / "small", size="64k") as small:
        old = small / "briefing.json"
        old.write_text("{}", encoding="utf-8")
        filler = small / "filler"
        with contextlib.suppress(OSError), filler.open("wb") as handle:
            handle.write(b"\0" * 60_000)
        capsys.readouterr()
        assert run("export", project_path, old) == 1
        err = capsys.readouterr().err.strip().splitlines()
        assert err == [
            f"parley: error: the disk holding {small} is full — free some space and try "
            "again; briefing.json was not changed"
        ]
        assert old.read_text(encoding="utf-8") == "{}"
        assert sorted(p.name for p in small.iterdir()) == ["briefing.json", "filler"]


def test_a_project_open_elsewhere_with_its_schema_still_in_the_wal_is_a_project(
    tmp_path: Path,
) -> None:
    path = tmp_path / "new.parley"
    with Project.open(path, create=True):  # open: nothing checkpointed yet
        assert Path(f"{path}-wal").exists()
        assert probe.classify(path) is probe.FileKind.PARLEY
        with Project.open(path) as second:  # e.g. `parley info` beside the window
            assert second.summary().source_count == 0

"""Permissions of a written export: what any new file gets, or the replaced file's mode —
never the 0600 of a temporary file (colleagues on a shared folder must open the workbook)."""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from desktop_app.exporting.atomic import atomic_output
from desktop_app.services.exports import export
from desktop_app.services.project import Project
from tests.exporting.projects import build_sample

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


@pytest.fixture(scope="module")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("atomic-sample")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        yield build_sample(folder)


@pytest.fixture
def umask() -> Iterator[Callable[[int], int]]:
    """Set the process umask for one test; the old one is put back afterwards."""
    old = os.umask(0o022)
    os.umask(old)
    yield os.umask
    os.umask(old)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("mask", [0o022, 0o002, 0o027, 0o077])
@pytest.mark.parametrize("suffix", [".xlsx", ".csv"])
def test_a_new_export_gets_the_mode_of_any_new_file(
    sample_project: Path, tmp_path: Path, umask: Callable[[int], int], mask: int, suffix: str
) -> None:
    umask(mask)
    with Project.open(sample_project) as project:
        written = export(project, tmp_path / f"new{suffix}").path
    assert _mode(written) == 0o666 & ~mask
    assert [p.name for p in tmp_path.iterdir()] == [f"new{suffix}"]


@pytest.mark.parametrize("old_mode", [0o644, 0o640, 0o664, 0o600, 0o444])
def test_replacing_a_file_keeps_its_mode(
    sample_project: Path, tmp_path: Path, umask: Callable[[int], int], old_mode: int
) -> None:
    target = tmp_path / "weekly.xlsx"
    target.write_bytes(b"last week")
    target.chmod(old_mode)
    umask(0o077)
    with Project.open(sample_project) as project:
        export(project, target)
    assert _mode(target) == old_mode
    assert target.read_bytes()[:2] == b"PK"  # replaced by the new workbook
    assert [p.name for p in tmp_path.iterdir()] == ["weekly.xlsx"]


def test_the_temporary_file_is_never_more_open_than_the_file_it_replaces(
    tmp_path: Path, umask: Callable[[int], int]
) -> None:
    target = tmp_path / "private.csv"
    target.write_text("secret")
    target.chmod(0o600)
    umask(0o000)
    with atomic_output(target) as partial:
        assert _mode(partial) == 0o600  # before a byte is written
        partial.write_text("new")
    assert _mode(target) == 0o600 and target.read_text() == "new"


def test_the_replaced_files_group_is_kept_when_this_user_may(tmp_path: Path) -> None:
    target = tmp_path / "shared.json"
    target.write_text("{}")
    others = [g for g in os.getgroups() if g != os.getegid()]
    if os.geteuid() == 0:
        os.chown(target, -1, 4242)  # root may give a file any group
    elif others:
        os.chown(target, -1, others[0])
    group = target.stat().st_gid
    with atomic_output(target) as partial:
        partial.write_text("[]")
    assert target.stat().st_gid == group

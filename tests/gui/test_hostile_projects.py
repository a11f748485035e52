"""Issue 12 in the window: a read-only project says so and refuses changes in one dialog; a
codebook repaired on opening is reported, and every code is in the tree."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import markup
from tests.storage.test_hostile_files import make_cycle, read_only_medium


def test_a_read_only_project_says_so_and_refuses_a_change(
    make_window: Callable[[], MainWindow],
    sample_path: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: object,
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, error, *_a: errors.append(str(error)))
    medium = tmp_path / "medium"
    with read_only_medium(medium, sample_path, "Sample project.parley", size="20m") as target:
        window = make_window()
        assert window.open_project(target)
        assert window.project is not None and window.project.read_only
        assert "[read-only]" in window.windowTitle()
        assert "read-only: changes cannot be saved" in window.counts_label.text()
        before = len(markup.list_annotations(window.project))
        # Delete the first listed annotation with the key, as an analyst would.
        monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
        panel = window.annotations_panel
        panel.setFocus()
        panel.selectRow(0)
        qtbot.keyClick(panel, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
        assert len(markup.list_annotations(window.project)) == before
        assert errors == [
            f"{target} is open read-only: changes cannot be saved — copy the project to a "
            "folder you can write to and open the copy; nothing was changed"
        ]
        window.close()


def test_a_codebook_repaired_on_opening_is_reported_and_complete(
    make_window: Callable[[], MainWindow], sample_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    reports: list[str] = []
    monkeypatch.setattr(
        prompts, "show_report", lambda _p, _t, text, details="": reports.append(text)
    )
    with contextlib.closing(sqlite3.connect(sample_path)) as db:
        first, second = make_cycle(db)
        db.commit()
    window = make_window()
    assert window.open_project(sample_path)
    assert len(reports) == 1 and "“Cyclic A”" in reports[0]
    assert {first, second} <= set(window.codes)

"""Without an open project, Undo, Redo and every command that needs a project are disabled —
also right after a project with an undo history was closed (issue 13)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication

from desktop_app.gui.main_window import MainWindow


def project_commands(window: MainWindow) -> dict[str, QAction]:
    a = window.commands
    return {
        "undo": a.undo,
        "redo": a.redo,
        "close": a.close_project,
        "import files": a.import_files,
        "import folder": a.import_folder,
        "paste": a.paste_source,
        "find in source": a.find_in_source,
        "find in project": a.find_in_project,
        "find next": a.find_next,
        "find previous": a.find_previous,
        "mark condition": a.mark_condition,
        "edit annotation": a.edit_annotation,
        "delete annotation": a.delete_annotation,
        "set boundaries": a.bounds_to_selection,
        "source details": a.edit_source,
        "add code": a.add_code,
        "export workbook": a.export_workbook,
        "pin recent codes": window.markup.pin_action,
        "close compare": window.compare.close_action,
        "blind double coding": window.team.blind_action,
    }


def enabled(window: MainWindow) -> list[str]:
    found = [name for name, action in project_commands(window).items() if action.isEnabled()]
    if window.exchange.export_menu.isEnabled():
        found.append("File › Export To")
    return found


def test_nothing_that_needs_a_project_is_enabled_without_one(
    qtbot: object, make_window: Callable[[], MainWindow], sample_path: Path
) -> None:
    window = make_window()
    assert enabled(window) == []
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert window.project is None and QApplication.activeModalWidget() is None

    assert window.open_project(sample_path)
    window.reader.select_span(4, 12)
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C)  # type: ignore[attr-defined]
    popup = window.markup.popup
    assert popup is not None
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.commands.undo.isEnabled()
    assert "File › Export To" in enabled(window)

    window.commands.close_project.trigger()  # with an undo history
    assert window.project is None
    assert enabled(window) == []
    assert window.commands.undo.text() == "&Undo"

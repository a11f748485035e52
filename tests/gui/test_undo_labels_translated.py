"""Undo and Redo name the change in the interface language: the label is made by the service
when the change is made (issue 20), so after deleting a code in Ukrainian the Edit menu reads
"Скасувати видалення коду «Kyiv»", not "Скасувати Delete code “Kyiv”". Keys go to the widget
that has the focus, the confirmation is answered with Enter, as a person does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop_app.gui.main_window import MainWindow

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier

EXPECTED = {
    "uk": ("&Скасувати видалення коду «Kyiv»", "&Повторити видалення коду «Kyiv»"),
    "ru": ("&Отменить удаление кода «Kyiv»", "&Повторить удаление кода «Kyiv»"),
    "en": ("&Undo Delete code “Kyiv”", "&Redo Delete code “Kyiv”"),
}


def confirm_with_enter(qtbot: QtBot, seen: list[str]) -> None:
    """Once the question is up (it runs its own event loop), press Enter: its default button."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        qtbot.keyClick(box, Qt.Key.Key_Return)

    QTimer.singleShot(0, answer)


@pytest.mark.parametrize("code", ["uk", "ru", "en"])
def test_undo_and_redo_name_the_deleted_code_in_the_interface_language(
    code: str,
    speaking: Callable[[str], str],
    make_window: Callable[[], MainWindow],
    sample_path: Path,
    qtbot: QtBot,
) -> None:
    undo_text, redo_text = EXPECTED[code]
    speaking(code)
    window = make_window()
    assert window.open_project(sample_path)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    kyiv = next(c.id for c in window.codes.values() if c.name == "Kyiv")
    panel = window.codebook_panel
    panel.select_code(kyiv)
    panel.tree.setFocus()
    seen: list[str] = []
    confirm_with_enter(qtbot, seen)
    qtbot.keyClick(panel.tree, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: kyiv not in window.codes)
    assert seen and "Kyiv" in seen[0]
    assert window.commands.undo.text() == undo_text
    # The window manager gives the window back its activation when the question closes (the
    # offscreen platform leaves no window active: do what the window manager would).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Z, CTRL)
    qtbot.waitUntil(lambda: kyiv in window.codes)
    assert window.commands.redo.text() == redo_text
    qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Z, CTRL | SHIFT)
    qtbot.waitUntil(lambda: kyiv not in window.codes)
    assert window.commands.undo.text() == undo_text

"""Help in the real window: Getting Started opens with its pictures, the shortcut list holds
every key of every action (it is made from them), and the annotation list's letters have a
legend."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QAction, QImage, QKeySequence, QPixmap, QTextDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.gui.help import GUIDE_PAGE, GuideDialog, ShortcutsDialog, on_a_keyboard
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import active_dialog


def test_f1_opens_getting_started_with_its_pictures(qtbot: QtBot, window: MainWindow) -> None:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    dialog = active_dialog(GuideDialog)
    assert isinstance(dialog, GuideDialog)
    text = dialog.browser.toPlainText()
    for step in ("1. Select", "2. Press C, S or R", "3. Compare", "4. Export"):
        assert step in text
    page = (paths.resource("help") / GUIDE_PAGE).read_text("utf-8")
    pictures = re.findall(r'<img src="([^"]+)"', page)
    assert len(pictures) == 4
    document = dialog.browser.document()
    for name in pictures:
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(image, QImage | QPixmap) and not image.isNull(), name
        assert image.width() <= 1000 and (paths.resource("help") / name).stat().st_size < 150_000
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_shortcut_list_is_every_key_of_every_action(qtbot: QtBot, window: MainWindow) -> None:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = active_dialog(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.shown_rows()
    listed_keys = {key for keys, _command, _menu in rows for key in keys.split(" or ")}
    native = QKeySequence.SequenceFormat.NativeText
    for action in window.findChildren(QAction):
        for sequence in action.shortcuts():
            if on_a_keyboard(sequence):
                assert sequence.toString(native) in listed_keys, action.text()
    assert on_a_keyboard(QKeySequence("Ctrl+Z")) and on_a_keyboard(QKeySequence("F3"))
    assert not on_a_keyboard(QKeySequence(Qt.Key.Key_Undo))  # a Sun keyboard's Undo key
    assert "Ctrl+Shift+Del" in listed_keys and "F6" in listed_keys
    listed = [(keys, command) for keys, command, _menu in rows]
    assert len(listed) == len(set(listed))  # an action in two menus is listed once
    by_command = {(command, menu): keys for keys, command, menu in rows}
    assert by_command[("Undo", "Edit")].startswith("Ctrl+Z")  # and the platform's others
    assert by_command[("Redo", "Edit")] == "Ctrl+Shift+Z or Ctrl+Y"
    assert by_command[("Condition…", "Mark")] == "C"  # the reader's own key, from the menu
    assert by_command[("Show Compare", "Compare")] == "Ctrl+Shift+C"
    assert by_command[("Keyboard Shortcuts", "Help")] == "Ctrl+/"
    # A key added to an action shows up the next time: nothing is written twice.
    window.commands.add_root.setShortcut(QKeySequence("Ctrl+Alt+R"))
    dialog.close()
    window.commands.keyboard_shortcuts.trigger()
    dialog = active_dialog(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    assert ("Ctrl+Alt+R", "Add Root…", "Codebook") in dialog.shown_rows()
    # The filter finds by key, command or menu.
    qtbot.keyClicks(dialog.filter, "compare")
    shown = dialog.shown_rows()
    assert shown and all("compare" in " ".join(row).casefold() for row in shown)
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_kind_letters_have_a_legend(window: MainWindow) -> None:
    QApplication.processEvents()
    legend = window.kind_legend
    assert legend.isVisible()
    assert legend.text() == "C condition · S speaker · R reaction · O other · ↳ linked"
    model = window.annotations_panel.model_
    tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "C condition" in tip and "↳ linked to another annotation" in tip
    letters = {model.index(row, 0).data() for row in range(model.rowCount())}
    assert letters and all(set(mark.replace(" ↳", "")) <= set("CSRO") for mark in letters)


def test_keys_the_panels_handle_themselves_are_listed(qtbot: QtBot, window: MainWindow) -> None:
    """Delete in the reader and Enter in the search box are no action's keys, yet listed."""
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = active_dialog(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.shown_rows()
    by_command = {(command, menu): keys for keys, command, menu in rows}
    assert by_command[("Delete the annotation under the cursor", "In the reader")] == "Delete"
    assert by_command[("Next hit / previous hit", "In the search box")].startswith("Enter")
    qtbot.keyClicks(dialog.filter, "under the cursor")
    assert dialog.shown_rows() == [
        ("Delete", "Delete the annotation under the cursor", "In the reader")
    ]
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)

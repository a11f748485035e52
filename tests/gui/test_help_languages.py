"""Help in Ukrainian and Russian: Getting Started opens translated (with its pictures), and the
Keyboard Shortcuts rows — menu paths, command names, the keys' "or" — are in the interface
language, opened by their keys as an analyst does."""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QImage, QPixmap, QTextDocument
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.gui.help import GUIDE_PAGE, GuideDialog, ShortcutsDialog, guide_page
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import active_dialog, type_text

EXPECTED = {
    "uk": {
        "title": "Початок роботи з Parley",
        "steps": ["1. Виділіть", "2. Натисніть C, S або R", "3. Порівняйте", "4. Експортуйте"],
        "compare": ("Ctrl+Shift+C", "Показати порівняння", "Порівняння"),
        "redo": "Ctrl+Shift+Z або Ctrl+Y",
        "panel": ("Delete", "Видалити анотацію під курсором", "У читачі"),
        "search": "Enter або Вниз / Shift+Enter або Вгору",
        "filter": "під курсором",
    },
    "ru": {
        "title": "Начало работы с Parley",
        "steps": ["1. Выделите", "2. Нажмите C, S или R", "3. Сравните", "4. Экспортируйте"],
        "compare": ("Ctrl+Shift+C", "Показать сравнение", "Сравнение"),
        "redo": "Ctrl+Shift+Z или Ctrl+Y",
        "panel": ("Delete", "Удалить аннотацию под курсором", "В области чтения"),
        "search": "Enter или Вниз / Shift+Enter или Вверх",
        "filter": "под курсором",
    },
}


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_getting_started_in_the_interface_language(
    code: str,
    sample_window_in: Callable[[str], MainWindow],
    qtbot: QtBot,
) -> None:
    expected = EXPECTED[code]
    window = sample_window_in(code)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_F1)
    dialog = active_dialog(GuideDialog)
    assert isinstance(dialog, GuideDialog)
    assert dialog.windowTitle() == expected["title"]
    text = dialog.browser.toPlainText()
    for step in expected["steps"]:
        assert step in text
    assert "Select" not in text and "Press" not in text  # no English left on the page
    # The same four pictures as the English page, found beside it.
    english = (paths.resource("help") / GUIDE_PAGE).read_text("utf-8")
    page = guide_page().read_text("utf-8")
    assert re.findall(r'<img src="([^"]+)"', page) == re.findall(r'<img src="([^"]+)"', english)
    document = dialog.browser.document()
    for name in re.findall(r'<img src="([^"]+)"', page):
        image = document.resource(QTextDocument.ResourceType.ImageResource, QUrl(name))
        assert isinstance(image, QImage | QPixmap) and not image.isNull(), name
    qtbot.keyClick(dialog.browser, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_getting_started_falls_back_to_english(speaking: Callable[[str], str]) -> None:
    speaking("en")
    assert guide_page().name == GUIDE_PAGE


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_keyboard_shortcuts_in_the_interface_language(
    code: str,
    sample_window_in: Callable[[str], MainWindow],
    qtbot: QtBot,
) -> None:
    expected = EXPECTED[code]
    window = sample_window_in(code)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    dialog = active_dialog(ShortcutsDialog)
    assert isinstance(dialog, ShortcutsDialog)
    rows = dialog.shown_rows()
    assert expected["compare"] in rows
    assert expected["panel"] in rows
    by_command = {command: keys for keys, command, _menu in rows}
    assert by_command[expected["panel"][1]] == "Delete"
    assert expected["redo"] in by_command.values()
    assert expected["search"] in by_command.values()
    # Every menu path and command is in the language: no English word left (keys are keys;
    # product and format names stay as they are).
    names = re.compile(r"Parley|Excel|PDF|REFI-QDA|Markdown|HTML|CSV|Word|Unicode")
    for _keys, command, menu in rows:
        assert not re.search(r"[A-Za-z]{3,}", menu), menu
        assert not re.search(r"[A-Za-z]{3,}", names.sub("", command)), command
    type_text(dialog.filter, expected["filter"])  # Cyrillic, as an input method types it
    assert dialog.shown_rows() == [expected["panel"]]
    qtbot.keyClick(dialog.filter, Qt.Key.Key_Escape)
    assert not dialog.isVisible()

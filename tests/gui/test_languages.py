"""The window in Ukrainian and in Russian: menus, a dialog, plurals and dates in the language
installed at start-up, Qt's own buttons translated too, and View › Language remembered for the
next start."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from desktop_app.gui import translation
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.gui.translation import translate
from desktop_app.services.project import Project
from tests.builders import add_source
from tests.gui.test_source_details import open_details

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier

# Per language: menu titles, the Source Details title, the sample's date (2024-06-14) as the
# sources list shows it, and "N sources" for 1, 2, 5, 11 and 21.
EXPECTED = {
    "uk": {
        "menus": ["&Файл", "&Зміни", "&Розмітка", "&Джерело", "&Кодова книга", "&Вигляд"],
        "details": "Відомості про джерело",
        "date": "14 червня 2024 р.",
        "listed": "14.06.2024",
        "sources": ["1 джерело", "2 джерела", "5 джерел", "11 джерел", "21 джерело"],
        "cancel": "Скасувати",
    },
    "ru": {
        "menus": ["&Файл", "&Правка", "&Разметка", "&Источник", "&Кодовая книга", "&Вид"],
        "details": "Сведения об источнике",
        "date": "14 июня 2024 г.",
        "listed": "14.06.2024",
        "sources": ["1 источник", "2 источника", "5 источников", "11 источников", "21 источник"],
        "cancel": "Отмена",
    },
}


def plain(text: str) -> str:
    """Babel and Qt keep a number or "р."/"г." with its neighbour by a no-break space."""
    return text.replace("\u202f", " ").replace("\u00a0", " ")


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_the_window_speaks_the_language_installed_at_start(
    code: str,
    speaking: Callable[[str], str],
    make_window: Callable[[], MainWindow],
    sample_path: Path,
    qtbot: QtBot,
) -> None:
    expected = EXPECTED[code]
    assert speaking(code) == code
    window = make_window()
    assert window.open_project(sample_path)
    titles = [action.text() for action in window.menuBar().actions()]
    assert titles[: len(expected["menus"])] == expected["menus"]
    # A plural in the status bar: the sample's two sources.
    assert window.counts_label.text().startswith(expected["sources"][1])
    # A date in the sources list (in digits, the column is narrow) and over the reader.
    model = window.sources_panel.table.model()
    shown = {plain(model.index(row, 3).data()) for row in range(model.rowCount())}
    assert expected["listed"] in shown
    qtbot.waitUntil(lambda: window.reader.source_id is not None)
    assert expected["date"] in plain(window.reader_title.text())
    # A dialog, its own labels and Qt's standard buttons.
    qtbot.waitUntil(lambda: window.reader.source_id is not None and window.isActiveWindow())
    dialog = open_details(window, qtbot)
    assert dialog.windowTitle() == expected["details"]
    buttons = dialog.findChild(QDialogButtonBox)
    assert buttons is not None
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel is not None and cancel.text() == expected["cancel"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_plural_forms_agree_with_the_number(code: str, speaking: Callable[[str], str]) -> None:
    speaking(code)
    shown = [plain(translate("MainWindow", "%Ln source(s)", "", n)) for n in (1, 2, 5, 11, 21)]
    assert shown == EXPECTED[code]["sources"]


def test_english_plurals_without_a_catalog(speaking: Callable[[str], str]) -> None:
    speaking("en")
    assert translate("MainWindow", "%Ln source(s)", "", 1) == "1 source"
    assert translate("MainWindow", "%Ln source(s)", "", 2) == "2 sources"


def test_view_language_is_remembered_for_the_next_start(
    speaking: Callable[[str], str], make_window: Callable[[], MainWindow]
) -> None:
    speaking("en")
    window = make_window()
    menu = window.view.language_menu
    names = [action.text() for action in menu.group.actions()]
    assert names[1:] == ["English", "Українська", "Русский"]
    menu.actions["uk"].trigger()
    assert "starts again" in window.statusBar().currentMessage()
    assert Settings().language == "uk"
    assert translation.chosen_language(Settings().language) == "uk"
    menu.actions[""].trigger()
    assert translation.chosen_language(Settings().language) == translation.system_language()


def test_titles_sort_in_the_ukrainian_alphabet(
    speaking: Callable[[str], str],
    make_window: Callable[[], MainWindow],
    tmp_path: Path,
) -> None:
    speaking("uk")
    titles = ["Їжак", "Ґдиня", "Ізмаїл", "Єрусалим", "Гамбург", "Ерфурт", "Ивано"]
    path = tmp_path / "titles.parley"
    with Project.open(path, create=True) as project:
        for number, title in enumerate(titles):
            add_source(project, f"Текст {number}.", title)
    window = make_window()
    assert window.open_project(path)
    panel = window.sources_panel
    panel.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)  # a click on "Назва"
    shown = [panel.proxy.index(row, 1).data() for row in range(panel.proxy.rowCount())]
    assert shown == ["Гамбург", "Ґдиня", "Ерфурт", "Єрусалим", "Ивано", "Ізмаїл", "Їжак"]


def test_the_compare_views_outlet_and_variant_tabs_in_ukrainian(
    speaking: Callable[[str], str],
    make_window: Callable[[], MainWindow],
    sample_path: Path,
    qtbot: QtBot,
) -> None:
    speaking("uk")
    window = make_window()
    assert window.open_project(sample_path)
    controller = window.compare
    qtbot.waitUntil(lambda: window.reader.source_id is not None and window.isActiveWindow())
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy)
    tabs = controller.view.kinds
    names = [tabs.tabText(i) for i in range(tabs.count())]
    assert names[-3:] == ["За групами видань", "Хронологія", "Варіанти"]
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(len(names) - 1).center())
    qtbot.waitUntil(lambda: controller.variants is not None and not controller.busy)
    page = controller.view.variants_page
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert headers == ["Джерело", "Формулювання", "Відмінності"]
    labels = [page.choice.itemText(i) for i in range(page.choice.count())]
    assert any(label.endswith("(2 формулювання, 1 відрізняється)") for label in labels), labels


def test_the_suggestions_tab_and_its_counts_in_russian(
    speaking: Callable[[str], str],
    make_window: Callable[[], MainWindow],
    sample_path: Path,
    qtbot: QtBot,
) -> None:
    speaking("ru")
    window = make_window()
    assert window.open_project(sample_path)
    controller = window.suggestions
    qtbot.waitUntil(lambda: controller.book.ready and window.isActiveWindow(), timeout=20_000)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_6, Qt.KeyboardModifier.ControlModifier)
    panel = controller.panel
    qtbot.waitUntil(panel.isVisible)
    assert window.tabs.tabText(window.tabs.indexOf(panel)) == "Предложения"
    kinds = [panel.kind.itemText(i) for i in range(panel.kind.count())]
    assert kinds == ["Все виды", "Упоминания", "Высказывания", "Условия"]
    # "N предложение/предложения/предложений здесь · всего M", the noun agreeing with N.
    here, _, total = plain(controller.status.text()).partition(" здесь · всего ")
    number, _, noun = here.partition(" ")
    n = int(number.replace(" ", ""))
    forms = ("предложение", "предложения", "предложений")
    form = (
        0 if n % 10 == 1 and n % 100 != 11 else 1 if 2 <= n % 10 <= 4 and n % 100 // 10 != 1 else 2
    )
    assert noun == forms[form], controller.status.text()
    assert int(total.replace(" ", "")) >= n
    summary = plain(panel.summary.text())
    assert summary.endswith(" в этом источнике") and "предложени" in summary, summary

"""The compare view's Variants tab in the real window on the sample project, driven by keys:
the two reports' wordings of Putin's borders sentence side by side, the difference coloured,
Enter shows a wording in the reader, and a pinned reference is undone by Ctrl+Z."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.gui.compare_controller import CompareController
from desktop_app.gui.compare_variants import CHANGED_COLOR, VariantsPage
from desktop_app.gui.main_window import MainWindow

STATEMENT = "Vladimir Putin on Withdrawal from four regions"
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def open_variants(qtbot: QtBot, window: MainWindow) -> tuple[CompareController, VariantsPage]:
    controller = window.compare
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy)
    view = controller.view
    tabs = view.kinds
    tab = next(i for i in range(tabs.count()) if tabs.tabText(i) == "Variants")
    qtbot.mouseClick(tabs, Qt.MouseButton.LeftButton, pos=tabs.tabRect(tab).center())
    qtbot.waitUntil(lambda: controller.variants is not None and not controller.busy)
    assert view.variants_shown and view.pages.currentWidget() is view.variants_page
    return controller, view.variants_page


def choose(qtbot: QtBot, page: VariantsPage, typed: str, label_start: str) -> None:
    """Type the start of an entry into the focused list, as a person picks one by keys (after
    the pause that ends a previous search)."""
    qtbot.wait(QApplication.keyboardInputInterval() + 100)
    page.choice.setFocus()
    qtbot.keyClicks(page.choice, typed)  # no space: a space opens the list
    assert QApplication.activePopupWidget() is None
    assert page.choice.currentText().startswith(label_start), page.choice.currentText()


def row_where(page: VariantsPage, words: str) -> int:
    return next(i for i, row in enumerate(page.model.rows) if words in row.plain)


def go_to_row(qtbot: QtBot, page: VariantsPage, row: int) -> None:
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    for _ in range(row):
        qtbot.keyClick(page.table, Qt.Key.Key_Down)
    assert page.table.currentIndex().row() == row


def test_the_variants_tab_shows_the_two_wordings_and_jumps_to_the_reader(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller, page = open_variants(qtbot, window)
    choose(qtbot, page, "Vladimir", STATEMENT)
    rows = page.model.rows
    assert rows[0].role == "Reference"
    assert "at the time of their incorporation into Ukraine" in rows[0].plain
    joined = rows[row_where(page, "when they joined Ukraine")]
    assert joined.role == "Compared"
    assert "changes: at the time of their incorporation into → when they joined" in (
        joined.differences
    )
    assert f'background-color:{CHANGED_COLOR}">when they joined</span>' in joined.html
    assert "<s" in joined.html and "at the time of their incorporation into</s>" in joined.html
    assert any(row.role == "Other language" and row.language == "ru" for row in rows)
    # Enter on the row: the reader comes to the front with that wording selected.
    go_to_row(qtbot, page, row_where(page, "when they joined Ukraine"))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.center_tabs.currentIndex() == 0
    assert window.reader.source_id == joined.source_id
    assert window.reader.selected_span() == (joined.start, joined.end)
    # Ctrl+Shift+C goes back; the same statement is still chosen.
    qtbot.keyClick(window.reader, Qt.Key.Key_C, CTRL_SHIFT)
    assert controller.in_front and page.choice.currentText().startswith(STATEMENT)


def test_a_quote_mismatch_is_listed_and_a_pinned_reference_is_undone(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller, page = open_variants(qtbot, window)
    choose(qtbot, page, "Quote", "Quote mismatch: Vladimir Putin")
    first, second = page.model.rows
    assert "incorporation" in first.plain and "joined" in second.plain
    assert "when they joined" in second.differences
    choose(qtbot, page, "Vladimir", STATEMENT)
    joined = row_where(page, "when they joined Ukraine")
    go_to_row(qtbot, page, joined)
    assert page.pin.isEnabled() and not page.unpin.isEnabled()
    page.pin.setFocus()
    qtbot.keyClick(page.pin, Qt.Key.Key_Space)
    qtbot.waitUntil(
        lambda: (
            not controller.busy
            and bool(page.model.rows)
            and page.model.rows[0].role == "Reference (pinned)"
        )
    )
    assert page.choice.currentText().startswith(STATEMENT)
    assert "when they joined Ukraine" in page.model.rows[0].plain
    reverse = page.model.rows[row_where(page, "incorporation into Ukraine")]
    assert "changes: when they joined → at the time of their incorporation into" in (
        reverse.differences
    )
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            not controller.busy and bool(page.model.rows) and page.model.rows[0].role == "Reference"
        )
    )
    assert "incorporation into Ukraine" in page.model.rows[0].plain

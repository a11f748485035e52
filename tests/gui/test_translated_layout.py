"""The window in Ukrainian and Russian keeps the layout it has in English: longer labels in a
row of the centre (the Suggestions filters) must not push the side panels narrow, and the
compare view's kind tabs show their whole names. Seen on screenshots at 1440×900: the sources
and codebook panels lost a third of their width in Russian, the compare tabs read "Усло…"."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app import i18n
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.translation import translate

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def panel_widths(window: MainWindow) -> list[int]:
    window.resize(1440, 900)
    QApplication.processEvents()
    return window.main_splitter.sizes()


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_side_panels_keep_their_width_in_the_language(
    code: str,
    sample_window_in: Callable[[str], MainWindow],
    qtbot: QtBot,
) -> None:
    english = sample_window_in(i18n.ENGLISH)
    expected = panel_widths(english)
    english.close()
    window = sample_window_in(code)
    assert panel_widths(window) == expected
    # The row that pushed them: it gives way (elided summary, narrower drop-downs) instead.
    suggestions = window.suggestions.panel
    assert suggestions.minimumSizeHint().width() <= window.main_splitter.sizes()[1]
    # Fixed-width columns fit their translated headings and the longest kind name.
    for table, columns in ((window.new_speakers.panel.list, (0, 2, 3)), (suggestions.list, (0, 3))):
        header = table.horizontalHeader()
        for column in columns:
            assert header.sectionSize(column) >= header.sectionSizeHint(column), column
    statement = translate("Suggestions", "Statement")
    width = suggestions.list.fontMetrics().horizontalAdvance(statement)
    assert suggestions.list.horizontalHeader().sectionSize(0) > width
    # The compare view's kinds: every tab's whole name is shown.
    qtbot.waitUntil(lambda: window.reader.source_id is not None and window.isActiveWindow())
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C, CTRL_SHIFT)
    controller = window.compare
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy)
    QApplication.processEvents()
    kinds = controller.view.kinds
    for index in range(kinds.count()):
        assert kinds.tabRect(index).width() >= kinds.tabSizeHint(index).width(), kinds.tabText(
            index
        )
    # The counts moved beside the filters stay whole in their tooltip when elided there.
    status = controller.view.status
    assert status.text() and status.text() in status.toolTip()

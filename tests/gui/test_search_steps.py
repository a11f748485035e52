"""Going through search hits by keyboard (issue 13): Enter in the search box goes to the next
hit once the hits of what is typed are shown, F3 / Shift+F3 from anywhere too, and the panel and
status bar say which hit is current; counts agree with their nouns."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def press(
    qtbot: object, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifiers)  # type: ignore[attr-defined]


def search_here(qtbot: object, window: MainWindow, query: str) -> None:
    """Ctrl+F, type, Enter: the search runs at once."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]
    window.reader.setFocus()
    press(qtbot, Qt.Key.Key_F, CTRL)
    panel = window.search_panel
    assert QApplication.focusWidget() is panel.query
    generation = panel._generation
    type_text(panel.query, query)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: panel._generation > generation and panel.summary.text() != "Searching…"
    )


def test_enter_goes_to_the_next_hit_and_says_which(qtbot: object, window: MainWindow) -> None:
    search_here(qtbot, window, "kyiv")
    panel = window.search_panel
    hits = panel.hits
    assert len(hits) >= 3
    assert panel.current_hit() is None
    assert panel.summary.text() == f"{len(hits)} hits in 1 source for “kyiv”"
    press(qtbot, Qt.Key.Key_Return)  # the same query again: the first hit
    assert panel.current_hit() == hits[0]
    assert panel.summary.text().startswith(f"Hit 1 of {len(hits)} · ")
    assert window.reader._current_hit == (hits[0].start, hits[0].end)
    press(qtbot, Qt.Key.Key_Return)
    assert panel.current_hit() == hits[1]
    assert panel.summary.text().startswith(f"Hit 2 of {len(hits)} · ")
    assert QApplication.focusWidget() is panel.query  # still typing in the box
    press(qtbot, Qt.Key.Key_Return, SHIFT)  # back one
    assert panel.current_hit() == hits[0]
    press(qtbot, Qt.Key.Key_Return)
    assert panel.current_hit() == hits[1]
    # Changing the query and pressing Enter searches again instead of stepping.
    generation = panel._generation
    type_text(panel.query, "x")
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.summary.text() == "No hits for “kyivx”")  # type: ignore[attr-defined]
    assert panel._generation > generation


def test_f3_from_the_reader_steps_and_the_status_bar_says_which(
    qtbot: object, window: MainWindow
) -> None:
    search_here(qtbot, window, "kyiv")
    panel = window.search_panel
    count = len(panel.hits)
    window.reader.setFocus()
    press(qtbot, Qt.Key.Key_F3)
    assert window.statusBar().currentMessage() == f"Hit 1 of {count}"
    press(qtbot, Qt.Key.Key_F3)
    assert window.statusBar().currentMessage() == f"Hit 2 of {count}"
    press(qtbot, Qt.Key.Key_F3, SHIFT)
    assert window.statusBar().currentMessage() == f"Hit 1 of {count}"
    assert panel.current_hit() == panel.hits[0]
    assert window.reader._current_hit == (panel.hits[0].start, panel.hits[0].end)
    press(qtbot, Qt.Key.Key_F3, SHIFT)  # wraps round to the last
    assert window.statusBar().currentMessage() == f"Hit {count} of {count}"


def test_one_hit_in_one_source(qtbot: object, window: MainWindow) -> None:
    text = window.reader.text.lower()
    word = next(
        w.strip(".,;:!?“”\"'()")
        for w in text.split()
        if len(w) > 6 and text.count(w.strip(".,;:!?“”\"'()")) == 1 and w.isalpha()
    )
    window.search_panel.scope.setCurrentIndex(0)
    search_here(qtbot, window, word)
    assert window.search_panel.summary.text() == f"1 hit in 1 source for “{word}”"

"""The compare tab reads of each annotation only where it is, its codes and coder; driven by
keys the way an analyst works — mark up in the reader, Ctrl+Shift+C to the comparison, Ctrl+Z —
it still shows exactly what the full read (the exports') gives, quotes and notes included."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from desktop_app.domain.comparison import compare
from desktop_app.domain.snapshot import AnnotationRows
from desktop_app.gui.compare_controller import CompareController
from desktop_app.gui.compare_model import EXCERPTS_ROLE
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import markup, sources
from desktop_app.services.snapshot import load_snapshot
from tests.gui.conftest import type_text
from tests.gui.test_compare_view import WITHDRAWAL, cell
from tests.gui.test_markup import EMOJI_TEXT, paste_source, select_by_qt_units

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def select_word(window: MainWindow, word: str) -> None:
    start = window.reader.text.index(word)
    select_by_qt_units(window, start, start + len(word))
    window.reader.setFocus()


def focus(qtbot: QtBot, window: MainWindow, widget: QWidget) -> None:
    """The window active again (the mark-up popup was a window of its own) and ``widget``
    focused, for the window's shortcuts to reach."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    widget.setFocus()


def to_compare(qtbot: QtBot, window: MainWindow) -> CompareController:
    controller = window.compare
    focus(qtbot, window, window.reader)
    qtbot.keyClick(window.reader, Qt.Key.Key_C, CTRL_SHIFT)
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy)
    assert controller.in_front
    return controller


def shown_as_exported(controller: CompareController, window: MainWindow) -> None:
    """The view's comparison, cell by cell and excerpt by excerpt, is the full read's."""
    assert window.project is not None and controller.comparison is not None
    assert controller.comparison == compare(load_snapshot(window.project))


def test_marking_up_by_keys_and_undoing_keep_the_lean_view_right(
    qtbot: QtBot, window: MainWindow
) -> None:
    source_id = paste_source(window, EMOJI_TEXT)
    assert window.project is not None
    title = sources.get_source(window.project, source_id).title
    select_word(window, "withdraw")
    qtbot.keyClick(window.reader, Qt.Key.Key_C)
    popup = window.markup.popup
    assert popup is not None
    type_text(popup.edit, "withdr")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)
    made = next(a for a in markup.list_annotations(window.project, [source_id]))
    markup.set_note(window.project, made.id, "asked at the briefing")

    controller = to_compare(qtbot, window)
    annotations = controller.snapshot.annotations if controller.snapshot else None
    assert isinstance(annotations, AnnotationRows) and annotations.lean
    shown = cell(controller, WITHDRAWAL, title)
    assert shown.data().startswith("1 · ")
    (excerpt,) = shown.data(EXCERPTS_ROLE)
    assert (excerpt.quote, excerpt.note) == ("withdraw", "asked at the briefing")
    assert annotations.lean  # one cell's rows read, not every row

    # Back to the reader, a second wording by the recent-code key, back to the comparison.
    focus(qtbot, window, controller.view.matrix)
    qtbot.keyClick(controller.view.matrix, Qt.Key.Key_C, CTRL_SHIFT)
    assert not controller.in_front
    select_word(window, "troops")
    qtbot.keyClick(window.reader, Qt.Key.Key_1)
    to_compare(qtbot, window)
    qtbot.waitUntil(
        lambda: (
            cell(controller, WITHDRAWAL, title).data().startswith("2 · ") and not controller.busy
        )
    )
    quotes = [e.quote for e in cell(controller, WITHDRAWAL, title).data(EXCERPTS_ROLE)]
    assert quotes == ["withdraw", "troops"]
    shown_as_exported(controller, window)

    focus(qtbot, window, controller.view.matrix)
    qtbot.keyClick(controller.view.matrix, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: (
            cell(controller, WITHDRAWAL, title).data().startswith("1 · ") and not controller.busy
        )
    )
    (excerpt,) = cell(controller, WITHDRAWAL, title).data(EXCERPTS_ROLE)
    assert (excerpt.quote, excerpt.note) == ("withdraw", "asked at the briefing")
    shown_as_exported(controller, window)

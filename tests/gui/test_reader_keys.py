"""The reader alone is enough to delete an annotation (Delete on its highlight) and to move its
boundaries (cursor in the highlight, select the new range, Ctrl+B), both undoable (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.main_window import MainWindow
from desktop_app.services import markup
from tests.gui.test_markup import utf16

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def caret_at(window: MainWindow, position: int) -> None:
    """Click-like: the caret at a code point, no selection, the reader focused."""
    window.activateWindow()
    window.reader.setFocus()
    cursor = window.reader.textCursor()
    cursor.setPosition(utf16(window.reader.text, position))
    window.reader.setTextCursor(cursor)
    assert QApplication.focusWidget() is window.reader


def press(
    qtbot: object, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    focused = QApplication.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, key, modifiers)  # type: ignore[attr-defined]


def innermost_alone(window: MainWindow) -> tuple[int, int, int]:
    """(annotation id, start, end) of a highlight whose middle character holds no other span."""
    for span in window.reader.spans():
        middle = (span.start + span.end) // 2
        caret_at(window, middle)
        if window.reader.annotations_at_cursor() == [span.annotation_id]:
            return span.annotation_id, span.start, span.end
    raise AssertionError("no highlight on its own")


def test_delete_on_a_highlight_deletes_its_annotation_and_ctrl_z_brings_it_back(
    qtbot: object, window: MainWindow
) -> None:
    assert window.project is not None
    annotation_id, start, end = innermost_alone(window)
    before = markup.get_annotation(window.project, annotation_id)
    caret_at(window, (start + end) // 2)
    press(qtbot, Qt.Key.Key_Delete)
    assert window.reader.span(annotation_id) is None
    assert window.annotations_panel.model_.row_of(annotation_id) is None
    assert annotation_id not in {a.id for a in markup.list_annotations(window.project)}
    message = window.statusBar().currentMessage()
    assert message.startswith("Deleted “") and message.endswith("Ctrl+Z brings it back")
    assert "Delete “" not in message
    assert QApplication.focusWidget() is window.reader
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert markup.get_annotation(window.project, annotation_id) == before
    assert window.reader.span(annotation_id) is not None


def test_delete_outside_any_highlight_deletes_nothing(qtbot: object, window: MainWindow) -> None:
    assert window.project is not None
    covered = {p for s in window.reader.spans() for p in range(s.start, s.end)}
    free = next(p for p in range(len(window.reader.text)) if p not in covered)
    count = len(markup.list_annotations(window.project))
    caret_at(window, free)
    press(qtbot, Qt.Key.Key_Delete)
    assert len(markup.list_annotations(window.project)) == count
    assert "Put the cursor in a highlight" in window.statusBar().currentMessage()


def test_ctrl_b_sets_the_boundaries_of_the_highlight_the_selection_began_in(
    qtbot: object, window: MainWindow
) -> None:
    assert window.project is not None
    annotation_id, start, end = innermost_alone(window)
    window.annotations_panel.clearSelection()  # nothing chosen in the list: the reader alone
    # Cursor in the highlight's first character, then select to the right past its end by
    # words with Shift+Ctrl+Right, as a keyboard user extends a quote.
    caret_at(window, start)
    for _ in range(3):
        press(qtbot, Qt.Key.Key_Right, CTRL | SHIFT)
    selected = window.reader.selected_span()
    assert selected is not None and selected[0] == start
    press(qtbot, Qt.Key.Key_B, CTRL)
    after = markup.get_annotation(window.project, annotation_id)
    text = window.reader.text
    trimmed_end = len(text[: selected[1]].rstrip())
    assert (after.start, after.end) == (start, trimmed_end)
    assert after.quote == text[start:trimmed_end]
    span = window.reader.span(annotation_id)
    assert span is not None and (span.start, span.end) == (after.start, after.end)
    assert window.statusBar().currentMessage().startswith("Boundaries set: ")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    again = markup.get_annotation(window.project, annotation_id)
    assert (again.start, again.end) == (start, end)


def test_ctrl_b_with_a_selection_made_backwards_from_a_highlights_end(
    qtbot: object, window: MainWindow
) -> None:
    """The caret just after a highlight's last character (where a click at its end puts it),
    then Shift+Left twice: the selection began at that highlight, so Ctrl+B resizes it to
    its last two characters."""
    assert window.project is not None
    annotation_id, start, end = innermost_alone(window)
    assert end - start > 2
    window.annotations_panel.clearSelection()
    caret_at(window, end)
    assert annotation_id not in window.reader.annotations_at_cursor()
    press(qtbot, Qt.Key.Key_Left, SHIFT)
    press(qtbot, Qt.Key.Key_Left, SHIFT)
    assert window.reader.selected_span() == (end - 2, end)
    press(qtbot, Qt.Key.Key_B, CTRL)
    after = markup.get_annotation(window.project, annotation_id)
    text = window.reader.text
    assert after.quote == text[end - 2 : end].strip()
    assert after.end == len(text[:end].rstrip())

"""The one place where code points meet Qt's UTF-16: selections, highlights and hover, with
astral characters (emoji, mathematical letters, flags) before and inside spans, and CRLF."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QToolTip

from desktop_app.domain.model import CodeKind
from desktop_app.gui.highlights import Span
from desktop_app.gui.reader import ReaderView

TEXT = "𝔸𝔹 🇺🇦 Zelensky: «никаких уступок» 😡\r\nPutin 👇 set 🧾 conditions.\nEnd."


def utf16(text: str, code_points: int) -> int:
    return len(text[:code_points].encode("utf-16-le")) // 2


@pytest.fixture
def reader(qtbot: object) -> ReaderView:
    view = ReaderView()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(700, 400)
    view.show()
    view.show_source(1, TEXT)
    return view


def test_document_has_one_position_per_utf16_unit_even_with_crlf(reader: ReaderView) -> None:
    # QTextDocument would fold "\r\n" into one separator; the reader keeps every unit.
    assert reader.document().characterCount() - 1 == len(TEXT.encode("utf-16-le")) // 2


@pytest.mark.parametrize(
    "word", ["Zelensky", "никаких уступок", "Putin 👇 set", "conditions", "End"]
)
def test_selection_in_qt_units_reads_back_as_code_points(reader: ReaderView, word: str) -> None:
    start = TEXT.index(word)
    end = start + len(word)
    cursor = QTextCursor(reader.document())
    cursor.setPosition(utf16(TEXT, start))
    cursor.setPosition(utf16(TEXT, end), QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    assert reader.selected_span() == (start, end)
    assert cursor.selectedText().replace("\u2029", "\n") == TEXT[start:end]
    reader.select_span(start, end)
    assert reader.textCursor().selectionStart() == utf16(TEXT, start)
    assert reader.textCursor().selectionEnd() == utf16(TEXT, end)


def test_a_selection_ending_inside_a_surrogate_pair_takes_the_whole_character(
    reader: ReaderView,
) -> None:
    emoji = TEXT.index("😡")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(utf16(TEXT, emoji - 2))
    cursor.setPosition(utf16(TEXT, emoji) + 1, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    assert reader.selected_span() == (emoji - 2, emoji + 1)


def test_highlight_rectangles_start_where_qt_draws_the_span(reader: ReaderView) -> None:
    start = TEXT.index("conditions")
    reader.set_spans([Span(7, start, start + len("conditions"), "#3b7dd8")])
    (rect,) = reader.span_rects(start, start + len("conditions"))
    cursor = QTextCursor(reader.document())
    cursor.setPosition(utf16(TEXT, start))
    assert abs(rect.left() - reader.cursorRect(cursor).left()) <= 2
    cursor.setPosition(utf16(TEXT, start + len("conditions")))
    assert abs(rect.right() - reader.cursorRect(cursor).left()) <= 2
    reader.viewport().repaint()  # paints without error with the span on screen
    assert reader.span_rects(start, start + len("conditions")) == [rect]  # remembered: same


def test_remembered_rectangles_follow_a_narrower_window(reader: ReaderView) -> None:
    start = TEXT.index("conditions")
    end = start + len("conditions")
    reader.set_spans([Span(7, start, end, "#3b7dd8")])
    reader.viewport().repaint()
    before = reader.span_rects(start, end)
    reader.resize(reader.width() // 3, reader.height())
    QApplication.processEvents()
    cursor = QTextCursor(reader.document())
    cursor.setPosition(utf16(TEXT, end))
    after = reader.span_rects(start, end)
    assert after and abs(after[-1].right() - reader.cursorRect(cursor).left()) <= 2
    assert after != before


def test_hover_shows_the_codes_of_every_span_under_the_mouse(reader: ReaderView) -> None:
    start = TEXT.index("Putin")
    reader.set_spans([Span(1, start, start + 15, "#3b7dd8"), Span(2, start, start + 5, "#2e9d5b")])
    reader.describe = lambda annotation_id: f"<b>annotation {annotation_id}</b>"
    cursor = QTextCursor(reader.document())
    cursor.setPosition(utf16(TEXT, start + 2))
    point = reader.cursorRect(cursor).center()
    event = QHelpEvent(QEvent.Type.ToolTip, point, reader.viewport().mapToGlobal(point))
    QApplication.sendEvent(reader.viewport(), event)
    assert "annotation 2" in QToolTip.text() and "annotation 1" in QToolTip.text()
    assert QToolTip.text().index("annotation 2") < QToolTip.text().index("annotation 1")
    QToolTip.hideText()


def test_c_s_r_and_digits_are_requests_but_ctrl_c_still_copies(
    qtbot: object, reader: ReaderView
) -> None:
    kinds: list[CodeKind] = []
    numbers: list[int] = []
    reader.mark_requested.connect(kinds.append)
    reader.recent_requested.connect(numbers.append)
    for key in (Qt.Key.Key_C, Qt.Key.Key_S, Qt.Key.Key_R, Qt.Key.Key_4):
        qtbot.keyClick(reader, key)  # type: ignore[attr-defined]
    reader.select_span(TEXT.index("Putin"), TEXT.index("Putin") + 5)
    qtbot.keyClick(reader, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert kinds == [CodeKind.CONDITION, CodeKind.SPEAKER, CodeKind.REACTION]
    assert numbers == [4]
    assert QApplication.clipboard().text() == "Putin"


def test_position_at_maps_a_point_back_to_code_points(reader: ReaderView) -> None:
    target = TEXT.index("conditions") + 3
    cursor = QTextCursor(reader.document())
    cursor.setPosition(utf16(TEXT, target))
    rect = reader.cursorRect(cursor)
    assert reader.position_at(QPoint(rect.left() + 1, rect.center().y())) == target


def test_keyboard_alone_can_select_text(qtbot: object, reader: ReaderView) -> None:
    reader.setFocus()
    reader.moveCursor(QTextCursor.MoveOperation.Start)
    for _ in range(2):  # two astral letters: two key presses, four UTF-16 units
        qtbot.keyClick(reader, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert reader.selected_span() == (0, 2)

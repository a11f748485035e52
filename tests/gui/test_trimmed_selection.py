"""A selection that takes the blanks around the words is stored without them, whichever key
marks it (issue 13, item 6): the highlight and the list show the trimmed span at once."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow
from desktop_app.services import markup
from tests.gui.conftest import type_text
from tests.gui.test_markup import paste_source

TEXT = "🔴 Live feed, 14 June\n  Kyiv must withdraw troops.  \nПодоляк ответил.\n"


def select_with_keys(qtbot: object, window: MainWindow, start: int) -> None:
    """Put the caret at ``start`` and extend the selection to the start of the next line but
    one with Shift+Down, Shift+End, Shift+Right, as a keyboard user does — which takes the line
    breaks and indents along."""
    reader = window.reader
    reader.setFocus()
    cursor = reader.textCursor()
    cursor.setPosition(start + 1)  # UTF-16: the emoji before it counts two
    reader.setTextCursor(cursor)
    for key in (Qt.Key.Key_Down, Qt.Key.Key_End, Qt.Key.Key_Right):
        qtbot.keyClick(reader, key, Qt.KeyboardModifier.ShiftModifier)  # type: ignore[attr-defined]
    assert reader.textCursor().hasSelection()


def test_keys_and_popup_store_the_selection_without_its_blanks(
    qtbot: object, window: MainWindow
) -> None:
    source_id = paste_source(window, TEXT)
    line_end = TEXT.index("\n")  # caret at the end of the first line: the selection starts
    select_with_keys(qtbot, window, line_end)  # with a line break and two spaces
    selected = window.reader.selected_span()
    assert selected is not None
    assert window.reader.text[selected[0] : selected[1]] == "\n  Kyiv must withdraw troops.  \n"
    qtbot.keyClick(window.reader, Qt.Key.Key_C)  # type: ignore[attr-defined]
    popup = window.markup.popup
    assert popup is not None
    type_text(popup.edit, "withdr")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.project is not None
    (stored,) = markup.list_annotations(window.project, [source_id])
    kyiv = TEXT.index("Kyiv")
    assert (stored.start, stored.end) == (kyiv, TEXT.index("troops.") + len("troops."))
    assert stored.quote == "Kyiv must withdraw troops."
    (span,) = window.reader.spans()
    assert (span.start, span.end) == (stored.start, stored.end)
    assert window.annotations_panel.model_.annotation(0).quote == stored.quote

    # The recent-code key: from the end of "troops." over the trailing blanks and the next line.
    after = TEXT.index("troops.") + len("troops.")
    select_with_keys(qtbot, window, after)
    qtbot.keyClick(window.reader, Qt.Key.Key_1)  # type: ignore[attr-defined]
    quotes = [a.quote for a in markup.list_annotations(window.project, [source_id])]
    assert quotes[-1] == "Подоляк ответил."

"""What the key-press path asks of the database, pinned (issue 14, item 3). Statement counts are
deterministic: a change that makes a keystroke read the codebook again, or a mark-up read its
annotation in a transaction of its own, fails here. ``bench/bench_keypress.py`` prints them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import type_text
from tests.gui.test_markup import EMOJI_TEXT, paste_source, select_by_qt_units
from tests.sqlcount import counting


def select_word(window: MainWindow, word: str) -> None:
    start = window.reader.text.index(word)
    select_by_qt_units(window, start, start + len(word))
    window.reader.setFocus()


def test_the_popup_and_a_recent_code_key_ask_only_what_they_use(
    qtbot: object, window: MainWindow
) -> None:
    paste_source(window, EMOJI_TEXT)
    window.router.flush()
    assert window.project is not None
    engine = window.project.database.engine
    select_word(window, "Kyiv")
    with counting(engine) as opening:
        qtbot.keyClick(window.reader, Qt.Key.Key_C)  # type: ignore[attr-defined]
    popup = window.markup.popup
    assert popup is not None and popup.isVisible()
    with counting(engine) as typing:
        type_text(popup.edit, "withdr")
    assert popup.list.currentItem().text() == "Withdrawal from four regions"
    assert (len(opening.statements), opening.transactions) == (0, 0)
    assert (len(typing.statements), typing.transactions) == (0, 0)

    with counting(engine) as marking:
        qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    # The coder's row is made with the first change of a session; the mark-up itself: check
    # the span and the codes (one read), write the annotation, its coding and the feed entry,
    # and read it back once, for the result and the views (one write).
    assert marking.transactions == 2, marking.statements
    window.router.flush()

    select_word(window, "troops")
    with counting(engine) as pressing:
        qtbot.keyClick(window.reader, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert (len(pressing.statements), pressing.transactions) == (7, 2), pressing.statements
    inserts = [s.split()[2] for s in pressing.statements if s.startswith("INSERT")]
    assert inserts == ["annotations", "annotation_codes", "changes"]
    made = [a for a in window.annotations_panel.model_.annotations() if a.quote == "troops"]
    assert len(made) == 1  # listed, and highlighted, from the operation's own read
    assert window.reader.span(made[0].id) is not None

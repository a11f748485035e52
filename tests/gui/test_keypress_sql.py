"""What the key-press path asks of the database, pinned (issue 14, item 3). Statement counts are
deterministic: a change that makes a keystroke read the codebook again, or a mark-up read its
annotation in a transaction of its own, fails here. ``bench/bench_keypress.py`` prints them."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow
from desktop_app.services import codebook, markup, sources
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
    # The coder's row is made with the first change of a session; the mark-up itself, in one
    # write transaction: check the span and the codes, write the annotation, its coding and
    # the feed entry, and read it back once (one statement), for the result and the views.
    assert marking.transactions == 1, marking.statements
    window.router.flush()

    select_word(window, "troops")
    with counting(engine) as pressing:
        qtbot.keyClick(window.reader, Qt.Key.Key_1)  # type: ignore[attr-defined]
    assert (len(pressing.statements), pressing.transactions) == (6, 1), pressing.statements
    inserts = [s.split()[2] for s in pressing.statements if s.startswith("INSERT")]
    assert inserts == ["annotations", "annotation_codes", "changes"]
    made = [a for a in window.annotations_panel.model_.annotations() if a.quote == "troops"]
    assert len(made) == 1  # listed, and highlighted, from the operation's own read
    assert window.reader.span(made[0].id) is not None

    # The deferred refresh (codebook counts, the source's row) asks nothing: the counts move
    # by what the operation's own rows say — and agree with the database.
    with counting(engine) as refreshing:
        window.router.flush()
    assert (len(refreshing.statements), refreshing.transactions) == (0, 0), refreshing.statements
    assert_counts_match_the_database(window)


def assert_counts_match_the_database(window: MainWindow) -> None:
    assert window.project is not None
    source_id = window.reader.source_id
    assert source_id is not None
    stored_codes = {c.id: c.annotation_count for c in codebook.list_codes(window.project)}
    assert {c.id: c.annotation_count for c in window.codes.values()} == stored_codes
    shown = window.sources_panel.source(source_id)
    assert shown is not None
    assert shown.annotation_count == sources.get_source(window.project, source_id).annotation_count
    assert shown.annotation_count == len(markup.list_annotations(window.project, [source_id]))


def test_counts_kept_from_change_sets_stay_right_through_marking_deleting_and_undo(
    qtbot: object, window: MainWindow
) -> None:
    """Marking adds to the held counts, deleting takes away, undo (not read back) counts
    again: after each, the codebook and the source list say what the database says."""
    paste_source(window, EMOJI_TEXT)
    window.router.flush()
    select_word(window, "Kyiv")
    qtbot.keyClick(window.reader, Qt.Key.Key_C)  # type: ignore[attr-defined]
    popup = window.markup.popup
    assert popup is not None
    type_text(popup.edit, "withdr")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    window.router.flush()
    assert_counts_match_the_database(window)
    for word in ("troops", "regions"):
        select_word(window, word)
        qtbot.keyClick(window.reader, Qt.Key.Key_1)  # type: ignore[attr-defined]
    window.router.flush()
    assert_counts_match_the_database(window)
    withdrawal = next(c for c in window.codes.values() if c.name.startswith("Withdrawal"))
    assert withdrawal.annotation_count >= 3
    # Delete one from the list (a removal: counts go down), then undo it (not read back: the
    # window counts again) and undo a mark-up too.
    panel = window.annotations_panel
    panel.setFocus()
    panel.select_annotation(next(a.id for a in panel.model_.annotations() if a.quote == "troops"))
    qtbot.keyClick(panel, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    window.router.flush()
    assert_counts_match_the_database(window)
    assert window.codes[withdrawal.id].annotation_count == withdrawal.annotation_count - 1
    for _ in range(2):
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
        window.router.flush()
        assert_counts_match_the_database(window)

"""Mark-up through the real window: select by offsets in a source with emoji before the span,
press C / S / R, pick in the popup, Enter; then undo, redo, edit and delete."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import CodeKind
from desktop_app.gui.dialogs.annotation_dialog import AnnotationDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.markup_popup import MarkupPopup
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project
from tests.gui.conftest import type_text

EMOJI_TEXT = (
    "Live 🔴👇 feed 𝔸 — 14 June\n"
    "🇷🇺 Путин заявил: Kyiv must withdraw 🪖 troops from four regions.\n"
    "Подоляк ответил, что это «не мирное предложение» 😡.\n"
)


def utf16(text: str, code_points: int) -> int:
    return len(text[:code_points].encode("utf-16-le")) // 2


def paste_source(window: MainWindow, text: str) -> int:
    """Make a source through Paste as New Source, the way an analyst would."""
    QApplication.clipboard().setText(text)
    window.commands.paste_source.trigger()
    assert window.reader.source_id is not None
    return window.reader.source_id


def select_by_qt_units(window: MainWindow, start: int, end: int) -> None:
    """Select like a mouse would: Qt positions (UTF-16), computed here independently."""
    text = window.reader.text
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(utf16(text, start))
    cursor.setPosition(utf16(text, end), QTextCursor.MoveMode.KeepAnchor)
    window.reader.setTextCursor(cursor)


def press_and_pick(qtbot: object, window: MainWindow, key: Qt.Key, typed: str) -> MarkupPopup:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, key)  # type: ignore[attr-defined]
    popup = window.markup.popup
    assert popup is not None and popup.isVisible()
    type_text(popup.edit, typed)
    return popup


def select_row(panel: object, row: int) -> None:
    """Select one row as a click would (selectRow() honours modifier keys Qt believes are
    still held after an earlier test's Ctrl+Shift+Z, and would toggle instead)."""
    annotation = panel.model_.annotation(row)  # type: ignore[attr-defined]
    assert panel.select_annotation(annotation.id, notify=True)  # type: ignore[attr-defined]


def stored(project: Project, source_id: int) -> list[tuple[int, int, str, set[str]]]:
    names = {c.id: c.name for c in codebook.list_codes(project)}
    return [
        (a.start, a.end, a.quote, {names[c] for c in a.code_ids})
        for a in markup.list_annotations(project, [source_id])
    ]


def test_c_s_r_through_the_popup_store_exact_code_point_spans(
    qtbot: object, window: MainWindow
) -> None:
    source_id = paste_source(window, EMOJI_TEXT)
    text = sources.get_text(window.project, source_id)  # type: ignore[arg-type]
    assert text == window.reader.text
    start = text.index("Kyiv must")
    end = text.index("regions.") + len("regions")
    assert text[:start].count("🔴") == 1  # astral characters before the span...
    assert "🪖" in text[start:end]  # ...and inside it

    select_by_qt_units(window, start, end)
    assert window.reader.selected_span() == (start, end)
    popup = press_and_pick(qtbot, window, Qt.Key.Key_C, "withdr")
    assert popup.list.currentItem().text() == "Withdrawal from four regions"
    qtbot.keyClick(popup.edit, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    type_text(popup.edit, "путин")
    assert popup.list.currentItem().text().startswith("Vladimir Putin")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert not popup.isVisible()

    assert (
        stored(window.project, source_id)
        == [  # type: ignore[arg-type]
            (start, end, text[start:end], {"Withdrawal from four regions", "Vladimir Putin"})
        ]
    )
    # Shown at once: in the reader's highlights and in the list, at the same code points.
    (span,) = window.reader.spans()
    assert (span.start, span.end) == (start, end)
    assert window.annotations_panel.model_.rowCount() == 1
    # The painted highlight begins where Qt draws the first character of the span.
    rects = window.reader.span_rects(start, end)
    cursor = QTextCursor(window.reader.document())
    cursor.setPosition(utf16(text, start))
    assert abs(rects[0].left() - window.reader.cursorRect(cursor).left()) <= 2

    # S on a speaker's name found by an alias in another script.
    s_start = text.index("Подоляк")
    select_by_qt_units(window, s_start, s_start + len("Подоляк"))
    popup = press_and_pick(qtbot, window, Qt.Key.Key_S, "podoli")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    # R with a stance and a second code chosen with Tab.
    r_start = text.index("«")
    r_end = text.index("»") + 1
    select_by_qt_units(window, r_start, r_end)
    popup = press_and_pick(qtbot, window, Qt.Key.Key_R, "rej")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    type_text(popup.edit, "Подоляк")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    assert (
        stored(window.project, source_id)
        == [  # type: ignore[arg-type]
            (start, end, text[start:end], {"Withdrawal from four regions", "Vladimir Putin"}),
            (s_start, s_start + 7, "Подоляк", {"Mykhailo Podolyak"}),
            (r_start, r_end, "«не мирное предложение»", {"Rejects", "Mykhailo Podolyak"}),
        ]
    )
    assert len(window.reader.spans()) == 3


def test_popup_creates_a_missing_code_under_the_pressed_kind(
    qtbot: object, window: MainWindow
) -> None:
    source_id = paste_source(window, EMOJI_TEXT)
    text = window.reader.text
    start = text.index("four regions")
    select_by_qt_units(window, start, start + len("four regions"))
    popup = press_and_pick(qtbot, window, Qt.Key.Key_C, "Four-region formula")
    assert popup.list.currentItem().text().startswith("Create “Four-region formula”")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    created = codebook.find_codes(window.project, "Four-region formula")[0]  # type: ignore[arg-type]
    assert created.kind == CodeKind.CONDITION
    assert created.parent_id == codebook.root_of_kind(window.project, CodeKind.CONDITION).id  # type: ignore[arg-type]
    assert stored(window.project, source_id)[0][3] == {"Four-region formula"}  # type: ignore[arg-type]


def test_escape_cancels_and_nothing_is_stored(qtbot: object, window: MainWindow) -> None:
    source_id = paste_source(window, EMOJI_TEXT)
    select_by_qt_units(window, 30, 40)
    popup = press_and_pick(qtbot, window, Qt.Key.Key_C, "withdr")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Escape)  # type: ignore[attr-defined]
    assert stored(window.project, source_id) == []  # type: ignore[arg-type]
    assert window.reader.spans() == []


def test_pressing_c_without_a_selection_explains_and_opens_nothing(
    qtbot: object, window: MainWindow
) -> None:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_C)  # type: ignore[attr-defined]
    assert window.markup.popup is None
    assert "Select some text" in window.statusBar().currentMessage()


def test_recent_codes_apply_with_number_keys(qtbot: object, window: MainWindow) -> None:
    source_id = paste_source(window, EMOJI_TEXT)
    text = window.reader.text
    first = text.index("Путин")
    select_by_qt_units(window, first, first + 5)
    popup = press_and_pick(qtbot, window, Qt.Key.Key_S, "putin")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert "1 Vladimir Putin" in [a.iconText() for a in window.recent_bar.actions()]
    second = text.index("Kyiv")
    select_by_qt_units(window, second, second + 4)
    qtbot.keyClick(window.reader, Qt.Key.Key_1)  # type: ignore[attr-defined]
    spans = [(s, e, codes) for s, e, _q, codes in stored(window.project, source_id)]  # type: ignore[arg-type]
    assert spans == [
        (first, first + 5, {"Vladimir Putin"}),
        (second, second + 4, {"Vladimir Putin"}),
    ]
    qtbot.keyClick(window.reader, Qt.Key.Key_7)  # type: ignore[attr-defined]
    assert "No recent code 7" in window.statusBar().currentMessage()


def test_undo_and_redo_name_the_change_and_update_every_view(
    qtbot: object, window: MainWindow
) -> None:
    source_id = window.reader.source_id
    assert source_id is not None
    before = stored(window.project, source_id)  # type: ignore[arg-type]
    text = window.reader.text
    start = text.index("ceasefire")
    select_by_qt_units(window, start, start + len("ceasefire"))
    popup = press_and_pick(qtbot, window, Qt.Key.Key_C, "sanctions")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert len(stored(window.project, source_id)) == len(before) + 1  # type: ignore[arg-type]
    undo = window.commands.undo
    assert undo.isEnabled()
    assert undo.text() == "&Undo Mark “ceasefire” as Lifting of Western sanctions"

    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert stored(window.project, source_id) == before  # type: ignore[arg-type]
    assert all(s.start != start for s in window.reader.spans())
    assert window.commands.redo.text() == "&Redo Mark “ceasefire” as Lifting of Western sanctions"

    qtbot.keyClick(  # type: ignore[attr-defined]
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert len(stored(window.project, source_id)) == len(before) + 1  # type: ignore[arg-type]
    assert any(s.start == start for s in window.reader.spans())
    qtbot.wait(1)  # let the deferred refresh run
    window.router.flush()
    sanctions = next(
        c for c in window.codebook_panel.codes() if c.name == "Lifting of Western sanctions"
    )
    assert sanctions.annotation_count == 3


def test_delete_from_the_list_and_undo_brings_it_back(qtbot: object, window: MainWindow) -> None:
    source_id = window.reader.source_id
    assert source_id is not None
    before = stored(window.project, source_id)  # type: ignore[arg-type]
    panel = window.annotations_panel
    panel.setFocus()
    select_row(panel, 1)
    doomed = panel.selected_ids()
    qtbot.keyClick(panel, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert len(stored(window.project, source_id)) == len(before) - 1  # type: ignore[arg-type]
    assert panel.model_.row_of(doomed[0]) is None
    assert window.reader.span(doomed[0]) is None
    window.undo()
    assert stored(window.project, source_id) == before  # type: ignore[arg-type]
    assert panel.model_.row_of(doomed[0]) is not None


def test_selecting_an_annotation_in_the_list_scrolls_the_reader_to_it(
    qtbot: object, window: MainWindow
) -> None:
    panel = window.annotations_panel
    last = panel.model_.rowCount() - 1
    annotation = panel.model_.annotation(last)
    window.reader.verticalScrollBar().setValue(0)
    panel.setFocus()
    select_row(panel, last)
    low, high = window.reader.visible_range()
    assert low <= annotation.start < high


@pytest.mark.parametrize("change", ["note", "bounds", "codes"])
def test_edit_dialog_changes_note_bounds_and_codes_in_one_undo(
    qtbot: object, window: MainWindow, change: str
) -> None:
    annotation = window.annotations_panel.model_.annotation(1)
    window.annotations_panel.setFocus()
    select_row(window.annotations_panel, 1)
    qtbot.keyClick(window.annotations_panel, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    dialog = window.markup.dialog
    assert isinstance(dialog, AnnotationDialog) and dialog.isVisible()
    if change == "note":
        dialog.note.setPlainText("Checked against the Kremlin transcript.")
    elif change == "bounds":
        dialog.start.setValue(annotation.start + 1)
        dialog.end.setValue(annotation.end - 1)
    else:
        dialog.code_list.setCurrentRow(dialog.code_list.count() - 1)
        dialog._remove_code()
    dialog.accept()
    after = markup.get_annotation(window.project, annotation.id)  # type: ignore[arg-type]
    text = window.reader.text
    if change == "note":
        assert after.note == "Checked against the Kremlin transcript."
    elif change == "bounds":
        assert (after.start, after.end) == (annotation.start + 1, annotation.end - 1)
        assert after.quote == text[after.start : after.end]
        assert window.reader.span(annotation.id).start == annotation.start + 1  # type: ignore[union-attr]
    else:
        assert len(after.code_ids) == len(annotation.code_ids) - 1
    assert window.commands.undo.text().startswith("&Undo Edit “")
    window.undo()
    assert markup.get_annotation(window.project, annotation.id) == annotation  # type: ignore[arg-type]


def test_link_a_reaction_to_what_it_answers(qtbot: object, window: MainWindow) -> None:
    from desktop_app.gui.dialogs.pick_dialog import PickDialog

    model = window.annotations_panel.model_
    reaction = next(
        a
        for a in model.annotations()
        if any(window.code(c).kind == CodeKind.REACTION for c in a.code_ids)  # type: ignore[union-attr]
    )
    target = model.annotation(0)
    window.markup.link(reaction.id)
    dialog = window.markup.dialog
    assert isinstance(dialog, PickDialog)
    assert dialog.choose(target.id)
    dialog.accept()
    links = markup.list_links(window.project, [reaction.id])  # type: ignore[arg-type]
    assert any(lk.from_id == reaction.id and lk.to_id == target.id for lk in links)
    assert "↳" in model.data(model.index(model.row_of(reaction.id), 0))  # type: ignore[arg-type]


def test_bounds_to_selection(qtbot: object, window: MainWindow) -> None:
    annotation = window.annotations_panel.model_.annotation(2)
    select_by_qt_units(window, annotation.start, annotation.end + 5)
    window.markup.bounds_to_selection(annotation.id)
    after = markup.get_annotation(window.project, annotation.id)  # type: ignore[arg-type]
    assert (after.start, after.end) == (annotation.start, annotation.end + 5)


def test_sample_window_has_everything_marked(window: MainWindow, sample_path: Path) -> None:
    assert window.windowTitle().startswith("Sample project — ")
    assert str(sample_path) in window.windowTitle()
    assert len(window.sources_panel.sources()) == 2
    assert window.annotations_panel.model_.rowCount() > 5
    assert "annotations · all changes stored" in window.counts_label.text()


def test_codebook_counts_follow_mark_up_and_its_undo(window: MainWindow) -> None:
    project = window.project
    assert project is not None and window.reader.source_id is not None
    sanctions = next(c for c in window.codes.values() if c.name == "Lifting of Western sanctions")
    item = window.codebook_panel.tree.findItems(
        sanctions.name, Qt.MatchFlag.MatchStartsWith | Qt.MatchFlag.MatchRecursive
    )[0]
    shown_before = item.text(1)
    text = window.reader.text
    start = text.index(" ") + 1
    markup.annotate(project, window.reader.source_id, start, start + 5, [sanctions.id])
    window.router.flush()
    assert item.text(1) == str(sanctions.annotation_count + 1)
    assert window.codes[sanctions.id].annotation_count == sanctions.annotation_count + 1
    window.undo()
    window.router.flush()
    assert item.text(1) == shown_before
    assert window.codes[sanctions.id] == codebook.get_code(project, sanctions.id)

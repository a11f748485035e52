"""The Suggestions tab driven with the keyboard, as a person does: the sample opens with its
suggestions computed in the background; Enter accepts (one undo step), Delete rejects
(undoable, remembered), E edits before accepting, J/K and the arrows move and the reader
follows; filters; "Accept All Shown" asks first with the count; ghosts in the reader."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.suggestions import Suggestion
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.annotation_dialog import AnnotationDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import markup
from desktop_app.services import suggestions as review
from tests.gui.conftest import active_dialog

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 30_000  # the engine reads the sample on a worker; a loaded machine may be slow


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: object, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key to the focused widget, then what the window does once the event is over (the
    list catches up with the change the key made)."""
    qtbot.keyClick(focused(), key, modifiers)  # type: ignore[attr-defined]
    QApplication.processEvents()


@pytest.fixture
def ready(qtbot: object, window: MainWindow) -> MainWindow:
    """The sample with its suggestions computed, the keyboard in the Suggestions list."""
    qtbot.waitUntil(lambda: window.suggestions.book.ready, timeout=WAIT_MS)  # type: ignore[attr-defined]
    window.activateWindow()
    window.reader.setFocus()
    press(qtbot, Qt.Key.Key_6, CTRL)
    assert focused() is window.suggestions.panel.list
    assert window.tabs.currentWidget() is window.suggestions.panel
    return window


def add_code_in_dialog(qtbot: object, dialog: AnnotationDialog, name: str) -> None:
    """Add Code… in the dialog, the name typed in its popup, Enter."""
    from PySide6.QtWidgets import QPushButton

    from desktop_app.gui.markup_popup import MarkupPopup
    from tests.gui.conftest import type_text

    add = next(b for b in dialog.findChildren(QPushButton) if b.text() == "&Add Code…")
    add.click()
    popup = QApplication.activePopupWidget()
    assert isinstance(popup, MarkupPopup)
    type_text(popup.edit, name)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]


def listed(window: MainWindow) -> list[Suggestion]:
    return window.suggestions.panel.model_.suggestions()


def current(window: MainWindow) -> Suggestion:
    found = window.suggestions.panel.current()
    assert found is not None
    return found


def annotations(window: MainWindow) -> list[tuple[int, int, int, tuple[int, ...], str]]:
    assert window.project is not None
    return [
        (a.source_id, a.start, a.end, a.code_ids, a.origin)
        for a in markup.list_annotations(window.project)
    ]


def test_the_sample_opens_with_suggestions_counted_and_drawn_as_ghosts(ready: MainWindow) -> None:
    window = ready
    here = listed(window)
    assert here and all(s.source_id == window.reader.source_id for s in here)
    counts = window.suggestions.status.text()
    assert counts.startswith(f"{len(here)} suggestion") and "in all" in counts
    assert window.suggestions.panel.summary.text() == f"{len(here)} suggestions in this source"
    ghosts = window.reader.ghosts()
    assert sorted((s.start, s.end) for s in here) == [(g[0], g[1]) for g in ghosts]
    # Not spans: nothing a ghost stands for is an annotation.
    assert not {(g[0], g[1]) for g in ghosts} & {(s.start, s.end) for s in window.reader.spans()}
    assert window.reader.current_ghost == (current(window).start, current(window).end)
    window.reader.grab()  # paints the ghosts


def test_enter_accepts_and_ctrl_z_takes_it_back(qtbot: object, ready: MainWindow) -> None:
    window = ready
    before = annotations(window)
    first, second = listed(window)[:2]
    assert current(window) == first
    press(qtbot, Qt.Key.Key_Return)
    made = [a for a in annotations(window) if a not in before]
    assert made == [
        (first.source_id, first.start, first.end, first.code_ids, review.origin_of(first))
    ]
    assert first not in listed(window)  # covered now: no longer proposed
    assert current(window) == second  # the next one is current, the list keeps the keys
    assert focused() is window.suggestions.panel.list
    assert window.commands.undo.text().startswith("&Undo Accept")
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert annotations(window) == before
    assert first in listed(window)


def test_delete_rejects_it_for_good_and_undo_brings_it_back(
    qtbot: object, ready: MainWindow
) -> None:
    window = ready
    before = annotations(window)
    first = current(window)
    press(qtbot, Qt.Key.Key_Delete)
    assert first not in listed(window)
    assert annotations(window) == before  # rejecting marks nothing
    assert (first.start, first.end) not in {(g[0], g[1]) for g in window.reader.ghosts()}
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert first in listed(window)
    # Remembered in the project: closed, opened again and read afresh, still not shown.
    window.suggestions.focus()
    press(qtbot, Qt.Key.Key_K)  # back up to it
    assert current(window) == first
    press(qtbot, Qt.Key.Key_Delete)
    assert window.project is not None and window.project.path is not None
    path = window.project.path
    window.close_project()
    assert window.open_project(path)
    qtbot.waitUntil(lambda: window.suggestions.book.ready, timeout=WAIT_MS)  # type: ignore[attr-defined]
    assert listed(window) and first not in listed(window)


def test_e_edits_bounds_and_codes_before_accepting(qtbot: object, ready: MainWindow) -> None:
    window = ready
    before = annotations(window)
    first = current(window)
    press(qtbot, Qt.Key.Key_E)
    dialog = active_dialog(AnnotationDialog)
    assert isinstance(dialog, AnnotationDialog)
    assert dialog.windowTitle() == "Accept Suggestion"
    assert (dialog.start.value(), dialog.end.value()) == (first.start, first.end)
    assert dialog.code_ids() == list(first.code_ids)
    other = next(c for c in window.codes.values() if not c.is_root and c.id not in first.code_ids)
    add_code_in_dialog(qtbot, dialog, other.name)
    assert dialog.code_ids() == [*first.code_ids, other.id]
    dialog.end.setFocus()
    dialog.end.selectAll()
    qtbot.keyClicks(dialog.end, str(first.end + 4))  # type: ignore[attr-defined]
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    QApplication.processEvents()
    assert not dialog.isVisible()
    made = [a for a in annotations(window) if a not in before]
    assert len(made) == 1
    source_id, start, end, codes, origin = made[0]
    assert (source_id, start) == (first.source_id, first.start)
    assert first.end < end <= first.end + 4  # trimmed of a blank at the end, if any
    assert set(codes) == {*first.code_ids, other.id}
    assert origin == review.origin_of(first)
    window.activateWindow()  # as the window manager does once the dialog has gone
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: QApplication.focusWidget() is window.suggestions.panel.list
    )
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert annotations(window) == before


def test_j_k_and_arrows_move_and_the_reader_follows(qtbot: object, ready: MainWindow) -> None:
    window = ready
    first, second, third = listed(window)[:3]
    press(qtbot, Qt.Key.Key_J)
    assert current(window) == second
    assert window.reader.current_ghost == (second.start, second.end)
    press(qtbot, Qt.Key.Key_Down)
    assert current(window) == third
    press(qtbot, Qt.Key.Key_K)
    press(qtbot, Qt.Key.Key_Up)
    assert current(window) == first
    # All sources: moving on to another source's suggestion opens it in the reader.
    panel = window.suggestions.panel
    panel.scope.setCurrentIndex(1)
    everywhere = listed(window)
    elsewhere = next(s for s in everywhere if s.source_id != window.reader.source_id)
    panel.list.setFocus()
    for _ in range(everywhere.index(elsewhere) - everywhere.index(current(window))):
        press(qtbot, Qt.Key.Key_J)
    assert current(window) == elsewhere
    assert window.reader.source_id == elsewhere.source_id
    assert window.reader.current_ghost == (elsewhere.start, elsewhere.end)


def test_filters_by_kind_code_and_order(ready: MainWindow) -> None:
    window = ready
    panel = window.suggestions.panel
    panel.scope.setCurrentIndex(1)
    everything = listed(window)
    code_id = everything[-1].code_ids[0]
    panel.code.setCurrentIndex(panel.code.findData(code_id))
    assert listed(window) and all(code_id in s.code_ids for s in listed(window))
    assert len(listed(window)) < len(everything)
    panel.code.setCurrentIndex(0)
    panel.kind.setCurrentIndex(panel.kind.findData("statement"))
    assert all(s.kind == "statement" for s in listed(window))
    panel.kind.setCurrentIndex(panel.kind.findData("mention"))
    mentions = listed(window)
    assert mentions and all(s.kind == "mention" for s in mentions)
    panel.order.setCurrentIndex(1)
    scores = [s.score for s in listed(window)]
    assert scores == sorted(scores, reverse=True) and sorted(listed(window), key=id) != []


def test_accept_all_shown_asks_with_the_count_and_is_one_undo(
    qtbot: object, ready: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = ready
    asked: list[tuple[str, str]] = []
    answer = [False]

    def confirm(_parent: object, _title: str, text: str, action: str) -> bool:
        asked.append((text, action))
        return answer[0]

    monkeypatch.setattr(prompts, "confirm", confirm)
    before = annotations(window)
    shown = [s for s in listed(window) if s.code_ids]
    window.suggestions.panel.accept_all.click()
    assert asked[0][1] == f"Accept {len(shown)}"
    assert asked[0][0].startswith(f"Accept {len(shown)} suggestions as annotations?")
    assert annotations(window) == before  # declined: nothing accepted
    answer[0] = True
    window.suggestions.panel.accept_all.click()
    QApplication.processEvents()
    assert len(annotations(window)) > len(before)
    assert not [s for s in listed(window) if s.code_ids]
    assert window.commands.undo.text() == f"&Undo Accept {len(shown)} suggestions"
    window.suggestions.panel.list.setFocus()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert annotations(window) == before


def test_marking_by_hand_costs_the_key_press_nothing_more_and_hides_what_it_covers(
    qtbot: object, ready: MainWindow
) -> None:
    from tests.gui.conftest import type_text
    from tests.sqlcount import counting

    window = ready
    assert window.project is not None
    first = next(s for s in listed(window) if s.kind == "mention")
    code = window.codes[first.code_ids[0]]
    window.reader.select_span(first.start, first.end)
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_S)  # type: ignore[attr-defined]
    popup = window.markup.popup
    assert popup is not None and popup.isVisible()
    type_text(popup.edit, code.name)
    with counting(window.project.database.engine) as marking:
        qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    # One write transaction (as tests/gui/test_keypress_sql pins): nothing for suggestions.
    assert marking.transactions == 1, marking.statements
    assert first in listed(window)  # not yet: once the key press is over
    QApplication.processEvents()
    assert first not in listed(window)
    assert (first.start, first.end) not in {(g[0], g[1]) for g in window.reader.ghosts()}


def test_an_imported_source_gets_its_suggestions_in_the_background(
    qtbot: object, ready: MainWindow
) -> None:
    from tests.builders import add_source

    window = ready
    assert window.project is not None
    book = window.suggestions.book
    before = {s.source_id: s for s in book.shown()}
    new_id = add_source(window.project, "Putin and Zelensky spoke.", "Wire", language="en")
    assert book.count([new_id]) == 0  # the window did not wait
    qtbot.waitUntil(lambda: book.count([new_id]) == 2, timeout=WAIT_MS)  # type: ignore[attr-defined]
    assert {s.source_id: s for s in book.shown() if s.source_id != new_id} == before
    assert "in all" in window.suggestions.status.text()


def test_enter_on_a_statement_without_its_speaker_asks_for_the_codes_first(
    qtbot: object, ready: MainWindow
) -> None:
    window = ready
    panel = window.suggestions.panel
    panel.scope.setCurrentIndex(1)
    panel.list.setFocus()
    speechless = next(s for s in listed(window) if not s.code_ids)
    while current(window) != speechless:
        press(qtbot, Qt.Key.Key_J)
    before = annotations(window)
    press(qtbot, Qt.Key.Key_Return)
    dialog = active_dialog(AnnotationDialog)
    assert isinstance(dialog, AnnotationDialog) and dialog.code_ids() == []
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert dialog.isVisible()  # no code yet: said so, nothing stored
    assert annotations(window) == before
    speaker = next(c.id for c in window.codes.values() if c.name == "Vladimir Putin")
    add_code_in_dialog(qtbot, dialog, "Vladimir Putin")
    assert dialog.code_ids() == [speaker]
    qtbot.keyClick(dialog.end, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    QApplication.processEvents()
    made = [a for a in annotations(window) if a not in before]
    assert [(a[1], a[2], a[3]) for a in made] == [(speechless.start, speechless.end, (speaker,))]
    assert speechless not in listed(window)

"""Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y reach the project from anywhere in the window unless the
focused field has typing of its own to undo; after a change the keyboard is the reader's again;
a mass mark-up asks first (issue 13, item 1). Keys go to whichever widget has the focus."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import markup
from tests.gui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: object, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    """A key press as the keyboard delivers it: to the widget that has the focus."""
    qtbot.keyClick(focused(), key, modifiers)  # type: ignore[attr-defined]


def count_marks(window: MainWindow) -> int:
    assert window.project is not None
    return len(markup.list_annotations(window.project))


def search_all(qtbot: object, window: MainWindow, query: str) -> None:
    press(qtbot, Qt.Key.Key_F, CTRL | SHIFT)
    assert focused() is window.search_panel.query
    panel = window.search_panel
    generation = panel._generation
    type_text(focused(), query)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: panel._generation > generation and panel.summary.text() != "Searching…"
    )
    assert panel.hits


def mark_all_as_speaker(qtbot: object, window: MainWindow, typed: str) -> None:
    """Mark All Hits As… › Speaker…, pick in the popup, Enter."""
    speaker = next(
        a for a in window.search_panel.mark_all.menu().actions() if a.text() == "Speaker…"
    )
    speaker.trigger()
    popup = window.markup.popup
    assert popup is not None and popup.isVisible()
    type_text(popup.edit, typed)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.markup.popup is None or not popup.isVisible()
    # The window manager gives the main window back its activation when a popup closes (the
    # offscreen platform leaves no window active: do what the window manager would).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]


@pytest.fixture
def shown(window: MainWindow) -> MainWindow:
    window.activateWindow()
    window.reader.setFocus()
    return window


def test_after_mark_all_the_reader_has_the_keys_and_ctrl_z_takes_the_marks_back(
    qtbot: object, shown: MainWindow
) -> None:
    window = shown
    before = count_marks(window)
    search_all(qtbot, window, "подоляк")
    mark_all_as_speaker(qtbot, window, "podoliak")
    marked = count_marks(window)
    assert window.commands.undo.text().startswith("&Undo Mark ")
    qtbot.waitUntil(lambda: focused() is window.reader)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert count_marks(window) < marked
    assert window.search_panel.query.text() == "подоляк"  # the query was left alone
    press(qtbot, Qt.Key.Key_Y, CTRL)
    assert count_marks(window) == marked
    assert count_marks(window) >= before


def test_a_field_without_typing_of_its_own_passes_undo_and_redo_to_the_project(
    qtbot: object, shown: MainWindow
) -> None:
    window = shown
    search_all(qtbot, window, "подоляк")
    mark_all_as_speaker(qtbot, window, "podoliak")
    marked = count_marks(window)
    qtbot.waitUntil(lambda: focused() is window.reader)  # type: ignore[attr-defined]
    # The search box as a fresh field: nothing typed in it to take back.
    window.search_panel.query.setText("")
    press(qtbot, Qt.Key.Key_F, CTRL)
    box = window.search_panel.query
    assert focused() is box and not box.isUndoAvailable()
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert count_marks(window) < marked
    qtbot.waitUntil(lambda: focused() is window.reader)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_F, CTRL)
    press(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert count_marks(window) == marked


def test_typing_in_the_search_box_is_undone_first(qtbot: object, shown: MainWindow) -> None:
    window = shown
    search_all(qtbot, window, "подоляк")
    mark_all_as_speaker(qtbot, window, "podoliak")
    marked = count_marks(window)
    qtbot.waitUntil(lambda: focused() is window.reader)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_F, CTRL)
    box = window.search_panel.query
    press(qtbot, Qt.Key.Key_End)
    type_text(box, "x")
    assert box.text() == "подолякx"
    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert box.text() == "подоляк"  # the field's own typing went first...
    assert count_marks(window) == marked  # ...and the project kept its marks
    assert focused() is box


def test_a_mass_mark_up_asks_first_saying_how_many(
    qtbot: object, shown: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown
    asked: list[tuple[str, str]] = []
    answer = [False]

    popups: list[object] = []

    def confirm(_parent: object, _title: str, text: str, action: str) -> bool:
        asked.append((text, action))
        popups.append(QApplication.activePopupWidget())
        return answer[0]

    monkeypatch.setattr(prompts, "confirm", confirm)
    search_all(qtbot, window, "the")
    hits = len(window.search_panel.hits)
    sources = len({h.source_id for h in window.search_panel.hits})
    assert hits > 100
    before = count_marks(window)
    mark_all_as_speaker(qtbot, window, "putin")
    qtbot.waitUntil(lambda: bool(asked))  # type: ignore[attr-defined]
    assert popups == [None]  # asked once the popup had gone: the dialog gets the keys
    assert asked == [
        (f"Mark {hits:,} hits in {sources} sources as Vladimir Putin?", f"Mark {hits:,} Hits")
    ]
    assert count_marks(window) == before  # declined: nothing marked
    answer[0] = True
    mark_all_as_speaker(qtbot, window, "putin")
    qtbot.waitUntil(lambda: len(asked) == 2)  # type: ignore[attr-defined]
    assert count_marks(window) > before
    assert window.statusBar().currentMessage().startswith("Marked ")


def test_a_small_mark_up_does_not_ask(
    qtbot: object, shown: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown
    monkeypatch.setattr(prompts, "confirm", lambda *_a: pytest.fail("asked for a few hits"))
    search_all(qtbot, window, "подоляк")
    assert len(window.search_panel.hits) <= 100
    before = count_marks(window)
    mark_all_as_speaker(qtbot, window, "podoliak")
    assert count_marks(window) > before


def test_after_a_codebook_command_the_reader_has_the_keys(
    qtbot: object, shown: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = shown
    monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
    used = next(c for c in window.codes.values() if not c.builtin and c.annotation_count)
    window.codebook_panel.select_code(used.id)
    window.codebook_panel.tree.setFocus()
    assert focused() is window.codebook_panel.tree
    before = count_marks(window)
    press(qtbot, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: focused() is window.reader)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Z, CTRL)
    window.router.flush()
    assert used.id in window.codes and count_marks(window) == before


def test_a_colleagues_change_leaves_the_keys_where_they_are(
    qtbot: object, shown: MainWindow
) -> None:
    from desktop_app.services.project import Project

    window = shown
    assert window.project is not None and window.project.path is not None
    press(qtbot, Qt.Key.Key_F, CTRL)
    box = window.search_panel.query
    assert focused() is box
    with Project.open(window.project.path, coder="bob") as bob:
        doomed = markup.list_annotations(bob)[0]
        markup.delete_annotations(bob, [doomed.id])
    window.team.poll()
    qtbot.waitUntil(lambda: not window.team.polling)  # type: ignore[attr-defined]
    window.router.flush()
    assert window.statusBar().currentMessage().startswith("Updated: ")
    qtbot.wait(20)  # type: ignore[attr-defined]
    assert focused() is box

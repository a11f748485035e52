"""The New Speakers tab driven by keys: people the sources name who are not in the codebook,
their spellings grouped across scripts; Enter adds one as a speaker (one undo step) and the
suggestions then propose its mentions; Delete dismisses one for the session."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.model import CodeKind
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import codebook
from desktop_app.services.project import Project
from tests.builders import add_source

CTRL = Qt.KeyboardModifier.ControlModifier
WAIT_MS = 30_000  # the candidates are found on a worker; a loaded machine may be slow
KULEBA = (
    "Foreign Minister Dmytro Kuleba said Kyiv would not give up any land. Dmytro Kuleba "
    "repeated it in Brussels, and Vladimir Putin did not answer."
)
KULEBA_RU = "Глава МИД Украины Дмитрий Кулеба ответил Путину. Кулеба позже улетел в Анкару."


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def press(
    qtbot: object, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifiers)  # type: ignore[attr-defined]
    QApplication.processEvents()


@pytest.fixture
def ready(qtbot: object, make_window: Callable[[], MainWindow], sample_path: Path) -> MainWindow:
    """The sample plus two sources naming Kuleba (in English and in Russian); the New Speakers
    list opened with Ctrl+7 and its candidates found."""
    project = Project.open(sample_path)
    try:
        add_source(project, KULEBA, "Kuleba in Brussels")
        add_source(project, KULEBA_RU, "Кулеба ответил")
    finally:
        project.close()
    window = make_window()
    assert window.open_project(sample_path)
    window.activateWindow()
    window.reader.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_7, CTRL)
    controller = window.new_speakers
    assert window.tabs.currentWidget() is controller.panel
    assert focused() is controller.panel.list
    qtbot.waitUntil(lambda: controller.ready, timeout=WAIT_MS)  # type: ignore[attr-defined]
    return window


def listed_names(window: MainWindow) -> list[str]:
    return [c.name for c in window.new_speakers.panel.model_.candidates()]


def go_to(qtbot: object, window: MainWindow, name: str) -> None:
    """J down the list until ``name`` is current."""
    panel = window.new_speakers.panel
    for _ in range(len(listed_names(window))):
        current = panel.current()
        if current is not None and current.name == name:
            return
        press(qtbot, Qt.Key.Key_J)
    current = panel.current()
    assert current is not None and current.name == name


def test_enter_adds_the_candidate_with_its_spellings_and_undo_takes_it_back(
    qtbot: object, ready: MainWindow
) -> None:
    window = ready
    project = window.project
    assert project is not None
    [kuleba] = [n for n in listed_names(window) if "Kuleba" in n or "Кулеба" in n]
    candidate = next(c for c in window.new_speakers.candidates if c.name == kuleba)
    assert {kuleba, *candidate.aliases} >= {"Dmytro Kuleba", "Дмитрий Кулеба"}
    assert "Vladimir Putin" not in listed_names(window)  # already a code
    go_to(qtbot, window, kuleba)
    assert window.reader.source_id == candidate.mentions[0][0]  # the reader follows
    press(qtbot, Qt.Key.Key_Return)
    [added] = codebook.find_codes(project, "Kuleba", CodeKind.SPEAKER)
    assert added.name == kuleba
    assert {added.name, *added.speaker.aliases} >= {"Dmytro Kuleba", "Дмитрий Кулеба"}
    assert kuleba not in listed_names(window)
    assert focused() is window.new_speakers.panel.list
    # The suggestions hear the new code and propose its mentions, in both scripts.
    book = window.suggestions.book

    def mentions() -> set[str]:
        return {book.quote(s) for s in book.shown(None, kind="mention", code_id=added.id)}

    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: book.ready and {"Dmytro Kuleba", "Дмитрий Кулеба", "Кулеба"} <= mentions(),
        timeout=WAIT_MS,
    )
    press(qtbot, Qt.Key.Key_Z, CTRL)
    window.router.flush()
    assert codebook.find_codes(project, "Kuleba", CodeKind.SPEAKER) == []
    # Found again, off the GUI thread, once the codebook no longer holds the name.
    qtbot.waitUntil(lambda: kuleba in listed_names(window), timeout=WAIT_MS)  # type: ignore[attr-defined]


def test_delete_dismisses_a_candidate_for_the_session(qtbot: object, ready: MainWindow) -> None:
    window = ready
    project = window.project
    assert project is not None
    [kuleba] = [n for n in listed_names(window) if "Kuleba" in n or "Кулеба" in n]
    go_to(qtbot, window, kuleba)
    codes_before = len(codebook.list_codes(project))
    press(qtbot, Qt.Key.Key_Delete)
    assert kuleba not in listed_names(window)
    assert len(codebook.list_codes(project)) == codes_before  # nothing changed in the project
    # A later change (a code added elsewhere) recomputes the list: still dismissed.
    root = codebook.root_of_kind(project, CodeKind.SPEAKER)
    codebook.create_code(project, root.id, "Dmitry Peskov")
    window.router.flush()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: not window.new_speakers.behind, timeout=WAIT_MS
    )
    assert kuleba not in listed_names(window)

"""Wording the analyst reads (issue 13): nouns agree with their counts, a deletion is said as
done (not "Deleted — Delete …"), and the product name appears once in the title bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.wording import count


def test_counts_agree_with_their_nouns() -> None:
    assert count(1, "hit") == "1 hit"
    assert count(0, "hit") == "0 hits"
    assert count(3444, "hit") == "3,444 hits"
    assert count(2, "coding") == "2 codings"


def test_the_product_name_once_in_the_title_bar(window: MainWindow) -> None:
    assert window.project is not None
    title = window.windowTitle()
    assert title == f"Sample project — {window.project.location} — Parley"
    # Qt appends the application's display name to a title unless it already ends with it.
    QApplication.setApplicationDisplayName("Parley")
    assert title.endswith(QApplication.applicationDisplayName())
    assert title.count("Parley") == 1  # the file name's ".parley" is lower case


def test_one_coding_will_be_removed(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    once = next(c for c in window.codes.values() if not c.builtin and c.annotation_count == 1)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _a: asked.append(text) or False)
    window.codebook_panel.select_code(once.id)
    tree = window.codebook_panel.tree
    window.activateWindow()
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    assert len(asked) == 1
    assert "1 coding will be removed" in asked[0]
    assert "1 codings" not in asked[0] and "1 annotations" not in asked[0]


def test_one_source_one_annotation_one_hit(
    qtbot: object, make_window: object, tmp_path: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    from pathlib import Path

    from tests.gui.test_markup import paste_source
    from tests.gui.test_search_steps import press, search_here

    window = make_window()  # type: ignore[operator]
    monkeypatch.setattr(prompts, "new_project_path", lambda *_a: Path(str(tmp_path)) / "One.parley")
    window.commands.new_project.trigger()
    paste_source(window, "Podolyak answered within the hour.")
    search_here(qtbot, window, "podolyak")
    assert window.search_panel.summary.text() == "1 hit in 1 source for “podolyak”"
    speaker = next(
        a for a in window.search_panel.mark_all.menu().actions() if a.text() == "Speaker…"
    )
    speaker.trigger()
    popup = window.markup.popup
    assert popup is not None and "for “1 hit”" in popup.heading.text()
    from tests.gui.conftest import type_text

    type_text(popup.edit, "Mykhailo Podolyak")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.statusBar().currentMessage() == "Marked 1 hit"
    assert window.commands.undo.text() == "&Undo Mark 1 hit as Mykhailo Podolyak"
    window.router.flush()
    assert window.counts_label.text().startswith("1 source · 1 annotation · ")
    window.activateWindow()  # as the window manager does when the popup has gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]
    # The keys are the reader's again once the event loop turns after the change.
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.reader)  # type: ignore[attr-defined]
    press(qtbot, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    window.router.flush()
    assert window.counts_label.text().startswith("1 source · 0 annotations · ")

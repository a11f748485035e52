"""Search from the window: Cyrillic case-insensitively across the project, hits shown in the
reader, and "mark all hits as …" in one undoable step."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.search_panel import SCOPE_PROJECT, SCOPE_SOURCE
from desktop_app.services import codebook, markup, sources
from tests.gui.conftest import type_text


def search(qtbot: object, window: MainWindow, query: str, scope: int) -> None:
    panel = window.search_panel
    window.view.focus_search(scope)
    panel.query.clear()
    generation = panel._generation
    type_text(panel.query, query)
    qtbot.keyClick(panel.query, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: panel._generation > generation and panel.summary.text() != "Searching…"
    )


def test_cyrillic_search_ignores_case_across_all_sources(qtbot: object, window: MainWindow) -> None:
    qtbot.keyClick(  # type: ignore[attr-defined]
        window,
        Qt.Key.Key_F,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert window.search_panel.query.hasFocus()
    assert window.search_panel.scope.currentIndex() == SCOPE_PROJECT
    search(qtbot, window, "ПОДОЛЯК", SCOPE_PROJECT)
    project = window.project
    assert project is not None
    expected = []
    for source in sources.list_sources(project):
        text = sources.get_text(project, source.id)
        lowered = text.lower()
        start = lowered.find("подоляк")
        while start != -1:
            expected.append((source.id, start, start + 7))
            start = lowered.find("подоляк", start + 7)
    assert len(expected) >= 2  # the sample's feed writes "Подоляк" in Russian items
    hits = [(h.source_id, h.start, h.end) for h in window.search_panel.hits]
    assert hits == expected
    assert all(h.match.lower() == "подоляк" for h in window.search_panel.hits)
    assert window.search_panel.summary.text().startswith(f"{len(expected)} hits")

    # Going to a hit opens its source and shows the hits there.
    window.search_panel.step(1)
    first = window.search_panel.hits[0]
    assert window.reader.source_id == first.source_id
    assert (first.start, first.end) in window.reader._hits


def test_search_in_this_source_only(qtbot: object, window: MainWindow) -> None:
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert window.search_panel.scope.currentIndex() == SCOPE_SOURCE
    search(qtbot, window, "KYIV", SCOPE_SOURCE)
    current = window.reader.source_id
    assert window.search_panel.hits
    assert {h.source_id for h in window.search_panel.hits} == {current}
    assert len(window.search_panel.hits) == window.reader.text.lower().count("kyiv")


def test_mark_all_hits_as_a_speaker_in_one_undo(qtbot: object, window: MainWindow) -> None:
    search(qtbot, window, "подоляк", SCOPE_PROJECT)
    hits = list(window.search_panel.hits)
    window.search_panel.mark_all_requested.emit(None)
    popup = window.markup.popup
    assert popup is not None
    type_text(popup.edit, "podoliak")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    project = window.project
    assert project is not None
    podolyak = codebook.find_codes(project, "Podolyak")[0]
    spans = {
        (a.source_id, a.start, a.end)
        for a in markup.list_annotations(project)
        if podolyak.id in a.code_ids
    }
    assert {(h.source_id, h.start, h.end) for h in hits} <= spans
    assert window.commands.undo.text() == f"&Undo Mark {len(hits)} hits as Mykhailo Podolyak"
    window.undo()
    after = {
        (a.source_id, a.start, a.end)
        for a in markup.list_annotations(project)
        if podolyak.id in a.code_ids
    }
    assert not {(h.source_id, h.start, h.end) for h in hits} <= after


def test_a_query_naming_a_speaker_offers_all_his_mentions_in_any_spelling(
    qtbot: object, window: MainWindow
) -> None:
    """ "podolyak" names Mykhailo Podolyak by an alias: the panel offers all his mentions, which
    take in "Podoliak" and "Подоляк" (the engine's matching), and Mark All Hits As… uses them."""
    panel = window.search_panel
    search(qtbot, window, "podolyak", SCOPE_PROJECT)
    typed = {h.match.casefold() for h in panel.hits}
    assert typed == {"podolyak"}  # the typed text alone: the other spellings are not hits
    qtbot.waitUntil(panel.mentions.isVisible)  # type: ignore[attr-defined]
    assert panel.mentions.text() == "All mentions of Mykhailo Podolyak"
    while not panel.mentions.hasFocus():  # Tab from the query, as a person would
        qtbot.keyClick(window.focusWidget(), Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    generation = panel._generation
    qtbot.keyClick(panel.mentions, Qt.Key.Key_Space)  # type: ignore[attr-defined]
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: panel._generation > generation and panel.summary.text() != "Searching…"
    )
    spellings = " ".join(h.match for h in panel.hits)
    assert all(name in spellings for name in ("Podolyak", "Podoliak", "Подоляк"))
    # Every word of the sources that names him is inside one of the hits.
    project = window.project
    assert project is not None
    named = 0
    for source in sources.list_sources(project):
        text = sources.get_text(project, source.id)
        for word in ("Podolyak", "Podoliak", "Подоляк"):
            at = text.find(word)
            while at >= 0:
                named += 1
                assert any(
                    h.source_id == source.id and h.start <= at < h.end for h in panel.hits
                ), (word, at)
                at = text.find(word, at + 1)
    assert named == len(panel.hits) == 5
    assert panel.summary.text().startswith("5 hits in 1 source for “mentions of Mykhailo Podolyak”")
    assert panel.mark_all.isEnabled()
    # Emptying the query takes the offer away.
    panel.query.setFocus()
    panel.query.selectAll()
    qtbot.keyClick(panel.query, Qt.Key.Key_Delete)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: not panel.mentions.isVisible())  # type: ignore[attr-defined]

"""The sources panel: filter, sort, coding status, details form, delete and undo."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMenu

from desktop_app.domain.model import CodingStatus
from desktop_app.gui.dialogs.source_dialog import SourceDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import sources


def visible_titles(window: MainWindow) -> list[str]:
    proxy = window.sources_panel.proxy
    return [proxy.index(r, 1).data() for r in range(proxy.rowCount())]


def test_filter_ignores_case_and_sorting_follows_the_header(window: MainWindow) -> None:
    panel = window.sources_panel
    assert len(visible_titles(window)) == 2
    panel.filter_edit.setText("STATE OUTLET")
    assert visible_titles(window) == [
        "Putin Sets Condition for Ukraine Peace Talks: Full Ukrainian Withdrawal From New "
        "Russian Regions"
    ]
    panel.filter_edit.clear()
    panel.table.sortByColumn(5, Qt.SortOrder.DescendingOrder)
    counts = [panel.proxy.index(r, 5).data() for r in range(2)]
    assert counts == sorted(counts, reverse=True)


def test_status_from_the_context_menu(window: MainWindow) -> None:
    panel = window.sources_panel
    source_id = window.reader.source_id
    assert source_id is not None
    menu = QMenu()
    panel.build_menu([source_id], menu)
    status_menu = next(a.menu() for a in menu.actions() if a.text() == "Coding Status")
    done = next(a for a in status_menu.actions() if a.text() == "In progress")
    done.trigger()
    assert sources.get_source(window.project, source_id).status == CodingStatus.IN_PROGRESS  # type: ignore[arg-type]
    window.router.flush()
    assert window.sources_panel.source(source_id).status == CodingStatus.IN_PROGRESS  # type: ignore[union-attr]
    assert window.reader_title.text().endswith("in progress")
    assert window.commands.undo.text().startswith("&Undo Mark “")


def test_details_form_saves_and_refuses_an_empty_title(window: MainWindow) -> None:
    source_id = window.reader.source_id
    assert source_id is not None
    window.commands.edit_source.trigger()
    dialog = window.markup.dialog
    assert isinstance(dialog, SourceDialog) and dialog.isVisible()
    dialog.fields["title"].setText("  ")
    dialog.accept()
    assert dialog.isVisible() and "needs a title" in dialog.error.text()
    dialog.fields["title"].setText("Newsweek: Putin's conditions")
    dialog.fields["outlet"].setText("Newsweek")
    dialog.fields["language"].setText("en")
    dialog.accept()
    saved = sources.get_source(window.project, source_id)  # type: ignore[arg-type]
    assert (saved.title, saved.outlet) == ("Newsweek: Putin's conditions", "Newsweek")
    window.router.flush()
    assert window.reader_title.text().startswith("Newsweek · 2024-06-14 · en")


def test_delete_source_and_undo(window: MainWindow) -> None:
    first = window.reader.source_id
    assert first is not None
    window.commands.delete_source.trigger()
    window.router.flush()
    remaining = [s.id for s in window.sources_panel.sources()]
    assert first not in remaining and window.reader.source_id in remaining
    window.undo()
    window.router.flush()
    assert first in [s.id for s in window.sources_panel.sources()]
    window.sources_panel.select_source(first)
    assert window.reader.source_id == first
    assert len(window.reader.spans()) == window.sources_panel.source(first).annotation_count  # type: ignore[union-attr]

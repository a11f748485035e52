"""The compare view in the real window on the sample project: the matrix shows the comparison's
numbers, a cell lists its excerpts, a double-click selects the quote in the reader, filters and
change sets recompute it, and "not coded yet" is told apart from "not reported"."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from desktop_app.domain.comparison import compare
from desktop_app.domain.model import CodingStatus
from desktop_app.gui.compare_controller import CompareController
from desktop_app.gui.compare_model import (
    EXCERPTS_ROLE,
    MatrixKind,
    SourceFilter,
    filter_sources,
)
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import markup, sources
from desktop_app.services.snapshot import load_snapshot

WITHDRAWAL = "Withdrawal from four regions"
NEWSWEEK = "Putin Names Conditions for Ukraine Peace Talks"


def open_compare(qtbot: QtBot, window: MainWindow, kind: MatrixKind) -> CompareController:
    controller = window.compare
    action = (
        window.commands.compare_conditions
        if kind is MatrixKind.CONDITIONS
        else window.commands.compare_speakers
    )
    assert action.isEnabled()
    action.trigger()
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy)
    assert controller.in_front
    return controller


def cell(controller: CompareController, code_name: str, source_title: str) -> QModelIndex:
    model = controller.view.model
    rows = [i for i, c in enumerate(model.codes) if c.name == code_name]
    columns = [i for i, s in enumerate(model.sources) if s.title == source_title]
    assert rows and columns, (code_name, source_title)
    return model.index(rows[0], columns[0])


def click(qtbot: QtBot, controller: CompareController, index: QModelIndex, double: bool = False):
    table = controller.view.matrix
    table.scrollTo(index)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    if double:
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)


def test_opening_the_dock_reads_the_project_once(
    qtbot: QtBot, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    import desktop_app.gui.compare_controller as controller_module

    reads: list[object] = []
    real = controller_module.load_view_snapshot

    def counted(project: object) -> object:
        reads.append(project)
        return real(project)  # type: ignore[arg-type]

    monkeypatch.setattr(controller_module, "load_view_snapshot", counted)
    open_compare(qtbot, window, MatrixKind.CONDITIONS)
    assert len(reads) == 1


def test_compare_is_disabled_without_a_project(make_window) -> None:  # type: ignore[no-untyped-def]
    window = make_window()
    assert not window.commands.compare_conditions.isEnabled()
    assert not window.commands.compare_speakers.isEnabled()


def test_conditions_matrix_shows_the_comparisons_counts(qtbot: QtBot, window: MainWindow) -> None:
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    model = controller.view.model
    assert window.project is not None
    expected = compare(load_snapshot(window.project))
    assert [c.name for c in model.codes] == [c.name for c in expected.conditions]
    assert [s.title for s in model.sources] == [s.title for s in expected.sources]
    headers = [model.headerData(i, Qt.Orientation.Horizontal) for i in range(model.columnCount())]
    assert headers[:-1] == [s.title for s in expected.sources]
    assert headers[-1] == "Sources"

    index = cell(controller, WITHDRAWAL, NEWSWEEK)
    wordings = index.data(EXCERPTS_ROLE)
    assert len(wordings) == 3  # the sample's Newsweek report words it three times
    assert index.data().startswith("3 · ")
    assert " ".join(wordings[0].quote.split())[:20] in index.data()
    # Every cell and every total agree with the comparison the exports are made from.
    for row, condition in enumerate(model.codes):
        for column, source in enumerate(model.sources):
            assert len(model.index(row, column).data(EXCERPTS_ROLE)) == len(
                expected.cell(condition.id, source.id)
            )
        total = model.index(row, len(model.sources)).data()
        assert total == str(expected.condition_count(condition.id))

    header_tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    first = expected.sources[0]
    assert first.outlet in header_tip
    assert first.published[:10] in header_tip
    assert f"coding {first.status.label}" in header_tip


def test_empty_cells_of_sources_not_done_are_shaded(qtbot: QtBot, window: MainWindow) -> None:
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    model = controller.view.model
    done = next(s for s in model.sources if s.status == CodingStatus.DONE)
    pending = next(s for s in model.sources if s.status != CodingStatus.DONE)
    # "Non-nuclear status": the state feed (in progress) reports it, Newsweek (done) does not.
    missing = cell(controller, "Non-nuclear status", done.title)
    assert missing.data() == ""
    assert missing.data(Qt.ItemDataRole.BackgroundRole) is None
    assert "does not report" in missing.data(Qt.ItemDataRole.ToolTipRole)
    not_coded = cell(controller, "Non-aligned status", pending.title)
    assert not_coded.data(EXCERPTS_ROLE)  # reported: tinted, not hatched
    assert not_coded.data(Qt.ItemDataRole.BackgroundRole).style() == Qt.BrushStyle.SolidPattern

    # Set a condition-less source to "in progress": its empty cells turn hatched.
    assert window.project is not None
    sources.set_status(window.project, [done.id], CodingStatus.IN_PROGRESS)
    qtbot.waitUntil(
        lambda: (
            next(s for s in model.sources if s.id == done.id).status == CodingStatus.IN_PROGRESS
            and not controller.busy
        )
    )
    hatched = cell(controller, "Non-nuclear status", done.title).data(
        Qt.ItemDataRole.BackgroundRole
    )
    assert isinstance(hatched, QBrush)
    assert hatched.style() == Qt.BrushStyle.BDiagPattern
    tip = cell(controller, "Non-nuclear status", done.title).data(Qt.ItemDataRole.ToolTipRole)
    assert "Not coded yet" in tip


def test_click_shows_excerpts_and_double_click_selects_the_quote_in_the_reader(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    view = controller.view
    pending = next(s for s in view.model.sources if s.status != CodingStatus.DONE)
    index = cell(controller, WITHDRAWAL, pending.title)
    expected = index.data(EXCERPTS_ROLE)
    assert len(expected) == 5

    click(qtbot, controller, index)
    assert view.shown_excerpts() == expected
    assert view.excerpts_model.rowCount() == 5
    assert WITHDRAWAL in view.cell_title.text() and "5 excerpts" in view.cell_title.text()
    row0 = [view.excerpts_model.index(0, c).data() for c in range(4)]
    assert row0[0] == f"“{' '.join(expected[0].quote.split())}”"
    assert row0[1] == expected[0].speaker_names
    assert pending.outlet in row0[2]
    assert row0[3] == f"{expected[0].start}–{expected[0].end}"

    # Double-click the third excerpt: the reader opens that source with exactly the quote
    # selected (code points, whatever the UTF-16 length of the text before it).
    target = expected[2]
    table = view.excerpt_list
    rect = table.visualRect(view.excerpts_model.index(2, 0))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.reader.source_id == pending.id
    assert window.sources_panel.current_source_id() == pending.id
    assert window.reader.selected_span() == (target.start, target.end)
    assert window.reader.text[target.start : target.end] == target.quote
    selected = window.reader.textCursor().selectedText()
    assert selected.replace("\u2029", "\n") == target.quote.replace("\r\n", " \n")


def test_excerpt_rows_are_fitted_to_their_quotes_as_they_come_into_view(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    view, table = controller.view, controller.view.excerpt_list
    excerpts = controller.comparison.excerpts if controller.comparison else ()
    long = [e for e in excerpts if len(e.quote) > 80] * 20  # wraps; many more than fit
    assert len(long) > 40
    view.excerpts_model.show(long)
    table.refit_rows()
    default = table.verticalHeader().defaultSectionSize()
    assert table.rowHeight(0) > default  # wrapped and fitted
    last = len(long) - 1
    assert table.rowHeight(last) == default  # not shown yet: not measured yet
    bar = table.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)  # laid out

    def scrolled_to_last() -> bool:  # fitting the rows shown moves the bottom further down
        table.scrollToBottom()
        return table.rowHeight(last) > default

    qtbot.waitUntil(scrolled_to_last)
    assert len(table._fitted) < len(long) / 2  # the rows in between were never measured


def test_double_click_on_a_cell_jumps_to_its_first_excerpt(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = open_compare(qtbot, window, MatrixKind.SPEAKERS)
    assert controller.view.kind is MatrixKind.SPEAKERS
    model = controller.view.model
    done = next(s for s in model.sources if s.status == CodingStatus.DONE)
    index = cell(controller, "Volodymyr Zelensky", done.title)
    assert index.data() == "1"
    click(qtbot, controller, index, double=True)
    (statement,) = index.data(EXCERPTS_ROLE)
    assert window.reader.source_id == done.id
    assert window.reader.selected_span() == (statement.start, statement.end)


def test_speakers_and_reactions_matrices(qtbot: QtBot, window: MainWindow) -> None:
    controller = open_compare(qtbot, window, MatrixKind.SPEAKERS)
    model = controller.view.model
    assert window.project is not None
    expected = compare(load_snapshot(window.project))
    putin = next(c for c in expected.speakers if c.name == "Vladimir Putin")
    row = model.codes.index(putin)
    assert [model.index(row, c).data() for c in range(len(model.sources))] == [
        str(expected.statement_count(putin.id, s.id)) for s in expected.sources
    ]
    assert model.index(row, len(model.sources)).data() == str(expected.statement_count(putin.id))
    assert model.headerData(len(model.sources), Qt.Orientation.Horizontal) == "Total"

    # A speaker's cell says which of his names the source uses (Putin, Путин…).
    for column, source in enumerate(model.sources):
        names = expected.naming_variants.get(putin.id, {}).get(source.id, ())
        assert names, source.title
        tip = model.index(row, column).data(Qt.ItemDataRole.ToolTipRole)
        assert "Named as: " + ", ".join(names) in tip
    assert any("Путин" in n for n in expected.naming_variants[putin.id][model.sources[1].id])

    controller.view.set_kind(MatrixKind.REACTIONS)
    assert [c.name for c in model.codes] == [c.name for c in expected.stances]
    rejects = next(c for c in expected.stances if c.name == "Rejects")
    counts = [model.index(model.codes.index(rejects), c).data() for c in range(len(model.sources))]
    found = [len(expected.stance_cells.get((rejects.id, s.id), ())) for s in expected.sources]
    assert counts == [str(n) if n else "" for n in found]
    assert any(found)


def test_source_outlet_and_date_filters(qtbot: QtBot, window: MainWindow) -> None:
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    view = controller.view
    model = view.model
    everything = list(model.sources)
    assert len(everything) == 2
    first, second = everything
    # The menu of sources is made when it is first opened (or asked for), not with the matrix.
    assert not [a for a in view.sources_menu.actions() if a.isCheckable()]
    view.sources_menu.aboutToShow.emit()
    assert [a.data() for a in view.sources_menu.actions() if a.isCheckable()] == [
        first.id,
        second.id,
    ]

    action = view.source_action(first.id)
    assert action is not None and action.isChecked()
    action.trigger()  # uncheck the first source
    qtbot.waitUntil(lambda: [s.id for s in model.sources] == [second.id] and not controller.busy)
    assert view.sources_button.text() == "Sources: 1 of 2"
    # The count column now counts only the chosen source.
    withdrawal = next(i for i, c in enumerate(model.codes) if c.name == WITHDRAWAL)
    assert model.index(withdrawal, 1).data() == "1"
    action.trigger()
    qtbot.waitUntil(lambda: len(model.sources) == 2 and not controller.busy)
    assert model.index(withdrawal, 2).data() == "2"

    view.outlet.setCurrentIndex(view.outlet.findData(second.outlet))
    qtbot.waitUntil(lambda: [s.id for s in model.sources] == [second.id] and not controller.busy)
    view.outlet.setCurrentIndex(0)
    qtbot.waitUntil(lambda: len(model.sources) == 2 and not controller.busy)

    # A date range that ends before the sample's day leaves nothing to compare.
    view.dated.setChecked(True)
    view.date_to.setDate(view.date_to.date().addDays(-1))
    qtbot.waitUntil(lambda: len(model.sources) == 0 and not controller.busy)
    assert "0 of 2 sources" in view.status.text()
    view.dated.setChecked(False)
    qtbot.waitUntil(lambda: len(model.sources) == 2 and not controller.busy)


def test_filter_sources_is_pure_and_drops_undated_sources_from_a_range(
    window: MainWindow,
) -> None:
    assert window.project is not None
    listed = load_snapshot(window.project).sources
    ids = [s.id for s in listed]
    assert filter_sources(listed, SourceFilter()) == ids
    assert filter_sources(listed, SourceFilter(unchecked=frozenset(ids[:1]))) == ids[1:]
    day = listed[0].published[:10]
    assert filter_sources(listed, SourceFilter(date_from=day, date_to=day)) == ids
    assert filter_sources(listed, SourceFilter(date_from="2099-01-01")) == []
    assert filter_sources(listed, SourceFilter(outlet="nobody")) == []


def test_a_new_annotation_updates_the_open_matrix(qtbot: QtBot, window: MainWindow) -> None:
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    model = controller.view.model
    done = next(s for s in model.sources if s.status == CodingStatus.DONE)
    index = cell(controller, "Land route to Crimea", done.title)
    assert index.data() == ""
    condition = model.code_at(index.row())
    assert condition is not None and window.project is not None
    text = sources.get_text(window.project, done.id)
    markup.annotate(window.project, done.id, 0, 7, [condition.id])
    qtbot.waitUntil(
        lambda: (
            cell(controller, "Land route to Crimea", done.title).data().startswith("1 · ")
            and not controller.busy
        )
    )
    assert (
        cell(controller, "Land route to Crimea", done.title).data(EXCERPTS_ROLE)[0].quote
        == text[0:7]
    )
    # Undo takes it back out of the matrix too.
    window.commands.undo.trigger()
    qtbot.waitUntil(
        lambda: (
            cell(controller, "Land route to Crimea", done.title).data() == ""
            and not controller.busy
        )
    )


def test_mark_up_rereads_only_what_changed_and_a_deleted_source_everything(
    qtbot: QtBot, window: MainWindow
) -> None:
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    assert window.project is not None and controller.snapshot is not None
    first = controller.snapshot
    source = first.sources[0]
    condition = controller.view.model.codes[0]
    markup.annotate(window.project, source.id, 0, 5, [condition.id])
    qtbot.waitUntil(lambda: controller.snapshot is not first and not controller.busy)
    second = controller.snapshot
    assert second.texts is first.texts  # only the mark-up was read again
    assert second == load_snapshot(window.project)
    assert compare(second) == compare(load_snapshot(window.project))

    sources.delete_sources(window.project, [source.id])
    qtbot.waitUntil(lambda: controller.snapshot is not second and not controller.busy)
    assert controller.snapshot.texts is not first.texts  # a source went: all read again
    assert [s.id for s in controller.view.model.sources] == [
        s.id for s in first.sources if s.id != source.id
    ]


def test_closing_the_project_empties_the_view(qtbot: QtBot, window: MainWindow) -> None:
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    assert controller.view.model.rowCount() > 0
    window.close_project()
    assert controller.view.model.rowCount() == 0
    assert not window.commands.compare_conditions.isEnabled()

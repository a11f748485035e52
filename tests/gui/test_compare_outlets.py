"""The compare view's By outlet group and Timeline tabs, driven by keys on a project with
outlets in two groups: the matrix counts fully coded outlets, the blindspots are listed and
coloured, Enter on a blindspot or a timeline row shows the excerpt in the reader."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush
from pytestqt.qtbot import QtBot

from desktop_app.domain.outlets import BlindspotRule
from desktop_app.gui.compare_controller import CompareController
from desktop_app.gui.compare_outlets import BY_GROUP, TIMELINE
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import outlets
from desktop_app.services.project import Project
from tests.outlet_project import NEUTRAL, RUSSIAN, WESTERN, WITHDRAWAL, build_outlet_project


def _open(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path
) -> tuple[MainWindow, CompareController]:
    path = tmp_path / "outlets.parley"
    with Project.open(path, create=True) as project:
        build_outlet_project(project)
    window = make_window()
    assert window.open_project(path)
    window.commands.compare_conditions.trigger()
    controller = window.compare
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy)
    return window, controller


def _to_tab(qtbot: QtBot, controller: CompareController, title: str) -> None:
    tabs = controller.view.kinds
    tabs.setFocus()
    while tabs.tabText(tabs.currentIndex()) != title:
        qtbot.keyClick(tabs, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: controller.findings is not None and not controller.busy)


def test_by_outlet_group_shows_coverage_and_blindspots(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    window, controller = _open(qtbot, make_window, tmp_path)
    assert controller.findings is None  # not computed until asked for
    _to_tab(qtbot, controller, BY_GROUP)
    page = controller.view.groups_page
    assert controller.view.pages.currentWidget() is page
    model = page.model
    headers = [model.headerData(c, Qt.Orientation.Horizontal, 0) for c in range(2)]
    assert headers == [f"{RUSSIAN} (2/3 coded)", f"{WESTERN} (2/2 coded)"]
    rows = [model.headerData(r, Qt.Orientation.Vertical, 0) for r in range(model.rowCount())]
    neutral = rows.index("Neutral status")
    assert model.index(neutral, 0).data() == "2 of 2 · RIA Novosti, TASS"
    assert model.index(neutral, 1).data() == "0 of 2"
    silent = model.index(neutral, 1).data(Qt.ItemDataRole.BackgroundRole)
    assert isinstance(silent, QBrush) and silent.color().name() == "#f6d5d1"
    assert "Blindspot" in model.index(neutral, 1).data(Qt.ItemDataRole.ToolTipRole)
    spots = page.spots
    assert [spots.index(r, 0).data() for r in range(spots.rowCount())] == [
        "Neutral status",
        "Lifting of sanctions",
    ]
    assert spots.index(0, 2).data() == f"{WESTERN}: none of 2 (BBC, Reuters)"

    # The rule's numbers, typed: more than half of the Western outlets needed now.
    assert (page.share.value(), page.least.value()) == (50, 2)
    page.share.setFocus()
    page.share.selectAll()
    qtbot.keyClicks(page.share, "75")
    qtbot.keyClick(page.share, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: spots.rowCount() == 1 and not controller.busy)
    assert window.project is not None
    assert outlets.blindspot_rule(window.project) == BlindspotRule(0.75, 2)
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: spots.rowCount() == 2 and not controller.busy)
    assert page.share.value() == 50

    # Enter on the first blindspot: its first excerpt (TASS's) in the reader.
    table = page.blindspots
    table.setFocus()
    assert table.currentIndex().row() == 0  # the first blindspot
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert controller.tabs.currentIndex() == 0
    start = window.reader.text.index(NEUTRAL)
    assert window.reader.selected_span() == (start, start + len(NEUTRAL))
    assert window.sources_panel.source(window.reader.source_id).outlet == "TASS"


def test_timeline_lists_first_reports_and_jumps(
    qtbot: QtBot, make_window: Callable[[], MainWindow], tmp_path: Path
) -> None:
    window, controller = _open(qtbot, make_window, tmp_path)
    _to_tab(qtbot, controller, TIMELINE)
    model = controller.view.timeline_page.model
    shown = [[model.index(r, c).data() for c in range(4)] for r in range(4)]
    assert shown == [
        ["Withdrawal from four regions", "TASS", "2024-06-14 10:30 +03:00", "first"],
        ["", "RIA Novosti", "2024-06-14 08:00 +00:00", "+30 min"],
        ["", "Reuters", "2024-06-14 09:15 +00:00", "+1 h 45 min"],
        ["", "BBC", "2024-06-15", "+1 day"],
    ]
    table = controller.view.timeline_page.table
    table.setFocus()
    assert table.currentIndex().row() == 0  # TASS, the first report
    qtbot.keyClick(table, Qt.Key.Key_Down)  # RIA Novosti
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert window.sources_panel.source(window.reader.source_id).outlet == "RIA Novosti"
    start = window.reader.text.index(WITHDRAWAL)
    assert window.reader.selected_span() == (start, start + len(WITHDRAWAL))

    # Back on a matrix tab, the conditions matrix is shown again.
    controller.view.kinds.setFocus()
    for _ in range(4):
        qtbot.keyClick(controller.view.kinds, Qt.Key.Key_Left)
    assert controller.view.pages.currentWidget() is controller.view.splitter

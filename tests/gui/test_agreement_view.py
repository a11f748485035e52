"""Compare › Intercoder Agreement in the real window: agreement per source, the differences
side by side with both quotes, each jumping to its passage in the reader, adjudication by keys
on the focused row (one undo step each), the edit dialog, and "About these figures"."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.domain.agreement import ABOUT_FIGURES
from desktop_app.domain.model import ADJUDICATED_CODER, CodeKind
from desktop_app.gui.agreement_view import AgreementView
from desktop_app.gui.dialogs.adjudicate_dialog import EditSpanDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import adjudication, markup
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.builders import add_code, add_source
from tests.gui.conftest import active_dialog

TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."
OTHER = "Peskov said nothing new. The talks go on."


@pytest.fixture
def desk(project_path: Path) -> dict[str, int]:
    """alice and bob: on "Statement" one span alike, one with other bounds, one with other codes,
    one only alice has; on "Briefing" one span alike and nothing else."""
    with Project.open(project_path, coder="alice") as alice:
        statement = add_source(alice, TEXT, title="Statement")
        briefing = add_source(alice, OTHER, title="Briefing")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set").id
        rejection = add_code(alice, CodeKind.REACTION, "Rejection").id
        markup.annotate(alice, statement, 0, 5, [condition])
        markup.annotate(alice, statement, 6, 21, [condition])
        markup.annotate(alice, statement, 22, 45, [rejection])
        markup.annotate(alice, statement, 46, 54, [condition])
        markup.annotate(alice, briefing, 0, 6, [condition])
    with Project.open(project_path, coder="bob") as bob:
        markup.annotate(bob, statement, 0, 5, [condition])
        markup.annotate(bob, statement, 10, 21, [condition])
        markup.annotate(bob, statement, 22, 45, [condition])
        markup.annotate(bob, briefing, 0, 6, [condition])
    return {"statement": statement, "briefing": briefing, "condition": condition}


@pytest.fixture
def view(
    make_window: Callable[[], MainWindow], project_path: Path, desk: dict[str, int], qtbot: object
) -> AgreementView:
    window = make_window()
    window.settings.coder = "lead"
    assert window.open_project(project_path)
    window.agreement.action.trigger()
    qtbot.waitUntil(lambda: window.agreement.view is not None)  # type: ignore[attr-defined]
    shown = window.agreement.view
    assert shown is not None and shown.isVisible()
    shown.tabs.setCurrentIndex(2)
    shown.differences.setFocus()
    return shown


def _layer(window: MainWindow) -> list[tuple[int, int]]:
    assert window.project is not None
    return sorted(
        (a.start, a.end)
        for a in load_snapshot(window.project).annotations
        if a.coder == ADJUDICATED_CODER
    )


def _decisions(view: AgreementView) -> list[str]:
    return [row[4] for row in view.difference_cells()]


def test_sources_and_differences_side_by_side_and_enter_shows_the_passage(
    view: AgreementView, desk: dict[str, int], qtbot: object
) -> None:
    window = view.parent()
    assert isinstance(window, MainWindow)
    by_source = {row[1]: row for row in _cells(view.sources_table)}
    assert by_source["Statement"][2] == "3" and by_source["Briefing"][2] == "0"
    assert [row[1] for row in _cells(view.sources_table)] == ["Statement", "Briefing"]

    rows = view.difference_cells()
    assert [row[1] for row in rows] == ["different bounds", "different codes", "only alice"]
    assert rows[0][2] == "Conditions set · 6–21\n“set conditions.”"
    assert rows[0][3] == "Conditions set · 10–21\n“conditions.”"
    assert rows[1][2].startswith("Rejection · 22–45") and rows[1][3].startswith("Conditions set")
    assert rows[2][3] == "nothing here"
    header = [view.differences.horizontalHeaderItem(c).text() for c in range(5)]
    assert header[2:4] == ["alice", "bob"]
    assert "1 keep alice's · 2 keep bob's · B both · N neither · E edit" in view.keys_help.text()

    view.differences.setCurrentCell(1, 0)
    qtbot.keyClick(view.differences, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.reader.source_id == desk["statement"]
    assert window.reader.selected_span() == (22, 45)

    # Enter on a source in "By source" goes to its first difference.
    view.tabs.setCurrentIndex(1)
    view.sources_table.setFocus()
    view.sources_table.setCurrentCell(0, 0)
    qtbot.keyClick(view.sources_table, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert view.tabs.currentIndex() == 2 and view.differences.currentRow() == 0


def _cells(table: object) -> list[list[str]]:
    from desktop_app.gui.agreement_view import table_cells

    return table_cells(table)  # type: ignore[arg-type]


def test_keys_decide_each_difference_into_the_layer_one_undo_each(
    view: AgreementView, desk: dict[str, int], qtbot: object
) -> None:
    window = view.parent()
    assert isinstance(window, MainWindow) and window.project is not None
    table = view.differences
    assert table.currentRow() == 0 and _decisions(view) == ["", "", ""]

    qtbot.keyClick(table, "2")  # type: ignore[attr-defined]
    assert _decisions(view) == ["kept bob's", "", ""]
    assert _layer(window) == [(10, 21)]
    assert table.currentRow() == 1  # on to the next undecided one

    qtbot.keyClick(table, "b")  # type: ignore[attr-defined]
    assert _decisions(view)[1] == "keep both"
    assert _layer(window) == [(10, 21), (22, 45), (22, 45)]

    qtbot.keyClick(table, "N")  # type: ignore[attr-defined]
    assert _decisions(view) == ["kept bob's", "keep both", "keep neither"]
    assert _layer(window) == [(10, 21), (22, 45), (22, 45)]

    # Ctrl+Z in the agreement window undoes one decision at a time.
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert _decisions(view) == ["kept bob's", "keep both", ""]
    qtbot.keyClick(table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert _decisions(view) == ["kept bob's", "", ""]
    assert _layer(window) == [(10, 21)]

    # A: the spans both marked alike, in the compared sources.
    qtbot.keyClick(table, "a")  # type: ignore[attr-defined]
    assert _layer(window) == [(0, 5), (0, 6), (10, 21)]
    assert "2 spans alice and bob marked alike" in window.statusBar().currentMessage()
    assert window.agreement.view is view and view.isVisible()


def test_e_opens_the_edit_dialog_and_its_span_is_kept(
    view: AgreementView, desk: dict[str, int], qtbot: object
) -> None:
    window = view.parent()
    assert isinstance(window, MainWindow)
    table = view.differences
    seen: list[str] = []

    def cancel() -> None:
        dialog = active_dialog(EditSpanDialog)
        assert isinstance(dialog, EditSpanDialog)
        seen.append(dialog.quote.text())
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # type: ignore[attr-defined]

    QTimer.singleShot(0, cancel)
    qtbot.keyClick(table, "e")  # type: ignore[attr-defined]
    assert seen == ["“set conditions.”"]  # both sides' span, first coder's code
    assert _decisions(view)[0] == "" and _layer(window) == []

    def edit() -> None:
        dialog = active_dialog(EditSpanDialog)
        assert isinstance(dialog, EditSpanDialog)
        dialog.start.setFocus()
        dialog.start.selectAll()
        qtbot.keyClicks(dialog.start, "10")  # type: ignore[attr-defined]
        dialog.end.setFocus()
        dialog.end.selectAll()
        qtbot.keyClicks(dialog.end, "20")  # type: ignore[attr-defined]
        seen.append(dialog.quote.text())
        qtbot.keyClick(dialog.end, Qt.Key.Key_Return)  # type: ignore[attr-defined]

    QTimer.singleShot(0, edit)
    qtbot.keyClick(table, "E")  # type: ignore[attr-defined]
    assert seen[-1] == "“conditions”"
    assert _decisions(view)[0] == "edited"
    assert _layer(window) == [(10, 20)]
    assert active_dialog(EditSpanDialog) is None
    assert window.project is not None
    assert adjudication.decisions(window.project)
    QApplication.processEvents()


def test_about_these_figures_says_what_is_computed(view: AgreementView) -> None:
    view.tabs.setCurrentIndex(3)
    shown = view.about.toPlainText()
    for heading, text in ABOUT_FIGURES:
        assert heading in shown and text in shown
    assert "Krippendorff 2004" in shown and "Light's kappa" in shown and "#5305" in shown

"""The Outlets window driven by keys in the real window: Ctrl+Shift+O opens it, a group typed
and Enter saves it, two outlets selected with Shift+Down merge into one, the main window's
undo brings them back (the list follows), and a nameless outlet is refused on the error line."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.outlets_dialog import OutletsDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import outlets, sources
from tests.gui.conftest import type_text

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
NEWSWEEK = "Newsweek (via aggregator)"
STATE = "Russian state outlet (live feed)"


def open_outlets(qtbot: QtBot, window: MainWindow) -> OutletsDialog:
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_O, CTRL_SHIFT)
    dialog = window.outlets.dialog
    assert isinstance(dialog, OutletsDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def listed(dialog: OutletsDialog) -> list[str]:
    return [dialog.list.item(i).text() for i in range(dialog.list.count())]


def test_edit_merge_and_undo_by_keys(qtbot: QtBot, window: MainWindow) -> None:
    project = window.project
    assert project is not None
    dialog = open_outlets(qtbot, window)
    assert listed(dialog) == [f"{NEWSWEEK}  (1 source)", f"{STATE}  (1 source)"]

    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_End)
    assert dialog.name.text() == STATE
    dialog.groups.setFocus()
    type_text(dialog.groups, "Russian state media")
    dialog.type.setFocus()
    qtbot.keyClicks(dialog.type, "S")  # "State media"
    dialog.groups.setFocus()
    qtbot.keyClick(dialog.groups, Qt.Key.Key_Return)  # Save is the default button
    state = next(o for o in outlets.list_outlets(project) if o.name == STATE)
    assert state.groups == ("Russian state media",)
    assert state.type is not None and state.type.label == "State media"
    qtbot.waitUntil(lambda: listed(dialog)[1].endswith("— Russian state media"))

    # Both selected, the second current: Merge puts the first into it.
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Home)
    qtbot.keyClick(dialog.list, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert len(dialog.selected_ids()) == 2 and dialog.merge.isEnabled()
    dialog.merge.setFocus()
    qtbot.keyClick(dialog.merge, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(listed(dialog)) == 1)
    merged = outlets.list_outlets(project)
    assert [(o.name, o.aliases, o.source_count) for o in merged] == [(STATE, (NEWSWEEK,), 2)]
    assert {s.outlet for s in sources.list_sources(project)} == {STATE}
    first = sources.list_sources(project)[0].id
    qtbot.waitUntil(lambda: window.sources_panel.source(first).outlet == STATE)  # deferred

    window.commands.undo.trigger()  # one step: the merge
    qtbot.waitUntil(lambda: len(listed(dialog)) == 2)
    assert {s.outlet for s in sources.list_sources(project)} == {NEWSWEEK, STATE}

    # No name: refused in the dialog, nothing stored.
    dialog.name.setFocus()
    dialog.name.selectAll()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Delete)
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.error.isVisible() and dialog.error.text() == "An outlet needs a name."
    assert len(outlets.list_outlets(project)) == 2
    # A name another outlet has: the service's refusal, on the same line.
    type_text(dialog.name, "newsweek (VIA aggregator)")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "is already the outlet" in dialog.error.text()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_source_details_name_the_outlet_and_a_new_name_makes_one(
    qtbot: QtBot, window: MainWindow
) -> None:
    from tests.gui.test_source_details import open_details

    project = window.project
    source_id = window.reader.source_id
    assert project is not None and source_id is not None
    shown = sources.get_source(project, source_id).outlet
    dialog = open_details(window, qtbot)
    assert dialog.facts.text().startswith(f"Outlet “{shown}”: no details yet")
    completer = dialog.fields["outlet"].completer()
    assert completer is not None
    assert sorted(completer.model().index(i, 0).data() for i in range(2)) == [NEWSWEEK, STATE]
    field = dialog.fields["outlet"]
    field.setFocus()
    field.selectAll()
    type_text(field, "Interfax")
    qtbot.keyClick(field, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert "Interfax" in {o.name for o in outlets.list_outlets(project)}
    assert sources.get_source(project, source_id).outlet == "Interfax"
    window.commands.undo.trigger()  # the edit and the outlet it made, in one step
    assert "Interfax" not in {o.name for o in outlets.list_outlets(project)}

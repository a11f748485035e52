"""Source › Outlets… (Ctrl+Shift+O): the Outlets window, and the outlet names Source Details
completes. Each save, merge or delete is one service operation; the window's list follows the
change sets the project broadcasts (undo included)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence

from desktop_app.domain.model import Source
from desktop_app.domain.outlets import Outlet
from desktop_app.errors import ParleyError
from desktop_app.gui.dialogs.outlets_dialog import OutletsDialog
from desktop_app.gui.translation import translate
from desktop_app.services import outlets
from desktop_app.services.changes import ChangeSet

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+O"


class OutletsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: OutletsDialog | None = None
        self.action = QAction(translate("OutletsController", "&Outlets…"), window)
        self.action.setObjectName("outlets_action")
        self.action.setShortcut(QKeySequence(SHORTCUT))
        self.action.setToolTip(
            translate(
                "OutletsController",
                "Who published the sources: edit outlets, their groups, merge two",
            )
        )
        self.action.setStatusTip(self.action.toolTip())
        self.action.setEnabled(False)
        self.action.triggered.connect(self.open)
        window.addAction(self.action)
        window.menus.source.addSeparator()
        window.menus.source.addAction(self.action)
        window.bus.changed.connect(self._changed)
        window.project_changed.connect(self._project_changed)

    def _project_changed(self) -> None:
        self.action.setEnabled(self.window.project is not None)
        if self.window.project is None and self.dialog is not None:
            self.dialog.close()

    def open(self) -> None:
        if self.window.project is None:
            return
        if self.dialog is None:
            dialog = self.dialog = OutletsDialog(self.window)
            dialog.save_requested.connect(self._save)
            dialog.merge_requested.connect(self._merge)
            dialog.delete_requested.connect(self._delete)
        self._fill()
        self.dialog.show()
        self.dialog.raise_()
        self.dialog.activateWindow()
        self.dialog.list.setFocus()

    def _fill(self, current_id: int | None = None) -> None:
        if self.dialog is not None and self.window.project is not None:
            self.dialog.show_outlets(outlets.list_outlets(self.window.project), current_id)

    def _changed(self, change: ChangeSet) -> None:
        if (
            self.dialog is not None
            and self.dialog.isVisible()
            and (change.outlets or change.sources)
        ):
            self._fill()

    def _run(self, work: Callable[[], object]) -> Outlet | None:
        """Run one service call; a refusal goes to the dialog's error line."""
        assert self.dialog is not None
        try:
            result = work()
        except ParleyError as refused:
            self.dialog.say(str(refused))
            return None
        return result if isinstance(result, Outlet) else None

    def _save(self, outlet: Outlet) -> None:
        project = self.window.project
        if project is None:
            return
        if outlet.id:
            saved = self._run(lambda: outlets.update_outlet(project, outlet))
        else:
            saved = self._run(lambda: outlets.add_outlet(project, outlet))
        if saved is not None:
            self._fill(saved.id)

    def _merge(self, keep_id: int, merged_ids: list[int]) -> None:
        project = self.window.project
        if project is not None:
            self._run(lambda: outlets.merge_outlets(project, keep_id, merged_ids))

    def _delete(self, outlet_id: int) -> None:
        project = self.window.project
        if project is not None:
            self._run(lambda: outlets.delete_outlet(project, outlet_id))

    def names(self) -> list[str]:
        """The outlets' names, for Source Details to complete."""
        project = self.window.project
        return outlets.outlet_names(project) if project is not None else []

    def outlet_of(self, source: Source) -> Outlet | None:
        """The outlet ``source`` belongs to, for Source Details to describe."""
        project = self.window.project
        return outlets.outlet_of(project, source) if project is not None else None

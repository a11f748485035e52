"""Change sets from the services, delivered on the GUI thread.

``Project`` calls its listeners on whichever thread made the change: the GUI thread for mark-up
(delivered at once, so the view updates inside the same key press) or a worker for an import
(queued by Qt to the GUI thread, because the bus lives there). Views subscribe to the bus, never
to the project, and never refresh one another by name.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project


class ChangeBus(QObject):
    changed = Signal(object)  # ChangeSet

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._project: Project | None = None

    def attach(self, project: Project) -> None:
        self.detach()
        self._project = project
        project.subscribe(self._listen)

    def detach(self) -> None:
        if self._project is not None:
            self._project.unsubscribe(self._listen)
            self._project = None

    def _listen(self, change_set: ChangeSet) -> None:
        self.changed.emit(change_set)

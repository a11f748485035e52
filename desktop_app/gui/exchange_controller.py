"""REFI-QDA exchange from the window: File › Import › REFI-QDA Project… and File › Export.

Import reads the ``.qdpx`` in a worker (:func:`desktop_app.services.refi.import_qdpx`: checked
completely first, then one operation — one undo step) with progress and Cancel after half a
second; cancelling or a refused archive leaves the project as it was. Without an open project
the analyst is asked where to create one, so a MAXQDA or NVivo project becomes a Parley project
in one step. The summary and what could not be carried over are shown at the end.

File › Export To › REFI-QDA Project… is the Export menu's action: the export dialog with the
REFI-QDA format chosen (the same dialog as the other formats, so a subset can be exported too).
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from desktop_app.gui import prompts
from desktop_app.gui.translation import arg, translate
from desktop_app.gui.workers import CancelledFn, ProgressFn, Task
from desktop_app.services.refi import QdpxImportResult, import_qdpx

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def report_text(result: QdpxImportResult) -> tuple[str, str]:
    """(summary, details) of an import for the report dialog."""
    summary = result.summary()
    summary = summary[:1].upper() + summary[1:] + "."
    details = ""
    if result.notes:
        details = translate(
            "ExchangeController", "Not carried over, or changed on the way:\n"
        ) + "\n".join(f"• {note}" for note in result.notes)
    return summary, details


class ExchangeController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.task: Task | None = None
        self.last_result: QdpxImportResult | None = None
        self.last_outcome = ""  # "imported", "failed" or "cancelled"
        self.import_qdpx = QAction(
            translate("ExchangeController", "&REFI-QDA Project (.qdpx)…"), window
        )
        tip = translate(
            "ExchangeController",
            "Bring in a project from MAXQDA, NVivo, ATLAS.ti, QualCoder or Parley",
        )
        self.import_qdpx.setToolTip(tip)
        self.import_qdpx.setStatusTip(tip)
        self.import_qdpx.triggered.connect(self.import_dialog)
        self.import_menu, self.export_menu = self._add_menus()
        window.project_changed.connect(self.project_changed)
        self.project_changed()

    def _add_menus(self) -> tuple[QMenu, QMenu]:
        """File › Import and File › Export, after the other import entries."""
        window = self.window
        file_menu = window.menus.file
        a = window.commands
        entries = file_menu.actions()
        after = entries.index(a.paste_source) + 1 if a.paste_source in entries else len(entries)
        before = entries[after] if after < len(entries) else None
        import_menu = QMenu(translate("ExchangeController", "Import &From"), file_menu)
        import_menu.setToolTipsVisible(True)
        import_menu.addAction(self.import_qdpx)
        export_menu = QMenu(translate("ExchangeController", "E&xport To"), file_menu)
        export_menu.setToolTipsVisible(True)
        export_menu.addActions([a.export_workbook, a.export_briefing, a.export_qdpx])
        exporter = getattr(window, "exporter", None)
        if exporter is not None:
            export_menu.addAction(exporter.export_other)
        if before is not None:
            file_menu.insertMenu(before, import_menu)
            file_menu.insertMenu(before, export_menu)
        else:
            file_menu.addMenu(import_menu)
            file_menu.addMenu(export_menu)
        return import_menu, export_menu

    def project_changed(self) -> None:
        # Importing works without a project too (it creates one); not while one is running.
        self.import_qdpx.setEnabled(self.task is None)
        self.export_menu.setEnabled(self.window.project is not None)

    # -- import ----------------------------------------------------------------------------

    def import_dialog(self) -> None:
        if self.task is not None:
            return
        project = self.window.project
        start = str(project.path.parent) if project and project.path else str(Path.home())
        archive = prompts.qdpx_path(self.window, start)
        if archive is None:
            return
        if project is None:
            target = prompts.new_project_path(self.window, str(archive.with_suffix(".parley")))
            if target is None:
                return
            if target.exists():
                from desktop_app.errors import ParleyError

                prompts.show_error(
                    self.window,
                    ParleyError(
                        arg(translate("ExchangeController", "%1 already exists"), target.name),
                        translate("ExchangeController", "open it, or choose another name"),
                    ),
                )
                return
            if not self.window.open_project(target, create=True):
                return
        self.import_archive(archive)

    def import_archive(self, archive: Path) -> Task | None:
        """Import ``archive`` into the open project in a worker."""
        project = self.window.project
        if project is None:
            return None
        path = Path(archive)
        self.last_result = None
        self.last_outcome = ""

        def work(progress: ProgressFn, cancelled: CancelledFn) -> QdpxImportResult:
            return import_qdpx(project, path, progress, cancelled)

        def done(result: Any) -> None:
            self._done()
            self._finished(result)

        def failed(error: BaseException) -> None:
            self._done()
            self.last_outcome = "failed"
            self.window.statusBar().showMessage(
                arg(translate("ExchangeController", "Could not import %1"), path.name), 6000
            )
            self.window.report_failure(error)

        def cancelled() -> None:
            self._done()
            self.last_outcome = "cancelled"
            self.window.statusBar().showMessage(
                arg(
                    translate(
                        "ExchangeController", "Import of %1 cancelled; the project is unchanged"
                    ),
                    path.name,
                ),
                6000,
            )

        self.window.statusBar().showMessage(
            arg(translate("ExchangeController", "Importing %1…"), path.name)
        )
        self.task = self.window.runner.start(
            arg(translate("ExchangeController", "Importing %1…"), path.name),
            work,
            done,
            failed,
            on_cancel=cancelled,
        )
        self.import_qdpx.setEnabled(False)
        return self.task

    def _done(self) -> None:
        self.task = None
        self.import_qdpx.setEnabled(True)

    def _finished(self, result: QdpxImportResult) -> None:
        self.last_result = result
        self.last_outcome = "imported"
        window = self.window
        window.router.flush()  # the sources list holds the new ones before one is selected
        if result.source_ids:
            window.sources_panel.select_source(result.source_ids[0])
        summary, details = report_text(result)
        window.statusBar().showMessage(summary, 8000)
        prompts.show_report(
            window, translate("ExchangeController", "REFI-QDA Import"), summary, details
        )

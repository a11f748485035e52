"""Exporting from the window: the Export menu and toolbar open the export dialog, and the export
runs in a worker (:func:`desktop_app.services.exports.export`, atomic) with a progress dialog
and Cancel after half a second. Errors go to a dialog; after success the notes are shown and the
analyst may open the folder.

The briefing choices (analyst, classification, page size) and the folder are remembered in the
settings, from one run of Parley to the next, so a second export is one Enter away. A folder that
does not exist keeps the dialog open (see :meth:`ExportDialog.folder_problem`); after an export
that failed in its worker, the next dialog of the same format starts with what was typed.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QUrl
from PySide6.QtGui import QAction, QDesktopServices

from desktop_app import paths
from desktop_app.errors import Cancelled, ExportError
from desktop_app.gui import prompts
from desktop_app.gui.errors import user_errors
from desktop_app.gui.export_dialog import (
    ExportDialog,
    ExportFormat,
    ExportRequest,
    default_page_size,
)
from desktop_app.gui.translation import arg, translate
from desktop_app.gui.workers import CancelledFn, ProgressFn, Task
from desktop_app.services import exports, sources, team
from desktop_app.services.exports import ExportResult

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


def open_folder(folder: Path) -> bool:
    """Show a folder in the platform's file manager."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _stamp(path: Path) -> tuple[int, int] | None:
    try:
        status = path.stat()
    except OSError:
        return None
    return status.st_mtime_ns, status.st_size


class ExportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.settings = window.settings
        self.retry: ExportRequest | None = None  # what was asked for when the export failed
        self.task: Task | None = None
        self.last_result: ExportResult | None = None
        self.last_outcome = ""  # "written", "failed" or "cancelled": for the status bar and tests
        a = window.commands
        self.export_other = QAction(translate("ExportController", "&CSV or JSON Excerpts…"), window)
        self.export_other.setToolTip(
            translate("ExportController", "Every excerpt with its codes and citation, for scripts")
        )
        self.export_other.setStatusTip(self.export_other.toolTip())
        window.menus.export.addAction(self.export_other)
        for action, chosen in (
            (a.export_workbook, ExportFormat.WORKBOOK),
            (a.export_briefing, ExportFormat.BRIEFING),
            (a.export_qdpx, ExportFormat.QDPX),
            (self.export_other, ExportFormat.CSV),
        ):
            action.triggered.connect(lambda _checked=False, f=chosen: self.export_dialog(f))
        window.project_changed.connect(self.project_changed)
        self.project_changed()

    @property
    def actions(self) -> list[QAction]:
        a = self.window.commands
        return [a.export_workbook, a.export_briefing, a.export_qdpx, self.export_other]

    def project_changed(self) -> None:
        for action in self.actions:
            action.setEnabled(self.window.project is not None)

    # -- the dialog ------------------------------------------------------------------------

    def export_dialog(self, export_format: ExportFormat) -> None:
        project = self.window.project
        if project is None:
            return
        if self.task is not None:
            self.window.statusBar().showMessage(
                translate("ExportController", "An export is already running"), 4000
            )
            return
        settings = self.settings
        retry, self.retry = self.retry, None
        if retry is not None and retry.format is not export_format:
            retry = None
        with user_errors(self.window):
            listed = sources.list_sources(project)
            request, accepted = ExportDialog.ask(
                self.window,
                project.name,
                listed,
                export_format,
                self.folder,
                analyst=settings.export_analyst or team.display_name(project),
                classification=settings.export_classification,
                page_size=settings.export_page_size or default_page_size(),
                chosen_ids=(
                    retry.options.source_ids
                    if retry is not None and retry.options.source_ids is not None
                    else self._compared_ids()
                ),
                title=retry.options.title if retry is not None else "",
                path=retry.path if retry is not None else None,
                coders=[(c.name, c.shown_name) for c in team.list_coders(project) if c.annotations],
                coder=retry.options.coder if retry is not None else None,
                appendix=retry.options.appendix if retry is not None else "wordings",
            )
            if accepted:
                self.start(request)

    @property
    def folder(self) -> Path:
        """Where the dialog proposes to write: the last export's folder (remembered from one
        run of Parley to the next) while it exists, else the default exports folder."""
        remembered = self.settings.export_folder
        if remembered and Path(remembered).is_dir():
            return Path(remembered)
        return paths.default_exports_dir()

    def remember(self, request: ExportRequest) -> None:
        """The dialog's choices, for the next export (dialogs return data; we persist it)."""
        settings, options = self.settings, request.options
        settings.export_folder = str(request.path.parent)
        if options.analyst:
            settings.export_analyst = options.analyst
        settings.export_classification = options.classification
        settings.export_page_size = options.page_size
        settings.sync()

    def _compared_ids(self) -> list[int] | None:
        """The sources the open compare view shows, so "export what I am looking at" is the
        default when it shows a subset."""
        compare = getattr(self.window, "compare", None)
        if compare is None or not compare.shown or compare.comparison is None:
            return None
        return [s.id for s in compare.comparison.sources]

    # -- the work --------------------------------------------------------------------------

    def start(self, request: ExportRequest) -> Task | None:
        """Write ``request.path`` in a worker; returns the task (None without a project)."""
        project = self.window.project
        if project is None:
            return None
        options = request.options
        self.remember(request)
        target = request.path
        if target.parent == paths.default_exports_dir():
            target.parent.mkdir(parents=True, exist_ok=True)
        before = _stamp(target)
        self.last_result = None
        self.last_outcome = ""

        def work(progress: ProgressFn, cancelled: CancelledFn) -> ExportResult:
            if cancelled():
                raise Cancelled()
            return exports.export(project, target, options, progress, cancelled)

        def done(result: Any) -> None:
            self.task = None
            self._finished(result)

        def failed(error: BaseException) -> None:
            self.task = None
            self.retry = request  # the next dialog starts with what was typed
            self.last_outcome = "failed"
            self.window.statusBar().showMessage(
                arg(translate("ExportController", "Could not export %1"), target.name), 6000
            )
            if not isinstance(error, ExportError):
                log.error("export of %s failed: %r", target, error)
            self.window.report_failure(error)

        def cancelled() -> None:
            self.task = None
            self.last_outcome = "cancelled"
            if target.exists() and _stamp(target) != before:
                # Cancel came after the file was complete and renamed into place.
                self.window.statusBar().showMessage(
                    arg(
                        translate("ExportController", "The export had finished before Cancel: %1"),
                        target,
                    ),
                    8000,
                )
            else:
                self.window.statusBar().showMessage(
                    arg(
                        translate("ExportController", "Export cancelled; %1 was not written"),
                        target.name,
                    ),
                    6000,
                )

        self.window.statusBar().showMessage(
            arg(translate("ExportController", "Exporting %1…"), target.name)
        )
        self.task = self.window.runner.start(
            arg(translate("ExportController", "Exporting %1…"), target.name),
            work,
            done,
            failed,
            on_cancel=cancelled,
        )
        return self.task

    def _finished(self, result: ExportResult) -> None:
        self.last_result = result
        self.last_outcome = "written"
        path = result.path
        self.window.statusBar().showMessage(
            arg(translate("ExportController", "Wrote %1"), path), 8000
        )
        details = ""
        if result.notes:
            details = translate("ExportController", "Notes:\n") + "\n".join(
                f"• {note}" for note in result.notes
            )
        text = arg(translate("ExportController", "Wrote %1\nin %2"), path.name, path.parent)
        if prompts.export_finished(
            self.window, translate("ExportController", "Export"), text, details
        ):
            open_folder(path.parent)

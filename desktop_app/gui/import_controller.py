"""Importing from the window: menu, toolbar, drag-and-drop of files and folders, and the
clipboard.

Files are read in a worker (:func:`desktop_app.services.sources.import_paths` with the copied
list of paths), with a progress dialog and Cancel if it takes longer than half a second;
cancelling leaves the project as it was. Refused files are listed with their reasons in one
dialog at the end, next to duplicates and warnings.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QMimeData, QObject
from PySide6.QtWidgets import QApplication

from desktop_app.errors import ImportRefused
from desktop_app.gui import prompts
from desktop_app.gui.errors import user_errors
from desktop_app.gui.translation import arg, translate
from desktop_app.services import sources
from desktop_app.services.sources import ImportReport

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.workers import CancelledFn, ProgressFn

SUPPORTED_TYPES = ".txt, .html, .docx, .odt, .pdf, .md, .rtf"

log = logging.getLogger(__name__)


def report_text(report: ImportReport) -> tuple[str, str]:
    """(summary, details) of an import for the report dialog."""
    added = len(report.added)
    summary = translate("ImportController", "%Ln source(s) added.", "", added)
    if report.refused:
        refused = len(report.refused)
        summary += " " + translate(
            "ImportController", "%Ln file(s) could not be imported.", "", refused
        )
    if report.skipped:
        count = len(report.skipped)
        summary += " " + translate(
            "ImportController", "%Ln file(s) skipped (unsupported type).", "", count
        )
    if report.archives:
        count = len(report.archives)
        summary += " " + translate(
            "ImportController",
            "%Ln REFI-QDA project(s) skipped (import from File › Import From).",
            "",
            count,
        )
    lines: list[str] = []
    if report.refused:
        lines.append(translate("ImportController", "Not imported:"))
        for refusal in report.refused:
            todo = f" — {refusal.todo}" if refusal.todo else ""
            lines.append(f"• {refusal.path.name}: {refusal.reason}{todo}")
    if report.duplicates:
        lines.append(translate("ImportController", "Already in the project (same bytes), skipped:"))
        known = translate("ImportController", "• %1 (as “%2”)")
        lines.extend(arg(known, d.name, d.existing_title) for d in report.duplicates)
    if report.warnings:
        lines.append(translate("ImportController", "Warnings:"))
        lines.extend(f"• {w}" for w in report.warnings)
    if report.skipped:
        lines.append(
            translate("ImportController", "Skipped, not a type Parley imports (%1):").replace(
                "%1", SUPPORTED_TYPES
            )
        )
        lines.extend(f"• {path.as_posix()}" for path in report.skipped)
    if report.archives:
        lines.append(
            translate(
                "ImportController",
                "Skipped, REFI-QDA projects (.qdpx) — import each with "
                "File › Import From › REFI-QDA Project:",
            )
        )
        lines.extend(f"• {path.parent.name}/{path.name}" for path in report.archives)
    return summary, "\n".join(lines)


class ImportController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        window.commands.import_files.triggered.connect(self.import_files_dialog)
        window.commands.import_folder.triggered.connect(self.import_folder_dialog)
        window.commands.paste_source.triggered.connect(self.paste)
        self.last_report: ImportReport | None = None

    # -- entry points ----------------------------------------------------------------------

    def import_files_dialog(self) -> None:
        paths = prompts.import_file_paths(self.window, self._start_folder())
        if paths:
            self.import_paths(paths)

    def import_folder_dialog(self) -> None:
        path = prompts.import_folder_path(self.window, self._start_folder())
        if path is not None:
            self.import_paths([path])

    def _start_folder(self) -> str:
        project = self.window.project
        return str(project.path.parent) if project and project.path else str(Path.home())

    @staticmethod
    def accepts(mime: QMimeData) -> bool:
        return mime.hasUrls() and any(url.isLocalFile() for url in mime.urls())

    @staticmethod
    def paths_of(mime: QMimeData) -> list[Path]:
        if not mime.hasUrls():
            return []
        return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]

    def import_paths(self, paths: Sequence[Path]) -> None:
        project = self.window.project
        if project is None or not paths:
            return
        chosen = [Path(p) for p in paths]  # copied: the worker never sees widgets

        def work(progress: ProgressFn, cancelled: CancelledFn) -> ImportReport:
            return sources.import_paths(project, chosen, progress, cancelled)

        items = len(chosen)
        what = (
            chosen[0].name
            if items == 1
            else translate("ImportController", "%Ln item(s)", "", items)
        )
        self.window.statusBar().showMessage(
            arg(translate("ImportController", "Importing %1…"), what)
        )
        self.window.runner.start(
            arg(translate("ImportController", "Importing %1…"), what),
            work,
            self._finished,
            self.window.report_failure,
            on_cancel=lambda: self.window.statusBar().showMessage(
                translate("ImportController", "Import cancelled; nothing was added"), 5000
            ),
        )

    def paste(self) -> None:
        project = self.window.project
        if project is None:
            return
        text = QApplication.clipboard().text()
        with user_errors(self.window):
            try:
                report = sources.paste_text(project, text)
            except ImportRefused as refusal:
                prompts.show_error(
                    self.window, refusal, translate("ImportController", "Paste as New Source")
                )
                return
            self._finished(report)

    # -- results ---------------------------------------------------------------------------

    def _finished(self, report: ImportReport) -> None:
        self.last_report = report
        window = self.window
        window.router.flush()  # the sources list holds the new ones before we select one
        if report.added:
            window.sources_panel.select_source(report.added[0].id)
        summary, details = report_text(report)
        window.statusBar().showMessage(summary, 6000)
        if (
            report.refused
            or report.duplicates
            or report.warnings
            or report.skipped
            or report.archives
        ):
            prompts.show_report(window, translate("ImportController", "Import"), summary, details)

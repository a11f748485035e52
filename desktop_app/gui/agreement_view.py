"""Compare › Intercoder Agreement…: how far the coders agree, per kind and per code.

The numbers are :func:`desktop_app.services.agreement.project_agreement`'s, computed in a worker
and shown as :func:`~desktop_app.domain.agreement.agreement_table` lays them out — the same
table as ``parley agreement`` and the workbook's ``Agreement`` sheet. With more than two coders
the analyst chooses whom to compare; the sources are those the compare view shows, else all.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.agreement import AgreementReport, agreement_table
from desktop_app.gui import prompts
from desktop_app.gui.errors import user_errors
from desktop_app.services import agreement, team

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.workers import CancelledFn, ProgressFn

log = logging.getLogger(__name__)

UNDEFINED = "—"
PERCENT_COLUMNS = {"Agreement"}


def shown_value(header: str, value: object) -> str:
    """A cell as the analyst reads it: ratios to three places, agreement in percent."""
    if value is None:
        return UNDEFINED
    if isinstance(value, float):
        return f"{value:.0%}" if header in PERCENT_COLUMNS else f"{value:.3f}"
    return str(value)


class AgreementView(QDialog):
    """The agreement table; stays open beside the window (not modal)."""

    def __init__(self, parent: QWidget | None, report: AgreementReport, sources: int) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_view")
        self.setWindowTitle("Intercoder Agreement")
        self.report = report
        header, rows = agreement_table(report)
        summary = QLabel(
            f"{', '.join(report.coders)}: αu (where the spans are) over the {sources} "
            "source(s) every one marked up; kappa and agreement on whether each used a code "
            "in a source (mean over pairs of coders). “—”: nothing to compare.",
            self,
        )
        summary.setWordWrap(True)
        self.table = QTableWidget(len(rows), len(header), self)
        self.table.setObjectName("agreement_table")
        self.table.setAccessibleName("Agreement per kind and code")
        self.table.setHorizontalHeaderLabels(list(header))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        bold = QFont(self.table.font())
        bold.setBold(True)
        for row, values in enumerate(rows):
            is_kind = values[1] == ""
            for column, value in enumerate(values):
                item = QTableWidgetItem(shown_value(header[column], value))
                if column >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if is_kind:
                    item.setFont(bold)
                self.table.setItem(row, column, item)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        notes = QLabel("\n".join(f"• {note}" for note in report.notes), self)
        notes.setObjectName("agreement_notes")
        notes.setWordWrap(True)
        notes.setVisible(bool(report.notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.table)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        self.resize(880, 460)

    def cells(self) -> list[list[str]]:
        """The table's text, row by row (tests, copying)."""
        found: list[list[str]] = []
        for row in range(self.table.rowCount()):
            items = (self.table.item(row, column) for column in range(self.table.columnCount()))
            found.append([item.text() if item is not None else "" for item in items])
        return found


class AgreementController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: AgreementView | None = None
        self.running = False
        self.action = QAction("Intercoder &Agreement…", window)
        self.action.setObjectName("agreement")
        tip = "How far the coders agree on where they put which codes (αu, Cohen's kappa)"
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.ask)
        window.menus.compare.addSeparator()
        window.menus.compare.addAction(self.action)
        window.project_changed.connect(self.project_changed)
        self.project_changed()

    def project_changed(self) -> None:
        self.action.setEnabled(self.window.project is not None)
        if self.window.project is None and self.view is not None:
            self.view.close()

    def ask(self) -> None:
        project = self.window.project
        if project is None or self.running:
            return
        with user_errors(self.window):
            listed = team.list_coders(project)
        people = set(team.people_coding_together(listed))
        coders = [c for c in listed if c.name in people]
        if len(coders) < 2:
            marked = [c for c in listed if c.annotations]
            prompts.show_report(
                self.window,
                "Intercoder Agreement",
                "Agreement needs two or more people who marked up the same sources.",
                "Coders with annotations: "
                + (", ".join(c.shown_name for c in marked) or "none")
                + ".",
            )
            return
        names: Sequence[str] = [c.name for c in coders]
        if len(coders) > 2:
            chosen = prompts.choose_many(
                self.window,
                "Intercoder Agreement",
                "Compare these coders:",
                [(c.name, f"{c.name} — {c.annotations}", True) for c in coders],
                minimum=2,
            )
            if chosen is None:
                return
            names = chosen
        self.start(list(names), self._compared_ids())

    def _compared_ids(self) -> list[int] | None:
        compare = getattr(self.window, "compare", None)
        if compare is None or not compare.shown or compare.comparison is None:
            return None
        return [s.id for s in compare.comparison.sources]

    def start(self, coders: list[str], source_ids: list[int] | None) -> None:
        project = self.window.project
        if project is None:
            return
        self.running = True

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> AgreementReport:
            return agreement.project_agreement(project, coders, source_ids)

        def done(report: AgreementReport) -> None:
            self.running = False
            if project is self.window.project:
                self.show(report)

        def failed(error: BaseException) -> None:
            self.running = False
            self.window.report_failure(error)

        self.window.runner.start("Measuring intercoder agreement…", work, done, failed)

    def show(self, report: AgreementReport) -> None:
        if not report.comparable:
            prompts.show_report(
                self.window,
                "Intercoder Agreement",
                "There is nothing to compare yet.",
                "\n".join(f"• {note}" for note in report.notes),
            )
            return
        if self.view is not None:
            self.view.close()
            self.view.deleteLater()
        self.view = AgreementView(self.window, report, len(report.source_ids))
        self.view.show()

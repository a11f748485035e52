"""Compare › Intercoder Agreement…: how far the coders agree, per kind and per code.

The numbers are :func:`desktop_app.services.agreement.project_agreement`'s, computed in a worker
and shown as :func:`~desktop_app.domain.agreement.agreement_table` lays them out — the same
table as ``parley agreement`` and the workbook's ``Agreement`` sheet. With more than two coders
the analyst chooses whom to compare; the sources are those the compare view shows, else all.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.agreement import (
    AgreementReport,
    about_figures,
    agreement_table,
    column_title,
)
from desktop_app.domain.agreement_detail import (
    AgreementDetail,
    Side,
    SpanDifference,
    source_table,
)
from desktop_app.domain.model import ADJUDICATED_CODER
from desktop_app.gui import prompts
from desktop_app.gui.errors import user_errors
from desktop_app.gui.translation import arg, translate
from desktop_app.services import adjudication, agreement, sources, team
from desktop_app.services.adjudication import Decided, Decision, difference_key
from desktop_app.services.changes import ChangeSet

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.workers import CancelledFn, ProgressFn

log = logging.getLogger(__name__)

UNDEFINED = "—"
Measured = tuple[AgreementReport, AgreementDetail, dict[int, str], dict[str, Decided]]


def shown_value(header: str, value: object) -> str:
    """A cell as the analyst reads it: ratios to three places, agreement in percent."""
    if value is None:
        return UNDEFINED
    if isinstance(value, float):
        locale = QLocale()  # the interface language's decimal sign
        # The observed-agreement column, by its title in the interface language.
        if header == column_title("Agreement"):
            return locale.toString(round(value * 100)) + locale.percent()
        return locale.toString(value, "f", 3)
    return str(value)


class DifferenceTable(QTableWidget):
    """The differences, one row each; keys on the focused row decide it (see ``KEYS``)."""

    activated_row = Signal(int)
    key_pressed = Signal(int, str)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        row = self.currentRow()
        if row >= 0 and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
            Qt.KeyboardModifier.ShiftModifier,
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.activated_row.emit(row)
                return
            key = event.text().upper()
            if key and key in DECISION_KEYS + TAKE_AGREED_KEY:
                self.key_pressed.emit(row, key)
                return
        super().keyPressEvent(event)


DECISION_KEYS = "12BNE"  # Decision's values
TAKE_AGREED_KEY = "A"
QUOTE_SHOWN = 300  # characters of a quote in a cell (the tooltip has it all)


class AgreementView(QDialog):
    """The agreement figures, where the coders differ, and adjudication; stays open beside the
    window (not modal). Asks its controller for everything that reads or changes the project:
    ``jump_requested`` (source id, start, end), ``decision_requested`` (difference, key),
    ``take_agreed_requested`` (first coder, second coder)."""

    jump_requested = Signal(int, int, int)
    decision_requested = Signal(object, str)
    take_agreed_requested = Signal(str, str)

    def __init__(
        self,
        parent: QWidget | None,
        report: AgreementReport,
        detail: AgreementDetail,
        code_names: Mapping[int, str],
        decided: Mapping[str, Decided],
    ) -> None:
        super().__init__(parent)
        self.setObjectName("agreement_view")
        self.setWindowTitle(translate("AgreementView", "Intercoder Agreement"))
        self.report = report
        self.detail = detail
        self.code_names = dict(code_names)
        count = len(report.source_ids)
        about = translate(
            "AgreementView",
            "%1: αu (where the spans are) over the %Ln source(s) every one marked up; kappa and "
            "agreement on whether each used a code in a source (mean over pairs of coders). "
            "“—”: nothing to compare. What each figure means: “About these figures”.",
            "",
            count,
        )
        summary = QLabel(arg(about, ", ".join(report.coders)), self)
        summary.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("agreement_tabs")
        self.table = self._figures_table()
        self.tabs.addTab(self.table, translate("AgreementView", "By &Kind and Code"))
        self.sources_table = self._sources_table()
        self.tabs.addTab(self.sources_table, translate("AgreementView", "By &Source"))
        self.differences = self._differences_table()
        self.keys_help = QLabel(self._keys_text(), self)
        self.keys_help.setObjectName("adjudication_keys")
        self.keys_help.setWordWrap(True)
        page = QWidget(self)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.addWidget(self.keys_help)
        page_layout.addWidget(self.differences)
        differences = translate("AgreementView", "&Differences (%1)")
        self.tabs.addTab(page, arg(differences, len(detail.differences)))
        self.about = QTextBrowser(self)
        self.about.setObjectName("agreement_about")
        self.about.setHtml(about_html())
        self.tabs.addTab(self.about, translate("AgreementView", "About &These Figures"))
        notes = QLabel("\n".join(f"• {note}" for note in report.notes), self)
        notes.setObjectName("agreement_notes")
        notes.setWordWrap(True)
        notes.setVisible(bool(report.notes))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(summary)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(notes)
        layout.addWidget(buttons)
        self.set_decided(decided)
        self.resize(980, 560)

    # -- the tables ------------------------------------------------------------------------

    def _table(self, name: str, accessible: str, header: Sequence[str]) -> QTableWidget:
        table = QTableWidget(0, len(header), self)
        table.setObjectName(name)
        table.setAccessibleName(accessible)
        table.setHorizontalHeaderLabels(list(header))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setAlternatingRowColors(True)
        return table

    def _fill(
        self, table: QTableWidget, header: Sequence[str], rows: Sequence[Sequence[object]]
    ) -> None:
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                item = QTableWidgetItem(shown_value(header[column], value))
                if isinstance(value, int | float) and not isinstance(value, bool):
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def _figures_table(self) -> QTableWidget:
        header, rows = agreement_table(self.report)
        table = self._table(
            "agreement_table", translate("AgreementView", "Agreement per kind and code"), header
        )
        self._fill(table, header, rows)
        bold = QFont(table.font())
        bold.setBold(True)
        for row, values in enumerate(rows):
            if values[1] == "":
                for column in range(len(values)):
                    item = table.item(row, column)
                    if item is not None:
                        item.setFont(bold)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        return table

    def _sources_table(self) -> QTableWidget:
        header, rows = source_table(self.detail, self.report.coders)
        table = self._table(
            "agreement_sources", translate("AgreementView", "Agreement per source"), header
        )
        self._fill(table, header, rows)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        table.itemActivated.connect(
            lambda item: self.show_differences_of(self.detail.by_source[item.row()].source_id)
        )
        return table

    def _pair_names(self) -> tuple[str, str]:
        if len(self.report.coders) == 2:
            return self.report.coders[0], self.report.coders[1]
        return translate("AgreementView", "First coder"), translate("AgreementView", "Second coder")

    def _differences_table(self) -> DifferenceTable:
        first, second = self._pair_names()
        header = (
            translate("AgreementView", "Source"),
            translate("AgreementView", "Difference"),
            first,
            second,
            translate("AgreementView", "Decision"),
        )
        table = DifferenceTable(0, len(header), self)
        table.setObjectName("agreement_differences")
        table.setAccessibleName(translate("AgreementView", "Differences between the coders"))
        table.setHorizontalHeaderLabels(list(header))
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.setWordWrap(True)
        titles = {r.source_id: r.title for r in self.detail.by_source}
        named = len(self.report.coders) != 2
        table.setRowCount(len(self.detail.differences))
        for row, d in enumerate(self.detail.differences):
            cells = (
                titles.get(d.source_id, f"#{d.source_id}"),
                d.describe(),
                self._side_text(d.first_coder, d.first, named),
                self._side_text(d.second_coder, d.second, named),
                "",
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                table.setItem(row, column, item)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        table.resizeColumnToContents(1)
        table.resizeRowsToContents()
        table.activated_row.connect(self._jump_to)
        table.doubleClicked.connect(lambda index: self._jump_to(index.row()))
        table.key_pressed.connect(self._key)
        if table.rowCount():
            table.setCurrentCell(0, 0)
        return table

    def _side_text(self, coder: str, side: Side | None, named: bool) -> str:
        prefix = f"{coder}: " if named else ""
        if side is None:
            return prefix + translate("AgreementView", "nothing here")
        quote = (
            side.quote if len(side.quote) <= QUOTE_SHOWN else side.quote[: QUOTE_SHOWN - 1] + "…"
        )
        code = self.code_names.get(side.code_id) or arg(
            translate("AgreementView", "code #%1"), side.code_id
        )
        return f"{prefix}{code} · {side.start}–{side.end}\n“{quote}”"

    def _keys_text(self) -> str:
        first, second = self._pair_names()
        if len(self.report.coders) != 2:
            first, second = (
                translate("AgreementView", "the first coder"),
                translate("AgreementView", "the second coder"),
            )
        keys = translate(
            "AgreementView",
            "On a difference: Enter shows it in the reader · 1 keep %1's · 2 keep %2's · "
            "B both · N neither · E edit · A copy every span the two marked alike. Decisions go "
            "into the coder “%3” (not compared as a person), one undo step each (Ctrl+Z); to "
            "make the deliverables from it, choose “%3” under Mark-up of in File › Export To.",
        )
        return arg(keys, first, second, ADJUDICATED_CODER)

    # -- what the controller calls ---------------------------------------------------------

    def set_decided(self, decided: Mapping[str, Decided]) -> None:
        """Show which differences are decided, and how."""
        for row, d in enumerate(self.detail.differences):
            found = decided.get(difference_key(d))
            text = ""
            if found is not None:
                kept = translate("AgreementView", "kept %1's")
                text = {
                    Decision.FIRST: arg(kept, d.first_coder),
                    Decision.SECOND: arg(kept, d.second_coder),
                    Decision.BOTH: translate("AgreementView", "keep both"),
                    Decision.NEITHER: translate("AgreementView", "keep neither"),
                    Decision.EDIT: translate("AgreementView", "edited"),
                }[found.decision]
            item = self.differences.item(row, 4)
            if item is not None:
                item.setText(text)
        self.decided = dict(decided)

    def undecided_after(self, row: int) -> int | None:
        """The next row (after ``row``, wrapping) without a decision."""
        count = len(self.detail.differences)
        for step in range(1, count + 1):
            candidate = (row + step) % count
            if difference_key(self.detail.differences[candidate]) not in self.decided:
                return candidate
        return None

    def show_differences_of(self, source_id: int) -> None:
        """The Differences tab, on the first difference in ``source_id``."""
        self.tabs.setCurrentIndex(2)
        for row, d in enumerate(self.detail.differences):
            if d.source_id == source_id:
                self.differences.setCurrentCell(row, 0)
                break
        self.differences.setFocus()

    def _jump_to(self, row: int) -> None:
        d = self.detail.differences[row]
        sides = [s for s in (d.first, d.second) if s is not None]
        self.jump_requested.emit(
            d.source_id, min(s.start for s in sides), max(s.end for s in sides)
        )

    def _key(self, row: int, key: str) -> None:
        d = self.detail.differences[row]
        if key == TAKE_AGREED_KEY:
            self.take_agreed_requested.emit(d.first_coder, d.second_coder)
        else:
            self.decision_requested.emit(d, key)

    def cells(self) -> list[list[str]]:
        """The figures table's text, row by row (tests, copying)."""
        return table_cells(self.table)

    def difference_cells(self) -> list[list[str]]:
        return table_cells(self.differences)


def table_cells(table: QTableWidget) -> list[list[str]]:
    found: list[list[str]] = []
    for row in range(table.rowCount()):
        items = (table.item(row, column) for column in range(table.columnCount()))
        found.append([item.text() if item is not None else "" for item in items])
    return found


def about_html() -> str:
    """:data:`~desktop_app.domain.agreement.ABOUT_FIGURES` for the "About these figures" tab."""
    return "".join(
        f"<h3>{html.escape(heading)}</h3><p>{html.escape(text)}</p>"
        for heading, text in about_figures()
    )


class AgreementController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view: AgreementView | None = None
        self.running = False
        self.action = QAction(translate("AgreementView", "Intercoder &Agreement…"), window)
        self.action.setObjectName("agreement")
        tip = translate(
            "AgreementView",
            "How far the coders agree on where they put which codes (αu, Cohen's kappa)",
        )
        self.action.setToolTip(tip)
        self.action.setStatusTip(tip)
        self.action.triggered.connect(self.ask)
        window.menus.compare.addSeparator()
        window.menus.compare.addAction(self.action)
        window.project_changed.connect(self.project_changed)
        window.bus.changed.connect(self._changed)
        self.project_changed()

    def project_changed(self) -> None:
        self.action.setEnabled(self.window.project is not None)
        if self.window.project is None and self.view is not None:
            self.view.close()

    def ask(self) -> None:
        project = self.window.project
        if project is None or self.running:
            return
        if not self.window.team.open_adjudication():  # blind coding: only the lead ends it
            return
        with user_errors(self.window):
            listed = team.list_coders(project)
        people = set(team.people_coding_together(listed))
        coders = [c for c in listed if c.name in people]
        if len(coders) < 2:
            marked = [c for c in listed if c.annotations]
            prompts.show_report(
                self.window,
                translate("AgreementView", "Intercoder Agreement"),
                translate(
                    "AgreementView",
                    "Agreement needs two or more people who marked up the same sources.",
                ),
                translate("AgreementView", "Coders with annotations: ")
                + (", ".join(c.shown_name for c in marked) or translate("AgreementView", "none"))
                + ".",
            )
            return
        names: Sequence[str] = [c.name for c in coders]
        if len(coders) > 2:
            chosen = prompts.choose_many(
                self.window,
                translate("AgreementView", "Intercoder Agreement"),
                translate("AgreementView", "Compare these coders:"),
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

        def work(_progress: ProgressFn, _cancelled: CancelledFn) -> Measured:
            report, detail, names = agreement.project_agreement_detail(project, coders, source_ids)
            return report, detail, names, adjudication.decisions(project)

        def done(measured: Measured) -> None:
            self.running = False
            if project is self.window.project:
                self.show(*measured)

        def failed(error: BaseException) -> None:
            self.running = False
            self.window.report_failure(error)

        self.window.runner.start(
            translate("AgreementView", "Measuring intercoder agreement…"), work, done, failed
        )

    def show(
        self,
        report: AgreementReport,
        detail: AgreementDetail,
        names: Mapping[int, str],
        decided: Mapping[str, Decided],
    ) -> None:
        if not report.comparable:
            prompts.show_report(
                self.window,
                translate("AgreementView", "Intercoder Agreement"),
                translate("AgreementView", "There is nothing to compare yet."),
                "\n".join(f"• {note}" for note in report.notes),
            )
            return
        if self.view is not None:
            self.view.close()
            self.view.deleteLater()
        self.view = AgreementView(self.window, report, detail, names, decided)
        self.view.addActions([self.window.commands.undo, self.window.commands.redo])
        self.view.jump_requested.connect(self.jump)
        self.view.decision_requested.connect(self.decide)
        self.view.take_agreed_requested.connect(self.take_agreed)
        self.view.show()

    # -- where they differ, and adjudication -----------------------------------------------

    def jump(self, source_id: int, start: int, end: int) -> None:
        """Show a difference's passage in the reader, selected (the window comes forward)."""
        compare = getattr(self.window, "compare", None)
        if compare is not None:
            compare.jump(source_id, start, end)
        else:
            self.window.show_span(source_id, start, end)
        self.window.activateWindow()

    def decide(self, difference: SpanDifference, key: str) -> None:
        project, view = self.window.project, self.view
        if project is None or view is None:
            return
        decision = Decision(key)
        edited: tuple[int, int, int] | None = None
        with user_errors(self.window):
            if decision is Decision.EDIT:
                edited = self._ask_edit(difference)
                if edited is None:
                    return
            adjudication.decide(project, difference, decision, edited)
            self.refresh_decisions()
            row = view.differences.currentRow()
            following = view.undecided_after(row)
            if following is not None:
                view.differences.setCurrentCell(following, 0)
            view.differences.setFocus()

    def _ask_edit(self, difference: SpanDifference) -> tuple[int, int, int] | None:
        project, view = self.window.project, self.view
        assert project is not None and view is not None
        sides = [s for s in (difference.first, difference.second) if s is not None]
        text = sources.get_text(project, difference.source_id)
        offered = {s.code_id for s in sides}
        codes = [(s.code_id, view.code_names.get(s.code_id, "")) for s in sides]
        codes = list(dict.fromkeys(codes))
        codes += [
            (row.code_id, row.name)
            for row in view.report.rows
            if row.code_id is not None and row.code_id not in offered
        ]
        return prompts.adjudicated_span(
            view,
            text,
            start=min(s.start for s in sides),
            end=max(s.end for s in sides),
            codes=codes,
            code_id=sides[0].code_id,
        )

    def take_agreed(self, first: str, second: str) -> None:
        project, view = self.window.project, self.view
        if project is None or view is None:
            return
        with user_errors(self.window):
            copied = adjudication.take_agreed(project, first, second, view.report.source_ids)
            message = translate(
                "AgreementView", "%Ln span(s) %1 and %2 marked alike copied to “%3”", "", copied
            )
            self.window.statusBar().showMessage(
                arg(message, first, second, ADJUDICATED_CODER), 6000
            )

    def refresh_decisions(self) -> None:
        project, view = self.window.project, self.view
        if project is not None and view is not None:
            view.set_decided(adjudication.decisions(project))

    def _changed(self, change: ChangeSet) -> None:
        """Undo and redo (and a colleague's decisions) show in the Decision column."""
        if self.view is not None and self.view.isVisible() and change.project:
            self.refresh_decisions()

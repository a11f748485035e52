"""The compare view's *By outlet group* and *Timeline* tabs (see
:mod:`desktop_app.domain.outlet_coverage`): the condition × outlet-group matrix with the
blindspots under it, and per condition the first report and every other outlet's lag.

Both show what the compare controller computed off the GUI thread (:class:`OutletFindings` with
the comparison it came from). Enter or a double-click on a row or cell asks for a jump to the
reader: to the first excerpt of the condition in the sources concerned.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.comparison import Comparison, Excerpt
from desktop_app.domain.dates import shown_date
from desktop_app.domain.outlet_coverage import OutletFindings
from desktop_app.domain.outlets import BlindspotRule
from desktop_app.gui.table_model import RowTableModel
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

# Translated where shown: translate("CompareOutlets", NAME)
BY_GROUP = QT_TRANSLATE_NOOP("CompareOutlets", "By outlet group")
TIMELINE = QT_TRANSLATE_NOOP("CompareOutlets", "Timeline")
TABS = (
    (
        BY_GROUP,
        QT_TRANSLATE_NOOP(
            "CompareOutlets",
            "Conditions × outlet groups: reported by k of n fully coded outlets; blindspots",
        ),
    ),
    (
        TIMELINE,
        QT_TRANSLATE_NOOP(
            "CompareOutlets",
            "Who reported each condition first, and how much later the others did",
        ),
    ),
)
NO_GROUPS = QT_TRANSLATE_NOOP(
    "CompareOutlets",
    "No outlet of the compared sources is in a group yet: sort outlets into groups in "
    "Source › Outlets… (Ctrl+Shift+O).",
)
_REPORTED = QColor("#dbe8f7")
_SILENT = QColor("#f6d5d1")
_Index = QModelIndex | QPersistentModelIndex


def first_excerpt(
    comparison: Comparison, condition_id: int, outlets: tuple[str, ...] | None
) -> Excerpt | None:
    """The condition's first excerpt in a source of one of ``outlets`` (None: any source)."""
    snapshot = comparison.snapshot
    for source in comparison.sources:
        if outlets is not None:
            outlet = snapshot.outlet_of(source)
            if outlet is None or outlet.name not in outlets:
                continue
        found = comparison.cell(condition_id, source.id)
        if found:
            return found[0]
    return None


class GroupsModel(QAbstractTableModel):
    """Rows: conditions; columns: outlet groups; a cell: "k of n" and who."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.findings: OutletFindings | None = None
        self._silent: set[tuple[int, str]] = set()
        self._loud: set[tuple[int, str]] = set()

    def show(self, findings: OutletFindings | None) -> None:
        self.beginResetModel()
        self.findings = findings
        spots = findings.blindspots if findings is not None else ()
        self._silent = {(b.condition.id, b.absent_group) for b in spots}
        self._loud = {(b.condition.id, b.reported_group) for b in spots}
        self.endResetModel()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self.findings is None or not self.findings.coverage.groups:
            return 0
        return len(self.findings.coverage.conditions)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return (
            0 if parent.isValid() or self.findings is None else len(self.findings.coverage.groups)
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if self.findings is None or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        coverage = self.findings.coverage
        if orientation == Qt.Orientation.Horizontal:
            group = coverage.groups[section]
            coded, members = len(coverage.coded[group]), len(coverage.members[group])
            if role == Qt.ItemDataRole.ToolTipRole:
                tip = translate(
                    "CompareOutlets", "%1: %2 of %Ln outlet(s) fully coded — %3", "", members
                )
                return arg(tip, group, coded, ", ".join(coverage.members[group]))
            return arg(translate("CompareOutlets", "%1 (%2/%3 coded)"), group, coded, members)
        return coverage.conditions[section].name

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self.findings is None:
            return None
        coverage = self.findings.coverage
        condition = coverage.conditions[index.row()]
        group = coverage.groups[index.column()]
        cell = coverage.cell(condition.id, group)
        key = (condition.id, group)
        if role == Qt.ItemDataRole.DisplayRole:
            who = ", ".join((*cell.reporting, *cell.partly))
            return f"{cell.text} · {who}" if who else cell.text
        if role == Qt.ItemDataRole.ToolTipRole:
            lines = [f"{condition.name} — {group}: {cell.text}"]
            if cell.reporting:
                reporting = ", ".join(cell.reporting)
                lines.append(arg(translate("CompareOutlets", "Reported by: %1"), reporting))
            if cell.partly:
                partly = ", ".join(cell.partly)
                lines.append(
                    arg(translate("CompareOutlets", "Also by outlets not fully coded: %1"), partly)
                )
            if key in self._silent:
                lines.append(
                    translate("CompareOutlets", "Blindspot: no outlet of this group reports it")
                )
            return "\n".join(lines)
        if role == Qt.ItemDataRole.BackgroundRole:
            if key in self._silent:
                return QBrush(_SILENT)
            return QBrush(_REPORTED) if cell.k or cell.partly else None
        if role == Qt.ItemDataRole.FontRole and key in self._loud:
            font = QFont()
            font.setBold(True)
            return font
        return None


@dataclass(frozen=True)
class TimelineRow:
    condition_id: int
    condition: str  # "" on the rows after a condition's first
    outlet: str
    published: str
    lag: str
    source_id: int


class TimelineModel(RowTableModel):
    context = "CompareOutlets"
    columns = (
        QT_TRANSLATE_NOOP("CompareOutlets", "Condition"),
        QT_TRANSLATE_NOOP("CompareOutlets", "Outlet"),
        QT_TRANSLATE_NOOP("CompareOutlets", "Published"),
        QT_TRANSLATE_NOOP("CompareOutlets", "Later by"),
    )

    def show(self, findings: OutletFindings | None) -> None:
        rows: list[TimelineRow] = []
        for report in findings.first_reports if findings is not None else ():
            condition = report.condition
            first = report.first
            rows.append(
                TimelineRow(
                    condition.id,
                    condition.name,
                    first.outlet,
                    shown_date(first.published),
                    translate("CompareOutlets", "first", "the first report of a condition"),
                    first.source_id,
                )
            )
            rows += [
                TimelineRow(condition.id, "", o.outlet, shown_date(o.published), o.lag, o.source_id)
                for o in report.others
            ]
        self.replace_rows(rows)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.condition, row.outlet, row.published, row.lag)[index.column()]
        if role == Qt.ItemDataRole.FontRole and row.condition:
            font = QFont()
            font.setBold(True)
            return font
        return None


def _table(parent: QWidget, name: str, accessible: str) -> QTableView:
    table = QTableView(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setWordWrap(False)
    table.setTextElideMode(Qt.TextElideMode.ElideRight)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
    return table


def _first_current(table: QTableView) -> None:
    """The first row current after a new result, so Enter works as soon as the table has the
    keyboard."""
    model = table.model()
    if model.rowCount() and model.columnCount():
        table.setCurrentIndex(model.index(0, 0))


class OutletGroupsPage(QWidget):
    """*By outlet group*: the matrix, and the blindspots under it, with the rule's numbers."""

    jump_requested = Signal(int, int, int)
    rule_requested = Signal(object)  # BlindspotRule

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.model = GroupsModel(self)
        self.matrix = _table(
            self,
            "outlet_groups_matrix",
            translate("CompareOutlets", "Conditions by outlet group"),
        )
        self.matrix.setModel(self.model)
        self.matrix.activated.connect(self._jump_cell)
        self.matrix.doubleClicked.connect(self._jump_cell)
        self.spots = BlindspotsModel(self)
        self.blindspots = _table(
            self, "outlet_blindspots", translate("CompareOutlets", "Blindspots")
        )
        self.blindspots.setModel(self.spots)
        self.blindspots.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.blindspots.verticalHeader().hide()
        self.blindspots.activated.connect(self._jump_spot)
        self.blindspots.doubleClicked.connect(self._jump_spot)
        self.note = QLabel(self)
        self.note.setObjectName("outlet_groups_note")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        self.share = QSpinBox(self)
        self.share.setObjectName("blindspot_share")
        self.share.setRange(1, 100)
        self.share.setPrefix(translate("CompareOutlets", "reported by ≥ "))
        self.share.setSuffix(translate("CompareOutlets", "% of a group"))
        self.share.setAccessibleName(
            translate("CompareOutlets", "Share of one group's fully coded outlets reporting")
        )
        self.least = QSpinBox(self)
        self.least.setObjectName("blindspot_least")
        self.least.setRange(1, 99)
        self.least.setPrefix(translate("CompareOutlets", "none of ≥ "))
        self.least.setSuffix(translate("CompareOutlets", " coded of another"))
        self.least.setAccessibleName(
            translate("CompareOutlets", "Fully coded outlets the silent group has at least")
        )
        self.apply = QPushButton(translate("CompareOutlets", "Apply"), self)
        self.apply.setObjectName("blindspot_apply")
        self.apply.setToolTip(
            translate(
                "CompareOutlets", "Store these numbers as the project's blindspot rule (undoable)"
            )
        )
        self.apply.clicked.connect(self._apply)
        for box in (self.share, self.least):
            box.editingFinished.connect(self._apply)
        rule = QHBoxLayout()
        rule.addWidget(QLabel(translate("CompareOutlets", "Blindspots:"), self))
        rule.addWidget(self.share)
        rule.addWidget(self.least)
        rule.addWidget(self.apply)
        rule.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.matrix, 3)
        layout.addLayout(rule)
        layout.addWidget(self.blindspots, 2)
        layout.addWidget(self.note)

    def show_findings(self, comparison: Comparison | None, findings: OutletFindings | None) -> None:
        self.comparison = comparison
        self.model.show(findings)
        self.spots.show(findings)
        _first_current(self.matrix)
        _first_current(self.blindspots)
        if findings is not None:
            for box, value in (
                (self.share, round(findings.rule.reported_share * 100)),
                (self.least, findings.rule.min_coded),
            ):
                box.blockSignals(True)
                box.setValue(value)
                box.blockSignals(False)
        if findings is None:
            self.note.setText("")
        elif not findings.coverage.groups:
            self.note.setText(translate("CompareOutlets", NO_GROUPS))
        else:
            rule = findings.rule
            spots = len(findings.blindspots)
            note = translate(
                "CompareOutlets",
                "%Ln blindspot(s): a condition reported by at least %1 of one group's fully "
                "coded outlets (every source done) and by none of another group with at least "
                "%2. Enter on a cell or a blindspot shows its first excerpt in the reader.",
                "",
                spots,
            )
            locale = QLocale()  # the interface language's digits
            share = locale.toString(round(rule.reported_share * 100)) + locale.percent()
            self.note.setText(arg(note, share, rule.min_coded))

    def rule(self) -> BlindspotRule:
        return BlindspotRule(self.share.value() / 100, self.least.value())

    def _apply(self) -> None:
        findings = self.model.findings
        if findings is not None and self.rule() != findings.rule:
            self.rule_requested.emit(self.rule())

    def _jump_cell(self, index: QModelIndex) -> None:
        findings = self.model.findings
        if findings is None or not index.isValid():
            return
        coverage = findings.coverage
        condition = coverage.conditions[index.row()]
        cell = coverage.cell(condition.id, coverage.groups[index.column()])
        self._jump(condition.id, (*cell.reporting, *cell.partly))

    def _jump_spot(self, index: QModelIndex) -> None:
        if index.isValid():
            spot = self.spots.rows[index.row()]
            self._jump(spot.condition.id, spot.reported_outlets)

    def _jump(self, condition_id: int, outlets: tuple[str, ...]) -> None:
        if self.comparison is None or not outlets:
            return
        excerpt = first_excerpt(self.comparison, condition_id, outlets)
        if excerpt is not None:
            self.jump_requested.emit(excerpt.source_id, excerpt.start, excerpt.end)


class BlindspotsModel(RowTableModel):
    context = "CompareOutlets"
    columns = (
        QT_TRANSLATE_NOOP("CompareOutlets", "Condition"),
        QT_TRANSLATE_NOOP("CompareOutlets", "Reported by"),
        QT_TRANSLATE_NOOP("CompareOutlets", "Absent from"),
    )

    def show(self, findings: OutletFindings | None) -> None:
        self.replace_rows(findings.blindspots if findings is not None else ())

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        spot = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                spot.condition.name,
                arg(
                    translate("CompareOutlets", "%1: %2 of %3 (%4)"),
                    spot.reported_group,
                    len(spot.reported_outlets),
                    spot.reported_of,
                    ", ".join(spot.reported_outlets),
                ),
                arg(
                    translate("CompareOutlets", "%1: none of %2 (%3)"),
                    spot.absent_group,
                    len(spot.absent_outlets),
                    ", ".join(spot.absent_outlets),
                ),
            )[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:
            return spot.text
        return None


class TimelinePage(QWidget):
    """*Timeline*: per condition, the first report, then each other outlet with its lag."""

    jump_requested = Signal(int, int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.model = TimelineModel(self)
        self.table = _table(
            self, "outlet_timeline", translate("CompareOutlets", "Timeline of first reports")
        )
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column in (2, 3):  # the date and the lag whole; the names share the rest
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._jump)
        self.table.doubleClicked.connect(self._jump)
        self.note = QLabel(
            translate(
                "CompareOutlets",
                "Times are compared where both sources give one, else whole days. Enter on a "
                "row shows that outlet's excerpt in the reader.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)

    def show_findings(self, comparison: Comparison | None, findings: OutletFindings | None) -> None:
        self.comparison = comparison
        self.model.show(findings)
        _first_current(self.table)

    def _jump(self, index: QModelIndex) -> None:
        if self.comparison is None or not index.isValid():
            return
        row = self.model.rows[index.row()]
        found = self.comparison.cell(row.condition_id, row.source_id)
        if found:
            self.jump_requested.emit(row.source_id, found[0].start, found[0].end)

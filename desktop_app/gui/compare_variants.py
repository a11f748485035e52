"""The compare view's *Variants* page: pick a condition, a speaker's statement or a quote
mismatch, and see every source's wording side by side against the reference, the differences
coloured (changed and added words marked in the wording, omitted words struck through where
they were left out); Enter or a double-click on a row shows that wording in the reader, and
*Pin as Reference* makes the chosen wording the group's reference (undoable).

The report is computed by :func:`desktop_app.services.variants.variant_report` in the compare
worker, never on the GUI thread.
"""

from __future__ import annotations

import html
from typing import NamedTuple

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAbstractTextDocumentLayout, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import shown_date
from desktop_app.domain.variants import (
    Difference,
    DiffOp,
    QuoteMismatch,
    VariantGroup,
    VariantReport,
    Wording,
    differences_text,
)
from desktop_app.gui.excerpt_table import ExcerptTable
from desktop_app.gui.table_model import RowTableModel
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

# Translated where shown: translate("CompareVariants", NAME)
VARIANTS = QT_TRANSLATE_NOOP("CompareVariants", "Variants")
TAB = (
    VARIANTS,
    QT_TRANSLATE_NOOP(
        "CompareVariants",
        "Each condition's and speaker's statement's wordings side by side, and quotes that differ",
    ),
)
NONE_YET = QT_TRANSLATE_NOOP(
    "CompareVariants",
    "No condition or statement is marked in two or more of the chosen sources yet.",
)
CHANGED_COLOR = "#f5c26b"
ADDED_COLOR = "#9fd6a6"
OMITTED_COLOR = "#c62828"
COLUMNS = (
    QT_TRANSLATE_NOOP("CompareVariants", "Source"),
    QT_TRANSLATE_NOOP("CompareVariants", "Wording"),
    QT_TRANSLATE_NOOP("CompareVariants", "Differences"),
)
WORDING_COLUMN = 1
_Index = QModelIndex | QPersistentModelIndex


class Choice(NamedTuple):
    label: str
    group: VariantGroup | None = None
    mismatch: QuoteMismatch | None = None


class Row(NamedTuple):
    role: str
    source: str
    title: str
    date: str
    language: str
    html: str
    plain: str
    differences: str
    source_id: int
    start: int
    end: int
    annotation_id: int


def marked_up(text: str, differences: tuple[Difference, ...]) -> str:
    """``text`` as HTML with the differences coloured: changed words on amber, added on
    green, omitted ones struck through in red where they were left out."""
    parts: list[str] = []
    position = 0
    for difference in sorted(differences, key=lambda d: d.wording_span):
        start, end = difference.wording_span
        parts.append(html.escape(text[position:start]))
        if difference.op != DiffOp.ADDED:
            gone = html.escape(difference.reference)
            parts.append(f'<s style="color:{OMITTED_COLOR}">{gone}</s>')
            if difference.op == DiffOp.CHANGED:
                parts.append(" ")
        if end > start:
            color = ADDED_COLOR if difference.op == DiffOp.ADDED else CHANGED_COLOR
            parts.append(
                f'<span style="background-color:{color}">{html.escape(text[start:end])}</span>'
            )
        position = max(position, end)
    parts.append(html.escape(text[position:]))
    return "".join(parts)


def _role(group: VariantGroup, wording: Wording) -> str:
    if wording is group.reference:
        if group.pinned:
            return translate("CompareVariants", "Reference (pinned)")
        return translate("CompareVariants", "Reference")
    if wording.compared:
        if wording.differences:
            return translate("CompareVariants", "Compared")
        return translate("CompareVariants", "Same words")
    if wording.language != group.reference.language:
        return translate("CompareVariants", "Other language")
    return translate("CompareVariants", "Other passage")


def _source(source: str, outlet: str) -> str:
    """The outlet where there is one (the title is in the tooltip), else the title."""
    return outlet or source


def rows_of(choice: Choice) -> list[Row]:
    found: list[Row] = []
    if choice.group is not None:
        group = choice.group
        for wording in group.all_wordings:
            found.append(
                Row(
                    _role(group, wording),
                    _source(wording.source, wording.outlet),
                    wording.source,
                    shown_date(wording.published) if wording.published else "",
                    wording.language,
                    marked_up(wording.quote, wording.differences),
                    wording.quote,
                    wording.differences_text,
                    wording.source_id,
                    wording.start,
                    wording.end,
                    wording.annotation_id,
                )
            )
    elif choice.mismatch is not None:
        mismatch = choice.mismatch
        for number, quoted in enumerate(mismatch.wordings):
            differences = mismatch.differences if number else ()
            found.append(
                Row(
                    translate("CompareVariants", "Quoted first")
                    if number == 0
                    else translate("CompareVariants", "Quoted differently"),
                    _source(quoted.source, quoted.outlet),
                    quoted.source,
                    shown_date(quoted.published) if quoted.published else "",
                    "",
                    marked_up(quoted.quote, differences),
                    quoted.quote,
                    differences_text(differences),
                    quoted.source_id,
                    quoted.start,
                    quoted.end,
                    quoted.annotation_id,
                )
            )
    return found


class VariantsModel(RowTableModel):
    context = "CompareVariants"
    columns = COLUMNS

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.UserRole and column == WORDING_COLUMN:
            return row.html
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            return f"{row.title} ({row.source})"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            facts = " · ".join(part for part in (row.date, row.language) if part)
            values = (f"{row.role}\n{row.source}\n{facts}".strip(), row.plain, row.differences)
            return values[column]
        return None


class HtmlDelegate(QStyledItemDelegate):
    """Draws the wording column's HTML (the coloured differences), wrapped to the column."""

    def __init__(self, table: QTableView) -> None:
        super().__init__(table)
        self.table = table

    def _document(self, option: QStyleOptionViewItem, index: _Index) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(Qt.ItemDataRole.UserRole) or ""))
        width = option.rect.width() or self.table.columnWidth(index.column())
        document.setTextWidth(max(width, 50))
        return document

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        rect = option.rect
        painter.translate(rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                QPalette.ColorRole.Text,
                option.palette.color(QPalette.ColorRole.HighlightedText),
            )
        painter.setClipRect(QRectF(0, 0, rect.width(), rect.height()))
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:
        self.initStyleOption(option, index)
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 2)


class VariantsPage(QWidget):
    jump_requested = Signal(int, int, int)  # source id, start, end
    pin_requested = Signal(object, object)  # GroupKey, annotation id (None: unpin)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variants_page")
        self.choices: list[Choice] = []
        self.choice = QComboBox(self)
        self.choice.setObjectName("variants_choice")
        self.choice.setAccessibleName(
            translate("CompareVariants", "Condition, statement or quote mismatch")
        )
        self.choice.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.choice.setMinimumContentsLength(30)
        self.choice.currentIndexChanged.connect(lambda _i: self._show_choice())
        self.pin = QPushButton(translate("CompareVariants", "Pin as Reference"), self)
        self.pin.setObjectName("variants_pin")
        self.pin.setToolTip(
            translate(
                "CompareVariants",
                "Make the chosen wording the reference the others are compared with",
            )
        )
        self.pin.clicked.connect(self._pin)
        self.unpin = QPushButton(translate("CompareVariants", "Unpin"), self)
        self.unpin.setObjectName("variants_unpin")
        self.unpin.setToolTip(
            translate("CompareVariants", "Compare with the earliest published wording again")
        )
        self.unpin.clicked.connect(self._unpin)
        self.model = VariantsModel(self)
        self.table = ExcerptTable(self)
        self.table.setObjectName("variants_table")
        self.table.setAccessibleName(translate("CompareVariants", "Wordings side by side"))
        self.table.setModel(self.model)
        self.table.setItemDelegateForColumn(WORDING_COLUMN, HtmlDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        for column, width in ((0, 190), (2, 200)):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(WORDING_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self._jump(index.row()))
        self.table.activated_row.connect(self._jump)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        self.note = QLabel(self)
        self.note.setObjectName("variants_note")
        self.note.setWordWrap(True)
        self.note.setEnabled(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.choice, 1)
        bar.addWidget(self.pin)
        bar.addWidget(self.unpin)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.note)
        self._update_buttons()

    @property
    def current(self) -> Choice | None:
        index = self.choice.currentIndex()
        return self.choices[index] if 0 <= index < len(self.choices) else None

    def show_report(self, report: VariantReport | None) -> None:
        """Show a (new) report, keeping the chosen group when it is still there."""
        kept = _key(self.current) if self.current is not None else ""
        self.choices = _choices(report)
        self.choice.blockSignals(True)
        self.choice.clear()
        for choice in self.choices:
            self.choice.addItem(choice.label)
        keys = [_key(choice) for choice in self.choices]
        index = keys.index(kept) if kept in keys else 0
        self.choice.setCurrentIndex(index if self.choices else -1)
        self.choice.blockSignals(False)
        if report is None:
            self.note.setText("")
        elif not self.choices:
            self.note.setText(translate("CompareVariants", NONE_YET))
        else:
            groups, mismatches = len(report.groups), len(report.mismatches)
            self.note.setText(
                translate("CompareVariants", "%Ln variant group(s)", "", groups)
                + ", "
                + translate("CompareVariants", "%Ln quote mismatch(es).", "", mismatches)
                + " "
                + translate(
                    "CompareVariants",
                    "Amber: changed words; green: added; red, struck through: left out. Enter "
                    "or a double-click shows a wording in the reader.",
                )
            )
        self._show_choice()

    def _show_choice(self) -> None:
        choice = self.current
        self.model.replace_rows(rows_of(choice) if choice is not None else [])
        self.table.refit_rows()
        if self.model.rows:
            self.table.setCurrentIndex(self.model.index(0, WORDING_COLUMN))
        self._update_buttons()

    def _update_buttons(self) -> None:
        choice = self.current
        group = choice.group if choice is not None else None
        row = self.table.currentIndex().row()
        self.pin.setEnabled(group is not None and row > 0)
        self.unpin.setEnabled(group is not None and group.pinned)

    def _jump(self, row: int) -> None:
        if 0 <= row < len(self.model.rows):
            found = self.model.rows[row]
            self.table.selectRow(row)
            self.jump_requested.emit(found.source_id, found.start, found.end)

    def _pin(self) -> None:
        choice, row = self.current, self.table.currentIndex().row()
        if choice is not None and choice.group is not None and 0 <= row < len(self.model.rows):
            self.pin_requested.emit(choice.group.key, self.model.rows[row].annotation_id)

    def _unpin(self) -> None:
        choice = self.current
        if choice is not None and choice.group is not None:
            self.pin_requested.emit(choice.group.key, None)


def _choices(report: VariantReport | None) -> list[Choice]:
    if report is None:
        return []
    found = [Choice(_group_label(g), group=g) for g in report.groups]
    for mismatch in report.mismatches:
        first, second = mismatch.wordings
        found.append(
            Choice(
                arg(
                    translate("CompareVariants", "Quote mismatch: %1 — %2 / %3"),
                    mismatch.speaker_name,
                    first.outlet or first.source,
                    second.outlet or second.source,
                ),
                mismatch=mismatch,
            )
        )
    return found


def _key(choice: Choice) -> str:
    """What names a choice from one report to the next (its label's counts may change)."""
    if choice.group is not None:
        return choice.group.key.text
    return choice.label


def _group_label(group: VariantGroup) -> str:
    told = sum(1 for w in group.wordings if w.differences)
    wordings = len(group.all_wordings)
    count = translate("CompareVariants", "%Ln wording(s)", "", wordings)
    if told:
        count += translate("CompareVariants", ", %Ln differ", "", told)
    return f"{group.label} ({count})"

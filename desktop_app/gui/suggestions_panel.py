"""The Suggestions tab: what Parley proposes in this source or in every source, keyboard first.

Enter accepts the current suggestion, Delete rejects it, E edits its bounds and codes before
accepting; the arrow keys or J and K move from one to the next (the reader follows). Filters:
where (this source, all sources), kind, code; order by position or score. "Accept All Shown"
asks first with the count. The panel only shows and asks: the controller
(:mod:`desktop_app.gui.suggestions_controller`) calls the services.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QLocale, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Code
from desktop_app.domain.spans import preview
from desktop_app.domain.suggestions import SUGGESTION_KINDS, Suggestion
from desktop_app.gui.elided_label import ElidedLabel
from desktop_app.gui.review_list import ReviewList
from desktop_app.gui.shrinking_combo import ShrinkingComboBox
from desktop_app.gui.table_model import RowTableModel
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, translate

SCOPE_SOURCE, SCOPE_PROJECT = 0, 1
ORDERS = ("position", "score")
# Translated where shown: translate("Suggestions", NAME)
KIND_LABELS = {
    "mention": QT_TRANSLATE_NOOP("Suggestions", "Mention"),
    "statement": QT_TRANSLATE_NOOP("Suggestions", "Statement"),
    "condition": QT_TRANSLATE_NOOP("Suggestions", "Condition"),
}
KIND_FILTERS = {
    "mention": QT_TRANSLATE_NOOP("Suggestions", "Mentions"),
    "statement": QT_TRANSLATE_NOOP("Suggestions", "Statements"),
    "condition": QT_TRANSLATE_NOOP("Suggestions", "Conditions"),
}
COLUMNS = (
    QT_TRANSLATE_NOOP("Columns", "Kind"),
    QT_TRANSLATE_NOOP("Columns", "Codes"),
    QT_TRANSLATE_NOOP("Columns", "Quote"),
    QT_TRANSLATE_NOOP("Columns", "Score"),
    QT_TRANSLATE_NOOP("Columns", "Why"),
    QT_TRANSLATE_NOOP("Columns", "Source"),
)

CodeLookup = Callable[[int], Code | None]
QuoteLookup = Callable[[Suggestion], str]
SourceLabel = Callable[[int], str]


class SuggestionModel(RowTableModel):
    columns = COLUMNS

    def __init__(
        self, codes: CodeLookup, quote: QuoteLookup, source: SourceLabel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self._codes = codes
        self._quote = quote
        self._source = source
        self._rows: list[Suggestion] = []

    def reset(self, rows: Sequence[Suggestion]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def suggestion(self, row: int) -> Suggestion:
        return self._rows[row]

    def suggestions(self) -> list[Suggestion]:
        return list(self._rows)

    def row_of(self, suggestion: Suggestion) -> int | None:
        try:
            return self._rows.index(suggestion)
        except ValueError:
            return None

    def code_names(self, suggestion: Suggestion) -> str:
        names = [c.name for c in (self._codes(i) for i in suggestion.code_ids) if c is not None]
        return " · ".join(names) if names else translate("Suggestions", "(pick the speaker: E)")

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        s = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return (
                    translate("Suggestions", KIND_LABELS[s.kind])
                    if s.kind in KIND_LABELS
                    else s.kind
                )
            if column == 1:
                return self.code_names(s)
            if column == 2:
                return f"“{preview(self._quote(s), 120)}”"
            if column == 3:
                return QLocale().toString(s.score, "f", 2)
            if column == 4:
                return s.reason
            return self._source(s.source_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{self.code_names(s)}\n“{preview(self._quote(s), 400)}”\n{s.reason}"
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class SuggestionList(ReviewList):
    """The list itself: Enter accepts, Delete rejects, E edits first; J and K move."""

    edit_requested = Signal(object)  # Suggestion

    def item(self, row: int) -> Suggestion | None:
        model = self.model()
        return model.suggestion(row) if isinstance(model, SuggestionModel) else None

    def current(self) -> Suggestion | None:
        found = super().current()
        return found if isinstance(found, Suggestion) else None

    def other_key(self, key: int, current: object) -> bool:
        if key == Qt.Key.Key_E:
            self.edit_requested.emit(current)
            return True
        return False


class SuggestionsPanel(QWidget):
    """Filters over the list, and the Accept All Shown button."""

    filters_changed = Signal()
    current_changed = Signal(object)  # Suggestion or None
    accept_all_requested = Signal()

    def __init__(
        self, codes: CodeLookup, quote: QuoteLookup, source: SourceLabel, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.setObjectName("suggestions_panel")
        self.scope = ShrinkingComboBox(self)
        self.scope.setObjectName("suggestions_scope")
        self.scope.setAccessibleName(translate("Suggestions", "Suggestions where"))
        self.scope.addItems(
            [translate("Suggestions", "This source"), translate("Suggestions", "All sources")]
        )
        self.kind = ShrinkingComboBox(self)
        self.kind.setObjectName("suggestions_kind")
        self.kind.setAccessibleName(translate("Suggestions", "Kind of suggestion"))
        self.kind.addItem(translate("Suggestions", "All kinds"), None)
        for kind in SUGGESTION_KINDS:
            self.kind.addItem(translate("Suggestions", KIND_FILTERS[kind]), kind)
        self.code = ShrinkingComboBox(self)
        self.code.setObjectName("suggestions_code")
        self.code.setAccessibleName(translate("Suggestions", "Suggestions with the code"))
        self.code.addItem(translate("Suggestions", "Any code"), None)
        self.code.setMinimumContentsLength(16)
        self.code.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.order = ShrinkingComboBox(self)
        self.order.setObjectName("suggestions_order")
        self.order.setAccessibleName(translate("Suggestions", "Order suggestions by"))
        self.order.addItems(
            [translate("Suggestions", "By position"), translate("Suggestions", "By score")]
        )
        self.accept_all = QPushButton(translate("Suggestions", "Accept All Shown…"), self)
        self.accept_all.setObjectName("accept_all_suggestions")
        self.accept_all.setToolTip(
            translate("Suggestions", "Accept every suggestion listed, in one step (one undo)")
        )
        self.summary = ElidedLabel(self)  # the row gives way in longer languages
        self.summary.setObjectName("suggestions_summary")
        self.list = SuggestionList(self)
        self.list.setObjectName("suggestions")
        self.list.setAccessibleName(translate("Suggestions", "Suggestions"))
        self.list.setAccessibleDescription(
            translate(
                "Suggestions",
                "Enter accepts, Delete rejects, E edits before accepting; J and K move.",
            )
        )
        self.model_ = SuggestionModel(codes, quote, source, self)
        self.list.setModel(self.model_)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(False)
        self.list.setShowGrid(False)
        self.list.setAlternatingRowColors(True)
        self.list.verticalHeader().setVisible(False)
        self.list.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.list.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.list.horizontalHeader()
        for column, width in ((0, self._kind_width()), (1, 200), (3, 50), (4, 260), (5, 140)):
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        self.list.setColumnHidden(5, True)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        for widget in (self.scope, self.kind, self.code, self.order):
            filters.addWidget(widget)
        filters.addWidget(self.summary, 1)
        filters.addWidget(self.accept_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(filters)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)
        for box in (self.scope, self.kind, self.code, self.order):
            box.currentIndexChanged.connect(self._filters_changed)
        self.accept_all.clicked.connect(self.accept_all_requested)
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(
                self.model_.suggestion(current.row()) if current.isValid() else None
            )
        )

    def _filters_changed(self) -> None:
        self.list.setColumnHidden(5, self.scope.currentIndex() != SCOPE_PROJECT)
        self.filters_changed.emit()

    # -- what the controller asks -------------------------------------------------------------

    @property
    def whole_project(self) -> bool:
        return self.scope.currentIndex() == SCOPE_PROJECT

    @property
    def kind_filter(self) -> str | None:
        value = self.kind.currentData()
        return str(value) if value else None

    @property
    def code_filter(self) -> int | None:
        value = self.code.currentData()
        return int(value) if value is not None else None

    @property
    def order_by(self) -> str:
        return ORDERS[self.order.currentIndex()]

    def set_codes(self, codes: Sequence[Code]) -> None:
        """The codes the suggestions name, for the code filter (the choice is kept)."""
        chosen = self.code_filter
        blocked = self.code.blockSignals(True)
        try:
            self.code.clear()
            self.code.addItem(translate("Suggestions", "Any code"), None)
            for code in sorted(codes, key=lambda c: c.name.casefold()):
                self.code.addItem(code.name, code.id)
            found = self.code.findData(chosen) if chosen is not None else 0
            self.code.setCurrentIndex(max(found, 0))
        finally:
            self.code.blockSignals(blocked)
        if chosen is not None and self.code_filter != chosen:
            self.filters_changed.emit()

    def _kind_width(self) -> int:
        """The Kind column fits its longest name in the interface language ("Высказывание")."""
        metrics = self.list.fontMetrics()
        names = [translate("Suggestions", label) for label in KIND_LABELS.values()]
        return max(80, *(metrics.horizontalAdvance(name) + 16 for name in names))

    def show_suggestions(self, rows: Sequence[Suggestion], summary: str) -> None:
        """List ``rows``, keeping the place: the same suggestion if still there, else the row
        where it was (so after accepting one, the next is current)."""
        before = self.list.current()
        row = self.list.currentIndex().row()
        blocked = self.list.selectionModel().blockSignals(True)
        try:
            self.model_.reset(rows)
            kept = self.model_.row_of(before) if before is not None else None
            if kept is None and row >= 0 and rows:
                kept = min(row, len(rows) - 1)
            if kept is not None:
                self.list.selectRow(kept)
        finally:
            self.list.selectionModel().blockSignals(blocked)
        self.summary.set_full_text(summary)
        self.accept_all.setEnabled(bool(rows))
        now = self.list.current()
        if now != before:
            self.current_changed.emit(now)

    def current(self) -> Suggestion | None:
        return self.list.current()

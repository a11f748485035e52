"""The annotations of the current source, in text order: kind letters, codes, speaker, quote.

Selecting a row scrolls the reader to it and flashes it; Enter or a double-click edits it;
Delete removes the selected ones. The model is updated row by row from change sets, so marking
one span in a source with thousands does not rebuild the list.
"""

from __future__ import annotations

import logging
from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from desktop_app.domain.model import Annotation, Code, CodeKind
from desktop_app.domain.spans import preview
from desktop_app.gui.table_model import RowTableModel
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

log = logging.getLogger(__name__)

KIND_ORDER = (CodeKind.CONDITION, CodeKind.REACTION, CodeKind.OTHER, CodeKind.SPEAKER)
LIST_PREVIEW = 160  # a quote in the list's column
COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("Columns", "Codes"),
    QT_TRANSLATE_NOOP("Columns", "Speaker"),
    QT_TRANSLATE_NOOP("Columns", "Quote"),
)


# What the first column's letters mean (its header's tooltip, and the legend beside the tabs).
def kind_legend(short: bool = False) -> str:
    """ "C condition · S speaker · R reaction · O other · ↳ linked to another annotation"."""
    names = {
        CodeKind.CONDITION: translate("AnnotationsPanel", "condition"),
        CodeKind.SPEAKER: translate("AnnotationsPanel", "speaker"),
        CodeKind.REACTION: translate("AnnotationsPanel", "reaction"),
        CodeKind.OTHER: translate("AnnotationsPanel", "other"),
    }
    linked = (
        translate("AnnotationsPanel", "linked")
        if short
        else translate("AnnotationsPanel", "linked to another annotation")
    )
    return " · ".join([f"{kind.letter} {names[kind]}" for kind in CodeKind] + [f"↳ {linked}"])


CodeLookup = Callable[[int], Code | None]


def _key(annotation: Annotation) -> tuple[int, int, int]:
    return (annotation.start, annotation.end, annotation.id)


def ordered_codes(annotation: Annotation, lookup: CodeLookup) -> list[Code]:
    """An annotation's codes, conditions and reactions first, speakers last."""
    codes = [c for c in (lookup(i) for i in annotation.code_ids) if c is not None]
    return sorted(codes, key=lambda c: (KIND_ORDER.index(c.kind), c.position, c.name))


class AnnotationModel(RowTableModel):
    columns = COLUMNS

    def __init__(self, lookup: CodeLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._lookup = lookup
        self._rows: list[Annotation] = []
        self._keys: list[tuple[int, int, int]] = []
        self._linked: set[int] = set()
        self._by_id: dict[int, Annotation] = {}
        # Display values per annotation id, worked out once: Qt asks data() for several roles
        # of every visible cell on each repaint.
        self._shown: dict[int, tuple[str, str, str, str, QColor | None, str]] = {}

    # -- data ------------------------------------------------------------------------------

    def reset(self, annotations: Iterable[Annotation], linked: Iterable[int] = ()) -> None:
        self.beginResetModel()
        self._rows = sorted(annotations, key=_key)
        self._keys = [_key(a) for a in self._rows]
        self._by_id = {a.id: a for a in self._rows}
        self._shown = {}
        self._linked = set(linked)
        self.endResetModel()

    def apply(
        self, changed: Iterable[Annotation], removed: Iterable[int], linked: Iterable[int] = ()
    ) -> None:
        """Insert, replace or remove single rows."""
        if linked:
            self._linked = set(linked)
            self._shown = {}
        for annotation_id in set(removed):
            self._remove(annotation_id)
        for annotation in changed:
            self._remove(annotation.id)
            key = _key(annotation)
            row = bisect_left(self._keys, key)
            self.beginInsertRows(QModelIndex(), row, row)
            self._rows.insert(row, annotation)
            self._keys.insert(row, key)
            self._by_id[annotation.id] = annotation
            self.endInsertRows()

    def refresh_codes(self) -> None:
        self._shown = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 2))

    def _remove(self, annotation_id: int) -> None:
        row = self.row_of(annotation_id)
        if row is None:
            return
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        del self._keys[row]
        self._by_id.pop(annotation_id, None)
        self._shown.pop(annotation_id, None)
        self.endRemoveRows()

    def row_of(self, annotation_id: int) -> int | None:
        annotation = self._by_id.get(annotation_id)
        if annotation is None:
            return None
        row = bisect_left(self._keys, _key(annotation))
        return row if row < len(self._rows) and self._rows[row].id == annotation_id else None

    def by_id(self, annotation_id: int) -> Annotation | None:
        return self._by_id.get(annotation_id)

    def _display(self, annotation: Annotation) -> tuple[str, str, str, str, QColor | None, str]:
        shown = self._shown.get(annotation.id)
        if shown is not None:
            return shown
        codes = ordered_codes(annotation, self._lookup)
        linked = annotation.id in self._linked
        letters = "".join(dict.fromkeys(c.kind.letter for c in codes)) + (" ↳" if linked else "")
        names = ", ".join(c.name for c in codes)
        note = (
            "\n" + arg(translate("AnnotationsPanel", "Note: %1"), annotation.note)
            if annotation.note
            else ""
        )
        link_note = (
            translate("AnnotationsPanel", "\nLinked to another annotation") if linked else ""
        )
        shown = (
            letters,
            " · ".join(c.name for c in codes if c.kind != CodeKind.SPEAKER),
            " · ".join(c.name for c in codes if c.kind == CodeKind.SPEAKER),
            f"“{preview(annotation.quote, LIST_PREVIEW)}”",
            QColor(codes[0].color) if codes else None,
            f"{names}\n“{preview(annotation.quote, 400)}”{note}{link_note}",
        )
        self._shown[annotation.id] = shown
        return shown

    def annotation(self, row: int) -> Annotation:
        return self._rows[row]

    def annotations(self) -> list[Annotation]:
        return list(self._rows)

    # -- Qt model --------------------------------------------------------------------------

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            return kind_legend() if section == 0 else None
        return super().headerData(section, orientation, role)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        annotation = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(annotation)[column]
        if role == Qt.ItemDataRole.ForegroundRole and column == 0:
            return self._display(annotation)[4]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._display(annotation)[5]
        if role == Qt.ItemDataRole.UserRole:
            return annotation.id
        return None


class AnnotationsPanel(QTableView):
    """The list under the reader ("In this source")."""

    activated_annotation = Signal(int)  # selection moved to an annotation
    edit_requested = Signal(int)
    delete_requested = Signal(list)
    context_requested = Signal(QPoint, list)

    def __init__(self, lookup: CodeLookup, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("annotations")
        self.setAccessibleName(translate("AnnotationsPanel", "Annotations in this source"))
        self.model_ = AnnotationModel(lookup, self)
        self.setModel(self.model_)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setWordWrap(False)
        self.setShowGrid(False)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.horizontalHeader()
        # Fixed widths: fitting a column to its contents would ask every row (thousands).
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("CSRO ↳") + 12)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.resizeSection(1, 220)
        header.resizeSection(2, 150)
        header.setHighlightSections(False)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._context)
        self.doubleClicked.connect(lambda index: self.edit_requested.emit(self._id(index.row())))
        self.selectionModel().currentRowChanged.connect(self._current_changed)

    def _id(self, row: int) -> int:
        return self.model_.annotation(row).id

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.activated_annotation.emit(self._id(current.row()))

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        return [self._id(row) for row in rows]

    def select_annotation(self, annotation_id: int, notify: bool = False) -> bool:
        row = self.model_.row_of(annotation_id)
        if row is None:
            return False
        blocked = self.selectionModel().blockSignals(not notify)
        try:
            self.selectionModel().setCurrentIndex(
                self.model_.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self.selectionModel().blockSignals(blocked)
        self.viewport().update()
        self.scrollTo(self.model_.index(row, 0))
        return True

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.edit_requested.emit(self._id(self.currentIndex().row()))
            return
        if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected_ids():
            self.delete_requested.emit(self.selected_ids())
            return
        super().keyPressEvent(event)

    def _context(self, point: QPoint) -> None:
        index = self.indexAt(point)
        if index.isValid() and index.row() not in {i.row() for i in self.selectedIndexes()}:
            self.selectRow(index.row())
        ids = self.selected_ids()
        if ids:
            self.context_requested.emit(self.viewport().mapToGlobal(point), ids)

    def show_annotations(self, annotations: Sequence[Annotation], linked: Iterable[int]) -> None:
        self.model_.reset(annotations, linked)

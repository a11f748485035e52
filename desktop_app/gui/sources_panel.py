"""The sources of the project: coding status, title, outlet, date, language, annotation count.

Sortable by any column and filtered by a type-ahead box (case- and diacritic-insensitive, like
every search in Parley). The context menu sets the coding status, edits the details and deletes.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QPoint,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.domain.dates import list_date, shown_date
from desktop_app.domain.model import CodingStatus, Source
from desktop_app.domain.textfold import fold
from desktop_app.gui.icons import swatch
from desktop_app.gui.table_model import RowTableModel
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

log = logging.getLogger(__name__)

COLUMNS = (
    "",
    QT_TRANSLATE_NOOP("Columns", "Title"),
    QT_TRANSLATE_NOOP("Columns", "Outlet"),
    QT_TRANSLATE_NOOP("Columns", "Date"),
    QT_TRANSLATE_NOOP("Columns", "Lang."),
    QT_TRANSLATE_NOOP("Columns", "Marks"),
)
STATUS_SHAPES = {
    CodingStatus.TODO: ("#9aa0a6", "ring"),
    CodingStatus.IN_PROGRESS: ("#d9822b", "half"),
    CodingStatus.DONE: ("#2e9d5b", "circle"),
}
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class SourceModel(RowTableModel):
    columns = COLUMNS

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Source] = []

    def reset(self, sources: Iterable[Source]) -> None:
        self.beginResetModel()
        self._rows = list(sources)
        self.endResetModel()

    def apply(self, changed: Iterable[Source], removed: Iterable[int]) -> None:
        for source_id in set(removed):
            row = self.row_of(source_id)
            if row is not None:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._rows[row]
                self.endRemoveRows()
        for source in changed:
            row = self.row_of(source.id)
            if row is None:
                self.beginInsertRows(QModelIndex(), len(self._rows), len(self._rows))
                self._rows.append(source)
                self.endInsertRows()
            else:
                self._rows[row] = source
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))

    def row_of(self, source_id: int) -> int | None:
        return next((i for i, s in enumerate(self._rows) if s.id == source_id), None)

    def source(self, row: int) -> Source:
        return self._rows[row]

    def sources(self) -> list[Source]:
        return list(self._rows)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", COLUMNS[section]) if COLUMNS[section] else ""
        if role == Qt.ItemDataRole.ToolTipRole:
            return (
                translate("SourcesPanel", "Coding status"),
                translate("SourcesPanel", "Title"),
                translate("SourcesPanel", "Outlet"),
                translate("SourcesPanel", "Published"),
                translate("SourcesPanel", "Language"),
                translate("SourcesPanel", "Annotations"),
            )[section]
        return None

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        source = self._rows[index.row()]
        column = index.column()
        values = (
            "",
            source.label,
            source.outlet,
            list_date(source.published),
            source.language,
            source.annotation_count,
        )
        if role == Qt.ItemDataRole.DisplayRole:
            return values[column] if column else None
        if role == SORT_ROLE:
            if column == 0:
                return list(CodingStatus).index(source.status)
            if column == 3:  # the stored ISO date sorts by time, whatever the form shown
                return source.published
            return values[column] if column == 5 else i18n.sort_text(str(values[column]))
        if role == Qt.ItemDataRole.DecorationRole and column == 0:
            color, shape = STATUS_SHAPES[source.status]
            return swatch(color, shape)
        if role == Qt.ItemDataRole.ToolTipRole:
            marks, characters = source.annotation_count, source.characters
            return arg(
                translate("SourcesPanel", "%1\n%2 · %3 · %4\n%5 · %6 · coding %7"),
                source.label,
                source.outlet or translate("SourcesPanel", "outlet unknown"),
                shown_date(source.published) or translate("SourcesPanel", "date unknown"),
                source.language or "?",
                translate("SourcesPanel", "%Ln character(s)", "", characters),
                translate("SourcesPanel", "%Ln annotation(s)", "", marks),
                i18n.gettext(source.status.label),
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return arg(translate("SourcesPanel", "coding %1"), i18n.gettext(source.status.label))
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 5:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return source.id
        return None


# What the widest value of each column looks like (the title column stretches instead).
_WIDTH_SAMPLES = ("", "", "", "0000-00-00", "mm", "00,000")


def _fitting(table: QTableView, heading: str, sample: str) -> int:
    """A width that shows ``sample`` and the column's heading (with its sort arrow)."""
    metrics = table.fontMetrics()
    return max(metrics.horizontalAdvance(sample) + 12, metrics.horizontalAdvance(heading) + 18)


class _Filter(QSortFilterProxyModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self.setSortRole(SORT_ROLE)

    def set_needle(self, text: str) -> None:
        self.beginFilterChange()
        self._needle = fold(" ".join(text.split()))
        self.endFilterChange()

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if not self._needle:
            return True
        model = self.sourceModel()
        assert isinstance(model, SourceModel)
        source = model.source(source_row)
        haystack = fold(" ".join((source.title, source.outlet, source.published, source.language)))
        return self._needle in haystack


class SourcesPanel(QWidget):
    current_changed = Signal(object)  # source id or None
    edit_requested = Signal(int)
    status_requested = Signal(list, object)  # ids, CodingStatus
    delete_requested = Signal(list)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sources_panel")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("SourcesPanel", "Filter sources"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("SourcesPanel", "Filter sources"))
        self.filter_edit.setToolTip(
            translate(
                "SourcesPanel", "Show only sources whose title, outlet, date or language match"
            )
        )
        self.model_ = SourceModel(self)
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model_)
        self.table = QTableView(self)
        self.table.setObjectName("sources")
        self.table.setAccessibleName(translate("SourcesPanel", "Sources"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # project order until asked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        # Widths come from the font, not from the rows: fitting columns to their contents
        # asks the model for every row, which with thousands of sources delays the first paint.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, sample in enumerate(_WIDTH_SAMPLES):
            if column == 3:
                sample = list_date("2024-09-30")  # noqa: PLW2901
            if sample:
                header.resizeSection(
                    column, _fitting(self.table, translate("Columns", COLUMNS[column]), sample)
                )
        header.resizeSection(0, self.table.iconSize().width() + 14)  # the status swatch
        header.resizeSection(2, 80)  # outlets can be long: the title gets the room
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header.setHighlightSections(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context)
        self.table.doubleClicked.connect(self._double_clicked)
        self.table.selectionModel().currentRowChanged.connect(self._current_row_changed)
        self.table.installEventFilter(self)
        self.filter_edit.textChanged.connect(self.proxy.set_needle)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.table)
        self.setFocusProxy(self.table)

    # -- data ------------------------------------------------------------------------------

    def show_sources(self, sources: Iterable[Source]) -> None:
        self.model_.reset(sources)

    def apply(self, changed: Iterable[Source], removed: Iterable[int]) -> None:
        current = self.current_source_id()
        self.model_.apply(changed, removed)
        if current is not None and self.model_.row_of(current) is not None:
            self.select_source(current, notify=False)

    def sources(self) -> list[Source]:
        return self.model_.sources()

    def source(self, source_id: int) -> Source | None:
        row = self.model_.row_of(source_id)
        return None if row is None else self.model_.source(row)

    def current_source_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return int(self.proxy.data(index.siblingAtColumn(0), Qt.ItemDataRole.UserRole))

    def selected_ids(self) -> list[int]:
        rows = {i.row() for i in self.table.selectionModel().selectedRows()}
        return [
            int(self.proxy.data(self.proxy.index(r, 0), Qt.ItemDataRole.UserRole))
            for r in sorted(rows)
        ]

    def select_source(self, source_id: int, notify: bool = True) -> bool:
        row = self.model_.row_of(source_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model_.index(row, 0))
        if not index.isValid():  # hidden by the filter: clear it so the reader matches the list
            self.filter_edit.clear()
            index = self.proxy.mapFromSource(self.model_.index(row, 0))
        selection = self.table.selectionModel()
        blocked = selection.blockSignals(not notify)
        try:
            selection.setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            selection.blockSignals(blocked)
        self.table.viewport().update()
        self.table.scrollTo(index)
        return True

    # -- interaction -----------------------------------------------------------------------

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self.current_changed.emit(self.current_source_id() if current.isValid() else None)

    def _double_clicked(self, index: QModelIndex) -> None:
        source_id = self.current_source_id()
        if index.isValid() and source_id is not None:
            self.edit_requested.emit(source_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Delete
            and self.selected_ids()
        ):
            self.delete_requested.emit(self.selected_ids())
            return True
        return super().eventFilter(watched, event)

    def build_menu(self, ids: list[int], menu: QMenu) -> None:
        """Fill a menu with what can be done to ``ids`` (also used by the Source menu)."""
        edit = QAction(translate("SourcesPanel", "Edit Details…"), menu)
        edit.setToolTip(
            translate("SourcesPanel", "Title, outlet, author, date, URL and language of the source")
        )
        edit.setEnabled(len(ids) == 1)
        edit.triggered.connect(lambda: self.edit_requested.emit(ids[0]))
        menu.addAction(edit)
        status_menu = menu.addMenu(translate("SourcesPanel", "Coding Status"))
        status_menu.setToolTipsVisible(True)
        for status in CodingStatus:
            color, shape = STATUS_SHAPES[status]
            shown = i18n.gettext(status.label).capitalize()
            action = QAction(swatch(color, shape), shown, status_menu)
            action.setToolTip(
                arg(translate("SourcesPanel", "Mark the source as %1"), i18n.gettext(status.label))
            )
            action.triggered.connect(
                lambda _checked=False, s=status: self.status_requested.emit(ids, s)
            )
            status_menu.addAction(action)
        menu.addSeparator()
        count = len(ids)
        delete = QAction(
            translate("SourcesPanel", "Delete Source")
            if count == 1
            else translate("SourcesPanel", "Delete %Ln Source(s)", "", count),
            menu,
        )
        delete.setToolTip(
            translate(
                "SourcesPanel", "Remove the source and its annotations (undo brings them back)"
            )
        )
        delete.triggered.connect(lambda: self.delete_requested.emit(ids))
        menu.addAction(delete)

    def _context(self, point: QPoint) -> None:
        index = self.table.indexAt(point)
        if not index.isValid():
            return
        if index.row() not in {i.row() for i in self.table.selectionModel().selectedRows()}:
            self.table.selectRow(index.row())
        ids = self.selected_ids()
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self.build_menu(ids, menu)
        menu.exec(self.table.viewport().mapToGlobal(point))

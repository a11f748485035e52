"""The boilerplate of a flat table model, once: one object a row, fixed column titles.

A subclass names its ``columns`` (translated in ``context``) and answers ``data``; row and
column counts, the horizontal header's titles and replacing the rows come from here (a
subclass may add header roles, e.g. tool tips, and call ``super().headerData`` for the rest).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QWidget


class RowTableModel(QAbstractTableModel):
    columns: ClassVar[tuple[str, ...]] = ()
    context: ClassVar[str] = "Columns"  # where the column titles' translations are

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    @property
    def rows(self) -> Sequence[Any]:
        return self._rows

    def replace_rows(self, rows: Iterable[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            text = self.columns[section]
            return QCoreApplication.translate(self.context, text) if text else ""
        return None

"""The boilerplate of a flat table model, once: one object a row, fixed column titles.

A subclass names its ``columns`` and answers ``data``; row and column counts and the
horizontal header's titles come from here (a subclass may add header roles, e.g. tool tips,
and call ``super().headerData`` for the rest).
"""

from __future__ import annotations

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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Any] = []

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            text = self.columns[section]
            return QCoreApplication.translate("Columns", text) if text else ""
        return None

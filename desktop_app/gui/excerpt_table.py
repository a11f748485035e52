"""The compare view's list of a cell's excerpts."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QResizeEvent
from PySide6.QtWidgets import QTableView, QWidget


class ExcerptTable(QTableView):
    """The excerpts of a cell; Enter or a double-click shows the excerpt in the reader. Rows
    are fitted to their wrapped quotes as they come into view: a total cell may hold a thousand
    excerpts, and fitting them all at once took half a second on the GUI thread."""

    activated_row = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._fitted: set[int] = set()
        self.verticalScrollBar().valueChanged.connect(self.fit_visible_rows)
        self.verticalScrollBar().rangeChanged.connect(self.fit_visible_rows)  # rows grew

    def refit_rows(self) -> None:  # new contents
        self._fitted.clear()
        self.fit_visible_rows()

    def fit_visible_rows(self) -> None:
        count, row = self.model().rowCount(), max(self.rowAt(0), 0)
        while row < count and self.rowViewportPosition(row) < self.viewport().height():
            if row not in self._fitted:
                self._fitted.add(row)
                self.resizeRowToContents(row)
            row += 1

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_visible_rows()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated_row.emit(self.currentIndex().row())
            return
        super().keyPressEvent(event)

"""A list of proposals the analyst goes through by keys, the same in every review tab:
Enter takes the current one, Delete (or Backspace) drops it, J and K move down and up.

The Suggestions tab (take: accept; drop: reject; E edits first) and the New Speakers tab
(take: add as a speaker; drop: dismiss) are such lists; a subclass says what a row holds
(:meth:`item`) and may claim more keys (:meth:`other_key`).
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QTableView


class ReviewList(QTableView):
    take_requested = Signal(object)  # the current item
    drop_requested = Signal(object)

    def item(self, row: int) -> object | None:
        """What row ``row`` of the model holds (None: nothing)."""
        raise NotImplementedError

    def current(self) -> object | None:
        index = self.currentIndex()
        return self.item(index.row()) if index.isValid() else None

    def go(self, step: int) -> None:
        """Select the row ``step`` rows on (0: the current one, or the first), kept in bounds."""
        rows = self.model().rowCount()
        if not rows:
            return
        row = self.currentIndex().row()
        self.selectRow(max(0, min(rows - 1, (row + step) if row >= 0 else 0)))

    def other_key(self, key: int, current: object) -> bool:
        """A key of the subclass's own on the current item; True when it was handled."""
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        key = event.key()
        current = self.current()
        if plain == Qt.KeyboardModifier.NoModifier:
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and current is not None:
                self.take_requested.emit(current)
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and current is not None:
                self.drop_requested.emit(current)
                return
            if current is not None and self.other_key(key, current):
                return
            if key in (Qt.Key.Key_J, Qt.Key.Key_K):
                self.go(1 if key == Qt.Key.Key_J else -1)
                return
        super().keyPressEvent(event)

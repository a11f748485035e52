"""Choose one item from a filterable list: a link target, a merge target, a new parent."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QIcon, QKeyEvent
from PySide6.QtWidgets import (
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop_app.domain.textfold import fold
from desktop_app.gui.dialogs.base import BaseDialog
from desktop_app.gui.translation import translate


class PickDialog(BaseDialog):
    submitted = Signal(object)  # the chosen item's key

    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        items: Sequence[tuple[object, str, QIcon | None]],
    ) -> None:
        super().__init__(parent, title)
        self.setObjectName("pick_dialog")
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("PickDialog", "Type to filter"))
        self.filter.setClearButtonEnabled(True)
        self.filter.setAccessibleName(translate("PickDialog", "Filter"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        for key, text, icon in items:
            item = QListWidgetItem(icon or QIcon(), text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setToolTip(text)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.filter.textChanged.connect(self._filter)
        self.filter.installEventFilter(self)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.lay_out(label, self.filter, self.list, error=False)
        self.resize(520, 420)

    def _filter(self, text: str) -> None:
        needle = fold(" ".join(text.split()))
        first = None
        for row in range(self.list.count()):
            item = self.list.item(row)
            hidden = bool(needle) and needle not in fold(item.text())
            item.setHidden(hidden)
            if not hidden and first is None:
                first = row
        if first is not None:
            self.list.setCurrentRow(first)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.filter
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def choose(self, key: object) -> bool:
        """Make ``key`` the current item (keyboard users and tests)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.list.setCurrentRow(row)
                return True
        return False

    def accept(self) -> None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return
        super().accept()
        self.submitted.emit(item.data(Qt.ItemDataRole.UserRole))

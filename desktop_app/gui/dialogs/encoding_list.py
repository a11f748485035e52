"""Source Details' list of readings: the source's text under the best few encodings, a few lines
each, side by side in one list; Enter (or a double click) on one asks to read the file in it."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate
from desktop_app.services.encodings import EncodingChoice

_HINT = QT_TRANSLATE_NOOP(
    "EncodingList",
    "The encoding was a guess: choose the reading whose letters look right and press Enter.",
)


class _ReadingList(QListWidget):
    """Enter activates the current reading and stops there (it must not also press OK)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and item is not None:
            self.itemActivated.emit(item)
            event.accept()
            return
        super().keyPressEvent(event)


class EncodingList(QWidget):
    chosen = Signal(str)  # the encoding to read the source in

    def __init__(self, parent: QWidget | None, choice: EncodingChoice) -> None:
        super().__init__(parent)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setObjectName("encoding_hint")
        label = QLabel(translate("EncodingList", "&Read as:"), self)
        self.list = _ReadingList(self)
        self.list.setObjectName("source_encodings")
        self.list.setAccessibleName(translate("EncodingList", "Read as"))
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.itemActivated.connect(self._activated)
        label.setBuddy(self.list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.hint)
        layout.addWidget(label)
        layout.addWidget(self.list)
        self.show_choice(choice)

    def show_choice(self, choice: EncodingChoice) -> None:
        """List the readings, the current one marked and selected."""
        self.list.clear()
        for reading in choice.readings:
            mark = translate("EncodingList", " — current") if reading.current else ""
            item = QListWidgetItem(f"{reading.encoding}{mark}\n{reading.preview}", self.list)
            item.setData(Qt.ItemDataRole.UserRole, reading.encoding)
            characters = reading.characters
            tip = translate("EncodingList", "%Ln character(s) in %1", "", characters)
            item.setToolTip(arg(tip, reading.encoding))
            if reading.current:
                self.list.setCurrentItem(item)
        self.hint.setText(choice.refusal or translate("EncodingList", _HINT))

    def encodings(self) -> list[str]:
        return [
            str(self.list.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.list.count())
        ]

    def _activated(self, item: QListWidgetItem) -> None:
        self.chosen.emit(str(item.data(Qt.ItemDataRole.UserRole)))

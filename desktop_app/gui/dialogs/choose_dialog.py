"""Tick several items of a list: the coders whose annotations to show, the coders to compare."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QWidget,
)

from desktop_app.gui.dialogs.base import BaseDialog
from desktop_app.gui.translation import translate


class ChooseDialog(BaseDialog):
    def __init__(
        self,
        parent: QWidget | None,
        title: str,
        prompt: str,
        items: Sequence[tuple[str, str, bool]],
        minimum: int = 1,
    ) -> None:
        """``items``: (key, label, ticked). OK needs at least ``minimum`` ticked."""
        super().__init__(parent, title)
        self.setObjectName("choose_dialog")
        self.minimum = minimum
        self.list = QListWidget(self)
        self.list.setAccessibleName(title)
        for key, text, ticked in items:
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.lay_out(label, self.list)
        self.resize(360, 320)

    def chosen(self) -> list[str]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            str(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_chosen(self, keys: Sequence[str]) -> None:
        for row in range(self.list.count()):
            item = self.list.item(row)
            ticked = item.data(Qt.ItemDataRole.UserRole) in keys
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)

    def accept(self) -> None:
        if len(self.chosen()) < self.minimum:
            minimum = self.minimum
            self.say(translate("ChooseDialog", "Tick at least %n.", "", minimum))
            return
        super().accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        title: str,
        prompt: str,
        items: Sequence[tuple[str, str, bool]],
        minimum: int = 1,
    ) -> tuple[list[str], bool]:
        """Show the dialog; the ticked keys, in list order, and whether OK was chosen."""
        dialog = cls(parent, title, prompt, items, minimum)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        chosen = dialog.chosen()
        dialog.deleteLater()
        return chosen, accepted

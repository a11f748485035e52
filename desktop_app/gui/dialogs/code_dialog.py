"""A code's details: name, colour, description and category; for speakers also aliases (one
per line, any script), role, affiliation and side. Used to add a code and to edit one."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from desktop_app.domain.model import Code, CodeKind, Side, SpeakerDetails
from desktop_app.gui import prompts
from desktop_app.gui.alias_warnings import AliasWarning
from desktop_app.gui.dialogs.base import BaseDialog
from desktop_app.gui.translation import arg, translate


@dataclass(frozen=True)
class CodeDraft:
    name: str
    color: str
    description: str
    category: str
    speaker: SpeakerDetails


class CodeDialog(BaseDialog):
    submitted = Signal(object)  # CodeDraft

    def __init__(
        self, parent: QWidget | None, kind: CodeKind, code: Code | None, color: str, where: str
    ) -> None:
        super().__init__(
            parent,
            f"“{code.name}”" if code else arg(translate("CodeDialog", "New Code under %1"), where),
        )
        self.setObjectName("code_dialog")
        self.kind = kind
        self.color = code.color if code else color
        self.name = QLineEdit(code.name if code else "", self)
        self.name.setObjectName("code_name")
        self.name.setAccessibleName(translate("CodeDialog", "Name"))
        self.name.setToolTip(
            translate("CodeDialog", "The canonical name, as it should appear in exports")
        )
        self.name.setMinimumWidth(360)
        self.color_button = QPushButton(self)
        self.color_button.setAccessibleName(translate("CodeDialog", "Colour"))
        self.color_button.setToolTip(translate("CodeDialog", "The highlight colour of this code"))
        self.color_button.clicked.connect(self._pick_color)
        self._show_color()
        self.description = QPlainTextEdit(code.description if code else "", self)
        self.description.setObjectName("code_description")
        self.description.setAccessibleName(translate("CodeDialog", "Description"))
        self.description.setToolTip(
            translate("CodeDialog", "What the code means, for colleagues and the briefing")
        )
        self.description.setFixedHeight(72)
        self.category = QLineEdit(code.category if code else "", self)
        self.category.setAccessibleName(translate("CodeDialog", "Category"))
        self.category.setToolTip(
            translate("CodeDialog", "A grouping for conditions, e.g. Territory or Security")
        )
        details = code.speaker if code else SpeakerDetails()
        self.aliases = QPlainTextEdit("\n".join(details.aliases), self)
        self.aliases.setObjectName("code_aliases")
        self.aliases.setAccessibleName(translate("CodeDialog", "Aliases"))
        self.aliases.setToolTip(
            translate(
                "CodeDialog",
                "Other names, one per line, in any language or script "
                "(Путин, the Russian President)",
            )
        )
        self.aliases.setFixedHeight(90)
        self.alias_warning = AliasWarning(self.aliases, self)
        self.role = QLineEdit(details.role, self)
        self.role.setAccessibleName(translate("CodeDialog", "Role"))
        self.role.setToolTip(translate("CodeDialog", "e.g. President of Russia"))
        self.affiliation = QLineEdit(details.affiliation, self)
        self.affiliation.setAccessibleName(translate("CodeDialog", "Affiliation"))
        self.affiliation.setToolTip(
            translate("CodeDialog", "e.g. Kremlin, NATO, Office of the President of Ukraine")
        )
        self.side = QComboBox(self)
        self.side.setEditable(True)
        self.side.setAccessibleName(translate("CodeDialog", "Side"))
        self.side.setToolTip(
            translate("CodeDialog", "Which side of the event the speaker stands on")
        )
        self.side.addItems(["", *(s.value for s in Side)])
        self.side.setCurrentText(details.side)
        form = QFormLayout()
        form.addRow(translate("CodeDialog", "&Name:"), self.name)
        form.addRow(translate("CodeDialog", "Co&lour:"), self.color_button)
        form.addRow(translate("CodeDialog", "&Description:"), self.description)
        if kind in (CodeKind.CONDITION, CodeKind.OTHER):
            form.addRow(translate("CodeDialog", "&Category:"), self.category)
        else:
            self.category.hide()
        # Aliases help every kind found by spelling (places, say); roles only speakers.
        form.addRow(translate("CodeDialog", "&Aliases:"), self.aliases)
        form.addRow("", self.alias_warning)
        if kind == CodeKind.SPEAKER:
            form.addRow(translate("CodeDialog", "&Role:"), self.role)
            form.addRow(translate("CodeDialog", "A&ffiliation:"), self.affiliation)
            form.addRow(translate("CodeDialog", "&Side:"), self.side)
        else:
            for widget in (self.role, self.affiliation, self.side):
                widget.hide()
        self.lay_out(form)

    def _show_color(self) -> None:
        self.color_button.setText(self.color)
        text = "#000000" if QColor(self.color).lightness() > 140 else "#ffffff"
        self.color_button.setStyleSheet(f"background: {self.color}; color: {text};")

    def _pick_color(self) -> None:
        chosen = prompts.pick_color(self, self.color)
        if chosen:
            self.color = chosen
            self._show_color()

    def draft(self) -> CodeDraft:
        aliases = tuple(a.strip() for a in self.aliases.toPlainText().splitlines() if a.strip())
        return CodeDraft(
            name=" ".join(self.name.text().split()),
            color=self.color,
            description=self.description.toPlainText().strip(),
            category=self.category.text().strip(),
            speaker=SpeakerDetails(
                aliases=aliases,
                role=self.role.text().strip(),
                affiliation=self.affiliation.text().strip(),
                side=self.side.currentText().strip(),
            ),
        )

    def accept(self) -> None:
        draft = self.draft()
        if not draft.name:
            self.say(translate("CodeDialog", "A code needs a name."))
            self.name.setFocus()
            return
        super().accept()
        self.submitted.emit(draft)

"""Edit one annotation: its codes, note, boundaries (in code points, with the quote shown as it
will be stored) and the links it takes part in."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from desktop_app.domain.model import Annotation, Code, Link
from desktop_app.gui.codebook_panel import SHAPES
from desktop_app.gui.dialogs.base import BaseDialog
from desktop_app.gui.icons import swatch
from desktop_app.gui.markup_popup import Create, Lookup, MarkupPopup
from desktop_app.gui.translation import translate

CONTEXT = 60


@dataclass(frozen=True)
class AnnotationDraft:
    code_ids: tuple[int, ...]
    note: str
    start: int
    end: int
    removed_links: tuple[int, ...]


class AnnotationDialog(BaseDialog):
    submitted = Signal(object)  # AnnotationDraft

    def __init__(
        self,
        parent: QWidget | None,
        annotation: Annotation,
        text: str,
        *,
        codes: Callable[[int], Code | None],
        links: Sequence[tuple[Link, str]],
        lookup: Lookup,
        create: Create,
    ) -> None:
        super().__init__(parent, translate("AnnotationDialog", "Edit Annotation"))
        self.setObjectName("annotation_dialog")
        self.annotation = annotation
        self._text = text
        self._codes = codes
        self._lookup = lookup
        self._create = create
        self.code_list = QListWidget(self)
        self.code_list.setObjectName("annotation_codes")
        self.code_list.setAccessibleName(translate("AnnotationDialog", "Codes"))
        self.code_list.setMaximumHeight(110)
        for code_id in annotation.code_ids:
            self._add_code_item(code_id)
        add = QPushButton(translate("AnnotationDialog", "&Add Code…"), self)
        add.setToolTip(translate("AnnotationDialog", "Pick or create another code for this span"))
        add.clicked.connect(self._add_code)
        remove = QPushButton(translate("AnnotationDialog", "&Remove Code"), self)
        remove.setToolTip(translate("AnnotationDialog", "Take the selected code off this span"))
        remove.clicked.connect(self._remove_code)
        code_buttons = QHBoxLayout()
        code_buttons.addWidget(add)
        code_buttons.addWidget(remove)
        code_buttons.addStretch(1)
        self.note = QPlainTextEdit(annotation.note, self)
        self.note.setObjectName("annotation_note")
        self.note.setAccessibleName(translate("AnnotationDialog", "Note"))
        self.note.setToolTip(
            translate("AnnotationDialog", "Your remark on this span; shown on hover and in exports")
        )
        self.note.setFixedHeight(70)
        self.start = QSpinBox(self)
        self.end = QSpinBox(self)
        for box, value, name, tip in (
            (
                self.start,
                annotation.start,
                translate("AnnotationDialog", "Start"),
                translate(
                    "AnnotationDialog", "Start of the span, in characters (Unicode code points)"
                ),
            ),
            (
                self.end,
                annotation.end,
                translate("AnnotationDialog", "End"),
                translate(
                    "AnnotationDialog", "End of the span, in characters (Unicode code points)"
                ),
            ),
        ):
            box.setRange(0, len(text))
            box.setValue(value)
            box.setAccessibleName(name)
            box.setToolTip(tip)
            box.valueChanged.connect(self._show_quote)
        bounds = QHBoxLayout()
        bounds.addWidget(QLabel(translate("AnnotationDialog", "from", "span bounds"), self))
        bounds.addWidget(self.start)
        bounds.addWidget(QLabel(translate("AnnotationDialog", "to", "span bounds"), self))
        bounds.addWidget(self.end)
        bounds.addStretch(1)
        self.quote = QLabel(self)
        self.quote.setObjectName("annotation_quote")
        self.quote.setWordWrap(True)
        self.quote.setTextFormat(Qt.TextFormat.PlainText)
        self.quote.setMinimumWidth(460)
        self.link_list = QListWidget(self)
        self.link_list.setAccessibleName(translate("AnnotationDialog", "Links"))
        self.link_list.setMaximumHeight(90)
        for link, label in links:
            item = QListWidgetItem(label)
            item.setData(Qt.ItemDataRole.UserRole, link.id)
            self.link_list.addItem(item)
        unlink = QPushButton(translate("AnnotationDialog", "Remove &Link"), self)
        unlink.setToolTip(translate("AnnotationDialog", "Remove the selected link"))
        unlink.setEnabled(bool(links))
        unlink.clicked.connect(self._remove_link)
        self.removed_links: list[int] = []
        form = QFormLayout()
        form.addRow(translate("AnnotationDialog", "Codes:"), self.code_list)
        form.addRow("", code_buttons)
        form.addRow(translate("AnnotationDialog", "&Note:"), self.note)
        form.addRow(translate("AnnotationDialog", "Span:"), bounds)
        form.addRow(translate("AnnotationDialog", "Quote:"), self.quote)
        form.addRow(translate("AnnotationDialog", "Links:"), self.link_list)
        form.addRow("", unlink)
        self.lay_out(form)
        self._show_quote()

    def _add_code_item(self, code_id: int) -> None:
        code = self._codes(code_id)
        if code is None:
            return
        item = QListWidgetItem(swatch(code.color, SHAPES[code.kind]), code.name)
        item.setData(Qt.ItemDataRole.UserRole, code.id)
        self.code_list.addItem(item)

    def code_ids(self) -> list[int]:
        return [
            int(self.code_list.item(r).data(Qt.ItemDataRole.UserRole))
            for r in range(self.code_list.count())
        ]

    def _add_code(self) -> None:
        popup = MarkupPopup(
            self, self._lookup, self._create, None, translate("AnnotationDialog", "this span")
        )
        popup.committed.connect(self._codes_picked)
        button = self.sender()
        anchor = button.rect() if isinstance(button, QWidget) else self.rect()
        origin = button.mapToGlobal(anchor.topLeft()) if isinstance(button, QWidget) else None
        if origin is not None:
            anchor.moveTopLeft(origin)
        popup.show_near(anchor)

    def _codes_picked(self, code_ids: list[int]) -> None:
        for code_id in code_ids:
            if code_id not in self.code_ids():
                self._add_code_item(code_id)

    def _remove_code(self) -> None:
        row = self.code_list.currentRow()
        if row >= 0:
            self.code_list.takeItem(row)

    def _remove_link(self) -> None:
        row = self.link_list.currentRow()
        if row >= 0:
            item = self.link_list.takeItem(row)
            self.removed_links.append(int(item.data(Qt.ItemDataRole.UserRole)))

    def _show_quote(self) -> None:
        start, end = self.start.value(), self.end.value()
        if end <= start:
            self.quote.setText(translate("AnnotationDialog", "(the end must come after the start)"))
            return
        before = self._text[max(0, start - CONTEXT) : start].split("\n")[-1]
        after = self._text[end : end + CONTEXT].split("\n")[0]
        self.quote.setText(f"…{before}[{self._text[start:end]}]{after}…")

    def draft(self) -> AnnotationDraft:
        return AnnotationDraft(
            code_ids=tuple(self.code_ids()),
            note=self.note.toPlainText().strip(),
            start=self.start.value(),
            end=self.end.value(),
            removed_links=tuple(self.removed_links),
        )

    def accept(self) -> None:
        draft = self.draft()
        problem = ""
        if not draft.code_ids:
            problem = translate(
                "AnnotationDialog", "An annotation needs at least one code (delete it instead)."
            )
        elif draft.end <= draft.start:
            problem = translate("AnnotationDialog", "The span must end after it starts.")
        elif not self._text[draft.start : draft.end].strip():
            problem = translate("AnnotationDialog", "The span holds only white space.")
        if problem:
            self.say(problem)
            return
        super().accept()
        self.submitted.emit(draft)

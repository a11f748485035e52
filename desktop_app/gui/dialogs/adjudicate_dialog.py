"""Adjudication's "edit": the span and code the adjudicator settles on, with the quote it makes.

Returns data only; the agreement view's controller hands it to
:func:`desktop_app.services.adjudication.decide`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from desktop_app.gui.dialogs.base import BaseDialog
from desktop_app.gui.translation import translate

QUOTE_LIMIT = 400  # characters of the quote shown


class EditSpanDialog(BaseDialog):
    def __init__(
        self,
        parent: QWidget | None,
        text: str,
        *,
        start: int,
        end: int,
        codes: Sequence[tuple[int, str]],
        code_id: int,
    ) -> None:
        """``text``: the source's text (code points); ``codes``: (id, name) to choose from."""
        super().__init__(parent, translate("AdjudicateDialog", "Edit the Adjudicated Span"))
        self.setObjectName("adjudicate_edit_dialog")
        self.text = text
        self.quote = QLabel(self)
        self.quote.setObjectName("adjudicate_quote")
        self.quote.setWordWrap(True)
        self.start = QSpinBox(self)
        self.start.setObjectName("adjudicate_start")
        self.end = QSpinBox(self)
        self.end.setObjectName("adjudicate_end")
        for box in (self.start, self.end):
            box.setRange(0, len(text))
        self.start.setValue(start)
        self.end.setValue(end)
        self.code = QComboBox(self)
        self.code.setObjectName("adjudicate_code")
        for found_id, name in codes:
            self.code.addItem(name, found_id)
        self.code.setCurrentIndex(max(0, self.code.findData(code_id)))
        form = QFormLayout()
        form.addRow(translate("AdjudicateDialog", "&Start:"), self.start)
        form.addRow(translate("AdjudicateDialog", "&End:"), self.end)
        form.addRow(translate("AdjudicateDialog", "&Code:"), self.code)
        form.addRow(translate("AdjudicateDialog", "Quote:"), self.quote)
        self.ok = self.lay_out(form).button(QDialogButtonBox.StandardButton.Ok)
        for box in (self.start, self.end):
            box.valueChanged.connect(self._show_quote)
        self._show_quote()
        self.resize(520, 240)

    def _show_quote(self) -> None:
        start, end = self.start.value(), self.end.value()
        self.ok.setEnabled(end > start)
        if end <= start:
            self.quote.setText("")
            self.say(translate("AdjudicateDialog", "The end must come after the start."))
            return
        self.error.hide()
        quote = self.text[start:end]
        shown = quote if len(quote) <= QUOTE_LIMIT else quote[: QUOTE_LIMIT - 1] + "…"
        self.quote.setText(f"“{shown}”")

    def value(self) -> tuple[int, int, int]:
        return self.start.value(), self.end.value(), int(self.code.currentData())

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        text: str,
        *,
        start: int,
        end: int,
        codes: Sequence[tuple[int, str]],
        code_id: int,
    ) -> tuple[tuple[int, int, int], bool]:
        dialog = cls(parent, text, start=start, end=end, codes=codes, code_id=code_id)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        return dialog.value(), accepted

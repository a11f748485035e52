"""The skeleton Parley's dialogs share: a title, the dialog's own content, a red line saying
what is wrong (hidden until there is something to say), and OK and Cancel at the bottom.

A dialog builds its content, then calls :meth:`BaseDialog.lay_out` with it; the buttons are made
there, after the content, so the keyboard reaches them last. Dialogs return data; the caller
saves it (see ``gui/prompts.py``).
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLayout, QVBoxLayout, QWidget

ERROR_STYLE = "color: #c0392b;"


class BaseDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.error = QLabel(problem, self)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setVisible(bool(problem))
        self.buttons: QDialogButtonBox | None = None

    def lay_out(self, *parts: QWidget | QLayout, error: bool = True) -> QDialogButtonBox:
        """Stack ``parts``, then the error line (unless ``error`` is False) and OK/Cancel."""
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for part in parts:
            if isinstance(part, QLayout):
                layout.addLayout(part)
            else:
                layout.addWidget(part)
        if error:
            layout.addWidget(self.error)
        else:
            self.error.setParent(None)
        layout.addWidget(buttons)
        self.buttons = buttons
        return buttons

    def say(self, problem: str) -> None:
        """Show what is wrong on the error line (the dialog stays open)."""
        self.error.setText(problem)
        self.error.show()

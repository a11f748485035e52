"""A source's details: title, outlet, author, published date, URL and language."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Source, SourceMeta


class SourceDialog(QDialog):
    submitted = Signal(object)  # SourceMeta

    def __init__(self, parent: QWidget | None, source: Source) -> None:
        super().__init__(parent)
        self.setObjectName("source_dialog")
        self.setWindowTitle("Source Details")
        self.source_id = source.id
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        tips = {
            "title": "The headline or a short name for the source (required)",
            "outlet": "Who published it: newspaper, agency, ministry, channel",
            "author": "Author or authors, as credited",
            "published": "Publication date, ideally YYYY-MM-DD",
            "url": "Where it was found",
            "language": "Language code(s), comma-separated when mixed, e.g. en, ru",
        }
        for name, label in (
            ("title", "&Title:"),
            ("outlet", "&Outlet:"),
            ("author", "&Author:"),
            ("published", "&Published:"),
            ("url", "&URL:"),
            ("language", "&Language:"),
        ):
            edit = QLineEdit(getattr(source, name), self)
            edit.setObjectName(f"source_{name}")
            edit.setToolTip(tips[name])
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.fields[name] = edit
            form.addRow(label, edit)
        self.fields["published"].setPlaceholderText("YYYY-MM-DD")
        self.fields["title"].setMinimumWidth(420)
        facts = QLabel(
            f"{source.original_name or 'pasted text'} · {source.file_format} · "
            f"{source.characters:,} characters · imported {source.imported_at[:16]}",
            self,
        )
        facts.setEnabled(False)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #c0392b;")
        self.error.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(facts)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def meta(self) -> SourceMeta:
        return SourceMeta(**{name: edit.text().strip() for name, edit in self.fields.items()})

    def accept(self) -> None:
        meta = self.meta()
        if not meta.title:
            self.error.setText("A source needs a title.")
            self.error.show()
            self.fields["title"].setFocus()
            return
        super().accept()
        self.submitted.emit(meta)

"""A source's details: title, outlet, author, published date, URL and language — and what the
import found out: the file's own date (not a publication date), the text's encoding and how sure
its detection was — and, when that was a guess, the text under the best few encodings to choose
from (``encoding_list``)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n
from desktop_app.domain.dates import FILE_DATE, shown_date
from desktop_app.domain.model import Source, SourceMeta
from desktop_app.domain.outlets import Outlet
from desktop_app.gui.date_field import DateField
from desktop_app.gui.dialogs.encoding_list import EncodingList
from desktop_app.gui.translation import arg, translate
from desktop_app.services.encodings import EncodingChoice, detection_confidence


class SourceDialog(QDialog):
    submitted = Signal(object)  # SourceMeta
    reread = Signal(str)  # read the source again in this encoding

    def __init__(
        self,
        parent: QWidget | None,
        source: Source,
        choice: EncodingChoice | None = None,
        outlets: Sequence[str] = (),
        outlet: Outlet | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self.setObjectName("source_dialog")
        self.setWindowTitle(translate("SourceDialog", "Source Details"))
        self.source_id = source.id
        self.fields: dict[str, QLineEdit] = {}
        form = QFormLayout()
        tips = {
            "title": translate(
                "SourceDialog", "The headline or a short name for the source (required)"
            ),
            "outlet": translate(
                "SourceDialog", "Who published it: newspaper, agency, ministry, channel"
            ),
            "author": translate("SourceDialog", "Author or authors, as credited"),
            "url": translate("SourceDialog", "Where it was found"),
            "language": translate(
                "SourceDialog", "Language code(s), comma-separated when mixed, e.g. en, ru"
            ),
        }
        self._published = source.published
        self._shown_date = shown_date(source.published)
        self.date = DateField(self._shown_date, self)
        for name, label in (
            ("title", translate("SourceDialog", "&Title:")),
            ("outlet", translate("SourceDialog", "&Outlet:")),
            ("author", translate("SourceDialog", "&Author:")),
            ("published", translate("SourceDialog", "&Published:")),
            ("url", translate("SourceDialog", "&URL:")),
            ("language", translate("SourceDialog", "&Language:")),
        ):
            if name == "published":
                edit = self.date.edit
                row: QWidget = self.date
            else:
                edit = row = QLineEdit(getattr(source, name), self)
                edit.setToolTip(tips[name])
            edit.setObjectName(f"source_{name}")
            edit.setAccessibleName(label.replace("&", "").rstrip(":"))
            self.fields[name] = edit
            form.addRow(label, row)
            form.labelForField(row).setObjectName(f"label_{name}")
        self.fields["title"].setMinimumWidth(420)
        if outlets:  # the project's outlets; a name none of them has makes a new outlet
            completer = QCompleter(list(outlets), self.fields["outlet"])
            completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
            self.fields["outlet"].setCompleter(completer)
        found = source_facts(source)
        if outlet is not None:  # what Source › Outlets… records of it
            details = [i18n.gettext(outlet.type_label), outlet.country]
            groups = arg(translate("SourceDialog", "groups: %1"), outlet.groups_text)
            details += [groups] if outlet.groups else []
            shown = " · ".join(d for d in details if d) or translate(
                "SourceDialog", "no details yet"
            )
            found.insert(
                0,
                arg(
                    translate("SourceDialog", "Outlet “%1”: %2 (Source › Outlets…)"),
                    outlet.name,
                    shown,
                ),
            )
        facts = QLabel("\n".join(found), self)
        facts.setObjectName("source_facts")
        facts.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        facts.setEnabled(False)
        self.facts = facts
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
        self.encodings: EncodingList | None = None
        if choice is not None and choice.readings:
            self.encodings = EncodingList(self, choice)
            self.encodings.chosen.connect(self.reread)
            layout.addWidget(self.encodings)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def meta(self) -> SourceMeta:
        """The details as typed, the date as stored (ISO); raises NotADate for a date that
        cannot be one."""
        typed = {name: edit.text().strip() for name, edit in self.fields.items()}
        published = self.date.iso()
        if self.date.edit.text() == self._shown_date:  # untouched: kept to the second
            published = self._published
        return SourceMeta(**{**typed, "published": published})

    def accept(self) -> None:
        if problem := self.date.problem():
            self._refuse(problem, self.date)
            return
        meta = self.meta()
        if not meta.title:
            self._refuse(translate("SourceDialog", "A source needs a title."), self.fields["title"])
            return
        super().accept()
        self.submitted.emit(meta)

    def reread_done(self, source: Source, choice: EncodingChoice | None) -> None:
        """The source was read in another encoding: show its new facts, readings, and the title
        and language that followed (unless typed over here)."""
        for name in ("title", "language"):
            field = self.fields[name]
            if field.text() == getattr(self.source, name):
                field.setText(getattr(source, name))
        self.source = source
        self.facts.setText("\n".join(source_facts(source)))
        if self.encodings is not None and choice is not None:
            self.encodings.show_choice(choice)
        self.error.hide()

    def refuse_reading(self, problem: str) -> None:
        """Say in the error line why the source was not read in another encoding."""
        if self.encodings is not None:
            self._refuse(problem, self.encodings.list)

    def _refuse(self, problem: str, field: QWidget) -> None:
        self.error.setText(problem[:1].upper() + problem[1:])
        self.error.show()
        field.setFocus()


def source_facts(source: Source) -> list[str]:
    """What the import found out about a source, one line each."""
    characters = source.characters
    lines = [
        arg(
            translate("SourceDialog", "%1 · %2 · %3 · imported %4"),
            source.original_name or translate("SourceDialog", "pasted text"),
            source.file_format,
            translate("SourceDialog", "%Ln character(s)", "", characters),
            shown_date(source.imported_at),
        )
    ]
    variables = source.variables
    if file_date := variables.get(FILE_DATE):
        lines.append(
            arg(
                translate(
                    "SourceDialog",
                    "File date: %1 (when the file was made, which need not be when it was "
                    "published)",
                ),
                shown_date(file_date),
            )
        )
    if encoding := variables.get("encoding"):
        sure = variables.get("encoding_confidence", "")
        lines.append(
            arg(translate("SourceDialog", "Encoding: %1"), encoding)
            + (
                arg(translate("SourceDialog", " — detection: %1"), detection_confidence(sure))
                if sure
                else ""
            )
        )
    if declared := variables.get("declared_language"):
        lines.append(
            arg(translate("SourceDialog", "The document declares its language as %1"), declared)
        )
    return lines

"""The export dialog: format, briefing details, which sources, and where to write.

Dialogs return data; callers act on it (novelWriter): :meth:`ExportDialog.ask` gives back an
:class:`ExportRequest` and whether the analyst accepted, and writes nothing. The output path
starts as ``<exports folder>/<project name>.<suffix>`` and follows the format's suffix while the
analyst has not typed a name of their own.
"""

from __future__ import annotations

import logging
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n, paths
from desktop_app.domain.dates import short_date
from desktop_app.domain.model import Source
from desktop_app.gui import prompts
from desktop_app.gui.language_choice import language_box
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate
from desktop_app.services.exports import ExportOptions

log = logging.getLogger(__name__)

PAGE_SIZES = ("A4", "Letter")
# The briefing's appendix modes (ExportOptions.appendix) as the dialog names them.
APPENDIX_CHOICES = (
    (QT_TRANSLATE_NOOP("ExportDialog", "Each condition’s wording, source by source"), "wordings"),
    (QT_TRANSLATE_NOOP("ExportDialog", "Every excerpt, whole (long)"), "all"),
    (QT_TRANSLATE_NOOP("ExportDialog", "None (the workbook lists the excerpts)"), "none"),
)
_UNSAFE_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]+')


class ExportFormat(Enum):
    WORKBOOK = (
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbook (.xlsx)"),
        ".xlsx",
        QT_TRANSLATE_NOOP("ExportDialog", "Excel workbooks (*.xlsx)"),
    )
    BRIEFING = (
        QT_TRANSLATE_NOOP("ExportDialog", "PDF briefing (.pdf)"),
        ".pdf",
        QT_TRANSLATE_NOOP("ExportDialog", "PDF documents (*.pdf)"),
    )
    CSV = (
        QT_TRANSLATE_NOOP("ExportDialog", "Excerpts as CSV (.csv)"),
        ".csv",
        QT_TRANSLATE_NOOP("ExportDialog", "CSV files (*.csv)"),
    )
    JSON = (
        QT_TRANSLATE_NOOP("ExportDialog", "Excerpts as JSON (.json)"),
        ".json",
        QT_TRANSLATE_NOOP("ExportDialog", "JSON files (*.json)"),
    )
    QDPX = (
        QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA project (.qdpx)"),
        ".qdpx",
        QT_TRANSLATE_NOOP("ExportDialog", "REFI-QDA projects (*.qdpx)"),
    )

    @property
    def label(self) -> str:
        return translate("ExportDialog", self.value[0])

    @property
    def suffix(self) -> str:
        return self.value[1]

    @property
    def file_filter(self) -> str:
        kinds = translate("ExportDialog", self.value[2])
        every = translate("ExportDialog", "All files (*)")
        return f"{kinds};;{every}"

    @classmethod
    def of(cls, path: Path) -> ExportFormat | None:
        return next((f for f in cls if f.suffix == path.suffix.lower()), None)


@dataclass(frozen=True)
class ExportRequest:
    path: Path
    format: ExportFormat
    options: ExportOptions


def default_page_size() -> str:
    """Letter where it is the norm (the US, Canada, Mexico, the Philippines…), else A4."""
    territory = QLocale.system().territory()
    letter = {
        QLocale.Country.UnitedStates,
        QLocale.Country.Canada,
        QLocale.Country.Mexico,
        QLocale.Country.Philippines,
        QLocale.Country.Chile,
        QLocale.Country.Colombia,
    }
    return "Letter" if territory in letter else "A4"


def file_stem(name: str) -> str:
    """A project name made safe as a file name on every platform (without a ``.parley``
    suffix a name may carry, so the export is not "x.parley.xlsx")."""
    if name.lower().endswith(".parley"):
        name = name[: -len(".parley")]
    cleaned = _UNSAFE_NAME.sub(" ", name).strip(" .")
    return " ".join(cleaned.split()) or translate("ExportDialog", "Parley export")


class ExportDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        project_name: str,
        sources: Sequence[Source],
        export_format: ExportFormat,
        folder: Path,
        *,
        analyst: str = "",
        classification: str = "",
        page_size: str = "",
        chosen_ids: Iterable[int] | None = None,
        title: str = "",
        path: Path | None = None,
        coders: Sequence[tuple[str, str]] = (),
        coder: str | None = None,
        appendix: str = "wordings",
    ) -> None:
        super().__init__(parent)
        self.setObjectName("export_dialog")
        self.setWindowTitle(translate("ExportDialog", "Export"))
        self.setMinimumWidth(560)
        self._sources = list(sources)
        self._stem = file_stem(project_name)
        self._folder = folder
        self._auto_path = True  # the path follows the format until the analyst picks one
        self.confirmed_replace = False  # the file dialog already asked about replacing

        self.format = QComboBox(self)
        for choice in ExportFormat:
            self.format.addItem(choice.label, choice)
        self.format.setCurrentIndex(list(ExportFormat).index(export_format))

        self.title = QLineEdit(title or project_name, self)
        self.analyst = QLineEdit(analyst, self)
        self.classification = QLineEdit(classification, self)
        self.classification.setPlaceholderText(
            translate("ExportDialog", "Optional, e.g. “Internal — do not forward”")
        )
        self.page_size = QComboBox(self)
        self.page_size.addItems(PAGE_SIZES)
        self.page_size.setCurrentText(page_size if page_size in PAGE_SIZES else "A4")
        self.briefing = QGroupBox(translate("ExportDialog", "Briefing"), self)
        briefing_form = QFormLayout(self.briefing)
        briefing_form.addRow(translate("ExportDialog", "&Title:"), self.title)
        briefing_form.addRow(translate("ExportDialog", "&Analyst:"), self.analyst)
        briefing_form.addRow(
            translate("ExportDialog", "&Classification line:"), self.classification
        )
        briefing_form.addRow(translate("ExportDialog", "&Page size:"), self.page_size)
        self.appendix = QComboBox(self)
        self.appendix.setObjectName("export_appendix")
        self.appendix.setAccessibleName(translate("ExportDialog", "Briefing appendix"))
        for shown, mode in APPENDIX_CHOICES:
            self.appendix.addItem(translate("ExportDialog", shown), mode)
        self.appendix.setCurrentIndex(max(0, self.appendix.findData(appendix)))
        self.appendix.setToolTip(
            translate(
                "ExportDialog",
                "What the briefing's appendix holds; the workbook always has every excerpt",
            )
        )
        briefing_form.addRow(translate("ExportDialog", "Appendi&x:"), self.appendix)

        chosen = None if chosen_ids is None else set(chosen_ids)
        self.all_sources = QRadioButton(
            translate("ExportDialog", "&All sources (%1)").replace("%1", str(len(self._sources))),
            self,
        )
        self.some_sources = QRadioButton(
            translate("ExportDialog", "&Only the checked sources:"), self
        )
        group = QButtonGroup(self)
        group.addButton(self.all_sources)
        group.addButton(self.some_sources)
        self.source_list = QListWidget(self)
        self.source_list.setObjectName("export_sources")
        self.source_list.setAccessibleName(translate("ExportDialog", "Sources to export"))
        for source in self._sources:
            parts = [
                source.title or translate("ExportDialog", "(untitled)"),
                source.outlet,
                short_date(source.published),
            ]
            item = QListWidgetItem(" · ".join(p for p in parts if p), self.source_list)
            item.setData(Qt.ItemDataRole.UserRole, source.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = chosen is None or source.id in chosen
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            status = i18n.gettext(source.status.label)
            coding = arg(translate("ExportDialog", "coding %1"), status)
            item.setToolTip(f"{source.title}\n{coding}")
        self.source_list.setMaximumHeight(150)
        subset = chosen is not None and len(chosen & {s.id for s in self._sources}) < len(
            self._sources
        )
        (self.some_sources if subset else self.all_sources).setChecked(True)
        sources_box = QGroupBox(translate("ExportDialog", "Sources"), self)
        sources_layout = QVBoxLayout(sources_box)
        sources_layout.addWidget(self.all_sources)
        sources_layout.addWidget(self.some_sources)
        sources_layout.addWidget(self.source_list)

        # Whose mark-up: everyone's, or one coder's (e.g. the adjudicated layer, so the
        # deliverables carry the decided version). ``coders`` pairs a name with how it is shown.
        self.coder = QComboBox(self)
        self.coder.setObjectName("export_coder")
        self.coder.setAccessibleName(translate("ExportDialog", "Whose mark-up to export"))
        self.coder.addItem(translate("ExportDialog", "Every coder"), None)
        for name, shown in coders:
            self.coder.addItem(shown, name)
        if coder is not None and self.coder.findData(coder) >= 0:
            self.coder.setCurrentIndex(self.coder.findData(coder))
        self.coder.setEnabled(bool(coders))

        self.path = QLineEdit(self)
        self.path.setObjectName("export_path")
        self.path.setAccessibleName(translate("ExportDialog", "Output file"))
        self.browse = QPushButton(translate("ExportDialog", "&Browse…"), self)
        self.browse.setToolTip(translate("ExportDialog", "Choose the file to write"))
        path_row = QHBoxLayout()
        path_row.addWidget(self.path, 1)
        path_row.addWidget(self.browse)
        self.problem = QLabel(self)
        self.problem.setObjectName("export_problem")
        self.problem.setStyleSheet("color: #c0392b;")

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.export_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.export_button.setText(translate("ExportDialog", "&Export"))

        form = QFormLayout()
        form.addRow(translate("ExportDialog", "&Format:"), self.format)
        form.addRow(translate("ExportDialog", "&Mark-up of:"), self.coder)
        self.language = language_box(self)
        form.addRow(translate("ExportDialog", "&Language:"), self.language)
        save_as = QLabel(translate("ExportDialog", "&Save as:"), self)
        save_as.setBuddy(self.path)
        form.addRow(save_as, path_row)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.briefing)
        layout.addWidget(sources_box)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)

        self.format.currentIndexChanged.connect(lambda _i: self._format_changed())
        self.path.textEdited.connect(self._path_edited)
        self.browse.clicked.connect(self._browse)
        self.all_sources.toggled.connect(lambda _c: self._validate())
        self.source_list.itemChanged.connect(lambda _item: self._validate())
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self._format_changed()
        if path is not None:  # what the analyst typed before an export that failed
            self._auto_path = False
            self.path.setText(str(path))
            self._format_changed()

    # -- the answer ------------------------------------------------------------------------

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        project_name: str,
        sources: Sequence[Source],
        export_format: ExportFormat,
        folder: Path,
        *,
        analyst: str = "",
        classification: str = "",
        page_size: str = "",
        chosen_ids: Iterable[int] | None = None,
        title: str = "",
        path: Path | None = None,
        coders: Sequence[tuple[str, str]] = (),
        coder: str | None = None,
        appendix: str = "wordings",
    ) -> tuple[ExportRequest, bool]:
        """Show the dialog; the request as the analyst left it, and whether they accepted."""
        dialog = cls(
            parent,
            project_name,
            sources,
            export_format,
            folder,
            analyst=analyst,
            classification=classification,
            page_size=page_size,
            chosen_ids=chosen_ids,
            title=title,
            path=path,
            coders=coders,
            coder=coder,
            appendix=appendix,
        )
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        request = dialog.request()
        dialog.deleteLater()
        return request, accepted

    @property
    def export_format(self) -> ExportFormat:
        chosen = self.format.currentData()
        return chosen if isinstance(chosen, ExportFormat) else ExportFormat.WORKBOOK

    def chosen_source_ids(self) -> tuple[int, ...] | None:
        """None for all sources, else the checked ones in project order."""
        if self.all_sources.isChecked():
            return None
        items = (self.source_list.item(row) for row in range(self.source_list.count()))
        return tuple(
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        )

    def output_path(self) -> Path:
        return Path(self.path.text().strip()).expanduser()

    def request(self) -> ExportRequest:
        return ExportRequest(
            path=self.output_path(),
            format=self.export_format,
            options=ExportOptions(
                title=self.title.text().strip(),
                analyst=self.analyst.text().strip(),
                classification=self.classification.text().strip(),
                page_size=self.page_size.currentText(),
                source_ids=self.chosen_source_ids(),
                coder=self.coder.currentData(),
                language=self.language.currentData(),
                appendix=str(self.appendix.currentData()),
            ),
        )

    # -- behaviour -------------------------------------------------------------------------

    def _format_changed(self) -> None:
        chosen = self.export_format
        self.briefing.setEnabled(chosen is ExportFormat.BRIEFING)
        self.briefing.setToolTip(
            ""
            if chosen is ExportFormat.BRIEFING
            else translate("ExportDialog", "Only the PDF briefing uses these")
        )
        if self._auto_path:
            self.path.setText(str(self._folder / f"{self._stem}{chosen.suffix}"))
        else:
            current = self.output_path()
            if current.name and current.suffix.lower() != chosen.suffix:
                known = ExportFormat.of(current) is not None
                name = current.stem if known else current.name
                self.path.setText(str(current.with_name(name + chosen.suffix)))
        self.confirmed_replace = False
        self._validate()

    def _path_edited(self, _text: str) -> None:
        self._auto_path = False
        self.confirmed_replace = False
        self._validate()

    def _browse(self) -> None:
        chosen = self.export_format
        picked = prompts.export_path(
            self, str(self.output_path()), chosen.file_filter, chosen.suffix
        )
        if picked is None:
            return
        self._auto_path = False
        self.path.setText(str(picked))
        self.confirmed_replace = True
        self._validate()

    def problem_text(self) -> str:
        path = self.output_path()
        if not self.path.text().strip():
            return translate("ExportDialog", "Choose a file to write.")
        if path.suffix.lower() != self.export_format.suffix:
            must = translate("ExportDialog", "The file name must end in %1.")
            return arg(must, self.export_format.suffix)
        if path.is_dir():
            return translate("ExportDialog", "That is a folder: add a file name.")
        ids = self.chosen_source_ids()
        if ids is not None and not ids:
            return translate("ExportDialog", "Check at least one source.")
        if not self._sources:
            return translate("ExportDialog", "The project has no sources yet.")
        return ""

    def _validate(self) -> None:
        self.source_list.setEnabled(self.some_sources.isChecked())
        problem = self.problem_text()
        self.problem.setText(problem)
        self.export_button.setEnabled(not problem)

    def folder_problem(self) -> str:
        """Why the chosen folder cannot take the file ("" when it can). Checked on Export, not
        on every key: a folder on a network share may be slow to ask about. The default
        exports folder is created by the export itself."""
        folder = self.output_path().parent
        if folder == paths.default_exports_dir() or folder.is_dir():
            if folder.is_dir() and not os.access(folder, os.W_OK):
                cannot = translate("ExportDialog", "Cannot write in %1 — choose another folder.")
                return arg(cannot, folder)
            return ""
        absent = translate(
            "ExportDialog",
            "The folder %1 does not exist — create it or choose another (Browse…).",
        )
        return arg(absent, folder)

    def _accept(self) -> None:
        if self.problem_text():
            return
        if problem := self.folder_problem():
            # The dialog stays, with everything as typed: only the folder needs changing.
            self.problem.setText(problem)
            self.path.setFocus()
            return
        path = self.output_path()
        if path.exists() and not self.confirmed_replace:
            replace = prompts.confirm(
                self,
                translate("ExportDialog", "Replace File?"),
                arg(
                    translate("ExportDialog", "%1 already exists in %2. Replace it?"),
                    path.name,
                    path.parent,
                ),
                translate("ExportDialog", "Replace"),
            )
            if not replace:
                return
        self.accept()

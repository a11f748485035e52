"""The New Speakers tab: people the sources name who are not in the codebook yet, with their
spellings grouped across scripts (Кулеба, Kuleba) and how often they are mentioned.

Keyboard first, like the Suggestions tab beside it: Enter adds the current candidate as a
speaker (its spellings as aliases), Delete dismisses it for this session, the arrow keys or J
and K move (the reader follows to the first mention). The panel only shows and asks: the
controller (:mod:`desktop_app.gui.new_speakers_controller`) calls the services.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
    SignalInstance,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.suggestions import SpeakerCandidate
from desktop_app.gui.review_list import ReviewList
from desktop_app.gui.table_model import RowTableModel
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, translate

COLUMNS = (
    QT_TRANSLATE_NOOP("NewSpeakers", "Name"),
    QT_TRANSLATE_NOOP("NewSpeakers", "Also written"),
    QT_TRANSLATE_NOOP("NewSpeakers", "Mentions"),
    QT_TRANSLATE_NOOP("NewSpeakers", "Sources"),
)


def source_count(candidate: SpeakerCandidate) -> int:
    return len({source_id for source_id, _ in candidate.mentions})


class CandidateModel(RowTableModel):
    columns = COLUMNS

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._rows: list[SpeakerCandidate] = []

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("NewSpeakers", COLUMNS[section])
        return super().headerData(section, orientation, role)

    def reset(self, rows: Sequence[SpeakerCandidate]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def candidate(self, row: int) -> SpeakerCandidate:
        return self._rows[row]

    def candidates(self) -> list[SpeakerCandidate]:
        return list(self._rows)

    def row_of(self, name: str) -> int | None:
        return next((n for n, c in enumerate(self._rows) if c.name == name), None)

    def data(
        self,
        index: QModelIndex | QPersistentModelIndex,
        role: int = Qt.ItemDataRole.DisplayRole,
    ) -> object:
        if not index.isValid():
            return None
        c = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return c.name
            if column == 1:
                return " · ".join(c.aliases)
            if column == 2:
                return QLocale().toString(len(c.mentions))
            return QLocale().toString(source_count(c))
        if role == Qt.ItemDataRole.ToolTipRole:
            mentions = len(c.mentions)  # a name, not a call: pyside6-lupdate misses n=len(…)
            return "\n".join(
                [
                    c.name,
                    " · ".join(c.aliases),
                    translate("NewSpeakers", "%Ln mention(s)", "", mentions),
                    translate("NewSpeakers", "Enter adds as a speaker, Delete dismisses"),
                ]
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class CandidateList(ReviewList):
    """The list itself: Enter adds the name as a speaker, Delete dismisses it; J and K move."""

    def item(self, row: int) -> SpeakerCandidate | None:
        model = self.model()
        return model.candidate(row) if isinstance(model, CandidateModel) else None

    def current(self) -> SpeakerCandidate | None:
        found = super().current()
        return found if isinstance(found, SpeakerCandidate) else None


class NewSpeakersPanel(QWidget):
    current_changed = Signal(object)  # SpeakerCandidate or None

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("new_speakers_panel")
        self.summary = QLabel(self)
        self.summary.setObjectName("new_speakers_summary")
        self.add_button = QPushButton(translate("NewSpeakers", "&Add as Speaker"), self)
        self.add_button.setObjectName("add_new_speaker")
        self.add_button.setToolTip(
            translate(
                "NewSpeakers",
                "Add the name to Speakers with its other spellings as aliases (Enter; one undo)",
            )
        )
        self.dismiss_button = QPushButton(translate("NewSpeakers", "&Dismiss"), self)
        self.dismiss_button.setObjectName("dismiss_new_speaker")
        self.dismiss_button.setToolTip(
            translate(
                "NewSpeakers", "Not a speaker: hide it until the project is reopened (Delete)"
            )
        )
        self.list = CandidateList(self)
        self.list.setObjectName("new_speakers")
        self.list.setAccessibleName(translate("NewSpeakers", "New speakers"))
        self.list.setAccessibleDescription(
            translate("NewSpeakers", "Enter adds as a speaker, Delete dismisses; J and K move.")
        )
        self.model_ = CandidateModel(self)
        self.list.setModel(self.model_)
        self.list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(False)
        self.list.setShowGrid(False)
        self.list.setAlternatingRowColors(True)
        self.list.verticalHeader().setVisible(False)
        header = self.list.horizontalHeader()
        for column, width in ((0, 180), (2, 70), (3, 60)):
            # No narrower than the heading in the interface language ("Упоминания").
            header.resizeSection(column, max(width, header.sectionSizeHint(column)))
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setHighlightSections(False)
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.summary, 1)
        bar.addWidget(self.add_button)
        bar.addWidget(self.dismiss_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 0)
        layout.setSpacing(2)
        layout.addLayout(bar)
        layout.addWidget(self.list)
        self.setFocusProxy(self.list)
        self.add_button.clicked.connect(lambda: self._ask(self.list.take_requested))
        self.dismiss_button.clicked.connect(lambda: self._ask(self.list.drop_requested))
        self.list.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self.current_changed.emit(
                self.model_.candidate(current.row()) if current.isValid() else None
            )
        )
        self.list.selectionModel().currentRowChanged.connect(lambda _c, _p: self._enable())
        self._enable()

    def _ask(self, signal: SignalInstance) -> None:
        current = self.list.current()
        if current is not None:
            signal.emit(current)
        self.list.setFocus()

    def _enable(self) -> None:
        has = self.list.current() is not None
        self.add_button.setEnabled(has)
        self.dismiss_button.setEnabled(has)

    def current(self) -> SpeakerCandidate | None:
        return self.list.current()

    def show_candidates(self, rows: Sequence[SpeakerCandidate], summary: str) -> None:
        """List ``rows``, keeping the place: the same name if still there, else the row where
        it was (so after adding or dismissing one, the next is current)."""
        before = self.list.current()
        row = self.list.currentIndex().row()
        blocked = self.list.selectionModel().blockSignals(True)
        try:
            self.model_.reset(rows)
            kept = self.model_.row_of(before.name) if before is not None else None
            if kept is None and row >= 0 and rows:
                kept = min(row, len(rows) - 1)
            if kept is not None:
                self.list.selectRow(kept)
        finally:
            self.list.selectionModel().blockSignals(blocked)
        self.summary.setText(summary)
        self._enable()
        now = self.list.current()
        if now != before:
            self.current_changed.emit(now)

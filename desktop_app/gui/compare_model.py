"""Table models of the compare view: a code × source matrix and the excerpts of one cell.

Both read a :class:`~desktop_app.domain.comparison.Comparison` — the same object the workbook
and the briefing are made from — so the view shows the numbers the exports show. A matrix cell
holds the excerpts of that code in that source; an empty cell of a source whose coding status is
not *done* is shaded and says "not coded yet", because it does not mean "not reported".

The pure part (which sources the filters keep) is :func:`filter_sources`; it knows no Qt.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop_app import i18n
from desktop_app.domain.comparison import CellMap, Comparison, Excerpt
from desktop_app.domain.dates import day_of, short_date
from desktop_app.domain.model import Code, CodeKind, CodingStatus, Source
from desktop_app.gui.icons import swatch
from desktop_app.gui.sources_panel import STATUS_SHAPES
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

log = logging.getLogger(__name__)

EXCERPTS_ROLE = Qt.ItemDataRole.UserRole + 10
WORDING_CHARS = 60
NOT_CODED_TIP = QT_TRANSLATE_NOOP(
    "CompareModel",
    "Not coded yet: {title} is {status}, so an empty cell does not mean “not reported”",
)
NOT_REPORTED_TIP = QT_TRANSLATE_NOOP("CompareModel", "{title} does not report it (coding done)")

Index = QModelIndex | QPersistentModelIndex


class MatrixKind(Enum):
    """Which codes make the rows of the matrix."""

    CONDITIONS = (
        QT_TRANSLATE_NOOP("CompareModel", "Conditions"),
        CodeKind.CONDITION,
        QT_TRANSLATE_NOOP("CompareModel", "Condition"),
    )
    SPEAKERS = (
        QT_TRANSLATE_NOOP("CompareModel", "Speakers"),
        CodeKind.SPEAKER,
        QT_TRANSLATE_NOOP("CompareModel", "Speaker"),
    )
    REACTIONS = (
        QT_TRANSLATE_NOOP("CompareModel", "Reactions"),
        CodeKind.REACTION,
        QT_TRANSLATE_NOOP("CompareModel", "Stance"),
    )

    @property
    def label(self) -> str:
        return translate("CompareModel", self.value[0])

    @property
    def code_kind(self) -> CodeKind:
        return self.value[1]

    @property
    def row_title(self) -> str:
        return translate("CompareModel", self.value[2])


# -- filters (pure) -------------------------------------------------------------------------


@dataclass(frozen=True)
class SourceFilter:
    """What the filter bar asks for. ``unchecked`` are sources switched off one by one;
    ``outlet`` "" means every outlet; dates are ISO ``YYYY-MM-DD`` or "" for open ends."""

    unchecked: frozenset[int] = frozenset()
    outlet: str = ""
    date_from: str = ""
    date_to: str = ""

    @property
    def dated(self) -> bool:
        return bool(self.date_from or self.date_to)


def filter_sources(sources: Iterable[Source], chosen: SourceFilter) -> list[int]:
    """Ids of the sources the filters keep, in the given order. With a date range, a source
    without a date is left out (it cannot be said to fall inside the range)."""
    kept: list[int] = []
    for source in sources:
        if source.id in chosen.unchecked:
            continue
        if chosen.outlet and source.outlet != chosen.outlet:
            continue
        if chosen.dated:
            day = day_of(source.published)
            if not day:
                continue
            if chosen.date_from and day < chosen.date_from:
                continue
            if chosen.date_to and day > chosen.date_to:
                continue
        kept.append(source.id)
    return kept


def short_wording(excerpts: Sequence[Excerpt], limit: int = WORDING_CHARS) -> str:
    """The first wording of a cell, on one line and cut to ``limit`` characters."""
    if not excerpts:
        return ""
    flat = " ".join(excerpts[0].quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def source_tooltip(source: Source) -> str:
    parts = [
        f"<b>{_escape(source.title)}</b>",
        _escape(source.outlet) if source.outlet else translate("CompareModel", "outlet unknown"),
        _escape(short_date(source.published))
        if source.published
        else translate("CompareModel", "date unknown"),
        arg(translate("CompareModel", "coding %1"), i18n.gettext(source.status.label)),
    ]
    return "<br>".join(parts)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# -- the matrix -----------------------------------------------------------------------------


class MatrixModel(QAbstractTableModel):
    """Rows: the codes of one kind (codebook order); columns: the chosen sources, then a total
    (conditions: how many sources report it; speakers and stances: how many excerpts)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = MatrixKind.CONDITIONS
        self.comparison: Comparison | None = None
        self._rows: tuple[Code, ...] = ()
        self._sources: tuple[Source, ...] = ()
        self._cells: CellMap | None = None
        self._not_coded = QColor(128, 128, 128, 70)

    def show(self, comparison: Comparison | None, kind: MatrixKind) -> None:
        self.beginResetModel()
        self.kind = kind
        self.comparison = comparison
        if comparison is None:
            self._rows, self._sources, self._cells = (), (), None
        else:
            self._sources = comparison.sources
            if kind is MatrixKind.CONDITIONS:
                self._rows, cells = comparison.conditions, comparison.condition_cells
            elif kind is MatrixKind.SPEAKERS:
                self._rows, cells = comparison.speakers, comparison.speaker_cells
            else:
                self._rows, cells = comparison.stances, comparison.stance_cells
            self._cells = cells  # a cell's excerpts are made when it is first shown
        self.endResetModel()

    # -- lookups ---------------------------------------------------------------------------

    @property
    def sources(self) -> tuple[Source, ...]:
        return self._sources

    @property
    def codes(self) -> tuple[Code, ...]:
        return self._rows

    def code_at(self, row: int) -> Code | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def source_at(self, column: int) -> Source | None:
        return self._sources[column] if 0 <= column < len(self._sources) else None

    def index_of(self, code_id: int, source_id: int) -> QModelIndex:
        rows = [i for i, c in enumerate(self._rows) if c.id == code_id]
        columns = [i for i, s in enumerate(self._sources) if s.id == source_id]
        if not rows or not columns:
            return QModelIndex()
        return self.index(rows[0], columns[0])

    def cell(self, code: Code, source: Source) -> tuple[Excerpt, ...]:
        return self._cells.get((code.id, source.id), ()) if self._cells is not None else ()

    def excerpts(self, index: Index) -> tuple[Excerpt, ...]:
        """The excerpts behind a cell; the total column holds the whole row's."""
        code = self.code_at(index.row())
        if code is None or not index.isValid():
            return ()
        source = self.source_at(index.column())
        if source is not None:
            return self.cell(code, source)
        return tuple(e for s in self._sources for e in self.cell(code, s))

    def total(self, code: Code) -> int:
        """Conditions: how many sources report it; otherwise how many excerpts (counted
        without making them)."""
        cells = self._cells
        if cells is None:
            return 0
        cells_of_code, excerpts = cells.code_totals(code.id)  # its sources are the columns
        return cells_of_code if self.kind is MatrixKind.CONDITIONS else excerpts

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() or not self._rows else len(self._sources) + 1

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        code = self.code_at(index.row())
        if code is None:
            return None
        source = self.source_at(index.column())
        if source is None:
            return self._total_data(code, role)
        found = self.cell(code, source)
        if role == Qt.ItemDataRole.DisplayRole:
            if not found:
                return ""
            if self.kind is MatrixKind.CONDITIONS:
                return f"{len(found)} · {short_wording(found)}"
            return str(len(found))
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._cell_tooltip(code, source, found)
        if role == Qt.ItemDataRole.BackgroundRole:
            if found:
                tint = QColor(code.color)
                tint.setAlpha(48)
                return QBrush(tint)
            if source.status != CodingStatus.DONE:
                return QBrush(self._not_coded, Qt.BrushStyle.BDiagPattern)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if self.kind is MatrixKind.CONDITIONS:
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._cell_tooltip(code, source, found).replace("<br>", ". ")
        if role == EXCERPTS_ROLE:
            return found
        return None

    def _total_data(self, code: Code, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return str(self.total(code))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            total = self.total(code)
            if self.kind is MatrixKind.CONDITIONS:
                count = len(self._sources)
                reporting = translate("CompareModel", "%1 of %Ln source(s) report it", "", count)
                return arg(reporting, total)
            return translate("CompareModel", "%Ln excerpt(s) in the chosen sources", "", total)
        return None

    def _cell_tooltip(self, code: Code, source: Source, found: tuple[Excerpt, ...]) -> str:
        if not found:
            template = NOT_REPORTED_TIP if source.status == CodingStatus.DONE else NOT_CODED_TIP
            status = i18n.gettext(source.status.label)
            return translate("CompareModel", template).format(title=source.title, status=status)
        count = len(found)
        head = (
            translate("CompareModel", "<b>%1</b> in %2: %Ln wording(s)", "", count)
            if self.kind is MatrixKind.CONDITIONS
            else translate("CompareModel", "<b>%1</b> in %2: %Ln excerpt(s)", "", count)
        )
        lines = [arg(head, _escape(code.name), _escape(source.title))]
        lines.extend(f"“{_escape(short_wording([e], 120))}”" for e in found[:4])
        more = count - 4
        if more > 0:
            lines.append(translate("CompareModel", "… and %Ln more", "", more))
        names = self.names_used(code, source)
        if names:
            lines.append(translate("CompareModel", "Named as: ") + _escape(", ".join(names)))
        return "<br>".join(lines)

    def names_used(self, code: Code, source: Source) -> tuple[str, ...]:
        """Which of the code's names (canonical or alias) the source's text uses."""
        if self.comparison is None:
            return ()
        return self.comparison.names_used(code.id, source.id)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            source = self.source_at(section)
            if source is None:
                if role == Qt.ItemDataRole.DisplayRole:
                    return (
                        translate("CompareModel", "Sources")
                        if self.kind is MatrixKind.CONDITIONS
                        else translate("CompareModel", "Total")
                    )
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return source.title
            if role == Qt.ItemDataRole.ToolTipRole:
                return source_tooltip(source)
            if role == Qt.ItemDataRole.DecorationRole:
                color, shape = STATUS_SHAPES[source.status]
                return swatch(color, shape)
            return None
        code = self.code_at(section)
        if code is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            depth = self.comparison.depth(code) if self.comparison else 0
            return "    " * depth + code.name
        if role == Qt.ItemDataRole.DecorationRole:
            return swatch(code.color, "circle" if code.kind == CodeKind.SPEAKER else "square")
        if role == Qt.ItemDataRole.ToolTipRole:
            return _code_tooltip(code)
        return None


def _code_tooltip(code: Code) -> str:
    lines = [f"<b>{_escape(code.name)}</b>"]
    details = code.speaker
    if details.aliases:
        lines.append(translate("CompareModel", "Also: ") + _escape(", ".join(details.aliases)))
    role = ", ".join(p for p in (details.role, details.affiliation, details.side) if p)
    if role:
        lines.append(_escape(role))
    if code.category:
        lines.append(arg(translate("CompareModel", "Category: %1"), _escape(code.category)))
    if code.description:
        lines.append(_escape(code.description))
    return "<br>".join(lines)


# -- the excerpts of a cell -----------------------------------------------------------------


class ExcerptsModel(QAbstractTableModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("Columns", "Quote"),
        QT_TRANSLATE_NOOP("Columns", "Speaker"),
        QT_TRANSLATE_NOOP("Columns", "Source"),
        QT_TRANSLATE_NOOP("Columns", "Position"),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: tuple[Excerpt, ...] = ()

    def show(self, excerpts: Iterable[Excerpt]) -> None:
        self.beginResetModel()
        self._rows = tuple(excerpts)
        self.endResetModel()

    def excerpts(self) -> tuple[Excerpt, ...]:
        return self._rows

    def excerpt(self, row: int) -> Excerpt | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", self.COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        excerpt = self.excerpt(index.row())
        if excerpt is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return f"“{' '.join(excerpt.quote.split())}”"
            if column == 1:
                return excerpt.speaker_names
            if column == 2:
                return _source_line(excerpt.source)
            return excerpt.position
        if role == Qt.ItemDataRole.ToolTipRole:
            context = _escape(excerpt.context_before) + f"<b>{_escape(excerpt.quote)}</b>"
            context += _escape(excerpt.context_after)
            note = f"<br><i>{_escape(excerpt.note)}</i>" if excerpt.note else ""
            codes = _escape(excerpt.code_names)
            hint = translate("CompareModel", "Double-click to show it in the reader")
            return f"…{context}…<br>{codes}{note}<br>{hint}"
        if role == Qt.ItemDataRole.UserRole:
            return excerpt
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 3:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None


def _source_line(source: Source) -> str:
    parts = [source.outlet or source.title, short_date(source.published)]
    return " · ".join(p for p in parts if p)

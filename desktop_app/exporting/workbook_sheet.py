"""Writing one table-like sheet in openpyxl's write-only mode, fast and safe.

Write-only mode streams rows to disk, so 50,000 annotations cost little memory. Every cell
carries a look (at least "align to the top", so short values sit level with the first line of
a wrapped quote); creating a formatted cell object per value, as openpyxl's ``append`` does,
would double the export time. So:

* a cell is a *template* created once per sheet, column and look, and reused row after row
  (no template appears twice in a row); it remembers its style id;
* a row of templates is serialised by :mod:`desktop_app.exporting.workbook_rows`, which
  falls back to openpyxl's public ``append`` if its internals ever change.

Every string goes through :meth:`TableSheet.text` (visible replacements, Excel's cell limit)
and every text cell is typed as a string, whatever it reads: nothing becomes a formula.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Mapping, Sequence
from copy import copy
from dataclasses import dataclass

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop_app.domain.dates import shown_date
from desktop_app.exporting import excel_safety, workbook_rows
from desktop_app.exporting.workbook_style import HEADER, TEXT, CellStyle
from desktop_app.i18n import gettext

log = logging.getLogger(__name__)

Value = str | int | float | None


# Row heights. Neither Excel nor LibreOffice fits a row to wrapped text when it opens a file, so
# each row gets a height from an estimate of its wrapped lines (slightly generous: a little
# white space is better than a clipped quote).
PAPER_A4 = "9"  # OOXML paper size code
DEFAULT_ROW_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit, in points
LINE_SPACING = 1.25  # line height per point of font size
ROW_PADDING = 4.0
CHARS_PER_WIDTH = 1.15  # characters of 11-point Latin text per unit of column width, wrapped
WIDE_SCRIPT = 0.82  # Cyrillic, Greek, Arabic… take more room per character than Latin
_WIDE_LETTERS = re.compile("[\u0370-\u1fff\u2e80-\uffef]")


def lines_needed(text: str, width: float, size: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    return _lines(text, max(int(width * CHARS_PER_WIDTH * 11 / size), 1))


def _lines(text: str, per_line: int) -> int:
    if not text.isascii() and _WIDE_LETTERS.search(text, 0, 80):
        per_line = max(int(per_line * WIDE_SCRIPT), 1)  # its first words show the script
    if "\n" not in text:
        return max(1, -(-len(text) // per_line))
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


_UNSAFE_SEARCH = excel_safety.UNSAFE.search
_SAFE_LENGTH = excel_safety.CELL_LIMIT // 2  # shorter text always fits, whatever its units


Prepared = workbook_rows.Prepared


def discard(workbook: Workbook) -> None:
    """Close and delete what a write-only workbook streamed so far, after a cancel or an
    error: its sheets write to temporary files through open generators."""
    for sheet in workbook.worksheets:
        if not isinstance(sheet, WriteOnlyWorksheet) or sheet.closed:
            continue
        try:
            sheet.close()
            writer = getattr(sheet, "_writer", None)
            if writer is not None:
                writer.cleanup()
        except Exception:  # cleaning up after a failure must not hide the failure
            log.debug("could not discard sheet %s", sheet.title, exc_info=True)


@dataclass(frozen=True)
class Column:
    header: str
    width: float
    style: CellStyle = TEXT
    header_style: CellStyle = HEADER
    cut_hint: str = excel_safety.EXCERPTS_HINT  # where a cut cell tells the reader to look


@dataclass
class SheetStats:
    rows: int = 0
    cut_cells: int = 0
    replaced_cells: int = 0  # cells where characters a worksheet cannot hold were replaced
    dropped_rows: int = 0  # rows beyond Excel's limit
    dropped_columns: int = 0  # columns beyond Excel's limit (sources of a matrix)


class TableSheet:
    """A sheet with a frozen, filtered header row and fixed column widths."""

    def __init__(
        self,
        workbook: Workbook,
        title: str,
        columns: Sequence[Column],
        *,
        header_rows: int = 1,
        frozen_columns: int = 0,
        header_height: float | None = None,
        filter_row: int | None = None,
        tab_color: str = "",
        table: bool = True,
        landscape: bool = True,
        fit_width: bool = True,
    ) -> None:
        """``table=False`` makes a free-form sheet: no header row, no frozen panes, no filter.
        ``fit_width`` prints the sheet one page wide (pages run down as far as needed)."""
        title = gettext(title)  # the deliverable's language (desktop_app.i18n)
        if not excel_safety.is_valid_sheet_name(title):
            raise ValueError(f"invalid sheet name {title!r}")
        self.columns = list(columns)[: excel_safety.MAX_COLUMNS]
        sheet = workbook.create_sheet(title)
        assert isinstance(sheet, WriteOnlyWorksheet)
        self.sheet = sheet
        self.stats = SheetStats(dropped_columns=len(columns) - len(self.columns))
        self._looks: dict[CellStyle, Cell] = {}
        self._dates: dict[str, str] = {}
        self._by_identity: dict[int, tuple[CellStyle, str]] = {}
        self._overrides: dict[tuple[int, int], tuple[CellStyle, str, int, float]] = {}
        self._defaults = [
            (c.style, self._style_id(c.style), *self._wrapping(i, c.style))
            for i, c in enumerate(self.columns)
        ]
        big = [c.style.size * LINE_SPACING for c in self.columns if c.style.size > 11]
        self._tall_font = max(big, default=0.0)
        self._filter_row = filter_row if filter_row is not None else header_rows
        self._table = table
        # Layout goes before the first row: write-only sheets write it with the first row.
        for index, column in enumerate(self.columns, 1):
            self.sheet.column_dimensions[get_column_letter(index)].width = column.width
        if table:
            letter = get_column_letter(frozen_columns + 1)
            self.sheet.freeze_panes = f"{letter}{header_rows + 1}"
        if tab_color:
            self.sheet.sheet_properties.tabColor = tab_color
        self._page_setup(landscape, fit_width, header_rows if table else 0, frozen_columns)
        self._heights: dict[int, float] = {}
        # From here on the layout is written: see workbook_rows for why rows bypass openpyxl.
        self._fast = workbook_rows.install(sheet, len(self.columns), self._heights)
        if table:
            headers = [gettext(c.header) for c in self.columns]
            self.row(headers, [c.header_style for c in self.columns], height=header_height)

    def _page_setup(self, landscape: bool, fit_width: bool, rows: int, columns: int) -> None:
        """Printing: A4, narrow margins, header rows (and row labels) on every page."""
        setup = self.sheet.page_setup
        setup.orientation = "landscape" if landscape else "portrait"
        setup.paperSize = PAPER_A4
        if fit_width:
            self.sheet.sheet_properties.pageSetUpPr.fitToPage = True
            setup.fitToWidth = 1
            setup.fitToHeight = 0
        margins = self.sheet.page_margins
        margins.left = margins.right = 0.4
        margins.top = margins.bottom = 0.5
        if rows:
            self.sheet.print_title_rows = f"1:{rows}"
        if columns:
            self.sheet.print_title_cols = f"A:{get_column_letter(columns)}"
        self.sheet.print_options.gridLines = False

    def _style_id(self, style: CellStyle) -> str:
        """The workbook's style id for a look, as text. Looked up by the look's identity first
        (callers reuse their look objects; hashing one costs more)."""
        found = self._by_identity.get(id(style))
        if found is not None and found[0] is style:
            return found[1]
        cell = self._looks.get(style)
        if cell is None:
            cell = Cell(self.sheet)
            cell.font = style.font()
            cell.alignment = style.alignment()
            fill = style.pattern()
            if fill is not None:
                cell.fill = fill
            self._looks[style] = cell
        style_id = str(cell.style_id)
        self._by_identity[id(style)] = (style, style_id)
        return style_id

    def date(self, published: str) -> str:
        """A stored date as the window shows it (:func:`~desktop_app.domain.dates.shown_date`),
        worked out once per value and sheet: a source's date is on each of its rows."""
        shown = self._dates.get(published)
        if shown is None:
            shown = self._dates[published] = shown_date(published)
        return shown

    def text(self, value: str, index: int, full_length: int | None = None) -> str:
        """``value`` made safe for column ``index``; counts what had to change.
        ``full_length`` is the length a cut cell reports (a quote's span length)."""
        unsafe = excel_safety.has_unsafe(value)
        if not unsafe and excel_safety.fits(value):
            return value
        if unsafe:
            self.stats.replaced_cells += 1
        if not excel_safety.fits(excel_safety.visible(value)):
            self.stats.cut_cells += 1
        return excel_safety.fit(value, self.columns[index].cut_hint, full_length)

    def row(
        self,
        values: Sequence[Value],
        styles: Sequence[CellStyle | None] | Mapping[int, CellStyle | None] | None = None,
        height: float | None = None,
    ) -> None:
        """Append one row. ``styles`` overrides the columns' looks (by position, or a mapping
        of column index to look; ``None`` keeps the column's); an empty value whose look has a
        fill still paints its cell. Called once per annotation: kept lean on purpose."""
        if self.stats.rows >= excel_safety.MAX_ROWS:
            self.stats.dropped_rows += 1
            return
        overrides: Mapping[int, CellStyle | None] | None
        if styles is None or isinstance(styles, Mapping):
            overrides = styles
        else:
            overrides = dict(enumerate(styles))
        if len(values) > len(self.columns):
            values = values[: len(self.columns)]
        defaults = self._defaults
        unsafe = _UNSAFE_SEARCH
        out: list[Prepared | None] = []
        tallest = 0.0
        for index, value in enumerate(values):
            override = overrides.get(index) if overrides else None
            if override is None:
                style, style_id, per_line, line_height = defaults[index]
            else:
                style = override
                found = self._overrides.get((index, id(style)))
                if found is None or found[0] is not style:
                    found = (style, self._style_id(style), *self._wrapping(index, style))
                    self._overrides[(index, id(style))] = found
                _, style_id, per_line, line_height = found
            if value is None or value == "":
                out.append((None, False, style_id) if style.fill else None)
                continue
            if value.__class__ is str:
                text: str = value
                if len(text) > _SAFE_LENGTH or unsafe(text):
                    text = self.text(text, index)
                # Typed here, never guessed: text is a string cell whatever it reads (never a
                # formula or an error value).
                out.append((text, True, style_id))
                if per_line and (len(text) > per_line or "\n" in text):
                    tallest = max(tallest, _lines(text, per_line) * line_height)
            else:
                out.append((value, False, style_id))
        if self._tall_font:
            tallest = max(tallest, self._tall_font)
        self.stats.rows += 1
        if height is None and tallest > DEFAULT_ROW_HEIGHT:
            height = min(tallest + ROW_PADDING, MAX_ROW_HEIGHT)
        if height is not None:
            self._set_height(self.stats.rows, round(height, 1))
        if self._fast:
            self.sheet.append(out)
        else:
            self.sheet.append([self._public_cell(p) for p in out])

    def _public_cell(self, prepared: Prepared | None) -> Cell | None:
        """A cell for openpyxl's public ``append`` (the slow path, see workbook_rows)."""
        if prepared is None:
            return None
        value, is_text, style_id = prepared
        cell = Cell(self.sheet, row=1, column=1)  # openpyxl sets the real position
        look = next(c for c in self._looks.values() if str(c.style_id) == style_id)
        cell._style = copy(look._style)
        cell._value = value
        cell.data_type = "s" if is_text else "n"
        return cell

    def _wrapping(self, index: int, style: CellStyle) -> tuple[int, float]:
        """Characters per line (0: the look does not wrap) and points per line."""
        if not style.wrap:
            return 0, style.size * LINE_SPACING
        width = self.columns[index].width
        return max(int(width * CHARS_PER_WIDTH * 11 / style.size), 1), style.size * LINE_SPACING

    def _set_height(self, row: int, height: float) -> None:
        if self._fast:
            self._heights[row] = height
        else:
            self.sheet.row_dimensions[row].height = height

    def close(self) -> SheetStats:
        """Turn the filter on over the header and everything written."""
        if self._table and self.stats.rows > self._filter_row and self.columns:
            last = get_column_letter(len(self.columns))
            self.sheet.auto_filter.ref = f"A{self._filter_row}:{last}{self.stats.rows}"
        return self.stats

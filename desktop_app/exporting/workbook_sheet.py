"""Writing one table-like sheet in openpyxl's write-only mode, fast and safe.

Write-only mode streams rows to disk, so 50,000 annotations cost little memory. Every cell
carries a look (at least "align to the top", so short values sit level with the first line of
a wrapped quote), and a formatted cell is an object; creating one per value, as openpyxl's
``append`` does, would double the export time. So:

* a cell is a *template* created once per sheet, column and look, and reused row after row:
  openpyxl writes each cell of a row before it asks for the next, and no template appears
  twice in a row;
* a template remembers its style id (openpyxl would hash the style again for every cell);
* the sheet's row conversion is replaced by one that takes the prepared cells as they are
  (:func:`_prepared_cells`) instead of first trying each as a value and catching the error.
  This reaches into openpyxl's write-only worksheet (3.1); if that method ever disappears the
  export falls back to the public ``append`` path, slower but the same file, and the workbook
  tests (which read every cell's type and look back) hold either way.

Every string goes through :meth:`TableSheet.text` (visible replacements, Excel's cell limit)
and every text cell's type is set to string after its value: nothing becomes a formula.
"""

from __future__ import annotations

import logging
import types
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass

from openpyxl.cell.cell import Cell
from openpyxl.utils import get_column_letter
from openpyxl.workbook import Workbook
from openpyxl.worksheet._write_only import WriteOnlyWorksheet

from desktop_app.exporting import excel_safety
from desktop_app.exporting.workbook_style import HEADER, TEXT, CellStyle

log = logging.getLogger(__name__)

Value = str | int | float | None


# Row heights. Neither Excel nor LibreOffice fits a row to wrapped text when it opens a file, so
# each row gets a height from an estimate of its wrapped lines (slightly generous: a little
# white space is better than a clipped quote).
PAPER_A4 = "9"  # OOXML paper size code
DEFAULT_ROW_HEIGHT = 15.0
MAX_ROW_HEIGHT = 409.0  # Excel's limit, in points
LINE_SPACING = 1.32  # line height per point of font size
ROW_PADDING = 4.0
CHARS_PER_WIDTH = 1.15  # characters of 11-point text per unit of column width, after wrapping


def lines_needed(text: str, width: float, size: float) -> int:
    """How many lines ``text`` takes wrapped in a column ``width`` characters wide."""
    per_line = max(int(width * CHARS_PER_WIDTH * 11 / size), 1)
    if len(text) <= per_line and "\n" not in text:
        return 1
    return sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))


class _ReusedCell(Cell):
    """A template cell whose look never changes once made, so its style id is computed once.
    (A constant ``repr`` too: the public ``append`` path formats it into an error it catches.)"""

    __slots__ = ("_fixed_style_id",)
    _fixed_style_id: int

    def __repr__(self) -> str:
        return "<parley cell>"

    @property
    def style_id(self) -> int:
        try:
            return self._fixed_style_id
        except AttributeError:
            self._fixed_style_id = int(Cell.style_id.fget(self))  # type: ignore[attr-defined]
            return self._fixed_style_id


def _prepared_cells(_sheet: object, cells: Sequence[Cell | None], row_index: int) -> Iterator[Cell]:
    """Row conversion for rows made only of prepared cells (``None`` for no cell)."""
    for column_index, cell in enumerate(cells, 1):
        if cell is not None:
            cell.column = column_index
            cell.row = row_index
            yield cell


def _use_prepared_cells(sheet: WriteOnlyWorksheet) -> None:
    if hasattr(sheet, "_values_to_row"):
        sheet._values_to_row = types.MethodType(_prepared_cells, sheet)  # type: ignore[method-assign]
    else:  # pragma: no cover - a future openpyxl; the public path takes cells too
        log.warning("openpyxl changed: writing the workbook the slower way")


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
    cut_hint: str = "Excerpts, start–end"  # where a cut cell tells the reader to look


@dataclass
class SheetStats:
    rows: int = 0
    cut_cells: int = 0
    replaced_cells: int = 0  # cells where characters a worksheet cannot hold were replaced
    dropped_rows: int = 0  # rows beyond Excel's limit


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
        if not excel_safety.is_valid_sheet_name(title):
            raise ValueError(f"invalid sheet name {title!r}")
        self.columns = list(columns)[: excel_safety.MAX_COLUMNS]
        self.dropped_columns = len(columns) - len(self.columns)
        sheet = workbook.create_sheet(title)
        assert isinstance(sheet, WriteOnlyWorksheet)
        self.sheet = sheet
        self.stats = SheetStats()
        self._templates: dict[tuple[int, CellStyle], Cell] = {}
        _use_prepared_cells(sheet)
        self._filter_row = filter_row if filter_row is not None else header_rows
        self._table = table
        # Layout goes before the first row: write-only sheets write it with the first row.
        for index, column in enumerate(self.columns, 1):
            self.sheet.column_dimensions[get_column_letter(index)].width = column.width
        if table:
            letter = get_column_letter(frozen_columns + 1)
            self.sheet.freeze_panes = f"{letter}{header_rows + 1}"
        if header_height:
            self.sheet.row_dimensions[1].height = header_height
        if tab_color:
            self.sheet.sheet_properties.tabColor = tab_color
        self._page_setup(landscape, fit_width, header_rows if table else 0, frozen_columns)
        if table:
            headers = [c.header for c in self.columns]
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

    def _cell(self, index: int, style: CellStyle) -> Cell:
        key = (index, style)
        cell = self._templates.get(key)
        if cell is None:
            cell = _ReusedCell(self.sheet)
            cell.font = style.font()
            cell.alignment = style.alignment()
            fill = style.pattern()
            if fill is not None:
                cell.fill = fill
            self._templates[key] = cell
        return cell

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
        fill still paints its cell."""
        if self.stats.rows >= excel_safety.MAX_ROWS:
            self.stats.dropped_rows += 1
            return
        if isinstance(styles, Mapping):
            overrides: Mapping[int, CellStyle | None] = styles
        elif styles is not None:
            overrides = dict(enumerate(styles))
        else:
            overrides = {}
        out: list[Cell | None] = []
        columns = self.columns
        tallest = 0.0
        for index, raw in enumerate(values[: len(columns)]):
            style = overrides.get(index) if overrides else None
            if style is None:
                style = columns[index].style
            value = (self.text(raw, index) or None) if isinstance(raw, str) else raw
            if value is None and not style.fill:
                out.append(None)
                continue
            cell = self._cell(index, style)
            cell.value = value
            if isinstance(value, str):
                cell.data_type = "s"  # never a formula or an error value, whatever it reads
                if style.wrap:
                    lines = lines_needed(value, columns[index].width, style.size)
                    tallest = max(tallest, lines * style.size * LINE_SPACING)
            if style.size > 11:
                tallest = max(tallest, style.size * LINE_SPACING)
            out.append(cell)
        self.stats.rows += 1
        if height is None and tallest > DEFAULT_ROW_HEIGHT:
            height = min(tallest + ROW_PADDING, MAX_ROW_HEIGHT)
        if height is not None:
            self.sheet.row_dimensions[self.stats.rows].height = height
        self.sheet.append(out)

    def close(self) -> SheetStats:
        """Turn the filter on over the header and everything written."""
        if self._table and self.stats.rows > self._filter_row and self.columns:
            last = get_column_letter(len(self.columns))
            self.sheet.auto_filter.ref = f"A{self._filter_row}:{last}{self.stats.rows}"
        return self.stats

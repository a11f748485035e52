"""A long table laid out a page at a time, in time linear in its rows.

reportlab's ``LongTable`` splits at each page by building a new table of every remaining row
(and copying every style command that names them), so a 2,000-row coverage matrix costs
quadratic time: most of a newsroom briefing's body. :class:`PagedTable` keeps the rows as data
and, at each page, makes a table of the header and the next few rows only (about as many as the
last page took, more if they all fit), lets reportlab split that (so row heights and page
breaks are exactly reportlab's), and keeps the rest for the next page. Per-row styling
(``row_styles``) is given by row index and shifted into each piece; the header repeats on
every page.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from reportlab.platypus import Flowable, LongTable, Table, TableStyle

Row = list[object]
RowStyles = Callable[[int, int], list[tuple[object, ...]]]  # (first row, row in piece) → commands

BATCH = 24  # rows measured for the first page; then what the last page took, plus SLACK
SLACK = 3
# Commands reportlab applies cell by cell (``Table._addCommand`` → ``_setCellStyle``).
CELL_OPS = frozenset(
    "FONT FONTNAME FACE SIZE FONTSIZE LEADING TEXTCOLOR ALIGN ALIGNMENT VALIGN "
    "LEFTPADDING RIGHTPADDING TOPPADDING BOTTOMPADDING".split()
)
CellStyles = tuple[list[object], list[object]]  # the header row's and every other row's


def _row_styles(
    header: Row, style: TableStyle, col_widths: Sequence[float]
) -> tuple[CellStyles, TableStyle] | None:
    """The cell styles ``style`` gives the header row and every other row, worked out once on
    a table of two rows, and the style's other commands (rules, backgrounds) — or None when
    some cell command does not cover the rows below the header alike (it starts past row 1,
    ends before the last row, or names a split row): then each piece applies the style whole.

    Each piece of a long table used to apply every cell command to every cell again: with
    the coverage matrix's fonts, colours and alignment, 1.8 million ``_setCellStyle`` calls.
    Rows sharing their cell styles draw the same (reportlab compares a cell's style with the
    last one by value, and its own split shares them too)."""
    cell: list[tuple[object, ...]] = []
    other: list[tuple[object, ...]] = []
    for command in style.getCommands():
        if command[0] not in CELL_OPS:
            other.append(command)
            continue
        (_, first_row), (_, last_row) = command[1], command[2]
        if not (first_row in (0, 1) and last_row == -1) and (first_row, last_row) != (0, 0):
            return None
        cell.append(command)
    template = LongTable([header, header], colWidths=list(col_widths))
    template.setStyle(TableStyle(cell))
    head, body = template._cellStyles
    return (head, body), TableStyle(other)


class PagedTable(Flowable):
    """``header`` above ``rows`` (and ``footer``, the last row, e.g. totals), in
    ``col_widths``, styled by ``style`` plus ``row_styles(row_index, piece_row)`` per row."""

    def __init__(
        self,
        header: Row,
        rows: Sequence[Row],
        col_widths: Sequence[float],
        style: TableStyle,
        row_styles: RowStyles,
        *,
        footer: Row | None = None,
        footer_style: Sequence[tuple[object, ...]] = (),
        first: int = 0,
    ) -> None:
        super().__init__()
        self.header = header
        self.rows = rows
        self.col_widths = list(col_widths)
        self.style = style
        self.row_styles = row_styles
        self.footer = footer
        self.footer_style = list(footer_style)  # commands for the footer, as row -1
        self.first = first  # index in ``rows`` of this piece's first row
        self.hAlign = "LEFT"
        self.batch = BATCH
        self._whole: Table | None = None
        self._styles = _row_styles(header, style, self.col_widths) if first == 0 else None

    def _table(self, end: int) -> Table:
        """The header, rows ``first``…``end`` and the footer if ``end`` reaches it."""
        rows = [self.header, *self.rows[self.first : end]]
        extra: list[tuple[object, ...]] = []
        if end >= len(self.rows) and self.footer is not None:
            rows.append(self.footer)
            extra += self.footer_style
        for index in range(self.first, min(end, len(self.rows))):
            extra += self.row_styles(index, index - self.first + 1)
        shared = self._styles
        if shared is not None and all(command[0] not in CELL_OPS for command in extra):
            (head, body), other = shared
            table = LongTable(
                rows,
                colWidths=self.col_widths,
                repeatRows=1,
                hAlign="LEFT",
                cellStyles=[head, *([body] * (len(rows) - 1))],
            )
            table.setStyle(other)
        else:
            table = LongTable(rows, colWidths=self.col_widths, repeatRows=1, hAlign="LEFT")
            table.setStyle(self.style)  # one TableStyle for every piece: made once
        if extra:
            table.setStyle(TableStyle(extra))
        return table

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        if self.first + BATCH < len(self.rows):  # more than a page: said without measuring
            self.width = sum(self.col_widths)
            self.height = available_height + 1
            return self.width, self.height
        self._whole = self._table(len(self.rows))
        self.width, self.height = self._whole.wrapOn(self.canv, available_width, available_height)
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        batch = self.batch
        while True:
            end = min(len(self.rows), self.first + batch)
            table = self._table(end)
            table.canv = self.canv
            parts = table.split(available_width, available_height)
            if len(parts) == 1 and end < len(self.rows):  # the page takes more: measure more
                batch *= 2
                continue
            break
        if not parts:
            return []  # not even one row fits: the frame moves to the next page
        head = parts[0]
        taken = len(head._cellvalues) - 1  # rows of this piece, less the header
        if taken <= 0:
            return []
        if self.first + taken >= len(self.rows):  # the last rows: reportlab's own split
            return list(parts)
        rest = PagedTable(
            self.header,
            self.rows,
            self.col_widths,
            self.style,
            self.row_styles,
            footer=self.footer,
            footer_style=self.footer_style,
            first=self.first + taken,
        )
        rest._styles = self._styles
        rest.batch = taken + SLACK  # the next page most likely takes about as many
        return [head, rest]

    def draw(self) -> None:
        if self._whole is None:
            self._whole = self._table(len(self.rows))
            self._whole.wrapOn(self.canv, self.width, self.height)
        self._whole.drawOn(self.canv, 0, 0)

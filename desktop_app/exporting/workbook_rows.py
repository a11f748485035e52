"""Serialising a write-only sheet's rows straight to its XML stream.

Why: openpyxl writes each cell through three nested XML context managers plus attribute
bookkeeping, which makes it the bottleneck of a 50,000-annotation workbook, slower than the
rest of the export together. Here a whole row is formatted as markup — what openpyxl would
write: ``<c r="G12" s="5" t="inlineStr"><is><t>…`` for text, ``<c … t="n"><v>…`` for numbers,
an empty ``<c r s/>`` for a painted empty cell, and ``ht``/``customHeight`` on the row — and
goes to the sheet's file as it is:

* with lxml (openpyxl's usual XML library), the sheet's stream writes to a file object this
  module opens (:class:`RawRowsWriter`); the stream is flushed and each row's bytes are written
  to that file between the ``<sheetData>`` tags. Parsing each row into an element only for
  lxml to serialise it again cost more than making the markup (2 s of a 50,000-row sheet);
* without lxml, the row's markup is parsed into one element (ElementTree) and handed to the
  stream, as openpyxl's own writer would.

This replaces two internals of openpyxl 3.1's write-only worksheet (``_values_to_row`` and its
writer's ``write_row``) and, with lxml, the writer's ``get_stream``. :func:`install` checks
they are there and otherwise leaves the sheet alone:
:class:`~desktop_app.exporting.workbook_sheet.TableSheet` then writes through openpyxl's public
``append``, slower but the same workbook. The workbook tests read every sheet back and hold
either way.

Text must already be safe for XML (see :mod:`desktop_app.exporting.excel_safety`).
"""

from __future__ import annotations

import logging
import types
from collections.abc import Callable, Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import WorksheetWriter
from openpyxl.xml import LXML
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import fromstring, xmlfile

log = logging.getLogger(__name__)

# (value, is text, style id as text); None for no cell. Text is already safe for XML.
Prepared = tuple[object, bool, str]


def _as_given(
    _sheet: WriteOnlyWorksheet, cells: Sequence[Prepared | None], _row_index: int
) -> Sequence[Prepared | None]:
    return cells


def install(sheet: WriteOnlyWorksheet, columns: int, heights: dict[int, float]) -> bool:
    """Make ``sheet`` write rows of prepared cells with :func:`row_writer`.
    Call after the sheet's layout (widths, panes) is set: openpyxl writes it now. Returns
    False, changing nothing, when this openpyxl lacks the internals."""
    if not all(hasattr(sheet, name) for name in ("_values_to_row", "_get_writer", "_writer")):
        log.warning("openpyxl changed: writing sheet %s the slower way", sheet.title)
        return False
    raw = LXML and sheet._writer is None and RawRowsWriter.fits()
    if raw:
        sheet._writer = RawRowsWriter(sheet, columns, heights)
        sheet._writer.write_top()
    else:
        sheet._get_writer()
    writer = getattr(sheet, "_writer", None)
    if writer is None or not hasattr(writer, "write_row"):
        log.warning("openpyxl changed: writing sheet %s the slower way", sheet.title)
        return False
    sheet._values_to_row = types.MethodType(_as_given, sheet)
    if not raw:
        writer.write_row = row_writer(columns, heights)
    return True


class RawRowsWriter(WorksheetWriter):
    """openpyxl's sheet writer whose stream writes to a file object of its own, so that rows
    of markup can be written to the file directly (lxml only: its stream can be flushed)."""

    def __init__(self, sheet: WriteOnlyWorksheet, columns: int, heights: dict[int, float]) -> None:
        self._file: Any = None
        self._letters = [get_column_letter(index) for index in range(1, columns + 1)]
        self._heights = heights
        super().__init__(sheet)  # opens the stream (get_stream) on a temporary file

    @staticmethod
    def fits() -> bool:
        """Whether this openpyxl's writer is the one this class was written against."""
        return all(
            hasattr(WorksheetWriter, name)
            for name in ("get_stream", "write_top", "close", "cleanup", "read")
        )

    def get_stream(self) -> Any:
        # openpyxl's WorksheetWriter.get_stream, on a file object this writer holds.
        with open(self.out, "wb") as handle, xmlfile(handle) as xf:
            self._file = handle
            with xf.element("worksheet", xmlns=SHEET_MAIN_NS):
                try:
                    while True:
                        element = yield
                        if element is True:
                            yield xf
                        elif element is not None:
                            xf.write(element)
                except GeneratorExit:
                    pass

    def write_row(self, xf: Any, cells: Sequence[Prepared | None], row_index: int) -> None:
        number = str(row_index)
        height = self._heights.pop(row_index, None)
        size = f' ht="{height:.1f}" customHeight="1"' if height is not None else ""
        xf.flush()  # what lxml holds goes first (the <sheetData> tag)
        self._file.write(
            f'<row r="{number}"{size}>{row_xml(self._letters, cells, number)}</row>'.encode()
        )


def _escaped(text: str) -> str:
    """Text for XML character data; a carriage return is written as a reference so that the
    parser's line-end normalisation keeps it."""
    return (
        text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\r", "&#13;")
    )


def row_xml(letters: Sequence[str], cells: Sequence[Prepared | None], number: str) -> str:
    """The cells of one row as SpreadsheetML markup (without the ``<row>`` element)."""
    parts: list[str] = []
    for letter, cell in zip(letters, cells, strict=False):
        if cell is None:
            continue
        value, is_text, style_id = cell
        if value is None:
            parts.append(f'<c r="{letter}{number}" s="{style_id}"/>')
        elif is_text:
            text: str = value  # type: ignore[assignment]
            space = ' xml:space="preserve"' if text[0].isspace() or text[-1].isspace() else ""
            if "&" in text or "<" in text or ">" in text or "\r" in text:
                text = _escaped(text)
            parts.append(
                f'<c r="{letter}{number}" s="{style_id}" t="inlineStr">'
                f"<is><t{space}>{text}</t></is></c>"
            )
        else:
            parts.append(f'<c r="{letter}{number}" s="{style_id}" t="n"><v>{value}</v></c>')
    return "".join(parts)


def row_writer(
    columns: int, heights: dict[int, float]
) -> Callable[[Any, Sequence[Prepared | None], int], None]:
    """A ``write_row(xf, cells, row_index)`` for rows of prepared cells — ``(value, is_text,
    style id)``, or ``None`` for no cell; ``heights`` holds the rows that need one (popped as
    written).

    The row is written as markup and parsed back into one element for the stream: for lxml,
    parsing a row is about twice as fast as building it element by element."""
    letters = [get_column_letter(index) for index in range(1, columns + 1)]

    def write_row(xf: Any, cells: Sequence[Prepared | None], row_index: int) -> None:
        number = str(row_index)
        height = heights.pop(row_index, None)
        size = f' ht="{height:.1f}" customHeight="1"' if height is not None else ""
        xf.write(fromstring(f'<row r="{number}"{size}>{row_xml(letters, cells, number)}</row>'))

    return write_row

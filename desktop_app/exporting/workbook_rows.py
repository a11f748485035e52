"""Serialising a write-only sheet's rows straight to its XML stream.

Why: openpyxl writes each cell through three nested XML context managers plus attribute
bookkeeping, which makes it the bottleneck of a 50,000-annotation workbook, slower than the
rest of the export together. Here a whole row is formatted as markup, parsed into one element
(by openpyxl's own safe parser: lxml, or ElementTree when openpyxl runs without lxml) and
handed to the same stream openpyxl writes to, so the file is what openpyxl would write:
``<c r="G12" s="5" t="inlineStr"><is><t>…`` for text, ``<c … t="n"><v>…`` for numbers, an
empty ``<c r s/>`` for a painted empty cell, and ``ht``/``customHeight`` on the row.

This replaces two internals of openpyxl 3.1's write-only worksheet (``_values_to_row`` and its
writer's ``write_row``). :func:`install` checks they are there and otherwise leaves the sheet
alone: :class:`~desktop_app.exporting.workbook_sheet.TableSheet` then writes through openpyxl's
public ``append``, slower but the same workbook. The workbook tests read every sheet back and
hold either way.

Text must already be safe for XML (see :mod:`desktop_app.exporting.excel_safety`).
"""

from __future__ import annotations

import logging
import types
from collections.abc import Callable, Sequence
from typing import Any

from openpyxl.utils import get_column_letter
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.xml.functions import fromstring

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
    if not all(hasattr(sheet, name) for name in ("_values_to_row", "_get_writer")):
        log.warning("openpyxl changed: writing sheet %s the slower way", sheet.title)
        return False
    sheet._get_writer()
    writer = getattr(sheet, "_writer", None)
    if writer is None or not hasattr(writer, "write_row"):
        log.warning("openpyxl changed: writing sheet %s the slower way", sheet.title)
        return False
    sheet._values_to_row = types.MethodType(_as_given, sheet)
    writer.write_row = row_writer(columns, heights)
    return True


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

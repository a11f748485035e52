"""The workbook's look: one place for fonts, fills and colours by kind, side and status.

Colours are light tints so black text stays readable when printed in grey; the code colours
from the codebook (e.g. a stance's red) are tinted the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from openpyxl.styles import Alignment, Font, PatternFill

from desktop_app.domain.model import DEFAULT_KIND_COLORS, CodeKind, CodingStatus

FONT_NAME = "Calibri"
HEADER_BACKGROUND = "1F3A5F"  # dark navy
HEADER_TEXT = "FFFFFF"
TITLE_TEXT = "1F3A5F"
MUTED_TEXT = "595959"
NOT_CODED_FILL = "E4E4E4"  # empty cell of a source whose coding is not done
REPORTED_FILL = "EAF1FB"

STATUS_COLORS = {
    CodingStatus.DONE: "D9EAD3",
    CodingStatus.IN_PROGRESS: "FFF2CC",
    CodingStatus.TODO: "E4E4E4",
}

# Sides the window suggests; others get a colour of their own from SPARE_SIDE_COLORS.
SIDE_COLORS = {
    "russia": "F4CCCC",
    "ukraine": "CFE2F3",
    "west": "D9EAD3",
    "neutral": "EEEEEE",
    "other": "EAD1DC",
    "unknown": "F3F3F3",
}
SPARE_SIDE_COLORS = ("FCE5CD", "D0E0E3", "FFF2CC", "D9D2E9", "EAD1DC")


def tint(color: str, amount: float = 0.78) -> str:
    """``color`` (``#rrggbb``) mixed with ``amount`` of white, as ``RRGGBB``."""
    hex_part = color.lstrip("#")
    if len(hex_part) != 6:
        return "F3F3F3"
    try:
        channels = [int(hex_part[i : i + 2], 16) for i in (0, 2, 4)]
    except ValueError:
        return "F3F3F3"
    mixed = [round(c + (255 - c) * amount) for c in channels]
    return "".join(f"{c:02X}" for c in mixed)


def kind_color(kind: CodeKind) -> str:
    return tint(DEFAULT_KIND_COLORS[kind])


def side_color(side: str) -> str:
    key = side.strip().casefold() or "unknown"
    if key in SIDE_COLORS:
        return SIDE_COLORS[key]
    return SPARE_SIDE_COLORS[sum(map(ord, key)) % len(SPARE_SIDE_COLORS)]


@dataclass(frozen=True)
class CellStyle:
    """A cell's look, built once per sheet and column and reused row after row."""

    bold: bool = False
    italic: bool = False
    color: str = ""  # text colour RRGGBB
    fill: str = ""  # background RRGGBB
    wrap: bool = False
    size: float = 10
    horizontal: str = ""  # "", "center", "right"
    vertical: str = "top"
    indent: int = 0

    def font(self) -> Font:
        return _font(self.bold, self.italic, self.color, self.size)

    def pattern(self) -> PatternFill | None:
        return _fill(self.fill) if self.fill else None

    def alignment(self) -> Alignment:
        return _alignment(self.wrap, self.horizontal, self.vertical, self.indent)


@lru_cache(maxsize=256)
def _font(bold: bool, italic: bool, color: str, size: float) -> Font:
    return Font(name=FONT_NAME, bold=bold, italic=italic, color=color or None, size=size)


@lru_cache(maxsize=256)
def _fill(color: str) -> PatternFill:
    return PatternFill(fill_type="solid", start_color=color, end_color=color)


@lru_cache(maxsize=64)
def _alignment(wrap: bool, horizontal: str, vertical: str, indent: int) -> Alignment:
    return Alignment(
        wrap_text=wrap,
        horizontal=horizontal or ("left" if indent else None),
        vertical=vertical or None,
        indent=indent,
    )


TEXT = CellStyle()
WRAPPED = CellStyle(wrap=True)
QUOTE = CellStyle(wrap=True, size=10)
CONTEXT = CellStyle(wrap=True, color=MUTED_TEXT, italic=True, size=9)
NUMBER = CellStyle(horizontal="right")
HEADER = CellStyle(bold=True, color=HEADER_TEXT, fill=HEADER_BACKGROUND, wrap=True, size=10)
ROW_HEADER = CellStyle(bold=True, wrap=True)
TITLE = CellStyle(bold=True, color=TITLE_TEXT, size=16, vertical="center")
SUBTITLE = CellStyle(bold=True, color=TITLE_TEXT, size=12)
LABEL = CellStyle(bold=True, wrap=True)
MUTED = CellStyle(color=MUTED_TEXT, wrap=True, italic=True)


@lru_cache(maxsize=64)
def side_style(side: str) -> CellStyle:
    """A side's cell: wrapped, in the side's colour (one object per side, reused)."""
    return CellStyle(wrap=True, fill=side_color(side))


@lru_cache(maxsize=8)
def status_style(status: CodingStatus) -> CellStyle:
    return CellStyle(bold=True, fill=STATUS_COLORS[status], horizontal="center", wrap=True)


def header_style(kind: CodeKind | None = None) -> CellStyle:
    """Header cells; columns that hold one kind of code get the kind's colour as a stripe."""
    if kind is None:
        return HEADER
    return CellStyle(
        bold=True, color="1A1A1A", fill=tint(DEFAULT_KIND_COLORS[kind], 0.45), wrap=True
    )

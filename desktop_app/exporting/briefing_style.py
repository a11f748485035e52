"""The briefing's look: page geometry, palette, paragraph and table styles.

Built once per export (styles are shared by every paragraph: creating a ``ParagraphStyle`` per
paragraph costs more than laying the paragraph out). Restrained on purpose: one accent colour
(navy) for structure, grey for apparatus, colour in data only where it carries meaning (sides
in the chart and tables).
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import TableStyle

from desktop_app.domain.comparison import UNKNOWN_SIDE
from desktop_app.domain.model import Side
from desktop_app.errors import ExportError
from desktop_app.exporting.fonts import SANS, SANS_BOLD, SANS_ITALIC, SERIF, SERIF_BOLD
from desktop_app.i18n import gettext

PAGE_SIZES: dict[str, tuple[float, float]] = {"A4": A4, "LETTER": LETTER}

INK = colors.HexColor("#1d232c")
MUTED = colors.HexColor("#5d6673")
FAINT = colors.HexColor("#8a929d")
ACCENT = colors.HexColor("#1f3a5f")
RULE = colors.HexColor("#c3c9d1")
HEADER_FILL = colors.HexColor("#eef1f5")
NOT_CODED_FILL = colors.HexColor("#e6e6e6")
REPORTED_FILL = colors.HexColor("#e3ecf5")
CLASSIFICATION = colors.HexColor("#8c1c13")

# Sides keep their colour everywhere (chart, tables). Free-text sides take the spare colours in
# order of first appearance; reactions whose speaker has no side are grey.
SIDE_COLORS: dict[str, colors.Color] = {
    Side.RUSSIA.value: colors.HexColor("#a4433a"),
    Side.UKRAINE.value: colors.HexColor("#2f6393"),
    Side.WEST.value: colors.HexColor("#5e8a5a"),
    Side.NEUTRAL.value: colors.HexColor("#9a8f79"),
    Side.OTHER.value: colors.HexColor("#7d6b9e"),
}
SPARE_SIDE_COLORS = (
    colors.HexColor("#c08a3e"),
    colors.HexColor("#4f8f96"),
    colors.HexColor("#9c5f7f"),
    colors.HexColor("#6f7f3a"),
    colors.HexColor("#4a5a8a"),
)
NO_SIDE_COLOR = colors.HexColor("#b5bac1")


def side_colors(sides: list[str]) -> dict[str, colors.Color]:
    """A colour for each side, stable across the chart and the tables of one briefing."""
    chosen: dict[str, colors.Color] = {}
    spare = 0
    for side in sides:
        if side in chosen:
            continue
        if not side or side in (UNKNOWN_SIDE, gettext(UNKNOWN_SIDE)):
            chosen[side] = NO_SIDE_COLOR
        elif side in SIDE_COLORS:
            chosen[side] = SIDE_COLORS[side]
        else:
            chosen[side] = SPARE_SIDE_COLORS[spare % len(SPARE_SIDE_COLORS)]
            spare += 1
    return chosen


@dataclass(frozen=True)
class Geometry:
    """Page size and margins; the frame is what is left."""

    page_width: float
    page_height: float
    left: float = 24 * mm
    right: float = 24 * mm
    top: float = 26 * mm
    bottom: float = 24 * mm

    @property
    def frame_width(self) -> float:
        return self.page_width - self.left - self.right

    @property
    def frame_height(self) -> float:
        return self.page_height - self.top - self.bottom


def geometry(page_size: str) -> Geometry:
    size = PAGE_SIZES.get(page_size.strip().upper())
    if size is None:
        raise ExportError(
            gettext("unknown page size “{page_size}”").format(page_size=page_size),
            gettext("choose A4 or Letter"),
        )
    return Geometry(*size)


class Styles:
    """Every paragraph style of the briefing, made once."""

    def __init__(self) -> None:
        base = ParagraphStyle(
            "body",
            fontName=SERIF,
            fontSize=10,
            leading=14.2,
            textColor=INK,
            alignment=TA_LEFT,
            spaceAfter=6,
            splitLongWords=True,
            bulletFontName=SERIF,
        )
        self.body = base
        self.title = ParagraphStyle(
            "title",
            parent=base,
            fontName=SERIF_BOLD,
            fontSize=26,
            leading=32,
            textColor=ACCENT,
            spaceAfter=10,
        )
        self.kicker = ParagraphStyle(
            "kicker",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=9,
            leading=12,
            textColor=MUTED,
            spaceAfter=14,
        )
        self.title_meta = ParagraphStyle(
            "title_meta",
            parent=base,
            fontName=SANS,
            fontSize=10.5,
            leading=15,
            textColor=INK,
            spaceAfter=2,
        )
        self.title_note = ParagraphStyle(
            "title_note",
            parent=base,
            fontName=SANS,
            fontSize=8.5,
            leading=12,
            textColor=MUTED,
        )
        self.classification = ParagraphStyle(
            "classification",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=10.5,
            leading=14,
            textColor=CLASSIFICATION,
            spaceBefore=10,
            spaceAfter=2,
        )
        self.h1 = ParagraphStyle(
            "h1",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=16,
            leading=20,
            textColor=ACCENT,
            spaceBefore=4,
            spaceAfter=10,
            keepWithNext=True,
        )
        self.h2 = ParagraphStyle(
            "h2",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=11.5,
            leading=15,
            textColor=INK,
            spaceBefore=12,
            spaceAfter=4,
            keepWithNext=True,
        )
        self.h3 = ParagraphStyle(
            "h3",
            parent=base,
            fontName=SANS_BOLD,
            fontSize=9.5,
            leading=13,
            textColor=MUTED,
            spaceBefore=8,
            spaceAfter=3,
            keepWithNext=True,
        )
        self.lead = ParagraphStyle(
            "lead",
            parent=base,
            fontName=SANS,
            fontSize=9,
            leading=13,
            textColor=MUTED,
            spaceAfter=8,
            keepWithNext=True,
        )
        self.finding = ParagraphStyle(
            "finding",
            parent=base,
            leftIndent=12,
            bulletIndent=0,
            spaceAfter=5,
        )
        self.quote = ParagraphStyle(
            "quote",
            parent=base,
            fontSize=9.5,
            leading=13.5,
            spaceAfter=1,
        )
        self.meta = ParagraphStyle(
            "meta",
            parent=base,
            fontName=SANS,
            fontSize=7.5,
            leading=10,
            textColor=MUTED,
            spaceAfter=6,
            keepWithNext=True,
        )
        self.citation = ParagraphStyle(
            "citation",
            parent=base,
            fontName=SANS,
            fontSize=7.5,
            leading=10,
            textColor=MUTED,
            spaceAfter=7,
        )
        self.more = ParagraphStyle(
            "more",
            parent=base,
            fontName=SANS_ITALIC,
            fontSize=8,
            leading=11,
            textColor=MUTED,
            spaceBefore=2,
            spaceAfter=8,
        )
        self.cell = ParagraphStyle(
            "cell",
            parent=base,
            fontName=SANS,
            fontSize=7.5,
            leading=9.5,
            spaceAfter=0,
        )
        self.cell_head = ParagraphStyle(
            "cell_head",
            parent=self.cell,
            fontName=SANS_BOLD,
            textColor=INK,
        )
        self.cell_mark = ParagraphStyle(
            "cell_mark",
            parent=self.cell,
            alignment=1,
        )
        # An excerpt: its citation line hangs out to the left of the quote under it.
        self.excerpt = ParagraphStyle(
            "excerpt",
            parent=base,
            fontSize=8.5,
            leading=11.8,
            leftIndent=10,
            firstLineIndent=-10,
            spaceAfter=5,
        )
        self.excerpt_note = ParagraphStyle(
            "excerpt_note", parent=self.more, leftIndent=10, spaceBefore=0, spaceAfter=6
        )
        self.excerpt_open = ParagraphStyle("excerpt_open", parent=self.excerpt, spaceAfter=0)
        self.excerpt_cont = ParagraphStyle(
            "excerpt_cont", parent=self.excerpt, firstLineIndent=0, spaceAfter=0
        )
        self.excerpt_close = ParagraphStyle(
            "excerpt_close", parent=self.excerpt, firstLineIndent=0, spaceAfter=5
        )
        self.appendix_source = ParagraphStyle(
            "appendix_source",
            parent=self.h2,
            fontSize=10,
            leading=13,
            spaceBefore=10,
        )
        self.legend = ParagraphStyle(
            "legend",
            parent=base,
            fontName=SANS,
            fontSize=7.5,
            leading=10,
            textColor=MUTED,
            spaceBefore=4,
            spaceAfter=10,
        )


def grid_style(header_rows: int = 1) -> list[tuple[object, ...]]:
    """Thin horizontal rules, a tinted header, no vertical lines: the table style of every
    table in the briefing."""
    return [
        ("FONTNAME", (0, 0), (-1, -1), SANS),
        ("FONTSIZE", (0, 0), (-1, -1), 7.5),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
        ("BACKGROUND", (0, 0), (-1, header_rows - 1), HEADER_FILL),
        ("LINEABOVE", (0, 0), (-1, 0), 0.8, ACCENT),
        ("LINEBELOW", (0, header_rows - 1), (-1, header_rows - 1), 0.6, ACCENT),
        ("LINEBELOW", (0, header_rows), (-1, -1), 0.25, RULE),
    ]


def table_style(extra: list[tuple[object, ...]] | None = None, header_rows: int = 1) -> TableStyle:
    return TableStyle([*grid_style(header_rows), *(extra or [])])

"""The source coverage matrix: which source reports which condition.

Sources are the rows and conditions the columns — the transpose of the window's matrix — because
a briefing may hold hundreds of sources with long titles but rarely more than a dozen
conditions: rows run over as many pages as needed (the header repeats on each), titles wrap in a
wide first column, and when conditions do not fit across the page the matrix is printed in
groups of columns, each group a table of its own.

Cells: "✓" (with the number of wordings when more than one) where the source reports the
condition; "–" where a fully coded source does not; grey where the source's coding is not
finished, so "not reported" and "not coded yet" differ at a glance, in colour and in grey print.
"""

from __future__ import annotations

import logging
import math
from functools import lru_cache

from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.domain.comparison import SourceCoverage
from desktop_app.domain.dates import short_date
from desktop_app.domain.model import Code
from desktop_app.exporting.briefing_paged import PagedTable
from desktop_app.exporting.briefing_parts import BriefingContext, heading
from desktop_app.exporting.briefing_style import INK, NOT_CODED_FILL, table_style
from desktop_app.exporting.briefing_text import shorten
from desktop_app.exporting.fonts import FALLBACK, SANS
from desktop_app.i18n import gettext, ngettext

log = logging.getLogger(__name__)

STATUS_WIDTH = 44.0
MIN_SOURCE_WIDTH = 150.0
MIN_CONDITION_WIDTH = 26.0
HEADER_MIN = 48.0  # the rotated header row's height, in points
HEADER_MAX = 112.0
CELL_PADDING = 8.0
TITLE_CHARS = 110
OUTLET_CHARS = 80
HEADER_CHARS = 60
REPORTED = "✓"
NOT_REPORTED = "–"


class Rotated(Flowable):
    """A paragraph turned a quarter left, reading bottom to top: condition names stand over
    narrow columns, so a page takes eight or more conditions instead of four."""

    def __init__(self, paragraph: Paragraph, length: float) -> None:
        super().__init__()
        self.paragraph = paragraph
        self.length = length
        self.thickness = paragraph.wrap(length, 10_000)[1]

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.thickness, self.length

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.rotate(90)
        self.paragraph.drawOn(self.canv, 0, -self.thickness)
        self.canv.restoreState()


def _headers(ctx: BriefingContext, conditions: tuple[Code, ...]) -> list[Rotated]:
    style = ctx.styles.cell_head
    names = [ctx.text.inline(shorten(c.name, HEADER_CHARS)[0]) for c in conditions]
    natural = max(
        (
            stringWidth(shorten(c.name, HEADER_CHARS)[0], style.fontName, style.fontSize)
            for c in conditions
        ),
        default=HEADER_MIN,
    )
    length = min(HEADER_MAX, max(HEADER_MIN, natural + 2))
    return [Rotated(Paragraph(name, style), length) for name in names]


def _column_groups(
    ctx: BriefingContext, conditions: tuple[Code, ...], headers: list[Rotated]
) -> list[list[int]]:
    """Indexes of the conditions each table shows: as many as fit beside a readable source
    column, balanced so 12 conditions at 9 a page print as 6 + 6, not 9 + 3."""
    widths = [max(MIN_CONDITION_WIDTH, h.thickness + CELL_PADDING) for h in headers]
    room = ctx.geometry.frame_width - STATUS_WIDTH - MIN_SOURCE_WIDTH
    per_table = max(1, int(room // max(widths, default=MIN_CONDITION_WIDTH)))
    count = math.ceil(len(conditions) / per_table) if conditions else 0
    size = math.ceil(len(conditions) / count) if count else 0
    indexes = list(range(len(conditions)))
    return [indexes[i : i + size] for i in range(0, len(indexes), size)] if size else []


def _source_cell(ctx: BriefingContext, coverage: SourceCoverage, number: int) -> Paragraph:
    source = coverage.source
    title, _ = shorten(source.label, TITLE_CHARS)
    outlet = shorten(source.outlet, OUTLET_CHARS)[0]
    details = " · ".join(ctx.text.inline(v) for v in (outlet, short_date(source.published)) if v)
    text = f"{number}. {ctx.text.inline(title)}"
    if details:
        text += f'<br/><font color="#5d6673">{details}</font>'
    return Paragraph(text, ctx.styles.cell)


def _source_line(ctx: BriefingContext, coverage: SourceCoverage, number: int) -> str | None:
    """The one-line cell the second and later column groups show ("12. Title…", cut to fit
    where the matrix places it): the first group has the title, outlet and date, and a plain
    string costs reportlab far less than a paragraph. None when the title needs a fallback
    font (then the full cell is used)."""
    title = f"{number}. {' '.join(coverage.source.label.split())}"
    return title if ctx.text.covered(title) else None


@lru_cache(maxsize=4096)  # column groups of the same width cut the same titles
def _fit(text: str, width: float) -> str:
    """``text`` cut (with an ellipsis) to ``width`` points in the table's font."""
    size = 7.5  # grid_style's
    if stringWidth(text, SANS, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:  # the longest prefix that fits with the ellipsis
        middle = (low + high + 1) // 2
        if stringWidth(text[:middle].rstrip() + "…", SANS, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


def _matrix(
    ctx: BriefingContext,
    conditions: list[Code],
    headers: list[Rotated],
    source_cells: list[Paragraph],
    source_lines: list[str | None] | None = None,
) -> PagedTable:
    """One group of columns. ``source_cells``: each source's first cell, made once for every
    group (a source's title, outlet and date cost more to set than its row of marks);
    ``source_lines``: one-line cells instead, where given (see ``_source_line``)."""
    comparison, styles = ctx.comparison, ctx.styles
    frame = ctx.geometry.frame_width
    condition_width = max([MIN_CONDITION_WIDTH, *(h.thickness + CELL_PADDING for h in headers)])
    source_width = frame - STATUS_WIDTH - condition_width * len(conditions)
    header = [
        Paragraph(gettext("Source"), styles.cell_head),
        Paragraph(gettext("Coding"), styles.cell_head),
        *headers,
    ]
    rows: list[list[object]] = []
    shading: list[list[tuple[int, int]]] = []  # per row: runs of not-coded cells (columns)
    reported_counts = [0] * len(conditions)
    # One paragraph per status, in every row that has it (a cell is wrapped again where it is
    # drawn): 3 paragraphs to parse instead of one per source.
    statuses = {
        s: Paragraph(gettext(s.label), styles.cell) for s in {c.status for c in comparison.coverage}
    }
    for number, coverage in enumerate(comparison.coverage, 1):
        line = source_lines[number - 1] if source_lines is not None else None
        row: list[object] = [
            source_cells[number - 1] if line is None else _fit(line, source_width - 8),
            statuses[coverage.status],
        ]
        runs: list[tuple[int, int]] = []
        run_start: int | None = None
        for column, condition in enumerate(conditions):
            wordings = comparison.condition_cells.count((condition.id, coverage.source.id))
            table_column = column + 2
            if wordings:
                reported_counts[column] += 1
                row.append(REPORTED if wordings == 1 else f"{REPORTED} {wordings}")
            elif coverage.is_done:
                row.append(NOT_REPORTED)
            else:
                row.append("")
                if run_start is None:
                    run_start = table_column
                continue
            if run_start is not None:  # one shading command per run of empty cells
                runs.append((run_start, table_column - 1))
                run_start = None
        if run_start is not None:
            runs.append((run_start, len(conditions) + 1))
        rows.append(row)
        shading.append(runs)
    total = len(comparison.coverage)
    footer: list[object] = [
        Paragraph(gettext("Sources reporting"), styles.cell_head),
        "",
        *(f"{n}/{total}" for n in reported_counts),
    ]

    style = table_style(
        [
            ("FONTNAME", (2, 1), (-1, -1), FALLBACK),
            ("FONTSIZE", (2, 1), (-1, -1), 8),
            ("TEXTCOLOR", (2, 1), (-1, -1), INK),
            ("ALIGN", (2, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ]
    )

    def row_style(index: int, at: int) -> list[tuple[object, ...]]:
        return [("BACKGROUND", (a, at), (b, at), NOT_CODED_FILL) for a, b in shading[index]]

    return PagedTable(
        header,
        rows,
        [source_width, STATUS_WIDTH, *([condition_width] * len(conditions))],
        style,
        row_style,
        footer=footer,
        footer_style=[("LINEABOVE", (0, -1), (-1, -1), 0.6, INK)],
    )


def coverage_section(ctx: BriefingContext) -> list[Flowable]:
    comparison, styles = ctx.comparison, ctx.styles
    story = heading(ctx, gettext("Source coverage"), 0)
    if not comparison.sources or not comparison.conditions:
        story.append(
            Paragraph(gettext("There are no sources or no conditions to compare."), styles.body)
        )
        return story
    not_done = sum(1 for c in comparison.coverage if not c.is_done)
    key = gettext(
        "{reported} reported (a number: how many wordings) · "
        "{not_reported} not reported by a fully coded source"
    ).format(
        reported=f'<font name="{FALLBACK}">{REPORTED}</font>',
        not_reported=f'<font name="{FALLBACK}">{NOT_REPORTED}</font>',
    )
    if not_done:
        key += " · " + gettext("{grey} grey: not coded yet — {sources}").format(
            grey=f'<font name="{FALLBACK}" color="#{NOT_CODED_FILL.hexval()[2:]}">■</font>',
            sources=ngettext("{n} source not fully coded", "{n} sources not fully coded", not_done),
        )
    story.append(
        Paragraph(
            gettext(
                "Which source reports which condition. Sources are the rows, in project order; "
                "the header repeats on every page."
            ),
            styles.lead,
        )
    )
    story.append(Paragraph(key, styles.legend))
    headers = _headers(ctx, comparison.conditions)
    groups = _column_groups(ctx, comparison.conditions, headers)
    cells = [_source_cell(ctx, c, n) for n, c in enumerate(comparison.coverage, 1)]
    lines = [_source_line(ctx, c, n) for n, c in enumerate(comparison.coverage, 1)]
    for index, group in enumerate(groups):
        if len(groups) > 1:
            story.append(
                Paragraph(
                    f"Conditions {group[0] + 1}–{group[-1] + 1} of {len(comparison.conditions)}",
                    styles.h3,
                )
            )
        story.append(
            _matrix(
                ctx,
                [comparison.conditions[i] for i in group],
                [headers[i] for i in group],
                cells,
                lines if index else None,  # the first group names each source in full
            )
        )
        if index < len(groups) - 1:
            story.append(Spacer(1, 12))
    return story

"""The briefing's chart: reactions by stance, each bar split by the speakers' side.

Horizontal bars, because stance names are words ("Defends proposal") that read badly rotated
under a column chart. Colours come from the caller so a side has one colour in the whole
briefing. Labels are drawn with ``drawString`` (no markup), so the caller passes plain text the
fonts can draw (see ``TextMarkup.plain``).
"""

from __future__ import annotations

import logging
import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.shapes import Drawing, String
from reportlab.lib import colors

from desktop_app.exporting.fonts import SANS, SANS_BOLD

log = logging.getLogger(__name__)

MAX_BARS = 14
BAR_PITCH = 22.0
LABEL_WIDTH = 118.0
LABEL_CHARS = 26
LEGEND_ROW = 14.0
INK = colors.HexColor("#1d232c")
AXIS = colors.HexColor("#8a929d")
GRID = colors.HexColor("#e1e4e8")


def legend_below(
    x: float, rows: int, pairs: Sequence[tuple[object, str]], column_width: float
) -> Legend:
    """The swatch legend under a bar chart, ``rows`` deep, columns ``column_width`` apart: one
    look for every chart of the briefing."""
    legend = Legend()
    legend.x = x
    legend.y = rows * LEGEND_ROW + 2
    legend.alignment = "right"
    legend.columnMaximum = rows
    legend.fontName = SANS
    legend.fontSize = 7.5
    legend.fillColor = INK
    legend.dx = 7
    legend.dy = 7
    legend.dxTextSpace = 4
    legend.deltax = column_width
    legend.deltay = LEGEND_ROW
    legend.strokeWidth = 0
    legend.colorNamePairs = list(pairs)
    return legend


def _nice_ceiling(value: int) -> tuple[int, int]:
    """An axis maximum at or above ``value`` and a step giving at most about six ticks."""
    if value <= 5:
        return max(value, 1), 1
    raw = value / 5
    magnitude = 10 ** math.floor(math.log10(raw))
    step = next(m * magnitude for m in (1, 2, 2.5, 5, 10) if m * magnitude >= raw)
    step_int = max(1, int(step))
    return int(math.ceil(value / step_int) * step_int), step_int


def _label(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def reactions_chart(
    stances: Sequence[str],
    sides: Sequence[str],
    counts: Mapping[tuple[str, str], int],
    side_colors: Mapping[str, colors.Color],
    width: float,
) -> Drawing:
    """A stacked horizontal bar chart: one bar per stance (at most :data:`MAX_BARS`, the
    largest), one segment per side, a legend of sides underneath and each bar's total at its
    end. ``counts`` maps ``(stance, side)`` to a number of reactions."""
    totals = {stance: sum(counts.get((stance, side), 0) for side in sides) for stance in stances}
    shown = [s for s in stances if totals[s] > 0]
    if len(shown) > MAX_BARS:
        keep = set(sorted(shown, key=lambda s: -totals[s])[:MAX_BARS])
        shown = [s for s in shown if s in keep]
    used_sides = [side for side in sides if any(counts.get((s, side), 0) for s in shown)]
    # reportlab draws the first category at the bottom; reverse so the list reads top-down.
    ordered = list(reversed(shown))
    plot_height = BAR_PITCH * max(1, len(ordered))
    legend_columns = max(1, min(len(used_sides), int((width - 10) // 110)))
    legend_rows = math.ceil(len(used_sides) / legend_columns) if used_sides else 0
    bottom = 24 + legend_rows * LEGEND_ROW
    drawing = Drawing(width, plot_height + bottom + 8)
    drawing.initialFontName = SANS  # not Helvetica, which would be the one font not embedded
    drawing.initialFontSize = 8

    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = bottom
    chart.width = width - LABEL_WIDTH - 34
    chart.height = plot_height
    chart.data = [[counts.get((stance, side), 0) for stance in ordered] for side in used_sides] or [
        [0 for _ in ordered]
    ]
    chart.categoryAxis.categoryNames = [_label(s) for s in ordered]
    chart.categoryAxis.style = "stacked"
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = AXIS
    chart.categoryAxis.strokeWidth = 0.5
    chart.categoryAxis.tickLeft = 0
    chart.barWidth = BAR_PITCH * 0.62
    chart.groupSpacing = BAR_PITCH * 0.38
    chart.barSpacing = 0
    # Headroom past the longest bar leaves room for its total.
    maximum, step = _nice_ceiling(math.ceil(max(totals.values(), default=0) * 1.1))
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = maximum
    chart.valueAxis.valueStep = step
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = AXIS
    chart.valueAxis.labelTextFormat = "%d"
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.bars.strokeColor = colors.white
    chart.bars.strokeWidth = 0.5
    for index, side in enumerate(used_sides):
        chart.bars[index].fillColor = side_colors[side]
    drawing.add(chart)

    for index, stance in enumerate(ordered):
        total = totals[stance]
        x = chart.x + chart.width * total / maximum + 4
        y = chart.y + BAR_PITCH * index + BAR_PITCH / 2 - 3
        drawing.add(String(x, y, str(total), fontName=SANS_BOLD, fontSize=7.5, fillColor=INK))

    if used_sides:
        pairs = [(side_colors[side], _label(side)) for side in used_sides]
        drawing.add(legend_below(chart.x, legend_rows, pairs, column_width=110))
    return drawing

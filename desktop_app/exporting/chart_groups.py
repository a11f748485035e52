"""The briefing's chart of coverage by outlet group: for each condition, the share of each
group's fully coded outlets that report it, one bar per group.

Horizontal grouped bars (condition names read badly rotated), 0–100 %, a legend of groups
underneath. Labels are drawn with ``drawString``, so the caller passes plain text the fonts can
draw (see ``TextMarkup.plain``).
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing
from reportlab.lib import colors

from desktop_app.domain import palette
from desktop_app.exporting.charts import AXIS, GRID, INK, LABEL_WIDTH, LEGEND_ROW, legend_below
from desktop_app.exporting.fonts import SANS

MAX_CONDITIONS = 12
MAX_GROUPS = 6
GROUP_BAR = 7.0
GROUP_GAP = 8.0
LABEL_CHARS = 26
GROUP_COLORS = (
    palette.BLUE,
    palette.VERMILLION,
    palette.BLUISH_GREEN,
    palette.ORANGE,
    palette.REDDISH_PURPLE,
    palette.SKY_BLUE,
)


def _label(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1].rstrip() + "…"


def coverage_chart(
    conditions: Sequence[str],
    groups: Sequence[str],
    shares: Mapping[tuple[str, str], float],
    width: float,
) -> Drawing:
    """``shares`` maps ``(condition, group)`` to the share (0–1) of the group's fully coded
    outlets reporting the condition; the first :data:`MAX_CONDITIONS` conditions and
    :data:`MAX_GROUPS` groups are drawn."""
    shown = list(conditions[:MAX_CONDITIONS])
    used = list(groups[:MAX_GROUPS])
    ordered = list(reversed(shown))  # reportlab draws the first category at the bottom
    pitch = GROUP_BAR * max(1, len(used)) + GROUP_GAP
    plot_height = pitch * max(1, len(ordered))
    legend_columns = max(1, min(len(used), int((width - 10) // 130)))
    legend_rows = math.ceil(len(used) / legend_columns) if used else 0
    bottom = 24 + legend_rows * LEGEND_ROW
    drawing = Drawing(width, plot_height + bottom + 8)
    drawing.initialFontName = SANS
    drawing.initialFontSize = 8
    chart = HorizontalBarChart()
    chart.x = LABEL_WIDTH
    chart.y = bottom
    chart.width = width - LABEL_WIDTH - 20
    chart.height = plot_height
    chart.data = [
        [round(100 * shares.get((condition, group), 0.0)) for condition in ordered]
        for group in used
    ] or [[0 for _ in ordered]]
    chart.categoryAxis.categoryNames = [_label(c) for c in ordered]
    chart.categoryAxis.labels.fontName = SANS
    chart.categoryAxis.labels.fontSize = 8
    chart.categoryAxis.labels.fillColor = INK
    chart.categoryAxis.labels.boxAnchor = "e"
    chart.categoryAxis.labels.dx = -6
    chart.categoryAxis.strokeColor = AXIS
    chart.categoryAxis.strokeWidth = 0.5
    chart.categoryAxis.tickLeft = 0
    chart.barWidth = GROUP_BAR
    chart.groupSpacing = GROUP_GAP
    chart.barSpacing = 0
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueMax = 100
    chart.valueAxis.valueStep = 25
    chart.valueAxis.labels.fontName = SANS
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.labels.fillColor = AXIS
    chart.valueAxis.labelTextFormat = "%d %%"
    chart.valueAxis.strokeColor = AXIS
    chart.valueAxis.strokeWidth = 0.5
    chart.valueAxis.visibleGrid = True
    chart.valueAxis.gridStrokeColor = GRID
    chart.valueAxis.gridStrokeWidth = 0.5
    chart.bars.strokeColor = colors.white
    chart.bars.strokeWidth = 0.3
    for index in range(len(used)):
        chart.bars[index].fillColor = colors.HexColor(GROUP_COLORS[index % len(GROUP_COLORS)])
    drawing.add(chart)
    if used:
        pairs = [
            (colors.HexColor(GROUP_COLORS[i % len(GROUP_COLORS)]), _label(group))
            for i, group in enumerate(used)
        ]
        drawing.add(legend_below(chart.x, legend_rows, pairs, column_width=130))
    return drawing

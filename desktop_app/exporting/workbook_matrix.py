"""The two matrices: ``Conditions by source`` (the table analysts ask for first) and
``Speakers by source``.

Both have one column per source headed by its title and a row under the header with each
source's coding status. An empty cell of a source that is not *done* is shaded, so "not
reported" (white) and "not yet coded" (grey) differ at a glance.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl.workbook import Workbook

from desktop_app.domain.comparison import Comparison, Excerpt
from desktop_app.domain.model import CodeKind, CodingStatus, Source
from desktop_app.exporting import excel_safety, workbook_outlets
from desktop_app.exporting.workbook_progress import Steps
from desktop_app.exporting.workbook_sheet import (
    LINE_SPACING,
    Column,
    SheetStats,
    TableSheet,
    lines_needed,
)
from desktop_app.exporting.workbook_style import (
    HEADER,
    NOT_CODED_FILL,
    NUMBER,
    REPORTED_FILL,
    ROW_HEADER,
    WRAPPED,
    CellStyle,
    header_style,
    kind_color,
    side_style,
    status_style,
)
from desktop_app.i18n import N_, gettext, ngettext

CONDITIONS_SHEET = N_("Conditions by source")
SPEAKERS_SHEET = N_("Speakers by source")
WORDING_SEPARATOR = "\n\n"
FIT_SOURCES = 6  # up to this many source columns, a matrix prints one page wide
MIN_WORDING_BUDGET = 200  # below this, further wordings are summarised, not cut to nothing

REPORTED = CellStyle(wrap=True, fill=REPORTED_FILL)
NOT_REPORTED = CellStyle(wrap=True)
NOT_CODED = CellStyle(wrap=True, fill=NOT_CODED_FILL)
COUNT = CellStyle(horizontal="center", bold=True)
STATEMENTS = CellStyle(horizontal="center", fill=REPORTED_FILL)
STATUS_LABEL = CellStyle(bold=True, italic=True, wrap=True, color="595959")


def wording(excerpt: Excerpt, budget: int = excel_safety.CELL_LIMIT) -> tuple[str, bool]:
    """One wording as a matrix cell shows it — “quote” [start–end] — and whether it was cut.
    A quote too long for ``budget`` UTF-16 units is cut inside the quotation marks, saying so,
    and keeps its position, where the Excerpts sheet and the source hold it whole."""
    quote = excel_safety.visible(excerpt.quote)
    suffix = f"” [{excerpt.start}–{excerpt.end}]"
    whole = f"“{quote}{suffix}"
    if excel_safety.utf16_length(whole) <= budget:
        return whole, False
    marker = excel_safety.cut_marker(excerpt.length, excel_safety.EXCERPTS_HINT)
    room = budget - 1 - len(suffix) - len(marker)
    return f"“{excel_safety.cut_to_units(quote, max(room, 0))}{marker}{suffix}", True


def wordings(excerpts: Sequence[Excerpt]) -> tuple[str, bool]:
    """A source's wordings of a condition for one cell, separated by a blank line; and whether
    anything had to be cut or left out to fit Excel's cell limit."""
    parts: list[str] = []
    budget = excel_safety.CELL_LIMIT
    cut = False
    for index, excerpt in enumerate(excerpts):
        separator = len(WORDING_SEPARATOR) if parts else 0
        reserve = 80 if index < len(excerpts) - 1 else 0  # room for "… and N more wordings"
        room = budget - separator - reserve
        if room < MIN_WORDING_BUDGET and parts:
            more = len(excerpts) - index
            parts.append(
                ngettext(
                    "… and {n} more wording (see Excerpts)",
                    "… and {n} more wordings (see Excerpts)",
                    more,
                )
            )
            return WORDING_SEPARATOR.join(parts), True
        part, was_cut = wording(excerpt, room)
        cut = cut or was_cut
        parts.append(part)
        budget -= excel_safety.utf16_length(part) + separator
    return WORDING_SEPARATOR.join(parts), cut


def source_column_width(count: int) -> float:
    if count <= 3:
        return 55
    if count <= 8:
        return 42
    return 32


def header_height(titles: Sequence[str], width: float, most_lines: int = 6) -> float:
    """Enough points for the longest title wrapped in ``width`` characters, up to
    ``most_lines`` lines (a longer title is cut off in the header; the Sources sheet has it)."""
    # Headers are bold: a little wider than body text.
    lines = max((lines_needed(t, width * 0.92, HEADER.size) for t in titles), default=1)
    return min(lines, most_lines) * HEADER.size * LINE_SPACING + 6


def _status_row(sheet: TableSheet, lead: Sequence[str | None], sources: Sequence[Source]) -> None:
    values: list[str | None] = [*lead, *(gettext(s.status.label) for s in sources)]
    styles: list[CellStyle | None] = [STATUS_LABEL] * len(lead)
    styles += [status_style(s.status) for s in sources]
    sheet.row(values, styles)


def write_conditions(workbook: Workbook, comparison: Comparison, steps: Steps) -> SheetStats:
    sources = comparison.sources
    width = source_column_width(len(sources))
    titles = [s.label for s in sources]
    kind_header = header_style(CodeKind.CONDITION)
    outlets = workbook_outlets.outlet_line(comparison.snapshot, sources)
    columns = [
        Column(N_("Condition"), 34, ROW_HEADER, kind_header),
        Column(N_("Category"), 14, WRAPPED, kind_header),
        Column(
            gettext("Sources reporting (of {n})").format(n=len(sources)), 12, COUNT, kind_header
        ),
        *(Column(title, width, NOT_REPORTED) for title in titles),
    ]
    sheet = TableSheet(
        workbook,
        CONDITIONS_SHEET,
        columns,
        header_rows=2 if outlets is None else 3,
        frozen_columns=3,
        header_height=header_height(titles, width),
        filter_row=2 if outlets is None else 3,
        tab_color=kind_color(CodeKind.CONDITION),
        fit_width=len(sources) <= FIT_SOURCES,
    )
    if outlets is not None:  # a row more under the header when outlets are grouped
        sheet.row([gettext("Outlet · groups"), None, None, *outlets], [STATUS_LABEL, None, None])
    _status_row(sheet, [gettext("Coding status"), None, None], sources)
    not_done = {s.id for s in sources if s.status != CodingStatus.DONE}
    for condition in comparison.conditions:
        depth = comparison.depth(condition)
        values: list[str | int | None] = [
            condition.name,
            condition.category,
            comparison.condition_count(condition.id),
        ]
        styles: list[CellStyle | None] = [
            CellStyle(bold=depth == 0, wrap=True, indent=min(depth * 2, 10)),
            WRAPPED,
            COUNT,
        ]
        for source in sources:
            excerpts = comparison.cell(condition.id, source.id)
            if excerpts:
                text, cut = wordings(excerpts)
                sheet.stats.cut_cells += cut
                sheet.stats.replaced_cells += any(
                    excel_safety.has_unsafe(e.quote) for e in excerpts
                )
                values.append(text)
                styles.append(REPORTED)
            else:
                values.append(None)
                styles.append(NOT_CODED if source.id in not_done else NOT_REPORTED)
        sheet.row(values, styles)
        steps.advance("Conditions by source")
    return sheet.close()


def write_speakers(workbook: Workbook, comparison: Comparison, steps: Steps) -> SheetStats:
    sources = comparison.sources
    width = min(source_column_width(len(sources)), 24)
    titles = [s.label for s in sources]
    kind_header = header_style(CodeKind.SPEAKER)
    columns = [
        Column(N_("Speaker"), 26, ROW_HEADER, kind_header),
        Column(N_("Side"), 11, WRAPPED, kind_header),
        Column(N_("Role"), 24, WRAPPED, kind_header),
        Column(N_("Names used in the sources"), 30, WRAPPED, kind_header),
        Column(N_("Statements (all sources)"), 13, COUNT, kind_header),
        *(Column(title, width, NUMBER) for title in titles),
    ]
    sheet = TableSheet(
        workbook,
        SPEAKERS_SHEET,
        columns,
        header_rows=2,
        frozen_columns=1,
        header_height=header_height(titles, width),
        filter_row=2,
        tab_color=kind_color(CodeKind.SPEAKER),
        fit_width=len(sources) <= FIT_SOURCES * 2,
    )
    _status_row(sheet, [gettext("Coding status"), None, None, None, None], sources)
    not_done = {s.id for s in sources if s.status != CodingStatus.DONE}
    variants = comparison.naming_variants
    for speaker in comparison.speakers:
        found = variants.get(speaker.id, {})
        names = dict.fromkeys(name for s in sources for name in found.get(s.id, ()))
        side = speaker.speaker.side
        values: list[str | int | None] = [
            speaker.name,
            side,
            speaker.speaker.role,
            " · ".join(names),
            comparison.statement_count(speaker.id),
        ]
        styles: list[CellStyle | None] = [
            ROW_HEADER,
            side_style(side) if side else WRAPPED,
            WRAPPED,
            WRAPPED,
            COUNT,
        ]
        for source in sources:
            # No statement: an empty cell, shaded when the source is not fully coded.
            count = comparison.statement_count(speaker.id, source.id)
            values.append(count or None)
            if count:
                styles.append(STATEMENTS)
            else:
                styles.append(NOT_CODED if source.id in not_done else NOT_REPORTED)
        sheet.row(values, styles)
        steps.advance("Speakers by source")
    return sheet.close()

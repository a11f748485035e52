"""The row-per-item sheets: ``Reactions``, ``Excerpts`` and ``Sources``.

Every row is traceable on its own: it names the source, outlet, date and the position
``[start, end)`` in code points of the source's plain text (``parley text PROJECT SOURCE``
prints that text exactly).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from openpyxl.workbook import Workbook

from desktop_app.domain.comparison import Comparison, Excerpt
from desktop_app.domain.dates import shown_date
from desktop_app.domain.model import CodeKind, Source
from desktop_app.exporting import excel_safety
from desktop_app.exporting.excerpt_fields import (
    CODES_COLUMN,
    DATE_COLUMN,
    EXCERPT_HEADERS,
    QUOTE_COLUMN,
    excerpt_values,
)
from desktop_app.exporting.workbook_progress import Steps
from desktop_app.exporting.workbook_sheet import Column, SheetStats, TableSheet, Value
from desktop_app.exporting.workbook_style import (
    CONTEXT,
    HEADER,
    NUMBER,
    QUOTE,
    STATUS_COLORS,
    TEXT,
    WRAPPED,
    CellStyle,
    header_style,
    kind_color,
    side_style,
    status_style,
    tint,
)
from desktop_app.i18n import N_, gettext

REACTIONS_SHEET = N_("Reactions")
EXCERPTS_SHEET = N_("Excerpts")
SOURCES_SHEET = N_("Sources")
SOURCE_HINT = N_("the source text at start–end")


def _target(excerpt: Excerpt) -> str:
    quote = excel_safety.visible(excerpt.quote)
    if len(quote) > 600:
        quote = quote[:600] + "…"
    return f"“{quote}” — {excerpt.source.label} [{excerpt.start}–{excerpt.end}]"


def write_reactions(workbook: Workbook, comparison: Comparison, steps: Steps) -> SheetStats:
    reaction_header = header_style(CodeKind.REACTION)
    speaker_header = header_style(CodeKind.SPEAKER)
    columns = [
        Column(N_("Speaker"), 22, CellStyle(bold=True, wrap=True), speaker_header),
        Column(N_("Side"), 11, WRAPPED, speaker_header),
        Column(N_("Stance"), 16, WRAPPED, reaction_header),
        Column(N_("Responds to"), 48, CONTEXT, reaction_header, cut_hint="Excerpts"),
        Column(N_("Quote"), 60, QUOTE, cut_hint=SOURCE_HINT),
        Column(N_("Source"), 30, WRAPPED),
        Column(N_("Outlet"), 20, WRAPPED),
        Column(N_("Date"), 11),
        Column(N_("Start"), 8, NUMBER),
        Column(N_("End"), 8, NUMBER),
    ]
    sheet = TableSheet(
        workbook,
        REACTIONS_SHEET,
        columns,
        frozen_columns=1,
        tab_color=kind_color(CodeKind.REACTION),
    )
    stance_styles = {
        c.id: CellStyle(bold=True, wrap=True, fill=tint(c.color, 0.7)) for c in comparison.stances
    }
    for row in comparison.reactions:
        excerpt = row.excerpt
        sheet.row(
            [
                row.speaker_name,
                row.side,
                row.stance.name,
                "\n\n".join(_target(t) for t in row.responds_to),
                sheet.text(excerpt.quote, 4, excerpt.length),
                row.source.label,
                row.source.outlet,
                sheet.date(row.source.published),
                excerpt.start,
                excerpt.end,
            ],
            {
                1: side_style(row.side_label),
                2: stance_styles.get(row.stance.id, WRAPPED),
            },
        )
        steps.advance("Reactions")
    return sheet.close()


def _main_kind(excerpt: Excerpt) -> CodeKind:
    if excerpt.condition_ids:
        return CodeKind.CONDITION
    if excerpt.stance_ids:
        return CodeKind.REACTION
    if excerpt.speaker_ids:
        return CodeKind.SPEAKER
    return CodeKind.OTHER


# How the Excerpts sheet shows each of the excerpt fields (see exporting.excerpt_fields).
EXCERPT_LAYOUT: dict[str, tuple[float, CellStyle, CellStyle | None]] = {
    "Source": (30, WRAPPED, None),
    "Outlet": (20, WRAPPED, None),
    "Date": (11, TEXT, None),
    "Codes": (28, WRAPPED, None),
    "Speaker": (20, WRAPPED, header_style(CodeKind.SPEAKER)),
    "Stance": (14, TEXT, header_style(CodeKind.REACTION)),
    "Quote": (60, QUOTE, None),
    "Context before": (34, CONTEXT, None),
    "Context after": (34, CONTEXT, None),
    "Start": (8, NUMBER, None),
    "End": (8, NUMBER, None),
    "Note": (26, WRAPPED, None),
    "Coder": (12, TEXT, None),
    "Origin": (18, TEXT, None),
}


def write_excerpts(workbook: Workbook, comparison: Comparison, steps: Steps) -> SheetStats:
    columns = []
    for name in EXCERPT_HEADERS:
        width, style, header = EXCERPT_LAYOUT[name]
        column = Column(name, width, style, header or HEADER)
        columns.append(replace(column, cut_hint=SOURCE_HINT) if name == "Quote" else column)
    sheet = TableSheet(
        workbook,
        EXCERPTS_SHEET,
        columns,
        tab_color="BDD7EE",
    )
    codes_styles = {kind: CellStyle(wrap=True, fill=kind_color(kind)) for kind in CodeKind}
    for excerpt in comparison.excerpts:
        values: list[Value] = list(excerpt_values(excerpt))
        values[QUOTE_COLUMN] = sheet.text(excerpt.quote, QUOTE_COLUMN, excerpt.length)
        values[DATE_COLUMN] = sheet.date(excerpt.source.published)  # as the window shows it
        sheet.row(values, {CODES_COLUMN: codes_styles[_main_kind(excerpt)]})
        steps.advance("Excerpts")
    return sheet.close()


SOURCE_FIELDS: Sequence[tuple[str, float]] = (
    (N_("Title"), 40),
    (N_("Outlet"), 20),
    (N_("Outlet groups"), 20),
    (N_("Author"), 18),
    (N_("Date"), 11),
    (N_("Language"), 10),
    (N_("Coding status"), 12),
    (N_("Characters"), 11),
    (N_("Annotations"), 11),
    (N_("URL"), 30),
    (N_("Original file"), 24),
    (N_("Format"), 8),
    (N_("SHA-256"), 20),
    (N_("Imported"), 20),
    (N_("GUID"), 38),
)


def _groups_of(comparison: Comparison, source: Source) -> str:
    outlet = comparison.snapshot.outlet_of(source)
    return outlet.groups_text if outlet is not None else ""


def write_sources(workbook: Workbook, comparison: Comparison, steps: Steps) -> SheetStats:
    variable_names = sorted({name for s in comparison.sources for name in s.variables})
    columns = [
        Column(
            name, width, WRAPPED if name in ("Title", "Outlet", "Outlet groups", "Author") else TEXT
        )
        for name, width in SOURCE_FIELDS
    ]
    columns[7] = Column(N_("Characters"), 11, NUMBER)
    columns[8] = Column(N_("Annotations"), 11, NUMBER)
    columns += [Column(name, 16, WRAPPED) for name in variable_names]
    sheet = TableSheet(
        workbook,
        SOURCES_SHEET,
        columns,
        frozen_columns=1,
        fit_width=False,
        tab_color=STATUS_COLORS[next(iter(STATUS_COLORS))],
    )
    counts: dict[int, int] = {}
    for excerpt in comparison.excerpts:
        counts[excerpt.source_id] = counts.get(excerpt.source_id, 0) + 1
    for source in comparison.sources:
        sheet.row(
            [
                source.label,
                source.outlet,
                _groups_of(comparison, source),
                source.author,
                shown_date(source.published),
                source.language,
                gettext(source.status.label),
                source.characters,
                counts.get(source.id, 0),
                source.url,
                source.original_name,
                source.file_format,
                source.sha256,
                source.imported_at,
                source.guid,
                *(source.variables.get(name, "") for name in variable_names),
            ],
            {6: status_style(source.status)},
        )
        steps.advance("Sources")
    return sheet.close()

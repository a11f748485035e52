"""The Excel comparison workbook, for colleagues who filter and pivot.

Sheets, in order: ``Summary``, ``Conditions by source``, ``Speakers by source``, ``Reactions``,
``Excerpts``, ``Sources``, and ``Agreement`` when two or more coders work on the project. The
comparison's numbers come from :func:`desktop_app.domain.comparison.compare`, so they match the
window's compare view and the briefing; the agreement's are those ``parley agreement`` prints.

The whole workbook is written in openpyxl's write-only mode (rows stream to disk): a project of
thousands of sources and tens of thousands of annotations exports in about the time openpyxl
needs to write one plain row per annotation (``bench/bench_exports.py`` measures it). Every
value is data — text cells are typed as strings, never formulas — and any text is made to fit a
cell (see :mod:`desktop_app.exporting.excel_safety`).
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import UTC, datetime
from pathlib import Path
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

from desktop_app import __version__
from desktop_app.clock import now_iso
from desktop_app.domain.comparison import Comparison, compare
from desktop_app.domain.model import CodingStatus
from desktop_app.domain.outlet_coverage import outlet_findings
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.domain.variants import VariantReport
from desktop_app.exporting import (
    workbook_agreement,
    workbook_matrix,
    workbook_outlets,
    workbook_tables,
    workbook_variants,
)
from desktop_app.exporting.contract import CancelCheck, ExportOptions, ProgressCallback
from desktop_app.exporting.workbook_progress import Steps
from desktop_app.exporting.workbook_sheet import Column, SheetStats, TableSheet, discard
from desktop_app.exporting.workbook_style import (
    LABEL,
    MUTED,
    NOT_CODED_FILL,
    REPORTED_FILL,
    SUBTITLE,
    TITLE,
    WRAPPED,
    CellStyle,
)
from desktop_app.i18n import N_, gettext

log = logging.getLogger(__name__)

VALUE = CellStyle(wrap=True, horizontal="left")

SUMMARY_SHEET = N_("Summary")
ZIP_LEVEL = 3
SHEET_NAMES = (
    SUMMARY_SHEET,
    workbook_matrix.CONDITIONS_SHEET,
    workbook_matrix.SPEAKERS_SHEET,
    workbook_tables.REACTIONS_SHEET,
    workbook_tables.EXCERPTS_SHEET,
    workbook_tables.SOURCES_SHEET,
)

SHEET_GUIDE = (
    (
        workbook_matrix.CONDITIONS_SHEET,
        N_(
            "One row per condition, one column per source: each cell holds that source's "
            "wording(s) of the condition as “quote” [start–end]. White empty cell: the source does "
            "not report it. Grey empty cell: the source's coding is not done yet. The count column "
            "says how many sources report the condition."
        ),
    ),
    (
        workbook_matrix.SPEAKERS_SHEET,
        N_(
            "One row per speaker, one column per source: the number of statements (annotations "
            "coded with the speaker; empty for none, grey where the source is not fully coded), "
            "with the names each speaker is given in the sources."
        ),
    ),
    (
        workbook_tables.REACTIONS_SHEET,
        N_(
            "One row per reaction: speaker, side, stance, what it responds to (linked excerpts), "
            "the exact quote, source, outlet, date and position."
        ),
    ),
    (
        workbook_tables.EXCERPTS_SHEET,
        N_(
            "One row per annotation: source, outlet, date, codes, speaker, stance, the exact quote "
            "with context before and after, start, end, note and coder."
        ),
    ),
    (
        workbook_tables.SOURCES_SHEET,
        N_("One row per source with its metadata, coding status and fingerprint (SHA-256)."),
    ),
)

READING_NOTES = (
    (
        N_("Positions"),
        N_(
            "Start and End count Unicode code points of the source's plain text, end exclusive: "
            "the quote is exactly the characters from Start up to End. "
            "'parley text PROJECT SOURCE' prints that text."
        ),
    ),
    (
        N_("Exact text"),
        N_(
            "Every value is text exactly as in the source, never a formula, whatever it starts "
            "with (=, +, -, @). Characters a worksheet cannot hold are shown as symbols such as ␀ "
            "or �; a cell longer than Excel's 32,767 characters is cut and says so at its end."
        ),
    ),
    (
        N_("Coding status"),
        N_(
            "done: the source is fully coded, so an empty cell means “not reported”. "
            "in progress / to do: an empty cell may only mean “not coded yet”."
        ),
    ),
)


def _status_counts(comparison: Comparison) -> str:
    counts = Counter(s.status for s in comparison.sources)
    return ", ".join(f"{counts[status]} {gettext(status.label)}" for status in CodingStatus)


def _names(codes: tuple, comparison: Comparison, with_counts: bool = False) -> str:
    if not codes:
        return "—"
    total = len(comparison.sources)
    if with_counts:
        of = gettext("{name} ({count} of {total})")
        return "; ".join(
            of.format(name=c.name, count=comparison.condition_count(c.id), total=total)
            for c in codes
        )
    return "; ".join(c.name for c in codes)


def _reaction_summary(comparison: Comparison) -> str:
    if not comparison.reactions:
        return gettext("none coded")
    parts = []
    for stance, rows in comparison.reactions_by_stance().items():
        sides = Counter(r.side_label for r in rows)
        detail = ", ".join(f"{side} {n}" for side, n in sides.most_common())
        parts.append(f"{stance.name} {len(rows)} ({detail})")
    return f"{len(comparison.reactions)}: " + "; ".join(parts)


def write_summary(
    sheet: TableSheet,
    snapshot: ProjectSnapshot,
    comparison: Comparison,
    notes: list[str],
    guide: tuple[tuple[str, str], ...] = SHEET_GUIDE,
    *,
    more_facts: list[tuple[str, str]] | None = None,
) -> None:
    sources = comparison.sources
    chosen = {e.annotation_id for e in comparison.excerpts}
    links = sum(1 for link in snapshot.links if link.from_id in chosen)
    active = comparison.active_speakers()
    sheet.row([gettext("Parley comparison workbook")], [TITLE], height=30)
    sheet.row([snapshot.name], [SUBTITLE], height=20)
    sheet.row([])
    facts: list[tuple[str, str | int]] = [
        (N_("Project"), snapshot.name),
        (
            N_("Exported"),
            gettext("{when} UTC, by Parley {version}").format(
                when=now_iso()[:16].replace("T", " "), version=__version__
            ),
        ),
        (N_("Sources compared"), f"{len(sources)} ({_status_counts(comparison)})"),
        (N_("Excerpts (annotations)"), len(comparison.excerpts)),
        (N_("Conditions in the codebook"), len(comparison.conditions)),
        (N_("Reported by every source"), _names(comparison.reported_by_all(), comparison)),
        (N_("Reported by only some"), _names(comparison.reported_by_some(), comparison, True)),
        (N_("Reported by no source"), _names(comparison.reported_by_none(), comparison)),
        (
            N_("Speakers quoted"),
            gettext("{count} of {total} in the codebook").format(
                count=len(active), total=len(comparison.speakers)
            ),
        ),
        (N_("Reactions"), _reaction_summary(comparison)),
        (N_("Links (responds to)"), links),
        *(more_facts or []),
    ]
    for label, value in facts:
        sheet.row([gettext(label), value], [LABEL, VALUE])
    sheet.row([])
    sheet.row([gettext("What is in each sheet")], [SUBTITLE], height=20)
    for name, description in guide:
        sheet.row([gettext(name), gettext(description)], [LABEL, WRAPPED])
    sheet.row([])
    sheet.row([gettext("How to read it")], [SUBTITLE], height=20)
    for label, text in READING_NOTES:
        sheet.row([gettext(label), gettext(text)], [LABEL, WRAPPED])
    sheet.row(
        [gettext("“quote” [start–end]"), gettext("a source's wording of a condition")],
        [CellStyle(wrap=True, fill=REPORTED_FILL), MUTED],
    )
    sheet.row(
        [None, gettext("empty and white: not reported by a source whose coding is done")],
        [
            CellStyle(wrap=True),
            MUTED,
        ],
    )
    sheet.row(
        [None, gettext("empty and grey: not coded yet (the source's coding is not done)")],
        [CellStyle(wrap=True, fill=NOT_CODED_FILL), MUTED],
    )
    if notes:
        sheet.row([])
        sheet.row([gettext("Notes on this export")], [SUBTITLE], height=20)
        for note in notes:
            sheet.row([None, note], [None, WRAPPED])


def _notes(stats: dict[str, SheetStats]) -> list[str]:
    notes: list[str] = []
    for name, sheet_stats in stats.items():
        if sheet_stats.cut_cells:
            notes.append(
                gettext(
                    "{name}: {count} cell(s) were longer than Excel's 32,767 "
                    "characters and were cut; each says so at its end"
                ).format(name=name, count=sheet_stats.cut_cells)
            )
        if sheet_stats.replaced_cells:
            notes.append(
                gettext(
                    "{name}: {count} cell(s) held characters a worksheet "
                    "cannot store (control characters); they show as symbols such as ␀"
                ).format(name=name, count=sheet_stats.replaced_cells)
            )
        if sheet_stats.dropped_columns:
            notes.append(
                gettext(
                    "{name}: {count} source column(s) beyond Excel's 16,384 "
                    "columns were left out; export a subset of sources"
                ).format(name=name, count=sheet_stats.dropped_columns)
            )
        if sheet_stats.dropped_rows:
            notes.append(
                gettext(
                    "{name}: {count} row(s) beyond Excel's 1,048,576 rows were "
                    "left out; export a subset of sources, or CSV"
                ).format(name=name, count=sheet_stats.dropped_rows)
            )
    return notes


def _write_sheets(
    workbook: Workbook,
    snapshot: ProjectSnapshot,
    comparison: Comparison,
    steps: Steps,
    variants: VariantReport | None = None,
) -> list[str]:
    workbook.properties.title = gettext("{name} — comparison").format(name=snapshot.name)
    workbook.properties.creator = "Parley"
    workbook.properties.subject = gettext("Conditions, speakers and reactions by source")
    summary = TableSheet(
        workbook,
        SUMMARY_SHEET,
        [Column("", 28), Column("", 90)],
        table=False,
        tab_color="1F3A5F",
        landscape=False,
    )
    summary.sheet.sheet_view.showGridLines = False
    stats = {
        workbook_matrix.CONDITIONS_SHEET: workbook_matrix.write_conditions(
            workbook, comparison, steps
        ),
        workbook_matrix.SPEAKERS_SHEET: workbook_matrix.write_speakers(workbook, comparison, steps),
        workbook_tables.REACTIONS_SHEET: workbook_tables.write_reactions(
            workbook, comparison, steps
        ),
        workbook_tables.EXCERPTS_SHEET: workbook_tables.write_excerpts(workbook, comparison, steps),
        workbook_tables.SOURCES_SHEET: workbook_tables.write_sources(workbook, comparison, steps),
    }
    guide: tuple[tuple[str, str], ...] = SHEET_GUIDE
    if workbook_variants.has_variants(variants):
        assert variants is not None
        stats.update(workbook_variants.write_variant_sheets(workbook, variants, steps, snapshot))
        guide = (*guide, *workbook_variants.GUIDES)
    if workbook_agreement.has_agreement(snapshot):
        agreement = workbook_agreement.write_agreement(workbook, snapshot, steps)
        stats[workbook_agreement.AGREEMENT_SHEET] = agreement
        guide = (*guide, (workbook_agreement.AGREEMENT_SHEET, workbook_agreement.GUIDE))
    findings = outlet_findings(comparison)
    if workbook_outlets.has_outlet_groups(findings):
        sheet = workbook_outlets.OUTLET_GROUPS_SHEET
        stats[sheet] = workbook_outlets.write_outlet_groups(workbook, comparison, findings)
        guide = (*guide, (sheet, workbook_outlets.GUIDE))
    notes = _notes(stats)
    facts = workbook_outlets.summary_facts(findings)
    write_summary(summary, snapshot, comparison, notes, guide, more_facts=facts)
    summary.close()
    return notes


def _save(workbook: Workbook, path: Path) -> None:
    """openpyxl's ``save_workbook`` with a lighter compression level: zlib level 3 instead of
    6 compresses a big workbook about three times faster for a file about a quarter larger
    (50,000 annotations: 0.6 s and 11.7 MB instead of 1.6 s and 9.2 MB)."""
    workbook.properties.modified = datetime.now(UTC).replace(tzinfo=None)
    with ZipFile(path, "w", ZIP_DEFLATED, allowZip64=True, compresslevel=ZIP_LEVEL) as archive:
        ExcelWriter(workbook, archive).save()


def write_workbook(
    snapshot: ProjectSnapshot,
    path: Path,
    options: ExportOptions,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> list[str]:
    """Write the comparison workbook to ``path``; return notes for the user (cut cells,
    replaced characters). Raises :class:`~desktop_app.errors.Cancelled` when ``cancelled()``
    turns true."""
    steps = Steps(1, progress, cancelled)
    steps.report(N_("Comparing sources"))
    comparison = compare(snapshot, options.source_ids)
    steps.total = (
        len(comparison.conditions)
        + len(comparison.speakers)
        + len(comparison.reactions)
        + len(comparison.excerpts)
        + len(comparison.sources)
        + max(len(comparison.excerpts) // 4, 1)  # saving: compressing the sheets
        + (len(options.variants.groups) if options.variants else 0)
    )
    workbook = Workbook(write_only=True)
    try:
        notes = _write_sheets(workbook, snapshot, comparison, steps, options.variants)
        steps.report(N_("Saving the workbook"))
        _save(workbook, path)
    except BaseException:
        discard(workbook)
        raise
    steps.finish(N_("Saved"))
    log.info(
        "workbook: %d sources, %d excerpts, %d reactions",
        len(comparison.sources),
        len(comparison.excerpts),
        len(comparison.reactions),
    )
    return notes

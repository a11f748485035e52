"""The ``Variants`` and ``Quote mismatches`` sheets: how each source told it.

``Variants``: one row per wording of every variant group (a condition; a speaker's statement
told by two or more sources) — the reference wording first, then every other source's, with
the differences from the reference as text ("omits: within their administrative borders").
``Quote mismatches``: one row per pair of direct quotations of one speaker that differ inside
the quote, with the exact differences. The data is the export service's
:class:`~desktop_app.domain.variants.VariantReport`; this module only lays it out.
"""

from __future__ import annotations

from openpyxl.workbook import Workbook

from desktop_app.domain.dates import shown_date
from desktop_app.domain.variants import VariantGroup, VariantReport, Wording
from desktop_app.exporting.workbook_progress import Steps
from desktop_app.exporting.workbook_sheet import Column, SheetStats, TableSheet
from desktop_app.exporting.workbook_style import MUTED, NUMBER, QUOTE, WRAPPED, CellStyle
from desktop_app.i18n import N_, gettext

VARIANTS_SHEET = N_("Variants")
MISMATCHES_SHEET = N_("Quote mismatches")
REFERENCE = CellStyle(wrap=True, size=10, bold=True, fill="EAF1FB")
GUIDES = (
    (
        VARIANTS_SHEET,
        N_(
            "One row per wording of a condition, or of a speaker's statement told by two or more "
            "sources: the reference wording first (the earliest published, or the one pinned in "
            "the window), then each other source's, with its differences from the reference "
            "(omits / adds / changes). Wordings in another language, or telling another passage, "
            "stand beside it uncompared."
        ),
    ),
    (
        MISMATCHES_SHEET,
        N_(
            "One row per pair of direct quotations (inside quotation marks) of the same speaker "
            "whose words differ inside the quote: the earlier source's and the later one's, with "
            "the exact differences."
        ),
    ),
)


def has_variants(report: VariantReport | None) -> bool:
    """Whether the workbook gets the two sheets: some condition or statement is told by two or
    more of the exported sources (a quote mismatch needs two as well)."""
    return report is not None and bool(report.groups or report.mismatches)


def write_variant_sheets(
    workbook: Workbook, report: VariantReport, steps: Steps
) -> dict[str, SheetStats]:
    return {
        VARIANTS_SHEET: _write_variants(workbook, report, steps),
        MISMATCHES_SHEET: _write_mismatches(workbook, report),
    }


def _write_variants(workbook: Workbook, report: VariantReport, steps: Steps) -> SheetStats:
    columns = [
        Column(N_("Condition or statement"), 28, WRAPPED),
        Column(N_("Speaker"), 18, WRAPPED),
        Column(N_("Role"), 11),
        Column(N_("Source"), 28, WRAPPED),
        Column(N_("Outlet"), 18, WRAPPED),
        Column(N_("Groups"), 16, WRAPPED),
        Column(N_("Date"), 11),
        Column(N_("Language"), 9),
        Column(N_("Wording"), 60, QUOTE),
        Column(N_("Differences from the reference"), 48, WRAPPED),
        Column(N_("Start"), 8, NUMBER),
        Column(N_("End"), 8, NUMBER),
    ]
    sheet = TableSheet(workbook, VARIANTS_SHEET, columns, frozen_columns=1, tab_color="2E7D32")
    if not report.groups:
        none = gettext("No condition or statement is marked in two or more sources.")
        sheet.row([None, none], {1: MUTED})
        return sheet.close()
    for group in report.groups:
        role = gettext("reference (pinned)") if group.pinned else gettext("reference")
        sheet.row(_values(group, group.reference, role), {8: REFERENCE})
        for wording in group.wordings:
            sheet.row(_values(group, wording, _role(group, wording)))
        steps.advance("Variants")
    return sheet.close()


def _role(group: VariantGroup, wording: Wording) -> str:
    if wording.compared:
        return gettext("compared")
    if wording.language != group.reference.language:
        return gettext("other language")
    return gettext("other passage")


def _values(group: VariantGroup, wording: Wording, role: str) -> list[str | int | None]:
    speaker = group.speaker.split("/", 1)[-1] if group.speaker else ""
    if wording.differences:
        differences = wording.differences_text
    elif wording.compared:
        differences = gettext("same words")
    else:
        differences = ""
    return [
        group.label,
        speaker,
        role,
        wording.source,
        wording.outlet,
        "; ".join(wording.groups),
        shown_date(wording.published) if wording.published else "",
        wording.language,
        f"“{wording.quote}”",
        differences,
        wording.start,
        wording.end,
    ]


def _write_mismatches(workbook: Workbook, report: VariantReport) -> SheetStats:
    columns = [
        Column(N_("Speaker"), 20, WRAPPED),
        Column(N_("Earlier source"), 24, WRAPPED),
        Column(N_("Earlier outlet"), 16, WRAPPED),
        Column(N_("Earlier date"), 11),
        Column(N_("Earlier quote"), 48, QUOTE),
        Column(N_("Later source"), 24, WRAPPED),
        Column(N_("Later outlet"), 16, WRAPPED),
        Column(N_("Later date"), 11),
        Column(N_("Later quote"), 48, QUOTE),
        Column(N_("Differences"), 40, WRAPPED),
    ]
    sheet = TableSheet(workbook, MISMATCHES_SHEET, columns, frozen_columns=1, tab_color="C62828")
    if not report.mismatches:
        sheet.row([None, gettext("No two sources quote one speaker differently.")], {1: MUTED})
        return sheet.close()
    for mismatch in report.mismatches:
        first, second = mismatch.wordings
        sheet.row(
            [
                mismatch.speaker_name,
                first.source,
                first.outlet,
                shown_date(first.published) if first.published else "",
                f"“{first.quote}”",
                second.source,
                second.outlet,
                shown_date(second.published) if second.published else "",
                f"“{second.quote}”",
                mismatch.differences_text,
            ]
        )
    return sheet.close()

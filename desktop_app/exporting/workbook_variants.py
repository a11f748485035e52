"""The ``Variants`` and ``Quote mismatches`` sheets: how each source told it.

``Variants``: one row per wording of every variant group (a condition; a speaker's statement
told by two or more sources) — the reference wording first, then every other source's, with
the differences from the reference as text ("omits: within their administrative borders").
A condition's rows name each wording's speakers, so a speaker's statement on a condition is
not written out in full again (at newsroom scale that was every wording written twice): a
statement told against its condition's own reference has the condition's rows and
differences, and is not repeated; a statement with a reference of its own lists that
reference and the wordings compared with it — its wordings in another language or telling
another passage, which carry no differences, are the condition's rows naming the speaker.
(A statement answering an annotation is not a condition's: it is written whole.)
``Quote mismatches``: one row per pair of direct quotations of one speaker that differ inside
the quote, with the exact differences. The data is the export service's
:class:`~desktop_app.domain.variants.VariantReport`; this module only lays it out.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

from openpyxl.workbook import Workbook

from desktop_app.domain.dates import shown_date
from desktop_app.domain.model import CodeKind
from desktop_app.domain.outlet_coverage import code_path
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.domain.variants import GroupKind, VariantGroup, VariantReport, Wording
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
            "stand beside it uncompared. A condition's rows name each wording's speakers, so a "
            "speaker's statement on a condition lists only its own reference and the wordings "
            "compared with it (none when its reference is the condition's); filter the "
            "condition by Speaker for the rest."
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
    workbook: Workbook, report: VariantReport, steps: Steps, snapshot: ProjectSnapshot
) -> dict[str, SheetStats]:
    return {
        VARIANTS_SHEET: _write_variants(workbook, report, steps, speaker_names(snapshot)),
        MISMATCHES_SHEET: _write_mismatches(workbook, report),
    }


def speaker_names(snapshot: ProjectSnapshot) -> dict[int, str]:
    """Each annotation's speakers, by annotation id ("; " between names; none: no entry)."""
    codes = snapshot.codes_by_id
    speakers = {  # as a statement's rows name its speaker: the path below "Speakers"
        c.id: code_path(c, codes).split("/", 1)[-1]
        for c in snapshot.codes
        if c.kind == CodeKind.SPEAKER and not c.is_root
    }
    names: dict[int, str] = {}
    for row in snapshot.annotation_rows:
        found = [speakers[i] for i in row.code_ids if i in speakers]
        if found:
            names[row.id] = "; ".join(found)
    return names


def repeats_its_condition(group: VariantGroup, condition: VariantGroup | None) -> bool:
    """Whether ``group`` (a speaker's statement on a condition) is told against the condition
    group's own reference with the condition's wordings, so that its rows would repeat rows of
    the condition's (the same annotations, roles and differences)."""
    if (
        condition is None
        or group.key.kind != GroupKind.STATEMENT
        or group.key.target_id is not None
        or group.pinned
        or group.reference != condition.reference
    ):
        return False
    told = {w.annotation_id: w for w in condition.wordings}
    return all(told.get(w.annotation_id) == w for w in group.wordings)


def _write_variants(
    workbook: Workbook, report: VariantReport, steps: Steps, speakers: Mapping[int, str]
) -> SheetStats:
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
    conditions = {g.key.condition_id: g for g in report.groups if g.key.kind == GroupKind.CONDITION}
    for group in report.groups:
        condition = conditions.get(group.key.condition_id)
        if repeats_its_condition(group, condition):
            steps.advance("Variants")
            continue
        named = speakers if group.key.kind == GroupKind.CONDITION else None
        role = gettext("reference (pinned)") if group.pinned else gettext("reference")
        sheet.row(_values(group, group.reference, role, named, sheet.date), {8: REFERENCE})
        for wording in _written(group, condition):
            sheet.row(_values(group, wording, _role(group, wording), named, sheet.date))
        steps.advance("Variants")
    return sheet.close()


def _written(group: VariantGroup, condition: VariantGroup | None) -> tuple[Wording, ...]:
    """The wordings of ``group`` the sheet lists besides its reference: a statement on a
    condition lists those compared with its reference (the others are the condition's rows)."""
    if condition is None or group.key.kind != GroupKind.STATEMENT or group.key.target_id:
        return group.wordings
    return tuple(w for w in group.wordings if w.compared)


def _role(group: VariantGroup, wording: Wording) -> str:
    if wording.compared:
        return gettext("compared")
    if wording.language != group.reference.language:
        return gettext("other language")
    return gettext("other passage")


def _values(
    group: VariantGroup,
    wording: Wording,
    role: str,
    speakers: Mapping[int, str] | None,
    shown: Callable[[str], str],
) -> list[str | int | None]:
    if speakers is not None:  # a condition's wording: who said it
        speaker = speakers.get(wording.annotation_id, "")
    else:
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
        shown(wording.published) if wording.published else "",
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

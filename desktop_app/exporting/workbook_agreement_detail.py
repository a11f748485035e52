"""Below the ``Agreement`` sheet's table: agreement per source (the sources the coders differ on
most first) and every difference between their spans, one row per coder with their quote, so
the two versions of a passage sit one above the other.

The numbers are :func:`desktop_app.domain.agreement_detail.agreement_detail`'s, which
``parley agreement`` prints too (``--disagreements`` for the list).
"""

from __future__ import annotations

from desktop_app.domain.agreement import AgreementReport
from desktop_app.domain.agreement_detail import (
    DIFFERENCE_COLUMNS,
    agreement_detail,
    difference_rows,
    source_table,
)
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.exporting.workbook_progress import Steps
from desktop_app.exporting.workbook_sheet import TableSheet
from desktop_app.exporting.workbook_style import HEADER, MUTED, QUOTE, CellStyle
from desktop_app.i18n import N_, gettext

SECTION = CellStyle(bold=True, wrap=True, fill="EAF1FB")
BY_SOURCE_TITLE = N_("By source")
BY_SOURCE_NOTE = N_("the sources the coders differ on most (lowest αu) first")
DIFFERENCES_TITLE = N_("Differences")
DIFFERENCES_NOTE = N_(
    "spans one coder has and the other lacks, overlapping spans with different bounds or codes: "
    "one row per coder"
)
UNDEFINED = "—"


def write_agreement_detail(
    sheet: TableSheet, snapshot: ProjectSnapshot, report: AgreementReport, steps: Steps
) -> None:
    detail = agreement_detail(snapshot, report)
    width = len(sheet.columns)
    header, rows = source_table(detail, report.coders)
    sheet.row([None])
    sheet.row([gettext(BY_SOURCE_TITLE), gettext(BY_SOURCE_NOTE)], [SECTION, MUTED])
    sheet.row(list(header), [HEADER] * min(len(header), width))
    for row in rows:
        sheet.row([UNDEFINED if value is None else value for value in row])  # type: ignore[misc]
        steps.advance("Agreement")
    sheet.row([None])
    sheet.row([gettext(DIFFERENCES_TITLE), gettext(DIFFERENCES_NOTE)], [SECTION, MUTED])
    if not detail.differences:
        sheet.row([None, gettext("none: every coder marked the same spans with the same codes")])
        return
    headings = [gettext(name) for name in DIFFERENCE_COLUMNS]
    sheet.row(headings, [HEADER] * min(len(headings), width))
    titles = {s.id: s.title for s in snapshot.sources}
    names = {code.id: code.name for code in snapshot.codes}
    for pair in difference_rows(detail, titles, names):
        for row in pair:
            sheet.row(list(row), {1: QUOTE})  # type: ignore[arg-type]
        steps.advance("Agreement")

"""The ``Agreement`` sheet: intercoder agreement per kind and code, for projects coded by two or
more analysts.

The table is :func:`desktop_app.domain.agreement.agreement_table` of the exported snapshot,
so the numbers are those ``parley agreement`` prints for the same sources; undefined values
(nothing to compare) show as "—". When nothing is comparable, the report's notes say why.
"""

from __future__ import annotations

from openpyxl.workbook import Workbook

from desktop_app.domain.agreement import about_figures, agreement_table, snapshot_agreement
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.exporting.workbook_agreement_detail import write_agreement_detail
from desktop_app.exporting.workbook_progress import Steps
from desktop_app.exporting.workbook_sheet import Column, SheetStats, TableSheet
from desktop_app.exporting.workbook_style import MUTED, NUMBER, ROW_HEADER, WRAPPED, CellStyle
from desktop_app.i18n import N_, gettext

AGREEMENT_SHEET = N_("Agreement")
UNDEFINED = "—"
GUIDE = N_(
    "Intercoder agreement, one row per kind of code and per code: Krippendorff's alpha for "
    "unitized data (where the coders put their spans, over the sources every coder coded: "
    "marked something up in, or marked done — then no span means nothing found; the notes "
    "below the table name the sources left out) "
    "and Cohen's kappa and observed agreement on presence (did each coder use the code in a "
    "source), then spans per coder and kappa per pair of coders. “—”: nothing to compare."
)
RATIO = NUMBER  # full precision, as `parley agreement --json` gives it
KIND_ROW = CellStyle(bold=True, wrap=True, fill="EAF1FB")


def has_agreement(snapshot: ProjectSnapshot) -> bool:
    """Whether the workbook gets an ``Agreement`` sheet: two or more people (not the sample's
    or an imported project's coders) marked up the same sources."""
    return len(snapshot.people_coding_together) >= 2


def write_agreement(workbook: Workbook, snapshot: ProjectSnapshot, steps: Steps) -> SheetStats:
    steps.report(N_("Measuring intercoder agreement"))
    report = snapshot_agreement(snapshot, snapshot.people_coding_together)
    header, rows = agreement_table(report)
    fixed = 6  # Kind, Code, Sources, Alpha, Kappa, Agreement: then spans and pair kappas
    spans = fixed + len(report.coders)  # then the pairs' kappa (and Fleiss' kappa): ratios
    columns = [
        Column(header[0], 16, ROW_HEADER),
        Column(header[1], 28, WRAPPED),
        Column(header[2], 10, NUMBER),
        *(Column(name, 12, RATIO) for name in header[3:fixed]),
        *(Column(name, 12, NUMBER) for name in header[fixed:spans]),
        *(Column(name, 12, RATIO) for name in header[spans:]),
    ]
    sheet = TableSheet(
        workbook,
        AGREEMENT_SHEET,
        columns,
        frozen_columns=2,
        tab_color="7F6000",
    )
    if not report.comparable:
        for note in report.notes or (gettext("nothing to compare"),):
            sheet.row([None, note], [None, MUTED])
        return sheet.close()
    for row in rows:
        is_kind = row[1] == ""
        styles = {0: KIND_ROW, 1: KIND_ROW} if is_kind else None
        sheet.row([UNDEFINED if value is None else value for value in row], styles)  # type: ignore[misc]
        steps.advance("Agreement")
    for note in report.notes:
        sheet.row([None, note], [None, MUTED])
    write_about_figures(sheet)
    write_agreement_detail(sheet, snapshot, report, steps)
    return sheet.close()


ABOUT_TITLE = N_("About these figures")


def write_about_figures(sheet: TableSheet) -> None:
    """What each figure is (the same text as the window's "About these figures"): a heading
    in the first column, the explanation beside it."""
    sheet.row([None])
    sheet.row(
        [gettext(ABOUT_TITLE), gettext("what is computed, and how to read it")], [KIND_ROW, MUTED]
    )
    for heading, text in about_figures():
        sheet.row([heading, text], [ROW_HEADER, WRAPPED])

"""The workbook's ``Outlet groups`` sheet, the blindspots its Summary lists, and the outlet
line of the conditions matrix (see :mod:`desktop_app.domain.outlet_coverage`).

The sheet has three parts: the condition × outlet-group matrix ("2 of 3" fully coded outlets
and which), the blindspots the project's rule finds, and the first report of each condition with
every other outlet's lag. It is written only when some compared source belongs to an outlet
sorted into a group.
"""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook

from desktop_app.domain.comparison import Comparison
from desktop_app.domain.dates import shown_date
from desktop_app.domain.model import Source
from desktop_app.domain.outlet_coverage import OutletFindings
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.exporting.workbook_sheet import Column, SheetStats, TableSheet
from desktop_app.exporting.workbook_style import (
    HEADER,
    LABEL,
    MUTED,
    NOT_CODED_FILL,
    REPORTED_FILL,
    ROW_HEADER,
    SUBTITLE,
    WRAPPED,
    CellStyle,
)
from desktop_app.i18n import N_, N_plural, gettext, ngettext

OUTLET_GROUPS_SHEET = N_("Outlet groups")
GUIDE = N_(
    "Coverage by outlet group: for each condition, how many of each group's fully coded "
    "outlets (every source marked done) report it, and which; then the blindspots (reported "
    "by at least half of one group's fully coded outlets, by none of another group's) and, "
    "per condition, the outlet that reported it first and how much later the others did."
)
_REPORTED = CellStyle(wrap=True, fill=REPORTED_FILL)
_NO_CODED = CellStyle(wrap=True, fill=NOT_CODED_FILL)
_GROUP_WIDTH = 26


def has_outlet_groups(findings: OutletFindings) -> bool:
    return bool(findings.coverage.groups)


def outlet_line(snapshot: ProjectSnapshot, sources: Sequence[Source]) -> list[str] | None:
    """Each source's outlet with its groups ("TASS · Russian state media"), for a row of the
    conditions matrix; None when no source belongs to a grouped outlet (no row then)."""
    found = [snapshot.outlet_of(s) for s in sources]
    if not any(o is not None and o.groups for o in found):
        return None
    return [
        (f"{o.name} · {o.groups_text}" if o.groups else o.name) if o is not None else s.outlet
        for o, s in zip(found, sources, strict=True)
    ]


def summary_facts(findings: OutletFindings) -> list[tuple[str, str]]:
    """The Summary's lines on outlet groups: the blindspots (or that there are none)."""
    if not has_outlet_groups(findings):
        return []
    rule = findings.rule
    shown = "\n".join(b.text for b in findings.blindspots) or gettext("none")
    rule_text = gettext(
        "(rule: reported by at least {share} of one group's fully coded outlets, by none of "
        "another group with at least {least})"
    ).format(share=f"{rule.reported_share:.0%}", least=rule.min_coded)
    return [
        (N_("Outlet groups compared"), ", ".join(findings.coverage.groups)),
        (N_("Blindspots"), f"{shown}\n{rule_text}"),
    ]


def write_outlet_groups(
    workbook: Workbook, comparison: Comparison, findings: OutletFindings
) -> SheetStats:
    coverage = findings.coverage
    groups = coverage.groups
    count = max(2 + len(groups), 5)
    columns = [Column("", 34), Column("", 16)]
    columns += [Column("", _GROUP_WIDTH) for _ in range(count - 2)]
    sheet = TableSheet(workbook, OUTLET_GROUPS_SHEET, columns, table=False, tab_color="5B3A8E")

    def header(values: list[str]) -> None:
        sheet.row(values, [HEADER] * len(values))

    sheet.row([gettext("Coverage by outlet group")], [SUBTITLE], height=20)
    fully_coded = N_plural(
        "{group} ({coded} of {n} outlet fully coded)",
        "{group} ({coded} of {n} outlets fully coded)",
    )
    header(
        [
            gettext("Condition"),
            gettext("Category"),
            *(
                ngettext(*fully_coded, len(coverage.members[g])).format(
                    group=g, coded=len(coverage.coded[g])
                )
                for g in groups
            ),
        ]
    )
    for condition in coverage.conditions:
        values: list[str | None] = [condition.name, condition.category or None]
        styles: list[CellStyle | None] = [ROW_HEADER, WRAPPED]
        for group in groups:
            cell = coverage.cell(condition.id, group)
            partly = gettext("{outlet} (partly coded)")
            names = ", ".join((*cell.reporting, *(partly.format(outlet=o) for o in cell.partly)))
            values.append(f"{cell.text}: {names}" if names else cell.text)
            styles.append(
                _REPORTED if cell.k or cell.partly else (WRAPPED if cell.n else _NO_CODED)
            )
        sheet.row(values, styles)
    sheet.row([])
    sheet.row([gettext("Outlets in each group")], [SUBTITLE], height=20)
    not_coded = gettext("{outlet} (not fully coded)")
    for group in groups:
        coded = set(coverage.coded[group])
        members = [o if o in coded else not_coded.format(outlet=o) for o in coverage.members[group]]
        sheet.row([group, ", ".join(members)], [LABEL, WRAPPED])
    sheet.row([])
    sheet.row([gettext("Blindspots")], [SUBTITLE], height=20)
    if findings.blindspots:
        header(
            [
                gettext("Condition"),
                gettext("Reported by"),
                gettext("Outlets reporting"),
                gettext("Absent from"),
                gettext("Outlets (none)"),
            ]
        )
        for spot in findings.blindspots:
            sheet.row(
                [
                    spot.condition.name,
                    spot.reported_group,
                    gettext("{k} of {n}: {outlets}").format(
                        k=len(spot.reported_outlets),
                        n=spot.reported_of,
                        outlets=", ".join(spot.reported_outlets),
                    ),
                    spot.absent_group,
                    ", ".join(spot.absent_outlets),
                ],
                [ROW_HEADER, WRAPPED, WRAPPED, WRAPPED, WRAPPED],
            )
    else:
        sheet.row([None, gettext("No blindspot under the project's rule.")], [None, MUTED])
    sheet.row([])
    sheet.row([gettext("First reports")], [SUBTITLE], height=20)
    if findings.first_reports:
        header(
            [
                gettext("Condition"),
                gettext("First outlet"),
                gettext("Published"),
                gettext("Source"),
                gettext("Then"),
            ]
        )
        titles = {s.id: s.label for s in comparison.sources}
        for report in findings.first_reports:
            sheet.row(
                [
                    report.condition.name,
                    report.first.outlet,
                    shown_date(report.first.published),
                    titles.get(report.first.source_id, ""),
                    "; ".join(f"{o.outlet}: {o.lag}" for o in report.others) or None,
                ],
                [ROW_HEADER, WRAPPED, WRAPPED, WRAPPED, WRAPPED],
            )
    else:
        none = gettext("No reporting source gives a publication date.")
        sheet.row([None, none], [None, MUTED])
    return sheet.close()

"""Coverage by outlet group, blindspots and first reports — over a :class:`Comparison`, so the
window, the workbook and the command line count the same sources.

* **Coverage by group** — for each condition and each outlet group, which of the group's *fully
  coded* outlets report it: "2 of 3". An outlet is fully coded when every one of its compared
  sources is marked *done*: only then does a missing condition mean "not reported" rather than
  "not coded yet". An outlet not fully coded that reports the condition anyway is kept apart
  (:attr:`GroupCell.partly`), never counted in "k of n".
* **Blindspots** — a condition reported by at least half (:attr:`BlindspotRule.reported_share`)
  of one group's fully coded outlets and by none of another group's, that group having at least
  two (:attr:`BlindspotRule.min_coded`) fully coded outlets.
* **First reports** — per condition, the outlet whose source reporting it was published first,
  and how much later each other outlet's first such source was. Times are compared when both
  sides give one (a time without an offset is read as UTC); otherwise whole days; an outlet with
  no date comes last, its lag unknown.

A source belongs to the outlet its ``outlet`` field names (:class:`OutletIndex`); a source naming
no outlet the project records stands for itself in the timeline (under its outlet text or title)
and belongs to no group.

Everything here is pure: no Qt, no database, no I/O.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime
from typing import Any

from desktop_app.domain.comparison import Comparison
from desktop_app.domain.dates import NotADate, parse_date
from desktop_app.domain.model import Code, CodingStatus, Source
from desktop_app.domain.outlets import BlindspotRule, OutletIndex, outlet_key
from desktop_app.i18n import N_, gettext, ngettext

UNKNOWN_LAG = N_("date unknown")


@dataclass(frozen=True)
class GroupCell:
    """One condition in one outlet group."""

    reporting: tuple[str, ...]  # the group's fully coded outlets that report the condition
    coded: tuple[str, ...]  # the group's fully coded outlets (n)
    partly: tuple[str, ...]  # outlets of the group not fully coded that report it all the same

    @property
    def k(self) -> int:
        return len(self.reporting)

    @property
    def n(self) -> int:
        return len(self.coded)

    @property
    def share(self) -> float:
        return self.k / self.n if self.n else 0.0

    @property
    def text(self) -> str:
        """ "2 of 3", with "+1 partly coded" when such outlets report it; "–" when the group
        has no fully coded outlet and none reports it."""
        shown = gettext("{k} of {n}").format(k=self.k, n=self.n) if self.n else ""
        if self.partly:
            extra = gettext("+{count} partly coded").format(count=len(self.partly))
            shown = f"{shown} {extra}" if shown else extra
        return shown or "–"


@dataclass(frozen=True)
class GroupCoverage:
    """The condition × outlet-group matrix."""

    groups: tuple[str, ...]
    conditions: tuple[Code, ...]
    cells: Mapping[tuple[int, str], GroupCell]  # (condition id, group) → cell
    members: Mapping[str, tuple[str, ...]]  # group → its outlets among the compared sources
    coded: Mapping[str, tuple[str, ...]]  # group → its fully coded outlets

    def cell(self, condition_id: int, group: str) -> GroupCell:
        found = self.cells.get((condition_id, group))
        return found if found is not None else GroupCell((), self.coded.get(group, ()), ())


@dataclass(frozen=True)
class Blindspot:
    condition: Code
    reported_group: str
    reported_outlets: tuple[str, ...]  # its fully coded outlets that report the condition
    reported_of: int  # how many fully coded outlets that group has
    absent_group: str
    absent_outlets: tuple[str, ...]  # its fully coded outlets, none of which reports it

    @property
    def text(self) -> str:
        return ngettext(
            "{name}: reported by {count} of {n} {group} outlet, by none of {absent} {other}",
            "{name}: reported by {count} of {n} {group} outlets, by none of {absent} {other}",
            self.reported_of,
        ).format(
            name=self.condition.name,
            count=len(self.reported_outlets),
            group=self.reported_group,
            absent=len(self.absent_outlets),
            other=self.absent_group,
        )


@dataclass(frozen=True)
class Report:
    """One outlet's first source reporting a condition."""

    outlet: str
    source_id: int
    published: str  # as stored ("" when unknown)
    lag: str  # "" for the first report; "+3 h 20 min", "+2 days", "same day", "date unknown"
    lag_seconds: float | None  # None for the first, and when the lag is not known


@dataclass(frozen=True)
class FirstReport:
    condition: Code
    first: Report
    others: tuple[Report, ...]  # every other outlet reporting it, soonest first


@dataclass(frozen=True)
class OutletFindings:
    """Everything this module finds, computed together (what a view or an export asks for)."""

    coverage: GroupCoverage
    blindspots: tuple[Blindspot, ...]
    first_reports: tuple[FirstReport, ...]
    rule: BlindspotRule


def _by_name(names: set[str]) -> tuple[str, ...]:
    return tuple(sorted(names, key=lambda n: (outlet_key(n), n)))


def conditions_by_source(comparison: Comparison) -> dict[int, list[int]]:
    """Source id → the conditions it reports (from the matrix's cells, made by nobody)."""
    reported: dict[int, list[int]] = {}
    for condition_id, source_id in comparison.condition_cells:
        found = reported.get(source_id)
        if found is None:
            reported[source_id] = [condition_id]
        else:
            found.append(condition_id)
    return reported


def coverage_by_group(
    comparison: Comparison,
    outlets: OutletIndex,
    by_source: dict[int, list[int]] | None = None,
) -> GroupCoverage:
    """The condition × outlet-group matrix of the comparison's sources."""
    if by_source is None:
        by_source = conditions_by_source(comparison)
    done: dict[str, bool] = {}  # outlet name → every source of it done
    reports: dict[str, set[int]] = {}  # outlet name → conditions its sources report
    members: dict[str, set[str]] = {}
    for source in comparison.sources:
        outlet = outlets.of(source)
        if outlet is None or not outlet.groups:
            continue
        name = outlet.name
        done[name] = done.get(name, True) and source.status == CodingStatus.DONE
        reports.setdefault(name, set()).update(by_source.get(source.id, ()))
        for group in outlet.groups:
            members.setdefault(group, set()).add(name)
    groups = tuple(sorted(members, key=lambda g: (outlet_key(g), g)))
    coded = {g: _by_name({o for o in members[g] if done[o]}) for g in groups}
    cells: dict[tuple[int, str], GroupCell] = {}
    for condition in comparison.conditions:
        for group in groups:
            reporting = {o for o in members[group] if condition.id in reports[o]}
            if not reporting:
                continue
            cells[(condition.id, group)] = GroupCell(
                reporting=_by_name({o for o in reporting if done[o]}),
                coded=coded[group],
                partly=_by_name({o for o in reporting if not done[o]}),
            )
    return GroupCoverage(
        groups=groups,
        conditions=comparison.conditions,
        cells=cells,
        members={g: _by_name(members[g]) for g in groups},
        coded=coded,
    )


def find_blindspots(
    coverage: GroupCoverage, rule: BlindspotRule | None = None
) -> tuple[Blindspot, ...]:
    """Every (condition, reporting group, silent group) the rule finds, in condition order."""
    rule = rule or BlindspotRule()
    found: list[Blindspot] = []
    for condition in coverage.conditions:
        cells = {g: coverage.cell(condition.id, g) for g in coverage.groups}
        loud = [
            g for g, c in cells.items() if c.n and c.k and c.share >= rule.reported_share - 1e-9
        ]
        silent = [g for g, c in cells.items() if c.n >= rule.min_coded and not c.k and not c.partly]
        for reported in loud:
            for absent in silent:
                found.append(
                    Blindspot(
                        condition=condition,
                        reported_group=reported,
                        reported_outlets=cells[reported].reporting,
                        reported_of=cells[reported].n,
                        absent_group=absent,
                        absent_outlets=cells[absent].coded,
                    )
                )
    return tuple(found)


@dataclass(frozen=True)
class Moment:
    at: datetime  # the start of what is known, in UTC
    timed: bool  # to the minute (else a whole day)


def moment_of(published: str) -> Moment | None:
    """When a stored publication date places a source; None without a day."""
    try:
        iso = parse_date(published.strip()) if published.strip() else ""
    except NotADate:
        return None
    if len(iso) < 10:
        return None
    if "T" not in iso:
        day = date.fromisoformat(iso[:10])
        return Moment(datetime(day.year, day.month, day.day, tzinfo=UTC), timed=False)
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return Moment(moment.astimezone(UTC), timed=True)


def lag_text(first: Moment, later: Moment) -> tuple[str, float]:
    """How much later ``later`` is than ``first``: to the minute when both give a time, else
    in whole days."""
    if first.timed and later.timed:
        seconds = (later.at - first.at).total_seconds()
        minutes = int(seconds // 60)
        if minutes <= 0:
            return gettext("same time"), seconds
        days, rest = divmod(minutes, 24 * 60)
        hours, mins = divmod(rest, 60)
        parts = [gettext("{n} d").format(n=days)] if days else []
        parts += [gettext("{n} h").format(n=hours)] if hours else []
        parts += [gettext("{n} min").format(n=mins)] if mins and not days else []
        return "+" + " ".join(parts), seconds
    days = (later.at.date() - first.at.date()).days
    if days <= 0:
        return gettext("same day"), 0.0
    return "+" + ngettext("{n} day", "{n} days", days), days * 86400.0


def first_reports(
    comparison: Comparison,
    outlets: OutletIndex,
    by_source: dict[int, list[int]] | None = None,
) -> tuple[FirstReport, ...]:
    """For each condition some source reports, the outlets in the order they reported it."""
    if by_source is None:
        by_source = conditions_by_source(comparison)
    moments: dict[int, Moment | None] = {}
    parsed: dict[str, Moment | None] = {}
    # condition id → outlet name → (order, its earliest source reporting it)
    earliest: dict[int, dict[str, tuple[tuple[int, datetime, int, int], Source]]] = {}
    names: dict[int, str] = {}
    for source in comparison.sources:
        conditions = by_source.get(source.id)
        if not conditions:
            continue
        outlet = outlets.of(source)
        name = names[source.id] = (
            outlet.name if outlet is not None else source.outlet.strip() or source.label
        )
        published = source.published
        if published not in parsed:
            parsed[published] = moment_of(published)
        moment = moments[source.id] = parsed[published]
        order = (
            (0, moment.at, 0 if moment.timed else 1, source.id)
            if moment
            else (1, datetime.min, 0, source.id)
        )
        held = (order, source)
        for condition_id in conditions:
            per_outlet = earliest.get(condition_id)
            if per_outlet is None:
                per_outlet = earliest[condition_id] = {}
            current = per_outlet.get(name)
            if current is None or order < current[0]:
                per_outlet[name] = held

    found: list[FirstReport] = []
    for condition in comparison.conditions:
        reporting = earliest.get(condition.id)
        if not reporting:
            continue
        ordered = [
            source
            for _, _, source in sorted(
                (order[:3], names[source.id], source) for order, source in reporting.values()
            )
        ]
        head = ordered[0]
        head_moment = moments[head.id]
        if head_moment is None:
            continue  # no date at all: nothing to say who was first
        others = []
        for source in ordered[1:]:
            moment = moments[source.id]
            lag, seconds = lag_text(head_moment, moment) if moment else (gettext(UNKNOWN_LAG), None)
            others.append(Report(names[source.id], source.id, source.published, lag, seconds))
        found.append(
            FirstReport(
                condition=condition,
                first=Report(names[head.id], head.id, head.published, "", None),
                others=tuple(others),
            )
        )
    return tuple(found)


def outlet_findings(comparison: Comparison, rule: BlindspotRule | None = None) -> OutletFindings:
    """Coverage by group, blindspots and first reports of ``comparison``'s sources, with the
    snapshot's outlets and (unless ``rule`` is given) its blindspot rule."""
    snapshot = comparison.snapshot
    rule = rule or snapshot.blindspot_rule
    by_source = conditions_by_source(comparison)
    coverage = coverage_by_group(comparison, snapshot.outlet_index, by_source)
    return OutletFindings(
        coverage=coverage,
        blindspots=find_blindspots(coverage, rule),
        first_reports=first_reports(comparison, snapshot.outlet_index, by_source),
        rule=rule,
    )


def code_path(code: Code, codes_by_id: Mapping[int, Code]) -> str:
    """ "Conditions/Withdrawal from four regions": the code's names from its root down."""
    names = [code.name]
    seen = {code.id}
    parent = code.parent_id
    while parent is not None and parent in codes_by_id and parent not in seen:
        seen.add(parent)
        found = codes_by_id[parent]
        names.append(found.name)
        parent = found.parent_id
    return "/".join(reversed(names))


def findings_as_json(findings: OutletFindings, codes_by_id: Mapping[int, Code]) -> dict[str, Any]:
    """The blindspots and first reports as ``parley compare --variants --json`` gives them:
    ``{"blindspots": [{"condition", "reported_by": {"group", "outlets"}, "absent_from":
    {"group", "outlets"}}], "first_reports": [{"condition", "source", "outlet", "published",
    "others": [{"outlet", "source", "published", "lag"}]}]}``."""
    return {
        "blindspots": [
            {
                "condition": code_path(b.condition, codes_by_id),
                "reported_by": {"group": b.reported_group, "outlets": list(b.reported_outlets)},
                "absent_from": {"group": b.absent_group, "outlets": list(b.absent_outlets)},
            }
            for b in findings.blindspots
        ],
        "first_reports": [
            {
                "condition": code_path(f.condition, codes_by_id),
                "source": f.first.source_id,
                "outlet": f.first.outlet,
                "published": f.first.published,
                "others": [
                    {
                        "outlet": o.outlet,
                        "source": o.source_id,
                        "published": o.published,
                        "lag": o.lag,
                    }
                    for o in f.others
                ],
            }
            for f in findings.first_reports
        ],
    }

"""Where coders disagree: agreement per source, and the spans they differ on.

The summary in :mod:`desktop_app.domain.agreement` says *how much* the coders agree; this says
*where*, so an analyst can see which sources the coders differ on most and read the spans side
by side:

- **per source**: αu on that source alone (all codes pooled as categories), and Cohen's kappa
  and observed agreement on which codes each coder used there (mean over pairs of coders);
- **differences**, for each pair of coders on each source both coded, code by code (a coder's
  overlapping spans of one code are one unit, as for αu): a span one coder has and the other
  lacks (*only one*), spans of one code that overlap with different bounds (*bounds*), and a span
  one coder gave one code where the other gave an overlapping span another (*codes*).

Only the sources αu compares (every coder coded them) are looked at. Pure functions.
"""

from __future__ import annotations

import itertools
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from desktop_app.domain.agreement import (
    AgreementReport,
    Continuum,
    Unit,
    cohen_kappa,
    column_title,
    merge_units,
    pooled,
    unitized_disagreement,
)
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.i18n import N_, gettext

ONLY = N_("only one coder")
BOUNDS = N_("different bounds")
CODES = N_("different codes")


@dataclass(frozen=True)
class SourceAgreement:
    source_id: int
    title: str
    alpha_u: float | None  # all codes pooled, on this source alone
    kappa: float | None  # presence of each code, mean over pairs of coders
    agreement: float | None
    differences: int
    spans: Mapping[str, int] = field(default_factory=dict)  # coder → units on this source


@dataclass(frozen=True)
class Side:
    """One coder's side of a difference: a unit of one code."""

    start: int
    end: int
    code_id: int
    quote: str


@dataclass(frozen=True)
class SpanDifference:
    source_id: int
    what: str  # ONLY, BOUNDS or CODES
    first_coder: str
    second_coder: str
    first: Side | None  # None: the first coder has nothing here
    second: Side | None

    @property
    def position(self) -> int:
        return min(s.start for s in (self.first, self.second) if s is not None)

    def describe(self) -> str:
        if self.what == ONLY:
            coder = self.first_coder if self.first is not None else self.second_coder
            return gettext("only {coder}").format(coder=coder)
        return gettext(self.what)


@dataclass(frozen=True)
class AgreementDetail:
    by_source: tuple[SourceAgreement, ...]  # lowest αu first (the sources differed on most)
    differences: tuple[SpanDifference, ...]  # in source order, then text order


def _overlap(a: Unit, b: Unit) -> bool:
    return a[0] < b[1] and b[0] < a[1]


CoderUnits = Mapping[int, tuple[Unit, ...]]  # code → merged units of one coder on one source


def pair_differences(
    first: CoderUnits, second: CoderUnits
) -> list[tuple[str, tuple[int, Unit] | None, tuple[int, Unit] | None]]:
    """How two coders' units on one source differ: (what, first's (code, unit) or None,
    second's (code, unit) or None), in text order. Identical units are not differences."""
    only_first: list[tuple[int, Unit]] = []
    only_second: list[tuple[int, Unit]] = []
    found: list[tuple[str, tuple[int, Unit] | None, tuple[int, Unit] | None]] = []
    for code_id in sorted(set(first) | set(second)):
        mine, theirs = first.get(code_id, ()), second.get(code_id, ())
        for unit in mine:
            meeting = [other for other in theirs if _overlap(unit, other)]
            if not meeting:
                only_first.append((code_id, unit))
            for other in meeting:
                if other != unit:
                    found.append((BOUNDS, (code_id, unit), (code_id, other)))
        only_second.extend(
            (code_id, other) for other in theirs if not any(_overlap(unit, other) for unit in mine)
        )
    # A span one coder coded X where the other coded an overlapping span Y (and not X): one
    # difference of codes, rather than two of "only".
    unmatched = list(only_second)
    for mine_item in only_first:
        partner = next((o for o in unmatched if _overlap(mine_item[1], o[1])), None)
        if partner is None:
            found.append((ONLY, mine_item, None))
        else:
            unmatched.remove(partner)
            found.append((CODES, mine_item, partner))
    found.extend((ONLY, None, item) for item in unmatched)
    found.sort(key=lambda f: min(side[1] for side in f[1:] if side is not None))
    return found


def agreement_detail(snapshot: ProjectSnapshot, report: AgreementReport) -> AgreementDetail:
    """Per-source agreement and the differences, for the coders and sources of ``report``."""
    coders = report.coders
    sources = set(report.source_ids)
    code_ids = [row.code_id for row in report.rows if row.code_id is not None]
    wanted = set(code_ids)
    spans: dict[tuple[str, int], dict[int, list[Unit]]] = {}
    for annotation in snapshot.annotations:
        if annotation.coder not in coders or annotation.source_id not in sources:
            continue
        for code_id in annotation.code_ids:
            if code_id in wanted:
                spans.setdefault((annotation.coder, annotation.source_id), {}).setdefault(
                    code_id, []
                ).append((annotation.start, annotation.end))
    units: dict[tuple[str, int], dict[int, tuple[Unit, ...]]] = {
        key: {code_id: merge_units(found) for code_id, found in by_code.items()}
        for key, by_code in spans.items()
    }
    titles = {s.id: s.title for s in snapshot.sources}
    lengths = {s.id: s.characters for s in snapshot.sources}
    order = {s.id: index for index, s in enumerate(snapshot.sources)}
    rows: list[SourceAgreement] = []
    differences: list[SpanDifference] = []
    for source_id in sorted(sources, key=lambda s: order.get(s, 0)):
        text = snapshot.texts.get(source_id, "")
        mine = {coder: units.get((coder, source_id), {}) for coder in coders}

        def side(item: tuple[int, Unit] | None, text: str = text) -> Side | None:
            if item is None:
                return None
            code_id, (start, end) = item
            return Side(start, end, code_id, text[start:end])

        here: list[SpanDifference] = []
        kappas: list[float | None] = []
        agreements: list[float | None] = []
        for a, b in itertools.combinations(coders, 2):
            for what, left, right in pair_differences(mine[a], mine[b]):
                here.append(SpanDifference(source_id, what, a, b, side(left), side(right)))
            judged = cohen_kappa([(c in mine[a], c in mine[b]) for c in code_ids])
            kappas.append(judged.kappa)
            agreements.append(judged.agreement)
        alpha = pooled(
            unitized_disagreement(
                [
                    Continuum(
                        lengths.get(source_id, len(text)),
                        tuple(mine[coder].get(code_id, ()) for coder in coders),
                    )
                ]
            )
            for code_id in code_ids
        ).alpha
        rows.append(
            SourceAgreement(
                source_id,
                titles.get(source_id, ""),
                alpha,
                _mean(kappas),
                _mean(agreements),
                len(here),
                {coder: sum(len(u) for u in mine[coder].values()) for coder in coders},
            )
        )
        differences.extend(sorted(here, key=lambda d: d.position))
    rows.sort(key=lambda r: (r.alpha_u is None, r.alpha_u if r.alpha_u is not None else 0.0))
    return AgreementDetail(tuple(rows), tuple(differences))


def _mean(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


# -- as tables, for the workbook and the command line ----------------------------------------

SOURCE_COLUMNS = (
    N_("Source"),
    N_("Title"),
    N_("Differences"),
    N_("Alpha (unitized)"),
    N_("Kappa (presence)"),
)
# Coder and quote first: in the workbook they fall in the sheet's wide columns.
DIFFERENCE_COLUMNS = (
    N_("Coder"),
    N_("Quote"),
    N_("Start"),
    N_("End"),
    N_("Code"),
    N_("Difference"),
    N_("Source"),
    N_("Title"),
)


def source_table(
    detail: AgreementDetail, coders: Sequence[str]
) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """Per-source agreement as header and rows: the sources differed on most first."""
    header = (
        *(column_title(name) for name in SOURCE_COLUMNS),
        column_title("Agreement"),
        *(gettext("Spans: {coder}").format(coder=coder) for coder in coders),
    )
    rows: list[tuple[object, ...]] = [
        (
            r.source_id,
            r.title,
            r.differences,
            r.alpha_u,
            r.kappa,
            r.agreement,
            *(r.spans.get(coder, 0) for coder in coders),
        )
        for r in detail.by_source
    ]
    return header, rows


def difference_rows(
    detail: AgreementDetail, titles: Mapping[int, str], code_names: Mapping[int, str]
) -> list[list[tuple[object, ...]]]:
    """Each difference as two rows, one per coder (the side a coder lacks: no code, no quote),
    columns as :data:`DIFFERENCE_COLUMNS`."""
    out: list[list[tuple[object, ...]]] = []
    for d in detail.differences:
        pair: list[tuple[object, ...]] = []
        for coder, found in ((d.first_coder, d.first), (d.second_coder, d.second)):
            pair.append(
                (
                    coder,
                    found.quote if found else "",
                    found.start if found else None,
                    found.end if found else None,
                    code_names.get(found.code_id, "") if found else "",
                    d.describe(),
                    d.source_id,
                    titles.get(d.source_id, ""),
                )
            )
        out.append(pair)
    return out

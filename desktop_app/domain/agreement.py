"""Intercoder agreement: how far analysts who marked up the same sources agree.

Two measures, per kind of code and per code:

- **Krippendorff's alpha for unitized data** (αu; Krippendorff 1995, *On the reliability of
  unitizing contiguous data*; 2004, *Content Analysis*, 2nd ed., ch. 12) compares *where* each
  coder put spans with a code, character by character, chance-corrected. Each source's text is
  a continuum; a code's spans by one coder are its units and the rest are gaps. Several sources
  are several continua: their observed disagreements add up, and the expected disagreement is
  computed over all their units and gaps (a gap never runs from one source into the next). With
  one source this is exactly the published αu (tested against Krippendorff's own example).
  A kind's αu pools its codes as categories (sum of observed over sum of expected disagreement).
- **Cohen's kappa on presence**: for each source both coders marked up, did each use the code
  at all? Kappa over those yes/no pairs, per pair of coders; with more than two coders, the mean
  over pairs (Light's kappa). A kind pools (source, code) pairs of all its codes.

Which sources count: αu needs the same coders on every continuum, so it uses the sources that
*every* compared coder coded. A coder coded a source when they marked something up in it, or
when the source is declared coded for them — "coded, nothing found": in a project, a source
whose coding status is *done* counts as coded by everyone, and a coder with no span there is an
empty continuum (all gap). A source some coders coded and others did not is left out, and the
report says which and why (:attr:`AgreementReport.left_out`, and a note each), never silently.
Kappa uses, for each pair, the sources both coded. Offsets are code points, as everywhere in
Parley. Pure functions: no database, no Qt.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from desktop_app.domain.model import Code, CodeKind, CoderOrigin, CodingStatus
from desktop_app.errors import NotFound
from desktop_app.i18n import N_, gettext, ngettext, pgettext

if TYPE_CHECKING:  # the snapshot asks this module who is compared: a run-time import would loop
    from desktop_app.domain.snapshot import ProjectSnapshot

Unit = tuple[int, int]  # [start, end) in code points


# -- who is compared ------------------------------------------------------------------------


def people_coding_together(
    marked: Iterable[tuple[str, int]], origins: Mapping[str, CoderOrigin]
) -> list[str]:
    """The people (not the sample's or an imported project's coders) who share at least one
    source with another person, by name, from (coder, source id) pairs of their annotations.
    Agreement is shown only when this holds two or more: a solo analyst on the sample project
    is not compared with the sample's mark-up."""
    coders_of: dict[int, set[str]] = {}
    for coder, source_id in marked:
        if origins.get(coder, CoderOrigin.PERSON) is CoderOrigin.PERSON:
            coders_of.setdefault(source_id, set()).add(coder)
    together: set[str] = set()
    for coders in coders_of.values():
        if len(coders) >= 2:
            together |= coders
    return sorted(together)


# -- Krippendorff's alpha for unitized data ---------------------------------------------------


@dataclass(frozen=True)
class Continuum:
    """One stretch of text (a source) with each coder's units of one category on it: units of
    one coder do not overlap (see :func:`merge_units`)."""

    length: int
    units: tuple[tuple[Unit, ...], ...]  # one tuple per coder, same coder order everywhere


@dataclass(frozen=True)
class Disagreement:
    observed: float
    expected: float

    @property
    def alpha(self) -> float | None:
        """1 − Do/De; None when there is no expected disagreement — nothing was marked, or
        every coder marked each whole continuum as one unit (DKPro Agreement reports 0 there;
        0/0 is undefined, as κ without variation is)."""
        if self.expected <= 0:
            return None
        return 1.0 - self.observed / self.expected


def merge_units(spans: Iterable[Unit]) -> tuple[Unit, ...]:
    """One coder's spans of one code as αu wants them: overlapping or nested spans become one
    unit (adjacent ones stay two), in text order."""
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if end <= start:
            continue
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return tuple((s, e) for s, e in merged)


def _segments(length: int, units: Sequence[Unit]) -> list[tuple[int, int, bool]]:
    """The continuum cut into (start, end, is_unit) pieces: units and the gaps between."""
    pieces: list[tuple[int, int, bool]] = []
    position = 0
    for start, end in units:
        if start > position:
            pieces.append((position, start, False))
        pieces.append((start, end, True))
        position = end
    if position < length:
        pieces.append((position, length, False))
    return pieces


def _distance(a: tuple[int, int, bool], b: tuple[int, int, bool]) -> int:
    """Krippendorff's δ² (2004, §12.4) between a segment of one coder and one of another.

    With ``b`` a segment's beginning, ``l`` its length and ``w`` whether it is a unit:

    - two units that overlap (−l_a < b_a − b_b < l_b): (b_a − b_b)² + (e_a − e_b)², the squared
      differences of their beginnings and ends;
    - a unit that lies wholly inside the other coder's gap: the unit's length squared;
    - anything else — units that only touch, a unit that straddles a gap's edge, two gaps: 0.
    """
    (a_start, a_end, a_unit), (b_start, b_end, b_unit) = a, b
    a_length, b_length = a_end - a_start, b_end - b_start
    offset = a_start - b_start
    if a_unit and b_unit:
        if -a_length < offset < b_length:
            return offset**2 + (a_end - b_end) ** 2
        return 0
    if a_unit and not b_unit and 0 <= offset <= b_length - a_length:
        return a_length**2
    if b_unit and not a_unit and 0 <= -offset <= a_length - b_length:
        return b_length**2
    return 0


def _pair_disagreement(length: int, first: Sequence[Unit], second: Sequence[Unit]) -> int:
    """Σ δ² over every pair of segments (one of each coder) on one continuum.

    δ² is zero unless the two segments share at least one position, and each coder's segments
    tile the continuum, so a sweep that visits exactly the pairs sharing a position visits every
    pair that counts: step past whichever segment ends first, and past *both* when they end at
    the same offset (the next two then start together; neither has anything left to meet the
    other's finished segment). The result is symmetric in the coders."""
    one, two = _segments(length, first), _segments(length, second)
    total = 0
    i = j = 0
    while i < len(one) and j < len(two):
        total += _distance(one[i], two[j])
        end_one, end_two = one[i][1], two[j][1]
        if end_one <= end_two:
            i += 1
        if end_two <= end_one:
            j += 1
    return total


def unitized_disagreement(continua: Sequence[Continuum]) -> Disagreement:
    """Observed and expected disagreement of one category over some continua (αu's Do, De)."""
    if not continua:
        return Disagreement(0.0, 0.0)
    coders = len(continua[0].units)
    total_length = sum(c.length for c in continua)
    if coders < 2 or total_length <= 0:
        return Disagreement(0.0, 0.0)
    observed = 0
    for continuum in continua:
        for a, b in itertools.combinations(range(coders), 2):
            observed += _pair_disagreement(continuum.length, continuum.units[a], continuum.units[b])
    do = 2.0 * observed / (coders * (coders - 1) * total_length**2)

    lengths = [e - s for c in continua for units in c.units for s, e in units]
    gaps = sorted(
        (
            end - start
            for c in continua
            for units in c.units
            for start, end, is_unit in _segments(c.length, units)
            if not is_unit
        ),
        reverse=True,
    )
    n = len(lengths)
    if n == 0:
        return Disagreement(do, 0.0)
    placements = 0.0
    for length in lengths:
        within_units = (n - 1) * (2 * length**3 - 3 * length**2 + length) / 3
        fits = 0
        for gap in gaps:
            if gap < length:
                break
            fits += gap - length + 1
        placements += within_units + length**2 * fits
    squared = sum(length * (length - 1) for length in lengths)
    mass = coders * total_length
    denominator = mass * (mass - 1) - squared
    de = placements * 2.0 / total_length / denominator if denominator > 0 else 0.0
    return Disagreement(do, de)


def pooled(parts: Iterable[Disagreement]) -> Disagreement:
    """Several categories as one coefficient: summed observed over summed expected."""
    observed = expected = 0.0
    for part in parts:
        observed += part.observed
        expected += part.expected
    return Disagreement(observed, expected)


# -- Cohen's kappa --------------------------------------------------------------------------


@dataclass(frozen=True)
class Kappa:
    kappa: float | None  # None when chance agreement is total (both coders never vary)
    agreement: float | None  # observed proportion of agreement; None without items
    items: int


def cohen_kappa(pairs: Sequence[tuple[bool, bool]]) -> Kappa:
    """Cohen's kappa for two coders' yes/no judgements of the same items."""
    n = len(pairs)
    if n == 0:
        return Kappa(None, None, 0)
    observed = sum(1 for a, b in pairs if a == b) / n
    first = sum(1 for a, _ in pairs if a) / n
    second = sum(1 for _, b in pairs if b) / n
    chance = first * second + (1 - first) * (1 - second)
    if chance >= 1.0:
        return Kappa(None, observed, n)
    return Kappa((observed - chance) / (1 - chance), observed, n)


def fleiss_kappa(items: Sequence[Sequence[bool]]) -> float | None:
    """Fleiss' kappa (Fleiss 1971) for yes/no judgements: one row per item, one judgement per
    coder, every row with the same number of coders (at least two). None when chance agreement
    is total (nobody ever varies) or there is nothing to judge."""
    if not items:
        return None
    raters = len(items[0])
    if raters < 2 or any(len(item) != raters for item in items):
        raise ValueError("every item needs the same number of judgements, at least two")
    agreement_sum = 0.0
    yes_total = 0
    for item in items:
        yes = sum(item)
        no = raters - yes
        agreement_sum += (yes * (yes - 1) + no * (no - 1)) / (raters * (raters - 1))
        yes_total += yes
    observed = agreement_sum / len(items)
    share_yes = yes_total / (len(items) * raters)
    chance = share_yes**2 + (1 - share_yes) ** 2
    if chance >= 1:
        return None
    return (observed - chance) / (1 - chance)


# -- a project's agreement --------------------------------------------------------------------


@dataclass(frozen=True)
class CodedSpan:
    """One coder's span with one code (an annotation with two codes is two of these)."""

    coder: str
    source_id: int
    start: int
    end: int
    code_id: int


@dataclass(frozen=True)
class PairAgreement:
    first: str
    second: str
    kappa: float | None
    agreement: float | None
    sources: int  # items: sources both coded (times codes, for a kind)


@dataclass(frozen=True)
class AgreementRow:
    """Agreement on one kind (``code_id`` None) or one code."""

    kind: CodeKind
    code_id: int | None
    name: str
    alpha_u: float | None
    kappa: float | None  # Cohen's kappa (two coders) or the mean over pairs
    agreement: float | None  # observed agreement on presence, mean over pairs
    sources: int  # sources in αu (marked up by every coder)
    spans: Mapping[str, int] = field(default_factory=dict)  # coder → spans with this code
    pairs: tuple[PairAgreement, ...] = ()
    # Fleiss' kappa over all coders at once (three or more), on the sources every one coded:
    # offered beside Light's mean of the pairs' Cohen's kappas.
    fleiss: float | None = None

    @property
    def is_kind(self) -> bool:
        return self.code_id is None


@dataclass(frozen=True)
class LeftOut:
    """A source some compared coders coded and others did not: not in αu."""

    source_id: int
    not_coded_by: tuple[str, ...]  # the coders with nothing in it, and not declared coded
    title: str = ""

    @property
    def reason(self) -> str:
        who = ", ".join(self.not_coded_by)
        return gettext("{who} marked nothing in it and it is not marked done").format(who=who)

    def note(self) -> str:
        name = (
            gettext("“{title}” (#{id})").format(title=self.title, id=self.source_id)
            if self.title
            else gettext("source #{id}").format(id=self.source_id)
        )
        return gettext(
            "{name} left out: {reason} — set its coding status to done to count it "
            "as coded, nothing found"
        ).format(name=name, reason=self.reason)


@dataclass(frozen=True)
class AgreementReport:
    coders: tuple[str, ...]
    source_ids: tuple[int, ...]  # the sources every coder coded (αu's)
    rows: tuple[AgreementRow, ...]
    notes: tuple[str, ...] = ()
    left_out: tuple[LeftOut, ...] = ()  # sources only some coders coded
    declared: tuple[int, ...] = ()  # of source_ids, those counted as coded by a declaration

    @property
    def comparable(self) -> bool:
        return len(self.coders) >= 2 and any(p.sources for r in self.rows for p in r.pairs)


KIND_ORDER = (CodeKind.CONDITION, CodeKind.SPEAKER, CodeKind.REACTION, CodeKind.OTHER)


LEFT_OUT_NOTES = 20  # notes naming left-out sources; the rest are counted in one more note


def compute_agreement(
    spans: Iterable[CodedSpan],
    lengths: Mapping[int, int],
    codes: Sequence[Code],
    coders: Sequence[str] | None = None,
    *,
    coded: Iterable[int] = (),
    titles: Mapping[int, str] | None = None,
) -> AgreementReport:
    """Agreement between ``coders`` (default: everyone with spans) on every kind and code.

    ``lengths`` gives each source's length in code points; ``codes`` is the codebook (roots
    are not categories: nobody codes with them). ``coded`` are sources declared coded by every
    coder ("coded, nothing found" where a coder has no span: e.g. a source marked done);
    ``titles`` name sources in the notes."""
    spans = [s for s in spans if s.source_id in lengths]
    everyone = sorted({s.coder for s in spans})
    chosen = tuple(dict.fromkeys(coders)) if coders else tuple(everyone)
    notes: list[str] = []
    if len(chosen) < 2:
        notes.append(gettext("agreement needs at least two coders who marked up the same sources"))
    declared = {source_id for source_id in coded if source_id in lengths}
    marked: dict[str, set[int]] = {c: set() for c in chosen}
    for span in spans:
        if span.coder in marked:
            marked[span.coder].add(span.source_id)
    for coder in chosen:
        if not marked[coder] and not declared:
            notes.append(gettext("{coder} has marked up none of these sources").format(coder=coder))
        marked[coder] |= declared
    common = sorted(set.intersection(*marked.values())) if marked else []
    left_out: list[LeftOut] = []
    if len(chosen) >= 2:
        for source_id in sorted(set.union(*marked.values()) - set(common)):
            missing = tuple(c for c in chosen if source_id not in marked[c])
            left_out.append(LeftOut(source_id, missing, (titles or {}).get(source_id, "")))
        notes.extend(item.note() for item in left_out[:LEFT_OUT_NOTES])
        if len(left_out) > LEFT_OUT_NOTES:
            more = len(left_out) - LEFT_OUT_NOTES
            notes.append(
                ngettext(
                    "{n} more source left out for the same reason",
                    "{n} more sources left out for the same reason",
                    more,
                )
            )
    if len(chosen) >= 2 and not common:
        notes.append(
            gettext(
                "no source was marked up by every chosen coder, so there is no αu; "
                "choose fewer coders, or see the pairs' kappa"
            )
        )
    pairs = list(itertools.combinations(chosen, 2))
    pair_sources = {(a, b): sorted(marked[a] & marked[b]) for a, b in pairs}

    # coder → source → code → spans
    by: dict[str, dict[int, dict[int, list[Unit]]]] = {c: {} for c in chosen}
    for span in spans:
        if span.coder in by:
            by[span.coder].setdefault(span.source_id, {}).setdefault(span.code_id, []).append(
                (span.start, span.end)
            )

    study = _Study(chosen, tuple(common), lengths, by, pair_sources)
    categories = [c for c in codes if not c.is_root]
    used = {code_id for sources in by.values() for found in sources.values() for code_id in found}
    rows: list[AgreementRow] = []
    for kind in KIND_ORDER:
        members = [c for c in categories if c.kind == kind and c.id in used]
        if not members:
            continue
        code_rows = [study.code_row(code) for code in members]
        kind_pairs = tuple(study.pair(a, b, [c.id for c in members]) for a, b in pair_sources)
        alpha = pooled(study.disagreement(c.id) for c in members).alpha if common else None
        rows.append(
            AgreementRow(
                kind=kind,
                code_id=None,
                name=kind.root_name,
                alpha_u=alpha,
                kappa=_mean(p.kappa for p in kind_pairs),
                agreement=_mean(p.agreement for p in kind_pairs),
                sources=len(common),
                spans={coder: sum(r.spans.get(coder, 0) for r in code_rows) for coder in chosen},
                pairs=kind_pairs,
                fleiss=study.fleiss([c.id for c in members]),
            )
        )
        rows.extend(code_rows)
    return AgreementReport(
        chosen,
        tuple(common),
        tuple(rows),
        tuple(notes),
        tuple(left_out),
        tuple(s for s in common if s in declared),
    )


@dataclass(frozen=True)
class _Study:
    """The marked-up spans arranged for the measures: coder → source → code → spans."""

    coders: tuple[str, ...]
    common: tuple[int, ...]  # sources every coder marked up
    lengths: Mapping[int, int]
    by: Mapping[str, Mapping[int, Mapping[int, list[Unit]]]]
    pair_sources: Mapping[tuple[str, str], Sequence[int]]

    def disagreement(self, code_id: int) -> Disagreement:
        continua = [
            Continuum(
                self.lengths[source_id],
                tuple(
                    merge_units(self.by[c].get(source_id, {}).get(code_id, ())) for c in self.coders
                ),
            )
            for source_id in self.common
        ]
        return unitized_disagreement(continua)

    def pair(self, first: str, second: str, code_ids: Sequence[int]) -> PairAgreement:
        sources = self.pair_sources[(first, second)]
        judgements = [
            (code_id in self.by[first].get(s, {}), code_id in self.by[second].get(s, {}))
            for s in sources
            for code_id in code_ids
        ]
        result = cohen_kappa(judgements)
        return PairAgreement(first, second, result.kappa, result.agreement, len(sources))

    def fleiss(self, code_ids: Sequence[int]) -> float | None:
        """Fleiss' kappa on presence over the sources every coder coded (three coders or more:
        with two, Cohen's kappa is the measure)."""
        if len(self.coders) < 3:
            return None
        items = [
            [code_id in self.by[coder].get(source_id, {}) for coder in self.coders]
            for source_id in self.common
            for code_id in code_ids
        ]
        return fleiss_kappa(items)

    def code_row(self, code: Code) -> AgreementRow:
        pairs = tuple(self.pair(a, b, [code.id]) for a, b in self.pair_sources)
        return AgreementRow(
            kind=code.kind,
            code_id=code.id,
            name=code.name,
            alpha_u=self.disagreement(code.id).alpha if self.common else None,
            kappa=_mean(p.kappa for p in pairs),
            agreement=_mean(p.agreement for p in pairs),
            sources=len(self.common),
            spans={
                coder: sum(len(found.get(code.id, ())) for found in self.by[coder].values())
                for coder in self.coders
            },
            pairs=pairs,
            fleiss=self.fleiss([code.id]),
        )


def _mean(values: Iterable[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return sum(present) / len(present) if present else None


# -- a snapshot's agreement, as one table -----------------------------------------------------


def snapshot_agreement(
    snapshot: ProjectSnapshot, coders: Sequence[str] | None = None
) -> AgreementReport:
    """Agreement between ``coders`` (default: everyone who marked up anything, except the
    adjudicated layer) over the snapshot's sources; a source marked done counts as coded by
    every coder (a coder with no span there found nothing). The window, ``parley agreement``
    and the workbook all come here."""
    spans = [
        CodedSpan(a.coder, a.source_id, a.start, a.end, code_id)
        for a in snapshot.annotations
        for code_id in a.code_ids
    ]
    if not coders:  # the adjudicated layer is made from the coders: compared only when named
        origins = snapshot.origins
        spans = [s for s in spans if origins.get(s.coder) is not CoderOrigin.ADJUDICATED]
    if coders:
        known = {s.coder for s in spans}
        missing = [c for c in coders if c not in known]
        if missing:
            raise NotFound(
                gettext("no annotations by {names}").format(names=", ".join(missing)),
                gettext("coders with annotations: {names}").format(
                    names=", ".join(sorted(known)) or "none"
                ),
            )
    lengths = {s.id: s.characters for s in snapshot.sources}
    done = [s.id for s in snapshot.sources if s.status == CodingStatus.DONE]
    titles = {s.id: s.title for s in snapshot.sources}
    return compute_agreement(spans, lengths, snapshot.codes, coders, coded=done, titles=titles)


AGREEMENT_COLUMNS = (
    N_("Kind"),
    N_("Code"),
    N_("Sources"),
    N_("Alpha (unitized)"),
    N_("Kappa (presence)"),
    N_("Agreement"),
)
FLEISS_COLUMN = N_("Fleiss' kappa (all coders)")


def column_title(name: str) -> str:
    """A column of the agreement tables in the current language: "Agreement" there is the
    observed agreement (a share of equal answers), a word of its own in Ukrainian and Russian
    (Збіг, Совпадение), unlike the sheet's name."""
    if name == "Agreement":
        return pgettext("observed agreement", "Agreement")
    return gettext(name)


def agreement_table(report: AgreementReport) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """The report as one table — header and rows — for the workbook's ``Agreement`` sheet, the
    window and the command line, so all show the same numbers. Numbers stay numbers (None:
    undefined); after the fixed columns come spans per coder, then kappa per pair of coders,
    then — with three coders or more — Fleiss' kappa over all of them."""
    pairs = list(itertools.combinations(report.coders, 2))
    many = len(report.coders) >= 3
    header = (
        *(column_title(name) for name in AGREEMENT_COLUMNS),
        *(gettext("Spans: {coder}").format(coder=coder) for coder in report.coders),
        *(gettext("Kappa: {first} / {second}").format(first=a, second=b) for a, b in pairs),
        *((gettext(FLEISS_COLUMN),) if many else ()),
    )
    rows: list[tuple[object, ...]] = []
    for row in report.rows:
        by_pair = {(p.first, p.second): p.kappa for p in row.pairs}
        rows.append(
            (
                gettext(row.kind.root_name),
                "" if row.is_kind else row.name,
                row.sources,
                row.alpha_u,
                row.kappa,
                row.agreement,
                *(row.spans.get(coder, 0) for coder in report.coders),
                *(by_pair.get(pair) for pair in pairs),
                *((row.fleiss,) if many else ()),
            )
        )
    return header, rows


# -- what the figures are, for the window's "About these figures" and the workbook -----------

ABOUT_FIGURES: tuple[tuple[str, str], ...] = (
    (
        N_("Alpha (unitized), αu"),
        N_(
            "Krippendorff's alpha for unitized data (Krippendorff 2004, Content Analysis, 2nd ed., "
            "ch. 12; 1995, Quality & Quantity): where each coder put spans of a code, position by "
            "position (code points), chance-corrected: 1 − observed ÷ expected disagreement. Each "
            "source is its own continuum: a gap never runs from one source into the next; the "
            "sources' observed disagreements add up and the expected disagreement is taken over "
            "all their units and gaps. A coder's overlapping spans of one code count as one unit. "
            "A kind's row pools its codes as categories (summed observed over summed expected). "
            "Only sources every compared coder coded count (marked something up in, or set done: "
            "then no span means nothing found); the others are named in the notes. 1 is perfect "
            "agreement, 0 what chance would give, below 0 worse than chance; “—” nothing to "
            "compare. Checked against Krippendorff's published examples and DKPro Agreement."
        ),
    ),
    (
        N_("Kappa (presence) and Agreement"),
        N_(
            "Cohen's kappa on presence: for each source two coders both coded, and each code, did "
            "each coder use the code there at all (yes/no)? Kappa corrects the share of equal "
            "answers (Agreement) for chance. A kind's row pools the (source, code) pairs of its "
            "codes. It says nothing about where in the source the spans are: that is αu's job."
        ),
    ),
    (
        N_("Three or more coders"),
        N_(
            "Kappa and Agreement are then the mean over every pair of coders of the pair's Cohen's "
            "kappa and agreement (Light's kappa, Light 1971); each pair's kappa is in its own "
            "column. Beside it, Fleiss' kappa (Fleiss 1971) takes all coders at once on presence, "
            "over the sources every one of them coded: it treats the coders as interchangeable, "
            "where Light's mean keeps each pair's own chance. αu takes all coders at once, over "
            "the sources every one of them coded."
        ),
    ),
    (
        N_("By source and differences"),
        N_(
            "Per source: αu on that source alone with all codes pooled, and kappa on which codes "
            "each coder used there (mean over pairs). Differences, per pair of coders and code: a "
            "span only one coder has, spans that overlap with other bounds, and overlapping spans "
            "with other codes."
        ),
    ),
    (
        N_("Why an inexact span can score higher than an exact one"),
        N_(
            "αu divides observed by expected disagreement, and the expected part depends on the "
            "lengths of every unit and gap. Widening or moving a span a little adds only the "
            "squared differences of its bounds to the observed disagreement, but can raise the "
            "expected disagreement more, so the ratio falls and αu rises. Example: on 100 "
            "characters one coder marks 0–10, 20–30, 40–50, 60–70, 80–90, the other only 20–30: "
            "αu −0.240; the other marking 18–32 instead: −0.130. Judge αu by its size and "
            "read the differences; do not read a small rise as better spans (as reported for "
            "INCEpTION, which uses DKPro Agreement, in its issue #5305)."
        ),
    ),
)


def about_figures() -> list[tuple[str, str]]:
    """:data:`ABOUT_FIGURES` in the current language: (heading, explanation) pairs."""
    return [(gettext(heading), gettext(text)) for heading, text in ABOUT_FIGURES]


def about_figures_text() -> list[str]:
    """:data:`ABOUT_FIGURES` as plain lines, "Heading: text" (the workbook's notes)."""
    return [f"{heading}: {text}" for heading, text in about_figures()]

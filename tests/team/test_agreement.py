"""Intercoder agreement: αu against Krippendorff's published example, Cohen's kappa against
the textbook one, and a project's report for two analysts (SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest

from desktop_app.domain.agreement import (
    CodedSpan,
    Continuum,
    cohen_kappa,
    compute_agreement,
    merge_units,
    pooled,
    unitized_disagreement,
)
from desktop_app.domain.model import Code, CodeKind
from desktop_app.errors import NotFound
from desktop_app.services.agreement import project_agreement
from desktop_app.services.project import Project
from tests.builders import mark_two_coders

# Krippendorff (2004), Content Analysis, 2nd ed., p. 254: a continuum from 150 to 450, two
# coders, categories c and k. Published: Do(c) = .0144, De(c) = .0532, αu(c) = .7286,
# αu(k) = 1, De(k) = .0490, αu over both = .8591.
B = 150
C_UNITS = (
    ((225 - B, 295 - B), (370 - B, 400 - B)),
    ((220 - B, 300 - B), (355 - B, 375 - B), (400 - B, 420 - B)),
)
K_UNITS = (((180 - B, 240 - B), (300 - B, 350 - B)),) * 2


def test_alpha_u_reproduces_krippendorffs_example() -> None:
    c = unitized_disagreement([Continuum(300, C_UNITS)])
    k = unitized_disagreement([Continuum(300, K_UNITS)])
    assert c.observed == pytest.approx(0.0144, abs=1e-4)
    assert c.expected == pytest.approx(0.0532, abs=1e-4)
    assert c.alpha == pytest.approx(0.7286, abs=1e-4)
    assert k.observed == 0 and k.expected == pytest.approx(0.0490, abs=1e-4)
    assert k.alpha == 1.0
    assert pooled([c, k]).alpha == pytest.approx(0.8591, abs=5e-4)


def test_alpha_u_extremes() -> None:
    same = ((0, 10), (20, 30))
    assert unitized_disagreement([Continuum(50, (same, same))]).alpha == 1.0
    # One coder marks what the other leaves out: worse than chance.
    apart = unitized_disagreement([Continuum(50, (((0, 10),), ((30, 40),)))])
    assert apart.alpha is not None and apart.alpha < 0
    assert unitized_disagreement([Continuum(50, ((), ()))]).alpha is None  # nothing marked
    # Two sources are two continua: agreement on both stays perfect.
    both = [Continuum(50, (same, same)), Continuum(80, (((5, 9),), ((5, 9),)))]
    assert unitized_disagreement(both).alpha == 1.0


def test_one_coders_overlapping_spans_count_as_one_unit() -> None:
    assert merge_units([(5, 9), (0, 3), (2, 6), (9, 12), (20, 20)]) == ((0, 9), (9, 12))


def test_cohen_kappa_textbook_example() -> None:
    # 50 items: both yes 20, yes/no 5, no/yes 10, both no 15 → po .7, pe .5, κ .4
    pairs = [(True, True)] * 20 + [(True, False)] * 5 + [(False, True)] * 10
    pairs += [(False, False)] * 15
    result = cohen_kappa(pairs)
    assert result.kappa == pytest.approx(0.4)
    assert result.agreement == pytest.approx(0.7) and result.items == 50
    assert cohen_kappa([(True, True)] * 3).kappa is None  # no variation: undefined
    assert cohen_kappa([]).agreement is None


def _code(code_id: int, name: str, kind: CodeKind) -> Code:
    return Code(id=code_id, guid=str(code_id), parent_id=1, name=name, kind=kind, color="")


def test_report_rows_per_kind_and_code_and_the_sources_compared() -> None:
    codes = [
        Code(
            id=1,
            guid="r",
            parent_id=None,
            name="Conditions",
            kind=CodeKind.CONDITION,
            color="",
            is_root=True,
            builtin=True,
        ),
        _code(2, "Withdrawal", CodeKind.CONDITION),
        _code(3, "Neutrality", CodeKind.CONDITION),
        _code(4, "Putin", CodeKind.SPEAKER),
    ]
    spans = [
        CodedSpan("ann", 10, 0, 20, 2),
        CodedSpan("ben", 10, 0, 20, 2),
        CodedSpan("ann", 10, 30, 40, 3),
        CodedSpan("ben", 10, 31, 40, 3),
        CodedSpan("ann", 11, 0, 10, 2),
        CodedSpan("ben", 11, 50, 60, 4),
        CodedSpan("ann", 12, 0, 10, 2),  # only ann marked up source 12
    ]
    report = compute_agreement(spans, {10: 100, 11: 100, 12: 100}, codes)
    assert report.coders == ("ann", "ben") and report.source_ids == (10, 11)
    names = [(row.name, row.is_kind) for row in report.rows]
    assert names == [
        ("Conditions", True),
        ("Withdrawal", False),
        ("Neutrality", False),
        ("Speakers", True),
        ("Putin", False),
    ]
    withdrawal = report.rows[1]
    assert withdrawal.spans == {"ann": 3, "ben": 1}
    assert withdrawal.pairs[0].sources == 2
    assert withdrawal.agreement == pytest.approx(0.5)  # agree on 10, not on 11
    assert report.rows[2].alpha_u is not None and report.rows[2].alpha_u > 0.9
    assert report.comparable


def test_report_explains_when_there_is_nothing_to_compare() -> None:
    codes = [_code(2, "Withdrawal", CodeKind.CONDITION)]
    lonely = compute_agreement([CodedSpan("ann", 1, 0, 5, 2)], {1: 10}, codes)
    assert not lonely.comparable and "at least two coders" in lonely.notes[0]
    apart = compute_agreement(
        [CodedSpan("ann", 1, 0, 5, 2), CodedSpan("ben", 2, 0, 5, 2)], {1: 10, 2: 10}, codes
    )
    assert apart.source_ids == () and any("no source" in n for n in apart.notes)
    assert apart.rows[0].alpha_u is None


def test_project_agreement_for_two_analysts(alice: Project, bob: Project) -> None:
    marked = mark_two_coders(alice, bob)
    first, second = marked.first, marked.second
    report = project_agreement(alice)
    assert report.coders == ("alice", "bob") and set(report.source_ids) == {first, second}
    rows = {row.name: row for row in report.rows}
    assert rows["Conditions set"].alpha_u == 1.0
    assert rows["Conditions set"].agreement == 1.0 and rows["Conditions set"].kappa is None
    assert rows["Rejects"].agreement == pytest.approx(0.5)
    assert rows["Rejects"].alpha_u is not None and rows["Rejects"].alpha_u < 1.0
    assert rows["Reactions"].spans == {"alice": 2, "bob": 1}
    only_first = project_agreement(alice, source_ids=[first])
    assert only_first.source_ids == (first,)
    with pytest.raises(NotFound, match="no annotations by carol"):
        project_agreement(alice, coders=["alice", "carol"])

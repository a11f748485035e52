"""Which sources agreement counts: a source one coder left empty is named and left out, or —
declared coded (a source marked done) — counted as that coder's empty continuum."""

from __future__ import annotations

import pytest

from desktop_app.domain.agreement import (
    LEFT_OUT_NOTES,
    AgreementRow,
    CodedSpan,
    Continuum,
    LeftOut,
    compute_agreement,
    unitized_disagreement,
)
from desktop_app.domain.model import Code, CodeKind

CODE = Code(id=2, guid="2", parent_id=1, name="Withdrawal", kind=CodeKind.CONDITION, color="")
LENGTHS = {1: 60, 2: 80}
SPANS = [
    CodedSpan("ann", 1, 0, 20, 2),
    CodedSpan("ben", 1, 0, 20, 2),
    CodedSpan("ann", 2, 10, 30, 2),  # ben marked nothing in source 2
]


def _row(report_rows: tuple[AgreementRow, ...]) -> AgreementRow:
    return next(r for r in report_rows if r.code_id == CODE.id)


def test_a_source_one_coder_left_empty_is_left_out_and_named() -> None:
    report = compute_agreement(SPANS, LENGTHS, [CODE], titles={2: "Kyiv daily"})
    assert report.source_ids == (1,)
    assert report.left_out == (LeftOut(2, ("ben",), "Kyiv daily"),)
    assert report.declared == ()
    note = next(n for n in report.notes if "left out" in n)
    assert "“Kyiv daily” (#2)" in note and "ben marked nothing in it" in note
    assert "set its coding status to done" in note
    row = _row(report.rows)
    assert row.alpha_u == 1.0 and row.agreement == 1.0  # what the report said before: only 1


def test_a_source_declared_coded_counts_as_an_empty_continuum() -> None:
    report = compute_agreement(SPANS, LENGTHS, [CODE], coded=[2])
    assert report.source_ids == (1, 2) and report.declared == (2,) and report.left_out == ()
    row = _row(report.rows)
    expected = unitized_disagreement(
        [
            Continuum(60, (((0, 20),), ((0, 20),))),
            Continuum(80, (((10, 30),), ())),
        ]
    ).alpha
    assert expected is not None and expected < 1
    assert row.alpha_u == pytest.approx(expected)
    # presence: agree on 1, not on 2 → po .5, ann always yes → pe .5 → κ 0
    assert row.agreement == pytest.approx(0.5) and row.kappa == pytest.approx(0.0)
    assert not any("left out" in n for n in report.notes)


def test_a_source_nobody_marked_counts_only_when_declared() -> None:
    lengths = {**LENGTHS, 3: 40}
    assert compute_agreement(SPANS, lengths, [CODE]).left_out[0].source_id == 2
    report = compute_agreement(SPANS, lengths, [CODE], coded=[2, 3])
    assert report.source_ids == (1, 2, 3)
    both = unitized_disagreement(
        [
            Continuum(60, (((0, 20),), ((0, 20),))),
            Continuum(80, (((10, 30),), ())),
            Continuum(40, ((), ())),
        ]
    ).alpha
    assert _row(report.rows).alpha_u == pytest.approx(both)


def test_many_left_out_sources_are_all_listed_but_the_notes_stay_short() -> None:
    spans = [CodedSpan("ann", 1, 0, 5, 2), CodedSpan("ben", 1, 0, 5, 2)]
    spans += [CodedSpan("ann", n, 0, 5, 2) for n in range(2, 40)]
    report = compute_agreement(spans, dict.fromkeys(range(1, 40), 10), [CODE])
    assert len(report.left_out) == 38
    left_notes = [n for n in report.notes if "left out" in n]
    assert len(left_notes) == LEFT_OUT_NOTES + 1
    assert left_notes[-1].startswith(f"{38 - LEFT_OUT_NOTES} more sources left out")

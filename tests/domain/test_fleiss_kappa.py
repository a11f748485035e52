"""Fleiss' kappa, offered beside Light's mean of pairwise Cohen's kappas for three coders or
more (issue 16): checked against Fleiss' published example through a reference written here
from the definition, and through the agreement table and the command line's text."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.agreement import (
    FLEISS_COLUMN,
    CodedSpan,
    agreement_table,
    compute_agreement,
    fleiss_kappa,
)
from desktop_app.domain.model import Code, CodeKind

# Fleiss' kappa's usual worked example (10 subjects, 14 raters, 5 categories; κ = 0.210),
# counts of raters per category for each subject.
WORKED = [
    [0, 0, 0, 0, 14],
    [0, 2, 6, 4, 2],
    [0, 0, 3, 5, 6],
    [0, 3, 9, 2, 0],
    [2, 2, 8, 1, 1],
    [7, 7, 0, 0, 0],
    [3, 2, 6, 3, 0],
    [2, 5, 3, 2, 2],
    [6, 5, 2, 1, 0],
    [0, 2, 2, 3, 7],
]


def reference_fleiss(counts: Sequence[Sequence[int]]) -> float:
    """Fleiss (1971) from the definition, for any number of categories."""
    subjects = len(counts)
    raters = sum(counts[0])
    p_i = [(sum(n * n for n in row) - raters) / (raters * (raters - 1)) for row in counts]
    p_bar = sum(p_i) / subjects
    p_j = [sum(row[j] for row in counts) / (subjects * raters) for j in range(len(counts[0]))]
    p_e = sum(p * p for p in p_j)
    return (p_bar - p_e) / (1 - p_e)


def test_the_reference_gives_the_published_value() -> None:
    assert reference_fleiss(WORKED) == pytest.approx(0.210, abs=5e-4)


@given(
    st.integers(min_value=2, max_value=6).flatmap(
        lambda raters: st.lists(
            st.lists(st.booleans(), min_size=raters, max_size=raters), min_size=1, max_size=30
        )
    )
)
def test_yes_no_fleiss_equals_the_reference(items: list[list[bool]]) -> None:
    counts = [[sum(item), len(item) - sum(item)] for item in items]
    shares = sum(c[0] for c in counts) / (len(items) * len(items[0]))
    if shares in (0.0, 1.0):
        assert fleiss_kappa(items) is None  # nobody ever varies: chance agreement is total
    else:
        assert fleiss_kappa(items) == pytest.approx(reference_fleiss(counts))


def test_ragged_items_are_refused() -> None:
    with pytest.raises(ValueError, match="same number of judgements"):
        fleiss_kappa([[True, False, True], [True, False]])


CODES = [
    Code(id=2, guid="2", parent_id=1, name="Withdrawal", kind=CodeKind.CONDITION, color=""),
    Code(id=3, guid="3", parent_id=1, name="Sanctions", kind=CodeKind.CONDITION, color=""),
]


def _spans(coders: Sequence[str]) -> list[CodedSpan]:
    """Four sources: code 2 used by everyone in 1 and 2, code 3 by some."""
    spans = []
    for coder in coders:
        spans += [CodedSpan(coder, 1, 0, 10, 2), CodedSpan(coder, 2, 5, 15, 2)]
    spans += [CodedSpan(coders[0], 3, 0, 8, 3), CodedSpan(coders[1], 3, 0, 8, 3)]
    spans += [CodedSpan(coders[-1], 4, 2, 9, 3), CodedSpan(coders[0], 4, 20, 30, 2)]
    spans += [CodedSpan(c, 4, 40, 44, 2) for c in coders[1:]]
    return spans


def test_three_coders_get_fleiss_beside_lights_mean_in_every_order() -> None:
    lengths = {1: 50, 2: 50, 3: 50, 4: 50}
    for order in itertools.permutations(["ann", "ben", "cy"]):
        report = compute_agreement(_spans(order), lengths, CODES, order)
        header, rows = agreement_table(report)
        assert header[-1] == FLEISS_COLUMN
        sanctions = next(r for r in rows if r[1] == "Sanctions")
        # Sanctions present per source, by hand: source 3 is left out (the last coder marked
        # nothing there), so sources 1, 2 and 4 are judged.
        assert report.source_ids == (1, 2, 4)
        items = [[False] * 3, [False] * 3, [c == order[-1] for c in order]]
        expected = fleiss_kappa(items)
        assert expected is not None and sanctions[-1] == pytest.approx(expected)
    # The same roles under other names give the same figure.
    renamed = compute_agreement(_spans(["x", "y", "z"]), lengths, CODES, ["x", "y", "z"])
    first = compute_agreement(_spans(["ann", "ben", "cy"]), lengths, CODES, ["ann", "ben", "cy"])
    assert agreement_table(renamed)[1][-1][-1] == agreement_table(first)[1][-1][-1]


def test_two_coders_have_no_fleiss_column() -> None:
    report = compute_agreement(_spans(["ann", "ben"]), {1: 50, 2: 50, 3: 50, 4: 50}, CODES)
    header, rows = agreement_table(report)
    assert FLEISS_COLUMN not in header
    assert all(len(row) == len(header) for row in rows)


def test_the_command_lines_table_shows_fleiss_in_its_own_column() -> None:
    from desktop_app.cli.commands import _agreement_text

    coders = ["ann", "ben", "cy"]
    report = compute_agreement(_spans(coders), {1: 50, 2: 50, 3: 50, 4: 50}, CODES, coders)
    header, rows = agreement_table(report)
    lines = _agreement_text(report, header, rows).splitlines()
    head = next(line for line in lines if "αu" in line and "spans" in line)
    assert head.endswith("Fleiss") and "ann / ben" in head  # the pairs' kappas, then Fleiss
    sanctions = next(line for line in lines if line.strip().startswith("Sanctions"))
    assert sanctions.split()[-1] == f"{rows[-1][-1]:.3f}"

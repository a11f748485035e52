"""Where coders disagree: per-source agreement and the list of differing spans."""

from __future__ import annotations

import pytest

from desktop_app.domain.agreement import (
    CodedSpan,
    Continuum,
    compute_agreement,
    pooled,
    unitized_disagreement,
)
from desktop_app.domain.agreement_detail import (
    BOUNDS,
    CODES,
    ONLY,
    Side,
    SpanDifference,
    agreement_detail,
    difference_rows,
    pair_differences,
    source_table,
)
from desktop_app.domain.model import Annotation, Code, CodeKind, CodingStatus, Source
from desktop_app.domain.snapshot import ProjectSnapshot

TALKS, TROOPS = 2, 3


def test_pair_differences_names_each_kind_of_difference() -> None:
    ann = {TALKS: ((0, 10), (20, 30), (50, 60)), TROOPS: ((70, 80),)}
    ben = {TALKS: ((0, 10), (22, 30)), TROOPS: ((52, 58),), 4: ((90, 95),)}
    assert pair_differences(ann, ben) == [
        (BOUNDS, (TALKS, (20, 30)), (TALKS, (22, 30))),
        (CODES, (TALKS, (50, 60)), (TROOPS, (52, 58))),
        (ONLY, (TROOPS, (70, 80)), None),
        (ONLY, None, (4, (90, 95))),
    ]
    assert pair_differences(ann, ann) == []  # identical: nothing to list
    # touching is not overlapping: two spans each only one coder has
    assert pair_differences({TALKS: ((0, 10),)}, {TALKS: ((10, 20),)}) == [
        (ONLY, (TALKS, (0, 10)), None),
        (ONLY, None, (TALKS, (10, 20))),
    ]


def _source(source_id: int, title: str, text: str) -> Source:
    return Source(
        id=source_id,
        guid=str(source_id),
        title=title,
        outlet="",
        author="",
        published="",
        url="",
        language="",
        original_name="",
        file_format="txt",
        sha256=str(source_id),
        imported_at="",
        status=CodingStatus.TODO,
        characters=len(text),
    )


def _annotation(n: int, coder: str, source_id: int, span: tuple[int, int], code: int) -> Annotation:
    return Annotation(
        id=n,
        guid=str(n),
        source_id=source_id,
        start=span[0],
        end=span[1],
        quote="",
        code_ids=(code,),
        coder=coder,
    )


TEXT_1 = "Putin set conditions. Zelensky rejected them."
TEXT_2 = "Kyiv will not withdraw. Moscow insists on talks."


def _snapshot() -> ProjectSnapshot:
    codes = (
        Code(id=TALKS, guid="t", parent_id=1, name="Talks", kind=CodeKind.CONDITION, color=""),
        Code(id=TROOPS, guid="w", parent_id=1, name="Troops", kind=CodeKind.CONDITION, color=""),
    )
    annotations = (
        _annotation(1, "ann", 1, (0, 21), TALKS),
        _annotation(2, "ben", 1, (0, 21), TALKS),  # source 1: the same
        _annotation(3, "ann", 2, (0, 23), TROOPS),
        _annotation(4, "ben", 2, (0, 22), TROOPS),  # bounds
        _annotation(5, "ann", 2, (24, 48), TALKS),  # only ann
    )
    return ProjectSnapshot(
        name="p",
        guid="g",
        sources=(_source(1, "First", TEXT_1), _source(2, "Second", TEXT_2)),
        texts={1: TEXT_1, 2: TEXT_2},
        codes=codes,
        annotations=annotations,
        coders=("ann", "ben"),
    )


def test_agreement_detail_puts_the_source_differed_on_most_first() -> None:
    snapshot = _snapshot()
    spans = [
        CodedSpan(a.coder, a.source_id, a.start, a.end, c)
        for a in snapshot.annotations
        for c in a.code_ids
    ]
    report = compute_agreement(spans, {1: len(TEXT_1), 2: len(TEXT_2)}, snapshot.codes)
    detail = agreement_detail(snapshot, report)
    assert [r.source_id for r in detail.by_source] == [2, 1]
    second, first = detail.by_source
    assert first.alpha_u == 1.0 and first.differences == 0 and first.agreement == 1.0
    talks = unitized_disagreement([Continuum(len(TEXT_2), (((24, 48),), ()))])
    troops = unitized_disagreement([Continuum(len(TEXT_2), (((0, 23),), ((0, 22),)))])
    assert second.alpha_u == pytest.approx(pooled([talks, troops]).alpha)
    assert second.differences == 2 and second.spans == {"ann": 2, "ben": 1}
    assert second.agreement == pytest.approx(0.5)  # Troops both, Talks only ann
    assert detail.differences == (
        SpanDifference(
            2,
            BOUNDS,
            "ann",
            "ben",
            Side(0, 23, TROOPS, TEXT_2[:23]),
            Side(0, 22, TROOPS, TEXT_2[:22]),
        ),
        SpanDifference(2, ONLY, "ann", "ben", Side(24, 48, TALKS, TEXT_2[24:48]), None),
    )
    assert detail.differences[1].describe() == "only ann"

    header, rows = source_table(detail, report.coders)
    assert header[:4] == ("Source", "Title", "Differences", "Alpha (unitized)")
    assert rows[0][:3] == (2, "Second", 2) and rows[0][-2:] == (2, 1)
    pairs = difference_rows(detail, {2: "Second"}, {TALKS: "Talks", TROOPS: "Troops"})
    assert pairs[1] == [
        ("ann", "Moscow insists on talks.", 24, 48, "Talks", "only ann", 2, "Second"),
        ("ben", "", None, None, "", "only ann", 2, "Second"),
    ]

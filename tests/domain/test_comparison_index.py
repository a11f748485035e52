"""The comparison's indexes and laziness against a plain re-computation from Annotation objects:
the snapshot keeps annotations as tuples and the comparison files them into cells and makes a
cell's excerpts only when it is read, and neither may change a number, an order or a name."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.domain.comparison import Comparison, _NameFinder, _occurs, compare
from desktop_app.domain.model import Annotation, CodeKind
from desktop_app.domain.snapshot import AnnotationRows, ProjectSnapshot, as_row
from desktop_app.domain.textfold import fold
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from desktop_app.storage import annotations as annotation_store
from tests.builders import build_random
from tests.exporting.projects import build_hostile, build_sample, snapshot_of


def _as_tuple_snapshot(snapshot: ProjectSnapshot) -> ProjectSnapshot:
    """The same snapshot with its annotations as a plain tuple of Annotation objects."""
    return replace(snapshot, annotations=tuple(snapshot.annotations))


def _expected_cells(snapshot: ProjectSnapshot, result: Comparison, kind: CodeKind) -> dict:
    """(code, source) → annotation ids, re-computed the plain way from Annotation objects."""
    chosen = {s.id: i for i, s in enumerate(result.sources)}
    kinds = {c.id: c.kind for c in snapshot.codes}
    ordered = sorted(
        (a for a in snapshot.annotations if a.source_id in chosen),
        key=lambda a: (chosen[a.source_id], a.start, a.end, a.id),
    )
    cells: dict[tuple[int, int], list[int]] = {}
    for annotation in ordered:
        for code_id in annotation.code_ids:
            if kinds.get(code_id) == kind:
                cells.setdefault((code_id, annotation.source_id), []).append(annotation.id)
    return cells


def _check(snapshot: ProjectSnapshot, source_ids: list[int] | None = None) -> None:
    result = compare(snapshot, source_ids)
    plain = compare(_as_tuple_snapshot(snapshot), source_ids)
    assert result == plain
    for kind, cells in (
        (CodeKind.CONDITION, result.condition_cells),
        (CodeKind.SPEAKER, result.speaker_cells),
        (CodeKind.REACTION, result.stance_cells),
    ):
        expected = _expected_cells(snapshot, result, kind)
        assert set(cells) == set(expected)
        for key, ids in expected.items():
            assert cells.count(key) == len(ids)
            assert [e.annotation_id for e in cells[key]] == ids
        codes = {code_id for code_id, _ in expected}
        for code_id in codes:
            assert cells.code_totals(code_id) == (
                sum(1 for c, _ in expected if c == code_id),
                sum(len(ids) for (c, _), ids in expected.items() if c == code_id),
            )
    chosen = {s.id for s in result.sources}
    assert [e.annotation_id for e in result.excerpts] == [
        e.annotation_id for s in result.sources for e in result.excerpts_of(s.id)
    ]
    assert {e.annotation_id for e in result.excerpts} == {
        a.id for a in snapshot.annotations if a.source_id in chosen
    }
    assert result.excerpt_count == len(result.excerpts)
    for condition in result.conditions:
        assert result.condition_count(condition.id) == len(result.condition_sources(condition.id))
        # A row read from the cells that exist is the scan of every source's cell.
        scanned = [(s, cell) for s in result.sources if (cell := result.cell(condition.id, s.id))]
        assert result.condition_row(condition.id) == scanned
        assert result.condition_sources(condition.id) == tuple(s for s, _ in scanned)
    for speaker in result.speakers:
        assert result.statement_count(speaker.id) == sum(
            len(result.statements(speaker.id, s.id)) for s in result.sources
        )
        assert result.speaker_statements(speaker.id) == [
            e for s in result.sources for e in result.statements(speaker.id, s.id)
        ]
    for cells in (result.condition_cells, result.speaker_cells, result.stance_cells):
        assert cells.get((-1, -1)) is None
        assert cells.get((-1, -1), ()) == ()
        for key in cells:
            assert cells.get(key) is cells[key]
    for coverage in result.coverage:
        assert result.coverage_of(coverage.source_id) is coverage
    for excerpt in result.excerpts:
        expected_rows = tuple(r for r in result.reactions if excerpt in r.responds_to)
        assert result.responses_to(excerpt.annotation_id) == expected_rows
    # Names per cell (the view's tooltips) agree with the whole table (the exports').
    lazy = compare(snapshot, source_ids)
    per_cell = {
        (code.id, source.id): lazy.names_used(code.id, source.id)
        for code in snapshot.codes
        for source in snapshot.sources
    }
    for (code_id, source_id), names in per_cell.items():
        assert names == result.naming_variants.get(code_id, {}).get(source_id, ())


def test_tuple_snapshot_compares_like_annotation_objects_on_a_random_project(
    project: Project,
) -> None:
    ids = build_random(project)
    snapshot = load_snapshot(project)
    assert isinstance(snapshot.annotations, AnnotationRows)
    assert len(snapshot.links) > 30 and compare(snapshot).reactions
    _check(snapshot)
    _check(snapshot, [ids[4], ids[1], ids[2]])
    _check(snapshot, [])


def test_tuple_snapshot_compares_like_annotation_objects_on_the_sample(tmp_path: Path) -> None:
    _check(snapshot_of(build_sample(tmp_path)))


def test_tuple_snapshot_compares_like_annotation_objects_on_hostile_content(
    project: Project,
) -> None:
    build_hostile(project)
    _check(load_snapshot(project))


def test_a_cell_makes_only_its_own_excerpts(project: Project) -> None:
    build_random(project)
    result = compare(load_snapshot(project))
    key = next(iter(result.condition_cells))
    first = result.condition_cells[key]
    assert len(result._maker.built) == len(first) < result.excerpt_count
    assert result.condition_cells[key] is first  # made once
    assert len(result.excerpts) == result.excerpt_count
    assert (
        result.condition_cells[key][0]
        is result.excerpts[[e.annotation_id for e in result.excerpts].index(first[0].annotation_id)]
    )


def test_annotation_rows_are_a_sequence_of_annotations(project: Project) -> None:
    build_random(project)
    snapshot = load_snapshot(project)
    rows = snapshot.annotations
    assert isinstance(rows, AnnotationRows)
    with project.read() as reader:
        listed = annotation_store.list_annotations(reader)
    assert len(rows) == len(listed) == 150
    assert list(rows) == listed and rows[0] == listed[0] and rows[-1] == listed[-1]
    assert rows == tuple(listed) and rows == AnnotationRows([as_row(a) for a in listed])
    assert all(isinstance(a, Annotation) for a in rows)
    assert snapshot.annotation_rows == tuple(as_row(a) for a in listed)
    assert snapshot.annotations_of(listed[0].source_id) == [
        a for a in listed if a.source_id == listed[0].source_id
    ]


def test_a_subset_snapshot_reads_the_same_annotations(project: Project) -> None:
    ids = build_random(project)
    whole = load_snapshot(project)
    part = load_snapshot(project, (i for i in (ids[3], ids[0])))  # any iterable, read once
    assert {s.id for s in part.sources} == {ids[0], ids[3]}
    assert list(part.annotations) == [a for a in whole.annotations if a.source_id in part.texts]
    kept = {a.id for a in part.annotations}
    assert part.links == tuple(
        link for link in whole.links if link.from_id in kept and link.to_id in kept
    )
    with project.read() as reader:
        some = annotation_store.list_annotations(
            reader, source_ids=iter([ids[0]]), annotation_ids=iter(sorted(kept)[:3])
        )
    assert [a.id for a in some] == [
        a.id for a in whole.annotations if a.source_id == ids[0] and a.id in sorted(kept)[:3]
    ]


@pytest.mark.parametrize(
    "text",
    [
        "putin said",
        "путина и путину",
        "rasputin _putin 2putin putinism",
        "kiev kyiv kyivan; «киев» (putin)",
        "vladimir putin vladimir putina vladimir",
        "",
        "s. 1 and s. 12, speaker 1 speaker 10 оратор 1",
    ],
)
def test_one_pass_name_finder_agrees_with_one_search_per_name(text: str) -> None:
    names = [
        "putin",
        "путин",
        "vladimir putin",
        "vladimir",
        "kyiv",
        "kiev",
        "киев",
        "s. 1",
        "s. 12",
        "speaker 1",
        "speaker 10",
        "оратор 1",
        "_putin",
        "2putin",
    ]
    folded = fold(text)
    expected = {name for name in names if _occurs(folded, name)}
    assert _NameFinder(names).present(folded) == expected
    assert _NameFinder([]).present(folded) == set()


def test_name_finder_with_nested_and_special_names_agrees_with_one_search_per_name() -> None:
    """Names that are prefixes of one another to any depth (past the tree's limit, where the
    finder falls back to a plain alternation) and names full of regular-expression syntax."""
    deep = ["a" * n for n in range(1, 90)] + ["a" * 40 + "b", "ab"]
    special = ["s. 1", "(putin)", "a|b", "c++", "[x]", "x.*", "\\d", "путин?", "$1", "^^"]
    text = fold("aaaa aab " + "a" * 50 + "b (putin) a|b c++ [x] x.* \\d путин? $1 ^^ s. 12")
    for names in (deep, special, deep + special):
        expected = {name for name in names if _occurs(text, name)}
        assert _NameFinder(names).present(text) == expected
        assert expected  # the text holds some of them

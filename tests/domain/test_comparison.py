"""The comparison behind the compare view, the workbook and the briefing, checked on a small
project built through the services and on the sample project."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.domain.comparison import Comparison, compare
from desktop_app.domain.model import Code, CodeKind, CodingStatus, SpeakerDetails
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.builders import add_source
from tests.exporting.projects import build_sample, snapshot_of

TEXT_A = (
    "Putin demanded withdrawal from four regions. He also wants neutrality. "
    "Podoliak rejected the withdrawal."
)
TEXT_B = "Путин потребовал вывода войск. Подоляк: нет. Кто-то против."
TEXT_C = "Nothing coded yet about Путина, nor about Rasputin."


@dataclass
class Small:
    project: Project
    a: int
    b: int
    c: int
    codes: dict[str, Code]
    ids: dict[str, int]  # annotation ids by name


def _mark(project: Project, source_id: int, text: str, quote: str, codes: list[Code]) -> int:
    start = text.index(quote)
    return markup.annotate(project, source_id, start, start + len(quote), [c.id for c in codes]).id


@pytest.fixture
def small(project: Project) -> Small:
    def root(kind: CodeKind) -> int:
        return codebook.root_of_kind(project, kind).id

    def speaker(name: str, aliases: tuple[str, ...], side: str) -> Code:
        details = SpeakerDetails(aliases=aliases, side=side)
        return codebook.create_code(project, root(CodeKind.SPEAKER), name, speaker=details)

    codes = {
        "withdrawal": codebook.create_code(project, root(CodeKind.CONDITION), "Withdrawal"),
        "neutrality": codebook.create_code(project, root(CodeKind.CONDITION), "Neutrality"),
        "sanctions": codebook.create_code(project, root(CodeKind.CONDITION), "Sanctions"),
        "putin": speaker("Vladimir Putin", ("Putin", "Путин"), "Russia"),
        "podolyak": speaker("Mykhailo Podolyak", ("Podoliak", "Подоляк"), "Ukraine"),
        "zelensky": speaker("Volodymyr Zelensky", (), ""),
        "rejects": codebook.create_code(project, root(CodeKind.REACTION), "Rejects"),
        "criticizes": codebook.create_code(project, root(CodeKind.REACTION), "Criticizes"),
    }
    codes["donetsk"] = codebook.create_code(project, codes["withdrawal"].id, "Donetsk")
    a = add_source(project, TEXT_A, "A", outlet="Outlet A")
    b = add_source(project, TEXT_B, "B", outlet="Outlet B")
    c = add_source(project, TEXT_C, "C", outlet="Outlet C")
    k = codes
    ids = {
        "a1": _mark(
            project, a, TEXT_A, "Putin demanded withdrawal from four regions",
            [k["putin"], k["withdrawal"]],
        ),
        "a2": _mark(project, a, TEXT_A, "He also wants neutrality", [k["neutrality"], k["putin"]]),
        "a3": _mark(
            project, a, TEXT_A, "Podoliak rejected the withdrawal", [k["rejects"], k["podolyak"]]
        ),
        "b1": _mark(
            project, b, TEXT_B, "Путин потребовал вывода войск", [k["withdrawal"], k["putin"]]
        ),
        "b2": _mark(
            project, b, TEXT_B, "Подоляк: нет", [k["rejects"], k["podolyak"], k["zelensky"]]
        ),
        "b3": _mark(project, b, TEXT_B, "вывода", [k["donetsk"]]),
        "b4": _mark(project, b, TEXT_B, "Кто-то против.", [k["criticizes"]]),
    }  # fmt: skip
    markup.link(project, ids["a3"], ids["a1"])
    markup.link(project, ids["b2"], ids["b1"])
    markup.link(project, ids["b2"], ids["a1"])
    sources.set_status(project, [a], CodingStatus.DONE)
    sources.set_status(project, [b], CodingStatus.IN_PROGRESS)
    return Small(project, a, b, c, codes, ids)


def _compare(small: Small, **kwargs: object) -> Comparison:
    return compare(load_snapshot(small.project), **kwargs)  # type: ignore[arg-type]


def _quotes(excerpts: tuple) -> list[str]:
    return [e.quote for e in excerpts]


def test_rows_and_columns_follow_project_and_codebook_order(small: Small) -> None:
    result = _compare(small)
    assert [s.title for s in result.sources] == ["A", "B", "C"]
    assert [c.name for c in result.conditions] == [
        "Withdrawal",
        "Donetsk",
        "Neutrality",
        "Sanctions",
    ]
    assert [c.name for c in result.speakers] == [
        "Vladimir Putin",
        "Mykhailo Podolyak",
        "Volodymyr Zelensky",
    ]
    assert [c.name for c in result.stances] == ["Rejects", "Criticizes"]
    assert len(result.excerpts) == 7
    assert result.excerpt_ids == tuple(e.annotation_id for e in result.excerpts)
    assert result.depth(small.codes["donetsk"]) == 1
    assert result.depth(small.codes["withdrawal"]) == 0


def test_condition_cells_hold_exactly_each_sources_wordings(small: Small) -> None:
    result = _compare(small)
    k = small.codes
    assert _quotes(result.cell(k["withdrawal"].id, small.a)) == [
        "Putin demanded withdrawal from four regions"
    ]
    assert _quotes(result.cell(k["withdrawal"].id, small.b)) == ["Путин потребовал вывода войск"]
    assert result.cell(k["withdrawal"].id, small.c) == ()
    # A child condition has its own row; its quote is not counted again under the parent.
    assert _quotes(result.cell(k["donetsk"].id, small.b)) == ["вывода"]
    assert result.condition_count(k["withdrawal"].id) == 2
    assert result.condition_count(k["neutrality"].id) == 1
    assert result.condition_count(k["sanctions"].id) == 0
    assert result.reported_by_all() == ()  # C reports nothing
    assert [c.name for c in result.reported_by_some()] == ["Withdrawal", "Donetsk", "Neutrality"]
    assert [c.name for c in result.reported_by_none()] == ["Sanctions"]
    assert _quotes(result.condition_excerpts(k["withdrawal"].id)) == [
        "Putin demanded withdrawal from four regions",
        "Путин потребовал вывода войск",
    ]


def test_a_subset_of_sources_changes_what_all_means(small: Small) -> None:
    result = _compare(small, source_ids=[small.b, small.a, 9999])
    assert [s.title for s in result.sources] == ["A", "B"]
    assert [c.name for c in result.reported_by_all()] == ["Withdrawal"]
    assert {e.source_id for e in result.excerpts} == {small.a, small.b}


def test_coverage_tells_not_reported_from_not_yet_coded(small: Small) -> None:
    result = _compare(small)
    by_title = {c.source.title: c for c in result.coverage}
    assert [c.name for c in by_title["A"].reported] == ["Withdrawal", "Neutrality"]
    assert [c.name for c in by_title["A"].missing] == ["Donetsk", "Sanctions"]
    assert by_title["A"].status == CodingStatus.DONE and by_title["A"].is_done
    assert by_title["B"].status == CodingStatus.IN_PROGRESS and not by_title["B"].is_done
    assert by_title["C"].status == CodingStatus.TODO and by_title["C"].reported == ()


def test_speaker_statements_per_source(small: Small) -> None:
    result = _compare(small)
    putin, podolyak = small.codes["putin"].id, small.codes["podolyak"].id
    assert result.statement_count(putin, small.a) == 2
    assert result.statement_count(putin, small.b) == 1
    assert result.statement_count(putin) == 3
    assert result.statement_count(podolyak) == 2
    assert _quotes(result.statements(podolyak, small.a)) == ["Podoliak rejected the withdrawal"]
    assert [c.name for c in result.active_speakers()] == [
        "Vladimir Putin",
        "Mykhailo Podolyak",
        "Volodymyr Zelensky",
    ]


def test_reactions_carry_speaker_side_stance_and_targets(small: Small) -> None:
    result = _compare(small)
    rows = [
        (r.excerpt.quote, r.speaker_name, r.side, r.side_label, r.stance.name, r.source.title)
        for r in result.reactions
    ]
    assert rows == [
        ("Podoliak rejected the withdrawal", "Mykhailo Podolyak", "Ukraine", "Ukraine",
         "Rejects", "A"),
        ("Подоляк: нет", "Mykhailo Podolyak", "Ukraine", "Ukraine", "Rejects", "B"),
        ("Подоляк: нет", "Volodymyr Zelensky", "", "Unknown", "Rejects", "B"),
        ("Кто-то против.", "(no speaker)", "", "Unknown", "Criticizes", "B"),
    ]  # fmt: skip
    assert result.reactions[-1].speaker is None
    assert _quotes(result.reactions[0].responds_to) == [
        "Putin demanded withdrawal from four regions"
    ]
    # Targets in source order, whatever order the links were made in.
    assert _quotes(result.reactions[1].responds_to) == [
        "Putin demanded withdrawal from four regions",
        "Путин потребовал вывода войск",
    ]
    assert [r.excerpt.quote for r in result.responses_to(small.ids["a1"])] == [
        "Podoliak rejected the withdrawal",
        "Подоляк: нет",
        "Подоляк: нет",
    ]
    assert result.stance_side_counts() == {
        ("Rejects", "Ukraine"): 2,
        ("Rejects", "Unknown"): 1,
        ("Criticizes", "Unknown"): 1,
    }
    assert result.sides() == ("Ukraine", "Unknown")
    grouped = result.reactions_by_stance()
    assert [(c.name, len(rows)) for c, rows in grouped.items()] == [
        ("Rejects", 3),
        ("Criticizes", 1),
    ]


def test_a_reaction_answering_another_source_keeps_its_target_in_a_subset(small: Small) -> None:
    result = _compare(small, source_ids=[small.b])
    first = result.reactions[0]
    assert _quotes(first.responds_to) == [
        "Путин потребовал вывода войск",
        "Putin demanded withdrawal from four regions",
    ]
    assert first.responds_to[1].source.title == "A"


def test_excerpts_list_codes_by_kind_and_keep_exact_context(small: Small) -> None:
    result = _compare(small, context_chars=12)
    texts = {small.a: TEXT_A, small.b: TEXT_B, small.c: TEXT_C}
    for excerpt in result.excerpts:
        text = texts[excerpt.source_id]
        assert text[excerpt.start : excerpt.end] == excerpt.quote
        assert text[excerpt.start - len(excerpt.context_before) : excerpt.start] == (
            excerpt.context_before
        )
        assert text[excerpt.end : excerpt.end + len(excerpt.context_after)] == (
            excerpt.context_after
        )
        assert len(excerpt.context_before) <= 12 and len(excerpt.context_after) <= 12
    a2 = next(e for e in result.excerpts if e.annotation_id == small.ids["a2"])
    assert [c.name for c in a2.codes] == ["Neutrality", "Vladimir Putin"]
    # Windows that start or end inside a word are trimmed to whole words.
    assert a2.context_before == "regions. "  # not "ur regions. "
    assert a2.context_after == ". Podoliak"  # not ". Podoliak r"
    assert a2.speaker_names == "Vladimir Putin"
    assert a2.position == f"{a2.start}–{a2.end}"
    b2 = next(e for e in result.excerpts if e.annotation_id == small.ids["b2"])
    assert b2.code_names == "Mykhailo Podolyak; Volodymyr Zelensky; Rejects"
    assert b2.stance_ids == (small.codes["rejects"].id,)
    assert b2.condition_ids == () and b2.other_ids == ()


def test_naming_variants_per_source_in_any_script(small: Small) -> None:
    result = _compare(small)
    putin, podolyak = small.codes["putin"].id, small.codes["podolyak"].id
    assert result.naming_variants[putin] == {
        small.a: ("Putin",),
        small.b: ("Путин",),
        small.c: ("Путин",),  # "Путина": an inflected form still counts; "Rasputin" does not
    }
    assert result.naming_variants[podolyak] == {small.a: ("Podoliak",), small.b: ("Подоляк",)}
    assert small.codes["withdrawal"].id not in result.naming_variants


def test_empty_project_compares_to_empty_tables(project: Project) -> None:
    result = compare(load_snapshot(project))
    assert result.sources == () and result.excerpts == () and result.reactions == ()
    assert result.reported_by_all() == () and result.stance_side_counts() == {}
    assert result.naming_variants == {}


def test_sample_project(tmp_path: Path) -> None:
    result = compare(snapshot_of(build_sample(tmp_path)))
    assert len(result.sources) == 2
    by_name = {c.name: c for c in result.conditions}
    assert [c.name for c in result.reported_by_all()][:2] == [
        "Withdrawal from four regions",
        "Renounce NATO membership",
    ]
    land = by_name["Land route to Crimea"]
    newsweek, feed = result.sources
    assert result.cell(land.id, newsweek.id) == ()
    assert _quotes(result.cell(land.id, feed.id)) == [
        "with a condition that Russia has a cemented land route to Crimea"
    ]
    for excerpt in result.excerpts:
        text = result.snapshot.texts[excerpt.source_id]
        assert text[excerpt.start : excerpt.end] == excerpt.quote
    putin = next(c for c in result.speakers if c.name == "Vladimir Putin")
    assert {"Putin", "Путин"} <= set(result.naming_variants[putin.id][feed.id])
    sides = {side for _, side in result.stance_side_counts()}
    assert {"Russia", "Ukraine", "West"} <= sides


def test_naming_variants_finds_what_a_search_per_name_finds(project: Project) -> None:
    """The one-pass finder behind ``naming_variants`` against ``names_used`` (one search per
    name): names sharing their first letters, names that are prefixes of others, a name at the
    very end of a text, after an underscore, a digit or a hyphen."""
    speakers = codebook.root_of_kind(project, CodeKind.SPEAKER).id
    names = {
        "Put": ("Putin", "Putilov", "Putin V."),
        "S. 1": ("S. 10", "S. 2"),
        "Путин": ("Путина", "Пу"),
        "Ab": (),
    }
    codes = [
        codebook.create_code(project, speakers, name, speaker=SpeakerDetails(aliases=aliases))
        for name, aliases in names.items()
    ]
    texts = [
        "Putin V. met Putilov; S. 10 spoke, then s. 2. Ends with Путина",
        "x_Putin, 2Putin and -Putin; S. 1x; пу-пу and ab",
        "nothing here but input, outputs and S.1",
        "Put",
    ]
    ids = [add_source(project, text, f"T{n}") for n, text in enumerate(texts)]
    snapshot = load_snapshot(project)
    found = compare(snapshot).naming_variants
    one_by_one = compare(snapshot)
    for code in codes:
        expected = {i: one_by_one.names_used(code.id, i) for i in ids}
        assert dict(found.get(code.id, {})) == {i: n for i, n in expected.items() if n}
    assert found[codes[0].id][ids[0]] == ("Put", "Putin", "Putilov", "Putin V.")
    assert found[codes[0].id][ids[3]] == ("Put",)  # the whole text

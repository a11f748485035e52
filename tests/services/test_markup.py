from __future__ import annotations

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.errors import InvalidChange
from desktop_app.services import markup, sources
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "😀👍 Путин demanded withdrawal. Podolyak rejected it."


def test_annotation_counts_code_points_and_caches_the_quote(project: Project) -> None:
    source_id = add_source(project, TEXT)
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Путин",))
    withdrawal = add_code(project, CodeKind.CONDITION, "Withdrawal")
    start = TEXT.index("Путин")
    end = TEXT.index(".") + 1
    annotation = markup.annotate(project, source_id, start, end, [withdrawal.id, putin.id])
    assert annotation.quote == "Путин demanded withdrawal."
    assert annotation.quote == sources.get_text(project, source_id)[start:end]
    assert set(annotation.code_ids) == {withdrawal.id, putin.id}
    assert annotation.coder == "tester"


def test_overlapping_and_nested_spans_are_kept(project: Project) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    markup.annotate(project, source_id, 3, 29, [code.id])
    markup.annotate(project, source_id, 10, 40, [code.id])
    markup.annotate(project, source_id, 12, 20, [code.id])
    spans = [(a.start, a.end) for a in markup.list_annotations(project, [source_id])]
    assert spans == [(3, 29), (10, 40), (12, 20)]


@pytest.mark.parametrize("span", [(-1, 3), (5, 5), (10, 4), (0, 10_000)])
def test_spans_outside_the_text_are_refused(project: Project, span: tuple[int, int]) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    with pytest.raises(InvalidChange):
        markup.annotate(project, source_id, span[0], span[1], [code.id])
    assert markup.list_annotations(project) == []


def test_roots_and_empty_code_lists_are_refused(project: Project) -> None:
    from desktop_app.services import codebook

    source_id = add_source(project, TEXT)
    root = codebook.root_of_kind(project, CodeKind.CONDITION)
    with pytest.raises(InvalidChange, match="root"):
        markup.annotate(project, source_id, 3, 8, [root.id])
    with pytest.raises(InvalidChange, match="at least one code"):
        markup.annotate(project, source_id, 3, 8, [])


def test_edit_codes_note_bounds_and_delete(project: Project) -> None:
    source_id = add_source(project, TEXT)
    condition = add_code(project, CodeKind.CONDITION, "Withdrawal")
    speaker = add_code(project, CodeKind.SPEAKER, "Putin")
    annotation = markup.annotate(project, source_id, 3, 8, [condition.id])
    annotation = markup.add_codes(project, annotation.id, [speaker.id])
    assert set(annotation.code_ids) == {condition.id, speaker.id}
    annotation = markup.set_note(project, annotation.id, "paraphrase")
    assert annotation.note == "paraphrase"
    annotation = markup.set_bounds(project, annotation.id, 3, TEXT.index(" rejected"))
    assert annotation.quote == TEXT[3 : TEXT.index(" rejected")]
    markup.delete_annotations(project, [annotation.id])
    assert markup.list_annotations(project) == []


def test_links_connect_a_reaction_to_what_it_answers(project: Project) -> None:
    source_id = add_source(project, TEXT)
    condition = add_code(project, CodeKind.CONDITION, "Withdrawal")
    rejects = add_code(project, CodeKind.REACTION, "Rejects")
    demand = markup.annotate(project, source_id, 3, 30, [condition.id])
    reaction = markup.annotate(project, source_id, TEXT.index("Podolyak"), len(TEXT), [rejects.id])
    link = markup.link(project, reaction.id, demand.id)
    assert (link.from_id, link.to_id, link.relation) == (reaction.id, demand.id, "responds to")
    assert markup.link(project, reaction.id, demand.id).id == link.id  # no duplicate
    markup.delete_annotations(project, [demand.id])
    assert markup.list_links(project) == []


def test_annotate_many_marks_search_hits_in_one_undoable_step(project: Project) -> None:
    from desktop_app.services.search import search

    first = add_source(project, "Путин said. ПУТИН said again.", title="one")
    second = add_source(project, "And путин too.", title="two")
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin")
    hits = search(project, "путин")
    assert [(h.source_id, h.match) for h in hits] == [
        (first, "Путин"),
        (first, "ПУТИН"),
        (second, "путин"),
    ]
    marked = markup.annotate_many(
        project, [(h.source_id, h.start, h.end) for h in hits], [putin.id]
    )
    assert len(marked) == 3
    project.undo()
    assert markup.list_annotations(project) == []

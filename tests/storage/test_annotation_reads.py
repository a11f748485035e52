"""The one read of annotations (storage.annotations.annotation_tuples): every filter gives the
same annotations in position order, long id lists read a chunk at a time."""

from __future__ import annotations

import pytest

from desktop_app.domain.model import Annotation, CodeKind
from desktop_app.services import markup
from desktop_app.services.project import Project
from desktop_app.storage import annotations as store
from tests.builders import add_code, add_source, opened_as

TEXT = "Moscow said it was ready to talk. Kyiv answered that it was not. Brussels waited."


@pytest.fixture
def marked(project: Project) -> tuple[list[int], list[Annotation]]:
    """Three sources, each with the same five spans; the second code on every other span."""
    first = add_code(project, CodeKind.CONDITION, "Talks")
    second = add_code(project, CodeKind.REACTION, "Refusal")
    source_ids = [add_source(project, f"{n}: {TEXT}", f"Report {n}") for n in range(3)]
    made = []
    # Made out of position order, so ids do not follow positions.
    for source_id in reversed(source_ids):
        for n, (start, end) in enumerate([(40, 60), (3, 10), (3, 8), (20, 30), (3, 10)]):
            codes = [first.id, second.id] if n % 2 else [second.id]
            made.append(markup.annotate(project, source_id, start, end, codes))
    return source_ids, made


def _key(a: Annotation) -> tuple[int, int, int, int]:
    return (a.source_id, a.start, a.end, a.id)


def test_every_filter_reads_the_same_annotations_in_position_order(
    project: Project, marked: tuple[list[int], list[Annotation]], monkeypatch: pytest.MonkeyPatch
) -> None:
    source_ids, made = marked
    monkeypatch.setattr(store, "_CHUNK", 2)  # every filter below spans several chunks
    expected = sorted(made, key=_key)
    with project.read() as reader:
        everything = store.list_annotations(reader)
        by_source = store.list_annotations(reader, source_ids=list(reversed(source_ids)))
        by_id = store.list_annotations(reader, annotation_ids=[a.id for a in reversed(made)])
        some = store.list_annotations(
            reader, source_ids=source_ids[1:], annotation_ids=[a.id for a in made[::2]]
        )
    assert everything == by_source == by_id == expected
    assert (
        some == sorted((a for a in made[::2] if a.source_id in source_ids[1:]), key=_key)
        and len(some) > 2
    )
    assert all(a.code_ids == tuple(sorted(a.code_ids)) for a in everything)


def test_the_whole_project_read_and_the_one_statement_read_by_id_agree_with_the_filters(
    project: Project, marked: tuple[list[int], list[Annotation]]
) -> None:
    """The snapshot's read of every annotation (driver rows, joined and sorted in memory) and
    the read-back after a mark-up (one joined statement) give what the filtered reads give:
    other coders' names, notes, origins, codes in order."""
    source_ids, made = marked
    with opened_as(project.location, "bob") as bob:
        markup.set_note(bob, made[0].id, "bob's note")  # updated by bob, made by tester
    sqlite3_edit(project, made[1].id)
    with project.read() as reader:
        everything = store.list_annotations(reader)  # the whole-project read
        by_source = store.list_annotations(reader, source_ids=source_ids)
        few = store.list_annotations(reader, annotation_ids=[a.id for a in made[:4]])
    assert everything == by_source and len(everything) == len(made)
    assert [a for a in by_source if a.id in {m.id for m in made[:4]}] == few
    edited = next(a for a in everything if a.id == made[0].id)
    assert (edited.note, edited.coder, edited.updated_by) == ("bob's note", "tester", "bob")
    hand = next(a for a in everything if a.id == made[1].id)
    assert (hand.note, hand.origin, hand.updated_by) == ("", "suggestion:mention:lemma", "tester")
    assert all(a.code_ids == tuple(sorted(a.code_ids)) and a.code_ids for a in everything)
    assert {len(a.code_ids) for a in everything} == {1, 2}


def sqlite3_edit(project: Project, annotation_id: int) -> None:
    """An origin, written by hand into the file."""
    import sqlite3

    connection = sqlite3.connect(project.location)
    with connection:
        connection.execute(
            "UPDATE annotations SET origin = 'suggestion:mention:lemma' WHERE id = ?",
            (annotation_id,),
        )
    connection.close()

"""The one read of annotations (storage.annotations.annotation_tuples): every filter gives the
same annotations in position order, long id lists read a chunk at a time."""

from __future__ import annotations

import pytest

from desktop_app.domain.model import Annotation, CodeKind
from desktop_app.services import markup
from desktop_app.services.project import Project
from desktop_app.storage import annotations as store
from tests.builders import add_code, add_source

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

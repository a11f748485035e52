"""The per-source store of suggestions with the real engine: computed once, then only what a
change makes stale; what is shown follows mark-up and rejections source by source."""

from __future__ import annotations

from desktop_app.domain.model import CodeKind, SpeakerDetails
from desktop_app.services import codebook, markup
from desktop_app.services import suggestions as review
from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project
from desktop_app.services.suggestion_book import SuggestionBook, compute
from tests.builders import add_code, add_source

FIRST = "Песков заявил, что Путин готов к переговорам. Путина поддержал Лавров."
SECOND = "Putin's spokesman said Putin was ready. Podolyak disagreed."


def _run(project: Project, book: SuggestionBook) -> set[int]:
    assert book.pending
    return book.store(compute(project, book.request()))


def _quotes(book: SuggestionBook, texts: dict[int, str], **filters: object) -> list[str]:
    """The words of the mentions shown (or of the kind asked)."""
    filters.setdefault("kind", "mention")
    return [texts[s.source_id][s.start : s.end] for s in book.shown(**filters)]  # type: ignore[arg-type]


def test_computed_then_kept_up_to_date_change_by_change(project: Project) -> None:
    heard: list[ChangeSet] = []
    project.subscribe(heard.append)
    first = add_source(project, FIRST, "First", language="ru")
    second = add_source(project, SECOND, "Second", language="en")
    texts = {first: FIRST, second: SECOND}
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Путин", "Putin"))
    book = SuggestionBook()
    assert _run(project, book) == {first, second}
    assert not book.pending and book.ready
    assert _quotes(book, texts) == ["Путин", "Путина", "Putin's", "Putin"]
    assert _quotes(book, texts, source_ids=[second]) == ["Putin's", "Putin"]
    assert [book.quote(s) for s in book.shown(source_ids=[second], kind="mention")] == [
        "Putin's",
        "Putin",
    ]
    assert _quotes(book, texts, code_id=putin.id, kind="condition") == []

    # Mark-up covering one: shown no more, worked out again for that source only.
    heard.clear()
    start = FIRST.index("Путина")
    markup.annotate(project, first, start, start + 6, [putin.id])
    book.note(heard[-1])
    assert not book.pending  # a speaker's mark-up changes no condition's wordings
    touched = book.touched()
    assert touched == {first}
    book.reshow(project, touched)
    assert _quotes(book, texts) == ["Путин", "Putin's", "Putin"]

    # A rejection: the same.
    review.reject(project, book.shown(source_ids=[second], kind="mention")[0])
    book.note(heard[-1])
    book.reshow(project, book.touched())
    assert _quotes(book, texts) == ["Путин", "Putin"]
    project.undo()
    book.note(heard[-1])
    book.reshow(project, book.touched())
    assert _quotes(book, texts) == ["Путин", "Putin's", "Putin"]

    # A new source: read alone.
    third = add_source(project, "Путину ответили.", "Third", language="ru")
    texts[third] = "Путину ответили."
    book.note(heard[-1])
    request = book.request()
    assert request.stale == {third}
    # The engine's prepared reading of unchanged inputs is reused, not prepared again.
    assert request.reading is not None and request.reading.inputs == book.inputs
    assert set(book.store(compute(project, request))) == {third}
    assert _quotes(book, texts, source_ids=[third]) == ["Путину"]

    # A new alias: every source read again.
    codebook.set_speaker_details(
        project, putin.id, SpeakerDetails(aliases=("Путин", "Putin", "Лавров"))
    )
    book.note(heard[-1])
    assert _run(project, book) == {first, second, third}
    assert "Лавров" in _quotes(book, texts, source_ids=[first])


def test_sorted_by_score_and_filtered_by_code(project: Project) -> None:
    first = add_source(project, SECOND, "Second", language="en")
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Putin",))
    podolyak = add_code(project, CodeKind.SPEAKER, "Mykhailo Podolyak", aliases=("Podolyak",))
    book = SuggestionBook()
    _run(project, book)
    by_score = book.shown(order="score")
    assert [s.score for s in by_score] == sorted((s.score for s in by_score), reverse=True)
    assert [s.code_ids for s in book.shown(code_id=podolyak.id)] == [(podolyak.id,)]
    assert {s.code_ids for s in book.shown(code_id=putin.id)} == {(putin.id,)}
    assert book.count([first]) == len(book.shown())


def test_a_stopped_computation_is_still_to_do(project: Project) -> None:
    add_source(project, SECOND, "Second", language="en")
    add_code(project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Putin",))
    book = SuggestionBook()
    request = book.request()
    assert not book.pending  # under way
    book.failed(request)
    assert book.pending
    _run(project, book)
    assert book.shown()


def test_a_cancelled_computation_raises_and_leaves_the_book_as_it_was(project: Project) -> None:
    import pytest

    from desktop_app.errors import Cancelled

    add_source(project, SECOND, "Second", language="en")
    add_code(project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Putin",))
    book = SuggestionBook()
    asked: list[int] = []

    def cancel_on_the_third_question() -> bool:
        asked.append(1)
        return len(asked) >= 3

    request = book.request()
    with pytest.raises(Cancelled):
        compute(project, request, cancel_on_the_third_question)
    book.failed(request)
    assert book.pending and not book.ready and book.shown() == []

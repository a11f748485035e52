"""Reviewing suggestions: accept (with edits), reject, accept all; undo of each; which are
shown (rejected ones and those an annotation with the same codes covers are not)."""

from __future__ import annotations

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import Suggestion
from desktop_app.errors import InvalidChange
from desktop_app.services import markup
from desktop_app.services import suggestions as review
from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "Песков заявил, что Путин готов. Putin's offer was rejected by Podolyak."


def _suggestion(
    source_id: int,
    word: str,
    code_ids: tuple[int, ...],
    *,
    kind: str = "mention",
    rule: str = "mention:lemma",
    score: float = 0.9,
) -> Suggestion:
    start = TEXT.index(word)
    return Suggestion(
        source_id,
        start,
        start + len(word),
        kind,
        code_ids,
        score,
        f"“{word}”",
        rule,  # type: ignore[arg-type]
    )


@pytest.fixture
def setting(project: Project) -> tuple[int, int, int]:
    source_id = add_source(project, TEXT)
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Путин",))
    peskov = add_code(project, CodeKind.SPEAKER, "Dmitry Peskov", aliases=("Песков",))
    return source_id, putin.id, peskov.id


def test_accepting_makes_an_annotation_with_its_origin_in_one_undoable_step(
    project: Project, setting: tuple[int, int, int]
) -> None:
    source_id, putin, _ = setting
    heard: list[ChangeSet] = []
    project.subscribe(heard.append)
    suggestion = _suggestion(source_id, "Путин", (putin,))
    annotation = review.accept(project, suggestion)
    assert (annotation.quote, annotation.code_ids) == ("Путин", (putin,))
    assert annotation.origin == "suggestion:mention:lemma"
    assert review.is_assisted(annotation)
    assert len(heard) == 1 and heard[0].annotations == {annotation.id}
    assert project.undo_label == "Accept “Путин” as Vladimir Putin"
    project.undo()
    assert markup.list_annotations(project) == []


def test_hand_made_mark_up_has_no_origin(project: Project, setting: tuple[int, int, int]) -> None:
    source_id, putin, _ = setting
    annotation = markup.annotate(project, source_id, 19, 24, [putin])
    assert annotation.origin == "" and not review.is_assisted(annotation)


def test_accepting_with_edited_bounds_and_codes(
    project: Project, setting: tuple[int, int, int]
) -> None:
    source_id, putin, peskov = setting
    suggestion = _suggestion(source_id, "Путин", (putin,))
    start = TEXT.index("Песков")
    annotation = review.accept(
        project, suggestion, start=start - 0, end=TEXT.index(",") + 2, code_ids=[peskov]
    )
    assert annotation.quote == "Песков заявил,"  # the blank at the end left out
    assert annotation.code_ids == (peskov,)
    assert annotation.origin == "suggestion:mention:lemma"
    # The suggestion as proposed is dealt with: not shown beside what was made of it.
    assert review.visible(project, {source_id: (suggestion,)}) == {source_id: ()}
    project.undo()  # one step takes back both
    assert markup.list_annotations(project) == []
    assert review.visible(project, {source_id: (suggestion,)}) == {source_id: (suggestion,)}


def test_a_statement_without_a_speaker_needs_codes(
    project: Project, setting: tuple[int, int, int]
) -> None:
    source_id, _, _ = setting
    suggestion = _suggestion(source_id, "Путин готов", (), kind="statement", rule="statement:cue")
    with pytest.raises(InvalidChange, match="at least one code"):
        review.accept(project, suggestion)
    assert markup.list_annotations(project) == []
    assert review.accept_all(project, [suggestion]) == 0


def test_rejected_suggestions_are_hidden_until_the_rejection_is_undone(
    project: Project, setting: tuple[int, int, int]
) -> None:
    source_id, putin, peskov = setting
    heard: list[ChangeSet] = []
    project.subscribe(heard.append)
    first = _suggestion(source_id, "Путин", (putin,))
    second = _suggestion(source_id, "Песков", (peskov,))
    found = {source_id: (second, first)}
    review.reject(project, first)
    assert heard[-1].suggestions == {source_id} and not heard[-1].empty
    assert review.visible(project, found) == {source_id: (second,)}
    # The same span with other codes is another suggestion: still shown.
    other = _suggestion(source_id, "Путин", (peskov,))
    assert review.visible(project, {source_id: (other,)}) == {source_id: (other,)}
    # Rejecting twice remembers it once (the second changes nothing: no undo step).
    review.reject(project, first)
    project.undo()
    assert review.visible(project, found) == {source_id: (second, first)}
    project.redo()
    assert review.visible(project, found) == {source_id: (second,)}


def test_suggestions_covered_by_an_annotation_with_the_same_codes_are_hidden(
    project: Project, setting: tuple[int, int, int]
) -> None:
    source_id, putin, peskov = setting
    mention = _suggestion(source_id, "Путин", (putin,))
    statement = _suggestion(source_id, "Путин готов", (peskov,), kind="statement")
    found = {source_id: (mention, statement)}
    # Another code over the same words does not cover it.
    markup.annotate(project, source_id, mention.start, mention.end, [peskov])
    assert review.visible(project, found)[source_id] == (mention, statement)
    # An annotation holding the words with the same code does, whatever else it carries.
    start = TEXT.index("Песков")
    markup.annotate(project, source_id, start, TEXT.index("."), [putin, peskov])
    assert review.visible(project, found)[source_id] == ()


def test_accept_all_is_one_operation_and_counts(
    project: Project, setting: tuple[int, int, int]
) -> None:
    source_id, putin, peskov = setting
    chosen = [
        _suggestion(source_id, "Путин", (putin,)),
        _suggestion(source_id, "Putin's", (putin,), rule="mention:possessive"),
        _suggestion(source_id, "Песков", (peskov,)),
        _suggestion(source_id, "Песков", (putin,), kind="statement", rule="statement:cue"),
    ]
    assert review.accept_all(project, chosen) == 3  # the same span twice: one annotation
    made = markup.list_annotations(project)
    assert [(a.quote, set(a.code_ids), a.origin) for a in made] == [
        ("Песков", {putin, peskov}, "suggestion:mention:lemma"),
        ("Путин", {putin}, "suggestion:mention:lemma"),
        ("Putin's", {putin}, "suggestion:mention:possessive"),
    ]
    assert project.undo_label == "Accept 4 suggestions"
    project.undo()
    assert markup.list_annotations(project) == []


def test_deleting_a_source_takes_its_rejections_along_and_undo_brings_them_back(
    project: Project, setting: tuple[int, int, int]
) -> None:
    from desktop_app.services import sources

    source_id, putin, _ = setting
    first = _suggestion(source_id, "Путин", (putin,))
    review.reject(project, first)
    sources.delete_sources(project, [source_id])
    project.undo()
    assert review.visible(project, {source_id: (first,)}) == {source_id: ()}

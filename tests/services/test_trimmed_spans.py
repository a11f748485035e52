"""Every way of marking stores a selection without the blanks at its ends (issue 13, item 6):
the key and popup path (annotate), mark-all (annotate_many), new boundaries and the edit
dialog — offsets in code points, with astral characters before the span."""

from __future__ import annotations

from desktop_app.domain.model import CodeKind
from desktop_app.errors import InvalidChange
from desktop_app.services import annotation_edit, markup
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "😀👍 Путин said:\n  Kyiv must withdraw.\u00a0\nPodolyak rejected it. "


def test_annotate_stores_the_selection_trimmed(project: Project) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    start = TEXT.index(":") + 1  # the line break and the indent before "Kyiv"
    end = TEXT.index("Podolyak")  # the no-break space and line break after "withdraw."
    created = markup.annotate(project, source_id, start, end, [code.id])
    assert created.quote == "Kyiv must withdraw."
    assert (created.start, created.end) == (
        TEXT.index("Kyiv"),
        TEXT.index("withdraw.") + len("withdraw."),
    )
    assert markup.get_annotation(project, created.id).quote == TEXT[created.start : created.end]


def test_white_space_only_is_still_refused(project: Project) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    start = TEXT.index(":") + 1
    try:
        markup.annotate(project, source_id, start, start + 3, [code.id])
    except InvalidChange as refused:
        assert "only white space" in str(refused)
    else:
        raise AssertionError("a blank selection was stored")


def test_mark_all_trims_and_merges_spans_that_trim_alike(project: Project) -> None:
    source_id = add_source(project, TEXT)
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin")
    word = TEXT.index("Путин")
    existing = markup.annotate(project, source_id, word, word + 5, [putin.id])
    rejects = add_code(project, CodeKind.REACTION, "Rejects")
    last = TEXT.index("Podolyak")
    marked = markup.annotate_many(
        project,
        [
            (source_id, word - 1, word + 6),
            (source_id, word, word + 5),
            (source_id, last, len(TEXT)),
        ],
        [rejects.id],
    )
    spans = sorted((a.start, a.end, a.quote) for a in marked)
    assert spans == [
        (word, word + 5, "Путин"),
        (last, len(TEXT) - 1, "Podolyak rejected it."),
    ]
    assert set(markup.get_annotation(project, existing.id).code_ids) == {putin.id, rejects.id}


def test_new_boundaries_and_the_edit_dialog_trim_too(project: Project) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    kyiv = TEXT.index("Kyiv")
    created = markup.annotate(project, source_id, kyiv, kyiv + 4, [code.id])
    moved = markup.set_bounds(project, created.id, kyiv - 3, kyiv + 10)
    assert (moved.start, moved.end, moved.quote) == (kyiv, kyiv + 9, "Kyiv must")
    edited = annotation_edit.edit_annotation(
        project, created.id, code_ids=[code.id], note="", start=kyiv + 4, end=kyiv + 10
    )
    assert (edited.start, edited.end, edited.quote) == (kyiv + 5, kyiv + 9, "must")

"""The services' contract, tested directly: an operation is one transaction that rolls back on
any error (no history, no broadcast), records one undo step and broadcasts one change set after
the commit, carries the few annotations it changed as committed, and the project's name and
GUID are read once and forgotten on a rename. Also the mark-up checks a mutation run found
untested: a blank selection is refused by every way of marking, and mark-all adds its codes to a
span with the same bounds instead of making a second one."""

from __future__ import annotations

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.errors import InvalidChange, NotFound
from desktop_app.services import codebook, markup
from desktop_app.services import project as project_module
from desktop_app.services.changes import ChangeSet
from desktop_app.services.history import HISTORY_LIMIT
from desktop_app.services.project import Project
from desktop_app.services.validation import NAME_LIMIT, checked_color, clean_code_name
from desktop_app.storage import annotations as annotation_store
from tests.builders import add_code, add_source
from tests.sqlcount import counting

TEXT = "Moscow said it was ready to talk.\u00a0\t \nKyiv answered that it was not."
BLANK = TEXT.index("\u00a0"), TEXT.index("Kyiv")  # a no-break space, a tab, a space, a newline


def heard(project: Project) -> list[ChangeSet]:
    found: list[ChangeSet] = []
    project.subscribe(found.append)
    return found


# -- one operation -----------------------------------------------------------------------------


def test_an_operation_that_fails_leaves_nothing(project: Project) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Talks")
    changes = heard(project)
    label = project.undo_label
    with pytest.raises(RuntimeError, match="half-way"), project.operation("Half a change") as tx:
        annotation_store.insert_annotation(
            tx,
            {
                "guid": "g",
                "source_id": source_id,
                "start": 0,
                "end": 6,
                "quote": "Moscow",
                "note": "",
                "coder_id": project.coder_id(tx),
                "created_at": "",
                "updated_at": "",
            },
            [code.id],
        )
        raise RuntimeError("half-way")
    assert markup.list_annotations(project) == []
    assert changes == [] and project.undo_label == label


def test_an_operation_is_one_undo_step_and_one_change_set_after_the_commit(
    project: Project,
) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Talks")
    seen_stored: list[int] = []

    def listener(change: ChangeSet) -> None:  # committed before anyone hears of it
        seen_stored.extend(a.id for a in markup.list_annotations(project))

    changes = heard(project)
    project.subscribe(listener)
    made = markup.annotate(project, source_id, 0, 6, [code.id])
    assert [c.label for c in changes] == ["Mark “Moscow” as Talks"]
    assert changes[0].annotations == {made.id} and changes[0].sources == {source_id}
    assert seen_stored == [made.id]
    assert project.undo_label == "Mark “Moscow” as Talks"
    project.undo()
    assert markup.list_annotations(project) == []
    assert [c.undo for c in changes] == [False, True]


def test_an_operation_that_changes_nothing_is_no_step(project: Project) -> None:
    changes = heard(project)
    with project.operation("Nothing"):
        pass
    assert changes == [] and project.undo_label is None


def test_the_change_set_carries_the_annotations_as_committed(
    project: Project, monkeypatch: pytest.MonkeyPatch
) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Talks")
    changes = heard(project)
    made = markup.annotate(project, source_id, 0, 6, [code.id])
    assert changes[-1].stored == {made.id: made}
    assert markup.get_annotation(project, made.id) == made  # the same as a later read
    edited = markup.set_note(project, made.id, "checked")
    assert changes[-1].stored == {made.id: edited} and edited.version == made.version + 1
    markup.delete_annotations(project, [made.id])
    assert changes[-1].annotations == {made.id} and changes[-1].stored == {}  # deleted
    project.undo()
    assert changes[-1].stored is None  # undo does not read back: the views read
    monkeypatch.setattr(project_module, "READ_BACK_LIMIT", 1)
    spans = [(source_id, 7, 11), (source_id, 12, 14), (source_id, 15, 18)]
    markup.annotate_many(project, spans, [code.id])
    assert changes[-1].stored is None and len(changes[-1].annotations) == 3


def test_the_undo_history_keeps_the_newest_steps(project: Project) -> None:
    code = add_code(project, CodeKind.CONDITION, "Talks")
    assert project.history.limit == HISTORY_LIMIT
    project.history.limit = 3
    for n in range(5):
        codebook.rename_code(project, code.id, f"Talks {n}")
    undone = 0
    while project.undo() is not None:
        undone += 1
    assert undone == 3
    assert codebook.get_code(project, code.id).name == "Talks 1"


# -- name and GUID ------------------------------------------------------------------------------


def test_name_and_guid_are_read_once_and_forgotten_on_a_rename(project: Project) -> None:
    engine = project.database.engine
    first_name, guid = project.name, project.guid
    with counting(engine) as again:
        assert (project.name, project.guid) == (first_name, guid)
    assert (again.transactions, again.statements) == (0, [])
    project.rename("  Talks   in June ")
    assert project.name == "Talks in June"
    project.undo()
    assert project.name == first_name and project.guid == guid
    with Project.open(project.database.path, coder="other") as other:  # type: ignore[arg-type]
        assert other.name == first_name and other.guid == guid
    with pytest.raises(InvalidChange, match="needs a name"):
        project.rename(" \t")


# -- mark-up checks ------------------------------------------------------------------------------


def test_a_blank_selection_is_refused_by_every_way_of_marking(project: Project) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Talks")
    start, end = BLANK
    assert not TEXT[start:end].strip() and end - start == 4
    label = project.undo_label
    with pytest.raises(InvalidChange, match="only white space"):
        markup.annotate(project, source_id, start, end, [code.id])
    with pytest.raises(InvalidChange, match="only white space"):
        markup.annotate_many(project, [(source_id, 0, 6), (source_id, start, end)], [code.id])
    made = markup.annotate(project, source_id, 0, 6, [code.id])
    with pytest.raises(InvalidChange, match="only white space"):
        markup.set_bounds(project, made.id, start, end)
    assert markup.list_annotations(project) == [made]  # nothing else written
    assert project.undo_label != label


@pytest.mark.parametrize(("start", "end"), [(-1, 3), (5, 5), (6, 2), (0, len(TEXT) + 1)])
def test_a_span_outside_the_text_is_refused(project: Project, start: int, end: int) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Talks")
    with pytest.raises(InvalidChange, match="outside the text"):
        markup.annotate(project, source_id, start, end, [code.id])
    assert markup.list_annotations(project) == []


def test_codes_are_checked_before_anything_is_written(project: Project) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Talks")
    root = codebook.root_of_kind(project, CodeKind.CONDITION)
    with pytest.raises(InvalidChange, match="at least one code"):
        markup.annotate(project, source_id, 0, 6, [])
    with pytest.raises(NotFound, match="no code 9999"):
        markup.annotate(project, source_id, 0, 6, [code.id, 9999])
    with pytest.raises(InvalidChange, match="is a root"):
        markup.annotate(project, source_id, 0, 6, [code.id, root.id])
    with pytest.raises(NotFound, match="source no longer exists"):
        markup.annotate(project, 9999, 0, 6, [code.id])
    assert markup.list_annotations(project) == []
    made = markup.annotate(project, source_id, 0, 6, [code.id, code.id])  # a repeat counts once
    assert made.code_ids == (code.id,)


def test_mark_all_adds_its_codes_to_a_span_with_the_same_bounds(project: Project) -> None:
    source_id = add_source(project, TEXT)
    talks = add_code(project, CodeKind.CONDITION, "Talks")
    moscow = add_code(project, CodeKind.SPEAKER, "Moscow")
    refusal = add_code(project, CodeKind.REACTION, "Refusal")
    existing = markup.annotate(project, source_id, 0, 6, [talks.id, moscow.id])
    marked = markup.annotate_many(
        project, [(source_id, 0, 6), (source_id, 7, 11)], [moscow.id, refusal.id]
    )
    assert len(markup.list_annotations(project)) == 2  # one new span, not a second "Moscow"
    merged = next(a for a in marked if a.id == existing.id)
    assert set(merged.code_ids) == {talks.id, moscow.id, refusal.id}
    assert merged.version == existing.version + 1
    assert merged.quote == existing.quote and (merged.start, merged.end) == (0, 6)
    assert project.undo_label == "Mark 2 hits as Moscow + Refusal"
    project.undo()
    assert set(markup.get_annotation(project, existing.id).code_ids) == {talks.id, moscow.id}
    assert len(markup.list_annotations(project)) == 1


# -- codebook limits ------------------------------------------------------------------------------


def test_code_names_and_colours_have_limits() -> None:
    assert clean_code_name("  Talks \n in June ") == "Talks in June"
    assert clean_code_name("x" * NAME_LIMIT) == "x" * NAME_LIMIT
    with pytest.raises(InvalidChange, match=f"at most {NAME_LIMIT}"):
        clean_code_name("x" * (NAME_LIMIT + 1))
    with pytest.raises(InvalidChange, match="needs a name"):
        clean_code_name(" \u00a0 ")
    assert checked_color("#A0b1C2") == "#a0b1c2"
    for bad in ("a0b1c2", "#a0b1c", "#a0b1c2 ", "#g0b1c2"):
        with pytest.raises(InvalidChange, match="not a colour"):
            checked_color(bad)

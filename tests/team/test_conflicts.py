"""Two analysts on one project never silently overwrite each other (SQLite and PostgreSQL)."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.model import Annotation, CodeKind, SourceMeta
from desktop_app.errors import ConflictError, NotFound
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."


def _marked(project: Project) -> tuple[int, int, Annotation]:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Conditions set")
    return source_id, code.id, markup.annotate(project, source_id, 0, 20, [code.id])


def test_every_change_is_one_new_version_with_its_author(alice: Project, bob: Project) -> None:
    source_id, code_id, annotation = _marked(alice)
    assert annotation.version == 1
    assert (annotation.coder, annotation.updated_by) == ("alice", "alice")
    speaker = add_code(bob, CodeKind.SPEAKER, "Putin")
    # Codes and the timestamp change in one operation: one new version, not two.
    changed = markup.add_codes(bob, annotation.id, [speaker.id])
    assert changed.version == 2
    assert (changed.coder, changed.updated_by) == ("alice", "bob")
    code = codebook.get_code(bob, code_id)
    assert (code.created_by, code.version) == ("alice", 1)
    renamed = codebook.rename_code(bob, code_id, "Preconditions")
    assert (renamed.version, renamed.updated_by, renamed.created_by) == (2, "bob", "alice")
    before = sources.get_source(alice, source_id).version
    sources.set_variables(alice, source_id, {"region": "Europe"})
    assert sources.get_source(alice, source_id).version == before + 1


def test_a_stale_edit_is_refused_with_the_current_state(alice: Project, bob: Project) -> None:
    _source, _code, seen_by_alice = _marked(alice)
    seen_by_bob = markup.get_annotation(bob, seen_by_alice.id)
    with bob.expecting(seen_by_bob):
        markup.set_note(bob, seen_by_bob.id, "bob's reading")
    with pytest.raises(ConflictError) as refused, alice.expecting(seen_by_alice):
        markup.set_note(alice, seen_by_alice.id, "alice's reading")
    error = refused.value
    assert "bob changed" in str(error) and "Putin set conditions" in str(error)
    assert isinstance(error.current, Annotation) and error.current.note == "bob's reading"
    assert (error.entity, error.entity_id) == ("annotation", seen_by_alice.id)
    assert markup.get_annotation(alice, seen_by_alice.id).note == "bob's reading"
    assert alice.undo_label == "Mark “Putin set conditions” as Conditions set"
    # Based on the current state, the edit goes through.
    with alice.expecting(error.current):
        assert markup.set_note(alice, seen_by_alice.id, "both").note == "both"


def test_editing_something_someone_deleted_is_refused(alice: Project, bob: Project) -> None:
    source_id, code_id, annotation = _marked(alice)
    markup.delete_annotations(bob, [annotation.id])
    with pytest.raises(NotFound, match="no longer exists"):
        markup.set_note(alice, annotation.id, "too late")
    # Any change based on it is refused, naming what is gone.
    gone = pytest.raises(ConflictError, match="deleted the annotation")
    with gone as refused, alice.expecting(annotation):
        markup.annotate(alice, source_id, 22, 45, [code_id])
    assert refused.value.current is None
    assert markup.list_annotations(alice) == []


def test_deleting_what_someone_just_edited_is_refused(alice: Project, bob: Project) -> None:
    _source, _code, annotation = _marked(alice)
    markup.set_note(bob, annotation.id, "keep me")
    with pytest.raises(ConflictError), alice.expecting(annotation):
        markup.delete_annotations(alice, [annotation.id])
    assert markup.get_annotation(bob, annotation.id).note == "keep me"


def test_merging_a_code_keeps_mark_up_made_meanwhile(alice: Project, bob: Project) -> None:
    source_id = add_source(alice, TEXT)
    old = add_code(alice, CodeKind.SPEAKER, "Zelenskyy")
    new = add_code(alice, CodeKind.SPEAKER, "Volodymyr Zelensky")
    # Bob codes with the old spelling while Alice merges it away, without expecting anything:
    # the merge reads the codings inside its own transaction, so Bob's moves along.
    bobs = markup.annotate(bob, source_id, 22, 45, [old.id])
    merged = codebook.merge_codes(alice, old.id, new.id)
    assert merged.annotation_count == 1
    assert markup.get_annotation(bob, bobs.id).code_ids == (new.id,)


def test_deleting_a_code_refuses_when_its_mark_up_grew_unseen(alice: Project, bob: Project) -> None:
    source_id = add_source(alice, TEXT)
    code = add_code(alice, CodeKind.REACTION, "Rejects")
    markup.annotate(alice, source_id, 22, 45, [code.id])
    seen = codebook.get_code(alice, code.id)  # "delete Rejects and its 1 annotation?"
    bobs = markup.annotate(bob, source_id, 46, len(TEXT), [code.id])
    with pytest.raises(ConflictError, match="marked up"), alice.expecting(seen):
        codebook.delete_code(alice, code.id)
    assert markup.get_annotation(alice, bobs.id).code_ids == (code.id,)
    with alice.expecting(codebook.get_code(alice, code.id)):
        assert codebook.delete_code(alice, code.id) == 2


def test_deleting_a_source_refuses_when_its_mark_up_grew_unseen(
    alice: Project, bob: Project
) -> None:
    source_id = add_source(alice, TEXT)
    code = add_code(alice, CodeKind.CONDITION, "Withdrawal")
    seen = sources.get_source(alice, source_id)
    markup.annotate(bob, source_id, 0, 20, [code.id])
    with pytest.raises(ConflictError), alice.expecting(seen):
        sources.delete_sources(alice, [source_id])
    assert sources.get_source(bob, source_id).annotation_count == 1


def test_mark_up_on_a_source_deleted_meanwhile_is_refused_cleanly(
    alice: Project, bob: Project
) -> None:
    source_id = add_source(alice, TEXT)
    code = add_code(alice, CodeKind.CONDITION, "Withdrawal")
    # Bob's window still shows the source; the deletion lands just before Bob's operation
    # begins. The mark-up checks the span inside its write transaction, so it sees the
    # deletion and says so (before the check moved inside it, the write's conflict said it).
    real_operation = bob.operation

    def deleting_first(label: str, **options: object):  # type: ignore[no-untyped-def]
        sources.delete_sources(alice, [source_id])
        return real_operation(label, **options)  # type: ignore[arg-type]

    bob.operation = deleting_first  # type: ignore[method-assign]
    with pytest.raises(NotFound, match="no longer exists"):
        markup.annotate(bob, source_id, 0, 20, [code.id])
    bob.operation = real_operation  # type: ignore[method-assign]
    assert markup.list_annotations(bob) == []


def test_undo_is_refused_after_someone_else_changed_the_same_thing(
    alice: Project, bob: Project
) -> None:
    _source, _code, annotation = _marked(alice)
    markup.set_note(alice, annotation.id, "alice")
    markup.set_note(bob, annotation.id, "bob")
    with pytest.raises(ConflictError, match="cannot undo"):
        alice.undo()
    assert markup.get_annotation(alice, annotation.id).note == "bob"
    assert alice.undo_label == "Edit note of “Putin set conditions”"  # still there
    # Alice may drop that step and undo what lies below it, where nobody else has been.
    assert alice.skip_undo() == "Edit note of “Putin set conditions”"
    assert alice.undo_label == "Mark “Putin set conditions” as Conditions set"
    with pytest.raises(ConflictError):  # the annotation itself was changed by Bob too
        alice.undo()
    alice.skip_undo()
    assert alice.undo_label == "Add condition “Conditions set”"


def test_undo_leaves_others_work_on_other_things_alone(alice: Project, bob: Project) -> None:
    source_id, code_id, annotation = _marked(alice)
    other = markup.annotate(bob, source_id, 22, 45, [code_id])
    sources.update_metadata(alice, source_id, SourceMeta(title="Renamed"))
    markup.set_note(bob, other.id, "bob's")
    assert alice.undo() is not None  # the title
    assert alice.undo() is not None  # the annotation
    assert [a.id for a in markup.list_annotations(alice)] == [other.id]
    assert markup.get_annotation(alice, other.id).note == "bob's"
    assert sources.get_source(alice, source_id).title == "Source"
    assert alice.redo() is not None and alice.redo() is not None
    assert markup.get_annotation(alice, annotation.id).quote == "Putin set conditions"


def test_versions_only_go_up_even_through_undo(alice: Project) -> None:
    _source, _code, annotation = _marked(alice)
    versions = [annotation.version]
    for note in ("one", "two"):
        versions.append(markup.set_note(alice, annotation.id, note).version)
    for step in (alice.undo, alice.undo, alice.redo, alice.redo):
        step()
        versions.append(markup.get_annotation(alice, annotation.id).version)
    assert versions == sorted(versions) and len(set(versions)) == len(versions)
    assert markup.get_annotation(alice, annotation.id).note == "two"


def test_a_write_held_up_too_long_says_the_project_is_busy(
    project_path: str | Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    from sqlalchemy import create_engine, text

    from desktop_app.errors import ParleyError
    from desktop_app.storage import database
    from desktop_app.storage import engine as connecting

    monkeypatch.setattr(database, "WRITE_WAIT_S", 1)
    monkeypatch.setattr(connecting, "BUSY_TIMEOUT_MS", 500)
    engine = None
    with Project.open(project_path, coder="carol") as carol:
        if isinstance(project_path, Path):
            blocker = sqlite3.connect(project_path, isolation_level=None)
            blocker.execute("BEGIN IMMEDIATE")
        else:  # another analyst's long write holds the project's write lock
            engine = create_engine(project_path)
            blocker = engine.connect()  # type: ignore[assignment]
            blocker.execute(text("SELECT pg_advisory_xact_lock(:k)"), {"k": database.WRITE_LOCK})
        try:
            with pytest.raises(ParleyError, match="busy"):
                add_code(carol, CodeKind.CONDITION, "Waiting")
        finally:
            blocker.rollback()
            blocker.close()
            if engine is not None:
                engine.dispose()
        assert add_code(carol, CodeKind.CONDITION, "Waiting").name == "Waiting"


def test_an_edit_landing_after_a_deletion_is_refused_cleanly(alice: Project, bob: Project) -> None:
    _source, _code, annotation = _marked(alice)
    real_operation = bob.operation

    def deleting_first(label: str, **options: object):  # type: ignore[no-untyped-def]
        markup.delete_annotations(alice, [annotation.id])
        return real_operation(label, **options)  # type: ignore[arg-type]

    bob.operation = deleting_first  # type: ignore[method-assign]
    with pytest.raises(ConflictError, match="someone else deleted the annotation —") as refused:
        markup.set_note(bob, annotation.id, "too late")
    bob.operation = real_operation  # type: ignore[method-assign]
    assert refused.value.current is None


def test_the_windows_fast_reads_carry_versions_and_authors(alice: Project, bob: Project) -> None:
    from desktop_app.services import lookups

    source_id, _code, annotation = _marked(alice)
    markup.set_note(bob, annotation.id, "bob's")
    fast = lookups.annotations_of_source(alice, source_id)
    by_id = lookups.annotations_by_id(alice, [annotation.id])
    full = markup.list_annotations(alice, [source_id])
    assert [(a.version, a.updated_by) for a in fast] == [(a.version, a.updated_by) for a in full]
    assert (by_id[0].version, by_id[0].updated_by, by_id[0].coder) == (2, "bob", "alice")

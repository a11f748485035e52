"""Storage's contract, tested directly on ``Database``: a write transaction commits whole or
not at all, logs every row it writes (the undo record) with images before and after, raises
each changed versioned row's version by exactly one (an owner once, however many of its rows
change), refuses a row not at the version expected, and replays its own inverse."""

from __future__ import annotations

import uuid

import pytest

from desktop_app.storage import annotations as annotation_store
from desktop_app.storage import codebook as code_store
from desktop_app.storage import project_meta
from desktop_app.storage import transaction as transaction_module
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.schema import AnnotationCode, AnnotationRow, CodeRow, SourceRow
from desktop_app.storage.transaction import RowChange, StaleRow

TEXT = "Moscow said it was ready to talk."


@pytest.fixture
def database(project_path: object) -> Database:
    opened = open_database(project_path)  # type: ignore[arg-type]
    yield opened  # type: ignore[misc]
    opened.close()


def _code(tx: transaction_module.Transaction, name: str) -> int:
    root = next(c for c in code_store.list_codes(tx) if c.builtin)
    new_id = code_store.insert_code(
        tx,
        {
            "guid": f"code-{name}",
            "parent_id": root.id,
            "name": name,
            "kind": root.kind.value,
            "color": "#336699",
            "position": 10,
        },
    )
    assert new_id is not None
    return new_id


def _source(tx: transaction_module.Transaction) -> int:
    values = {
        "guid": "source-1",
        "title": "Report",
        "text": TEXT,
        "characters": len(TEXT),
        "sha256": "0" * 64,
        "imported_at": "2026-01-01T00:00:00Z",
        "folded_text": TEXT.casefold(),
    }
    values = {k: v for k, v in values.items() if k in SourceRow.__table__.columns}
    new_id = tx.insert(SourceRow, values)
    assert new_id is not None
    return new_id


def _annotation(tx: transaction_module.Transaction, source_id: int, codes: list[int]) -> int:
    return annotation_store.insert_annotation(
        tx,
        {
            "guid": str(uuid.uuid4()),
            "source_id": source_id,
            "start": 0,
            "end": 6,
            "quote": "Moscow",
            "note": "",
            "coder_id": tx.coder_id,
            "created_at": "",
            "updated_at": "",
        },
        codes,
    )


@pytest.fixture
def marked(database: Database) -> tuple[int, int, int, int]:
    """A coder, a source, two codes and an annotation carrying the first: their ids."""
    with database.transaction() as tx:
        coder = project_meta.ensure_coder(tx, "tester")
    with database.transaction(coder_id=coder) as tx:
        source_id = _source(tx)
        first, second = _code(tx, "Talks"), _code(tx, "Refusal")
        annotation_id = _annotation(tx, source_id, [first])
    return source_id, first, second, annotation_id


def test_a_transaction_commits_whole_or_not_at_all(database: Database) -> None:
    with database.reader() as reader:
        before = len(code_store.list_codes(reader))
    with pytest.raises(ZeroDivisionError), database.transaction() as tx:
        _code(tx, "Talks")
        assert len(code_store.list_codes(tx)) == before + 1  # seen inside, until the error
        _ = 1 / 0
    with database.reader() as reader:
        assert len(code_store.list_codes(reader)) == before
    with database.transaction() as tx:
        _code(tx, "Talks")
    with database.reader() as reader:
        assert len(code_store.list_codes(reader)) == before + 1


def test_every_row_written_is_logged_with_its_images(
    database: Database, marked: tuple[int, int, int, int]
) -> None:
    _source_id, _first, second, annotation_id = marked
    with database.transaction() as tx:
        annotation_store.set_codes(tx, annotation_id, [second])
        annotation_store.update_annotation(tx, annotation_id, {"note": "checked"})
        annotation_store.update_annotation(tx, annotation_id, {"note": "checked"})  # no change
    log = [(c.table, c.before is None, c.after is None) for c in tx.changes]
    assert log == [
        ("annotation_codes", False, True),  # the old coding deleted
        ("annotation_codes", True, False),  # the new one inserted
        ("annotations", False, False),  # the note
    ]
    note = tx.changes[2]
    assert note.before is not None and note.after is not None
    assert (note.before["note"], note.after["note"]) == ("", "checked")
    assert note.inverse() == RowChange("annotations", note.after, note.before)
    assert note.row_id == annotation_id


def test_a_changed_row_goes_up_one_version_and_its_owner_once(
    database: Database, marked: tuple[int, int, int, int]
) -> None:
    _source_id, first, second, annotation_id = marked
    with database.reader() as reader:
        start = annotation_store.get_annotation(reader, annotation_id)
    assert start is not None and start.version == 1
    with database.transaction() as tx:
        annotation_store.set_codes(tx, annotation_id, [first, second])  # an owned row
        annotation_store.update_annotation(tx, annotation_id, {"note": "one"})
        annotation_store.update_annotation(tx, annotation_id, {"note": "two"})
    with database.reader() as reader:
        after = annotation_store.get_annotation(reader, annotation_id)
    assert after is not None and after.version == 2 and after.note == "two"
    with database.transaction() as tx:  # only a coding changes: the owner is bumped
        annotation_store.set_codes(tx, annotation_id, [second])
    with database.reader() as reader:
        owned = annotation_store.get_annotation(reader, annotation_id)
    assert owned is not None and owned.version == 3 and owned.code_ids == (second,)
    assert tx.claimed() == {("annotations", annotation_id): 2}


def test_a_row_not_at_the_expected_version_is_refused(
    database: Database, marked: tuple[int, int, int, int]
) -> None:
    _source_id, _first, _second, annotation_id = marked
    with (
        pytest.raises(StaleRow) as refused,
        database.transaction(expected={("annotations", annotation_id): 7}) as tx,
    ):
        annotation_store.update_annotation(tx, annotation_id, {"note": "late"})
    assert (refused.value.expected, refused.value.found) == (7, 1)
    with database.reader() as reader:
        kept = annotation_store.get_annotation(reader, annotation_id)
    assert kept is not None and kept.note == "" and kept.version == 1
    with pytest.raises(StaleRow), database.transaction() as tx:
        tx.update(AnnotationRow, 9999, {"note": "gone"})  # deleted meanwhile


def test_replaying_the_inverse_log_undoes_and_is_logged_again(
    database: Database, marked: tuple[int, int, int, int]
) -> None:
    source_id, first, second, annotation_id = marked
    with database.reader() as reader:
        original = annotation_store.get_annotation(reader, annotation_id)
    assert original is not None
    with database.transaction() as tx:
        annotation_store.delete_annotations(tx, [annotation_id])
        _annotation(tx, source_id, [second])
    deleted = tx.changes
    with database.transaction() as tx:
        tx.replay([c.inverse() for c in reversed(deleted)])
    with database.reader() as reader:
        back = annotation_store.list_annotations(reader)
    assert [(a.id, a.guid, a.code_ids) for a in back] == [(annotation_id, original.guid, (first,))]
    assert {c.table for c in tx.changes} == {"annotations", "annotation_codes"}
    with database.transaction() as again:  # the undo's own log undoes the undo
        again.replay([c.inverse() for c in reversed(tx.changes)])
    with database.reader() as reader:
        assert [a.code_ids for a in annotation_store.list_annotations(reader)] == [(second,)]


def test_long_lists_are_written_and_touched_a_chunk_at_a_time(
    database: Database, marked: tuple[int, int, int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    source_id, first, second, _annotation_id = marked
    monkeypatch.setattr(transaction_module, "_CHUNK", 2)
    with database.transaction() as tx:
        ids = [_annotation(tx, source_id, [first]) for _ in range(5)]
    with database.transaction() as tx:
        tx.insert_many(AnnotationCode, [{"annotation_id": i, "code_id": second} for i in ids])
    with database.reader() as reader:
        found = annotation_store.list_annotations(reader, annotation_ids=ids)
    assert [a.code_ids for a in found] == [(first, second)] * 5
    assert [a.version for a in found] == [2] * 5  # every owner touched once, over 3 chunks
    assert CodeRow.__tablename__ == "codes"

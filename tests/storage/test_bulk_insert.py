"""Bulk inserts hand back each row's id in the order the rows were given."""

from __future__ import annotations

import random
import uuid

from sqlalchemy import func, select

from desktop_app.domain.model import CodeKind
from desktop_app.services import codebook
from desktop_app.services.project import Project
from desktop_app.storage.schema import CodeRow


def test_ids_come_back_in_input_order_across_chunks_and_undo_removes_them(
    project: Project,
) -> None:
    root = codebook.root_of_kind(project, CodeKind.CONDITION)
    rng = random.Random(7)
    # More rows than one lookup chunk, in an order unrelated to the guids' sort order.
    guids = [str(uuid.UUID(int=rng.getrandbits(128))) for _ in range(1_234)]
    rows = [
        {
            "guid": guid,
            "parent_id": root.id,
            "name": f"Condition {n}",
            "kind": "condition",
            "aliases": [f"Условие {n}", "≠ «x»"],  # a JSON column: goes through its processor
        }
        for n, guid in enumerate(guids)
    ]
    with project.operation("Add many conditions") as tx:
        ids = tx.insert_many(CodeRow, rows)

    assert len(ids) == len(rows) and len(set(ids)) == len(ids)
    for n in (0, 1, 499, 500, 501, 1_233):
        code_id = ids[n]
        assert code_id is not None
        code = codebook.get_code(project, code_id)
        assert (code.guid, code.name) == (guids[n], f"Condition {n}")
        assert list(code.speaker.aliases) == [f"Условие {n}", "≠ «x»"]
        assert code.version == 1 and code.color == ""  # column defaults filled in

    project.undo()
    left = {code.guid for code in codebook.list_codes(project)}
    assert left.isdisjoint(guids)


def test_ids_follow_the_largest_left_as_sqlite_gives_them(project: Project) -> None:
    """The ids a bulk insert gives are SQLite's own: one more than the largest id in the
    table at that moment, also when the largest was deleted earlier in the same operation."""
    root = codebook.root_of_kind(project, CodeKind.CONDITION)

    def rows(prefix: str, count: int) -> list[dict[str, object]]:
        return [
            {
                "guid": str(uuid.uuid4()),
                "parent_id": root.id,
                "name": f"{prefix} {n}",
                "kind": "condition",
            }
            for n in range(count)
        ]

    with project.operation("Add conditions") as tx:
        first = tx.insert_many(CodeRow, rows("First", 3))
    with project.operation("Replace the last and add more") as tx:
        tx.delete(CodeRow, first[-1])
        largest = tx.session.execute(select(func.max(CodeRow.id))).scalar()
        later = tx.insert_many(CodeRow, rows("Later", 4))
        (one,) = rows("One", 1)
        sqlite_own = tx.insert(CodeRow, one)  # a single row: INSERT … RETURNING, SQLite's id
    assert later == list(range(largest + 1, largest + 5))
    assert sqlite_own == later[-1] + 1
    names = {code.id: code.name for code in codebook.list_codes(project)}
    assert [names[i] for i in later] == [f"Later {n}" for n in range(4)]

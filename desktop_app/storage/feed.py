"""The change feed: one row per committed operation, read by other windows on the project.

Rows are written with plain statements, outside the undo log: the feed records history, and
undoing a change appends to it rather than erasing from it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select

from desktop_app.storage.schema import ChangeRow
from desktop_app.storage.transaction import Reader, Transaction


@dataclass(frozen=True)
class FeedRow:
    id: int
    at: str
    coder: str
    session: str
    label: str
    undo: bool
    entities: Mapping[str, Any]


def append(
    tx: Transaction,
    *,
    at: str,
    coder: str,
    session: str,
    label: str,
    undo: bool,
    entities: Mapping[str, Any],
) -> int:
    values = {
        "at": at,
        "coder": coder,
        "session": session,
        "label": label[:2000],
        "undo": undo,
        "entities": dict(entities),
    }
    new_id = tx.session.execute(insert(ChangeRow).returning(ChangeRow.id), [values]).scalar_one()
    return int(new_id)


def since(reader: Reader, last_id: int, limit: int = 1000) -> list[FeedRow]:
    """Feed rows after ``last_id``, oldest first, at most ``limit``."""
    query = select(ChangeRow).where(ChangeRow.id > last_id).order_by(ChangeRow.id).limit(limit)
    return [
        FeedRow(
            id=row.id,
            at=row.at,
            coder=row.coder,
            session=row.session,
            label=row.label,
            undo=bool(row.undo),
            entities=row.entities or {},
        )
        for row in reader.session.scalars(query)
    ]


def last_id(reader: Reader) -> int:
    return int(reader.session.scalar(select(func.max(ChangeRow.id))) or 0)

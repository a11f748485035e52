"""Cases: named groups of sources (kept for REFI-QDA exchange)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select

from desktop_app.domain.model import Case
from desktop_app.storage.schema import CaseRow, CaseSource
from desktop_app.storage.transaction import Reader, Transaction


def list_cases(reader: Reader) -> list[Case]:
    members: dict[int, list[int]] = {}
    for case_id, source_id in reader.session.execute(
        select(CaseSource.case_id, CaseSource.source_id).order_by(CaseSource.source_id)
    ):
        members.setdefault(case_id, []).append(source_id)
    return [
        Case(
            id=row.id,
            guid=row.guid,
            name=row.name,
            description=row.description,
            source_ids=tuple(members.get(row.id, ())),
        )
        for row in reader.session.scalars(select(CaseRow).order_by(CaseRow.id))
    ]


def insert_case(
    tx: Transaction, guid: str, name: str, description: str, source_ids: Iterable[int]
) -> int:
    case_id = tx.insert(CaseRow, {"guid": guid, "name": name, "description": description})
    assert case_id is not None
    tx.insert_many(
        CaseSource, [{"case_id": case_id, "source_id": s} for s in sorted(set(source_ids))]
    )
    return case_id

"""Small reads that let a snapshot be brought up to date instead of read again whole."""

from __future__ import annotations

from sqlalchemy import select

from desktop_app.storage.schema import SourceRow
from desktop_app.storage.transaction import Reader


def source_ids(reader: Reader) -> list[int]:
    """Every source's id, in project order (position, then id): which sources exist, without
    their metadata or texts."""
    table = SourceRow.__table__
    query = select(table.c.id).order_by(table.c.position, table.c.id)
    return list(reader.session.connection().execute(query).scalars())

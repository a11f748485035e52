"""The suggestions an analyst rejected (or accepted in another form: other bounds or codes),
remembered per source so they are never proposed again.

A rejection is keyed by source, span, kind and codes (:class:`RejectionKey`); the codes are
kept as their ids ascending, comma-separated, so the key is one plain unique index on SQLite
and PostgreSQL alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from sqlalchemy import and_, select

from desktop_app.clock import now_iso
from desktop_app.storage.schema import RejectedSuggestion
from desktop_app.storage.transaction import Reader, Transaction

_CHUNK = 500


class RejectionKey(NamedTuple):
    """What identifies a rejected suggestion: the same span, kind and codes stay rejected."""

    source_id: int
    start: int
    end: int
    kind: str
    code_ids: tuple[int, ...]


def codes_text(code_ids: Iterable[int]) -> str:
    return ",".join(str(c) for c in sorted(set(code_ids)))


def _code_ids(text: str) -> tuple[int, ...]:
    return tuple(int(part) for part in text.split(",") if part.strip().isdigit())


def rejections(reader: Reader, source_ids: Iterable[int] | None = None) -> set[RejectionKey]:
    """The rejected suggestions of ``source_ids`` (None: of every source)."""
    table = RejectedSuggestion.__table__
    query = select(table.c.source_id, table.c.start, table.c.end, table.c.kind, table.c.codes)
    connection = reader.session.connection()
    if source_ids is None:
        rows = list(connection.execute(query))
    else:
        wanted = sorted(set(source_ids))
        rows = [
            row
            for at in range(0, len(wanted), _CHUNK)
            for row in connection.execute(
                query.where(table.c.source_id.in_(wanted[at : at + _CHUNK]))
            )
        ]
    return {
        RejectionKey(source_id, start, end, kind, _code_ids(codes))
        for source_id, start, end, kind, codes in rows
    }


def reject(tx: Transaction, keys: Sequence[tuple[RejectionKey, str]], coder_id: int | None) -> int:
    """Remember each (key, rule) as rejected, unless it already is; returns how many were new."""
    known = rejections(tx, {key.source_id for key, _rule in keys})
    now = now_iso()
    rows = []
    for key, rule in keys:
        if key in known:
            continue
        known.add(key)
        rows.append(
            {
                "source_id": key.source_id,
                "start": key.start,
                "end": key.end,
                "kind": key.kind,
                "codes": codes_text(key.code_ids),
                "rule": rule,
                "coder_id": coder_id,
                "rejected_at": now,
            }
        )
    for row in rows:  # one by one: ids come back in order on every database
        tx.insert(RejectedSuggestion, row)
    return len(rows)


def forget(tx: Transaction, key: RejectionKey) -> int:
    """Propose ``key`` again (no longer rejected); returns how many rows went."""
    table = RejectedSuggestion.__table__
    return tx.delete_where(
        RejectedSuggestion,
        and_(
            table.c.source_id == key.source_id,
            table.c.start == key.start,
            table.c.end == key.end,
            table.c.kind == key.kind,
            table.c.codes == codes_text(key.code_ids),
        ),
    )


def forget_sources(tx: Transaction, source_ids: Iterable[int]) -> None:
    """Drop the rejections of sources being deleted (children go first, for undo order)."""
    table = RejectedSuggestion.__table__
    wanted = sorted(set(source_ids))
    for at in range(0, len(wanted), _CHUNK):
        tx.delete_where(RejectedSuggestion, table.c.source_id.in_(wanted[at : at + _CHUNK]))

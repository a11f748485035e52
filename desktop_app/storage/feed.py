"""The change feed: one row per committed operation, read by other windows on the project.

Rows are written with plain statements, outside the undo log: the feed records history, and
undoing a change appends to it rather than erasing from it. On PostgreSQL each append also sends
``NOTIFY parley_changes`` (delivered at commit), for windows that listen instead of polling.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, func, insert, select, text

from desktop_app.storage.schema import ChangeRow
from desktop_app.storage.transaction import Reader, Transaction

log = logging.getLogger(__name__)

CHANNEL = "parley_changes"


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
    if tx.session.get_bind().dialect.name == "postgresql":
        tx.session.execute(
            text("SELECT pg_notify(:channel, :payload)"),
            {"channel": CHANNEL, "payload": str(new_id)},
        )
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


class NotificationWaiter:
    """Waits for ``NOTIFY parley_changes`` on a connection of its own (PostgreSQL only), so a
    window can react to someone else's change at once instead of at the next poll. Meant for
    one background thread; the change feed is still what says *what* changed."""

    def __init__(self, engine: Engine) -> None:
        pooled: Any = engine.raw_connection()
        driver: Any = pooled.driver_connection
        pooled.detach()  # its own connection: never handed back to the pool
        driver.rollback()  # out of any transaction the pool's ping began
        driver.autocommit = True
        driver.execute(f"LISTEN {CHANNEL}")
        self._driver: Any = driver

    def wait(self, timeout: float) -> bool:
        """True as soon as a change is announced, False after ``timeout`` seconds without."""
        for _notice in self._driver.notifies(timeout=timeout, stop_after=1):
            return True
        return False

    def close(self) -> None:
        try:
            self._driver.execute(f"UNLISTEN {CHANNEL}")
        except Exception:  # the connection may be gone with the server; closing is enough
            log.debug("UNLISTEN failed", exc_info=True)
        self._driver.close()

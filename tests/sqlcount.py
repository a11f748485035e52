"""Counting the SQL a piece of work sends: statements and transactions (BEGINs), through a
SQLAlchemy ``before_cursor_execute`` listener on the project's engine.

Counts are deterministic, unlike timings, so a test can pin how much the key-press path asks of
the database (``tests/gui/test_keypress_sql.py``), and ``bench/bench_keypress.py`` prints them.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import Engine


@dataclass
class SqlCount:
    statements: list[str] = field(default_factory=list)  # without the BEGINs
    transactions: int = 0

    def __str__(self) -> str:
        return f"{len(self.statements)} statements in {self.transactions} transactions"


@contextmanager
def counting(engine: Engine) -> Iterator[SqlCount]:
    """Count what ``engine`` executes inside the block (BEGIN and BEGIN IMMEDIATE open a
    transaction; everything else is a statement)."""
    found = SqlCount()

    def seen(_conn: Any, _cursor: Any, statement: str, *_rest: Any) -> None:
        if statement.lstrip().upper().startswith("BEGIN"):
            found.transactions += 1
        else:
            found.statements.append(" ".join(statement.split()))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield found
    finally:
        event.remove(engine, "before_cursor_execute", seen)

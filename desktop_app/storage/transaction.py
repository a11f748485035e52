"""Sessions as the storage layer hands them out, and the row-level change log behind undo.

Every write goes through :meth:`Transaction.insert`, :meth:`Transaction.update` or
:meth:`Transaction.delete`, which record the row's image before and after. Undoing an operation
replays its log backwards in a new transaction (which logs its own changes, so redo is the undo of
the undo). This keeps undo generic: mark-up, deletions, codebook merges and whole imports are
undone the same way, and no service needs an inverse written by hand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Table, and_, delete, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.storage.schema import TABLES_BY_NAME, Base

Row = Mapping[str, Any]


@dataclass(frozen=True)
class RowChange:
    """One row inserted (``before`` is None), deleted (``after`` is None) or updated."""

    table: str
    before: Row | None
    after: Row | None

    def inverse(self) -> RowChange:
        return RowChange(self.table, self.after, self.before)

    @property
    def row_id(self) -> Any:
        image = self.after if self.after is not None else self.before
        assert image is not None
        return image.get("id")


def _table(model: type[Base] | Table) -> Table:
    table = model if isinstance(model, Table) else model.__table__
    assert isinstance(table, Table)
    return table


def _pk_clause(table: Table, row: Row) -> Any:
    return and_(*(column == row[column.name] for column in table.primary_key.columns))


class Reader:
    """A read-only view of the project for query functions."""

    def __init__(self, session: Session) -> None:
        self.session = session


class Transaction(Reader):
    """A write transaction whose changes are logged row by row."""

    def __init__(self, session: Session) -> None:
        super().__init__(session)
        self.changes: list[RowChange] = []

    # -- primitives -------------------------------------------------------------------------

    def insert(self, model: type[Base] | Table, values: Mapping[str, Any]) -> int | None:
        """Insert one row; returns its ``id`` (None for tables without one)."""
        return self.insert_many(model, [values])[0]

    def insert_many(
        self, model: type[Base] | Table, rows: Sequence[Mapping[str, Any]]
    ) -> list[int | None]:
        if not rows:
            return []
        table = _table(model)
        has_id = "id" in table.columns
        ids: list[int | None]
        if has_id:
            # One multi-row INSERT ... RETURNING (SQLite ≥ 3.35 and PostgreSQL), in input order.
            result = self.session.execute(
                insert(table).returning(table.c.id, sort_by_parameter_order=True),
                [dict(row) for row in rows],
            )
            ids = [row_id for (row_id,) in result]
        else:
            self.session.execute(insert(table), [dict(row) for row in rows])
            ids = [None] * len(rows)
        for row, row_id in zip(rows, ids, strict=True):
            image = dict(row)
            if has_id:
                image["id"] = row_id
            self.changes.append(RowChange(table.name, None, self._complete(table, image)))
        return ids

    def update(self, model: type[Base] | Table, key: int | Row, values: Mapping[str, Any]) -> None:
        table = _table(model)
        pk = {"id": key} if isinstance(key, int) else dict(key)
        found = self.session.execute(select(table).where(_pk_clause(table, pk))).mappings().first()
        if found is None:
            raise LookupError(f"{table.name} {pk} not found")
        before: dict[str, Any] = dict(found)
        changed = {k: v for k, v in values.items() if before.get(k) != v}
        if not changed:
            return
        self.session.execute(update(table).where(_pk_clause(table, pk)).values(**changed))
        self.changes.append(RowChange(table.name, before, {**before, **changed}))

    def delete(self, model: type[Base] | Table, key: int | Row) -> None:
        table = _table(model)
        pk = {"id": key} if isinstance(key, int) else dict(key)
        self.delete_where(model, _pk_clause(table, pk))

    def delete_where(self, model: type[Base] | Table, *criteria: Any) -> int:
        """Delete every row matching ``criteria``, logging each; returns how many."""
        table = _table(model)
        rows = [dict(r) for r in self.session.execute(select(table).where(*criteria)).mappings()]
        if not rows:
            return 0
        self.session.execute(delete(table).where(*criteria))
        self.changes.extend(RowChange(table.name, row, None) for row in rows)
        return len(rows)

    # -- replay -----------------------------------------------------------------------------

    def replay(self, changes: Iterable[RowChange]) -> None:
        """Apply logged changes in the order given, logging them again. To undo an operation,
        pass the inverses of its changes in reverse order."""
        for change in changes:
            table = TABLES_BY_NAME[change.table]
            if change.before is None:
                assert change.after is not None
                self._reinsert(table, change.after)
            elif change.after is None:
                self.delete(table, {c.name: change.before[c.name] for c in table.primary_key})
            else:
                key = {c.name: change.before[c.name] for c in table.primary_key}
                self.update(table, key, change.after)

    def _reinsert(self, table: Table, row: Row) -> None:
        self.session.execute(insert(table), [dict(row)])
        self.changes.append(RowChange(table.name, None, dict(row)))

    def _complete(self, table: Table, image: dict[str, Any]) -> dict[str, Any]:
        """Fill column defaults into a row image so a replayed insert restores it exactly."""
        for column in table.columns:
            if column.name in image:
                continue
            default = column.default
            if default is not None and getattr(default, "is_scalar", False):
                image[column.name] = default.arg  # type: ignore[attr-defined]
            elif default is not None and callable(getattr(default, "arg", None)):
                image[column.name] = default.arg(None)  # type: ignore[attr-defined]
            else:
                image[column.name] = None
        return image

"""Sessions as the storage layer hands them out, and the row-level change log behind undo.

Every write goes through :meth:`Transaction.insert`, :meth:`Transaction.update` or
:meth:`Transaction.delete`, which record the row's image before and after. Undoing an operation
replays its log backwards in a new transaction (which logs its own changes, so redo is the undo of
the undo). This keeps undo generic: mark-up, deletions, codebook merges and whole imports are
undone the same way, and no service needs an inverse written by hand.

Rows of sources, codes and annotations carry a ``version``: every transaction that changes such
a row, or a row that belongs to it (an annotation's codes, a source's variables), raises it by
exactly one and stamps who did it. A write can be made conditional on the version the caller
read (:attr:`Transaction.expected`); a row that moved on meanwhile raises :class:`StaleRow`, and
the whole transaction rolls back. Replaying the log for undo checks the same way — a row changed
by someone else since cannot be silently overwritten by an undo — and versions only ever go up,
so an undo is a new version, never a return to an old one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from functools import cache
from operator import itemgetter
from typing import Any, NamedTuple

from sqlalchemy import Table, and_, delete, func, insert, select, update
from sqlalchemy.orm import Session

from desktop_app.clock import now_iso
from desktop_app.domain.model import Annotation
from desktop_app.storage.schema import TABLES_BY_NAME, Base

Row = Mapping[str, Any]
EntityKey = tuple[str, int]  # (table, id) of a versioned row

# Tables whose rows carry a version, and the column that names the coder who created a row.
VERSIONED: dict[str, str] = {
    "sources": "created_by",
    "codes": "created_by",
    "annotations": "coder_id",
}
# Columns the transaction manages itself: never compared or restored by undo.
BOOKKEEPING: dict[str, frozenset[str]] = {
    "sources": frozenset({"version", "updated_by"}),
    "codes": frozenset({"version", "updated_by", "updated_at"}),
    "annotations": frozenset({"version", "updated_by"}),
}
# Rows that are part of another row's state: changing them changes the owner's version.
OWNED_BY: dict[str, tuple[str, str]] = {
    "annotation_codes": ("annotations", "annotation_id"),
    "source_variables": ("sources", "source_id"),
}
_CHUNK = 500


class StaleRow(LookupError):
    """A row is not as the caller (or the change being undone) last saw it: someone else changed
    or deleted it. ``found`` is the current version (None: the row is gone)."""

    def __init__(self, table: str, row_id: Any, expected: int | None, found: int | None) -> None:
        super().__init__(f"{table} {row_id}: expected version {expected}, found {found}")
        self.table = table
        self.row_id = row_id
        self.expected = expected
        self.found = found


class RowChange(NamedTuple):
    """One row inserted (``before`` is None), deleted (``after`` is None) or updated.

    A named tuple rather than a frozen dataclass: a big import logs one per row, and tuples
    are several times quicker to make.
    """

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
    """A write transaction whose changes are logged row by row.

    ``coder_id`` is stamped as ``created_by``/``updated_by`` on the rows it writes (None: left
    as the caller gives them). ``expected`` maps (table, id) to the version the caller based its
    change on; writing such a row at any other version raises :class:`StaleRow`.
    """

    def __init__(
        self,
        session: Session,
        *,
        coder_id: int | None = None,
        expected: Mapping[EntityKey, int] | None = None,
    ) -> None:
        super().__init__(session)
        self.changes: list[RowChange] = []
        self.coder_id = coder_id
        self.expected: dict[EntityKey, int] = dict(expected or {})
        # Versioned rows this transaction has changed → their version before it (None: inserted
        # here). Each is bumped once, however many statements touch it.
        self._claimed: dict[EntityKey, int | None] = {}
        self._deleted: set[EntityKey] = set()
        # Rows brought back by undo at the version they had when deleted; a later change to
        # one in the same transaction makes a new version, so one version never has two states.
        self._restored: set[EntityKey] = set()
        self._equivalent: dict[EntityKey, tuple[int, int]] = {}
        self._owners_touched: dict[str, set[int]] = {}
        # The annotations this transaction changed, as they are about to be committed, when
        # the operation read them back for its views (see services.project.Project.operation):
        # id → annotation; an id named by the changes but absent here was deleted.
        self.annotations_after: dict[int, Annotation] | None = None
        # The operation's label when its service can name the change only from what it reads
        # inside the transaction (None: the label the operation began with).
        self.label: str | None = None

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
        if table.name in VERSIONED:
            rows = [self._stamp_new(table.name, row) for row in rows]
        # Complete images first: they are what undo replays, and with every column present in
        # every row a bulk insert can go straight to the driver.
        images = [self._complete(table, dict(row)) for row in rows]
        has_id = "id" in table.columns
        ids: list[int | None]
        if has_id:
            ids = list(self._insert_with_ids(table, images))
        else:
            self._execute_many(table, images)
            ids = [None] * len(rows)
        for image, row_id in zip(images, ids, strict=True):
            if has_id:
                image["id"] = row_id
            self.changes.append(RowChange(table.name, None, image))
            if table.name in VERSIONED and row_id is not None:
                self._claimed[(table.name, row_id)] = None
        self._note_owned(table.name, rows)
        return ids

    def _execute_many(self, table: Table, images: Sequence[dict[str, Any]]) -> None:
        """Insert complete row images (all columns but ``id``) in one ``executemany``.

        On SQLite the statement goes to the driver with each value passed through its column
        type's bind processor (JSON to text, and so on): SQLAlchemy's own executemany builds
        parameters row by row in Python, which cost more than SQLite's insert in a large
        import. Elsewhere (and for odd shapes) the ordinary Core insert is used.
        """
        dialect = self.session.get_bind().dialect
        names = [c.name for c in table.columns if c.name in images[0]]
        if (
            dialect.name != "sqlite"
            or len(images) < 2
            or any(len(image) != len(names) for image in images)  # all alike, all columns
        ):
            self.session.execute(insert(table), images)
            return
        processors = [table.c[name].type.bind_processor(dialect) for name in names]
        quote = dialect.identifier_preparer.quote
        statement = (
            f"INSERT INTO {quote(table.name)} ({', '.join(quote(n) for n in names)}) "
            f"VALUES ({', '.join('?' * len(names))})"
        )
        values = itemgetter(*names) if len(names) > 1 else lambda image: (image[names[0]],)
        processed = [(i, process) for i, process in enumerate(processors) if process is not None]
        parameters: list[tuple[Any, ...]] = [values(image) for image in images]
        if processed:
            for number, plain in enumerate(parameters):
                row = list(plain)
                for i, process in processed:
                    row[i] = process(row[i])
                parameters[number] = tuple(row)
        self.session.connection().exec_driver_sql(statement, parameters)

    def _insert_with_ids(self, table: Table, rows: Sequence[dict[str, Any]]) -> list[int]:
        """Insert rows that get an ``id``; their ids in input order.

        ``INSERT … RETURNING`` in parameter order is what PostgreSQL does in batches, but on
        SQLite SQLAlchemy can only keep that order by sending one statement per row (tens of
        thousands of round trips in a big import). On SQLite the rows therefore get their ids
        here, the ones SQLite itself would give (one more than the largest, in turn: the
        tables have no AUTOINCREMENT, and a writer holds ``BEGIN IMMEDIATE``'s lock, so no one
        else inserts meanwhile), and go in with one ``executemany``. Reading the ids back by
        GUID, as before, cost a third of inserting 25,000 annotations.
        """
        if (
            len(rows) > 1
            and self.session.get_bind().dialect.name == "sqlite"
            and all(row.get("id") is None for row in rows)
        ):
            largest = self.session.execute(select(func.max(table.c.id))).scalar()
            first = (largest or 0) + 1
            ids = list(range(first, first + len(rows)))
            self._execute_many(
                table, [{**row, "id": row_id} for row, row_id in zip(rows, ids, strict=True)]
            )
            return ids
        # One multi-row INSERT ... RETURNING (SQLite ≥ 3.35 and PostgreSQL), in input order.
        result = self.session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True),
            [dict(row) for row in rows],
        )
        return [row_id for (row_id,) in result]

    def update(self, model: type[Base] | Table, key: int | Row, values: Mapping[str, Any]) -> None:
        table = _table(model)
        pk = {"id": key} if isinstance(key, int) else dict(key)
        found = self.session.execute(select(table).where(_pk_clause(table, pk))).mappings().first()
        if found is None:  # gone since the caller looked: someone else deleted it
            raise StaleRow(
                table.name,
                pk.get("id", pk),
                self.expected.get((table.name, key)) if isinstance(key, int) else None,
                None,
            )
        before: dict[str, Any] = dict(found)
        managed = BOOKKEEPING.get(table.name, frozenset())
        changed = {k: v for k, v in values.items() if k not in managed and before.get(k) != v}
        if not changed:
            return
        self._write(table, before, changed, expected=None)
        self._note_owned(table.name, [before])

    def _write(
        self, table: Table, before: dict[str, Any], changed: dict[str, Any], expected: int | None
    ) -> None:
        """Update one row (already read as ``before``), bumping its version if it has one."""
        pk = {c.name: before[c.name] for c in table.primary_key.columns}
        statement = update(table).where(_pk_clause(table, pk))
        if table.name in VERSIONED:
            changed = {**changed, **self._claim(table.name, before, expected)}
            # Belt and braces: the row must still be at the version just read.
            statement = statement.where(table.c.version == before["version"])
        result = self.session.execute(statement.values(**changed))
        if result.rowcount != 1:  # type: ignore[attr-defined]
            raise StaleRow(table.name, before.get("id"), before.get("version"), None)
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
        if table.name in VERSIONED:
            for row in rows:
                self._check(table.name, row, expected=None)
                self._deleted.add((table.name, row["id"]))
        result = self.session.execute(delete(table).where(*criteria))
        if result.rowcount != len(rows):  # type: ignore[attr-defined]
            raise StaleRow(table.name, rows[0].get("id"), None, None)
        self.changes.extend(RowChange(table.name, row, None) for row in rows)
        self._note_owned(table.name, rows)
        return len(rows)

    # -- versions -----------------------------------------------------------------------------

    def _stamp_new(self, table: str, row: Row) -> dict[str, Any]:
        stamped = dict(row)
        stamped.setdefault("version", 1)
        if self.coder_id is not None:
            stamped.setdefault(VERSIONED[table], self.coder_id)
            stamped.setdefault("updated_by", self.coder_id)
        if table == "codes":
            now = now_iso()
            stamped.setdefault("created_at", now)
            stamped.setdefault("updated_at", now)
        return stamped

    def _check(self, table: str, row: Row, expected: int | None) -> None:
        """Raise :class:`StaleRow` unless ``row`` is at the version expected of it (by the
        caller, or by the change being replayed). Only a row's first appearance in a transaction
        is checked: later statements on it walk through states this transaction made itself."""
        key = (table, row["id"])
        if key in self._claimed:
            return
        wanted = expected if expected is not None else self.expected.get(key)
        if wanted is not None and row["version"] != wanted:
            raise StaleRow(table, row["id"], wanted, row["version"])

    def _claim(self, table: str, row: Row, expected: int | None) -> dict[str, Any]:
        """Mark a versioned row as changed here; the bookkeeping values to write with it."""
        self._check(table, row, expected)
        key = (table, row["id"])
        if key in self._claimed and key not in self._restored:
            return {}
        self._restored.discard(key)
        self._claimed.setdefault(key, row["version"])
        bump: dict[str, Any] = {"version": row["version"] + 1}
        if self.coder_id is not None:
            bump["updated_by"] = self.coder_id
        if table == "codes":
            bump["updated_at"] = now_iso()
        return bump

    def _note_owned(self, table: str, rows: Iterable[Row]) -> None:
        owner = OWNED_BY.get(table)
        if owner is not None:
            owner_table, column = owner
            self._owners_touched.setdefault(owner_table, set()).update(r[column] for r in rows)

    def touch(self, table: str, ids: Iterable[int]) -> None:
        """Count these rows as changed by this transaction (a new version, logged) without
        changing their content — for changes to rows they own."""
        table_obj = TABLES_BY_NAME[table]
        done = self._claimed.keys() | self._deleted
        pending = sorted(i for i in set(ids) if (table, i) not in done)
        for start in range(0, len(pending), _CHUNK):
            chunk = pending[start : start + _CHUNK]
            found = self.session.execute(select(table_obj).where(table_obj.c.id.in_(chunk)))
            for row in found.mappings():
                self._write(table_obj, dict(row), {}, expected=None)

    def finish(self) -> None:
        """Bump the owners of changed rows (an annotation whose codes changed, a source whose
        variables changed). Called before commit; calling it twice does nothing more."""
        while self._owners_touched:
            table, ids = self._owners_touched.popitem()
            self.touch(table, ids)

    def claimed(self) -> dict[EntityKey, int | None]:
        """Versioned rows this transaction changed, with their version before it."""
        return dict(self._claimed)

    # -- replay -----------------------------------------------------------------------------

    def replay(
        self,
        changes: Iterable[RowChange],
        *,
        equivalent: Mapping[EntityKey, tuple[int, int]] | None = None,
    ) -> None:
        """Apply logged changes in the order given, logging them again. To undo an operation,
        pass the inverses of its changes in reverse order.

        Each row must be as the change being replayed left it, or :class:`StaleRow` is raised.
        ``equivalent`` maps a row to (its current version, the version it stands for): after an
        undo a row holds the content of an older version under a new number, and the next undo
        down the same history must accept it as that older version.
        """
        self._equivalent = dict(equivalent or {})
        for change in changes:
            table = TABLES_BY_NAME[change.table]
            if change.before is None:
                assert change.after is not None
                self._reinsert(table, change.after)
                continue
            key = {c.name: change.before[c.name] for c in table.primary_key}
            current = self.session.execute(select(table).where(_pk_clause(table, key)))
            found = current.mappings().first()
            if found is None:
                raise StaleRow(table.name, key, change.before.get("version"), None)
            row = dict(found)
            self._check_replayed(table, row, change.before)
            if change.after is None:
                self.delete(table, key)
                continue
            managed = BOOKKEEPING.get(table.name, frozenset())
            values = {k: v for k, v in change.after.items() if k not in managed and row.get(k) != v}
            if values or table.name in VERSIONED:
                self._write(table, row, values, expected=None)  # checked just above
                self._note_owned(table.name, [row])

    def _check_replayed(self, table: Table, row: Row, image: Row) -> None:
        """The row must be as the change being replayed left it: same version for versioned
        rows, same content for the others."""
        if table.name in VERSIONED:
            found = row["version"]
            same = self._equivalent.get((table.name, row["id"]))
            if same is not None and same[0] == found and image["version"] == same[1]:
                return  # the row is what the change left, under a newer number
            self._check(table.name, row, expected=image["version"])
            return
        if any(row.get(k) != v for k, v in image.items()):
            raise StaleRow(table.name, {c.name: row[c.name] for c in table.primary_key}, None, None)

    def _reinsert(self, table: Table, row: Row) -> None:
        image = dict(row)
        if table.name in VERSIONED:
            # Back exactly as it was when deleted, version included: nobody can have changed it
            # meanwhile, and earlier operations' undo expects that version.
            key = (table.name, image["id"])
            self._claimed[key] = None
            self._restored.add(key)
        self.session.execute(insert(table), [image])
        self.changes.append(RowChange(table.name, None, image))
        self._note_owned(table.name, [image])

    def current_versions(self, table: str, ids: Iterable[int]) -> dict[int, int]:
        """The versions of these rows as they are now (missing ids: deleted)."""
        return current_versions(self, table, ids)

    def _complete(self, table: Table, image: dict[str, Any]) -> dict[str, Any]:
        """Fill column defaults into a row image so a replayed insert restores it exactly."""
        for name, scalar, make in _defaults(table):
            if name not in image:
                image[name] = make(None) if make is not None else scalar
        return image


@cache
def _defaults(table: Table) -> tuple[tuple[str, Any, Callable[[Any], Any] | None], ...]:
    """Each column's client-side default: (name, constant, or a callable making one)."""
    found = []
    for column in table.columns:
        if column.name == "id":  # given by the database on insert
            continue
        default: Any = column.default
        if default is not None and getattr(default, "is_scalar", False):
            found.append((column.name, default.arg, None))
        elif default is not None and callable(getattr(default, "arg", None)):
            found.append((column.name, None, default.arg))
        else:
            found.append((column.name, None, None))
    return tuple(found)


def current_versions(reader: Reader, table: str, ids: Iterable[int]) -> dict[int, int]:
    """id → version for the rows of a versioned table that still exist."""
    table_obj = TABLES_BY_NAME[table]
    wanted = sorted(set(ids))
    found: dict[int, int] = {}
    for start in range(0, len(wanted), _CHUNK):
        chunk = wanted[start : start + _CHUNK]
        query = select(table_obj.c.id, table_obj.c.version).where(table_obj.c.id.in_(chunk))
        found.update({i: v for i, v in reader.session.execute(query)})  # noqa: C416
    return found

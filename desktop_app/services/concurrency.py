"""Several analysts, one project: what a change is based on, and what to say when someone
else got there first.

A window passes what it showed (domain objects carry their row's ``version``) with
:meth:`Project.expecting`; :func:`check_expected` refuses the change if any of it moved on, and
:func:`check_deleted_counts` refuses deleting or merging a source or code whose mark-up changed
unseen. :func:`conflict_error` turns the storage layer's :class:`StaleRow` into the analyst's
message with the current state. :func:`remember_equivalents` keeps undo working down a history
whose rows got new version numbers from earlier undos.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from desktop_app.domain.model import Annotation, Code, Source
from desktop_app.domain.spans import preview
from desktop_app.errors import ConflictError
from desktop_app.i18n import gettext
from desktop_app.services.changes import ChangeSet
from desktop_app.storage.transaction import (
    VERSIONED,
    EntityKey,
    RowChange,
    StaleRow,
    Transaction,
)

_TABLE_OF_KIND = {"annotation": "annotations", "code": "codes", "source": "sources"}
_KIND_OF_TABLE = {table: kind for kind, table in _TABLE_OF_KIND.items()}


@dataclass(frozen=True)
class Expectation:
    """A change is based on ``kind`` ``entity_id`` being at ``version`` (what the window showed).
    ``count`` (a source's or code's annotations) is checked too when the change deletes it, so a
    deletion or merge never takes along mark-up the analyst did not see."""

    kind: str  # "annotation", "code" or "source"
    entity_id: int
    version: int
    label: str = ""
    count: int | None = None

    @property
    def key(self) -> EntityKey:
        return (_TABLE_OF_KIND[self.kind], self.entity_id)

    @classmethod
    def of(cls, thing: Annotation | Code | Source | Expectation) -> Expectation | None:
        """The expectation a domain object stands for (None if it carries no version)."""
        if isinstance(thing, Expectation):
            return thing
        if not thing.version:
            return None
        if isinstance(thing, Annotation):
            return cls("annotation", thing.id, thing.version, preview(thing.quote))
        if isinstance(thing, Code):
            return cls("code", thing.id, thing.version, thing.name, thing.annotation_count)
        if isinstance(thing, Source):
            return cls("source", thing.id, thing.version, thing.title, thing.annotation_count)
        raise TypeError(f"cannot expect a {type(thing).__name__}")


Entity = Annotation | Code | Source  # what carries a version
Expectable = Entity | Expectation
# (id of the project, expectation): a block's expectations apply to its own project only.
_EXPECTED: ContextVar[tuple[tuple[int, Expectation], ...]] = ContextVar(
    "parley_expected", default=()
)


@contextmanager
def expecting(owner: object, things: Iterable[Expectable]) -> Iterator[None]:
    """Add expectations for changes made through ``owner`` (a project) in this block."""
    mine = tuple(
        (id(owner), expectation)
        for expectation in (Expectation.of(thing) for thing in things)
        if expectation is not None
    )
    token = _EXPECTED.set(_EXPECTED.get() + mine)
    try:
        yield
    finally:
        _EXPECTED.reset(token)


def expectations(owner: object, extra: Iterable[Expectable] = ()) -> dict[EntityKey, Expectation]:
    """The expectations in force for a change through ``owner``, plus ``extra``."""
    found = [e for holder, e in _EXPECTED.get() if holder == id(owner)]
    found.extend(e for e in (Expectation.of(thing) for thing in extra) if e is not None)
    return {e.key: e for e in found}


def check_expected(tx: Transaction, expected: Mapping[EntityKey, Expectation]) -> None:
    """Raise :class:`StaleRow` unless everything expected is still at its version."""
    by_table: dict[str, dict[int, Expectation]] = {}
    for (table, row_id), expectation in expected.items():
        by_table.setdefault(table, {})[row_id] = expectation
    for table, wanted in by_table.items():
        found = tx.current_versions(table, wanted)
        for row_id, expectation in wanted.items():
            if found.get(row_id) != expectation.version:
                raise StaleRow(table, row_id, expectation.version, found.get(row_id))


def check_deleted_counts(tx: Transaction, expected: Mapping[EntityKey, Expectation]) -> None:
    """A source or code deleted (or merged away) here must have had as many annotations as the
    analyst saw when deciding to delete it."""
    deleted = {
        (change.table, change.row_id)
        for change in tx.changes
        if change.after is None and change.table in ("sources", "codes")
    }
    for key, expectation in expected.items():
        if expectation.count is None or key not in deleted:
            continue
        if _count_before(tx.changes, *key) != expectation.count:
            raise StaleRow(key[0], key[1], expectation.version, expectation.version)


def conflict_error(
    stale: StaleRow, expected: Mapping[EntityKey, Expectation], current: Entity | None, me: str
) -> ConflictError:
    """A refusal that says what changed, by whom, and carries its current state."""
    kind = _KIND_OF_TABLE.get(stale.table, stale.table)
    row_id = stale.row_id if isinstance(stale.row_id, int) else None
    expectation = expected.get((stale.table, row_id)) if row_id is not None else None
    name = describe(current) or (expectation.label if expectation else "")
    named = gettext(" “{name}”").format(name=name) if name else ""
    deleted, marked, changed = _conflict_messages(kind)
    if row_id is not None and current is None and stale.table in VERSIONED:
        what = deleted.format(named=named)
    elif stale.found == stale.expected and expectation is not None:
        what = marked.format(named=named)
    else:
        who = getattr(current, "updated_by", "") or gettext("someone else")
        if who == me:
            who = gettext("you (in another window)")
        what = changed.format(who=who, named=named)
    return ConflictError(
        what,
        gettext(
            "nothing was changed; look at its current state and make your "
            "change again if it is still needed"
        ),
        entity=kind,
        entity_id=row_id,
        current=current,
    )


def _conflict_messages(kind: str) -> tuple[str, str, str]:
    """What happened to ``kind`` — deleted, marked up with, changed — as whole sentences, so each
    language puts the noun in the case its verb takes ({named}: its name, or nothing)."""
    if kind == "annotation":
        return (
            gettext("someone else deleted the annotation{named}"),
            gettext("someone else marked up with the annotation{named} meanwhile"),
            gettext("{who} changed the annotation{named} after you loaded it"),
        )
    if kind == "code":
        return (
            gettext("someone else deleted the code{named}"),
            gettext("someone else marked up with the code{named} meanwhile"),
            gettext("{who} changed the code{named} after you loaded it"),
        )
    if kind == "source":
        return (
            gettext("someone else deleted the source{named}"),
            gettext("someone else marked up with the source{named} meanwhile"),
            gettext("{who} changed the source{named} after you loaded it"),
        )
    return (
        gettext("someone else deleted it{named}"),
        gettext("someone else marked up with it{named} meanwhile"),
        gettext("{who} changed it{named} after you loaded it"),
    )


def remember_equivalents(
    equivalent: dict[EntityKey, tuple[int, int]],
    undone: Iterable[RowChange],
    replayed: Iterable[RowChange],
) -> None:
    """After replaying ``undone`` backwards, each versioned row it touched holds the state it
    had before ``undone`` under a new version number: note in ``equivalent`` (row → (number,
    version it stands for)) which, so the next undo down the history (which expects the old
    number) accepts it."""
    before: dict[EntityKey, int | None] = {}
    for change in undone:
        if change.table in VERSIONED:
            image = change.before if change.before is not None else change.after
            assert image is not None
            key = (change.table, image["id"])
            if key not in before:
                before[key] = None if change.before is None else change.before["version"]
    after: dict[EntityKey, int] = {}
    for change in replayed:
        if change.table in VERSIONED:
            image = change.after if change.after is not None else change.before
            assert image is not None
            key = (change.table, image["id"])
            if change.after is None:
                after.pop(key, None)
            else:
                after[key] = change.after["version"]
    for key, now in after.items():
        stands_for = before.get(key)
        if stands_for is None or stands_for == now:
            equivalent.pop(key, None)
            continue
        earlier = equivalent.get(key)
        if earlier is not None and earlier[0] == stands_for:
            stands_for = earlier[1]  # it already stood for an older version
        equivalent[key] = (now, stands_for)


def feed_entities(change_set: ChangeSet) -> dict[str, Any]:
    """What the change feed records of an operation: the ids it touched, by kind."""
    return {
        "sources": sorted(change_set.sources),
        "source_texts": sorted(change_set.source_texts),
        "codes": sorted(change_set.codes),
        "annotations": sorted(change_set.annotations),
        "links": sorted(change_set.links),
        "project": change_set.project,
        "outlets": change_set.outlets,
        "suggestions": sorted(change_set.suggestions),
    }


def describe(thing: Entity | None) -> str:
    if isinstance(thing, Annotation):
        return preview(thing.quote)
    if isinstance(thing, Code):
        return thing.name
    if isinstance(thing, Source):
        return thing.title
    return ""


def _count_before(changes: Iterable[RowChange], table: str, row_id: int) -> int:
    """How many annotations a source or code had when the transaction began, from the rows it
    deleted or unlinked (a deleted source or code has none left, so every one is in the log)."""
    column = "source_id" if table == "sources" else "code_id"
    logged = "annotations" if table == "sources" else "annotation_codes"
    return sum(
        1
        for change in changes
        if change.table == logged
        and change.after is None
        and change.before is not None
        and change.before[column] == row_id
    )

"""An open project: its database, coder, undo history and change listeners.

Every change goes through :meth:`Project.operation`: one transaction, committed before the
caller's view updates, recorded for undo, broadcast as a :class:`ChangeSet`, and appended to
the project's change feed so other windows on the same project (a team on one server) can
refresh (see :mod:`desktop_app.services.team`).

Several analysts may change the project at once. A change based on what a window showed is made
conditional on it with :meth:`Project.expecting`; if someone else changed or deleted any of
those things meanwhile, the change is refused with :class:`ConflictError`, which carries the
thing's current state. Undo checks the same way.
"""

from __future__ import annotations

import getpass
import logging
import threading
import uuid
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from desktop_app.clock import now_iso
from desktop_app.domain.model import (
    BUILTIN_KINDS,
    DEFAULT_KIND_COLORS,
    Annotation,
    Code,
    ProjectSummary,
    Source,
)
from desktop_app.errors import ConflictError, InvalidChange, ParleyError, ProjectError
from desktop_app.services.changes import ChangeSet
from desktop_app.services.history import History, Operation
from desktop_app.storage import annotations as annotation_store
from desktop_app.storage import codebook as code_store
from desktop_app.storage import feed, project_meta
from desktop_app.storage.database import (
    Database,
    StorageBusy,
    StorageConflict,
    open_database,
)
from desktop_app.storage.transaction import (
    VERSIONED,
    EntityKey,
    Reader,
    RowChange,
    StaleRow,
    Transaction,
)

log = logging.getLogger(__name__)

Listener = Callable[[ChangeSet], None]

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
            return cls("annotation", thing.id, thing.version, _preview(thing.quote))
        if isinstance(thing, Code):
            return cls("code", thing.id, thing.version, thing.name, thing.annotation_count)
        if isinstance(thing, Source):
            return cls("source", thing.id, thing.version, thing.title, thing.annotation_count)
        raise TypeError(f"cannot expect a {type(thing).__name__}")


Expectable = Annotation | Code | Source | Expectation
_EXPECTED: ContextVar[tuple[tuple[int, Expectation], ...]] = ContextVar(
    "parley_expected", default=()
)


def _preview(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def default_coder() -> str:
    try:
        return getpass.getuser() or "analyst"
    except (KeyError, OSError):  # no user name on some containers and service accounts
        return "analyst"


class Project:
    """An open project. Thread-safe for one writer at a time (writes are serialised)."""

    def __init__(self, database: Database, coder: str | None = None) -> None:
        self.database = database
        self.db_role = database.session_role()
        self.coder = coder or self.db_role or default_coder()
        self.session_id = str(uuid.uuid4())  # this window's changes, in the change feed
        self.history = History()
        self._listeners: list[Listener] = []
        self._write_lock = threading.RLock()
        self._coder_id: int | None = None
        # After an undo a row holds an older version's content under a new number:
        # (table, id) → (that number, the version it stands for), for the next undo.
        self._equivalent: dict[EntityKey, tuple[int, int]] = {}
        self._check_coder()

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        target: str | Path,
        *,
        create: bool = False,
        coder: str | None = None,
        password: str | None = None,
    ) -> Project:
        """Open a project file or URL; ``create`` makes a new one (with the three roots).

        On a server the coder defaults to the database role signed in with; a coder name given
        explicitly is kept, but one coder belongs to one role (see :meth:`_check_coder`)."""
        database = open_database(target, create=create, password=password)
        try:
            project = cls(database, coder)
            project._initialise_if_new()
        except BaseException:
            database.close()
            raise
        return project

    def _check_coder(self) -> None:
        """On a server, a coder name already tied to another database role is refused: the
        record of who made what must not be forgeable by typing someone else's name."""
        if self.db_role is None:
            return
        with self.database.reader() as reader:
            found = project_meta.find_coder(reader, self.coder)
        if found is not None and found[1] not in (None, self.db_role):
            raise ProjectError(
                f"coder “{self.coder}” signs in as database role {found[1]}, not {self.db_role}",
                f"sign in as {found[1]}, or choose another coder name",
            )

    def _initialise_if_new(self) -> None:
        with self.database.reader() as reader:
            if project_meta.get_setting(reader, "guid"):
                return
        name = self.database.path.stem if self.database.path else _server_project_name(self)
        with self.database.transaction() as tx:
            if project_meta.get_setting(tx, "guid"):  # another window on the server was first
                return
            project_meta.set_setting(tx, "guid", str(uuid.uuid4()))
            project_meta.set_setting(tx, "name", name)
            project_meta.set_setting(tx, "created_at", now_iso())
            for position, kind in enumerate(BUILTIN_KINDS, start=1):
                code_store.insert_code(
                    tx,
                    {
                        "guid": str(uuid.uuid4()),
                        "parent_id": None,
                        "name": kind.root_name,
                        "kind": kind.value,
                        "color": DEFAULT_KIND_COLORS[kind],
                        "position": position,
                        "builtin": True,
                    },
                )
        log.info("created project %s", self.location)

    def close(self) -> None:
        self.database.close()

    def __enter__(self) -> Project:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # -- facts --------------------------------------------------------------------------------

    @property
    def location(self) -> str:
        return self.database.location

    @property
    def path(self) -> Path | None:
        return self.database.path

    @property
    def name(self) -> str:
        with self.read() as reader:
            return project_meta.get_setting(reader, "name") or "Parley project"

    @property
    def guid(self) -> str:
        with self.read() as reader:
            return project_meta.get_setting(reader, "guid")

    def summary(self) -> ProjectSummary:
        from desktop_app.storage import sources as source_store

        with self.read() as reader:
            annotations, links = annotation_store.counts(reader)
            return ProjectSummary(
                name=project_meta.get_setting(reader, "name") or "Parley project",
                guid=project_meta.get_setting(reader, "guid"),
                path=self.location,
                source_count=len(source_store.list_sources(reader)),
                annotation_count=annotations,
                code_count=len(code_store.list_codes(reader)),
                link_count=links,
            )

    # -- reading and writing -------------------------------------------------------------------

    @contextmanager
    def read(self) -> Iterator[Reader]:
        with self.database.reader() as reader:
            yield reader

    @contextmanager
    def expecting(self, *things: Expectable) -> Iterator[None]:
        """Changes made in this block are based on ``things`` as the caller last read them
        (domain objects carry their version): if someone else has changed or deleted one of
        them since, the change is refused with :class:`ConflictError` and nothing is written.

        ``with project.expecting(annotation): markup.set_note(project, annotation.id, note)``
        """
        mine = tuple(
            (id(self), expectation)
            for expectation in (Expectation.of(thing) for thing in things)
            if expectation is not None
        )
        token = _EXPECTED.set(_EXPECTED.get() + mine)
        try:
            yield
        finally:
            _EXPECTED.reset(token)

    def _expectations(self, extra: Iterable[Expectable]) -> dict[EntityKey, Expectation]:
        found = [e for owner, e in _EXPECTED.get() if owner == id(self)]
        found.extend(e for e in (Expectation.of(thing) for thing in extra) if e is not None)
        return {e.key: e for e in found}

    @contextmanager
    def operation(
        self, label: str, *, undoable: bool = True, expect: Iterable[Expectable] = ()
    ) -> Iterator[Transaction]:
        """One undoable change: a transaction committed when the block ends.

        Listeners hear of it only after the commit, so whatever a view shows is stored. What the
        change is based on (``expect``, and any :meth:`expecting` block around it) must be
        unchanged, or :class:`ConflictError` is raised and nothing is written.
        """
        expected = self._expectations(expect)
        with self._write_lock:
            try:
                with self.database.transaction(
                    expected={key: e.version for key, e in expected.items()}
                ) as tx:
                    coder_id = tx.coder_id = self._coder_in(tx)
                    self._check_expected(tx, expected)
                    yield tx
                    tx.finish()
                    self._check_deleted_counts(tx, expected)
                    if tx.changes:
                        self._append_feed(tx, label, tx.changes, undo=False)
            except StaleRow as stale:
                raise self._conflict(stale, expected) from stale
            except StorageBusy as busy:
                raise ParleyError(
                    "the project is busy: another change is still being saved",
                    "try again in a moment; nothing was changed",
                ) from busy
            except StorageConflict as broken:
                log.info("refused %r: %s", label, broken)
                raise ConflictError(
                    "the project changed while this change was being made: someone else "
                    "deleted or added what it refers to",
                    "look again (the window shows the current state) and redo it if needed",
                ) from broken
            self._coder_id = coder_id
            if not tx.changes:
                return
            if undoable:
                self.history.record(Operation(label, tuple(tx.changes)))
            self._broadcast(ChangeSet.from_rows(label, tx.changes))

    def coder_id(self, tx: Transaction) -> int:
        return self._coder_in(tx)

    def _coder_in(self, tx: Transaction) -> int:
        """This window's coder, created on first use — outside the undo log."""
        if self._coder_id is not None:
            return self._coder_id
        return project_meta.ensure_coder(tx, self.coder, self.db_role)

    def _check_expected(self, tx: Transaction, expected: dict[EntityKey, Expectation]) -> None:
        by_table: dict[str, dict[int, Expectation]] = {}
        for (table, row_id), expectation in expected.items():
            by_table.setdefault(table, {})[row_id] = expectation
        for table, wanted in by_table.items():
            found = tx.current_versions(table, wanted)
            for row_id, expectation in wanted.items():
                if found.get(row_id) != expectation.version:
                    raise StaleRow(table, row_id, expectation.version, found.get(row_id))

    def _check_deleted_counts(
        self, tx: Transaction, expected: dict[EntityKey, Expectation]
    ) -> None:
        """A source or code deleted (or merged away) here must have had as many annotations
        as the analyst saw when deciding to delete it."""
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

    def _append_feed(
        self, tx: Transaction, label: str, changes: Iterable[RowChange], *, undo: bool
    ) -> None:
        change_set = ChangeSet.from_rows(label, changes, undo=undo)
        feed.append(
            tx,
            at=now_iso(),
            coder=self.coder,
            session=self.session_id,
            label=label,
            undo=undo,
            entities={
                "sources": sorted(change_set.sources),
                "source_texts": sorted(change_set.source_texts),
                "codes": sorted(change_set.codes),
                "annotations": sorted(change_set.annotations),
                "links": sorted(change_set.links),
                "project": change_set.project,
            },
        )

    def _conflict(self, stale: StaleRow, expected: dict[EntityKey, Expectation]) -> ConflictError:
        """A refusal that says what changed, by whom, and carries its current state."""
        kind = _KIND_OF_TABLE.get(stale.table, stale.table)
        row_id = stale.row_id if isinstance(stale.row_id, int) else None
        expectation = expected.get((stale.table, row_id)) if row_id is not None else None
        current = self._current(stale.table, row_id) if row_id is not None else None
        name = _describe(current) or (expectation.label if expectation else "") or kind
        if row_id is not None and current is None and stale.table in VERSIONED:
            what = f"someone else deleted the {kind} “{name}”"
        elif stale.found == stale.expected and expectation is not None:
            what = f"someone else marked up with the {kind} “{name}” meanwhile"
        else:
            who = getattr(current, "updated_by", "") or "someone else"
            if who == self.coder:
                who = "you (in another window)"
            what = f"{who} changed the {kind} “{name}” after you loaded it"
        return ConflictError(
            what,
            "nothing was changed; look at its current state and make your change again if it "
            "is still needed",
            entity=kind,
            entity_id=row_id,
            current=current,
        )

    def _current(self, table: str, row_id: int) -> object | None:
        from desktop_app.storage import sources as source_store

        with self.read() as reader:
            if table == "annotations":
                return annotation_store.get_annotation(reader, row_id)
            if table == "codes":
                return code_store.get_code(reader, row_id)
            if table == "sources":
                return source_store.get_source(reader, row_id)
        return None

    # -- undo / redo ----------------------------------------------------------------------------

    @property
    def undo_label(self) -> str | None:
        return self.history.undo_label

    @property
    def redo_label(self) -> str | None:
        return self.history.redo_label

    def undo(self) -> ChangeSet | None:
        with self._write_lock:
            operation = self.history.pop_undo()
            if operation is None:
                return None
            redo = self._replay(operation, operation.inverse_changes(), self.history.push_undo_back)
            self.history.push_undone(redo)
            change_set = ChangeSet.from_rows(operation.label, redo.changes, undo=True)
        self._broadcast(change_set)
        return change_set

    def skip_undo(self) -> str | None:
        """Drop the newest step from the undo history without undoing it (after its undo was
        refused because someone else changed the same things); returns its label."""
        with self._write_lock:
            operation = self.history.pop_undo()
        return None if operation is None else operation.label

    def redo(self) -> ChangeSet | None:
        with self._write_lock:
            operation = self.history.pop_redo()
            if operation is None:
                return None
            undo = self._replay(operation, operation.inverse_changes(), self.history.push_undone)
            self.history.push_redone(undo)
            change_set = ChangeSet.from_rows(operation.label, undo.changes, undo=True)
        self._broadcast(change_set)
        return change_set

    def _replay(
        self,
        operation: Operation,
        changes: list,
        put_back: Callable[[Operation], None],
    ) -> Operation:
        try:
            with self.database.transaction() as tx:
                coder_id = tx.coder_id = self._coder_in(tx)
                tx.replay(changes, equivalent=self._equivalent)
                tx.finish()
                self._append_feed(tx, operation.label, tx.changes, undo=True)
        except (StaleRow, StorageConflict) as exc:
            put_back(operation)
            log.info("undo/redo of %r refused: %s", operation.label, exc)
            raise ConflictError(
                f"cannot undo or redo “{operation.label}”: someone else has changed the same "
                "things since",
                "nothing was changed; make the change by hand if it is still needed",
            ) from exc
        except Exception as exc:
            put_back(operation)
            log.exception("replaying %r failed", operation.label)
            raise InvalidChange(
                f"cannot undo or redo “{operation.label}”: the project changed underneath it",
                "reopen the project; nothing was changed",
            ) from exc
        self._coder_id = coder_id
        self._remember_equivalents(operation.changes, tx.changes)
        return Operation(operation.label, tuple(tx.changes))

    def _remember_equivalents(
        self, undone: Iterable[RowChange], replayed: Iterable[RowChange]
    ) -> None:
        """After replaying ``undone`` backwards, each versioned row it touched holds the state
        it had before ``undone`` under a new version number: remember which, so the next undo
        down the history (which expects the old number) accepts it."""
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
                self._equivalent.pop(key, None)
                continue
            earlier = self._equivalent.get(key)
            if earlier is not None and earlier[0] == stands_for:
                stands_for = earlier[1]  # it already stood for an older version
            self._equivalent[key] = (now, stands_for)

    # -- listeners ------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def announce(self, change_set: ChangeSet) -> None:
        """Tell the listeners about changes made elsewhere (another analyst, another window),
        as found by :func:`desktop_app.services.team.changes_since`. Call on the thread the
        listeners expect (the GUI thread)."""
        self._broadcast(change_set)

    def _broadcast(self, change_set: ChangeSet) -> None:
        for listener in list(self._listeners):
            try:
                listener(change_set)
            except Exception:  # a broken view must not undo a committed change
                log.exception("change listener failed")


def _describe(thing: object | None) -> str:
    if isinstance(thing, Annotation):
        return _preview(thing.quote)
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


def _server_project_name(project: Project) -> str:
    from desktop_app.storage.database import server_url

    return server_url(project.location).database or "Parley project"

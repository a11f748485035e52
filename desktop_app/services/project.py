"""An open project: its database, coder, undo history and change listeners.

Every change goes through :meth:`Project.operation`: one transaction, committed before the
caller's view updates, recorded for undo, and broadcast as a :class:`ChangeSet`.
"""

from __future__ import annotations

import getpass
import logging
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop_app.clock import now_iso
from desktop_app.domain.model import (
    BUILTIN_KINDS,
    DEFAULT_KIND_COLORS,
    ProjectSummary,
)
from desktop_app.errors import InvalidChange
from desktop_app.services.changes import ChangeSet
from desktop_app.services.history import History, Operation
from desktop_app.storage import annotations as annotation_store
from desktop_app.storage import codebook as code_store
from desktop_app.storage import project_meta
from desktop_app.storage.database import Database, open_database
from desktop_app.storage.transaction import Reader, Transaction

log = logging.getLogger(__name__)

Listener = Callable[[ChangeSet], None]


def default_coder() -> str:
    try:
        return getpass.getuser() or "analyst"
    except (KeyError, OSError):  # no user name on some containers and service accounts
        return "analyst"


class Project:
    """An open project. Thread-safe for one writer at a time (writes are serialised)."""

    def __init__(self, database: Database, coder: str | None = None) -> None:
        self.database = database
        self.coder = coder or default_coder()
        self.history = History()
        self._listeners: list[Listener] = []
        self._write_lock = threading.RLock()
        self._coder_id: int | None = None

    # -- opening ------------------------------------------------------------------------------

    @classmethod
    def open(cls, target: str | Path, *, create: bool = False, coder: str | None = None) -> Project:
        """Open a project file or URL; ``create`` makes a new one (with the three roots)."""
        database = open_database(target, create=create)
        project = cls(database, coder)
        project._initialise_if_new()
        return project

    def _initialise_if_new(self) -> None:
        with self.database.reader() as reader:
            if project_meta.get_setting(reader, "guid"):
                return
        name = self.database.path.stem if self.database.path else "Parley project"
        with self.database.transaction() as tx:
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
    def operation(self, label: str, *, undoable: bool = True) -> Iterator[Transaction]:
        """One undoable change: a transaction committed when the block ends.

        Listeners hear of it only after the commit, so whatever a view shows is stored.
        """
        with self._write_lock:
            with self.database.transaction() as tx:
                yield tx
            if not tx.changes:
                return
            if undoable:
                self.history.record(Operation(label, tuple(tx.changes)))
            self._broadcast(ChangeSet.from_rows(label, tx.changes))

    def coder_id(self, tx: Transaction) -> int:
        return project_meta.coder_id(tx, self.coder)

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
                tx.replay(changes)
        except Exception as exc:
            put_back(operation)
            log.exception("replaying %r failed", operation.label)
            raise InvalidChange(
                f"cannot undo or redo “{operation.label}”: the project changed underneath it",
                "reopen the project; nothing was changed",
            ) from exc
        return Operation(operation.label, tuple(tx.changes))

    # -- listeners ------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: Listener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def _broadcast(self, change_set: ChangeSet) -> None:
        for listener in list(self._listeners):
            try:
                listener(change_set)
            except Exception:  # a broken view must not undo a committed change
                log.exception("change listener failed")

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
from dataclasses import replace
from pathlib import Path

from desktop_app.clock import now_iso
from desktop_app.domain.model import (
    BUILTIN_KINDS,
    DEFAULT_KIND_COLORS,
    CoderOrigin,
    ProjectSummary,
)
from desktop_app.errors import ConflictError, InvalidChange, ParleyError, ProjectError
from desktop_app.i18n import gettext
from desktop_app.services import concurrency
from desktop_app.services.changes import ChangeSet
from desktop_app.services.concurrency import Expectable
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
    EntityKey,
    Reader,
    StaleRow,
    Transaction,
)

log = logging.getLogger(__name__)

Listener = Callable[[ChangeSet], None]

# An operation that changed at most this many annotations reads them back before it commits,
# in its own transaction, for the service's result and the window's views (mark-up is on the
# key-press path: one read instead of one per view, each in a transaction of its own).
READ_BACK_LIMIT = 200


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
        # Name and GUID, read once: the title bar and the recent-codes bar ask on every change.
        # Forgotten on any change to project-level settings (a rename, its undo, a colleague's).
        self._name: str | None = None
        self._guid: str | None = None
        # After an undo a row holds an older version's content under a new number:
        # (table, id) → (that number, the version it stands for), for the next undo.
        self._equivalent: dict[EntityKey, tuple[int, int]] = {}
        # One line each about what opening found or did (see _opening_notices).
        self.notices: list[str] = []
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
            if not database.read_only:
                project._initialise_if_new()
            project.notices = project._opening_notices()
        except BaseException:
            database.close()
            raise
        return project

    def _opening_notices(self) -> list[str]:
        """What the analyst should hear about on opening: a repair of the codebook's tree that
        the views show, and what an upgrade did (told once, then forgotten)."""
        notices: list[str] = []
        with self.read() as reader:
            if not code_store.tree_is_sound(reader):
                notices.append(f"Codebook: {code_store.code_tree(reader).problem()}")
            told = project_meta.upgrade_notices(reader)
        if told and not self.database.read_only:
            notices.extend(text for _key, text in told)
            with self.database.transaction() as tx:
                project_meta.forget_notices(tx, [key for key, _text in told])
        for notice in notices:
            log.warning("%s: %s", self.location, notice)
        return notices

    def _check_coder(self) -> None:
        """On a server, a coder name already tied to another database role is refused: the
        record of who made what must not be forgeable by typing someone else's name."""
        if self.db_role is None:
            return
        with self.database.reader() as reader:
            found = project_meta.find_coder(reader, self.coder)
        if found is not None and found[1] not in (None, self.db_role):
            raise ProjectError(
                gettext("coder “{coder}” signs in as database role {role}, not {db_role}").format(
                    coder=self.coder, role=found[1], db_role=self.db_role
                ),
                gettext("sign in as {role}, or choose another coder name").format(role=found[1]),
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
    def read_only(self) -> bool:
        """Opened for reading only (the file, its folder or its disk cannot be written)."""
        return self.database.read_only

    @property
    def name(self) -> str:
        if self._name is None:
            with self.read() as reader:
                self._name = project_meta.get_setting(reader, "name") or "Parley project"
        return self._name

    def rename(self, name: str) -> None:
        """Set the project's display name (title bar, exports); undoable like any change."""
        cleaned = " ".join(name.split())
        if not cleaned:
            raise InvalidChange(gettext("a project needs a name"), gettext("type a name"))
        with self.operation(gettext("Rename project to “{name}”").format(name=cleaned)) as tx:
            project_meta.set_setting(tx, "name", cleaned)

    def set_coder_origin(self, name: str, origin: CoderOrigin) -> None:
        """Record that ``name`` is not a person of this team (the sample's or an imported
        project's coder), so agreement leaves their mark-up out."""
        with self.operation(
            gettext("Mark coder “{name}” as {origin}").format(name=name, origin=origin.value)
        ) as tx:
            project_meta.set_coder_origin(tx, name, origin.value)

    @property
    def guid(self) -> str:
        if self._guid is None:
            with self.read() as reader:
                self._guid = project_meta.get_setting(reader, "guid")
        return self._guid

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
        with concurrency.expecting(self, things):
            yield

    @contextmanager
    def operation(
        self, label: str, *, undoable: bool = True, expect: Iterable[Expectable] = ()
    ) -> Iterator[Transaction]:
        """One undoable change: a transaction committed when the block ends.

        Listeners hear of it only after the commit, so whatever a view shows is stored. What the
        change is based on (``expect``, and any :meth:`expecting` block around it) must be
        unchanged, or :class:`ConflictError` is raised and nothing is written.
        """
        expected = concurrency.expectations(self, expect)
        with self._write_lock:
            try:
                with self.database.transaction(
                    expected={key: e.version for key, e in expected.items()}
                ) as tx:
                    coder_id = tx.coder_id = self._coder_in(tx)
                    concurrency.check_expected(tx, expected)
                    yield tx
                    label = tx.label or label
                    tx.finish()
                    concurrency.check_deleted_counts(tx, expected)
                    # Once: the feed and the listeners get the same change set.
                    change_set = ChangeSet.from_rows(label, tx.changes) if tx.changes else None
                    if change_set is not None:
                        change_set = self._read_back(tx, change_set)
                        self._append_feed(tx, change_set)
            except StaleRow as stale:
                current = self._current(stale.table, stale.row_id)
                raise concurrency.conflict_error(stale, expected, current, self.coder) from stale
            except StorageBusy as busy:
                raise ParleyError(
                    gettext("the project is busy: another change is still being saved"),
                    gettext("try again in a moment; nothing was changed"),
                ) from busy
            except StorageConflict as broken:
                log.info("refused %r: %s", label, broken)
                raise ConflictError(
                    gettext(
                        "the project changed while this change was being made: someone "
                        "else deleted or added what it refers to"
                    ),
                    gettext(
                        "look again (the window shows the current state) and redo it if needed"
                    ),
                ) from broken
            self._coder_id = coder_id
            if not tx.changes:
                return
            if undoable:
                self.history.record(Operation(label, tuple(tx.changes)))
            assert change_set is not None
            self._broadcast(change_set)

    @staticmethod
    def _read_back(tx: Transaction, change_set: ChangeSet) -> ChangeSet:
        """The change set carrying the few annotations it names as they will be committed
        (also left on ``tx.annotations_after`` for the service that made them)."""
        ids = change_set.annotations
        if not ids or len(ids) > READ_BACK_LIMIT:
            return change_set
        found = annotation_store.list_annotations(tx, annotation_ids=ids)
        tx.annotations_after = {a.id: a for a in found}
        return replace(change_set, stored=tx.annotations_after)

    def coder_id(self, tx: Transaction) -> int:
        return self._coder_in(tx)

    def _coder_in(self, tx: Transaction) -> int:
        """This window's coder, created on first use — outside the undo log."""
        if self._coder_id is not None:
            return self._coder_id
        return project_meta.ensure_coder(tx, self.coder, self.db_role)

    def _append_feed(self, tx: Transaction, change_set: ChangeSet) -> None:
        feed.append(
            tx,
            at=now_iso(),
            coder=self.coder,
            session=self.session_id,
            label=change_set.label,
            undo=change_set.undo,
            entities=concurrency.feed_entities(change_set),
        )

    def _current(self, table: str, row_id: object) -> concurrency.Entity | None:
        """The domain object for a row as it is now (None: gone, or not an entity)."""
        from desktop_app.storage import sources as source_store

        if not isinstance(row_id, int):
            return None
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
                self._append_feed(tx, ChangeSet.from_rows(operation.label, tx.changes, undo=True))
        except (StaleRow, StorageConflict) as exc:
            put_back(operation)
            log.info("undo/redo of %r refused: %s", operation.label, exc)
            raise ConflictError(
                gettext(
                    "cannot undo or redo “{label}”: someone else has changed the same things since"
                ).format(label=operation.label),
                gettext("nothing was changed; make the change by hand if it is still needed"),
            ) from exc
        except Exception as exc:
            put_back(operation)
            log.exception("replaying %r failed", operation.label)
            raise InvalidChange(
                gettext("cannot undo or redo “{label}”: the project changed underneath it").format(
                    label=operation.label
                ),
                gettext("reopen the project; nothing was changed"),
            ) from exc
        self._coder_id = coder_id
        concurrency.remember_equivalents(self._equivalent, operation.changes, tx.changes)
        return Operation(operation.label, tuple(tx.changes))

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
        if change_set.project:  # project-level settings changed: maybe the name
            self._name = self._guid = None
        for listener in list(self._listeners):
            try:
                listener(change_set)
            except Exception:  # a broken view must not undo a committed change
                log.exception("change listener failed")


def _server_project_name(project: Project) -> str:
    from desktop_app.storage.engine import server_url

    return server_url(project.location).database or "Parley project"

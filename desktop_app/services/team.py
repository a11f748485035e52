"""Working as a team on one project: connecting to a server, coders, and picking up the
changes other analysts make.

Every committed operation (undo and redo included) appends a row to the project's change feed.
A window keeps a cursor into it and, every few seconds, asks :func:`changes_since` what others
did; the answer is one :class:`ChangeSet` its views already know how to handle. The same code
path runs on SQLite (two windows on one file) and on PostgreSQL. Polling one indexed query every
two seconds was chosen over PostgreSQL's ``LISTEN``/``NOTIFY``: it needs no connection held open
per window, behaves the same on both databases, and recovers by itself after a network break.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import quote

from desktop_app.domain.agreement import people_coding_together as agreement_people
from desktop_app.domain.model import Annotation, CoderOrigin, coder_origins
from desktop_app.errors import ProjectError
from desktop_app.i18n import gettext
from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project, default_coder
from desktop_app.storage import credentials, feed, project_meta
from desktop_app.storage.engine import is_url, server_url

log = logging.getLogger(__name__)

DEFAULT_PORT = 5432
POLL_INTERVAL_S = 2.0  # what the window should use when it polls


# -- connecting ------------------------------------------------------------------------------


@dataclass(frozen=True)
class ServerAddress:
    """Where a team project lives, as File › Connect to server… asks for it (no password:
    that goes to the keyring)."""

    host: str
    database: str
    user: str
    port: int = DEFAULT_PORT

    def url(self) -> str:
        host = self.host.strip()
        if ":" in host and not host.startswith("["):  # an IPv6 address
            host = f"[{host}]"
        return (
            f"postgresql://{quote(self.user.strip(), safe='')}@{host}:{self.port}"
            f"/{quote(self.database.strip(), safe='')}"
        )

    def check(self) -> ServerAddress:
        """This address, or a :class:`ProjectError` saying which field is wrong."""
        missing = {
            "host": (gettext("the server's host is missing"), gettext("type the host")),
            "database": (
                gettext("the server's database is missing"),
                gettext("type the database"),
            ),
            "user": (gettext("the server's user is missing"), gettext("type the user")),
        }
        for name, (what, todo) in missing.items():
            if not getattr(self, name).strip():
                raise ProjectError(what, todo)
        if not 0 < self.port < 65536:
            raise ProjectError(
                gettext("{port} is not a port number").format(port=self.port),
                gettext("the usual one is 5432"),
            )
        return self

    @classmethod
    def from_url(cls, url: str) -> ServerAddress:
        parsed = server_url(url)
        return cls(
            host=parsed.host or "localhost",
            database=parsed.database or "",
            user=parsed.username or "",
            port=parsed.port or DEFAULT_PORT,
        )


def is_server_location(target: str) -> bool:
    """True if ``target`` (a command-line argument, a recent-projects entry) names a project on
    a server rather than a file. Callers must pass such targets on as strings, never through
    :class:`pathlib.Path` (which would fold ``//``)."""
    return is_url(target)


def connect(
    address: ServerAddress,
    password: str | None = None,
    *,
    remember: bool = True,
    coder: str | None = None,
) -> Project:
    """Open the project at ``address`` (an empty database becomes a new project). A password
    given here is tried first and, once it worked and ``remember`` is set, kept in the system
    keyring; without one, the keyring's is used."""
    url = address.check().url()
    project = Project.open(url, password=password or None, coder=coder)
    if password and remember and not credentials.store(url, password):
        log.warning("no keyring took the password for %s; it will be asked again", address.host)
    return project


def has_stored_password(address: ServerAddress) -> bool:
    return credentials.lookup(address.url()) is not None


def forget_password(address: ServerAddress) -> None:
    credentials.forget(address.url())


# -- coders ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CoderInfo:
    name: str
    db_role: str | None
    annotations: int
    is_me: bool
    origin: CoderOrigin = CoderOrigin.PERSON
    source_ids: frozenset[int] = frozenset()

    @property
    def shown_name(self) -> str:
        """The name as the window lists it: the sample's and imported coders say so."""
        return f"{self.name} ({self.origin.label})" if self.origin.label else self.name


def list_coders(project: Project) -> list[CoderInfo]:
    """Every coder of the project, with how many annotations each created, on which sources,
    and whether they are a person of this team."""
    from desktop_app.storage import counts

    with project.read() as reader:
        coders = project_meta.list_coders(reader)
        recorded = project_meta.coder_origins(reader)
        marked = counts.annotations_per_coder_and_source(reader)
    origins = coder_origins(recorded, [name for _id, name, _role in coders])
    return [
        CoderInfo(
            name,
            role,
            sum(marked.get(name, {}).values()),
            name == project.coder,
            origins[name],
            frozenset(marked.get(name, ())),
        )
        for _id, name, role in coders
    ]


def people_coding_together(coders: Iterable[CoderInfo]) -> list[str]:
    """The people among ``coders`` who share a source with another person (agreement's
    coders; see :func:`desktop_app.domain.agreement.people_coding_together`)."""
    listed = list(coders)
    marked = ((c.name, source_id) for c in listed for source_id in c.source_ids)
    return agreement_people(marked, {c.name: c.origin for c in listed})


def display_name(project: Project) -> str:
    """The signed-in coder as a reader of a briefing should see them: the name they signed in
    with, or — when the coder is just the login name — the account's full name if it has one."""
    if project.coder != default_coder():
        return project.coder
    return account_full_name() or project.coder


def account_full_name() -> str:
    """The operating system account's full name ("" when it has none or cannot be read)."""
    try:
        if sys.platform == "win32":
            import ctypes

            size = ctypes.c_ulong(0)
            secur32 = ctypes.windll.secur32  # type: ignore[attr-defined,unused-ignore]
            secur32.GetUserNameExW(3, None, ctypes.byref(size))  # 3: NameDisplay
            buffer = ctypes.create_unicode_buffer(size.value or 1)
            if secur32.GetUserNameExW(3, buffer, ctypes.byref(size)):
                return " ".join(buffer.value.split())
            return ""
        import pwd

        gecos = pwd.getpwuid(os.getuid()).pw_gecos  # type: ignore[attr-defined,unused-ignore]
        return " ".join(gecos.split(",")[0].split())
    except (OSError, KeyError, AttributeError):
        return ""


class CoderScope(StrEnum):
    MINE = "mine"
    ALL = "all"
    CHOSEN = "chosen"


@dataclass(frozen=True)
class CoderFilter:
    """Which coders' annotations a view shows: the window's "mine / all / chosen" switch.
    An annotation belongs to the coder who created it."""

    scope: CoderScope = CoderScope.ALL
    chosen: frozenset[str] = field(default_factory=frozenset)

    def accepts(self, annotation: Annotation, me: str) -> bool:
        if self.scope == CoderScope.ALL:
            return True
        if self.scope == CoderScope.MINE:
            return annotation.coder == me
        return annotation.coder in self.chosen

    def apply(self, annotations: Iterable[Annotation], me: str) -> list[Annotation]:
        return [a for a in annotations if self.accepts(a, me)]

    @property
    def label(self) -> str:
        if self.scope == CoderScope.CHOSEN:
            return ", ".join(sorted(self.chosen)) or "no coders"
        return {"all": "all coders", "mine": "mine"}[self.scope.value]


# -- others' changes -------------------------------------------------------------------------


@dataclass(frozen=True)
class RemoteChange:
    """One operation as the change feed recorded it."""

    id: int
    at: str
    coder: str
    label: str
    undo: bool
    own: bool  # made through this very Project (this window)
    change_set: ChangeSet


@dataclass(frozen=True)
class FeedUpdate:
    """What :func:`changes_since` found: where to continue from, the changes themselves, and
    one change set that sums up those made by others (None if there were none)."""

    cursor: int
    changes: tuple[RemoteChange, ...]
    combined: ChangeSet | None
    more: bool = False  # a full page: ask again at once from ``cursor``

    @property
    def coders(self) -> list[str]:
        return sorted({c.coder for c in self.changes if not c.own})


def latest_change(project: Project) -> int:
    """The feed's newest id: where a window that just loaded everything starts polling."""
    with project.read() as reader:
        return feed.last_id(reader)


def changes_since(project: Project, cursor: int, *, limit: int = 1000) -> FeedUpdate:
    """The operations committed after ``cursor``, oldest first. Safe off the GUI thread: it
    only reads. The window then hands ``combined`` to its views (e.g. with
    :meth:`Project.announce`) on the GUI thread and keeps ``cursor`` for the next call."""
    with project.read() as reader:
        rows = feed.since(reader, cursor, limit)
    changes = tuple(_remote_change(row, project.session_id) for row in rows)
    others = [c for c in changes if not c.own]
    return FeedUpdate(
        cursor=rows[-1].id if rows else cursor,
        changes=changes,
        combined=_combine(others) if others else None,
        more=len(rows) >= limit,
    )


def _remote_change(row: feed.FeedRow, session: str) -> RemoteChange:
    entities = row.entities

    def ids(name: str) -> frozenset[int]:
        return frozenset(int(i) for i in entities.get(name, ()))

    return RemoteChange(
        id=row.id,
        at=row.at,
        coder=row.coder,
        label=row.label,
        undo=row.undo,
        own=row.session == session,
        change_set=ChangeSet(
            label=row.label,
            sources=ids("sources"),
            source_texts=ids("source_texts"),
            codes=ids("codes"),
            annotations=ids("annotations"),
            links=ids("links"),
            project=bool(entities.get("project")),
            outlets=bool(entities.get("outlets")),
            undo=row.undo,
            suggestions=ids("suggestions"),
        ),
    )


def _combine(changes: Sequence[RemoteChange]) -> ChangeSet:
    sets = [c.change_set for c in changes]
    if len(changes) == 1:
        label = f"{changes[0].label} ({changes[0].coder})"
    else:
        label = f"{len(changes)} changes by {', '.join(sorted({c.coder for c in changes}))}"
    return ChangeSet(
        label=label,
        sources=frozenset().union(*(s.sources for s in sets)),
        source_texts=frozenset().union(*(s.source_texts for s in sets)),
        codes=frozenset().union(*(s.codes for s in sets)),
        annotations=frozenset().union(*(s.annotations for s in sets)),
        links=frozenset().union(*(s.links for s in sets)),
        project=any(s.project for s in sets),
        outlets=any(s.outlets for s in sets),
        undo=False,
        suggestions=frozenset().union(*(s.suggestions for s in sets)),
    )

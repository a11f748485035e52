"""An open project's suggestions, per source, kept up to date incrementally.

The window never waits for the engine: :class:`SuggestionBook` holds what was computed last
and learns from each change set what has gone stale; :meth:`SuggestionBook.request` copies out
what a worker should compute, :func:`compute` runs on the worker (reading the project through
its own transactions), and :meth:`SuggestionBook.store` takes the result back on the window's
thread. What is shown (not rejected, not covered by an annotation with the same codes) is
worked out again for just the sources whose mark-up or rejections changed, which is one small
read.

What goes stale, and what is computed again:

- a source imported: that source, every kind;
- a code or alias changed: the engine's inputs are built again; if the codes differ, every
  source is read again;
- a condition's coded wordings changed (mark-up with a condition code): the condition
  suggestions of every source (the other kinds are kept).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from typing import Literal

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import (
    ReadingInputs,
    Suggestion,
    SuggestionKind,
)
from desktop_app.errors import Cancelled
from desktop_app.reading.suggest.engine import PreparedReading, prepare
from desktop_app.services import sources
from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project
from desktop_app.services.suggestions import visible
from desktop_app.services.suggestions_engine import reading_inputs, suggest_all

Order = Literal["position", "score"]
_TEXT_CHUNK = 200


@dataclass(frozen=True)
class Request:
    """What a worker is to compute, copied from the book: the inputs used last (None: never
    computed), the suggestions found so far (kept for kinds not read again), the sources to
    read again (None: all) and whether the inputs must be built again to compare; the engine's
    prepared reading of those inputs when there is one (preparing is the costly part of
    reading one new source)."""

    inputs: ReadingInputs | None
    found: Mapping[int, tuple[Suggestion, ...]]
    stale: frozenset[int] | None
    check_inputs: bool
    reading: PreparedReading | None = None


@dataclass(frozen=True)
class Computed:
    inputs: ReadingInputs
    found: dict[int, tuple[Suggestion, ...]]  # the sources read again: everything they propose
    shown: dict[int, tuple[Suggestion, ...]]  # of those, what is shown
    gone: frozenset[int]  # sources that no longer exist
    limited: dict[int, tuple[str, ...]]  # per source read again: what the engine limited
    quotes: dict[int, dict[tuple[int, int], str]]  # of the sources read again: span → text
    reading: PreparedReading | None = None  # the inputs prepared, when they were


def _ordered(suggestions: Iterable[Suggestion]) -> tuple[Suggestion, ...]:
    return tuple(sorted(suggestions, key=lambda s: (s.start, s.end, s.kind, s.code_ids)))


def compute(
    project: Project,
    request: Request,
    cancelled: Callable[[], bool] = lambda: False,
) -> Computed:
    """Bring ``request`` up to date (on a worker thread: reads only, through the services).
    ``cancelled`` is asked before each step and between sources (the window's may wait there
    while the analyst is at work)."""
    if cancelled():
        raise Cancelled()
    previous = request.inputs
    inputs = reading_inputs(project) if request.check_inputs or previous is None else previous
    if cancelled():
        raise Cancelled()
    every = sources.source_ids(project)
    existing = set(every)
    gone = frozenset(i for i in request.found if i not in existing)
    if previous is None or request.stale is None or inputs.codes != previous.codes:
        redo, conditions_only = every, []
    else:
        redo = [i for i in every if i in request.stale or i not in request.found]
        again = set(redo)
        conditions_only = (
            [i for i in every if i not in again] if inputs.wordings != previous.wordings else []
        )
    found: dict[int, tuple[Suggestion, ...]] = {}
    limited: dict[int, tuple[str, ...]] = {}
    reading = request.reading if request.reading and request.reading.inputs == inputs else None
    if redo:
        reading = reading or prepare(inputs)
        if cancelled():
            raise Cancelled()
        for result in suggest_all(project, reading, redo, cancelled):
            found[result.source_id] = _ordered(result.suggestions)
            limited[result.source_id] = result.limited
    if conditions_only:
        condition: frozenset[SuggestionKind] = frozenset({"condition"})
        conditions = prepare(replace(inputs, kinds=condition))
        for result in suggest_all(project, conditions, conditions_only, cancelled):
            kept = [s for s in request.found.get(result.source_id, ()) if s.kind != "condition"]
            found[result.source_id] = _ordered([*kept, *result.suggestions])
            limited[result.source_id] = result.limited
    if cancelled():
        raise Cancelled()
    return Computed(
        inputs,
        found,
        visible(project, found),
        gone,
        limited,
        _quotes(project, found),
        reading,
    )


def _quotes(
    project: Project, found: Mapping[int, tuple[Suggestion, ...]]
) -> dict[int, dict[tuple[int, int], str]]:
    """The text of every suggestion, so the window lists those of any source without reading
    its text (read here a chunk of sources at a time)."""
    quotes: dict[int, dict[tuple[int, int], str]] = {}
    ids = sorted(i for i, found_here in found.items() if found_here)
    for at in range(0, len(ids), _TEXT_CHUNK):
        for source_id, text in sources.texts_of(project, ids[at : at + _TEXT_CHUNK]).items():
            quotes[source_id] = {(s.start, s.end): text[s.start : s.end] for s in found[source_id]}
    return quotes


class SuggestionBook:
    """The suggestions of one open project as last computed, and which of them are shown."""

    def __init__(self) -> None:
        self.inputs: ReadingInputs | None = None
        self._reading: PreparedReading | None = None  # the inputs, prepared for the engine
        self._found: dict[int, tuple[Suggestion, ...]] = {}
        self._shown: dict[int, tuple[Suggestion, ...]] = {}
        self._quotes: dict[int, dict[tuple[int, int], str]] = {}
        self._stale: set[int] = set()
        self._everything = True
        self._check_inputs = True
        self._running = False
        self._touched: set[int] = set()  # mark-up or rejections changed: shown to work out
        self._touched_while_running: set[int] = set()
        self._limited: dict[int, tuple[str, ...]] = {}
        self.ready = False  # computed at least once

    # -- learning what changed ----------------------------------------------------------------

    def note(self, change: ChangeSet) -> None:
        """Take in a change set: what it makes stale, and whose shown suggestions to redo."""
        if change.source_texts:
            self._stale |= change.source_texts
        if change.codes - change.recounted or change.project:
            self._check_inputs = True
        if change.annotations and self._wordings_may_change(change):
            self._check_inputs = True
        touched = set(change.suggestions)
        if change.annotations:
            touched |= change.sources
        self._touched |= touched
        if self._running:
            self._touched_while_running |= touched | change.source_texts

    def _wordings_may_change(self, change: ChangeSet) -> bool:
        if self.inputs is None or change.stored is None:
            return True
        conditions = {c.code_id for c in self.inputs.codes if c.kind is CodeKind.CONDITION}
        if change.codes & conditions:
            return True
        return any(
            set(a.code_ids) & conditions for a in change.stored.values()
        ) or not change.annotations <= set(change.stored)

    @property
    def pending(self) -> bool:
        """Whether something is to be computed (and nothing is computing)."""
        return not self._running and (self._everything or bool(self._stale) or self._check_inputs)

    @property
    def running(self) -> bool:
        return self._running

    def request(self) -> Request:
        """What a worker should compute now; the book counts it as under way."""
        request = Request(
            inputs=self.inputs,
            found=dict(self._found),
            stale=None if self._everything else frozenset(self._stale),
            check_inputs=self._check_inputs,
            reading=self._reading,
        )
        self._everything = self._check_inputs = False
        self._stale = set()
        self._running = True
        self._touched_while_running = set()
        return request

    def store(self, computed: Computed) -> set[int]:
        """Take a worker's result; returns the sources whose suggestions changed. Sources
        whose mark-up changed meanwhile stay to be worked out again (see :meth:`touched`)."""
        self._running = False
        self.ready = True
        self.inputs = computed.inputs
        if computed.reading is not None or (
            self._reading is not None and self._reading.inputs != computed.inputs
        ):
            self._reading = computed.reading
        self._limited.update(computed.limited)
        changed = set(computed.found) | set(computed.gone)
        for source_id in computed.gone:
            self._found.pop(source_id, None)
            self._shown.pop(source_id, None)
            self._quotes.pop(source_id, None)
            self._limited.pop(source_id, None)
        self._found.update(computed.found)
        for source_id in computed.found:
            self._quotes[source_id] = computed.quotes.get(source_id, {})
        self._shown.update(computed.shown)
        self._touched |= self._touched_while_running & set(self._found)
        self._stale |= self._touched_while_running - set(self._found) - computed.gone
        return changed

    def failed(self, request: Request) -> None:
        """A worker stopped (cancelled, failed): what it was to do is still to do."""
        self._running = False
        if request.stale is None:
            self._everything = True
        else:
            self._stale |= request.stale
        self._check_inputs = self._check_inputs or request.check_inputs

    def touched(self) -> set[int]:
        """Sources whose shown suggestions must be worked out again (then call
        :meth:`reshow`); forgets them."""
        found, self._touched = self._touched & set(self._found), set()
        return found

    def reshow(self, project: Project, source_ids: Iterable[int]) -> None:
        """Work out again which suggestions of ``source_ids`` are shown (a small read)."""
        wanted = {i: self._found[i] for i in source_ids if i in self._found}
        if wanted:
            self._shown.update(visible(project, wanted))

    # -- reading ------------------------------------------------------------------------------

    def shown(
        self,
        source_ids: Iterable[int] | None = None,
        *,
        kind: str | None = None,
        code_id: int | None = None,
        order: Order = "position",
    ) -> list[Suggestion]:
        """The suggestions shown of ``source_ids`` (None: every source), of one kind and with
        one code when asked, by position (source, then start) or by score (highest first)."""
        ids = sorted(self._shown) if source_ids is None else list(source_ids)
        found = [
            s
            for i in ids
            for s in self._shown.get(i, ())
            if (kind is None or s.kind == kind) and (code_id is None or code_id in s.code_ids)
        ]
        if order == "score":
            found.sort(key=lambda s: (-s.score, s.source_id, s.start))
        return found

    @property
    def limited(self) -> tuple[str, ...]:
        """What the engine had to limit (a long source read in part…), one sentence each."""
        return tuple(dict.fromkeys(n for notes in self._limited.values() for n in notes))

    def quote(self, suggestion: Suggestion) -> str:
        """The words of ``suggestion`` as its source holds them."""
        return self._quotes.get(suggestion.source_id, {}).get(
            (suggestion.start, suggestion.end), ""
        )

    def count(self, source_ids: Iterable[int] | None = None) -> int:
        ids = self._shown if source_ids is None else source_ids
        return sum(len(self._shown.get(i, ())) for i in ids)

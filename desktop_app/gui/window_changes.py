"""Routing change sets to the views of the main window.

What the analyst is looking at — the highlight just made, the row in the annotation list —
updates inside the same event (the key press that made the change). Counts and lists elsewhere
(sources, codebook, status bar) are refreshed once the event loop is free, coalescing bursts; a
change set never makes a view re-read the whole project.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer

from desktop_app.services import codebook, sources
from desktop_app.services.changes import ChangeSet
from desktop_app.services.lookups import annotations_by_id

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class ChangeRouter(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._codes_dirty = False
        self._recount: set[int] = set()  # codes whose counts alone changed
        self._source_ids: set[int] = set()
        # Counts changed by this window's own operations, applied to what the window holds
        # (a code or source read again in the same flush is read with them already in).
        self._coding_deltas: dict[int, int] = {}
        self._annotation_deltas: dict[int, int] = {}
        self._reread = False  # the shown source's text was replaced
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.flush)
        # After a change this window made, the keyboard goes back to the reader (once any popup
        # or dialog that made it has closed); colleagues' changes never move the focus.
        self._others = False
        self._focus_timer = QTimer(self)
        self._focus_timer.setSingleShot(True)
        self._focus_timer.setInterval(0)
        self._focus_timer.timeout.connect(window.return_focus)

    @contextmanager
    def from_others(self) -> Iterator[None]:
        """Route the change sets announced inside this block as made by someone else."""
        self._others = True
        try:
            yield
        finally:
            self._others = False

    @contextmanager
    def keeping_focus(self) -> Iterator[None]:
        """Route the change sets announced inside this block without taking the keyboard back
        to the reader (the suggestions list: accept one, and the next is one key away)."""
        with self.from_others():
            yield

    def route(self, change: ChangeSet) -> None:
        window = self.window
        if window.project is None:
            return
        try:
            if change.annotations or change.links:
                self._annotations(change)
            if change.codes - change.recounted:
                self._codes_dirty = True
            # This window's own operation (read back): its counts are known from its rows.
            own = change.stored is not None
            if own:
                for code_id in change.recounted:
                    delta = change.coding_deltas.get(code_id, 0)
                    self._coding_deltas[code_id] = self._coding_deltas.get(code_id, 0) + delta
                for source_id in change.counted_sources:
                    delta = change.annotation_deltas.get(source_id, 0)
                    self._annotation_deltas[source_id] = (
                        self._annotation_deltas.get(source_id, 0) + delta
                    )
            else:
                self._recount |= change.recounted
            listed = change.sources - change.counted_sources if own else change.sources
            if listed:
                self._source_ids |= set(listed)
            if change.sources and window.reader.source_id in change.source_texts:
                self._source_ids.add(window.reader.source_id)  # maybe deleted: check soon
                self._reread = True
            if change.project:
                window.update_title()
        finally:
            window.update_undo()
            self._timer.start()
            if not self._others:
                self._focus_timer.start()

    def _annotations(self, change: ChangeSet) -> None:
        window = self.window
        project = window.project
        source_id = window.reader.source_id
        if project is None or source_id is None:
            return
        ids = set(change.annotations)
        # The operation's own read when it made one (mark-up in this window), else one read.
        found = annotations_by_id(project, ids) if change.stored is None else change.stored.values()
        shown = [a for a in found if a.source_id == source_id]
        fresh = window.team.visible(shown)  # one hidden by the coder filter counts as removed
        present = {a.id for a in fresh}
        removed = [i for i in ids if i not in present]
        window.reader.remove_spans(removed)
        window.reader.upsert_spans(window.make_span(a) for a in fresh)
        linked = None
        if change.links:
            linked = window.linked_ids(window.annotations_panel.model_.annotations() + fresh)
        window.annotations_panel.model_.apply(fresh, removed, linked or ())

    def flush(self) -> None:
        """The deferred part: codebook, sources and counts."""
        window = self.window
        project = window.project
        if project is None:
            return
        recount, self._recount = self._recount, set()
        coding_deltas, self._coding_deltas = self._coding_deltas, {}
        annotation_deltas, self._annotation_deltas = self._annotation_deltas, {}
        if coding_deltas and not self._codes_dirty:
            self._apply_coding_deltas(coding_deltas, recount)
        if recount and not self._codes_dirty:
            counts = codebook.annotation_counts(project, recount)
            window.codes = {
                code_id: code
                if code_id not in counts
                else replace(code, annotation_count=counts[code_id])
                for code_id, code in window.codes.items()
            }
            window.codebook_panel.show_codes(window.codes.values())
        if self._codes_dirty:
            self._codes_dirty = False
            before = {c.id: (c.name, c.color, c.kind) for c in window.codes.values()}
            window.codes = {c.id: c for c in codebook.list_codes(project)}
            window.codebook_panel.show_codes(window.codes.values())
            after = {c.id: (c.name, c.color, c.kind) for c in window.codes.values()}
            if before != after:
                self._restyle()
            window.markup.refresh_recent()
        counted = [
            source
            for source_id, delta in annotation_deltas.items()
            if delta and source_id not in self._source_ids
            for source in [window.sources_panel.source(source_id)]
            if source is not None
        ]
        if counted:
            window.sources_panel.apply(
                [
                    replace(s, annotation_count=s.annotation_count + annotation_deltas[s.id])
                    for s in counted
                ],
                [],
            )
        if self._source_ids:
            ids, self._source_ids = self._source_ids, set()
            listed = sources.list_sources(project, ids)
            found = {s.id for s in listed}
            window.sources_panel.apply(listed, [i for i in ids if i not in found])
            current = window.reader.source_id
            reread, self._reread = self._reread, False
            if current is not None and current in ids and current not in found:
                window.show_source(window.sources_panel.current_source_id())
            elif current is not None and current in found and reread:
                window.show_source(current, again=True)
            elif window.reader.source_id is None and window.sources_panel.sources():
                first = window.sources_panel.sources()[0].id
                window.sources_panel.select_source(first)
            window.update_reader_title()
        window.update_counts()
        window.update_source_actions()

    def _apply_coding_deltas(self, deltas: dict[int, int], recount: set[int]) -> None:
        """Codes whose codings this window's own operations added or removed: their counts
        moved by as much (those also read again below are left to that read)."""
        window = self.window
        moved = {k: v for k, v in deltas.items() if v and k not in recount and k in window.codes}
        if not moved:
            return
        window.codes = {
            code_id: code
            if code_id not in moved
            else replace(code, annotation_count=code.annotation_count + moved[code_id])
            for code_id, code in window.codes.items()
        }
        window.codebook_panel.show_codes(window.codes.values())

    def _restyle(self) -> None:
        """Codes were renamed or recoloured: repaint the spans and rows that show them."""
        window = self.window
        window.forget_code_styles()
        annotations = window.annotations_panel.model_.annotations()
        window.reader.set_spans(window.make_span(a) for a in annotations)
        window.annotations_panel.model_.refresh_codes()

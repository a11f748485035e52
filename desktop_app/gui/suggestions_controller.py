"""The Suggestions tab and the ghosts in the reader, kept up to date without the window waiting.

The project's :class:`~desktop_app.services.suggestion_book.SuggestionBook` hears every change
set; what it makes stale is computed by a quiet worker (no progress dialog; copied inputs: the
project and the book's request), and the result is taken back on this thread. Opening a
project starts the first computation at once, so its suggestions are ready as soon as the
engine has read it. Accepting (Enter), rejecting (Delete) and editing before accepting (E) go
through :mod:`desktop_app.services.suggestions`, one undoable operation each; the list keeps
the keyboard, so the next suggestion is one key away.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel

from desktop_app.domain.model import Annotation, Code
from desktop_app.domain.suggestions import Suggestion
from desktop_app.errors import ParleyError
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.annotation_dialog import AnnotationDialog, AnnotationDraft
from desktop_app.gui.errors import user_errors
from desktop_app.gui.suggestions_panel import SuggestionsPanel
from desktop_app.gui.translation import arg, translate
from desktop_app.gui.workers import CancelledFn, ProgressFn
from desktop_app.services import sources
from desktop_app.services import suggestions as review
from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project
from desktop_app.services.suggestion_book import Order, SuggestionBook, compute

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# A burst of changes (typing codes, an import in steps) is computed once it settles.
SETTLE_MS = 250
# The worker waits between sources while the analyst is at work (selecting, marking, moving
# between sources): the engine is Python, and sharing the interpreter with it would slow the
# key press that marks a span.
QUIET_S = 0.5
GHOST_GREY = "#7f7f7f"


class SuggestionsController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.book = SuggestionBook()
        self.last_activity = 0.0  # time.monotonic() of the analyst's last move
        self._list_stale = True  # the list is behind the book (worked out when in view)
        self._project: Project | None = None
        self.dialog: AnnotationDialog | None = None
        self.panel = SuggestionsPanel(window.code, self._quote, self._source_label, window)
        window.tabs.addTab(self.panel, translate("Suggestions", "Suggestions"))
        self.status = QLabel(window)
        self.status.setObjectName("suggestion_counts")
        window.statusBar().addPermanentWidget(self.status)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.compute_now)
        # What a change set means for the list is worked out once the event that made it is
        # over: a mark-up key press asks nothing more of the database than before.
        self._after_change = QTimer(self)
        self._after_change.setSingleShot(True)
        self._after_change.setInterval(0)
        self._after_change.timeout.connect(self.catch_up)
        p = self.panel
        p.filters_changed.connect(self.refresh)
        p.current_changed.connect(self._follow)
        p.accept_all_requested.connect(self.accept_all)
        p.list.take_requested.connect(self.accept)
        p.list.drop_requested.connect(self.reject)
        p.list.edit_requested.connect(self.edit)
        window.commands.go_suggestions.triggered.connect(self.focus)
        window.project_changed.connect(self._project_changed)
        window.bus.changed.connect(self._changed)
        window.sources_panel.current_changed.connect(lambda _source_id: self._source_shown())
        window.reader.selectionChanged.connect(self._active)
        window.tabs.currentChanged.connect(lambda _index: self._in_view())
        window.center_tabs.currentChanged.connect(lambda _index: self._in_view())
        self.refresh()

    # -- keeping up ---------------------------------------------------------------------------

    def _project_changed(self) -> None:
        self._timer.stop()
        self._after_change.stop()
        self.book = SuggestionBook()
        self._project = self.window.project
        self.refresh()
        if self._project is not None:
            self.compute_now()

    def _active(self) -> None:
        self.last_activity = time.monotonic()

    def _changed(self, change: ChangeSet) -> None:
        if self.window.project is None:
            return
        self._active()
        self.book.note(change)
        self._after_change.start()

    def catch_up(self) -> None:
        """Show what the changes heard so far mean: the suggestions of the sources whose
        mark-up or rejections changed worked out again, and a computation when due."""
        project = self.window.project
        if project is None:
            return
        touched = self.book.touched()
        if touched:
            with user_errors(self.window):
                self.book.reshow(project, touched)
        if self.book.pending:
            self._timer.start()
        self.refresh()

    def compute_now(self) -> None:
        project = self.window.project
        if project is None or not self.book.pending:
            return
        book = self.book
        request = book.request()

        def work(_progress: ProgressFn, cancelled: CancelledFn) -> Any:
            def polite() -> bool:
                """Asked between sources: wait while the analyst is at work; stop if asked."""
                while not cancelled() and time.monotonic() - self.last_activity < QUIET_S:
                    time.sleep(0.05)
                return cancelled()

            return compute(project, request, polite)

        def done(computed: Any) -> None:
            if self.book is not book or self.window.project is not project:
                return
            book.store(computed)
            touched = book.touched()
            if touched:
                book.reshow(project, touched)
            self.refresh()
            if book.limited:
                log.info("suggestions limited: %s", " · ".join(book.limited))
            if book.pending:
                self._timer.start()

        def stopped(error: BaseException | None = None) -> None:
            if self.book is not book:
                return
            book.failed(request)
            if error is not None:
                log.error("suggestions could not be computed: %s", error)
                self.status.setText(
                    translate("Suggestions", "Suggestions: not available (see the log)")
                )

        self.refresh()
        self.window.runner.start(
            translate("Suggestions", "Reading the sources for suggestions…"),
            work,
            done,
            stopped,
            on_cancel=stopped,
            quiet=True,
        )

    # -- showing ------------------------------------------------------------------------------

    def shown(self) -> list[Suggestion]:
        """The suggestions the panel lists now (its filters applied)."""
        p = self.panel
        source_id = self.window.reader.source_id
        if not p.whole_project and source_id is None:
            return []
        ids = None if p.whole_project or source_id is None else [source_id]
        order: Order = "score" if p.order_by == "score" else "position"
        listed = self.book.shown(ids, kind=p.kind_filter, code_id=p.code_filter, order=order)
        if p.whole_project and order == "position":
            positions = {s.id: n for n, s in enumerate(self.window.sources_panel.sources())}
            listed.sort(key=lambda s: (positions.get(s.source_id, len(positions)), s.start))
        return listed

    def refresh(self) -> None:
        """The list (when the tab is in view; else once it comes into view), the ghosts and
        the counts in the status bar."""
        project = self.window.project
        self._list_stale = True
        if self.panel.isVisible() or project is None:
            self._list()
        self._show_ghosts()
        if project is None:
            self.status.setText("")
        elif not self.book.ready:
            self.status.setText(translate("Suggestions", "Reading for suggestions…"))
        else:
            here = self.book.count(self._here())
            total = self.book.count()
            limited = "; ".join(self.book.limited[:5])
            self.status.setText(
                translate("Suggestions", "%Ln suggestion(s) here", "", here)
                + " · "
                + translate("Suggestions", "%Ln in all", "", total)
                + (translate("Suggestions", " · limited") if limited else "")
            )
            self.status.setToolTip(
                arg(translate("Suggestions", "Some sources were read only in part: %1"), limited)
                if limited
                else translate(
                    "Suggestions",
                    "Suggestions in this source and in every source (View › Go To › Suggestions)",
                )
            )

    def _list(self) -> None:
        self._list_stale = False
        listed = self.shown() if self.window.project is not None else []
        codes: dict[int, Code] = {}
        for s in self.book.shown(None if self.panel.whole_project else self._here()):
            for code_id in s.code_ids:
                code = self.window.code(code_id) if code_id not in codes else None
                if code is not None:
                    codes[code_id] = code
        self.panel.set_codes(list(codes.values()))
        listed_count = len(listed)
        summary = (
            translate("Suggestions", "%Ln suggestion(s) in all sources", "", listed_count)
            if self.panel.whole_project
            else translate("Suggestions", "%Ln suggestion(s) in this source", "", listed_count)
        )
        self.panel.show_suggestions(listed, summary)

    def _in_view(self) -> None:
        """A tab changed: list the suggestions if the tab came into view since they changed."""
        if self._list_stale and self.panel.isVisible():
            self._list()
            self._show_ghosts()

    def _here(self) -> list[int]:
        source_id = self.window.reader.source_id
        return [] if source_id is None else [source_id]

    def _source_shown(self) -> None:
        self._active()
        if not self.panel.whole_project:
            self.refresh()
        else:
            self._show_ghosts()

    def _show_ghosts(self) -> None:
        """The current source's suggestions (as filtered) drawn as ghosts in the reader."""
        source_id = self.window.reader.source_id
        if source_id is None:
            return
        p = self.panel
        here = self.book.shown([source_id], kind=p.kind_filter, code_id=p.code_filter)
        current = p.current()
        self.window.reader.set_ghosts(
            [(s.start, s.end, self._color(s)) for s in here],
            (current.start, current.end)
            if current is not None and current.source_id == source_id
            else None,
        )

    def _color(self, suggestion: Suggestion) -> str:
        for code_id in suggestion.code_ids:
            code = self.window.code(code_id)
            if code is not None:
                return code.color
        return GHOST_GREY

    def _follow(self, suggestion: Suggestion | None) -> None:
        """The reader follows the list: the source, scrolled to the suggestion."""
        if suggestion is None:
            self._show_ghosts()
            return
        if self.window.reader.source_id != suggestion.source_id:
            self.window.sources_panel.select_source(suggestion.source_id, notify=False)
            self.window.show_source(suggestion.source_id)
        self._show_ghosts()
        self.window.reader.reveal(suggestion.start, suggestion.end, flash=False)

    def _quote(self, suggestion: Suggestion) -> str:
        quote = self.book.quote(suggestion)
        if quote or suggestion.source_id != self.window.reader.source_id:
            return quote
        return self.window.reader.text[suggestion.start : suggestion.end]

    def _source_label(self, source_id: int) -> str:
        source = self.window.sources_panel.source(source_id)
        return (
            source.label
            if source is not None
            else arg(translate("Suggestions", "Source %1"), source_id)
        )

    def focus(self) -> None:
        self.window.center_tabs.setCurrentIndex(0)  # the reader, in front of any comparison
        self.window.tabs.setCurrentWidget(self.panel)
        self.panel.list.setFocus()
        if self.panel.current() is None:
            self.panel.list.go(0)

    # -- accepting and rejecting ----------------------------------------------------------------

    def accept(self, suggestion: Suggestion) -> None:
        project = self.window.project
        if project is None:
            return
        if not suggestion.code_ids:  # a statement whose speaker was not found: say who first
            self.edit(suggestion)
            return
        with user_errors(self.window), self.window.router.keeping_focus():
            annotation = review.accept(project, suggestion)
            self.window.statusBar().showMessage(
                arg(translate("Suggestions", "Accepted “%1”"), annotation.quote[:60]), 3000
            )

    def reject(self, suggestion: Suggestion) -> None:
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window), self.window.router.keeping_focus():
            review.reject(project, suggestion)
            self.window.statusBar().showMessage(
                translate("Suggestions", "Rejected: not proposed again"), 3000
            )

    def edit(self, suggestion: Suggestion) -> None:
        """E: the annotation dialog on the suggestion, accepted as edited on OK."""
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window):
            text = (
                self.window.reader.text
                if suggestion.source_id == self.window.reader.source_id
                else self._text_of(project, suggestion.source_id)
            )
            draft = Annotation(
                id=0,
                guid="",
                source_id=suggestion.source_id,
                start=suggestion.start,
                end=suggestion.end,
                quote=text[suggestion.start : suggestion.end],
                code_ids=suggestion.code_ids,
            )
            markup = self.window.markup
            dialog = AnnotationDialog(
                self.window,
                draft,
                text,
                codes=self.window.code,
                links=[],
                lookup=markup.lookup,
                create=markup.create,
            )
            dialog.setObjectName("suggestion_dialog")
            dialog.setWindowTitle(translate("Suggestions", "Accept Suggestion"))
            dialog.submitted.connect(lambda made: self._accept_edited(suggestion, made))
            dialog.finished.connect(lambda _result: self.panel.list.setFocus())
            self.dialog = dialog
            dialog.open()

    @staticmethod
    def _text_of(project: Project, source_id: int) -> str:
        return sources.get_text(project, source_id)

    def _accept_edited(self, suggestion: Suggestion, draft: AnnotationDraft) -> None:
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window), self.window.router.keeping_focus():
            review.accept(
                project,
                suggestion,
                start=draft.start,
                end=draft.end,
                code_ids=draft.code_ids,
                note=draft.note,
            )

    def accept_all(self) -> None:
        project = self.window.project
        listed = self.shown()
        if project is None or not listed:
            return
        ready = [s for s in listed if s.code_ids]
        left = len(listed) - len(ready)
        accepted = len(ready)
        waiting = (
            "\n\n"
            + translate(
                "Suggestions", "%Ln statement(s) without a speaker will stay listed.", "", left
            )
            if left
            else ""
        )
        if not ready:
            self.window.statusBar().showMessage(
                translate("Suggestions", "Nothing to accept: give the speakers first"), 4000
            )
            return
        if not prompts.confirm(
            self.window,
            translate("Suggestions", "Accept All Shown"),
            translate(
                "Suggestions",
                "Accept %Ln suggestion(s) as annotations? One undo takes them all back.",
                "",
                accepted,
            )
            + waiting,
            translate("Suggestions", "Accept %Ln", "", accepted),
        ):
            return
        try:
            with self.window.router.keeping_focus():
                made = review.accept_all(project, ready)
        except ParleyError as error:
            prompts.show_error(self.window, error)
            return
        self.window.statusBar().showMessage(
            translate("Suggestions", "Accepted %Ln suggestion(s)", "", made), 4000
        )

"""The New Speakers tab kept up to date: "new speaker?" candidates computed off the GUI thread
(:func:`desktop_app.services.suggestions_engine.speaker_candidates`) whenever the tab is in view
and the sources or the codebook changed since; Enter adds one as a speaker code, its grouped
spellings as aliases (one undoable operation of the codebook service), after which the
suggestion book hears the new code and proposes its mentions; Delete dismisses one for the
rest of the session.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.domain.model import CodeKind, SpeakerDetails
from desktop_app.domain.suggestions import SpeakerCandidate
from desktop_app.domain.textfold import fold
from desktop_app.gui.alias_warnings import unsafe_aliases
from desktop_app.gui.errors import user_errors
from desktop_app.gui.new_speakers_panel import NewSpeakersPanel
from desktop_app.gui.translation import arg, translate
from desktop_app.gui.workers import CancelledFn, ProgressFn
from desktop_app.services import codebook
from desktop_app.services.changes import ChangeSet
from desktop_app.services.suggestions_engine import speaker_candidates

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

SETTLE_MS = 300
QUIET_S = 0.5  # as the suggestions' worker


def candidate_key(candidate: SpeakerCandidate) -> str:
    return fold(candidate.name)


class NewSpeakersController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.panel = NewSpeakersPanel(window)
        window.tabs.addTab(self.panel, translate("NewSpeakers", "New Speakers"))
        self.candidates: list[SpeakerCandidate] = []
        self.dismissed: set[str] = set()
        self.ready = False  # the list reflects the project as it was when last computed
        self._stale = True
        self._running = False
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SETTLE_MS)
        self._timer.timeout.connect(self.compute_if_due)
        self.go = QAction(translate("NewSpeakers", "&New Speakers"), window)
        self.go.setToolTip(
            translate("NewSpeakers", "People the sources name who are not in the codebook yet")
        )
        self.go.setShortcut(QKeySequence("Ctrl+7"))
        self.go.triggered.connect(self.focus)
        window.addAction(self.go)
        for menu in window.commands.go_suggestions.associatedObjects():
            if isinstance(menu, QMenu):  # View › Go To
                menu.addAction(self.go)
        p = self.panel
        p.list.take_requested.connect(self.add)
        p.list.drop_requested.connect(self.dismiss)
        p.current_changed.connect(self._follow)
        window.project_changed.connect(self._project_changed)
        window.bus.changed.connect(self._changed)
        window.tabs.currentChanged.connect(lambda _index: self._timer.start())
        self._show()

    @property
    def behind(self) -> bool:
        """The list is behind the project (computing, or due once the tab is in view)."""
        return self._stale or self._running

    # -- keeping up ---------------------------------------------------------------------------

    def _project_changed(self) -> None:
        self._generation += 1
        self.candidates = []
        self.dismissed = set()
        self.ready = False
        self._stale = True
        self._show()
        self._timer.start()

    def _changed(self, change: ChangeSet) -> None:
        if self.window.project is None:
            return
        # Mark-up only recounts codes: the key press that marks a span costs nothing here.
        codes = change.codes - change.recounted
        sources_changed = change.source_texts or (change.sources and not change.annotations)
        if change.project or sources_changed or codes:
            self._stale = True
            self._timer.start()
        if change.project or codes:
            self._show()  # a code added or undone: its name leaves or rejoins the list

    def compute_if_due(self) -> None:
        """Compute the candidates when the tab is in view and they are behind the project."""
        project = self.window.project
        if project is None or not self._stale or self._running or not self.panel.isVisible():
            return
        self._stale = False
        self._running = True
        generation = self._generation

        def work(_progress: ProgressFn, cancelled: CancelledFn) -> Any:
            def polite() -> bool:
                """Asked between sources: wait while the analyst is at work (the engine is
                Python and would slow the key press); stop if asked."""
                while not cancelled() and time.monotonic() - self._last_activity() < QUIET_S:
                    time.sleep(0.05)
                return cancelled()

            return speaker_candidates(project, cancelled=polite)

        def done(found: Any) -> None:
            self._running = False
            if generation != self._generation or self.window.project is not project:
                self._timer.start()  # another project opened meanwhile: its turn
                return
            self.candidates = list(found)
            self.ready = True
            self._show()
            if self._stale:
                self._timer.start()

        def stopped() -> None:  # closing the project: nothing to say
            self._running = False
            self._stale = True
            self._timer.start()

        def failed(error: BaseException) -> None:
            self._running = False
            log.error("new speakers could not be found: %s", error)
            if generation != self._generation:
                return
            self.panel.summary.setText(
                translate("NewSpeakers", "New speakers: not available (see the log)")
            )

        self._show()
        self.window.runner.start(
            translate("NewSpeakers", "Looking for new speakers…"),
            work,
            done,
            failed,
            on_cancel=stopped,
            quiet=True,
        )

    def _last_activity(self) -> float:
        """When the analyst last selected, marked or switched sources (the Suggestions
        controller keeps the time; both workers keep out of the analyst's way)."""
        return self.window.suggestions.last_activity

    # -- showing ------------------------------------------------------------------------------

    def shown(self) -> list[SpeakerCandidate]:
        """The candidates listed: not dismissed, and not a code's name by now (one just added
        leaves the list at once, before the next computation)."""
        project = self.window.project
        if project is None:
            return []
        # Read now, not the window's copy: that follows a change set a moment later.
        names = {fold(n) for c in codebook.list_codes(project) for n in c.all_names()}
        return [
            c
            for c in self.candidates
            if candidate_key(c) not in self.dismissed and fold(c.name) not in names
        ]

    def _show(self) -> None:
        if self.window.project is None:
            self.panel.show_candidates([], "")
            return
        listed = self.shown()
        if not self.ready:
            summary = translate("NewSpeakers", "Looking for names not in the codebook…")
        else:
            names = len(listed)  # a name, not a call: pyside6-lupdate misses n=len(…)
            summary = translate(
                "NewSpeakers", "%Ln name(s) in the sources not in the codebook", "", names
            )
        self.panel.show_candidates(listed, summary)

    def _follow(self, candidate: SpeakerCandidate | None) -> None:
        """The reader shows the candidate's first mention, the keyboard stays in the list."""
        if candidate is None or not candidate.mentions or not self.panel.isVisible():
            return
        source_id, mention = candidate.mentions[0]
        if self.window.reader.source_id != source_id:
            self.window.sources_panel.select_source(source_id, notify=False)
            self.window.show_source(source_id)
        self.window.reader.reveal(mention.start, mention.end, flash=False)

    def focus(self) -> None:
        self.window.center_tabs.setCurrentIndex(0)
        self.window.tabs.setCurrentWidget(self.panel)
        self.panel.list.setFocus()
        self.compute_if_due()
        if self.panel.current() is None:
            self.panel.list.go(0)

    # -- adding and dismissing ------------------------------------------------------------------

    def add(self, candidate: SpeakerCandidate) -> None:
        """One step: a speaker code named as the candidate, its other spellings as aliases
        (those the engine would never match left out); one undo takes it back."""
        project = self.window.project
        root = self._speakers_root()
        if project is None or root is None:
            return
        unsafe = {alias for alias, _why in unsafe_aliases(candidate.aliases)}
        aliases = tuple(a for a in candidate.aliases if a not in unsafe)
        with user_errors(self.window), self.window.router.keeping_focus():
            made = codebook.create_code(
                project, root, candidate.name, speaker=SpeakerDetails(aliases=aliases)
            )
            self.window.router.flush()
            self._show()
            self.window.statusBar().showMessage(
                arg(translate("NewSpeakers", "Added “%1” to Speakers"), made.name), 4000
            )

    def dismiss(self, candidate: SpeakerCandidate) -> None:
        self.dismissed.add(candidate_key(candidate))
        self._show()
        self.window.statusBar().showMessage(
            arg(
                translate("NewSpeakers", "“%1” dismissed until the project is reopened"),
                candidate.name,
            ),
            4000,
        )

    def _speakers_root(self) -> int | None:
        return next(
            (c.id for c in self.window.codes.values() if c.builtin and c.kind == CodeKind.SPEAKER),
            None,
        )

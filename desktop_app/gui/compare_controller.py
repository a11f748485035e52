"""Keeping the compare view current: the Compare menu opens it as a tab beside the reader
(Ctrl+Shift+C switches between the two; a jump to an excerpt brings the reader to the front), and
the comparison is computed in a worker.

The comparison is :func:`desktop_app.domain.comparison.compare` over a snapshot — the one the
exports use, so the view shows their numbers. The snapshot is brought up to date after a change
set (only while the view is shown; otherwise on showing it, debounced so a burst of mark-up costs
one read): when the changes since it was read touched only mark-up, just those annotations are
read again (:func:`~desktop_app.services.snapshot.refresh_snapshot`), else the whole project —
where each annotation is and its codes (:func:`~desktop_app.services.snapshot.load_view_snapshot`;
a cell's quotes and notes are read when it is shown). A
filter change recomputes from the cached snapshot. A result that is stale — from before the
latest change or filter, or of a project since closed — is dropped.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QTabBar

from desktop_app.domain.comparison import Comparison, compare
from desktop_app.domain.outlet_coverage import OutletFindings, outlet_findings
from desktop_app.domain.outlets import BlindspotRule
from desktop_app.domain.snapshot import ProjectSnapshot, only_coder
from desktop_app.domain.variants import GroupKey, VariantReport
from desktop_app.errors import Cancelled
from desktop_app.gui.compare_model import MatrixKind, filter_sources
from desktop_app.gui.compare_view import CompareView
from desktop_app.gui.errors import user_errors
from desktop_app.gui.translation import arg, translate
from desktop_app.gui.workers import CancelledFn, ProgressFn, Task
from desktop_app.services import variants
from desktop_app.services.changes import ChangeSet
from desktop_app.services.outlets import set_blindspot_rule
from desktop_app.services.snapshot import load_view_snapshot, refresh_snapshot

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 300
# Past this many changed annotations since the last read, reading everything is as quick.
MAX_REFRESHED_ANNOTATIONS = 5_000


class CompareController(QObject):
    """Opens the compare tab from the Compare menu and keeps it current."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.view = CompareView(window)
        self.view.hide()  # until its tab is added (a shown child would sit over the menu bar)
        self.tabs = window.center_tabs
        self.tabs.tabCloseRequested.connect(self._tab_close_requested)
        self.tabs.currentChanged.connect(lambda _i: self._current_changed())
        self.snapshot: ProjectSnapshot | None = None
        self.comparison: Comparison | None = None
        self.findings: OutletFindings | None = None  # of self.comparison, when asked for
        self.variants: VariantReport | None = None  # of self.comparison, when asked for
        self._stale = True
        self._pending: list[ChangeSet] = []  # changes since self.snapshot was read
        self._generation = 0
        self._task: Task | None = None
        self._task_reads = False  # whether the running task reads the project again
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(REFRESH_DELAY_MS)
        self._timer.timeout.connect(lambda: self.refresh(reload=True))

        a = window.commands
        a.compare_conditions.triggered.connect(lambda: self.open(MatrixKind.CONDITIONS))
        a.compare_speakers.triggered.connect(lambda: self.open(MatrixKind.SPEAKERS))
        a.toggle_compare.triggered.connect(lambda _checked=False: self.toggle())
        self.close_action = QAction(translate("CompareController", "Close Compare"), window)
        self.close_action.setToolTip(
            translate(
                "CompareController", "Close the compare tab; the reader takes the whole centre"
            )
        )
        self.close_action.setStatusTip(self.close_action.toolTip())
        self.close_action.triggered.connect(self.close)
        self.close_action.setEnabled(False)  # until the compare tab is shown
        window.menus.compare.addAction(self.close_action)
        self.view.filters_changed.connect(lambda: self.refresh(reload=False))
        self.view.jump_requested.connect(self.jump)
        self.view.outlets_wanted.connect(self._outlets_wanted)
        self.view.variants_wanted.connect(self._variants_wanted)
        self.view.variants_page.pin_requested.connect(self.pin_reference)
        self.view.rule_requested.connect(self._set_rule)
        window.bus.changed.connect(self._changed)
        window.project_changed.connect(self.project_changed)

    # -- entry points ----------------------------------------------------------------------

    def project_changed(self) -> None:
        """A project was opened or closed."""
        has_project = self.window.project is not None
        self.window.commands.compare_conditions.setEnabled(has_project)
        self.window.commands.compare_speakers.setEnabled(has_project)
        self.window.commands.toggle_compare.setEnabled(has_project)
        if not has_project:
            self.close()
        self._generation += 1
        self.snapshot = None
        self.comparison = None
        self.findings = None
        self.variants = None
        self._pending = []
        self._stale = True
        self.view.set_sources([])
        self.view.show_comparison(None)
        if has_project and self.shown:
            self.refresh(reload=True)

    @property
    def shown(self) -> bool:
        """Whether the compare tab is open (in front of the reader or behind it): it is then
        kept current."""
        return self.tabs.indexOf(self.view) >= 0

    @property
    def in_front(self) -> bool:
        return self.shown and self.tabs.currentWidget() is self.view

    def open(self, kind: MatrixKind | None = None) -> None:
        """Bring the compare tab to the front (adding it beside the reader), on ``kind``'s
        matrix (None: the one shown last)."""
        if self.window.project is None:
            return
        if kind is not None:
            self.view.set_kind(kind)
        if not self.shown:
            index = self.tabs.addTab(self.view, translate("CompareController", "Compare"))
            self.tabs.setTabToolTip(
                index, translate("CompareController", "Conditions, speakers and stances × sources")
            )
            self.tabs.setTabsClosable(True)
            reader_tab = self.tabs.tabBar().tabButton(0, QTabBar.ButtonPosition.RightSide)
            if reader_tab is not None:  # the reader's tab is never closed
                reader_tab.hide()
        self.tabs.setCurrentWidget(self.view)
        if self._task is None and (self._stale or self.comparison is None):
            self.refresh(reload=True)
        self.view.matrix.setFocus()

    def show_reader(self) -> None:
        """Bring the reader to the front, the compare tab kept open behind it."""
        self.tabs.setCurrentIndex(0)
        self.window.reader.setFocus()

    def toggle(self) -> None:
        """Ctrl+Shift+C: from the reader to the compare view and back."""
        if self.in_front:
            self.show_reader()
        else:
            self.open()

    def close(self) -> None:
        if self.shown:
            self.tabs.removeTab(self.tabs.indexOf(self.view))
            self.tabs.setTabsClosable(False)
            self.window.reader.setFocus()
        self._current_changed()

    def _tab_close_requested(self, index: int) -> None:
        if self.tabs.widget(index) is self.view:
            self.close()

    def _current_changed(self) -> None:
        self.window.commands.toggle_compare.setChecked(self.in_front)
        self.close_action.setEnabled(self.shown)

    def jump(self, source_id: int, start: int, end: int) -> None:
        """Show an excerpt in the reader, selected, as if the analyst had just marked it (the
        reader comes to the front; Ctrl+Shift+C goes back to the comparison)."""
        window = self.window
        self.tabs.setCurrentIndex(0)
        window.show_span(source_id, start, end)
        if window.reader.source_id == source_id:
            window.reader.select_span(start, end)
            window.reader.setFocus()

    # -- keeping current -------------------------------------------------------------------

    def _changed(self, change: ChangeSet) -> None:
        if change.empty:
            return
        self._pending.append(change)
        self._stale = True
        if self.shown:
            self._timer.start()

    def _outlets_wanted(self) -> None:
        """An outlet tab came to the front: compute its findings if the comparison shown has
        none yet (off the GUI thread, from the cached snapshot)."""
        if self.findings is None and self._task is None and self.window.project is not None:
            self.refresh(reload=False)

    def _variants_wanted(self) -> None:
        """The Variants tab came to the front: compute the variants off the GUI thread if the
        comparison shown has none yet."""
        if self.variants is None and self._task is None and self.window.project is not None:
            self.refresh(reload=False)

    def pin_reference(self, key: GroupKey, annotation_id: int | None) -> None:
        """Make a wording its group's reference (None: the earliest again) — undoable; the
        change set brings the view up to date."""
        project = self.window.project
        if project is not None:
            with user_errors(self.window):
                variants.pin_reference(project, key, annotation_id)

    def _set_rule(self, rule: BlindspotRule) -> None:
        """The blindspot rule's numbers changed on the By outlet group tab (one operation; the
        change set brings the view up to date)."""
        project = self.window.project
        if project is not None:
            with user_errors(self.window):
                set_blindspot_rule(project, rule)

    def refresh(self, *, reload: bool) -> None:
        """Compute the comparison in a worker: read a fresh snapshot first when ``reload``
        (after a change) or when there is none yet, else reuse it (a filter changed)."""
        project = self.window.project
        if project is None:
            return
        self._timer.stop()
        if self._task is not None:
            self._task.cancel()
            reload = reload or self._task_reads  # a filter change must not drop a new read
        self._generation += 1
        generation = self._generation
        cached = None if reload or self.snapshot is None else self.snapshot
        self._task_reads = cached is None
        base, changed = self.snapshot, _changed_rows(self._pending)
        consumed = len(self._pending)
        chosen = self.view.current_filter()
        by_outlet = self.view.outlet_page is not None  # the outlet tabs' findings too
        by_variants = self.view.variants_shown  # the Variants tab's report too
        team = getattr(self.window, "team", None)
        blind_to = team.hidden_for() if team is not None else None
        if cached is None:
            self._stale = False

        def work(
            _progress: ProgressFn, cancelled: CancelledFn
        ) -> tuple[ProjectSnapshot, Comparison, OutletFindings | None, VariantReport | None]:
            if cached is not None:
                snapshot = cached
            elif base is not None and changed is not None:
                snapshot = refresh_snapshot(project, base, *changed)
            else:
                snapshot = load_view_snapshot(project)
            if cancelled():
                raise Cancelled()
            # Only the matrices' structure: a cell's excerpts and the names a source uses are
            # made when the view first shows them (one cell, one text), cheap on any thread.
            shown = snapshot if blind_to is None else only_coder(snapshot, blind_to)
            comparison = compare(shown, filter_sources(snapshot.sources, chosen))
            findings = outlet_findings(comparison) if by_outlet else None
            told = None
            if by_variants:
                chosen_ids = [source.id for source in comparison.sources]
                told = variants.variant_report(shown, variants.pins(project), chosen_ids)
            return snapshot, comparison, findings, told

        def done(result: Any) -> None:
            if generation != self._generation or self.window.project is not project:
                return
            self._task = None
            snapshot, comparison, findings, told = result
            if snapshot is not self.snapshot:  # read again: what changed since is still to do
                self._pending = self._pending[consumed:]
            self.snapshot, self.comparison = snapshot, comparison
            self.view.set_sources(list(snapshot.sources))
            self.view.show_comparison(comparison)
            self.findings = findings
            self.view.show_findings(comparison, findings)
            self.variants = told
            self.view.variants_page.show_report(told)
            self.view.set_status(_counts(comparison, len(snapshot.sources)))

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._task = None
                self._stale = True
                self.view.set_status(translate("CompareController", "Could not compare"))
                self.window.report_failure(error)

        def cancelled() -> None:
            if generation == self._generation:
                self._task = None
                self._stale = True
                self.view.set_status(
                    translate("CompareController", "Comparison cancelled — reopen to try again")
                )

        self.view.set_status(translate("CompareController", "Comparing…"))
        self._task = self.window.runner.start(
            translate("CompareController", "Comparing sources…"),
            work,
            done,
            failed,
            on_cancel=cancelled,
        )

    @property
    def busy(self) -> bool:
        return self._task is not None


def _changed_rows(changes: list[ChangeSet]) -> tuple[set[int], set[int]] | None:
    """The annotations and sources ``changes`` touched, when re-reading just those brings a
    snapshot up to date (None: read everything — sources came or went, the project itself
    changed, or too much changed to be worth it)."""
    annotations: set[int] = set()
    sources: set[int] = set()
    for change in changes:
        if change.project or change.source_texts:
            return None
        annotations |= change.annotations
        sources |= change.sources
        if len(annotations) > MAX_REFRESHED_ANNOTATIONS:
            return None
    return annotations, sources


def _counts(comparison: Comparison, total: int) -> str:
    chosen, excerpts = len(comparison.sources), comparison.excerpt_count
    sources = (
        arg(translate("CompareController", "%1 of %Ln source(s)", "", total), chosen)
        if chosen != total
        else translate("CompareController", "%Ln source(s)", "", total)
    )
    found = translate("CompareController", "%Ln excerpt(s)", "", excerpts)
    return f"{sources} · {found}"

"""View commands of the main window: moving the focus between panels, text size, light and
dark appearance, the About box, and running searches (in a worker) and showing their hits."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui import prompts, theme
from desktop_app.gui.language_menu import LanguageMenu
from desktop_app.gui.search_panel import SCOPE_PROJECT, SCOPE_SOURCE, SearchPanel, SearchRequest
from desktop_app.gui.translation import arg, translate

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class ViewController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w, a = window, window.commands
        a.find_in_source.triggered.connect(lambda: self.focus_search(SCOPE_SOURCE))
        a.find_in_project.triggered.connect(lambda: self.focus_search(SCOPE_PROJECT))
        a.find_next.triggered.connect(lambda: self.step_hit(1))
        a.find_previous.triggered.connect(lambda: self.step_hit(-1))
        a.go_sources.triggered.connect(w.sources_panel.setFocus)
        a.go_reader.triggered.connect(w.reader.setFocus)
        a.go_annotations.triggered.connect(self.focus_annotations)
        a.go_codebook.triggered.connect(w.codebook_panel.setFocus)
        a.go_search.triggered.connect(
            lambda: self.focus_search(w.search_panel.scope.currentIndex())
        )
        a.next_panel.triggered.connect(lambda: self.cycle_focus(1))
        a.previous_panel.triggered.connect(lambda: self.cycle_focus(-1))
        a.zoom_in.triggered.connect(lambda: self.zoom(1))
        a.zoom_out.triggered.connect(lambda: self.zoom(-1))
        a.appearance_actions[w.settings.appearance].setChecked(True)
        a.appearance.triggered.connect(lambda action: self.set_appearance(action.data()))
        self.language_menu = LanguageMenu(w, w.menus.view, w.settings)
        a.about.triggered.connect(self.show_about)
        a.show_log.triggered.connect(self.show_log)
        w.search_panel.titles = self._source_title
        w.search_panel.search_started.connect(self.run_search)
        w.search_panel.hit_activated.connect(w.show_span)
        w.search_panel.hits_changed.connect(self.show_hits)
        w.runner.busy_changed.connect(self._busy)

    # -- search ----------------------------------------------------------------------------

    def focus_search(self, scope: int) -> None:
        self.window.tabs.setCurrentWidget(self.window.search_panel)
        self.window.search_panel.focus_query(scope)

    def step_hit(self, delta: int) -> None:
        """F3 / Shift+F3: the next or previous hit, said in the status bar as well as in the
        search panel (which may be behind the annotation list)."""
        panel = self.window.search_panel
        if not panel.hits:
            self.window.statusBar().showMessage(
                translate("ViewController", "No hits: search first (Ctrl+F)"), 4000
            )
            return
        panel.step(delta)
        current = panel.current_hit()
        if current is not None:
            number = panel.hits.index(current) + 1
            total = len(panel.hits)
            self.window.statusBar().showMessage(
                arg(
                    translate("ViewController", "Hit %1 of %2"),
                    QLocale().toString(number),
                    QLocale().toString(total),
                ),
                4000,
            )

    def run_search(self, payload: tuple[SearchRequest, int]) -> None:
        request, generation = payload
        project = self.window.project
        if project is None:
            return
        panel = self.window.search_panel
        self.window.runner.start(
            arg(translate("ViewController", "Searching for “%1”…"), request.query),
            lambda _progress, _cancelled: SearchPanel.search_with_codes(project, request),
            lambda found: panel.show_found(found, request, generation),
            self.window.report_failure,
        )

    def show_hits(self) -> None:
        w = self.window
        current = w.search_panel.current_hit()
        here = w.search_panel.hits_in(w.reader.source_id)
        mark = None
        if current is not None and current.source_id == w.reader.source_id:
            mark = (current.start, current.end)
        w.reader.set_search_hits(here, mark)

    def _source_title(self, source_id: int) -> str:
        source = self.window.sources_panel.source(source_id)
        return source.label if source else str(source_id)

    # -- focus -----------------------------------------------------------------------------

    def focus_annotations(self) -> None:
        self.window.tabs.setCurrentWidget(self.window.annotations_panel)
        self.window.annotations_panel.setFocus()

    def cycle_focus(self, step: int) -> None:
        """F6 / Shift+F6: sources → reader → annotations → codebook → search → sources."""
        w = self.window
        focused = QApplication.focusWidget()
        index = next(
            (
                i
                for i, widget in enumerate(w.focus_ring)
                if focused is not None and (widget is focused or widget.isAncestorOf(focused))
            ),
            -1,
        )
        target = w.focus_ring[(index + step) % len(w.focus_ring)]
        if target is w.annotations_panel:
            w.tabs.setCurrentWidget(w.annotations_panel)
        if target is w.search_panel.query:
            w.tabs.setCurrentWidget(w.search_panel)
        target.setFocus(Qt.FocusReason.TabFocusReason)

    # -- appearance and help ---------------------------------------------------------------

    def zoom(self, step: int) -> None:
        settings = self.window.settings
        size = max(7, min(40, settings.reader_point_size + step))
        settings.reader_point_size = size
        self.window.reader.set_point_size(size)

    def set_appearance(self, appearance: str) -> None:
        self.window.settings.appearance = appearance
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_appearance(app, appearance)
        self.window.reader.viewport().update()

    def show_about(self) -> None:
        from desktop_app.gui.app import about_html

        prompts.about(self.window, translate("ViewController", "About Parley"), about_html())

    def show_log(self) -> None:
        from desktop_app.logsetup import log_file

        prompts.show_report(
            self.window,
            translate("ViewController", "Log File"),
            arg(
                translate("ViewController", "Parley writes details for problem reports to:\n%1"),
                log_file(),
            ),
        )

    def _busy(self, busy: bool) -> None:
        self.window.statusBar().showMessage(
            translate("ViewController", "Working…") if busy else "", 0 if busy else 1
        )

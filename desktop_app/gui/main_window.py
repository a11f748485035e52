"""The main window: sources | reader over the annotation list and search | codebook.

It opens and closes projects, lays out the panels, remembers the layout, and routes each
change set to the views that show what changed (only those, and only the rows that changed for
the reader and the annotation list; counts elsewhere are refreshed once the event loop is free).
The mark-up, codebook and import flows live in their controllers.

For features built on top (the compare view): :meth:`MainWindow.show_span` jumps the reader to
``(source_id, start, end)``; ``commands``/``menus`` hold the Compare and Export entries.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, Qt, QThreadPool
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Annotation, Code, CodeKind
from desktop_app.errors import ParleyError
from desktop_app.gui import prompts, theme
from desktop_app.gui.actions import Actions, Menus, build_toolbar, populate_recent_menu
from desktop_app.gui.annotations_panel import AnnotationsPanel, ordered_codes
from desktop_app.gui.bus import ChangeBus
from desktop_app.gui.codebook_actions import CodebookController
from desktop_app.gui.codebook_panel import CodebookPanel
from desktop_app.gui.errors import user_errors
from desktop_app.gui.highlights import Span
from desktop_app.gui.icons import icon
from desktop_app.gui.import_controller import ImportController
from desktop_app.gui.markup_controller import MarkupController
from desktop_app.gui.reader import ReaderView
from desktop_app.gui.search_panel import SCOPE_PROJECT, SCOPE_SOURCE, SearchPanel
from desktop_app.gui.settings import Settings
from desktop_app.gui.sources_panel import SourcesPanel
from desktop_app.gui.window_changes import ChangeRouter
from desktop_app.gui.workers import TaskRunner
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project

log = logging.getLogger(__name__)

NO_PROJECT = "Open a project (File › Open) or create one (File › New)."
NO_SOURCES = (
    "This project has no sources yet.\n\nDrag files or folders here, use File › Import, "
    "or paste text with File › Paste as New Source."
)


def _titled(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    label = QLabel(title, box)
    label.setObjectName("panel_title")
    label.setStyleSheet("font-weight: 600; padding: 2px 2px 4px 2px;")
    label.setBuddy(widget)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(2)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box


class MainWindow(QMainWindow):
    def __init__(self, settings: Settings | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(icon("app/parley"))
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.project: Project | None = None
        self.codes: dict[int, Code] = {}
        self.bus = ChangeBus(self)
        self.runner = TaskRunner(self, pool)
        self.commands = Actions(self)
        self.menus = Menus(self, self.commands)
        self.toolbar = build_toolbar(self, self.commands)
        self.recent_bar = QToolBar("Recent Codes", self)
        self.recent_bar.setObjectName("recent_codes_toolbar")
        self.recent_bar.setAccessibleName("Recent codes")
        self.recent_bar.setToolTip("The codes you applied last: select text and press 1–9")
        self.recent_bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBarBreak()
        self.addToolBar(self.recent_bar)
        self._build_panels()
        self.router = ChangeRouter(self)
        self.markup = MarkupController(self)
        self.codebook_controller = CodebookController(self)
        self.importer = ImportController(self)
        self._connect()
        self._restore_layout()
        self._show_no_project()

    # -- building --------------------------------------------------------------------------

    def _build_panels(self) -> None:
        self.sources_panel = SourcesPanel(self)
        self.reader = ReaderView(self)
        self.reader.set_point_size(self.settings.reader_point_size)
        self.reader_title = QLabel(self)
        self.reader_title.setObjectName("reader_title")
        self.reader_title.setTextFormat(Qt.TextFormat.PlainText)
        self.reader_title.setStyleSheet("font-weight: 600; padding: 2px 2px 4px 2px;")
        self.annotations_panel = AnnotationsPanel(self.code, self)
        self.search_panel = SearchPanel(self)
        self.search_panel.titles = self._source_title
        self.codebook_panel = CodebookPanel(self)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("lower_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.annotations_panel, "In This Source")
        self.tabs.addTab(self.search_panel, "Search")
        reader_box = QWidget(self)
        reader_layout = QVBoxLayout(reader_box)
        reader_layout.setContentsMargins(4, 4, 4, 0)
        reader_layout.setSpacing(2)
        reader_layout.addWidget(self.reader_title)
        reader_layout.addWidget(self.reader)
        self.center_splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.center_splitter.setObjectName("center_splitter")
        self.center_splitter.addWidget(reader_box)
        self.center_splitter.addWidget(self.tabs)
        self.center_splitter.setStretchFactor(0, 3)
        self.center_splitter.setStretchFactor(1, 1)
        self.main_splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.main_splitter.setObjectName("main_splitter")
        self.main_splitter.addWidget(_titled("Sources", self.sources_panel, self))
        self.main_splitter.addWidget(self.center_splitter)
        self.main_splitter.addWidget(_titled("Codebook", self.codebook_panel, self))
        self.main_splitter.setStretchFactor(0, 2)
        self.main_splitter.setStretchFactor(1, 5)
        self.main_splitter.setStretchFactor(2, 2)
        self.main_splitter.setSizes([300, 820, 300])
        self.center_splitter.setSizes([560, 220])
        self.setCentralWidget(self.main_splitter)
        self.counts_label = QLabel(self)
        self.counts_label.setObjectName("counts")
        self.statusBar().addPermanentWidget(self.counts_label)
        self.focus_ring: list[QWidget] = [
            self.sources_panel,
            self.reader,
            self.annotations_panel,
            self.codebook_panel,
            self.search_panel.query,
        ]
        self.menus.panels.addAction(self.toolbar.toggleViewAction())
        self.menus.panels.addAction(self.recent_bar.toggleViewAction())

    def _connect(self) -> None:
        a = self.commands
        self.bus.changed.connect(self.router.route)
        a.new_project.triggered.connect(self.new_project_dialog)
        a.open_project.triggered.connect(self.open_project_dialog)
        a.close_project.triggered.connect(self.close_project)
        a.quit.triggered.connect(self.close)
        self.menus.recent.triggered.connect(lambda action: self.open_project(action.data()))
        a.undo.triggered.connect(self.undo)
        a.redo.triggered.connect(self.redo)
        a.copy.triggered.connect(self.reader.copy)
        a.find_in_source.triggered.connect(lambda: self._focus_search(SCOPE_SOURCE))
        a.find_in_project.triggered.connect(lambda: self._focus_search(SCOPE_PROJECT))
        a.find_next.triggered.connect(lambda: self.search_panel.step(1))
        a.find_previous.triggered.connect(lambda: self.search_panel.step(-1))
        a.go_sources.triggered.connect(self.sources_panel.setFocus)
        a.go_reader.triggered.connect(self.reader.setFocus)
        a.go_annotations.triggered.connect(self._focus_annotations)
        a.go_codebook.triggered.connect(self.codebook_panel.setFocus)
        a.go_search.triggered.connect(
            lambda: self._focus_search(self.search_panel.scope.currentIndex())
        )
        a.next_panel.triggered.connect(lambda: self._cycle_focus(1))
        a.previous_panel.triggered.connect(lambda: self._cycle_focus(-1))
        a.zoom_in.triggered.connect(lambda: self._zoom(1))
        a.zoom_out.triggered.connect(lambda: self._zoom(-1))
        a.appearance_actions[self.settings.appearance].setChecked(True)
        a.appearance.triggered.connect(lambda action: self.set_appearance(action.data()))
        a.about.triggered.connect(self.show_about)
        a.show_log.triggered.connect(self._show_log)
        self.sources_panel.current_changed.connect(self.show_source)
        self.search_panel.search_started.connect(self._run_search)
        self.search_panel.hit_activated.connect(self.show_span)
        self.search_panel.hits_changed.connect(self._show_hits)
        self.annotations_panel.activated_annotation.connect(self._reveal_annotation)
        self.runner.busy_changed.connect(self._busy)

    # -- projects --------------------------------------------------------------------------

    def open_project(self, location: str | Path, *, create: bool = False) -> bool:
        """Open (or create) a project, closing the current one first. Errors go to a dialog."""
        if not self.close_project():
            return False
        try:
            project = Project.open(location, create=create)
        except ParleyError as error:
            log.info("cannot open %s: %s", location, error)
            self.settings.remove_recent_project(str(location))
            self._refresh_recent()
            prompts.show_error(self, error, "Cannot Open Project")
            return False
        self.project = project
        self.bus.attach(project)
        self.settings.last_project = project.location
        self.settings.add_recent_project(project.location)
        self.settings.sync()
        self._refresh_recent()
        self.reload()
        log.info("opened %s", project.location)
        return True

    def close_project(self) -> bool:
        if self.project is None:
            return True
        self.runner.cancel_all()
        self.runner.wait()
        QApplication.processEvents()  # deliver what the finished workers sent
        self.bus.detach()
        project, self.project = self.project, None
        project.close()
        self._show_no_project()
        return True

    def new_project_dialog(self) -> None:
        path = prompts.new_project_path(self, str(Path.home()))
        if path is None:
            return
        if path.exists():
            prompts.show_error(
                self,
                ParleyError(f"{path.name} already exists", "open it, or choose another name"),
            )
            return
        self.open_project(path, create=True)

    def open_project_dialog(self) -> None:
        start = str(Path(self.settings.last_project).parent) if self.settings.last_project else ""
        path = prompts.open_project_path(self, start)
        if path is not None:
            self.open_project(path)

    def _refresh_recent(self) -> None:
        populate_recent_menu(self.menus.recent, self.settings.recent_projects)

    def _show_no_project(self) -> None:
        self.codes = {}
        self.sources_panel.show_sources([])
        self.codebook_panel.show_codes([])
        self.annotations_panel.show_annotations([], [])
        self.search_panel.clear_results()
        self.reader.clear_source(NO_PROJECT)
        self.reader_title.setText("")
        self.markup.load_recent()
        self._refresh_recent()
        self.update_title()
        self.update_undo()
        self.update_counts()
        self._enable_project_actions(False)

    def _enable_project_actions(self, enabled: bool) -> None:
        a = self.commands
        for action in (
            a.close_project,
            a.import_files,
            a.import_folder,
            a.paste_source,
            a.find_in_project,
            a.add_code,
            a.add_root,
        ):
            action.setEnabled(enabled)
        self.update_source_actions()

    def update_source_actions(self) -> None:
        a = self.commands
        has_source = self.project is not None and self.reader.source_id is not None
        for action in (
            a.find_in_source,
            a.mark_condition,
            a.mark_speaker,
            a.mark_reaction,
            a.edit_source,
            a.status_todo,
            a.status_progress,
            a.status_done,
            a.delete_source,
            a.edit_annotation,
            a.delete_annotation,
            a.link_annotation,
            a.bounds_to_selection,
        ):
            action.setEnabled(has_source)

    def reload(self) -> None:
        """Read the whole project into the views (on opening; change sets do the rest)."""
        project = self.project
        if project is None:
            return
        self.codes = {c.id: c for c in codebook.list_codes(project)}
        self.codebook_panel.show_codes(self.codes.values())
        listed = sources.list_sources(project)
        self.sources_panel.show_sources(listed)
        self.markup.load_recent()
        self._enable_project_actions(True)
        self.update_title()
        self.update_undo()
        self.update_counts()
        if listed:
            self.sources_panel.select_source(listed[0].id)
        else:
            self.show_source(None)

    # -- the current source ----------------------------------------------------------------

    def show_source(self, source_id: int | None) -> None:
        project = self.project
        if project is None or source_id is None:
            self.reader.clear_source(NO_SOURCES if project is not None else NO_PROJECT)
            self.reader_title.setText("")
            self.annotations_panel.show_annotations([], [])
            self.update_source_actions()
            return
        if source_id == self.reader.source_id:
            return
        with user_errors(self):
            text = sources.get_text(project, source_id)
            annotations = markup.list_annotations(project, [source_id])
            linked = self.linked_ids(annotations)
            self.reader.show_source(source_id, text, [self.make_span(a) for a in annotations])
            self.annotations_panel.show_annotations(annotations, linked)
            self.search_panel.current_source_id = source_id
            self._show_hits()
            self.update_reader_title()
            self.update_source_actions()

    def show_span(self, source_id: int, start: int, end: int) -> None:
        """Open a source in the reader and flash ``[start, end)`` (code points)."""
        if self.reader.source_id != source_id:
            self.sources_panel.select_source(source_id, notify=False)
            self.show_source(source_id)
        self.reader.reveal(start, end)

    def linked_ids(self, annotations: list[Annotation]) -> set[int]:
        if self.project is None or not annotations:
            return set()
        ids = [a.id for a in annotations]
        return {lk.from_id for lk in markup.list_links(self.project, ids)} & set(ids)

    def update_reader_title(self) -> None:
        source = self.sources_panel.source(self.reader.source_id or -1)
        if source is None:
            self.reader_title.setText("")
            return
        parts = [
            source.outlet or source.title,
            source.published[:10],
            source.language,
            source.status.label,
        ]
        self.reader_title.setText(" · ".join(p for p in parts if p))
        self.reader_title.setToolTip(source.title)

    def _reveal_annotation(self, annotation_id: int) -> None:
        span = self.reader.span(annotation_id)
        if span is not None:
            self.reader.reveal(span.start, span.end)

    def _source_title(self, source_id: int) -> str:
        source = self.sources_panel.source(source_id)
        return source.title if source else str(source_id)

    # -- codes and highlights --------------------------------------------------------------

    def code(self, code_id: int) -> Code | None:
        found = self.codes.get(code_id)
        if found is None and self.project is not None:
            self.codes = {c.id: c for c in codebook.list_codes(self.project)}
            found = self.codes.get(code_id)
        return found

    def make_span(self, annotation: Annotation) -> Span:
        codes = ordered_codes(annotation, self.code)
        color = codes[0].color if codes else "#888888"
        names = ", ".join(
            f"<b>{_escape(c.name)}</b>" if c.kind != CodeKind.SPEAKER else _escape(c.name)
            for c in codes
        )
        note = f"<br><i>{_escape(annotation.note)}</i>" if annotation.note else ""
        return Span(
            annotation.id,
            annotation.start,
            annotation.end,
            color,
            tooltip=f"{names}{note}",
            colors=tuple(c.color for c in codes),
        )

    # -- status, title, undo ---------------------------------------------------------------

    def update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle("Parley")
            self.setWindowFilePath("")
            return
        self.setWindowTitle(f"Parley — {self.project.name} — {self.project.location}")
        self.setWindowFilePath(self.project.location)

    def update_undo(self) -> None:
        for action, label, verb in (
            (self.commands.undo, self.project.undo_label if self.project else None, "Undo"),
            (self.commands.redo, self.project.redo_label if self.project else None, "Redo"),
        ):
            action.setEnabled(label is not None)
            action.setText(f"&{verb} {label}" if label else f"&{verb}")
            keys = action.shortcut().toString()
            action.setToolTip(f"{verb} {label} ({keys})" if label else f"Nothing to {verb.lower()}")

    def recent_bar_update(self, recent: list[tuple[int, ...]]) -> None:
        self.recent_bar.clear()
        label = QLabel(" Recent (1–9): " if recent else " Recent codes appear here ", self)
        label.setEnabled(bool(recent))
        self.recent_bar.addWidget(label)
        self.recent_bar.addActions(self.menus.recent_codes.actions())

    def update_counts(self) -> None:
        if self.project is None:
            self.counts_label.setText("No project open")
            return
        listed = self.sources_panel.sources()
        marks = sum(s.annotation_count for s in listed)
        self.counts_label.setText(
            f"{len(listed)} sources · {marks} annotations · all changes stored"
        )

    def undo(self) -> None:
        if self.project is not None:
            with user_errors(self):
                change = self.project.undo()
                if change is not None:
                    self.statusBar().showMessage(f"Undone: {change.label}", 4000)

    def redo(self) -> None:
        if self.project is not None:
            with user_errors(self):
                change = self.project.redo()
                if change is not None:
                    self.statusBar().showMessage(f"Redone: {change.label}", 4000)

    # -- search ----------------------------------------------------------------------------

    def _focus_search(self, scope: int) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.focus_query(scope)

    def _run_search(self, payload: tuple[object, int]) -> None:
        request, generation = payload
        project = self.project
        if project is None:
            return
        query = request.query  # type: ignore[attr-defined]
        self.runner.start(
            f"Searching for “{query}”…",
            lambda _progress, _cancelled: SearchPanel.execute(project, request),  # type: ignore[arg-type]
            lambda hits: self.search_panel.show_hits(hits, query, generation),
            self.report_failure,
        )

    def _show_hits(self) -> None:
        current = self.search_panel.current_hit()
        here = self.search_panel.hits_in(self.reader.source_id)
        mark = (
            (current.start, current.end)
            if current and current.source_id == self.reader.source_id
            else None
        )
        self.reader.set_search_hits(here, mark)

    # -- view ------------------------------------------------------------------------------

    def _focus_annotations(self) -> None:
        self.tabs.setCurrentWidget(self.annotations_panel)
        self.annotations_panel.setFocus()

    def _cycle_focus(self, step: int) -> None:
        focused = QApplication.focusWidget()
        index = next(
            (
                i
                for i, w in enumerate(self.focus_ring)
                if focused is not None and (w is focused or w.isAncestorOf(focused))
            ),
            -1,
        )
        target = self.focus_ring[(index + step) % len(self.focus_ring)]
        if target is self.annotations_panel:
            self.tabs.setCurrentWidget(self.annotations_panel)
        if target is self.search_panel.query:
            self.tabs.setCurrentWidget(self.search_panel)
        target.setFocus(Qt.FocusReason.TabFocusReason)

    def _zoom(self, step: int) -> None:
        size = max(7, min(40, self.settings.reader_point_size + step))
        self.settings.reader_point_size = size
        self.reader.set_point_size(size)

    def set_appearance(self, appearance: str) -> None:
        self.settings.appearance = appearance
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_appearance(app, appearance)
        self.reader.viewport().update()

    def show_about(self) -> None:
        from desktop_app.gui.app import about_html

        prompts.about(self, "About Parley", about_html())

    def _show_log(self) -> None:
        from desktop_app.logsetup import log_file

        prompts.show_report(
            self, "Log File", f"Parley writes details for problem reports to:\n{log_file()}"
        )

    def report_failure(self, error: BaseException) -> None:
        if isinstance(error, ParleyError):
            prompts.show_error(self, error)
        else:
            from desktop_app.gui.errors import show_unexpected

            show_unexpected(self, error)

    def _busy(self, busy: bool) -> None:
        self.statusBar().showMessage("Working…" if busy else "", 0 if busy else 1)

    # -- drag and drop ---------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if self.project is not None and self.importer.accepts(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragEnterEvent) -> None:  # type: ignore[override]
        self.dragEnterEvent(event)

    def dropEvent(self, event: QDropEvent) -> None:
        paths = self.importer.paths_of(event.mimeData())
        if paths:
            event.acceptProposedAction()
            self.importer.import_paths(paths)

    # -- layout ----------------------------------------------------------------------------

    def _restore_layout(self) -> None:
        if (geometry := self.settings.geometry) is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1440, 900)
        if (state := self.settings.window_state) is not None:
            self.restoreState(state)
        for name, splitter in (("main", self.main_splitter), ("center", self.center_splitter)):
            if (saved := self.settings.splitter_state(name)) is not None:
                splitter.restoreState(saved)

    def save_layout(self) -> None:
        self.settings.geometry = QByteArray(self.saveGeometry())
        self.settings.window_state = QByteArray(self.saveState())
        self.settings.set_splitter_state("main", QByteArray(self.main_splitter.saveState()))
        self.settings.set_splitter_state("center", QByteArray(self.center_splitter.saveState()))
        self.settings.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.close_project()
        event.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

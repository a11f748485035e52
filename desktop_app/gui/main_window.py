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

from PySide6.QtCore import Qt, QThreadPool, Signal
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QSplitter,
    QTabWidget,
    QWidget,
)

from desktop_app import i18n
from desktop_app.domain.dates import short_date
from desktop_app.domain.model import Annotation, Code, CodeKind
from desktop_app.errors import ConflictError, ParleyError
from desktop_app.gui import prompts
from desktop_app.gui.actions import Actions, Menus, build_toolbar, populate_recent_menu
from desktop_app.gui.agreement_view import AgreementController
from desktop_app.gui.annotations_panel import AnnotationsPanel, ordered_codes
from desktop_app.gui.bus import ChangeBus
from desktop_app.gui.codebook_actions import CodebookController
from desktop_app.gui.codebook_panel import CodebookPanel
from desktop_app.gui.compare_controller import CompareController
from desktop_app.gui.elided_label import ElidedLabel
from desktop_app.gui.errors import user_errors
from desktop_app.gui.exchange_controller import ExchangeController
from desktop_app.gui.export_controller import ExportController
from desktop_app.gui.help import HelpController
from desktop_app.gui.highlights import Span
from desktop_app.gui.icons import icon
from desktop_app.gui.import_controller import ImportController
from desktop_app.gui.markup_controller import MarkupController
from desktop_app.gui.new_speakers_controller import NewSpeakersController
from desktop_app.gui.outlets_controller import OutletsController
from desktop_app.gui.reader import ReaderView
from desktop_app.gui.search_panel import SearchPanel
from desktop_app.gui.settings import Settings
from desktop_app.gui.sources_panel import SourcesPanel
from desktop_app.gui.suggestions_controller import SuggestionsController
from desktop_app.gui.team_controller import TeamController
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate
from desktop_app.gui.undo_keys import ProjectUndoKeys
from desktop_app.gui.view_controller import ViewController
from desktop_app.gui.window_changes import ChangeRouter
from desktop_app.gui.window_layout import (
    build_panels,
    build_recent_bar,
    restore_layout,
    save_layout,
)
from desktop_app.gui.workers import TaskRunner
from desktop_app.services import codebook, lookups, markup, sources, team
from desktop_app.services.project import Project, default_coder

log = logging.getLogger(__name__)

NO_PROJECT = QT_TRANSLATE_NOOP(
    "MainWindow", "Open a project (File › Open) or create one (File › New)."
)
NO_SOURCES = QT_TRANSLATE_NOOP(
    "MainWindow",
    "This project has no sources yet.\n\nDrag files or folders here, use File › Import, "
    "or paste text with File › Paste as New Source.",
)


class MainWindow(QMainWindow):
    # Built by window_layout.build_panels:
    sources_panel: SourcesPanel
    reader: ReaderView
    reader_title: ElidedLabel
    annotations_panel: AnnotationsPanel
    search_panel: SearchPanel
    codebook_panel: CodebookPanel
    tabs: QTabWidget
    center_tabs: QTabWidget  # the reader (center_splitter) and, when open, the compare view
    center_splitter: QSplitter
    main_splitter: QSplitter
    counts_label: QLabel
    kind_legend: ElidedLabel  # what the annotation list's kind letters mean
    focus_ring: list[QWidget]
    project_changed = Signal()  # a project was opened or closed (features built on top)

    def __init__(self, settings: Settings | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__()
        self.setObjectName("main_window")
        self.setWindowIcon(icon("app/parley"))
        self.setAcceptDrops(True)
        self.settings = settings or Settings()
        self.project: Project | None = None
        self.codes: dict[int, Code] = {}
        self._span_colors: dict[tuple[int, ...], str] = {}
        self.bus = ChangeBus(self)
        self.runner = TaskRunner(self, pool)
        self.commands = Actions(self)
        self.menus = Menus(self, self.commands)
        self.toolbar = build_toolbar(self, self.commands)
        self.recent_bar = build_recent_bar(self)
        self.undo_keys = ProjectUndoKeys(self, self.commands.undo, self.commands.redo)
        build_panels(self)
        self.router = ChangeRouter(self)
        self.markup = MarkupController(self)
        self.codebook_controller = CodebookController(self)
        self.importer = ImportController(self)
        self.view = ViewController(self)
        self.compare = CompareController(self)
        self.exporter = ExportController(self)
        self.exchange = ExchangeController(self)
        self.team = TeamController(self)
        self.agreement = AgreementController(self)
        self.help = HelpController(self)
        self.outlets = OutletsController(self)
        self.reader.describe = self.describe_annotation
        self._connect()
        # After _connect: it follows the source the reader shows.
        self.suggestions = SuggestionsController(self)
        self.new_speakers = NewSpeakersController(self)
        restore_layout(self)
        self._show_no_project()

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
        self.sources_panel.current_changed.connect(self.show_source)
        self.annotations_panel.activated_annotation.connect(self._reveal_annotation)

    # -- projects --------------------------------------------------------------------------

    def open_project(self, location: str | Path, *, create: bool = False) -> bool:
        """Open (or create) a project and show it in place of the current one. The new project
        is opened fully first: if that fails (moved, damaged, refused) the error goes to a
        dialog and the current project stays open with its undo history. A server project is
        opened by a worker (see :class:`TeamController`): True once begun."""
        if isinstance(location, str) and not create and team.is_server_location(location):
            return self.team.open_location(location)
        if not create and self._is_open_already(location):
            return True  # opening it again would only lose its undo history
        try:
            project = Project.open(location, create=create, coder=self.settings.coder or None)
        except ParleyError as error:
            log.info("cannot open %s: %s", location, error)
            self.settings.remove_recent_project(str(location))
            self.refresh_recent()
            prompts.show_error(self, error, translate("MainWindow", "Cannot Open Project"))
            return False
        self.replace_project(project)
        return True

    def _is_open_already(self, location: str | Path) -> bool:
        """Whether ``location`` is the project open now, under the coder it would open as."""
        project = self.project
        if project is None or project.path is None:
            return False
        try:
            same = Path(location).resolve() == project.path.resolve()
        except OSError:
            return False
        return same and project.coder == (self.settings.coder or default_coder())

    def replace_project(self, project: Project) -> None:
        """Close the current project (if any) and show ``project``, already open."""
        self.close_project()
        self.adopt_project(project)

    def adopt_project(self, project: Project) -> None:
        """Show a project just opened (here, or by a worker); no other may be open."""
        assert self.project is None
        self.project = project
        self.bus.attach(project)
        self.settings.last_project = project.location
        self.settings.add_recent_project(project.location)
        self.settings.sync()
        self.refresh_recent()
        self.reload()
        self.project_changed.emit()
        log.info("opened %s", project.location)
        if project.notices:
            prompts.show_report(
                self, translate("MainWindow", "Opened With Notes"), "\n\n".join(project.notices)
            )

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
        self.project_changed.emit()
        return True

    def new_project_dialog(self) -> None:
        path = prompts.new_project_path(self, str(Path.home()))
        if path is None:
            return
        if path.exists():
            prompts.show_error(
                self,
                ParleyError(
                    arg(translate("MainWindow", "%1 already exists"), path.name),
                    translate("MainWindow", "open it, or choose another name"),
                ),
            )
            return
        self.open_project(path, create=True)

    def open_project_dialog(self) -> None:
        start = str(Path(self.settings.last_project).parent) if self.settings.last_project else ""
        path = prompts.open_project_path(self, start)
        if path is not None:
            self.open_project(path)

    def refresh_recent(self) -> None:
        populate_recent_menu(self.menus.recent, self.settings.recent_projects)

    def _show_no_project(self) -> None:
        self.codes = {}
        self.sources_panel.show_sources([])
        self.codebook_panel.show_codes([])
        self.annotations_panel.show_annotations([], [])
        self.search_panel.clear_results()
        self.reader.clear_source(translate("MainWindow", NO_PROJECT))
        self.reader_title.set_full_text("")
        self.markup.load_recent()
        self.refresh_recent()
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
            a.find_next,
            a.find_previous,
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

    def show_source(self, source_id: int | None, *, again: bool = False) -> None:
        """Show a source in the reader and its annotations in the list (those the coder
        filter lets through); ``again`` re-reads the one already shown."""
        project = self.project
        if project is None or source_id is None:
            self.reader.clear_source(
                translate("MainWindow", NO_SOURCES if project is not None else NO_PROJECT)
            )
            self.reader_title.set_full_text("")
            self.annotations_panel.show_annotations([], [])
            self.update_source_actions()
            return
        if source_id == self.reader.source_id and not again:
            return
        with user_errors(self):
            text = sources.get_text(project, source_id)
            annotations = self.team.visible(lookups.annotations_of_source(project, source_id))
            linked = self.linked_ids(annotations)
            self.reader.show_source(source_id, text, [self.make_span(a) for a in annotations])
            self.annotations_panel.show_annotations(annotations, linked)
            self.search_panel.current_source_id = source_id
            self.view.show_hits()
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
            self.reader_title.set_full_text("")
            return
        parts = [
            source.outlet or source.label,
            short_date(source.published),
            source.language,
            i18n.gettext(source.status.label),
        ]
        self.reader_title.set_full_text(" · ".join(p for p in parts if p), source.label)

    def return_focus(self) -> None:
        """After a command changed the project the keyboard is the reader's again (so Ctrl+Z,
        C/S/R and 1–9 work at once), unless a popup or dialog is still open."""
        if QApplication.activePopupWidget() is not None:
            return
        if QApplication.activeModalWidget() is not None:
            return
        if self.reader.isVisible():
            self.reader.setFocus(Qt.FocusReason.OtherFocusReason)

    def _reveal_annotation(self, annotation_id: int) -> None:
        span = self.reader.span(annotation_id)
        if span is not None:
            self.reader.reveal(span.start, span.end)

    # -- codes and highlights --------------------------------------------------------------

    def code(self, code_id: int) -> Code | None:
        found = self.codes.get(code_id)
        if found is None and self.project is not None:
            self.codes = {c.id: c for c in codebook.list_codes(self.project)}
            found = self.codes.get(code_id)
        return found

    def make_span(self, annotation: Annotation) -> Span:
        key = annotation.code_ids
        color = self._span_colors.get(key)
        if color is None:
            codes = ordered_codes(annotation, self.code)
            color = codes[0].color if codes else "#888888"
            self._span_colors[key] = color
        return Span(annotation.id, annotation.start, annotation.end, color)

    def forget_code_styles(self) -> None:
        """Codes were renamed or recoloured: span colours are worked out afresh."""
        self._span_colors.clear()

    def describe_annotation(self, annotation_id: int) -> str:
        """The hover text of a highlight: its codes (speakers plain) and its note."""
        annotation = self.annotations_panel.model_.by_id(annotation_id)
        if annotation is None:
            return ""
        codes = ordered_codes(annotation, self.code)
        names = ", ".join(
            f"<b>{_escape(c.name)}</b>" if c.kind != CodeKind.SPEAKER else _escape(c.name)
            for c in codes
        )
        note = f"<br><i>{_escape(annotation.note)}</i>" if annotation.note else ""
        return f"{names}{note}"

    # -- status, title, undo ---------------------------------------------------------------

    def update_title(self) -> None:
        if self.project is None:
            self.setWindowTitle("Parley")
            self.setWindowFilePath("")
            return
        # The product name once, at the end, where Windows and Linux would add it (Qt appends
        # the application's display name to a title that does not already end with it).
        marker = translate("MainWindow", " [read-only]") if self.project.read_only else ""
        self.setWindowTitle(f"{self.project.name}{marker} — {self.project.location} — Parley")
        self.setWindowFilePath(self.project.location)

    def update_undo(self) -> None:
        for action, label, verb in (
            (
                self.commands.undo,
                self.project.undo_label if self.project else None,
                translate("MainWindow", "Undo"),
            ),
            (
                self.commands.redo,
                self.project.redo_label if self.project else None,
                translate("MainWindow", "Redo"),
            ),
        ):
            action.setEnabled(label is not None)
            action.setText(f"&{verb} {label}" if label else f"&{verb}")
            keys = action.shortcut().toString()
            nothing = (
                translate("MainWindow", "Nothing to undo")
                if action is self.commands.undo
                else translate("MainWindow", "Nothing to redo")
            )
            action.setToolTip(f"{verb} {label} ({keys})" if label else nothing)

    def recent_bar_update(self, numbers: list[int]) -> None:
        """The recent-codes bar: the codes on keys 1–9, then Pin. Pin is always there, an icon
        button like the codes', so the bar has one height empty or full: the panels below never
        jump when it first fills."""
        self.recent_bar.clear()
        label = QLabel(
            translate("MainWindow", " Recent (1–9): ")
            if numbers
            else translate("MainWindow", " Recent codes appear here "),
            self,
        )
        label.setEnabled(bool(numbers))
        self.recent_bar.addWidget(label)
        self.recent_bar.addActions(self.menus.recent_codes.actions())

    def update_counts(self) -> None:
        if self.project is None:
            self.counts_label.setText(translate("MainWindow", "No project open"))
            return
        listed = self.sources_panel.sources()
        marks = sum(s.annotation_count for s in listed)
        stored = (
            translate("MainWindow", "read-only: changes cannot be saved")
            if self.project.read_only
            else (translate("MainWindow", "all changes stored"))
        )
        count = len(listed)  # a plain name: lupdate reads no expression as the plural's count
        shown = translate("MainWindow", "%Ln source(s)", "", count)
        marked = translate("MainWindow", "%Ln annotation(s)", "", marks)
        self.counts_label.setText(f"{shown} · {marked} · {stored}")

    def undo(self) -> None:
        if self.project is not None:
            with user_errors(self):
                try:
                    change = self.project.undo()
                except ConflictError as refused:  # a colleague changed the same things
                    self.team.undo_refused(refused)
                    return
                if change is not None:
                    self.statusBar().showMessage(
                        translate("MainWindow", "Undone: %1").replace("%1", change.label), 4000
                    )

    def redo(self) -> None:
        if self.project is not None:
            with user_errors(self):
                change = self.project.redo()
                if change is not None:
                    self.statusBar().showMessage(
                        translate("MainWindow", "Redone: %1").replace("%1", change.label), 4000
                    )

    def report_failure(self, error: BaseException) -> None:
        """A worker's failure: a dialog, never a silent end."""
        if isinstance(error, ParleyError):
            prompts.show_error(self, error)
        else:
            from desktop_app.gui.errors import show_unexpected

            show_unexpected(self, error)

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

    def closeEvent(self, event: QCloseEvent) -> None:
        save_layout(self)
        self.runner.cancel_all()
        self.runner.wait()
        self.close_project()
        event.accept()


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

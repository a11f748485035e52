"""Mark-up flows: C/S/R and the popup, 1–9 for recent codes, editing, deleting, linking, and
"mark all hits as …". Every change is one service call; the views update from its change set.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QPoint, QRect, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu

from desktop_app.domain.codelookup import rank_codes
from desktop_app.domain.model import Annotation, Code, CodeKind, CodingStatus, Source, SourceMeta
from desktop_app.domain.spans import preview
from desktop_app.errors import ParleyError
from desktop_app.gui import prompts
from desktop_app.gui.annotations_panel import ordered_codes
from desktop_app.gui.codebook_panel import SHAPES
from desktop_app.gui.dialogs.annotation_dialog import AnnotationDialog, AnnotationDraft
from desktop_app.gui.dialogs.pick_dialog import PickDialog
from desktop_app.gui.dialogs.source_dialog import SourceDialog
from desktop_app.gui.errors import user_errors
from desktop_app.gui.icons import icon, swatch
from desktop_app.gui.markup_popup import MarkupPopup
from desktop_app.gui.recent_codes import RecentCodes
from desktop_app.gui.translation import arg, translate
from desktop_app.services import annotation_edit, codebook, encodings, markup, sources
from desktop_app.services.search import SearchHit

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

# "Mark All Hits As…" over more hits than this asks first: a mistyped query can mark thousands.
MASS_MARKUP_ASKS_ABOVE = 100


class MarkupController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.recent = RecentCodes()
        self.pin_action = QAction(icon("pin"), translate("MarkupController", "Pin"), window)
        self.pin_action.setObjectName("pin_recent_codes")
        self.pin_action.setCheckable(True)
        self.pin_action.setToolTip(
            translate(
                "MarkupController",
                "Keep these codes on their keys: while pinned, other codes do not enter the bar",
            )
        )
        self.pin_action.setStatusTip(self.pin_action.toolTip())
        self.pin_action.toggled.connect(self.set_pinned)
        self.popup: MarkupPopup | None = None
        self.dialog: AnnotationDialog | PickDialog | SourceDialog | None = None
        w, a = window, window.commands
        w.reader.mark_requested.connect(self.request_mark)
        w.reader.recent_requested.connect(self.apply_recent)
        w.reader.annotation_activated.connect(self.edit)
        w.reader.delete_requested.connect(self._delete_at_cursor)
        w.reader.context_requested.connect(self._reader_menu)
        w.annotations_panel.edit_requested.connect(self.edit)
        w.annotations_panel.delete_requested.connect(self.delete)
        w.annotations_panel.context_requested.connect(self._list_menu)
        w.search_panel.mark_all_requested.connect(self.mark_hits)
        w.sources_panel.edit_requested.connect(self.edit_source)
        w.sources_panel.status_requested.connect(self.set_status)
        w.sources_panel.delete_requested.connect(self.delete_sources)
        a.mark_condition.triggered.connect(lambda: self.request_mark(CodeKind.CONDITION))
        a.mark_speaker.triggered.connect(lambda: self.request_mark(CodeKind.SPEAKER))
        a.mark_reaction.triggered.connect(lambda: self.request_mark(CodeKind.REACTION))
        a.edit_annotation.triggered.connect(lambda: self._on_target(self.edit))
        a.delete_annotation.triggered.connect(self._delete_selected)
        a.link_annotation.triggered.connect(lambda: self._on_target(self.link))
        a.bounds_to_selection.triggered.connect(self._bounds_from_selection)
        a.edit_source.triggered.connect(lambda: self._on_source(self.edit_source))
        for action, status in (
            (a.status_todo, CodingStatus.TODO),
            (a.status_progress, CodingStatus.IN_PROGRESS),
            (a.status_done, CodingStatus.DONE),
        ):
            action.triggered.connect(
                lambda _c=False, s=status: self._on_source(lambda i: self.set_status([i], s))
            )
        a.delete_source.triggered.connect(
            lambda: self._on_source(lambda i: self.delete_sources([i]))
        )

    # -- helpers ---------------------------------------------------------------------------

    def _say(self, message: str, ms: int = 4000) -> None:
        self.window.statusBar().showMessage(message, ms)

    def lookup(self, query: str, kind: CodeKind | None) -> list[Code]:
        """Codes matching ``query``, ranked in memory from the window's codebook (which the
        change router keeps current): a popup keystroke asks nothing of the database."""
        return rank_codes(self.window.codes.values(), query, kind)

    def create(self, kind: CodeKind, name: str) -> Code:
        project = self.window.project
        assert project is not None
        root = next(
            (c for c in self.window.codes.values() if c.builtin and c.kind == kind), None
        ) or codebook.root_of_kind(project, kind)
        code = codebook.create_code(project, root.id, name)
        # Listed at once (the router's refresh of the codebook comes once the loop is free).
        self.window.codes.setdefault(code.id, code)
        return code

    def _target(self) -> int | None:
        """The annotation an Edit/Link/… command means: the selected row, else the innermost
        highlight at the text cursor."""
        selected = self.window.annotations_panel.selected_ids()
        if selected:
            return selected[0]
        found = self.window.reader.annotations_at_cursor()
        return found[0] if found else None

    def _on_target(self, slot: Callable[[int], None]) -> None:
        target = self._target()
        if target is None:
            self._say(
                translate(
                    "MarkupController",
                    "Select an annotation in the list, or put the cursor in a highlight",
                )
            )
            return
        slot(target)

    def _on_source(self, slot: Callable[[int], None]) -> None:
        if self.window.reader.source_id is not None:
            slot(self.window.reader.source_id)

    # -- marking ---------------------------------------------------------------------------

    def request_mark(self, kind: CodeKind) -> None:
        window = self.window
        span = window.reader.selected_span()
        if window.project is None or window.reader.source_id is None:
            return
        if span is None:
            self._say(translate("MarkupController", "Select some text first, then press C, S or R"))
            return
        source_id = window.reader.source_id
        start, end = span
        rect = window.reader.span_rect(start, end)
        anchor = QRect(window.reader.viewport().mapToGlobal(rect.topLeft()), rect.size())
        self.open_popup(
            kind,
            preview(window.reader.text[start:end], 50),
            anchor,
            lambda ids: self.annotate(source_id, start, end, ids),
        )

    def open_popup(
        self, kind: CodeKind | None, context: str, anchor: QRect, done: Callable[[list[int]], None]
    ) -> MarkupPopup:
        if self.popup is not None:
            self.popup.close()
        popup = MarkupPopup(self.window, self.lookup, self.create, kind, context)
        popup.committed.connect(done)
        popup.destroyed.connect(lambda _o=None: setattr(self, "popup", None))
        self.popup = popup
        popup.show_near(anchor)
        return popup

    def annotate(self, source_id: int, start: int, end: int, code_ids: list[int]) -> None:
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window):
            created = markup.annotate(project, source_id, start, end, code_ids)
            self.remember(tuple(code_ids))
            self._after_mark(created.end)

    def _after_mark(self, end: int) -> None:
        # Drop the selection so the new highlight shows; the caret stays after it.
        reader = self.window.reader
        reader.select_span(end, end)
        reader.setFocus()

    def apply_recent(self, number: int) -> None:
        window = self.window
        codes = self.recent.at(number, self._alive)
        if codes is None:
            self._say(arg(translate("MarkupController", "No recent code %1 yet"), number))
            return
        span = window.reader.selected_span()
        if span is None or window.reader.source_id is None:
            self._say(
                translate(
                    "MarkupController",
                    "Select some text first, then press a number for a recent code",
                )
            )
            return
        self.annotate(window.reader.source_id, span[0], span[1], list(codes))

    def mark_hits(self, kind: CodeKind | None) -> None:
        hits = self.window.search_panel.hits
        if not hits:
            return
        anchor = QRect(self.window.search_panel.mark_all_anchor(), self.window.search_panel.size())
        anchor.setHeight(1)
        spans = [(h.source_id, h.start, h.end) for h in hits]

        def mark(code_ids: list[int]) -> None:
            project = self.window.project
            if project is None:
                return
            if len(hits) > MASS_MARKUP_ASKS_ABOVE and not self._mass_markup_confirmed(
                hits, code_ids
            ):
                return
            with user_errors(self.window):
                marked = markup.annotate_many(project, spans, code_ids)
                self.remember(tuple(code_ids))
                done = len(marked)
                self._say(translate("MarkupController", "Marked %Ln hit(s)", "", done))

        def done(code_ids: list[int]) -> None:
            if len(hits) > MASS_MARKUP_ASKS_ABOVE:
                # Ask once the popup has gone: a dialog over an open popup cannot get the keys.
                QTimer.singleShot(0, lambda: mark(code_ids))
            else:
                mark(code_ids)

        found = len(spans)
        hits_text = translate("MarkupController", "%Ln hit(s)", "", found)
        self.open_popup(kind, hits_text, anchor, done)

    def _mass_markup_confirmed(self, hits: list[SearchHit], code_ids: list[int]) -> bool:
        names = " + ".join(c.name for i in code_ids if (c := self.window.code(i)) is not None)
        found, where = len(hits), len({h.source_id for h in hits})
        return prompts.confirm(
            self.window,
            translate("MarkupController", "Mark All Hits"),
            arg(
                translate("MarkupController", "Mark %1 %2 as %3?"),
                translate("MarkupController", "%Ln hit(s)", "", found),
                translate("MarkupController", "in %Ln source(s)", "", where),
                names,
            ),
            translate("MarkupController", "Mark %Ln Hit(s)", "", found),
        )

    # -- recent codes ----------------------------------------------------------------------

    def _alive(self, code_ids: tuple[int, ...]) -> bool:
        return all(c in self.window.codes for c in code_ids)

    def remember(self, code_ids: tuple[int, ...]) -> None:
        """The codes just applied keep their key, or take a free (else the oldest) one."""
        if self.recent.use(code_ids, self._alive):
            self.refresh_recent()
        self._save_recent()

    def _save_recent(self) -> None:
        project = self.window.project
        if project is not None:
            self.window.settings.set_recent_codes(project.guid, self.recent)

    def set_pinned(self, pinned: bool) -> None:
        if pinned == self.recent.pinned:
            return
        self.recent.pinned = pinned
        self._save_recent()
        self._say(
            translate("MarkupController", "Recent codes pinned to their keys")
            if pinned
            else translate("MarkupController", "Recent codes unpinned")
        )

    def load_recent(self) -> None:
        project = self.window.project
        self.recent = self.window.settings.recent_codes(project.guid) if project else RecentCodes()
        self.pin_action.blockSignals(True)
        self.pin_action.setChecked(self.recent.pinned)
        self.pin_action.blockSignals(False)
        self.pin_action.setEnabled(project is not None)
        self.refresh_recent()

    def refresh_recent(self) -> None:
        """Rebuild Mark › Recent Codes and the bar (codes deleted meanwhile leave a gap)."""
        window = self.window
        menu = window.menus.recent_codes
        menu.clear()
        shown = self.recent.shown(self._alive)
        for number, code_ids in shown:
            codes = [window.codes[c] for c in code_ids]
            names = " + ".join(c.name for c in codes)
            action = QAction(
                swatch(codes[0].color, SHAPES[codes[0].kind]), f"{names}\t{number}", menu
            )
            action.setIconText(f"{number} {names}")
            action.setToolTip(
                arg(
                    translate("MarkupController", "Mark the selection as %1 (key %2)"),
                    names,
                    number,
                )
            )
            action.triggered.connect(lambda _c=False, n=number: self.apply_recent(n))
            menu.addAction(action)
        menu.addSeparator()
        menu.addAction(self.pin_action)
        menu.setEnabled(window.project is not None)
        window.recent_bar_update([n for n, _codes in shown])

    # -- editing ---------------------------------------------------------------------------

    def edit(self, annotation_id: int) -> None:
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window):
            annotation = markup.get_annotation(project, annotation_id)
            text = sources.get_text(project, annotation.source_id)
            links = []
            for link in markup.list_links(project, [annotation_id]):
                other_id = link.to_id if link.from_id == annotation_id else link.from_id
                other = markup.get_annotation(project, other_id)
                arrow = (
                    translate("MarkupController", "responds to")
                    if link.from_id == annotation_id
                    else translate("MarkupController", "is answered by")
                )
                links.append((link, f"{arrow} “{preview(other.quote, 60)}”"))
            dialog = AnnotationDialog(
                self.window,
                annotation,
                text,
                codes=self.window.code,
                links=links,
                lookup=self.lookup,
                create=self.create,
            )
            dialog.submitted.connect(lambda draft: self._apply_edit(annotation, draft))
            self.dialog = dialog
            dialog.open()

    def _apply_edit(self, annotation: Annotation, draft: AnnotationDraft) -> None:
        """Save the dialog's draft, if the annotation is still as the dialog showed it."""
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window), self.window.team.based_on(annotation):
            annotation_edit.edit_annotation(
                project,
                annotation.id,
                code_ids=draft.code_ids,
                note=draft.note,
                start=draft.start,
                end=draft.end,
                remove_links=draft.removed_links,
            )

    def _shown(self, annotation_ids: Iterable[int]) -> list[Annotation | None]:
        """The annotations as the list shows them (what a change is based on)."""
        return [self.window.annotations_panel.model_.by_id(i) for i in annotation_ids]

    def _undo_hint(self) -> str:
        """What the change just made was, said as done, and how to take it back: "Deleted
        “…” — Ctrl+Z brings it back"."""
        project = self.window.project
        label = project.undo_label if project is not None else None
        if not label:
            return ""
        done = "Deleted " + label.removeprefix("Delete ") if label.startswith("Delete ") else label
        keys = self.window.commands.undo.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        return arg(translate("MarkupController", "%1 — %2 brings it back"), done, keys)

    def delete(self, annotation_ids: list[int]) -> None:
        project = self.window.project
        if project is not None and annotation_ids:
            shown = self._shown(annotation_ids)
            with user_errors(self.window), self.window.team.based_on(*shown):
                markup.delete_annotations(project, annotation_ids)
                self._say(self._undo_hint())

    def _delete_at_cursor(self, annotation_id: int) -> None:
        """Delete in the reader: the annotation whose highlight holds the text cursor."""
        if annotation_id < 0:
            self._say(
                translate(
                    "MarkupController", "Put the cursor in a highlight to delete its annotation"
                )
            )
            return
        self.delete([annotation_id])

    def _bounds_from_selection(self) -> None:
        """Set Boundaries to Selection (Ctrl+B): the highlight where the selection began —
        cursor in a highlight, select the new range, Ctrl+B — else the annotation selected
        in the list or holding the cursor."""
        found = self.window.reader.annotations_at_anchor()
        target = found[0] if found else self._target()
        if target is None:
            self._say(
                translate(
                    "MarkupController",
                    "Put the cursor in a highlight, select the text it should cover, Ctrl+B",
                )
            )
            return
        self.bounds_to_selection(target)

    def _delete_selected(self) -> None:
        ids = self.window.annotations_panel.selected_ids()
        if not ids and (target := self._target()) is not None:
            ids = [target]
        self.delete(ids)

    def bounds_to_selection(self, annotation_id: int) -> None:
        project, span = self.window.project, self.window.reader.selected_span()
        if project is None or span is None:
            self._say(translate("MarkupController", "Select the text the annotation should cover"))
            return
        with user_errors(self.window), self.window.team.based_on(*self._shown([annotation_id])):
            moved = markup.set_bounds(project, annotation_id, *span)
            self.window.reader.select_span(moved.end, moved.end)  # the new highlight shows
            self._say(
                arg(translate("MarkupController", "Boundaries set: “%1”"), preview(moved.quote, 50))
            )

    def link(self, annotation_id: int) -> None:
        """Ask what this annotation (a reaction) responds to, among every annotation."""
        project = self.window.project
        if project is None:
            return
        titles = {s.id: s.label for s in self.window.sources_panel.sources()}
        current = self.window.reader.source_id
        choices = []
        for other in sorted(
            markup.list_annotations(project),
            key=lambda a: (a.source_id != current, a.source_id, a.start),
        ):
            if other.id == annotation_id:
                continue
            codes = ordered_codes(other, self.window.code)
            names = " · ".join(c.name for c in codes)
            icon = swatch(codes[0].color, SHAPES[codes[0].kind]) if codes else None
            label = f"{names} — “{preview(other.quote, 70)}” ({titles.get(other.source_id, '')})"
            choices.append((other.id, label, icon))
        dialog = PickDialog(
            self.window,
            translate("MarkupController", "Link to…"),
            translate(
                "MarkupController",
                "What does this annotation respond to? (a condition or statement)",
            ),
            choices,
        )
        dialog.submitted.connect(lambda target: self._link(annotation_id, int(target)))
        self.dialog = dialog
        dialog.open()

    def _link(self, from_id: int, to_id: int) -> None:
        if self.window.project is not None:
            with user_errors(self.window):
                markup.link(self.window.project, from_id, to_id)

    # -- sources ---------------------------------------------------------------------------

    def edit_source(self, source_id: int) -> None:
        source = self.window.sources_panel.source(source_id)
        if source is None:
            return
        project = self.window.project
        choice = None
        if project is not None:
            with user_errors(self.window):
                choice = encodings.encoding_choice(project, source_id)
        known = self.window.outlets
        dialog = SourceDialog(self.window, source, choice, known.names(), known.outlet_of(source))
        dialog.submitted.connect(lambda meta: self._save_source(dialog.source, meta))
        dialog.reread.connect(lambda encoding: self._reread(dialog, encoding))
        self.dialog = dialog
        dialog.open()

    def _reread(self, dialog: SourceDialog, encoding: str) -> None:
        """Read the dialog's source in ``encoding`` (one undoable operation); a refusal goes to
        the dialog's error line, where the analyst is looking."""
        project = self.window.project
        if project is None:
            return
        source_id = dialog.source.id
        try:
            with self.window.team.based_on(dialog.source):
                source = encodings.redecode(project, source_id, encoding)
        except ParleyError as refused:
            dialog.refuse_reading(str(refused))
            return
        dialog.reread_done(source, encodings.encoding_choice(project, source_id))

    def _save_source(self, source: Source, meta: SourceMeta) -> None:
        if self.window.project is not None:
            with user_errors(self.window), self.window.team.based_on(source):
                sources.update_metadata(self.window.project, source.id, meta)

    def _shown_sources(self, source_ids: Iterable[int]) -> list[Source | None]:
        return [self.window.sources_panel.source(i) for i in source_ids]

    def set_status(self, source_ids: list[int], status: CodingStatus) -> None:
        if self.window.project is not None:
            shown = self._shown_sources(source_ids)
            with user_errors(self.window), self.window.team.based_on(*shown):
                sources.set_status(self.window.project, source_ids, status)

    def delete_sources(self, source_ids: list[int]) -> None:
        if self.window.project is not None:
            shown = self._shown_sources(source_ids)
            with user_errors(self.window), self.window.team.based_on(*shown):
                sources.delete_sources(self.window.project, source_ids)
                self._say(self._undo_hint())

    # -- context menus ---------------------------------------------------------------------

    def _annotation_actions(self, menu: QMenu, ids: list[int]) -> None:
        first = ids[0]
        for text, slot, enabled in (
            (translate("MarkupController", "Edit…"), lambda: self.edit(first), len(ids) == 1),
            (translate("MarkupController", "Link to…"), lambda: self.link(first), len(ids) == 1),
            (
                translate("MarkupController", "Set Boundaries to Selection"),
                lambda: self.bounds_to_selection(first),
                len(ids) == 1 and self.window.reader.selected_span() is not None,
            ),
            ("Delete", lambda: self.delete(ids), True),
        ):
            action = menu.addAction(text)
            action.setEnabled(enabled)
            action.triggered.connect(slot)

    def _reader_menu(self, where: QPoint, ids: list[int]) -> None:
        a = self.window.commands
        menu = QMenu(self.window)
        menu.setToolTipsVisible(True)
        menu.addActions([a.mark_condition, a.mark_speaker, a.mark_reaction])
        if self.recent.shown(self._alive):
            menu.addMenu(self.window.menus.recent_codes)
        menu.addAction(a.copy)
        for annotation_id in ids[:5]:
            span = self.window.reader.span(annotation_id)
            label = preview(self.window.reader.text[span.start : span.end], 40) if span else ""
            sub = menu.addMenu(arg(translate("MarkupController", "Annotation “%1”"), label))
            self._annotation_actions(sub, [annotation_id])
        menu.exec(where)

    def _list_menu(self, where: QPoint, ids: list[int]) -> None:
        menu = QMenu(self.window)
        self._annotation_actions(menu, ids)
        menu.exec(where)

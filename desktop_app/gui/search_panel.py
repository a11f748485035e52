"""Search in the current source or across the project, ignoring case and diacritics in every
script (the folding is :mod:`desktop_app.services.search`'s), with "mark all hits as …".

When the query names a code by one of its aliases ("podolyak"), the panel offers "All mentions
of Mykhailo Podolyak": the reading engine's mentions of that code (every alias, inflection and
transliteration: Подоляк, Подоляка, Podoliak), listed as hits that "Mark All Hits As…" uses.

A project-wide search runs in a worker (copied inputs: the query and the source ids); a search
in one source runs at once. Typing searches after a short pause; Enter searches now, or — once
the hits of what is typed are shown — goes to the next hit, like F3 (Shift+Enter: the previous
one). The summary says which hit is current ("Hit 3 of 12").
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import CodeKind
from desktop_app.gui.translation import arg, translate
from desktop_app.services import mention_search
from desktop_app.services import search as search_service
from desktop_app.services.project import Project
from desktop_app.services.search import SearchHit

log = logging.getLogger(__name__)

TYPING_PAUSE_MS = 300
SCOPE_SOURCE, SCOPE_PROJECT = 0, 1


@dataclass(frozen=True)
class SearchRequest:
    query: str
    source_ids: tuple[int, ...] | None  # None: every source
    code_id: int | None = None  # the mentions of this code instead of the typed text
    code_name: str = ""


@dataclass(frozen=True)
class SearchFound:
    """What a search found: the hits, and (for a typed query) the codes it names by an alias,
    whose mentions the panel offers next."""

    hits: list[SearchHit]
    named_codes: tuple[tuple[int, str], ...] = ()


class SearchPanel(QWidget):
    hit_activated = Signal(int, int, int)  # source id, start, end (code points)
    hits_changed = Signal()  # the hits, or which one is current
    mark_all_requested = Signal(object)  # CodeKind or None
    search_started = Signal(object)  # SearchRequest, for the window to run in a worker

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("search_panel")
        self.query = QLineEdit(self)
        self.query.setObjectName("search_query")
        self.query.setAccessibleName(translate("SearchPanel", "Search for"))
        self.query.setPlaceholderText(
            translate("SearchPanel", "Search — any script, case and accents ignored")
        )
        self.query.setClearButtonEnabled(True)
        self.query.setToolTip(
            translate("SearchPanel", "Путин finds путин and ПУТИН; café finds CAFE")
        )
        self.scope = QComboBox(self)
        self.scope.setAccessibleName(translate("SearchPanel", "Search where"))
        self.scope.addItems(
            [translate("SearchPanel", "This source"), translate("SearchPanel", "All sources")]
        )
        self.scope.setToolTip(
            translate("SearchPanel", "Search the current source only, or every source")
        )
        self.mark_all = QToolButton(self)
        self.mark_all.setText(translate("SearchPanel", "Mark All Hits As…"))
        self.mark_all.setToolTip(
            translate("SearchPanel", "Mark every hit with a code in one step (one undo)")
        )
        self.mark_all.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.mark_all)
        menu.setToolTipsVisible(True)
        for kind, text, tip in (
            (
                CodeKind.CONDITION,
                translate("SearchPanel", "Condition…"),
                translate("SearchPanel", "Pick a condition for every hit"),
            ),
            (
                CodeKind.SPEAKER,
                translate("SearchPanel", "Speaker…"),
                translate("SearchPanel", "Pick a speaker for every hit"),
            ),
            (
                CodeKind.REACTION,
                translate("SearchPanel", "Reaction…"),
                translate("SearchPanel", "Pick a reaction for every hit"),
            ),
            (
                None,
                translate("SearchPanel", "Any Code…"),
                translate("SearchPanel", "Pick any code for every hit"),
            ),
        ):
            action = QAction(text, menu)
            action.setToolTip(tip)
            action.triggered.connect(lambda _c=False, k=kind: self.mark_all_requested.emit(k))
            menu.addAction(action)
        self.mark_all.setMenu(menu)
        self.mark_all.setEnabled(False)
        self.mentions = QToolButton(self)
        self.mentions.setObjectName("search_mentions")
        self.mentions.setToolTip(
            translate(
                "SearchPanel",
                "The query names a code: list every mention of it, in any alias, inflection "
                "or spelling",
            )
        )
        self.mentions.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.mentions.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.mentions.hide()
        self.summary = QLabel(self)
        self.results = QTreeWidget(self)
        self.results.setObjectName("search_results")
        self.results.setAccessibleName(translate("SearchPanel", "Search results"))
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.setHeaderLabels(
            [translate("SearchPanel", "Source"), translate("SearchPanel", "Hit")]
        )
        self.results.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.results.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.results.header().resizeSection(0, 200)
        self.results.currentItemChanged.connect(self._current_changed)
        top = QHBoxLayout()
        top.addWidget(self.query, 1)
        top.addWidget(self.scope)
        top.addWidget(self.mark_all)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.mentions, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.summary)
        layout.addWidget(self.results)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run)
        self.query.textChanged.connect(lambda _t: self._timer.start())
        self.query.returnPressed.connect(self._enter)
        self.scope.currentIndexChanged.connect(lambda _i: self.run())
        self.query.installEventFilter(self)
        self.hits: list[SearchHit] = []
        self.current_source_id: int | None = None
        self.titles: Callable[[int], str] = str
        self._generation = 0
        self._running: SearchRequest | None = None  # what the newest search looks for
        self._shown: SearchRequest | None = None  # what the hits listed were found for
        self._found = ""  # "12 hits in 2 sources for “x”"

    # -- running ---------------------------------------------------------------------------

    def request(self) -> SearchRequest | None:
        query = self.query.text().strip()
        if not query:
            return None
        if self.scope.currentIndex() == SCOPE_SOURCE:
            if self.current_source_id is None:
                return None
            return SearchRequest(query, (self.current_source_id,))
        return SearchRequest(query, None)

    def run(self) -> None:
        self._timer.stop()
        request = self.request()
        self._generation += 1
        self._running = request
        if request is None:
            self.show_hits([], "", self._generation)
            self.offer_mentions(())
            return
        self.summary.setText(translate("SearchPanel", "Searching…"))
        self.search_started.emit((request, self._generation))

    def _enter(self) -> None:
        """Enter in the search box: the next hit when these hits are for what is typed (and
        no newer search is on its way), else search now."""
        if (
            self.hits
            and not self._timer.isActive()
            and self.request() == self._shown == self._running
        ):
            self.step(1)
        else:
            self.run()

    @staticmethod
    def execute(project: Project, request: SearchRequest) -> list[SearchHit]:
        """The search itself; safe to call from a worker thread."""
        if request.code_id is not None:
            return mention_search.mentions_of(project, request.code_id, request.source_ids)
        return search_service.search(project, request.query, request.source_ids)

    @staticmethod
    def search_with_codes(project: Project, request: SearchRequest) -> SearchFound:
        """The hits, and the codes a typed query names; safe to call from a worker thread."""
        hits = SearchPanel.execute(project, request)
        if request.code_id is not None:
            return SearchFound(hits)
        named = mention_search.codes_for_query(project, request.query)
        return SearchFound(hits, tuple((code.id, code.name) for code in named))

    def show_found(self, found: SearchFound, request: SearchRequest, generation: int) -> None:
        """Hits of a typed query or of a code's mentions, and the mentions offered next."""
        if generation != self._generation:
            return
        label = request.query
        if request.code_id is not None:
            label = arg(translate("SearchPanel", "mentions of %1"), request.code_name)
        self.show_hits(found.hits, label, generation)
        if request.code_id is None:
            self.offer_mentions(found.named_codes)

    def offer_mentions(self, codes: tuple[tuple[int, str], ...]) -> None:
        """Offer "All mentions of …" for each code the query names (none: hidden)."""
        menu = QMenu(self.mentions)
        for code_id, name in codes:
            action = QAction(arg(translate("SearchPanel", "All mentions of %1"), name), menu)
            action.triggered.connect(lambda _c=False, c=code_id, n=name: self.search_mentions(c, n))
            menu.addAction(action)
        self.mentions.setMenu(menu)
        if len(codes) == 1:
            self.mentions.setPopupMode(QToolButton.ToolButtonPopupMode.DelayedPopup)
            self.mentions.setDefaultAction(menu.actions()[0])
        else:
            self.mentions.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            named = len(codes)  # a plain name: pyside6-lupdate cannot read n=len(…)
            self.mentions.setText(
                translate("SearchPanel", "All mentions of a code this names (%n)", "", named)
            )
        self.mentions.setVisible(bool(codes))

    def search_mentions(self, code_id: int, name: str) -> None:
        """List every mention of the code, in the scope chosen."""
        request = self.request()
        if request is None:
            return
        self._timer.stop()
        self._generation += 1
        self._running = SearchRequest(request.query, request.source_ids, code_id, name)
        self.summary.setText(translate("SearchPanel", "Searching…"))
        self.search_started.emit((self._running, self._generation))

    def show_hits(self, hits: list[SearchHit], query: str, generation: int) -> None:
        if generation != self._generation:
            return  # an older search finished after a newer one started
        # Quietly: while the old rows go, Qt makes one after another current, and their
        # indices mean nothing in the new hits.
        self.results.blockSignals(True)
        self.results.clear()
        self.results.blockSignals(False)
        self.hits = hits
        for index, hit in enumerate(hits):
            before = " ".join(hit.before.split())[-40:]
            after = " ".join(hit.after.split())[:40]
            item = QTreeWidgetItem(
                [self.titles(hit.source_id), f"…{before}【{hit.match}】{after}…"]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(1, f"{hit.before}{hit.match}{hit.after}")
            self.results.addTopLevelItem(item)
        self._shown = self._running
        sources, found = len({h.source_id for h in hits}), len(hits)
        if query:
            self._found = (
                translate("SearchPanel", "%1 %2 for “%3”")
                .replace("%1", translate("SearchPanel", "%Ln hit(s)", "", found))
                .replace("%2", translate("SearchPanel", "in %Ln source(s)", "", sources))
                .replace("%3", query)
                if hits
                else translate("SearchPanel", "No hits for “%1”").replace("%1", query)
            )
        else:
            self._found = ""
        self.summary.setText(self._found)
        self.mark_all.setEnabled(bool(hits))
        self.hits_changed.emit()

    def hits_in(self, source_id: int | None) -> list[tuple[int, int]]:
        return [(h.start, h.end) for h in self.hits if h.source_id == source_id]

    def current_hit(self) -> SearchHit | None:
        item = self.results.currentItem()
        return None if item is None else self.hits[int(item.data(0, Qt.ItemDataRole.UserRole))]

    def step(self, delta: int) -> None:
        """Go to the next (1) or previous (-1) hit, wrapping round."""
        count = self.results.topLevelItemCount()
        if not count:
            return
        item = self.results.currentItem()
        row = self.results.indexOfTopLevelItem(item) if item is not None else -1
        target = self.results.topLevelItem((row + delta) % count)
        if target is not None:
            self.results.setCurrentItem(target)

    def focus_query(self, scope: int) -> None:
        self.scope.setCurrentIndex(scope)
        self.query.setFocus()
        self.query.selectAll()

    def clear_results(self) -> None:
        self._generation += 1
        self.show_hits([], "", self._generation)

    def _current_changed(self, current: QTreeWidgetItem | None, _previous: object) -> None:
        if current is not None:
            index = int(current.data(0, Qt.ItemDataRole.UserRole))
            hit = self.hits[index]
            shown = arg(
                translate("SearchPanel", "Hit %1 of %2"),
                QLocale().toString(index + 1),
                QLocale().toString(len(self.hits)),
            )
            self.summary.setText(f"{shown} · {self._found}")
            self.results.scrollToItem(current)
            self.hit_activated.emit(hit.source_id, hit.start, hit.end)
            self.hits_changed.emit()  # the reader outlines the current hit

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up)
        ):
            self.step(1 if event.key() == Qt.Key.Key_Down else -1)
            return True
        if (
            watched is self.query
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            and event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            and self.hits
        ):
            self.step(-1)  # Shift+Enter: the previous hit, as Shift+F3
            return True
        return super().eventFilter(watched, event)

    def mark_all_anchor(self) -> QPoint:
        return self.mark_all.mapToGlobal(self.mark_all.rect().bottomLeft())

"""The compare view: conditions × sources (and speakers, stances × sources), a cell's excerpts,
filters, and a request to jump from an excerpt to its span in the reader.

It lives in a tab beside the reader, so each has the whole centre to itself;
:mod:`desktop_app.gui.compare_controller` opens it and feeds it comparisons.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QDate, QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QSplitter,
    QStackedWidget,
    QTabBar,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.comparison import Comparison, Excerpt
from desktop_app.domain.dates import day_of
from desktop_app.domain.model import Source
from desktop_app.domain.outlet_coverage import OutletFindings
from desktop_app.gui import compare_outlets, compare_variants
from desktop_app.gui.compare_model import (
    ExcerptsModel,
    MatrixKind,
    MatrixModel,
    SourceFilter,
    source_tooltip,
)
from desktop_app.gui.elided_label import ElidedLabel
from desktop_app.gui.excerpt_table import ExcerptTable
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

log = logging.getLogger(__name__)

ALL_OUTLETS = QT_TRANSLATE_NOOP("CompareView", "All outlets")
MIN_COLUMN, MAX_COLUMN = 150, 420
SIDE_BY_SIDE_WIDTH = 900  # narrower than this, the excerpts go under the matrix
EXCERPT_WIDTHS = {1: (120, 90), 2: (130, 100)}  # speaker, source: side by side, and narrow
LEGEND = QT_TRANSLATE_NOOP(
    "CompareView",
    "Hatched cells: the source is not coded yet (status to do or in progress), so an empty cell "
    "there does not mean “not reported”. Click a cell for its excerpts; double-click an excerpt "
    "to show it in the reader.",
)


def _iso(date: QDate) -> str:
    return date.toString("yyyy-MM-dd")


class CompareView(QWidget):
    filters_changed = Signal()
    jump_requested = Signal(int, int, int)  # source id, start, end (code points)
    outlets_wanted = Signal()  # the By outlet group or Timeline tab came to the front
    variants_wanted = Signal()  # the Variants tab came to the front
    rule_requested = Signal(object)  # a new BlindspotRule typed on the By outlet group tab

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("compare_view")
        self.model = MatrixModel(self)
        self.excerpts_model = ExcerptsModel(self)
        self._sources: list[Source] = []
        self._unchecked: set[int] = set()
        self._matrix_kind = MatrixKind.CONDITIONS
        self._build()

    # -- building --------------------------------------------------------------------------

    def _build(self) -> None:
        self.kinds = QTabBar(self)
        self.kinds.setObjectName("compare_kinds")
        self.kinds.setDocumentMode(True)
        self.kinds.setExpanding(False)
        # Every tab stays in view (no scroll arrows hiding one at 1024×700): short names,
        # the "× Sources" in the tooltip.
        self.kinds.setUsesScrollButtons(False)
        self.kinds.setElideMode(Qt.TextElideMode.ElideRight)
        for index, kind in enumerate(MatrixKind):
            self.kinds.addTab(kind.label)
            self.kinds.setTabToolTip(
                index, translate("CompareView", "%1 × Sources").replace("%1", kind.label)
            )
        for title, tip in compare_outlets.TABS:  # pages of their own, after the matrices
            tab = self.kinds.addTab(translate("CompareOutlets", title))
            self.kinds.setTabToolTip(tab, translate("CompareOutlets", tip))
        self._variants_tab = self.kinds.addTab(
            translate("CompareVariants", compare_variants.TAB[0])
        )
        self.kinds.setTabToolTip(
            self._variants_tab, translate("CompareVariants", compare_variants.TAB[1])
        )
        self.kinds.currentChanged.connect(lambda _i: self._kind_changed())

        self.sources_button = QToolButton(self)
        self.sources_button.setObjectName("compare_sources")
        self.sources_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.sources_menu = QMenu(self.sources_button)
        self.sources_menu.setToolTipsVisible(True)
        self.sources_button.setMenu(self.sources_menu)
        self._menu_stale = False
        self.sources_menu.aboutToShow.connect(self._fill_menu)
        self.sources_button.setToolTip(
            translate("CompareView", "Choose which sources the matrix compares")
        )

        self.outlet = QComboBox(self)
        self.outlet.setObjectName("compare_outlet")
        self.outlet.setToolTip(translate("CompareView", "Only sources from this outlet"))
        self.outlet.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.outlet.addItem(translate("CompareView", ALL_OUTLETS), "")
        self.outlet.currentIndexChanged.connect(lambda _i: self.filters_changed.emit())

        self.dated = QCheckBox(translate("CompareView", "Dates"), self)
        self.dated.setToolTip(
            translate(
                "CompareView", "Only sources published in this range (undated sources drop out)"
            )
        )
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setEnabled(False)
            edit.dateChanged.connect(lambda _d: self._dates_changed())
        self.dated.toggled.connect(self._dated_toggled)

        # Elided beside the filters: the tabs above keep the whole width for their names.
        self.status = ElidedLabel(self)
        self.status.setObjectName("compare_status")

        # Two rows, so the tabs and the filters fit the compare tab at 1024×700.
        bar = QHBoxLayout()
        bar.setContentsMargins(0, 0, 0, 0)
        bar.addWidget(self.kinds)
        bar.addStretch(1)
        filters = QHBoxLayout()
        filters.setContentsMargins(0, 0, 0, 0)
        filters.addWidget(self.sources_button)
        filters.addWidget(self.outlet)
        filters.addWidget(self.dated)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel("–", self))
        filters.addWidget(self.date_to)
        filters.addSpacing(12)
        filters.addWidget(self.status, 1)

        self.matrix = QTableView(self)
        self.matrix.setObjectName("compare_matrix")
        self.matrix.setAccessibleName(translate("CompareView", "Comparison matrix"))
        self.matrix.setModel(self.model)
        self.matrix.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.matrix.setWordWrap(False)
        self.matrix.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.horizontalHeader().setDefaultSectionSize(230)
        self.matrix.horizontalHeader().setTextElideMode(Qt.TextElideMode.ElideRight)
        self.matrix.horizontalHeader().setMinimumSectionSize(60)
        self.matrix.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.matrix.selectionModel().currentChanged.connect(
            lambda current, _previous: self._show_cell(current)
        )
        self.matrix.clicked.connect(self._show_cell)
        self.matrix.doubleClicked.connect(self._jump_to_first)
        self.matrix.viewport().installEventFilter(self)

        self.cell_title = QLabel(
            translate("CompareView", "Click a cell to see its excerpts."), self
        )
        self.cell_title.setObjectName("compare_cell_title")
        self.cell_title.setWordWrap(True)
        self.cell_title.setStyleSheet("font-weight: 600;")
        self.excerpt_list = ExcerptTable(self)
        self.excerpt_list.setObjectName("compare_excerpts")
        self.excerpt_list.setAccessibleName(translate("CompareView", "Excerpts of the chosen cell"))
        self.excerpt_list.setModel(self.excerpts_model)
        self.excerpt_list.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.excerpt_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.excerpt_list.setWordWrap(True)
        self.excerpt_list.verticalHeader().hide()
        self.excerpt_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.excerpt_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = self.excerpt_list.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, (width, _slim) in EXCERPT_WIDTHS.items():
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.excerpt_list.doubleClicked.connect(lambda index: self._jump(index.row()))
        self.excerpt_list.activated_row.connect(self._jump)

        legend = QLabel(translate("CompareView", LEGEND), self)
        legend.setWordWrap(True)
        legend.setEnabled(False)
        self.legend = legend
        self.matrix.setToolTip(translate("CompareView", LEGEND))

        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.matrix)
        left_layout.addWidget(legend)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.cell_title)
        right_layout.addWidget(self.excerpt_list)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("compare_splitter")
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 4)
        layout.addLayout(bar)
        layout.addLayout(filters)
        self.groups_page = compare_outlets.OutletGroupsPage(self)
        self.timeline_page = compare_outlets.TimelinePage(self)
        self.pages = QStackedWidget(self)
        self.variants_page = compare_variants.VariantsPage(self)
        for page in (self.splitter, self.groups_page, self.timeline_page, self.variants_page):
            self.pages.addWidget(page)
        for outlet_page in (self.groups_page, self.timeline_page, self.variants_page):
            outlet_page.jump_requested.connect(self.jump_requested)
        self.groups_page.rule_requested.connect(self.rule_requested)
        layout.addWidget(self.pages, 1)
        self._update_sources_button()

    # -- filters ---------------------------------------------------------------------------

    @property
    def kind(self) -> MatrixKind:
        """The matrix shown, or shown last while an outlet tab is in front."""
        kinds = list(MatrixKind)
        index = max(self.kinds.currentIndex(), 0)
        return kinds[index] if index < len(kinds) else self._matrix_kind

    @property
    def outlet_page(self) -> QWidget | None:
        """The By outlet group or Timeline page when one is in front."""
        index = self.kinds.currentIndex() - len(MatrixKind)
        pages = (self.groups_page, self.timeline_page)
        return pages[index] if 0 <= index < len(pages) else None

    @property
    def variants_shown(self) -> bool:
        """Whether the Variants tab is in front."""
        return self.kinds.currentIndex() == self._variants_tab

    def show_findings(self, comparison: Comparison | None, findings: OutletFindings | None) -> None:
        for page in (self.groups_page, self.timeline_page):
            page.show_findings(comparison, findings)

    def set_kind(self, kind: MatrixKind) -> None:
        self.kinds.setCurrentIndex(list(MatrixKind).index(kind))

    def current_filter(self) -> SourceFilter:
        dated = self.dated.isChecked()
        return SourceFilter(
            unchecked=frozenset(self._unchecked),
            outlet=str(self.outlet.currentData() or ""),
            date_from=_iso(self.date_from.date()) if dated else "",
            date_to=_iso(self.date_to.date()) if dated else "",
        )

    def set_sources(self, sources: list[Source]) -> None:
        """The project's sources, for the source menu, the outlets and the date range. The menu
        is rebuilt only when they changed (it may be open while the matrix recomputes), and
        only when it is next opened: 2,000 actions took a tenth of a second to make."""
        if [_menu_key(s) for s in sources] == [_menu_key(s) for s in self._sources]:
            return
        self._sources = list(sources)
        present = {s.id for s in sources}
        self._unchecked &= present
        self._menu_stale = True
        if self.sources_menu.isVisible():
            self._fill_menu()
        chosen = self.outlet.currentData()
        outlets = sorted({s.outlet for s in sources if s.outlet}, key=str.casefold)
        self.outlet.blockSignals(True)
        self.outlet.clear()
        self.outlet.addItem(translate("CompareView", ALL_OUTLETS), "")
        for outlet in outlets:
            self.outlet.addItem(outlet, outlet)
        self.outlet.setCurrentIndex(max(self.outlet.findData(chosen or ""), 0))
        self.outlet.blockSignals(False)
        days = sorted(d for s in sources if (d := day_of(s.published)))
        if days and not self.dated.isChecked():
            for edit, day in ((self.date_from, days[0]), (self.date_to, days[-1])):
                edit.blockSignals(True)
                edit.setDate(QDate.fromString(day, "yyyy-MM-dd"))
                edit.blockSignals(False)
        self._update_sources_button()

    def _fill_menu(self) -> None:
        if not self._menu_stale:
            return
        self._menu_stale = False
        self.sources_menu.clear()
        every = self.sources_menu.addAction(translate("CompareView", "All Sources"))
        every.triggered.connect(lambda: self._check_all(True))
        none = self.sources_menu.addAction(translate("CompareView", "No Sources"))
        none.triggered.connect(lambda: self._check_all(False))
        self.sources_menu.addSeparator()
        for source in self._sources:
            action = QAction(
                source.title or translate("CompareView", "(untitled)"), self.sources_menu
            )
            action.setCheckable(True)
            action.setChecked(source.id not in self._unchecked)
            action.setData(source.id)
            action.setToolTip(source_tooltip(source))
            action.toggled.connect(
                lambda checked, source_id=source.id: self._source_toggled(source_id, checked)
            )
            self.sources_menu.addAction(action)

    def source_action(self, source_id: int) -> QAction | None:
        self._fill_menu()
        for action in self.sources_menu.actions():
            if action.isCheckable() and action.data() == source_id:
                return action
        return None

    def _source_toggled(self, source_id: int, checked: bool) -> None:
        if checked:
            self._unchecked.discard(source_id)
        else:
            self._unchecked.add(source_id)
        self._update_sources_button()
        self.filters_changed.emit()

    def _check_all(self, checked: bool) -> None:
        self._unchecked = set() if checked else {s.id for s in self._sources}
        for action in self.sources_menu.actions():
            if action.isCheckable():
                action.blockSignals(True)
                action.setChecked(checked)
                action.blockSignals(False)
        self._update_sources_button()
        self.filters_changed.emit()

    def _update_sources_button(self) -> None:
        total = len(self._sources)
        shown = total - len(self._unchecked)
        self.sources_button.setText(
            translate("CompareView", "All sources")
            if shown == total
            else arg(translate("CompareView", "Sources: %1 of %2"), shown, total)
        )

    def _dated_toggled(self, checked: bool) -> None:
        self.date_from.setEnabled(checked)
        self.date_to.setEnabled(checked)
        self.filters_changed.emit()

    def _dates_changed(self) -> None:
        if self.dated.isChecked():
            self.filters_changed.emit()

    def _kind_changed(self) -> None:
        if self.variants_shown:
            self.pages.setCurrentWidget(self.variants_page)
            self.variants_wanted.emit()
            return
        page = self.outlet_page
        if page is not None:
            self.pages.setCurrentWidget(page)
            self.outlets_wanted.emit()
            return
        self.pages.setCurrentWidget(self.splitter)
        self._matrix_kind = self.kind
        self.show_comparison(self.model.comparison)

    # -- content ---------------------------------------------------------------------------

    def show_comparison(self, comparison: Comparison | None) -> None:
        """Show a (new) comparison, keeping the chosen cell when it is still there."""
        current = self.matrix.currentIndex()
        code = self.model.code_at(current.row()) if current.isValid() else None
        source = self.model.source_at(current.column()) if current.isValid() else None
        self.model.show(comparison, self.kind)
        self.fit_columns()
        if code is not None and source is not None:
            index = self.model.index_of(code.id, source.id)
            if index.isValid():
                self.matrix.setCurrentIndex(index)
                self._show_cell(index)
                return
        self.excerpts_model.show(())
        self.cell_title.setText(
            translate("CompareView", "Click a cell to see its excerpts.")
            if self.model.rowCount()
            else self._nothing_to_compare()
            if comparison is not None
            else ""
        )

    def fit_columns(self) -> None:
        """Share the matrix's width among the source columns, within readable bounds (many
        sources scroll sideways rather than shrink to nothing)."""
        count = len(self.model.sources)
        if not count:
            return
        self.matrix.resizeColumnToContents(count)
        spare = self.matrix.viewport().width() - self.matrix.columnWidth(count)
        width = min(max(spare // count, MIN_COLUMN), MAX_COLUMN)
        for column in range(count):
            self.matrix.setColumnWidth(column, width)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Side by side only when both halves are wide enough to read; else the excerpts go
        # under the matrix, so a quote never wraps a word per line.
        wide = event.size().width() >= SIDE_BY_SIDE_WIDTH
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            # Narrow: the legend is the matrix's tooltip, and the quotes get the width.
            self.legend.setVisible(wide)
            header = self.excerpt_list.horizontalHeader()
            for column, (broad, slim) in EXCERPT_WIDTHS.items():
                header.resizeSection(column, broad if wide else slim)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.matrix.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        return super().eventFilter(watched, event)

    def _nothing_to_compare(self) -> str:
        if self.kind is MatrixKind.CONDITIONS:
            return translate("CompareView", "No conditions in the codebook yet.")
        if self.kind is MatrixKind.SPEAKERS:
            return translate("CompareView", "No speakers in the codebook yet.")
        return translate("CompareView", "No reactions in the codebook yet.")

    def set_status(self, text: str) -> None:
        self.status.set_full_text(text)

    def _show_cell(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        found = self.model.excerpts(index)
        code = self.model.code_at(index.row())
        source = self.model.source_at(index.column())
        where = (
            source.title if source is not None else translate("CompareView", "all chosen sources")
        )
        name = code.name if code is not None else ""
        count = len(found)
        title = translate("CompareView", "%1 — %2: %Ln excerpt(s)", "", count)
        self.cell_title.setText(arg(title, name, where))
        self.cell_title.setToolTip(source_tooltip(source) if source is not None else "")
        self.excerpts_model.show(found)
        self.excerpt_list.refit_rows()

    def _jump_to_first(self, index: QModelIndex) -> None:
        if self.model.excerpts(index):
            self._jump(0)

    def _jump(self, row: int) -> None:
        excerpt = self.excerpts_model.excerpt(row)
        if excerpt is not None:
            self.excerpt_list.selectRow(row)
            self.jump_requested.emit(excerpt.source_id, excerpt.start, excerpt.end)

    def shown_excerpts(self) -> tuple[Excerpt, ...]:
        return self.excerpts_model.excerpts()


def _menu_key(source: Source) -> tuple[object, ...]:
    return (source.id, source.title, source.outlet, source.published, source.status)

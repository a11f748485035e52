"""Building the main window's panels and splitters, and remembering their sizes.

Sources | (reader over "In this source" and "Search", with the compare view as a tab beside
them) | codebook; a status bar with counts; the
main toolbar and the recent-codes toolbar. Sizes are saved on close and restored on start.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QLabel, QSplitter, QTabWidget, QToolBar, QVBoxLayout, QWidget

from desktop_app.gui.annotations_panel import AnnotationsPanel, kind_legend
from desktop_app.gui.codebook_panel import CodebookPanel
from desktop_app.gui.elided_label import ElidedLabel
from desktop_app.gui.reader import ReaderView
from desktop_app.gui.search_panel import SearchPanel
from desktop_app.gui.sources_panel import SourcesPanel
from desktop_app.gui.translation import translate

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

TITLE_STYLE = "font-weight: 600; padding: 2px 2px 4px 2px;"


def _titled(title: str, widget: QWidget, parent: QWidget) -> QWidget:
    box = QWidget(parent)
    label = QLabel(title, box)
    label.setObjectName("panel_title")
    label.setStyleSheet(TITLE_STYLE)
    label.setBuddy(widget)
    layout = QVBoxLayout(box)
    layout.setContentsMargins(4, 4, 4, 4)
    layout.setSpacing(2)
    layout.addWidget(label)
    layout.addWidget(widget)
    return box


class TabCornerLegend(ElidedLabel):
    """A caption in a tab widget's corner that takes only the room the tabs leave: a corner
    widget gets its size hint's width, and a whole legend hid the Search tab at 1024×700."""

    def __init__(self, tabs: QTabWidget) -> None:
        super().__init__(tabs)
        self._tabs = tabs
        tabs.installEventFilter(self)

    def sizeHint(self) -> QSize:
        full = super().sizeHint()
        spare = self._tabs.width() - self._tabs.tabBar().sizeHint().width() - 16
        return QSize(max(0, min(full.width(), spare)), full.height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._tabs and event.type() == QEvent.Type.Resize:
            self.updateGeometry()
        return super().eventFilter(watched, event)


def build_recent_bar(window: MainWindow) -> QToolBar:
    bar = QToolBar(translate("WindowLayout", "Recent Codes"), window)
    bar.setObjectName("recent_codes_toolbar")
    bar.setAccessibleName(translate("WindowLayout", "Recent codes"))
    bar.setToolTip(
        translate("WindowLayout", "The codes you applied last: select text and press 1–9")
    )
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    window.addToolBarBreak()
    window.addToolBar(bar)
    return bar


def build_panels(window: MainWindow) -> None:
    """Create the panels as attributes of ``window`` and lay them out."""
    w = window
    w.sources_panel = SourcesPanel(w)
    w.reader = ReaderView(w)
    w.reader.set_point_size(w.settings.reader_point_size)
    w.reader_title = ElidedLabel(w)
    w.reader_title.setObjectName("reader_title")
    w.reader_title.setStyleSheet(TITLE_STYLE)
    w.annotations_panel = AnnotationsPanel(w.code, w)
    w.search_panel = SearchPanel(w)
    w.codebook_panel = CodebookPanel(w)
    w.tabs = QTabWidget(w)
    w.tabs.setObjectName("lower_tabs")
    w.tabs.setDocumentMode(True)
    w.tabs.addTab(w.annotations_panel, translate("WindowLayout", "In This Source"))
    w.tabs.addTab(w.search_panel, translate("WindowLayout", "Search"))
    legend = TabCornerLegend(w.tabs)
    legend.setObjectName("kind_legend")
    legend.set_full_text(
        kind_legend(short=True),
        translate("WindowLayout", "The letters in the first column of the list: %1").replace(
            "%1", kind_legend()
        ),
    )
    legend.setEnabled(False)  # quiet, like a caption
    legend.setContentsMargins(0, 0, 6, 0)
    w.tabs.setCornerWidget(legend, Qt.Corner.TopRightCorner)
    w.kind_legend = legend
    reader_box = QWidget(w)
    reader_layout = QVBoxLayout(reader_box)
    reader_layout.setContentsMargins(4, 4, 4, 0)
    reader_layout.setSpacing(2)
    reader_layout.addWidget(w.reader_title)
    reader_layout.addWidget(w.reader)
    w.center_splitter = QSplitter(Qt.Orientation.Vertical, w)
    w.center_splitter.setObjectName("center_splitter")
    w.center_splitter.addWidget(reader_box)
    w.center_splitter.addWidget(w.tabs)
    w.center_splitter.setStretchFactor(0, 3)
    w.center_splitter.setStretchFactor(1, 1)
    w.main_splitter = QSplitter(Qt.Orientation.Horizontal, w)
    w.main_splitter.setObjectName("main_splitter")
    # The reader and the compare view share the centre as tabs (the compare view adds its tab
    # when opened): as a dock under the reader it left the reader two lines at 1024×700.
    w.center_tabs = QTabWidget(w)
    w.center_tabs.setObjectName("center_tabs")
    w.center_tabs.setDocumentMode(True)
    w.center_tabs.setTabBarAutoHide(True)  # no tab bar while the reader is alone
    w.center_tabs.addTab(w.center_splitter, translate("WindowLayout", "Reader"))
    w.main_splitter.addWidget(_titled(translate("WindowLayout", "Sources"), w.sources_panel, w))
    w.main_splitter.addWidget(w.center_tabs)
    w.main_splitter.addWidget(_titled(translate("WindowLayout", "Codebook"), w.codebook_panel, w))
    w.main_splitter.setStretchFactor(0, 2)
    w.main_splitter.setStretchFactor(1, 5)
    w.main_splitter.setStretchFactor(2, 2)
    # The centre at 1440 wide: the lower tabs and the whole kind legend beside them (English).
    w.main_splitter.setSizes([390, 760, 290])
    w.center_splitter.setSizes([560, 220])
    w.setCentralWidget(w.main_splitter)
    w.counts_label = QLabel(w)
    w.counts_label.setObjectName("counts")
    w.statusBar().addPermanentWidget(w.counts_label)
    w.focus_ring = [
        w.sources_panel,
        w.reader,
        w.annotations_panel,
        w.codebook_panel,
        w.search_panel.query,
    ]
    w.menus.panels.addAction(w.toolbar.toggleViewAction())
    w.menus.panels.addAction(w.recent_bar.toggleViewAction())


def restore_layout(window: MainWindow) -> None:
    settings = window.settings
    if (geometry := settings.geometry) is not None:
        window.restoreGeometry(geometry)
    else:
        window.resize(1440, 900)
    if (state := settings.window_state) is not None:
        window.restoreState(state)
    for name, splitter in (("main", window.main_splitter), ("center", window.center_splitter)):
        if (saved := settings.splitter_state(name)) is not None:
            splitter.restoreState(saved)


def save_layout(window: MainWindow) -> None:
    settings = window.settings
    settings.geometry = QByteArray(window.saveGeometry())
    settings.window_state = QByteArray(window.saveState())
    settings.set_splitter_state("main", QByteArray(window.main_splitter.saveState()))
    settings.set_splitter_state("center", QByteArray(window.center_splitter.saveState()))
    settings.sync()

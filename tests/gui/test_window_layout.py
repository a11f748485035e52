"""The window's layout at the sizes analysts use: long titles never push the panels apart, and
the compare view leaves the reader room to read."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.source_dialog import SourceDialog
from desktop_app.gui.main_window import MainWindow

LONG_TITLE = (
    "Putin names his conditions for peace talks with Ukraine: withdrawal from four regions, "
    "no NATO membership, the lifting of all Western sanctions and recognition of annexations "
    "— full text of the speech at the foreign ministry, with the reactions of Kyiv and the West"
)


def test_a_long_title_is_elided_in_the_reader_header(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1024, 700)
    QApplication.processEvents()
    before = window.main_splitter.sizes()
    window.commands.edit_source.trigger()
    dialog = window.markup.dialog
    assert isinstance(dialog, SourceDialog) and dialog.isVisible()
    dialog.fields["title"].setText(LONG_TITLE)
    dialog.fields["outlet"].clear()  # the header then shows the title
    dialog.accept()
    window.router.flush()
    QApplication.processEvents()
    header = window.reader_title
    assert header.text().startswith(LONG_TITLE)
    assert header.is_elided() and header.elided_text().endswith("…")
    assert LONG_TITLE in header.toolTip()
    assert window.main_splitter.sizes() == before  # the panels kept their widths
    assert header.width() <= window.center_splitter.width()
    assert window.width() == 1024


def test_compare_is_a_tab_beside_the_reader_at_1024_by_700(
    qtbot: QtBot, window: MainWindow
) -> None:
    window.resize(1024, 700)
    QApplication.processEvents()
    reader_height = window.reader.height()
    controller = window.compare
    assert not controller.shown and window.center_tabs.tabBar().isHidden()
    window.reader.setFocus()
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.reader, Qt.Key.Key_C, ctrl_shift)
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy)
    assert controller.in_front and window.commands.toggle_compare.isChecked()
    view = controller.view
    QApplication.processEvents()
    # Every tab of the compare view is in sight, whole.
    kinds = view.kinds
    assert kinds.isVisible()
    visible = kinds.rect()
    for index in range(kinds.count()):
        assert visible.contains(kinds.tabRect(index)), kinds.tabText(index)
        assert kinds.tabText(index) in {
            "Conditions",
            "Speakers",
            "Reactions",
            "By outlet group",
            "Timeline",
            "Variants",
        }
    assert kinds.mapTo(view, kinds.rect().bottomRight()).x() <= view.width()
    # Narrow: the excerpts sit under the matrix, as wide as the view.
    assert view.splitter.orientation() == Qt.Orientation.Vertical
    assert view.excerpt_list.width() >= view.width() - 20
    # The compare view has the centre to itself; a cell's excerpt jumps to the reader, whole.
    model = view.model
    index = next(
        model.index(r, c)
        for r in range(model.rowCount())
        for c in range(len(model.sources))
        if model.index(r, c).data()
    )
    view.matrix.setCurrentIndex(index)
    qtbot.waitUntil(lambda: view.excerpts_model.rowCount() > 0)
    view.excerpt_list.setFocus()
    view.excerpt_list.setCurrentIndex(view.excerpts_model.index(0, 0))
    qtbot.keyClick(view.excerpt_list, Qt.Key.Key_Return)
    assert window.center_tabs.currentIndex() == 0 and window.reader.hasFocus()
    assert window.reader.height() >= reader_height - 40  # the reader keeps its room
    assert window.reader.textCursor().hasSelection()
    # Ctrl+Shift+C goes back to the comparison, as it was, and again to the reader.
    qtbot.keyClick(window.reader, Qt.Key.Key_C, ctrl_shift)
    assert controller.in_front and view.matrix.currentIndex() == index
    qtbot.keyClick(view.matrix, Qt.Key.Key_C, ctrl_shift)
    assert window.center_tabs.currentIndex() == 0 and controller.shown
    # Closing the tab gives the reader the whole centre again.
    controller.close_action.trigger()
    assert not controller.shown and window.center_tabs.tabBar().isHidden()
    assert not window.commands.toggle_compare.isChecked()


def test_wide_compare_puts_the_excerpts_beside_the_matrix(qtbot: QtBot, window: MainWindow) -> None:
    window.resize(1900, 1000)
    window.main_splitter.setSizes([300, 1300, 300])
    window.commands.compare_speakers.trigger()
    controller = window.compare
    qtbot.waitUntil(lambda: controller.comparison is not None and not controller.busy)
    QApplication.processEvents()
    assert controller.view.kinds.currentIndex() == 1
    assert controller.view.splitter.orientation() == Qt.Orientation.Horizontal


def test_the_closed_compare_view_covers_nothing(window: MainWindow) -> None:
    """Seen on a screenshot: the compare view, made before its tab, sat over the menu bar."""
    QApplication.processEvents()
    view = window.compare.view
    assert not view.isVisible()
    window.compare.open()
    window.compare.close()
    assert not view.isVisible()
    menu_bar = window.menuBar()
    top_left = menu_bar.mapTo(window, menu_bar.rect().topLeft()) + menu_bar.rect().center() / 4
    assert window.childAt(top_left) in (menu_bar, None) or menu_bar.isAncestorOf(
        window.childAt(top_left)
    )


def test_the_kind_legend_never_hides_a_tab(qtbot: QtBot, window: MainWindow) -> None:
    """Seen at 1024×700: the legend beside "In This Source" pushed "Search" behind arrows."""
    for width in (1024, 1440):
        window.resize(width, 700)
        QApplication.processEvents()
        bar = window.tabs.tabBar()
        for index in range(bar.count()):
            rect = bar.tabRect(index)
            assert bar.rect().contains(rect), (width, bar.tabText(index))
        legend = window.kind_legend
        assert legend.geometry().left() >= bar.mapTo(window.tabs, bar.rect().topRight()).x() - 1
        assert "C condition" in legend.toolTip()
    assert not window.kind_legend.is_elided()  # wide enough for all of it at 1440

"""The window's layout at the sizes analysts use: long titles never push the panels apart, and
the compare view leaves the reader room to read."""

from __future__ import annotations

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

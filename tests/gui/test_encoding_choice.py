"""Source Details lets the analyst correct a guessed encoding: the text under the best few
encodings side by side, Enter reads the file in the chosen one (one step Ctrl+Z undoes), refused
with its reason in the error line once the source has annotations."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import CodeKind
from desktop_app.gui.dialogs.source_dialog import SourceDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import markup, sources
from tests.builders import add_code
from tests.gui.test_import import drop
from tests.gui.test_source_details import open_details

HEADLINE = "Съезд депутатов"  # a DOS (cp866) headline: detection reads it as Greek, unsure
GREEK = HEADLINE.encode("cp866").decode("cp737")


def import_headline(qtbot: QtBot, window: MainWindow, tmp_path: Path) -> int:
    path = tmp_path / "svodka.txt"
    path.write_bytes(HEADLINE.encode("cp866"))
    drop(window, [path])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=20_000)
    report = window.importer.last_report
    assert report is not None and len(report.added) == 1
    source_id = report.added[0].id
    assert window.reader.source_id == source_id
    assert window.reader.toPlainText() == GREEK
    return source_id


def _choose(qtbot: QtBot, dialog: SourceDialog, encoding: str) -> None:
    """Alt+R to the readings, arrow keys down to ``encoding``, Enter."""
    assert dialog.encodings is not None
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)  # the dialog is active
    focused = dialog.focusWidget()
    assert focused is not None
    qtbot.keyClick(focused, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    readings = dialog.encodings.list
    assert readings.hasFocus()
    for _ in range(dialog.encodings.encodings().index(encoding)):
        qtbot.keyClick(readings, Qt.Key.Key_Down)
    qtbot.keyClick(readings, Qt.Key.Key_Return)


def test_details_show_the_readings_and_enter_reads_the_file_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, reports: list[tuple[str, str, str]]
) -> None:
    source_id = import_headline(qtbot, window, tmp_path)
    dialog = open_details(window, qtbot)
    assert dialog.encodings is not None
    shown = [dialog.encodings.list.item(i).text() for i in range(dialog.encodings.list.count())]
    assert shown[0] == f"cp737 — current\n{GREEK}"
    assert f"cp866\n{HEADLINE}" in shown
    assert 2 <= len(shown) <= 4
    assert "Encoding: cp737 — detection: low" in dialog.facts.text()

    _choose(qtbot, dialog, "cp866")
    assert dialog.isVisible()  # Enter chose a reading; it did not press OK
    assert dialog.error.isHidden()
    window.router.flush()
    assert window.reader.toPlainText() == HEADLINE
    assert dialog.fields["title"].text() == HEADLINE  # the import's title followed the text
    assert "Encoding: cp866 — detection: chosen by the analyst" in dialog.facts.text()
    assert dialog.encodings.list.currentItem().text() == f"cp866 — current\n{HEADLINE}"
    qtbot.keyClick(dialog.encodings.list, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.commands.undo.text() == f"&Undo Read “{GREEK}” as cp866"
    # Back in the window, as a click on the reader would (offscreen, closing a dialog leaves
    # no window active).
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.reader.setFocus()

    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.project is not None
    assert sources.get_text(window.project, source_id) == GREEK
    window.router.flush()
    assert window.reader.toPlainText() == GREEK
    assert window.project is not None
    assert sources.get_source(window.project, source_id).title == GREEK
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    window.router.flush()
    assert window.reader.toPlainText() == HEADLINE


def test_a_source_with_annotations_is_not_read_again(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, reports: list[tuple[str, str, str]]
) -> None:
    source_id = import_headline(qtbot, window, tmp_path)
    project = window.project
    assert project is not None
    code = add_code(project, CodeKind.CONDITION, "Congress")
    markup.annotate(project, source_id, 0, 5, [code.id])
    markup.annotate(project, source_id, 6, 15, [code.id])
    window.router.flush()
    dialog = open_details(window, qtbot)
    assert dialog.encodings is not None
    refusal = (
        f"“{GREEK}” has 2 annotations: reading it in another encoding would move them — "
        "remove them first"
    )
    assert dialog.encodings.hint.text() == refusal
    last_step = project.undo_label
    _choose(qtbot, dialog, "cp866")
    assert dialog.isVisible()
    assert dialog.error.text() == refusal[:1].upper() + refusal[1:]
    window.router.flush()
    assert window.reader.toPlainText() == GREEK
    assert project.undo_label == last_step
    dialog.reject()


def test_a_certain_encoding_offers_no_readings(
    qtbot: QtBot, window: MainWindow, reports: list[tuple[str, str, str]]
) -> None:
    dialog = open_details(window, qtbot)
    assert dialog.encodings is None
    dialog.reject()

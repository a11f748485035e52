"""Source Details in the real window: the Published field reads the dates people type and stores
ISO, refuses what cannot be a date in one line, and the window, the workbook and the briefing
then show the same date in the same form; the details tell the file's own date, the detected
encoding and how sure that was; mixed-language texts get every language; a folder import lists
the files it skipped."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import openpyxl
from pypdf import PdfReader
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView
from pytestqt.qtbot import QtBot

from desktop_app.gui.dialogs.source_dialog import SourceDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import exports, sources
from desktop_app.services.exports import ExportOptions
from tests.gui.conftest import type_text
from tests.gui.test_import import drop
from tests.importers.builders import docx_bytes


def open_details(window: MainWindow, qtbot: QtBot) -> SourceDialog:
    window.reader.setFocus()
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_D,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = window.markup.dialog
    assert isinstance(dialog, SourceDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def retype(qtbot: QtBot, dialog: SourceDialog, text: str) -> None:
    field = dialog.fields["published"]
    field.setFocus()
    field.selectAll()
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    type_text(field, text)


def test_published_reads_typed_dates_and_refuses_what_is_not_one(
    qtbot: QtBot, window: MainWindow, tmp_path: Path
) -> None:
    source_id = window.reader.source_id
    assert source_id is not None and window.project is not None
    dialog = open_details(window, qtbot)
    retype(qtbot, dialog, "31/02/2024")
    assert dialog.date.reading.text() == "Not a date yet"
    qtbot.keyClick(dialog.fields["published"], Qt.Key.Key_Return)  # OK: refused, stays open
    assert dialog.isVisible()
    error = dialog.error.text()
    assert error.startswith("“31/02/2024” is not a date — type it as 15/06/2024")
    assert "\n" not in error
    retype(qtbot, dialog, "15 июня 2024 г.")
    assert dialog.date.reading.text() == "Read as Saturday, 15 June 2024"
    retype(qtbot, dialog, "15/06/2024")
    assert dialog.date.reading.text() == "Read as Saturday, 15 June 2024"
    qtbot.keyClick(dialog.fields["published"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sources.get_source(window.project, source_id).published == "2024-06-15"
    window.router.flush()
    # The same form everywhere: reader header, sources list, workbook, briefing.
    assert " · 2024-06-15 · " in window.reader_title.text()
    model = window.sources_panel.model_
    row = model.row_of(source_id)
    assert row is not None and model.index(row, 3).data() == "2024-06-15"
    book_path = tmp_path / "b.xlsx"
    exports.export(window.project, book_path, ExportOptions())
    book = openpyxl.load_workbook(book_path, read_only=True)
    dates = [r[4] for r in book["Sources"].iter_rows(min_row=2, values_only=True)]  # Date
    book.close()
    assert "2024-06-15" in dates
    pdf_path = tmp_path / "b.pdf"
    exports.export(window.project, pdf_path, ExportOptions())
    text = " ".join(" ".join(p.extract_text() or "" for p in PdfReader(pdf_path).pages).split())
    assert "2024-06-15" in text and "15/06/2024" not in text
    # The calendar keeps a time already typed.
    dialog = open_details(window, qtbot)
    retype(qtbot, dialog, "15.06.2024 10:30")
    calendar = dialog.date.calendar
    seen: list[QDate] = []

    def choose() -> None:  # runs inside the calendar popup's own event loop
        if not calendar.isVisible():
            QTimer.singleShot(20, choose)
            return
        seen.append(calendar.selectedDate())
        days = calendar.findChild(QTableView)  # the grid of days takes the keys
        qtbot.keyClick(days, Qt.Key.Key_Right)  # the next day…
        qtbot.keyClick(days, Qt.Key.Key_Return)  # …chosen with Enter
        if dialog.date.menu.isVisible():  # never leave the test waiting in the popup
            dialog.date.menu.close()

    QTimer.singleShot(0, choose)
    dialog.date.pick.click()  # the calendar pops up on the day typed
    assert seen == [QDate(2024, 6, 15)]
    assert dialog.fields["published"].text() == "2024-06-16 10:30"
    dialog.reject()


def test_a_word_files_creation_date_is_its_file_date(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, reports: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "ministry.docx"
    path.write_bytes(docx_bytes("The ministry's statement on the talks, in full.", title="MFA"))
    drop(window, [path])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=20_000)
    report = window.importer.last_report
    assert report is not None and len(report.added) == 1
    added = report.added[0]
    assert added.published == ""  # python-docx's template says 2013: not a publication date
    assert window.reader.source_id == added.id
    dialog = open_details(window, qtbot)
    assert dialog.fields["published"].text() == ""
    assert dialog.date.reading.text() == "Unknown"
    facts = dialog.facts.text()
    assert "File date: 2013-" in facts and "need not be when it was published" in facts
    dialog.reject()


def test_details_show_the_encoding_and_how_sure_it_was(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, reports: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "kremlin.txt"
    path.write_bytes(
        (
            "Песков: условия Путина остаются в силе, заявил пресс-секретарь президента.\n"
            "Он добавил, что Киев должен вывести войска из четырёх регионов.\n"
        ).encode("cp1251")
    )
    drop(window, [path])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=20_000)
    dialog = open_details(window, qtbot)
    facts = dialog.facts.text()
    assert "Encoding: cp1251 — detection: high (reads clearly better than" in facts
    dialog.reject()


def test_a_mixed_language_paste_gets_every_language(
    qtbot: QtBot, window: MainWindow, reports: list[tuple[str, str, str]]
) -> None:
    QApplication.clipboard().setText(
        "Russian President Vladimir Putin on Friday promised a ceasefire in Ukraine.\n"
        "Президент России Владимир Путин в пятницу пообещал прекращение огня на Украине.\n"
    )
    window.reader.setFocus()
    qtbot.keyClick(
        window.reader,
        Qt.Key.Key_V,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    report = window.importer.last_report
    assert report is not None and len(report.added) == 1
    assert set(report.added[0].language.split(", ")) == {"en", "ru"}
    dialog = open_details(window, qtbot)
    assert set(dialog.fields["language"].text().split(", ")) == {"en", "ru"}
    dialog.reject()


def test_a_folder_import_lists_the_files_it_skipped(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, reports: list[tuple[str, str, str]]
) -> None:
    folder = tmp_path / "inbox"
    (folder / "scans").mkdir(parents=True)
    (folder / "statement.txt").write_text("Kyiv rejected the ultimatum on Friday.\n", "utf-8")
    (folder / "scans" / "page1.jpg").write_bytes(b"\xff\xd8\xff")
    (folder / "table.xlsx").write_bytes(b"PK\x03\x04")
    drop(window, [folder])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=20_000)
    ((title, text, details),) = reports
    assert title == "Import"
    assert text == "1 source added. 2 files skipped (unsupported type)."
    lines = details.splitlines()
    start = lines.index(
        "Skipped, not a type Parley imports (.txt, .html, .docx, .odt, .pdf, .md, .rtf):"
    )
    assert lines[start + 1 :] == ["• inbox/scans/page1.jpg", "• inbox/table.xlsx"]


def test_an_untouched_date_keeps_its_seconds_and_offset(qtbot: QtBot, window: MainWindow) -> None:
    source_id = window.reader.source_id
    assert source_id is not None and window.project is not None
    current = sources.get_source(window.project, source_id)
    stored = "2024-06-14T10:30:15+03:00"
    sources.update_metadata(window.project, source_id, replace(current.meta, published=stored))
    window.router.flush()
    dialog = open_details(window, qtbot)
    assert dialog.fields["published"].text() == "2024-06-14 10:30 +03:00"
    assert dialog.date.reading.text() == "Read as Friday, 14 June 2024, 10:30 +03:00"
    dialog.fields["outlet"].setFocus()
    type_text(dialog.fields["outlet"], " (print)")
    qtbot.keyClick(dialog.fields["outlet"], Qt.Key.Key_Return)
    assert not dialog.isVisible()
    saved = sources.get_source(window.project, source_id)
    assert saved.published == stored and saved.outlet.endswith(" (print)")


def test_a_folder_import_lists_the_projects_it_left_for_refi_import(
    qtbot: QtBot, window: MainWindow, tmp_path: Path, reports: list[tuple[str, str, str]]
) -> None:
    folder = tmp_path / "exports"
    (folder / "nvivo").mkdir(parents=True)
    (folder / "nvivo" / "study.qdpx").write_bytes(b"PK\x03\x04")
    drop(window, [folder])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=20_000)
    ((title, text, details),) = reports
    assert title == "Import"
    assert text == ("0 sources added. 1 REFI-QDA project skipped (import from File › Import From).")
    lines = details.splitlines()
    start = lines.index(
        "Skipped, REFI-QDA projects (.qdpx) — import each with "
        "File › Import From › REFI-QDA Project:"
    )
    assert lines[start + 1 :] == ["• nvivo/study.qdpx"]

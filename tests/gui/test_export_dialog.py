"""Exporting from the real window: the dialog's choices reach the files (workbook, briefing,
REFI-QDA), a cancelled dialog or a cancelled export leaves no file, errors reach a dialog, and a
REFI-QDA export comes back whole through File › Import From › REFI-QDA Project into a new
project."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader
from PySide6.QtCore import QRunnable, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app import paths
from desktop_app.domain.comparison import compare
from desktop_app.errors import ExportError, ParleyError
from desktop_app.gui import export_controller, prompts
from desktop_app.gui.export_dialog import ExportDialog, ExportFormat, file_stem
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.services.snapshot import load_snapshot
from tests.gui.conftest import active_dialog

Fill = Callable[[ExportDialog], None]


class Prompts:
    """What the window asked and said through prompts (the one seam), with canned answers."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.finished: list[tuple[str, str]] = []
        self.errors: list[str] = []
        self.reports: list[tuple[str, str, str]] = []
        self.opened: list[Path] = []
        self.open_folder = False
        self.replace = True
        self.confirmations: list[str] = []
        self.qdpx: Path | None = None
        self.new_project: Path | None = None
        monkeypatch.setattr(prompts, "export_finished", self._finished)
        monkeypatch.setattr(prompts, "show_error", self._error)
        monkeypatch.setattr(prompts, "show_report", self._report)
        monkeypatch.setattr(prompts, "confirm", self._confirm)
        monkeypatch.setattr(prompts, "qdpx_path", lambda _parent, _start="": self.qdpx)
        monkeypatch.setattr(prompts, "new_project_path", lambda _p, _s="": self.new_project)
        monkeypatch.setattr(export_controller, "open_folder", self._open)

    def _finished(self, _parent: object, _title: str, text: str, details: str = "") -> bool:
        self.finished.append((text, details))
        return self.open_folder

    def _error(self, _parent: object, error: ParleyError | str, _title: str = "") -> None:
        self.errors.append(str(error))

    def _report(self, _parent: object, title: str, text: str, details: str = "") -> None:
        self.reports.append((title, text, details))

    def _confirm(self, _parent: object, _title: str, text: str, _action: str) -> bool:
        self.confirmations.append(text)
        return self.replace

    def _open(self, folder: Path) -> bool:
        self.opened.append(folder)
        return True


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> Prompts:
    return Prompts(monkeypatch)


@pytest.fixture
def exports_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The default exports folder, moved out of the checkout (not created: the export does)."""
    folder = tmp_path / "exports"
    monkeypatch.setattr(paths, "default_exports_dir", lambda: folder)
    return folder


def answer(qtbot: QtBot, fill: Fill) -> list[BaseException]:
    """Fill the export dialog once it is shown (it runs its own event loop); a failing check
    rejects it rather than leaving the test waiting."""
    problems: list[BaseException] = []
    tries = [0]

    def attempt() -> None:
        dialog = active_dialog(ExportDialog)
        if not isinstance(dialog, ExportDialog):
            tries[0] += 1
            if tries[0] < 200:
                QTimer.singleShot(20, attempt)
            return
        try:
            fill(dialog)
        except BaseException as error:
            problems.append(error)
            dialog.reject()

    QTimer.singleShot(0, attempt)
    return problems


def export_through_dialog(
    qtbot: QtBot, window: MainWindow, trigger: Callable[[], None], fill: Fill
) -> list[BaseException]:
    problems = answer(qtbot, fill)
    trigger()
    exporter = window.exporter
    qtbot.waitUntil(lambda: exporter.task is None, timeout=60_000)
    if problems:
        raise problems[0]
    return problems


def test_export_actions_follow_the_project(make_window: Callable[[], MainWindow]) -> None:
    window = make_window()
    exports = [window.commands.export_workbook, window.commands.export_briefing]
    assert not any(a.isEnabled() for a in exports)
    # File › Export To holds the same actions; File › Import From the REFI-QDA import.
    titles = [a.text() for a in window.menus.file.actions()]
    assert "Import &From" in titles and "E&xport To" in titles
    assert window.commands.export_qdpx in window.exchange.export_menu.actions()
    assert window.exchange.import_qdpx.isEnabled()  # it can create a project


def test_workbook_with_the_default_path(
    qtbot: QtBot, window: MainWindow, said: Prompts, exports_dir: Path
) -> None:
    assert window.project is not None
    expected_path = exports_dir / f"{file_stem(window.project.name)}.xlsx"
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        seen["format"] = dialog.export_format
        seen["path"] = dialog.path.text()
        seen["briefing"] = dialog.briefing.isEnabled()
        seen["all"] = dialog.all_sources.isChecked()
        dialog.export_button.click()

    said.open_folder = True
    export_through_dialog(qtbot, window, window.commands.export_workbook.trigger, fill)
    assert seen == {
        "format": ExportFormat.WORKBOOK,
        "path": str(expected_path),
        "briefing": False,
        "all": True,
    }
    assert said.errors == []
    assert expected_path.is_file()
    assert window.exporter.last_outcome == "written"
    assert said.finished and expected_path.name in said.finished[0][0]
    assert said.opened == [exports_dir]

    book = openpyxl.load_workbook(expected_path, read_only=True)
    assert {"Summary", "Conditions by source", "Speakers by source", "Excerpts"} <= set(
        book.sheetnames
    )
    sheet = book["Conditions by source"]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    book.close()
    snapshot = load_snapshot(window.project)
    comparison = compare(snapshot)
    newsweek = comparison.sources[0]
    header = rows[0]
    column = header.index(newsweek.title)
    withdrawal = next(r for r in rows if r[0] == "Withdrawal from four regions")
    condition = comparison.conditions[0]
    # The workbook holds the very wordings the compare view lists for this cell.
    for excerpt in comparison.cell(condition.id, newsweek.id):
        assert excerpt.quote.strip()[:30] in str(withdrawal[column])
    assert not list(exports_dir.glob("*.partial"))


def test_briefing_for_a_subset_with_the_dialogs_choices(
    qtbot: QtBot, window: MainWindow, said: Prompts, tmp_path: Path
) -> None:
    target = tmp_path / "out" / "briefing.pdf"
    target.parent.mkdir()
    assert window.project is not None
    listed = load_snapshot(window.project).sources
    kept = listed[1]

    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(list(ExportFormat).index(ExportFormat.BRIEFING))
        assert dialog.briefing.isEnabled()
        assert dialog.path.text().endswith(".pdf")
        dialog.path.setText(str(target))
        dialog.path.textEdited.emit(str(target))
        dialog.title.setText("Peace terms <b>compared</b>")
        dialog.analyst.setText("Olena Analyst")
        dialog.classification.setText("INTERNAL — DO NOT FORWARD")
        dialog.page_size.setCurrentText("Letter")
        dialog.some_sources.setChecked(True)
        for row in range(dialog.source_list.count()):
            item = dialog.source_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) != kept.id:
                item.setCheckState(Qt.CheckState.Unchecked)
        assert dialog.chosen_source_ids() == (kept.id,)
        dialog.export_button.click()

    export_through_dialog(qtbot, window, window.commands.export_briefing.trigger, fill)
    assert said.errors == []
    assert target.is_file()
    pdf = PdfReader(str(target))
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)  # Letter
    text = "\n".join(page.extract_text() or "" for page in pdf.pages)
    assert "Peace terms <b>compared</b>" in text  # printed as written, not as markup
    assert "Olena Analyst" in text
    assert "INTERNAL" in text
    assert kept.title.split()[0] in text
    assert listed[0].title not in " ".join(text.split())
    assert said.opened == []  # not asked for


def test_file_names_from_project_names() -> None:
    assert file_stem("Peace conditions, June 14 (sample).parley") == (
        "Peace conditions, June 14 (sample)"
    )
    assert file_stem('Talks: "Kyiv"/Moscow?') == "Talks Kyiv Moscow"
    assert file_stem(" .. ") == "Parley export"


def test_the_dialog_starts_with_the_sources_the_compare_view_shows(
    qtbot: QtBot, window: MainWindow, said: Prompts
) -> None:
    window.commands.compare_conditions.trigger()
    compare_view = window.compare
    qtbot.waitUntil(lambda: compare_view.comparison is not None and not compare_view.busy)
    first, second = compare_view.comparison.sources  # type: ignore[union-attr]
    action = compare_view.view.source_action(first.id)
    assert action is not None
    action.trigger()
    qtbot.waitUntil(
        lambda: (
            [s.id for s in compare_view.view.model.sources] == [second.id] and not compare_view.busy
        )
    )
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        seen["subset"] = dialog.some_sources.isChecked()
        seen["ids"] = dialog.chosen_source_ids()
        dialog.reject()

    problems = answer(qtbot, fill)
    window.commands.export_workbook.trigger()
    assert problems == []
    assert seen == {"subset": True, "ids": (second.id,)}


def test_cancelling_the_dialog_writes_nothing(
    qtbot: QtBot, window: MainWindow, said: Prompts, exports_dir: Path
) -> None:
    problems = answer(qtbot, lambda dialog: dialog.reject())
    window.commands.export_workbook.trigger()
    assert problems == []
    assert window.exporter.task is None
    assert not exports_dir.exists()
    assert said.finished == []


def test_dialog_validation_and_replacing_a_file(
    qtbot: QtBot, window: MainWindow, said: Prompts, tmp_path: Path
) -> None:
    existing = tmp_path / "kept.json"
    existing.write_text("old", "utf-8")
    checks: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(list(ExportFormat).index(ExportFormat.CSV))
        dialog.path.setText(str(tmp_path / "excerpts.csv"))
        dialog.path.textEdited.emit(dialog.path.text())
        dialog.format.setCurrentIndex(list(ExportFormat).index(ExportFormat.JSON))
        checks["suffix follows"] = dialog.path.text() == str(tmp_path / "excerpts.json")
        dialog.some_sources.setChecked(True)
        for row in range(dialog.source_list.count()):
            dialog.source_list.item(row).setCheckState(Qt.CheckState.Unchecked)
        checks["no source"] = (dialog.export_button.isEnabled(), dialog.problem.text())
        dialog.all_sources.setChecked(True)
        dialog.path.setText(str(tmp_path / "excerpts.txt"))
        dialog.path.textEdited.emit(dialog.path.text())
        checks["wrong suffix"] = dialog.export_button.isEnabled()
        dialog.path.setText(str(existing))
        dialog.path.textEdited.emit(str(existing))
        said.replace = False
        dialog.export_button.click()  # asks, and the answer is no: the dialog stays
        checks["still open after no"] = dialog.isVisible()
        said.replace = True
        dialog.export_button.click()

    export_through_dialog(qtbot, window, window.commands.export_workbook.trigger, fill)
    assert checks == {
        "suffix follows": True,
        "no source": (False, "Check at least one source."),
        "wrong suffix": False,
        "still open after no": True,
    }
    assert len(said.confirmations) == 2 and "kept.json" in said.confirmations[0]
    assert existing.read_text("utf-8").lstrip().startswith(("{", "["))


def test_a_missing_folder_keeps_the_dialog_open_with_what_was_typed(
    qtbot: QtBot, window: MainWindow, said: Prompts, tmp_path: Path
) -> None:
    target = tmp_path / "missing folder" / "brief.pdf"
    fixed = tmp_path / "brief.pdf"
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(list(ExportFormat).index(ExportFormat.BRIEFING))
        dialog.title.setText("Morning brief")
        dialog.analyst.setText("Olena")
        dialog.path.setFocus()
        dialog.path.selectAll()
        qtbot.keyClicks(dialog.path, str(target))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)  # Enter presses Export
        seen["open"] = dialog.isVisible()
        seen["problem"] = dialog.problem.text()
        seen["kept"] = (dialog.title.text(), dialog.analyst.text(), dialog.path.text())
        dialog.path.selectAll()
        qtbot.keyClicks(dialog.path, str(fixed))
        qtbot.keyClick(dialog.path, Qt.Key.Key_Return)

    export_through_dialog(qtbot, window, window.commands.export_briefing.trigger, fill)
    assert seen["open"] is True
    assert str(seen["problem"]).startswith(f"The folder {target.parent} does not exist — ")
    assert seen["kept"] == ("Morning brief", "Olena", str(target))
    assert not target.parent.exists()
    assert said.errors == []
    assert window.exporter.last_outcome == "written" and fixed.is_file()


def test_a_failed_export_is_shown_and_the_next_dialog_keeps_what_was_typed(
    qtbot: QtBot,
    window: MainWindow,
    said: Prompts,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    target = tmp_path / "book.xlsx"

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise ExportError(f"cannot write {target.name}", "close it in Excel and export again")

    monkeypatch.setattr(export_controller.exports, "export", refuse)

    def fill(dialog: ExportDialog) -> None:
        dialog.path.setText(str(target))
        dialog.path.textEdited.emit(str(target))
        dialog.title.setText("Typed title")
        dialog.export_button.click()

    export_through_dialog(qtbot, window, window.commands.export_workbook.trigger, fill)
    assert window.exporter.last_outcome == "failed"
    assert len(said.errors) == 1 and "close it in Excel" in said.errors[0]
    assert not target.exists() and said.finished == []
    seen: dict[str, str] = {}

    def look(dialog: ExportDialog) -> None:
        seen["path"], seen["title"] = dialog.path.text(), dialog.title.text()
        dialog.reject()

    problems = answer(qtbot, look)
    window.commands.export_workbook.trigger()
    assert problems == []
    assert seen == {"path": str(target), "title": "Typed title"}


def test_choices_are_remembered_from_one_run_to_the_next(
    qtbot: QtBot,
    make_window: Callable[[], MainWindow],
    sample_path: Path,
    said: Prompts,
    tmp_path: Path,
) -> None:
    out = tmp_path / "briefings"
    out.mkdir()
    first = make_window()
    assert first.open_project(sample_path)

    def fill(dialog: ExportDialog) -> None:
        dialog.format.setCurrentIndex(list(ExportFormat).index(ExportFormat.BRIEFING))
        dialog.path.setText(str(out / "brief.pdf"))
        dialog.path.textEdited.emit(dialog.path.text())
        dialog.analyst.setText("Olena Analyst")
        dialog.classification.setText("INTERNAL")
        dialog.page_size.setCurrentText("Letter")
        dialog.export_button.click()

    export_through_dialog(qtbot, first, first.commands.export_briefing.trigger, fill)
    assert first.exporter.last_outcome == "written"
    first.close()  # Parley quits; a new run reads the settings afresh

    second = make_window()
    assert second.open_project(sample_path)
    seen: dict[str, str] = {}

    def look(dialog: ExportDialog) -> None:
        seen.update(
            folder=str(dialog.output_path().parent),
            analyst=dialog.analyst.text(),
            classification=dialog.classification.text(),
            page=dialog.page_size.currentText(),
        )
        dialog.reject()

    problems = answer(qtbot, look)
    second.commands.export_briefing.trigger()
    assert problems == []
    assert seen == {
        "folder": str(out),
        "analyst": "Olena Analyst",
        "classification": "INTERNAL",
        "page": "Letter",
    }


def test_the_default_folder_is_the_documents_folder_outside_a_checkout(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import platformdirs

    monkeypatch.setattr(paths, "is_checkout", lambda: False)
    monkeypatch.setattr(platformdirs, "user_documents_dir", lambda: str(tmp_path / "Documents"))
    assert paths.default_exports_dir() == tmp_path / "Documents" / "Parley"
    monkeypatch.setattr(paths, "is_checkout", lambda: True)
    assert paths.default_exports_dir() == paths.app_root() / "exports"


class _Gate(QRunnable):
    """Holds the pool's only thread, so an export queued behind it can be cancelled before it
    runs, deterministically."""

    def __init__(self) -> None:
        super().__init__()
        self.release = threading.Event()

    def run(self) -> None:
        self.release.wait(30)


@pytest.fixture
def gated_window(qtbot: QtBot, sample_path: Path) -> Iterator[tuple[MainWindow, _Gate]]:
    pool = QThreadPool()
    pool.setMaxThreadCount(1)
    window = MainWindow(Settings(), pool)
    qtbot.addWidget(window)
    window.resize(1200, 800)
    window.show()
    assert window.open_project(sample_path)
    gate = _Gate()
    gate.setAutoDelete(False)
    pool.start(gate)
    yield window, gate
    gate.release.set()
    pool.waitForDone(20_000)
    window.close()


def test_cancel_in_the_progress_dialog_leaves_no_file(
    qtbot: QtBot, gated_window: tuple[MainWindow, _Gate], said: Prompts, tmp_path: Path
) -> None:
    window, gate = gated_window
    target = tmp_path / "cancelled.xlsx"

    def fill(dialog: ExportDialog) -> None:
        dialog.path.setText(str(target))
        dialog.path.textEdited.emit(str(target))
        dialog.export_button.click()

    problems = answer(qtbot, fill)
    window.commands.export_workbook.trigger()
    assert problems == []
    assert window.exporter.task is not None
    # The progress dialog appears after about half a second, with Cancel.
    qtbot.waitUntil(lambda: active_dialog(QProgressDialog) is not None, timeout=5_000)
    progress = active_dialog(QProgressDialog)
    assert isinstance(progress, QProgressDialog)
    assert target.name in progress.labelText()
    (cancel,) = [b for b in progress.findChildren(QPushButton) if b.text() == "Cancel"]
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    gate.release.set()
    qtbot.waitUntil(lambda: window.exporter.task is None, timeout=30_000)
    assert window.exporter.last_outcome == "cancelled"
    assert not target.exists()
    assert list(tmp_path.glob("*.partial")) == []
    assert said.finished == [] and said.errors == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_refi_export_then_import_into_a_new_project(
    qtbot: QtBot, window: MainWindow, said: Prompts, tmp_path: Path
) -> None:
    archive = tmp_path / "sample.qdpx"

    def fill(dialog: ExportDialog) -> None:
        assert dialog.export_format is ExportFormat.QDPX
        dialog.path.setText(str(archive))
        dialog.path.textEdited.emit(str(archive))
        dialog.export_button.click()

    exchange = window.exchange
    export_through_dialog(qtbot, window, window.commands.export_qdpx.trigger, fill)
    assert archive.is_file() and said.errors == []
    assert window.project is not None
    before = compare(load_snapshot(window.project))

    window.close_project()
    said.qdpx = archive
    said.new_project = tmp_path / "from refi.parley"
    exchange.import_qdpx.trigger()
    qtbot.waitUntil(lambda: exchange.last_outcome != "", timeout=60_000)
    assert exchange.last_outcome == "imported", said.errors
    assert window.project is not None
    assert Path(window.project.location).name == "from refi.parley"
    result = exchange.last_result
    assert result is not None and result.sources == 2
    assert result.annotations == len(before.excerpts)
    (title, summary, _details) = said.reports[-1]
    assert title == "REFI-QDA Import" and "2 source(s)" in summary

    qtbot.waitUntil(lambda: len(window.sources_panel.sources()) == 2)
    after = compare(load_snapshot(window.project))
    by_title = {s.title: s.id for s in after.sources}

    def cells(comparison: object, ids: dict[str, int] | None = None) -> dict:
        c = comparison
        return {
            (code.name, source.title): [e.quote for e in c.cell(code.id, source.id)]  # type: ignore[attr-defined]
            for code in c.conditions  # type: ignore[attr-defined]
            for source in c.sources  # type: ignore[attr-defined]
        }

    assert set(by_title) == {s.title for s in before.sources}
    assert cells(after) == cells(before)
    assert [s.status for s in after.sources] == [s.status for s in before.sources]

    # The compare view of the imported project shows the same matrix.
    window.commands.compare_conditions.trigger()
    qtbot.waitUntil(lambda: window.compare.comparison is not None and not window.compare.busy)
    assert window.compare.view.model.rowCount() == len(before.conditions)

    # One undo takes the whole import back.
    window.commands.undo.trigger()
    qtbot.waitUntil(lambda: len(window.sources_panel.sources()) == 0)


def test_refi_import_into_the_open_project_reports_duplicates(
    qtbot: QtBot, window: MainWindow, said: Prompts, tmp_path: Path
) -> None:
    archive = tmp_path / "again.qdpx"
    assert window.project is not None
    from desktop_app.services import exports

    exports.export(window.project, archive)
    said.qdpx = archive
    window.exchange.import_qdpx.trigger()
    qtbot.waitUntil(lambda: window.exchange.last_outcome != "", timeout=60_000)
    assert window.exchange.last_outcome == "imported"
    assert "already in the project" in said.reports[-1][1]
    assert len(window.sources_panel.sources()) == 2


def test_a_damaged_archive_is_refused_with_a_dialog(
    qtbot: QtBot, window: MainWindow, said: Prompts, tmp_path: Path
) -> None:
    archive = tmp_path / "broken.qdpx"
    archive.write_bytes(b"PK\x03\x04 not really a zip")
    said.qdpx = archive
    window.exchange.import_qdpx.trigger()
    qtbot.waitUntil(lambda: window.exchange.last_outcome != "", timeout=30_000)
    assert window.exchange.last_outcome == "failed"
    assert len(said.errors) == 1 and "broken.qdpx" in said.errors[0]
    assert len(window.sources_panel.sources()) == 2


def test_the_deliverables_can_be_made_from_one_coders_markup(
    qtbot: QtBot, window: MainWindow, said: Prompts, exports_dir: Path
) -> None:
    """Mark-up of: every coder by default, or one (e.g. the adjudicated layer) — chosen by
    keyboard in the dialog, and only that coder's excerpts reach the workbook."""
    from desktop_app.domain.model import SAMPLE_CODER
    from desktop_app.services import codebook, markup, sources

    project = window.project
    assert project is not None
    source = sources.list_sources(project)[0]
    code = next(c for c in codebook.list_codes(project) if not c.builtin)
    mine = markup.annotate(project, source.id, 0, 5, [code.id])
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        combo = dialog.coder
        seen["listed"] = [combo.itemData(i) for i in range(combo.count())]
        combo.setFocus()
        while combo.currentData() != SAMPLE_CODER:
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        dialog.export_button.click()

    export_through_dialog(qtbot, window, window.commands.export_workbook.trigger, fill)
    listed = seen["listed"]
    assert isinstance(listed, list) and listed[0] is None  # "Every coder" first
    assert set(listed[1:]) == {SAMPLE_CODER, mine.coder}  # only coders with mark-up
    assert said.errors == []
    written = exports_dir / f"{file_stem(project.name)}.xlsx"
    book = openpyxl.load_workbook(written, read_only=True)
    rows = list(book["Excerpts"].iter_rows(values_only=True))
    book.close()
    coder_column = list(rows[0]).index("Coder")
    coders = {row[coder_column] for row in rows[1:] if row[coder_column] is not None}
    assert coders == {SAMPLE_CODER}
    assert len(rows) - 1 == sum(
        1 for a in markup.list_annotations(project) if a.coder == SAMPLE_CODER
    )


def test_the_deliverable_language_is_chosen_in_the_dialog(
    qtbot: QtBot, window: MainWindow, said: Prompts, exports_dir: Path
) -> None:
    """The dialog offers English, Українська, Русский — the interface language first — and the
    workbook comes out in the one chosen."""
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        seen["default"] = dialog.language.currentData()
        seen["offered"] = [dialog.language.itemText(i) for i in range(dialog.language.count())]
        dialog.language.setFocus()
        qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # English → Українська
        seen["chosen"] = dialog.language.currentData()
        dialog.export_button.click()

    said.open_folder = False
    export_through_dialog(qtbot, window, window.commands.export_workbook.trigger, fill)
    assert seen == {
        "default": "en",
        "offered": ["English", "Українська", "Русский"],
        "chosen": "uk",
    }
    written = next(exports_dir.glob("*.xlsx"))
    book = openpyxl.load_workbook(written, read_only=True)
    assert book.sheetnames[:3] == ["Зведення", "Умови за джерелами", "Спікери за джерелами"]
    book.close()


def test_the_briefing_appendix_is_chosen_by_keyboard_and_reaches_the_pdf(
    qtbot: QtBot, window: MainWindow, said: Prompts, exports_dir: Path
) -> None:
    """Appendi&x: each condition's wording (the default), every excerpt, or none — the field
    after the page size in the tab order, its label's mnemonic Alt+X, changed with the arrow
    keys."""
    from tests.exporting.briefing_pdf import outline

    assert window.project is not None
    seen: dict[str, object] = {}

    def fill(dialog: ExportDialog) -> None:
        combo = dialog.appendix
        seen["default"] = combo.currentData()
        seen["listed"] = [combo.itemData(i) for i in range(combo.count())]
        label = dialog.briefing.layout().labelForField(combo)  # type: ignore[attr-defined]
        seen["mnemonic"] = label.text() == "Appendi&x:" and label.buddy() is combo
        dialog.page_size.setFocus()
        qtbot.keyClick(dialog.page_size, Qt.Key.Key_Tab)
        seen["focused"] = dialog.focusWidget() is combo
        while combo.currentData() != "all":
            qtbot.keyClick(combo, Qt.Key.Key_Down)
        dialog.export_button.click()

    export_through_dialog(qtbot, window, window.commands.export_briefing.trigger, fill)
    assert said.errors == []
    assert seen["default"] == "wordings"
    assert seen["listed"] == ["wordings", "all", "none"]
    assert seen["focused"] and seen["mnemonic"]
    written = exports_dir / f"{file_stem(window.project.name)}.pdf"
    assert outline(written)[-1].title == "Appendix: all excerpts"

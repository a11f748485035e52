"""Importing from the window: drag-and-drop of files and folders (in a worker), refused files
listed with their reasons in one dialog, paste from the clipboard, and one undo per import."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import sources


def drop(window: MainWindow, paths: list[Path]) -> bool:
    """Drag the paths over the window and drop them, as a file manager would."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    where = QPoint(window.width() // 2, window.height() // 2)
    with warnings.catch_warnings():
        # Qt 6.12 deprecates the QPoint constructor for a QPointF one that 6.11 lacks.
        warnings.simplefilter("ignore", DeprecationWarning)
        enter = QDragEnterEvent(
            where,
            Qt.DropAction.CopyAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    QApplication.sendEvent(window, enter)
    if not enter.isAccepted():
        return False
    event = QDropEvent(
        where.toPointF(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(window, event)
    return True


def test_drop_files_and_a_folder_imports_them_and_lists_refusals(
    qtbot: object, window: MainWindow, tmp_path: Path, reports: list[tuple[str, str, str]]
) -> None:
    folder = tmp_path / "dropped"
    (folder / "inner").mkdir(parents=True)
    (folder / "inner" / "kremlin.txt").write_bytes(
        "Песков: условия Путина остаются в силе.\n".encode("cp1251")
    )
    (folder / "notes.md").write_text("# Kyiv answers\n\nPodolyak said **no**.\n", "utf-8")
    single = tmp_path / "reuters.txt"
    single.write_text("Zelensky 🇺🇦 rejected the ultimatum on Friday.\n", "utf-8")
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "tool.exe"
    binary.write_bytes(b"MZ\x00\x01")
    before = {s.id for s in window.sources_panel.sources()}

    assert drop(window, [single, folder, empty, binary])
    qtbot.waitUntil(lambda: window.importer.last_report is not None, timeout=20_000)  # type: ignore[attr-defined]

    report = window.importer.last_report
    assert report is not None
    assert sorted(s.original_name for s in report.added) == [
        "kremlin.txt",
        "notes.md",
        "reuters.txt",
    ]
    shown = window.sources_panel.sources()
    assert {s.id for s in shown} - before == {s.id for s in report.added}
    kremlin = next(s for s in report.added if s.original_name == "kremlin.txt")
    assert sources.get_text(window.project, kremlin.id).startswith("Песков")  # type: ignore[arg-type]
    # One dialog lists every refused file with its reason.
    ((title, text, details),) = reports
    assert title == "Import"
    assert "3 sources added" in text and "2 files could not be imported" in text
    assert "empty.txt: is empty" in details
    assert "tool.exe: unsupported file type .exe" in details
    # The first new source is open in the reader.
    assert window.reader.source_id == report.added[0].id
    # The whole import is one undo.
    assert window.commands.undo.text() == "&Undo Import 3 sources"
    window.undo()
    window.router.flush()
    assert {s.id for s in window.sources_panel.sources()} == before


def test_drop_is_refused_without_a_project(make_window: object, tmp_path: Path) -> None:
    window = make_window()  # type: ignore[operator]
    path = tmp_path / "a.txt"
    path.write_text("text", "utf-8")
    assert not drop(window, [path])


def test_dropping_a_duplicate_reports_it(
    qtbot: object, window: MainWindow, tmp_path: Path, reports: list[tuple[str, str, str]]
) -> None:
    path = tmp_path / "twice.txt"
    path.write_text("Same bytes, imported twice.\n", "utf-8")
    drop(window, [path])
    qtbot.waitUntil(lambda: window.importer.last_report is not None)  # type: ignore[attr-defined]
    window.importer.last_report = None
    drop(window, [path])
    qtbot.waitUntil(lambda: window.importer.last_report is not None)  # type: ignore[attr-defined]
    assert window.importer.last_report.duplicates  # type: ignore[union-attr]
    assert "Already in the project" in reports[-1][2]


def test_paste_makes_a_source_and_empty_clipboard_says_why(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, error, *_a: errors.append(str(error)))
    QApplication.clipboard().setText("   \n  ")
    window.commands.paste_source.trigger()
    assert errors and "empty" in errors[0]
    QApplication.clipboard().setText("TASS: Путин назвал условия.\nSecond line.")
    window.commands.paste_source.trigger()
    source = window.sources_panel.source(window.reader.source_id)  # type: ignore[arg-type]
    assert source is not None and source.title.startswith("TASS")
    assert window.reader.text.startswith("TASS: Путин")


def test_import_menu_uses_the_file_picker(
    qtbot: object,
    window: MainWindow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    reports: list[tuple[str, str, str]],
) -> None:
    path = tmp_path / "picked.txt"
    path.write_text("Picked through the native dialog.\n", "utf-8")
    monkeypatch.setattr(prompts, "import_file_paths", lambda _parent, _start: [path])
    window.commands.import_files.trigger()
    qtbot.waitUntil(lambda: window.importer.last_report is not None)  # type: ignore[attr-defined]
    assert [s.original_name for s in window.importer.last_report.added] == ["picked.txt"]  # type: ignore[union-attr]
    assert reports == []  # nothing refused: no dialog, a status message only
    assert "1 source added" in window.statusBar().currentMessage()

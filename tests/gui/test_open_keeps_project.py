"""A failed open never closes the open project nor loses its undo history, and a last project
that is gone at start-up is said plainly (issue 13, item 2)."""

from __future__ import annotations

import ast
import re
import shutil
import socket
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QApplication

from desktop_app import paths
from desktop_app.gui import prompts
from desktop_app.gui.app import start_window, startup_target
from desktop_app.gui.dialogs.connect_dialog import ServerLogin
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.services import markup

GUI_SOURCES = Path(__file__).resolve().parents[2] / "desktop_app" / "gui"


@pytest.fixture
def errors(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, error, *_a: shown.append(str(error)))
    return shown


def mark_something(qtbot: object, window: MainWindow) -> int:
    """Mark a word with the 1 key after C and the popup: one undoable change."""
    window.activateWindow()
    window.reader.setFocus()
    window.reader.select_span(4, 12)
    qtbot.keyClick(window.reader, Qt.Key.Key_C)  # type: ignore[attr-defined]
    popup = window.markup.popup
    assert popup is not None
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    assert window.project is not None
    return len(markup.list_annotations(window.project))


def assert_still_open(qtbot: object, window: MainWindow, project: object, marks: int) -> None:
    assert window.project is project
    assert window.counts_label.text() != "No project open"
    assert window.commands.undo.isEnabled()
    window.activateWindow()  # as the window manager does once the dialogs are gone
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)  # type: ignore[attr-defined]
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    assert len(markup.list_annotations(window.project)) == marks - 1  # the history survived


def test_a_moved_recent_project_leaves_the_open_one_and_its_undo(
    qtbot: object, window: MainWindow, tmp_path: Path, errors: list[str]
) -> None:
    project = window.project
    marks = mark_something(qtbot, window)
    moved = tmp_path / "moved away.parley"
    window.settings.add_recent_project(str(moved))
    window.refresh_recent()
    entry = next(a for a in window.menus.recent.actions() if a.data() == str(moved))
    entry.trigger()
    assert len(errors) == 1 and "moved away.parley does not exist" in errors[0]
    assert "parley " not in errors[0].replace(".parley", "")  # no command to type
    assert_still_open(qtbot, window, project, marks)


def test_a_damaged_file_leaves_the_open_project(
    qtbot: object,
    window: MainWindow,
    tmp_path: Path,
    errors: list[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    project = window.project
    marks = mark_something(qtbot, window)
    damaged = tmp_path / "damaged.parley"
    damaged.write_bytes(b"SQLite format 3\x00" + b"\xff" * 3000)
    monkeypatch.setattr(prompts, "open_project_path", lambda *_a: damaged)
    window.commands.open_project.trigger()
    assert len(errors) == 1
    assert_still_open(qtbot, window, project, marks)


def test_a_refused_server_connection_leaves_the_open_project(
    qtbot: object, window: MainWindow, errors: list[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    marks = mark_something(qtbot, window)
    with socket.socket() as probe:  # a port nothing listens on: the connection is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    login = ServerLogin("127.0.0.1", port, "monitoring", "alice", "", False, "")
    monkeypatch.setattr(prompts, "connect_to_server", lambda *_a: login)
    window.team.connect_server.trigger()
    qtbot.waitUntil(lambda: bool(errors), timeout=20_000)  # type: ignore[attr-defined]
    assert not window.team.connecting
    assert_still_open(qtbot, window, project, marks)


def test_opening_another_project_swaps_them(
    qtbot: object, window: MainWindow, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    other = tmp_path / "other.parley"
    assert window.project is not None
    shutil.copyfile(window.project.location, other)
    first = window.project
    monkeypatch.setattr(prompts, "open_project_path", lambda *_a: other)
    window.commands.open_project.trigger()
    assert window.project is not None and window.project is not first
    assert window.project.location == str(other.resolve())
    assert window.project.undo_label is None


# -- start-up -------------------------------------------------------------------------------


def close(window: MainWindow) -> None:
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    window.deleteLater()


@pytest.fixture
def gone_last_project(tmp_path: Path, sample_template: Path) -> str:
    """Settings remembering a project that was moved away since; the sample already built."""
    gone = str(tmp_path / "Desk" / "june.parley")
    settings = Settings()
    settings.last_project = gone
    settings.add_recent_project(gone)
    settings.sync()
    sample = paths.sample_project_path()
    sample.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(sample_template, sample)
    return gone


def start_answering(
    monkeypatch: pytest.MonkeyPatch, answer: str
) -> tuple[list[str], Callable[[], MainWindow]]:
    asked: list[str] = []

    def missing(_parent: object, location: str) -> str:
        asked.append(location)
        return answer

    monkeypatch.setattr(prompts, "missing_project", missing)
    return asked, lambda: start_window(None)


def test_a_missing_last_project_is_said_and_the_sample_opened_only_when_asked(
    qtbot: object, gone_last_project: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert startup_target(None, Settings()) == (None, False)
    asked, start = start_answering(monkeypatch, prompts.MISSING_SAMPLE)
    window = start()
    try:
        assert window.project is None  # nothing opened silently
        qtbot.waitUntil(lambda: window.project is not None, timeout=30_000)  # type: ignore[attr-defined]
        assert asked == [gone_last_project]
        assert window.project.location == str(paths.sample_project_path().resolve())
    finally:
        close(window)


def test_locate_opens_the_project_where_it_is_now(
    qtbot: object, gone_last_project: str, monkeypatch: pytest.MonkeyPatch, sample_path: Path
) -> None:
    asked, start = start_answering(monkeypatch, prompts.MISSING_LOCATE)
    looked: list[str] = []
    monkeypatch.setattr(
        prompts, "locate_project", lambda _p, location: looked.append(location) or sample_path
    )
    window = start()
    try:
        qtbot.waitUntil(lambda: window.project is not None, timeout=30_000)  # type: ignore[attr-defined]
        assert asked == looked == [gone_last_project]
        assert window.project.location == str(sample_path.resolve())
        assert Settings().last_project == str(sample_path.resolve())
        assert gone_last_project not in Settings().recent_projects
    finally:
        close(window)


def test_open_other_and_close_leave_the_choice_to_the_analyst(
    qtbot: object, gone_last_project: str, monkeypatch: pytest.MonkeyPatch, sample_path: Path
) -> None:
    asked, start = start_answering(monkeypatch, prompts.MISSING_OTHER)
    monkeypatch.setattr(prompts, "open_project_path", lambda *_a: sample_path)
    window = start()
    try:
        qtbot.waitUntil(lambda: window.project is not None, timeout=30_000)  # type: ignore[attr-defined]
        assert window.project.location == str(sample_path.resolve())
    finally:
        close(window)
    asked, start = start_answering(monkeypatch, "")
    settings = Settings()
    settings.last_project = gone_last_project
    settings.sync()
    window = start()
    try:
        qtbot.waitUntil(lambda: bool(asked))  # type: ignore[attr-defined]
        QApplication.processEvents()
        assert window.project is None
        assert "Open a project" in window.reader.placeholderText()
    finally:
        close(window)


def _not_for_the_window(tree: ast.AST) -> set[int]:
    """Docstrings, and what ``resolve_source`` says (only the command line looks sources up
    by a typed reference)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
        if isinstance(node, ast.FunctionDef) and node.name == "resolve_source":
            found.update(id(inner) for inner in ast.walk(node))
    return found


def test_window_messages_never_suggest_a_command_to_type() -> None:
    """Every string the window's code holds names menus, never a `parley …` command; nor do
    the messages of the services, storage and importers, which reach the window too."""
    command = re.compile(r"\bparley (?:check|info|copy|import|export|text|agreement|suggest)\b")
    found = []
    package = GUI_SOURCES.parent
    for path in [
        *sorted(GUI_SOURCES.rglob("*.py")),
        *sorted((package / "services").rglob("*.py")),
        *sorted((package / "storage").rglob("*.py")),
        *sorted((package / "importers").rglob("*.py")),
        package / "errors.py",
    ]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _not_for_the_window(tree)
        found.extend(
            f"{path.name}:{node.lineno}: {node.value}"
            for node in ast.walk(tree)
            if isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in skip
            and command.search(node.value)
        )
    assert found == []


@pytest.mark.parametrize(
    ("button", "choice"),
    [("Locate…", prompts.MISSING_LOCATE), ("Open Sample", prompts.MISSING_SAMPLE), ("", "")],
)
def test_the_missing_project_dialog_offers_the_three_ways_on(
    qtbot: object, make_window: Callable[[], MainWindow], button: str, choice: str
) -> None:
    """The real dialog: its text names the path; each button answers; Escape closes it."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QPushButton

    window = make_window()
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        labels = [b.text() for b in box.findChildren(QPushButton)]
        assert {"Locate…", "Open Other…", "Open Sample"} <= set(labels)
        if button:
            next(b for b in box.findChildren(QPushButton) if b.text() == button).click()
        else:
            qtbot.keyClick(box, Qt.Key.Key_Escape)  # type: ignore[attr-defined]

    QTimer.singleShot(0, answer)
    assert prompts.missing_project(window, "/gone/june.parley") == choice
    assert seen and "/gone/june.parley" in seen[0]


def test_opening_the_open_project_again_keeps_its_undo_history(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    assert project is not None and project.path is not None
    marks = mark_something(qtbot, window)
    entry = next(a for a in window.menus.recent.actions() if a.data() == project.location)
    entry.trigger()  # Open Recent › the project already open
    monkeypatch.setattr(prompts, "open_project_path", lambda *_a: project.path)
    window.commands.open_project.trigger()  # File › Open… › the same file
    assert_still_open(qtbot, window, project, marks)


def test_signing_in_as_another_coder_reopens_the_project(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = window.project
    assert first is not None
    monkeypatch.setattr(prompts, "ask_text", lambda *_a: "Olena")
    window.team.sign_in.trigger()
    assert window.project is not None and window.project is not first
    assert window.project.coder == "Olena"

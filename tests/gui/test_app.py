"""Starting the window: first run builds and opens the sample, a missing project is a dialog,
errors that escape a slot become dialogs, and the usual manners (About, appearance, focus
keys, tooltips, accessible names)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QApplication

from desktop_app import paths
from desktop_app.errors import InvalidChange
from desktop_app.gui import prompts
from desktop_app.gui.app import start_window, startup_target
from desktop_app.gui.errors import handle_exception
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.version import __version__


def close(window: MainWindow) -> None:
    window.close()
    QThreadPool.globalInstance().waitForDone(10_000)
    window.deleteLater()


def test_first_run_builds_the_sample_project_and_opens_it(qtbot: object) -> None:
    sample = paths.sample_project_path()
    assert not sample.exists()
    assert startup_target(None, Settings()) == (str(sample), True)
    window = start_window(None)
    try:
        qtbot.waitUntil(lambda: window.project is not None, timeout=90_000)  # type: ignore[attr-defined]
        assert sample.is_file()
        assert window.windowTitle().startswith("Sample project — ")
        assert len(window.sources_panel.sources()) == 2
        assert window.reader.spans()
        assert Settings().last_project == str(sample.resolve())
        assert window.project is not None and window.project.undo_label is None
    finally:
        close(window)
    # The next start reopens it without building.
    assert startup_target(None, Settings()) == (str(sample.resolve()), False)


def test_a_missing_project_is_explained_in_a_dialog(
    qtbot: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, error, *_a: shown.append(str(error)))
    window = start_window(str(tmp_path / "gone.parley"))
    try:
        qtbot.waitUntil(lambda: bool(shown))  # type: ignore[attr-defined]
        assert "gone.parley does not exist" in shown[0] and "File › Open" in shown[0]
        assert window.project is None
        assert "Open a project" in window.reader.placeholderText()
    finally:
        close(window)


def test_open_recent_lists_projects_and_forgets_broken_ones(
    make_window: object, sample_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()  # type: ignore[operator]
    assert window.open_project(sample_path)
    entries = [a.data() for a in window.menus.recent.actions()]
    assert entries == [str(sample_path.resolve())]
    broken = tmp_path / "broken.parley"
    broken.write_bytes(b"not a database at all")
    errors: list[str] = []
    monkeypatch.setattr(prompts, "show_error", lambda _p, error, *_a: errors.append(str(error)))
    assert not window.open_project(broken)
    assert "is not a Parley project" in errors[0]
    assert str(broken) not in Settings().recent_projects


def test_new_project_from_the_file_menu(
    make_window: object, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = make_window()  # type: ignore[operator]
    monkeypatch.setattr(prompts, "new_project_path", lambda *_a: tmp_path / "Desk.parley")
    window.commands.new_project.trigger()
    assert window.project is not None and window.windowTitle().startswith("Desk — ")
    assert [c.name for c in window.codebook_panel.codes()] == [
        "Conditions",
        "Speakers",
        "Reactions",
    ]
    assert "no sources yet" in window.reader.placeholderText()
    window.commands.close_project.trigger()
    assert window.project is None and window.windowTitle() == "Parley"


def test_unexpected_errors_are_logged_and_shown_never_swallowed(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    unexpected: list[str] = []
    user: list[str] = []
    monkeypatch.setattr(
        prompts, "show_unexpected", lambda _p, summary, _log: unexpected.append(summary)
    )
    monkeypatch.setattr(prompts, "show_error", lambda _p, error, *_a: user.append(str(error)))
    try:
        raise ZeroDivisionError("division by zero")
    except ZeroDivisionError as error:
        with caplog.at_level(logging.CRITICAL):
            handle_exception(type(error), error, error.__traceback__)
    assert unexpected == ["ZeroDivisionError: division by zero"]
    assert "ZeroDivisionError" in caplog.text
    problem = InvalidChange("the span is empty", "select some words")
    handle_exception(InvalidChange, problem, None)
    assert user == ["the span is empty — select some words"]


def test_about_names_the_version(window: MainWindow, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(prompts, "about", lambda _p, _t, html: shown.append(html))
    window.commands.about.trigger()
    assert f"Parley {__version__}" in shown[0]


def test_dark_and_light_appearance_are_remembered(window: MainWindow) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    window.commands.appearance_actions["dark"].trigger()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() < 100
    assert Settings().appearance == "dark"
    window.reader.viewport().repaint()
    window.commands.appearance_actions["light"].trigger()
    assert app.palette().color(QPalette.ColorRole.Base).lightness() > 200
    assert Settings().appearance == "light"


def test_f6_moves_between_panels(qtbot: object, window: MainWindow) -> None:
    window.activateWindow()
    window.sources_panel.setFocus()
    seen = []
    for _ in range(5):
        qtbot.keyClick(window, Qt.Key.Key_F6)  # type: ignore[attr-defined]
        seen.append(QApplication.focusWidget())
    assert seen == [
        window.reader,
        window.annotations_panel,
        window.codebook_panel.tree,
        window.search_panel.query,
        window.sources_panel.table,
    ]


def test_every_command_has_a_tooltip_and_main_widgets_have_names(window: MainWindow) -> None:
    actions = [
        a
        for menu in (
            window.menus.file,
            window.menus.edit,
            window.menus.mark,
            window.menus.source,
            window.menus.codebook,
            window.menus.view,
            window.menus.compare,
            window.menus.export,
            window.menus.help,
        )
        for a in menu.actions()
        if not a.isSeparator() and a.menu() is None
    ]
    assert len(actions) > 35
    missing = [a.text() for a in actions if not a.toolTip() or a.toolTip() == a.text()]
    assert missing == []
    for widget in (
        window.reader,
        window.annotations_panel,
        window.sources_panel.table,
        window.codebook_panel.tree,
        window.search_panel.query,
    ):
        assert widget.accessibleName()
    # The Compare and Export menus hold the commands the features on top connect to.
    assert window.commands.compare_conditions in window.menus.compare.actions()
    assert window.commands.export_workbook in window.menus.export.actions()


def test_toolbar_button_opens_the_popup_like_the_key(qtbot: object, window: MainWindow) -> None:
    window.reader.select_span(10, 30)
    window.commands.mark_reaction.trigger()
    popup = window.markup.popup
    assert popup is not None and popup.isVisible()
    assert "Reaction" in popup.heading.text()
    qtbot.keyClick(popup.edit, Qt.Key.Key_Escape)  # type: ignore[attr-defined]


def test_show_span_opens_another_source_at_the_span(window: MainWindow) -> None:
    other = next(s for s in window.sources_panel.sources() if s.id != window.reader.source_id)
    window.show_span(other.id, 100, 120)
    assert window.reader.source_id == other.id
    assert window.sources_panel.current_source_id() == other.id
    low, high = window.reader.visible_range()
    assert low <= 100 < high

"""Fixtures for driving the real window offscreen: the sample project (built once per session
with the real services, copied per test), a shown MainWindow, and helpers for its dialogs."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QThreadPool
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from desktop_app import i18n
from desktop_app.gui import prompts, translation
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings


@pytest.fixture(scope="session")
def sample_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from desktop_app.services.sample import build_sample_project

    folder = tmp_path_factory.mktemp("sample")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        path = folder / "Sample project.parley"
        build_sample_project(path)
    return path


@pytest.fixture
def speaking() -> Iterator[Callable[[str], str]]:
    """Installs an interface language the way start-up does (``speaking("uk")``); English
    again after the test."""
    yield translation.install
    translation.install(i18n.ENGLISH)
    QLocale.setDefault(QLocale.system())


@pytest.fixture
def sample_window_in(
    speaking: Callable[[str], str],
    make_window: Callable[[], MainWindow],
    sample_path: Path,
    qtbot: QtBot,
) -> Callable[[str], MainWindow]:
    """``sample_window_in("uk")``: the window started in that interface language with the
    sample project open and a source in the reader."""

    def open_in(code: str) -> MainWindow:
        speaking(code)
        window = make_window()
        assert window.open_project(sample_path)
        qtbot.waitUntil(lambda: window.reader.source_id is not None and window.isActiveWindow())
        return window

    return open_in


@pytest.fixture
def sample_path(sample_template: Path, tmp_path: Path) -> Path:
    target = tmp_path / "Sample project.parley"
    shutil.copyfile(sample_template, target)
    return target


@pytest.fixture
def make_window(qtbot: object) -> Iterator[Callable[[], MainWindow]]:
    """Creates shown main windows; closes them (and their projects) after the test."""
    made: list[MainWindow] = []

    def make() -> MainWindow:
        window = MainWindow(Settings())
        qtbot.addWidget(window)  # type: ignore[attr-defined]
        window.resize(1400, 900)
        window.show()
        made.append(window)
        return window

    yield make
    for window in made:
        if window.project is not None:
            window.close()
    QThreadPool.globalInstance().waitForDone(10_000)


@pytest.fixture
def window(make_window: Callable[[], MainWindow], sample_path: Path) -> MainWindow:
    """The main window with (a copy of) the sample project open."""
    shown = make_window()
    assert shown.open_project(sample_path)
    return shown


def active_dialog(kind: type[QWidget]) -> QWidget | None:
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, kind) and widget.isVisible():
            return widget
    return None


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, in any script (QTest.keyClicks handles ASCII only): one key event with
    its text per character, as an input method delivers them."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent

    for ch in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            key = Qt.Key.Key_unknown if not ch.isascii() else Qt.Key(ord(ch.upper()))
            QApplication.sendEvent(widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, ch))


@pytest.fixture
def reports(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, str]]:
    """What the window reported through ``prompts.show_report``: (title, text, details)."""
    shown: list[tuple[str, str, str]] = []
    monkeypatch.setattr(
        prompts,
        "show_report",
        lambda _parent, title, text, details="": shown.append((title, text, details)),
    )
    return shown

"""Starting the window: the application object, appearance, error hook, and which project to
open — the one named, else the last one, else (first run) the sample project, built on the spot
from ``resources/sample`` so a new user sees Parley's work before importing anything.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app import paths
from desktop_app.errors import ParleyError
from desktop_app.gui import prompts, theme
from desktop_app.gui.errors import install_excepthook
from desktop_app.gui.icons import icon
from desktop_app.gui.settings import Settings
from desktop_app.version import __version__

log = logging.getLogger(__name__)


def about_html() -> str:
    return (
        f"<h3>Parley {__version__}</h3>"
        "<p><i>Who demanded what, who answered, and how each source told it.</i></p>"
        "<p>Compare how news sources report one political statement: the conditions set, "
        "who said what, and who reacted how.</p>"
        f"<p>Qt {_qt_version()} · Python {sys.version.split()[0]}</p>"
        "<p>Fonts: Noto (SIL Open Font License), DejaVu (Bitstream Vera licence).</p>"
    )


def _qt_version() -> str:
    from PySide6 import QtCore

    return QtCore.qVersion()


def application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (created once), named and styled."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(argv if argv is not None else [sys.argv[0]])
    app.setApplicationName("Parley")
    app.setOrganizationName("Parley")
    app.setApplicationVersion(__version__)
    app.setApplicationDisplayName("Parley")
    app.setDesktopFileName("parley")
    app.setWindowIcon(icon("app/parley"))
    return app


def startup_target(requested: str | None, settings: Settings) -> tuple[str | None, bool]:
    """(project to open, whether the sample must be built first)."""
    if requested:
        return requested, False
    last = settings.last_project
    if last and ("://" in last or Path(last).is_file()):
        return last, False
    sample = paths.sample_project_path()
    return str(sample), not sample.is_file()


def run_window(project: str | None) -> int:
    """``parley [PROJECT]``: show the main window and run until it closes."""
    app = application()
    settings = Settings()
    theme.apply_appearance(app, settings.appearance)
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(settings)
    install_excepthook(lambda: window if window.isVisible() else None)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: theme.apply_appearance(app, settings.appearance)
    )
    target, build_sample = startup_target(project, settings)
    if project and not Path(project).exists() and "://" not in project:
        target = None
        QTimer.singleShot(
            0,
            lambda: prompts.show_error(
                window,
                ParleyError(
                    f"{project} does not exist",
                    "open a project with File › Open, or create one with File › New",
                ),
            ),
        )
    if target is not None and not build_sample:
        window.open_project(target)
    window.show()
    if target is not None and build_sample:
        open_sample(window, Path(target))
    if os.environ.get("PARLEY_QUIT_AFTER_SHOW"):  # smoke tests of packaged builds
        QTimer.singleShot(0, window.close)
    return app.exec()


def _open_built(window: object, built: Path) -> None:
    from desktop_app.gui.main_window import MainWindow

    assert isinstance(window, MainWindow)
    window.open_project(built)


def open_sample(window: object, path: Path) -> None:
    """Build the sample project in a worker (a few seconds, once), then open it."""
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.services.sample import build_sample_project

    assert isinstance(window, MainWindow)

    def work(_progress: object, _cancelled: object) -> Path:
        if not path.exists():
            build_sample_project(path)
        return path

    window.statusBar().showMessage("Preparing the sample project…")
    window.runner.start(
        "Preparing the sample project…",
        work,
        lambda built: _open_built(window, built),
        window.report_failure,
        cancellable=False,
    )

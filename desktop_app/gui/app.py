"""Starting the window: the application object, appearance, error hook, and which project to
open — the one named, else the last one, else (first run) the sample project, built on the spot
from ``resources/sample`` so a new user sees Parley's work before importing anything.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel

from desktop_app import paths
from desktop_app.errors import ParleyError
from desktop_app.gui import prompts, theme, translation
from desktop_app.gui.errors import install_excepthook
from desktop_app.gui.icons import icon
from desktop_app.gui.settings import Settings
from desktop_app.gui.translation import translate
from desktop_app.version import __version__

if TYPE_CHECKING:  # imported late on purpose: it pulls in the storage layer
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.workers import CancelledFn, ProgressFn

log = logging.getLogger(__name__)


def about_html() -> str:
    return (
        f"<h3>Parley {__version__}</h3>"
        + translate(
            "App",
            "<p><i>Who demanded what, who answered, and how each source told it.</i></p>"
            "<p>Compare how news sources report one political statement: the conditions set, "
            "who said what, and who reacted how.</p>",
        )
        + f"<p>Qt {_qt_version()} · Python {sys.version.split()[0]}</p>"
        + translate(
            "App", "<p>Fonts: Noto (SIL Open Font License), DejaVu (Bitstream Vera licence).</p>"
        )
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
    """(project to open, whether the sample must be built first). None when the project open
    last is gone: :func:`missing_last_project` names it, and the analyst is asked."""
    if requested:
        return requested, False
    last = settings.last_project
    if last and ("://" in last or Path(last).is_file()):
        return last, False
    if missing_last_project(settings):
        return None, False
    sample = paths.sample_project_path()
    return str(sample), not sample.is_file()


def missing_last_project(settings: Settings) -> str:
    """The project file open last, when it is no longer there ("" otherwise)."""
    last = settings.last_project
    return last if last and "://" not in last and not Path(last).is_file() else ""


def ask_for_missing(window: MainWindow, location: str) -> None:
    """Say plainly that the last project is gone, and open what the analyst chooses."""
    choice = prompts.missing_project(window, location)
    if choice == prompts.MISSING_LOCATE:
        found = prompts.locate_project(window, location)
        if found is not None and window.open_project(found):
            window.settings.remove_recent_project(location)
            window.settings.sync()
            window.refresh_recent()
    elif choice == prompts.MISSING_OTHER:
        window.open_project_dialog()
    elif choice == prompts.MISSING_SAMPLE:
        open_sample(window, paths.sample_project_path())


def splash_screen(app: QApplication, message: str) -> QLabel:
    """A splash painted a quarter of a second after launch, while the storage layer
    (SQLAlchemy, Alembic: most of the start-up time) is still being imported.

    A plain frameless label rather than QSplashScreen, whose show() waits up to a second for
    the window manager to report the window exposed.
    """
    splash = QLabel()
    splash.setObjectName("splash")
    splash.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.FramelessWindowHint)
    splash.setAlignment(Qt.AlignmentFlag.AlignCenter)
    splash.setTextFormat(Qt.TextFormat.RichText)
    logo = paths.resource("icons", "app", "parley-128.png").as_uri()
    splash.setText(
        f'<p><img src="{logo}" width="128" height="128"></p>'
        f'<p style="font-size: 15pt; font-weight: 600;">Parley {__version__}</p>'
        f"<p>{message}</p>"
    )
    splash.setContentsMargins(40, 28, 40, 28)
    splash.adjustSize()
    screen = app.primaryScreen()
    if screen is not None:
        splash.move(screen.availableGeometry().center() - splash.rect().center())
    splash.show()
    splash.repaint()
    app.processEvents()
    return splash


def start_window(project: str | None) -> MainWindow:
    """Everything ``run_window`` does before the event loop: splash, window, project."""
    app = application()
    settings = Settings()
    translation.install(translation.chosen_language(settings.language))
    theme.apply_appearance(app, settings.appearance)
    target, build_sample = startup_target(project, settings)
    shown_name = Path(target).stem if target and "://" not in target else "Parley"
    splash = splash_screen(app, translate("App", "Opening %1…").replace("%1", shown_name))
    from desktop_app.gui.main_window import MainWindow

    window = MainWindow(settings)
    install_excepthook(lambda: window if window.isVisible() else None)
    app.styleHints().colorSchemeChanged.connect(
        lambda _scheme: theme.apply_appearance(app, settings.appearance)
    )
    if project and not Path(project).exists() and "://" not in project:
        target = None
        QTimer.singleShot(
            0,
            lambda: prompts.show_error(
                window,
                ParleyError(
                    translate("App", "%1 does not exist").replace("%1", project),
                    translate(
                        "App", "open a project with File › Open, or create one with File › New"
                    ),
                ),
            ),
        )
    missing = "" if project else missing_last_project(settings)
    if missing:
        QTimer.singleShot(0, lambda: ask_for_missing(window, missing))
    if target is not None and not build_sample:
        window.open_project(target)
    window.show()
    splash.close()
    splash.deleteLater()
    if target is not None and build_sample:
        open_sample(window, Path(target))
    return window


def run_window(project: str | None) -> int:
    """``parley [PROJECT]``: show the main window and run until it closes."""
    window = start_window(project)
    if os.environ.get("PARLEY_QUIT_AFTER_SHOW"):  # smoke tests of packaged builds
        QTimer.singleShot(0, window.close)
    return application().exec()


def _open_built(window: MainWindow, built: Path) -> None:
    window.open_project(built)


def open_sample(window: MainWindow, path: Path) -> None:
    """Build the sample project in a worker (a few seconds, once), then open it."""
    from desktop_app.services.sample import build_sample_project

    if path.is_file():
        window.open_project(path)
        return

    def work(_progress: ProgressFn, _cancelled: CancelledFn) -> Path:
        if not path.exists():
            build_sample_project(path)
        return path

    window.statusBar().showMessage(translate("App", "Preparing the sample project…"))
    window.runner.start(
        translate("App", "Preparing the sample project…"),
        work,
        lambda built: _open_built(window, built),
        window.report_failure,
        cancellable=False,
    )

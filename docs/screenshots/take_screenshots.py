"""Take the README's, the user guide's and Help › Getting Started's pictures of the real window
under an X server (Xvfb).

    xvfb-run -s "-screen 0 1600x1000x24" uv run python docs/screenshots/take_screenshots.py

Builds the sample project in a temporary user folder and grabs the screen with ImageMagick's
``import`` for each: the window in light and in dark (1440×900), the mark-up popup, the compare
view beside the reader at 1440×900 and at 1024×700, the export dialog, Help › Keyboard
Shortcuts, Help › Getting Started, and the window in Ukrainian (light) and Russian (dark).
The pictures are reduced to 256 colours to stay small; the Getting Started ones go to
``resources/help`` (they ship with the program).
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
HELP = ROOT / "resources" / "help"
sys.path.insert(0, str(ROOT))
WIDTH, HEIGHT = 1440, 900


def settle(app: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def grab(target: Path, rect: tuple[int, int, int, int], scale_to: int = 0) -> None:
    """The screen's rectangle (x, y, width, height) in 256 colours, scaled down to ``scale_to``
    pixels wide when given."""
    x, y, width, height = rect
    crop = f"{width}x{height}+{x}+{y}"
    with tempfile.NamedTemporaryFile(suffix=".png") as raw:
        subprocess.run(
            ["import", "-window", "root", "-crop", crop, "+repage", raw.name], check=True
        )
        resize = ["-resize", f"{scale_to}x"] if scale_to and scale_to < width else []
        subprocess.run(
            ["convert", raw.name, *resize, "-dither", "None", "-colors", "256", f"PNG8:{target}"],
            check=True,
        )
    print(f"wrote {target.relative_to(ROOT)} ({target.stat().st_size // 1024} KB)")


def grab_widget(target: Path, widget: object, scale_to: int = 0) -> None:
    frame = widget.frameGeometry()  # type: ignore[attr-defined]
    grab(target, (frame.x(), frame.y(), frame.width(), frame.height()), scale_to)


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("needs an X display, e.g. xvfb-run (see the docstring)", file=sys.stderr)
        return 2
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    with tempfile.TemporaryDirectory(prefix="parley-shots-") as temp:
        for name in ("DATA", "CONFIG", "LOG"):
            os.environ[f"PARLEY_{name}_DIR"] = str(Path(temp) / name.lower())
        from PySide6.QtCore import QEvent, QPoint, Qt
        from PySide6.QtGui import QKeyEvent
        from PySide6.QtWidgets import QApplication

        from desktop_app import paths
        from desktop_app.domain.model import CodeKind
        from desktop_app.gui import theme
        from desktop_app.gui.app import application
        from desktop_app.gui.compare_model import MatrixKind
        from desktop_app.gui.export_dialog import ExportDialog, ExportFormat
        from desktop_app.gui.main_window import MainWindow
        from desktop_app.services import sources
        from desktop_app.services.sample import build_sample_project

        sample = paths.sample_project_path()
        build_sample_project(sample)
        app = application()

        def new_window(appearance: str, width: int, height: int) -> MainWindow:
            theme.apply_appearance(app, appearance)
            window = MainWindow()
            window.settings.appearance = appearance
            window.settings.coder = "Olena Analyst"  # not the machine's login
            window.setGeometry(0, 0, width, height)
            window.show()
            window.move(QPoint(0, 0))
            window.open_project(sample)
            return window

        def show_feed(window: MainWindow) -> str:
            """The feed, where Russian, English and Spanish items mix; Podolyak selected."""
            feed = next(s for s in window.sources_panel.sources() if "feed" in s.outlet)
            window.sources_panel.select_source(feed.id)
            text = window.reader.text
            start = text.index("Михаил Подоляк")
            window.reader.reveal(start, start + 14, flash=False)
            marked = window.annotations_panel.model_.annotations()
            window.annotations_panel.select_annotation(
                next(a.id for a in marked if a.start == start)
            )
            return text

        def open_compare(window: MainWindow) -> None:
            window.compare.open(MatrixKind.CONDITIONS)
            end = time.monotonic() + 20
            while (window.compare.comparison is None or window.compare.busy) and (
                time.monotonic() < end
            ):
                settle(app, 0.1)
            view = window.compare.view
            model = view.model
            for row in range(model.rowCount()):
                index = model.index(row, 0)
                if index.data():
                    view.matrix.setCurrentIndex(index)
                    break
            settle(app, 0.8)

        for appearance in ("light", "dark"):
            window = new_window(appearance, WIDTH, HEIGHT)
            text = show_feed(window)
            settle(app, 1.0)
            grab(HERE / f"main-window-{appearance}.png", (0, 0, WIDTH, HEIGHT))
            if appearance == "light":
                begin = text.index("Украинские войска должна")
                window.reader.reveal(begin, begin, flash=False)
                quote = "Украинские войска должна быть выведены"
                window.reader.select_span(begin, begin + len(quote))
                window.reader.setFocus()
                settle(app, 0.6)
                reader = window.reader
                corner = reader.mapTo(window, QPoint(0, 0))
                width = reader.width()
                grab(HELP / "help-select.png", (corner.x(), corner.y(), width, 380), 640)
                window.markup.request_mark(CodeKind.SPEAKER)
                popup = window.markup.popup
                assert popup is not None
                for ch in "пут":
                    key = QKeyEvent(
                        QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch
                    )
                    QApplication.sendEvent(popup.edit, key)
                settle(app, 1.0)
                grab(HERE / "markup-popup.png", (0, 0, WIDTH, HEIGHT))
                grab(HELP / "help-mark.png", (corner.x(), corner.y(), width, 520), 640)
                popup.close()
                open_compare(window)
                grab(HERE / "compare.png", (0, 0, WIDTH, HEIGHT))
                # How each source told it: the Variants tab on the sample's first condition
                # told by both sources (the "administrative borders" sentence).
                view = window.compare.view
                view.kinds.setCurrentIndex(view.kinds.count() - 1)
                end = time.monotonic() + 20
                while window.compare.variants is None and time.monotonic() < end:
                    settle(app, 0.1)
                page = view.variants_page
                for index in range(page.choice.count()):
                    if "borders" in page.choice.itemText(index) or index == page.choice.count() - 1:
                        page.choice.setCurrentIndex(index)
                        break
                settle(app, 0.8)
                grab(HERE / "variants.png", (0, 0, WIDTH, HEIGHT))
                view.kinds.setCurrentIndex(0)
                project = window.project
                assert project is not None
                dialog = ExportDialog(
                    window,
                    project.name,
                    sources.list_sources(project),
                    ExportFormat.BRIEFING,
                    Path("/home/olena/Documents/Parley"),  # as an installed Parley proposes
                    analyst="Olena Analyst",
                    classification="Internal — do not forward",
                )
                dialog.show()
                dialog.move(200, 80)
                settle(app, 0.8)
                grab_widget(HELP / "help-export.png", dialog, 480)
                dialog.close()
                window.commands.keyboard_shortcuts.trigger()
                shortcuts = window.help.shortcuts
                assert shortcuts is not None
                shortcuts.resize(640, 860)
                shortcuts.move(100, 20)
                settle(app, 0.8)
                grab_widget(HERE / "shortcuts.png", shortcuts)
                shortcuts.close()
                # The Suggestions tab and the ghosts in the reader, on the first source.
                window.sources_panel.select_source(window.sources_panel.sources()[0].id)
                end = time.monotonic() + 30
                while not window.suggestions.book.ready and time.monotonic() < end:
                    settle(app, 0.1)
                window.commands.go_suggestions.trigger()
                window.suggestions.panel.list.go(2)
                settle(app, 1.0)
                grab(HERE / "suggestions.png", (0, 0, WIDTH, HEIGHT))
            window.close()
            settle(app, 0.3)

        # An analyst's small screen: the compare view beside the reader at 1024×700.
        window = new_window("light", 1024, 700)
        show_feed(window)
        open_compare(window)
        grab(HERE / "compare-1024x700.png", (0, 0, 1024, 700))
        grab(HELP / "help-compare.png", (0, 0, 1024, 700), 640)
        window.commands.getting_started.trigger()
        guide = window.help.guide
        assert guide is not None
        guide.resize(780, 900)
        guide.move(100, 40)
        settle(app, 1.0)
        grab_widget(HERE / "getting-started.png", guide)
        guide.close()
        window.close()
        settle(app, 0.3)

        # The window in Ukrainian (light) and in Russian (dark), each on a sample built in that
        # language (the sample's codebook is written in the interface language).
        from desktop_app.gui import translation

        for code, appearance in (("uk", "light"), ("ru", "dark")):
            translation.install(code)
            sample = Path(temp) / f"sample-{code}.parley"
            build_sample_project(sample)
            window = new_window(appearance, WIDTH, HEIGHT)
            show_feed(window)
            settle(app, 1.0)
            grab(HERE / f"main-window-{code}-{appearance}.png", (0, 0, WIDTH, HEIGHT))
            window.close()
            settle(app, 0.3)
        translation.install("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Take the README's screenshots of the real window under an X server (Xvfb).

    Xvfb :99 -screen 0 1600x1000x24 &
    DISPLAY=:99 uv run python docs/screenshots/take_screenshots.py

Builds the sample project in a temporary user folder, opens it in light and in dark, opens the
mark-up popup on a selection, and grabs the screen with ImageMagick's ``import`` each time.
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
sys.path.insert(0, str(ROOT))
WIDTH, HEIGHT = 1440, 900


def settle(app: object, seconds: float = 0.6) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def grab(name: str) -> None:
    target = HERE / name
    subprocess.run(
        ["import", "-window", "root", "-crop", f"{WIDTH}x{HEIGHT}+0+0", "+repage", str(target)],
        check=True,
    )
    print(f"wrote {target.relative_to(ROOT)}")


def main() -> int:
    if not os.environ.get("DISPLAY"):
        print("needs an X display, e.g. Xvfb :99 and DISPLAY=:99", file=sys.stderr)
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
        from desktop_app.gui.main_window import MainWindow
        from desktop_app.services.sample import build_sample_project

        sample = paths.sample_project_path()
        build_sample_project(sample)
        app = application()
        shots = (("light", "main-window-light.png"), ("dark", "main-window-dark.png"))
        for appearance, name in shots:
            theme.apply_appearance(app, appearance)
            window = MainWindow()
            window.settings.appearance = appearance
            window.setGeometry(0, 0, WIDTH, HEIGHT)
            window.show()
            window.move(QPoint(0, 0))
            window.open_project(sample)
            # Show the feed, where Russian, English and Spanish items mix.
            feed = next(s for s in window.sources_panel.sources() if "feed" in s.outlet)
            window.sources_panel.select_source(feed.id)
            text = window.reader.text
            start = text.index("Михаил Подоляк")
            window.reader.reveal(start, start + 14, flash=False)
            marked = window.annotations_panel.model_.annotations()
            window.annotations_panel.select_annotation(
                next(a.id for a in marked if a.start == start)
            )
            settle(app, 1.0)
            grab(name)
            if appearance == "light":
                begin = text.index("Украинские войска должна")
                window.reader.reveal(begin, begin, flash=False)
                quote = "Украинские войска должна быть выведены"
                window.reader.select_span(begin, begin + len(quote))
                window.reader.setFocus()
                window.markup.request_mark(CodeKind.SPEAKER)
                popup = window.markup.popup
                assert popup is not None
                for ch in "пут":
                    key = QKeyEvent(
                        QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch
                    )
                    QApplication.sendEvent(popup.edit, key)
                settle(app, 1.0)
                grab("markup-popup.png")
                popup.close()
            window.close()
            settle(app, 0.3)
    return 0


if __name__ == "__main__":
    sys.exit(main())

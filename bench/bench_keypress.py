"""SQL per key press on the mark-up path: statements and transactions the database sees.

Run: ``uv run python bench/bench_keypress.py`` (offscreen). Opens the sample project in the real
window, selects a word, and counts — with a ``before_cursor_execute`` listener on the project's
engine (``tests/sqlcount.py``) — what each step sends:

- pressing C (the popup opens, listing the conditions),
- each keystroke typed into the popup,
- Enter in the popup (the annotation is written and the highlight shown),
- a digit key applying a recent code,
- the deferred refresh after a mark-up (counts in the codebook, sources and status bar),
  which runs once the event loop is free.

Counts, not timings: they are the same on every machine. ``--verbose`` prints the statements.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--verbose", action="store_true", help="print every statement")
    args = parser.parse_args()
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    home = Path(tempfile.mkdtemp(prefix="parley-keypress-"))
    for name in ("DATA", "LOG", "CONFIG"):
        os.environ[f"PARLEY_{name}_DIR"] = str(home / name.lower())
    os.environ["XDG_CONFIG_HOME"] = str(home / "xdg")

    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from desktop_app.gui.app import application
    from desktop_app.gui.main_window import MainWindow
    from desktop_app.gui.settings import Settings
    from desktop_app.services.sample import build_sample_project
    from tests.sqlcount import counting

    app = application()
    path = home / "Sample project.parley"
    build_sample_project(path)
    window = MainWindow(Settings())
    window.resize(1400, 900)
    window.show()
    assert window.open_project(path)
    app.processEvents()
    project = window.project
    assert project is not None
    engine = project.database.engine
    rows: list[tuple[str, str]] = []

    def measure(what: str, step: object) -> None:
        with counting(engine) as found:
            step()  # type: ignore[operator]
        rows.append((what, str(found)))
        if args.verbose:
            print(f"-- {what}")
            for statement in found.statements:
                print("   ", statement[:160])

    def select_word(word: str) -> None:
        text = window.reader.text
        start = text.index(word)
        window.reader.select_span(start, start + len(word))
        window.reader.setFocus()

    words = [w for w in window.reader.text.split() if len(w) > 5 and w.isalpha()]
    select_word(words[0])
    measure("C (popup opens)", lambda: QTest.keyClick(window.reader, Qt.Key.Key_C))
    popup = window.markup.popup
    assert popup is not None
    for ch in "ta":
        measure(f"keystroke “{ch}” in the popup", lambda c=ch: QTest.keyClicks(popup.edit, c))
    assert popup.list.count()
    measure("Enter in the popup (mark-up)", lambda: QTest.keyClick(popup.edit, Qt.Key.Key_Return))
    measure("deferred refresh after it", app.processEvents)
    select_word(words[1])
    measure("1 (recent code)", lambda: QTest.keyClick(window.reader, Qt.Key.Key_1))
    measure("deferred refresh after it", app.processEvents)
    width = max(len(w) for w, _ in rows)
    for what, found in rows:
        print(f"{what:<{width}}  {found}")
    window.close()
    QApplication.processEvents()


if __name__ == "__main__":
    main()

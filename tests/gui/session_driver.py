"""A window session run as its own process by test_persistence: it opens a project, makes
changes through the window (key presses, the popup, panel actions) and prints ``SHOWN ...``
each time a change is visible, then ``READY`` and waits to be killed. Not a test module."""

from __future__ import annotations

import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest

from desktop_app.domain.model import CodingStatus
from desktop_app.gui import prompts
from desktop_app.gui.app import application
from desktop_app.gui.main_window import MainWindow
from tests.gui.conftest import type_text


def say(line: str) -> None:
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def main(project: str) -> int:
    app = application()
    window = MainWindow()
    window.show()
    assert window.open_project(project)
    reader = window.reader
    text = reader.text

    # 1. Mark a span with C and the popup (a condition) + Tab + a speaker.
    start = text.index("several key regions")
    end = start + len("several key regions")
    cursor = QTextCursor(reader.document())
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    reader.setTextCursor(cursor)
    reader.setFocus()
    QTest.keyClick(reader, Qt.Key.Key_C)
    popup = window.markup.popup
    assert popup is not None
    type_text(popup.edit, "non-nuclear")
    QTest.keyClick(popup.edit, Qt.Key.Key_Tab)
    type_text(popup.edit, "Путин")
    QTest.keyClick(popup.edit, Qt.Key.Key_Return)
    shown = [s for s in reader.spans() if (s.start, s.end) == (start, end)]
    assert shown, "the new highlight is not shown"
    say(f"SHOWN annotation {shown[0].annotation_id} {start} {end}")

    # 2. Rename a code from the codebook panel (F2 → the name prompt).
    prompts.ask_text = lambda *_args, **_kw: "Land corridor to Crimea"  # type: ignore[assignment]
    code_id = next(c.id for c in window.codes.values() if c.name == "Land route to Crimea")
    window.codebook_panel.select_code(code_id)
    QTest.keyClick(window.codebook_panel.tree, Qt.Key.Key_F2)
    window.router.flush()
    assert any(c.name == "Land corridor to Crimea" for c in window.codebook_panel.codes())
    say(f"SHOWN rename {code_id}")

    # 3. Set the coding status of the current source from the sources panel.
    source_id = reader.source_id
    assert source_id is not None
    window.sources_panel.status_requested.emit([source_id], CodingStatus.TODO)
    window.router.flush()
    assert window.sources_panel.source(source_id).status == CodingStatus.TODO  # type: ignore[union-attr]
    say(f"SHOWN status {source_id}")

    say("READY")
    QTimer.singleShot(120_000, app.quit)  # never outlive a broken test run
    return app.exec()


if __name__ == "__main__":
    sys.exit(main(sys.argv[1]))

"""Nothing is lost: a restarted window finds everything (and its layout), and a window process
killed with SIGKILL right after a change was shown has that change stored."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from desktop_app.domain.model import CodingStatus
from desktop_app.gui.app import startup_target
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.settings import Settings
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project
from tests.gui.conftest import type_text

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_restarted_window_reopens_the_project_with_every_change_and_the_layout(
    qtbot: object, make_window: Callable[[], MainWindow], sample_path: Path
) -> None:
    first = make_window()
    assert first.open_project(sample_path)
    text = first.reader.text
    start = text.index("ceasefire")
    cursor = QTextCursor(first.reader.document())
    cursor.setPosition(start)
    cursor.setPosition(start + len("ceasefire"), QTextCursor.MoveMode.KeepAnchor)
    first.reader.setTextCursor(cursor)
    first.reader.setFocus()
    qtbot.keyClick(first.reader, Qt.Key.Key_R)  # type: ignore[attr-defined]
    popup = first.markup.popup
    assert popup is not None
    type_text(popup.edit, "Welcomes")
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    first.main_splitter.setSizes([250, 900, 270])
    sizes = first.main_splitter.sizes()
    first.close()
    assert first.project is None

    second = make_window()
    target, build = startup_target(None, Settings())
    assert (target, build) == (str(sample_path), False)
    assert second.open_project(target)
    assert second.main_splitter.sizes() == sizes
    marked = [s for s in second.reader.spans() if s.start == start]
    assert marked and marked[0].end == start + len("ceasefire")
    rows = second.annotations_panel.model_.annotations()
    assert any(a.start == start and a.quote == "ceasefire" for a in rows)
    # The recent codes (keys 1–9) are remembered per project too.
    on_1 = second.markup.recent.slots[0]
    assert on_1 is not None and [second.codes[i].name for i in on_1] == ["Welcomes"]


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
def test_killed_window_process_keeps_every_shown_change(sample_path: Path, tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(REPO_ROOT)}
    errors = tmp_path / "stderr.txt"
    shown: list[list[str]] = []
    with (
        errors.open("w") as stderr,
        subprocess.Popen(
            [sys.executable, "-m", "tests.gui.session_driver", str(sample_path)],
            cwd=REPO_ROOT,
            env=env,
            stdout=subprocess.PIPE,
            stderr=stderr,
            text=True,
        ) as process,
    ):
        try:
            assert process.stdout is not None
            for line in process.stdout:
                if line.startswith("SHOWN"):
                    shown.append(line.split()[1:])
                if line.strip() == "READY":
                    break
            else:
                pytest.fail(f"the window session ended early: {errors.read_text()}")
            process.send_signal(signal.SIGKILL)
            process.wait(timeout=30)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    assert process.returncode == -signal.SIGKILL
    assert [entry[0] for entry in shown] == ["annotation", "rename", "status"]

    with Project.open(sample_path) as project:
        annotation_id, start, end = (int(v) for v in shown[0][1:])
        annotation = markup.get_annotation(project, annotation_id)
        assert (annotation.start, annotation.end) == (start, end)
        names = {codebook.get_code(project, c).name for c in annotation.code_ids}
        assert names == {"Non-nuclear status", "Vladimir Putin"}
        assert codebook.get_code(project, int(shown[1][1])).name == "Land corridor to Crimea"
        assert sources.get_source(project, int(shown[2][1])).status == CodingStatus.TODO

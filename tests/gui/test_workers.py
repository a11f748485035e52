"""Background work: results come back on the GUI thread, failures become callbacks, a progress
dialog with Cancel appears for long work, and cancelling reaches the task."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton, QWidget

from desktop_app.errors import Cancelled
from desktop_app.gui.workers import TaskRunner


def test_result_arrives_on_the_gui_thread(qtbot: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    runner = TaskRunner(parent)
    seen: list[tuple[object, bool]] = []
    worker_threads: list[bool] = []

    def work(_progress: object, _cancelled: object) -> int:
        worker_threads.append(QThread.currentThread() is not QApplication.instance().thread())  # type: ignore[union-attr]
        return 42

    runner.start(
        "Adding",
        work,
        lambda result: seen.append(
            (result, QThread.currentThread() is QApplication.instance().thread())  # type: ignore[union-attr]
        ),
        lambda error: seen.append((error, False)),
    )
    qtbot.waitUntil(lambda: bool(seen))  # type: ignore[attr-defined]
    assert seen == [(42, True)] and worker_threads == [True]
    assert not runner.busy


def test_a_failure_is_reported_not_swallowed(qtbot: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    runner = TaskRunner(parent)
    failures: list[BaseException] = []

    def work(_progress: object, _cancelled: object) -> None:
        raise OSError("disk full")

    runner.start("Writing", work, lambda _r: None, failures.append)
    qtbot.waitUntil(lambda: bool(failures))  # type: ignore[attr-defined]
    assert isinstance(failures[0], OSError)


def test_long_work_shows_progress_and_cancel_reaches_the_task(qtbot: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    parent.show()
    runner = TaskRunner(parent)
    release = threading.Event()
    outcome: list[str] = []

    def work(progress, cancelled) -> None:  # type: ignore[no-untyped-def]
        progress(1, 10, "first file")
        while not cancelled():
            release.wait(0.01)
        raise Cancelled()

    runner.start(
        "Importing…",
        work,
        lambda _r: outcome.append("done"),
        lambda _e: outcome.append("failed"),
        on_cancel=lambda: outcome.append("cancelled"),
    )
    assert runner.busy
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: any(
            isinstance(w, QProgressDialog) and w.isVisible()
            for w in parent.findChildren(QProgressDialog)
        ),
        timeout=5_000,
    )
    dialog = next(w for w in parent.findChildren(QProgressDialog) if w.isVisible())
    assert "Importing" in dialog.labelText()
    (button,) = dialog.findChildren(QPushButton)
    assert button.text() == "Cancel"
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    qtbot.waitUntil(lambda: bool(outcome))  # type: ignore[attr-defined]
    assert outcome == ["cancelled"]
    assert not runner.busy


def test_quiet_work_never_shows_progress_nor_makes_the_runner_busy(qtbot: object) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)  # type: ignore[attr-defined]
    parent.show()
    runner = TaskRunner(parent)
    busy: list[bool] = []
    runner.busy_changed.connect(busy.append)
    release = threading.Event()
    results: list[object] = []

    def work(_progress: object, _cancelled: object) -> str:
        release.wait(5)
        return "polled"

    runner.start("Polling", work, results.append, results.append, quiet=True)
    qtbot.wait(800)  # type: ignore[attr-defined]  # longer than the progress delay
    assert not any(isinstance(w, QProgressDialog) and w.isVisible() for w in parent.children())
    assert not runner.busy and busy == []
    release.set()
    qtbot.waitUntil(lambda: bool(results))  # type: ignore[attr-defined]
    assert results == ["polled"] and busy == []

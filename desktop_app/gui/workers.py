"""Long work off the GUI thread: QRunnables on a pool, results back through queued signals.

A task is a plain function ``fn(progress, cancelled) -> result`` that gets copied inputs (paths,
query strings, ids), never widgets. It reports progress through ``progress(done, total, what)``
and polls ``cancelled()``; raising :class:`~desktop_app.errors.Cancelled` ends it quietly. A
progress dialog with Cancel appears only if the work is still running after about half a second
(Anki, Picard): quick work never flashes a dialog.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.errors import Cancelled
from desktop_app.gui.translation import translate
from desktop_app.progress import CancelCheck, ProgressCallback

log = logging.getLogger(__name__)

PROGRESS_DELAY_MS = 500

# The one definition's names as the window's tasks have long spelled them.
ProgressFn = ProgressCallback
CancelledFn = CancelCheck
TaskFn = Callable[[ProgressFn, CancelledFn], Any]


class _Signals(QObject):
    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(object)
    cancelled = Signal()


class Task(QRunnable):
    """One piece of background work. Create through :meth:`TaskRunner.start`."""

    def __init__(self, label: str, fn: TaskFn) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps it until its result is delivered
        self.label = label
        self._fn = fn
        self._cancel = threading.Event()
        self.signals = _Signals()
        self.done = False

    def cancel(self) -> None:
        self._cancel.set()

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit, self.is_cancelled)
        except Cancelled:
            self.signals.cancelled.emit()
        except BaseException as error:
            log.exception("background task %r failed", self.label)
            self.signals.failed.emit(error)
        else:
            if self.is_cancelled():
                self.signals.cancelled.emit()
            else:
                self.signals.succeeded.emit(result)


class TaskRunner(QObject):
    """Starts tasks for one window and shows their delayed progress dialogs."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QWidget, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._window = parent
        self._pool = pool or QThreadPool.globalInstance()
        self._running: dict[Task, QProgressDialog | None] = {}
        self._quiet: set[Task] = set()  # background upkeep: no dialog, not "busy"

    @property
    def busy(self) -> bool:
        return bool(self._running)

    def start(
        self,
        label: str,
        fn: TaskFn,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
        *,
        on_cancel: Callable[[], None] | None = None,
        cancellable: bool = True,
        quiet: bool = False,
    ) -> Task:
        """Run ``fn`` on the pool. ``quiet`` work is upkeep the analyst did not ask for
        (looking for colleagues' changes): it never shows a progress dialog and does not make
        the runner busy; :meth:`cancel_all` and :meth:`wait` still cover it."""
        task = Task(label, fn)
        if quiet:
            return self._start_quiet(task, on_success, on_failure)
        self._running[task] = None
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.timeout.connect(lambda: self._show_progress(task, cancellable))
        timer.start(PROGRESS_DELAY_MS)

        def finish() -> None:
            timer.stop()
            task.done = True
            dialog = self._running.pop(task, None)
            if dialog is not None:
                dialog.reset()
                dialog.hide()
                dialog.deleteLater()
            if not self._running:
                self.busy_changed.emit(False)

        _route(task, finish, on_success, on_failure, on_cancel)
        task.signals.progress.connect(
            lambda done, total, what: self._progress(task, done, total, what),
            Qt.ConnectionType.QueuedConnection,
        )
        if len(self._running) == 1:
            self.busy_changed.emit(True)
        self._pool.start(task)
        return task

    def _start_quiet(
        self,
        task: Task,
        on_success: Callable[[Any], None],
        on_failure: Callable[[BaseException], None],
    ) -> Task:
        self._quiet.add(task)

        def finish() -> None:
            task.done = True
            self._quiet.discard(task)

        _route(task, finish, on_success, on_failure, None)
        self._pool.start(task)
        return task

    def _show_progress(self, task: Task, cancellable: bool) -> None:
        if task.done or task not in self._running:
            return
        dialog = QProgressDialog(
            task.label, translate("Workers", "Cancel") if cancellable else "", 0, 0, self._window
        )
        dialog.setWindowTitle("Parley")
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(task.cancel)
        self._running[task] = dialog
        dialog.show()

    def _progress(self, task: Task, done: int, total: int, what: str) -> None:
        dialog = self._running.get(task)
        if dialog is None:
            return
        dialog.setMaximum(max(total, 0))
        dialog.setValue(min(done, total) if total else 0)
        if what:
            dialog.setLabelText(f"{task.label}\n{what}")

    def cancel_all(self) -> None:
        for task in [*self._running, *self._quiet]:
            task.cancel()

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until every started task has returned (used when closing a project)."""
        return self._pool.waitForDone(timeout_ms)


def _route(
    task: Task,
    finish: Callable[[], None],
    on_success: Callable[[Any], None],
    on_failure: Callable[[BaseException], None],
    on_cancel: Callable[[], None] | None,
) -> None:
    """However ``task`` ends, on the GUI thread: ``finish`` first, then the caller's handler."""

    def succeeded(result: object) -> None:
        finish()
        on_success(result)

    def failed(error: BaseException) -> None:
        finish()
        on_failure(error)

    def cancelled() -> None:
        finish()
        if on_cancel is not None:
            on_cancel()

    queued = Qt.ConnectionType.QueuedConnection
    task.signals.succeeded.connect(succeeded, queued)
    task.signals.failed.connect(failed, queued)
    task.signals.cancelled.connect(cancelled, queued)

"""Progress and cancel for exporters that write row by row (workbook, CSV, JSON).

Reports now and then rather than per row: a progress callback usually crosses threads.
"""

from __future__ import annotations

from desktop_app.errors import Cancelled
from desktop_app.exporting.contract import CancelCheck, ProgressCallback
from desktop_app.i18n import gettext

EVERY = 500


class Steps:
    """Counts units of work; every :data:`EVERY` units it reports and checks for a cancel."""

    def __init__(
        self,
        total: int,
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> None:
        self.total = max(total, 1)
        self.done = 0
        self._progress = progress
        self._cancelled = cancelled
        self._next = 0

    def check(self) -> None:
        if self._cancelled is not None and self._cancelled():
            raise Cancelled()

    def advance(self, label: str, units: int = 1) -> None:
        self.done = min(self.done + units, self.total)
        if self.done >= self._next:
            self._next = self.done + EVERY
            self.report(label)

    def finish(self, label: str) -> None:
        self.done = self.total
        self.report(label)

    def report(self, label: str) -> None:
        """Say how far the work is; ``label`` (a sheet's name, or a phrase marked with ``N_``)
        is shown in the current language."""
        self.check()
        if self._progress is not None:
            self._progress(self.done, self.total, gettext(label))

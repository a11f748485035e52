"""How long work reports progress and hears that it should stop, in one place for every layer:
importers, exporters and services take these callables, and the window's workers pass them in
(``gui/workers.py``). A plain function type, so nothing below the window knows about threads."""

from __future__ import annotations

from collections.abc import Callable

ProgressCallback = Callable[[int, int, str], None]  # done, total, what is being done
CancelCheck = Callable[[], bool]  # true once the user asked to stop

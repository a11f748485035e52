"""Diagnostics: a rotating log file in the platform's user log folder.

Users see short messages; the log keeps the detail (tracebacks, timings). ``--verbose`` also
echoes the log to stderr.
"""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from desktop_app import paths

LOG_FILE_NAME = "parley.log"
_configured = False


def log_file() -> Path:
    return paths.user_log_dir() / LOG_FILE_NAME


def configure_logging(verbose: bool = False) -> Path | None:
    """Set up the rotating file log (once per process); returns its path, or None if the log
    folder cannot be written (the program still runs, logging to stderr only when verbose)."""
    global _configured  # noqa: PLW0603 - once per process, by design
    root = logging.getLogger()
    if _configured:
        if verbose:
            _add_stderr(root)
        return log_file()
    _configured = True
    root.setLevel(logging.DEBUG)
    path: Path | None = log_file()
    try:
        assert path is not None
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.RotatingFileHandler(
            # A path with undecodable bytes (a lone surrogate) must not make logging fail.
            path,
            maxBytes=2_000_000,
            backupCount=3,
            encoding="utf-8",
            errors="backslashreplace",
        )
        handler.setFormatter(
            logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
        )
        handler.setLevel(logging.DEBUG)
        root.addHandler(handler)
    except OSError:
        path = None
    if verbose:
        _add_stderr(root)
    return path


def _add_stderr(root: logging.Logger) -> None:
    if any(getattr(h, "_parley_stderr", False) for h in root.handlers):
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.setLevel(logging.DEBUG)
    handler._parley_stderr = True  # type: ignore[attr-defined]
    root.addHandler(handler)

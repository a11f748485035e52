"""Errors never pass silently and never show a traceback.

:func:`user_errors` turns a :class:`~desktop_app.errors.ParleyError` raised by a service into
a dialog saying what went wrong and what to do. :func:`install_excepthook` catches everything
else that escapes a slot: the log gets the traceback, the analyst gets a dialog saying their
work is safe (every shown change is already committed) and where the log is.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from types import TracebackType

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.errors import ParleyError
from desktop_app.gui import prompts

log = logging.getLogger(__name__)

_showing = threading.local()


@contextmanager
def user_errors(parent: QWidget | None) -> Iterator[None]:
    try:
        yield
    except ParleyError as error:
        log.info("user-facing error: %s", error)
        prompts.show_error(parent, error)


def show_unexpected(parent: QWidget | None, error: BaseException) -> None:
    from desktop_app.logsetup import log_file

    summary = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
    prompts.show_unexpected(parent, summary, str(log_file()))


def handle_exception(
    kind: type[BaseException],
    error: BaseException,
    trace: TracebackType | None,
    parent: Callable[[], QWidget | None] = lambda: None,
) -> None:
    """What the excepthook does; separate so it can be called (and tested) directly."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    if isinstance(error, ParleyError):
        log.info("user-facing error escaped a slot: %s", error)
    else:
        log.critical("unexpected error", exc_info=(kind, error, trace))
    if getattr(_showing, "active", False):
        return  # an error while showing an error: the log has it, do not loop
    _showing.active = True
    try:
        if isinstance(error, ParleyError):
            prompts.show_error(parent(), error)
        else:
            show_unexpected(parent(), error)
    except Exception:
        log.exception("could not show the error dialog")
    finally:
        _showing.active = False


def install_excepthook(parent: Callable[[], QWidget | None]) -> None:
    def hook(kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        handle_exception(kind, error, trace, parent)

    sys.excepthook = hook

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        # Workers report their own failures through signals; anything else is only logged,
        # because a dialog cannot be opened off the GUI thread.
        log.critical(
            "unexpected error in thread %s",
            args.thread.name if args.thread else "?",
            exc_info=(args.exc_type, args.exc_value, args.exc_traceback),  # type: ignore[arg-type]
        )

    threading.excepthook = thread_hook

"""Atomic output: write to a temporary file beside the target, then rename over it.

A failure or a cancel leaves no partial file; a read-only folder or a target locked by another
program (Excel on Windows keeps its files locked) gives a clear error.
"""

from __future__ import annotations

import contextlib
import logging
import os
import tempfile
from collections.abc import Iterator
from pathlib import Path

from desktop_app.errors import ExportError

log = logging.getLogger(__name__)


@contextlib.contextmanager
def atomic_output(target: Path) -> Iterator[Path]:
    """Yield a temporary path to write; on success it replaces ``target``."""
    target = Path(target)
    folder = target.parent
    if not folder.is_dir():
        raise ExportError(f"folder {folder} does not exist", "choose an existing folder")
    if target.is_dir():
        raise ExportError(f"{target} is a folder", "give a file name")
    try:
        handle, temporary = tempfile.mkstemp(
            prefix=f".{target.stem}-", suffix=f"{target.suffix}.partial", dir=folder
        )
    except OSError as exc:
        raise ExportError(
            f"cannot write in {folder} ({exc.strerror})", "choose a folder you can write to"
        ) from exc
    os.close(handle)
    partial = Path(temporary)
    try:
        yield partial
        try:
            os.replace(partial, target)
        except PermissionError as exc:
            raise ExportError(
                f"{target.name} is read-only or open in another program",
                "close it there or choose another file name",
            ) from exc
        except OSError as exc:
            raise ExportError(
                f"cannot replace {target.name} ({exc.strerror})", "choose another file name"
            ) from exc
    finally:
        with contextlib.suppress(FileNotFoundError):
            partial.unlink()

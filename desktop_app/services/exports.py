"""Exporting deliverables by file suffix, for the command line and the window alike."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.errors import ExportError
from desktop_app.exporting.atomic import atomic_output
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot

log = logging.getLogger(__name__)

ProgressCallback = Callable[[int, int, str], None]
CancelCheck = Callable[[], bool]


@dataclass(frozen=True)
class ExportOptions:
    """Choices the export dialog offers; the command line uses the defaults."""

    title: str = ""
    analyst: str = ""
    classification: str = ""
    page_size: str = "A4"  # "A4" or "Letter"
    source_ids: tuple[int, ...] | None = None  # None: every source


@dataclass
class ExportResult:
    path: Path
    notes: list[str] = field(default_factory=list)  # e.g. what could not be carried over


SUPPORTED_SUFFIXES = (".xlsx", ".pdf", ".qdpx", ".csv", ".json")


def _writer(suffix: str) -> Callable[..., list[str] | None]:
    """The exporter for a suffix. Imported lazily: reportlab and openpyxl load slowly."""
    if suffix == ".xlsx":
        from desktop_app.exporting.workbook import write_workbook

        return write_workbook
    if suffix == ".pdf":
        from desktop_app.exporting.briefing import write_briefing

        return write_briefing
    if suffix == ".qdpx":
        from desktop_app.exporting.qdpx import write_qdpx

        return write_qdpx
    if suffix == ".csv":
        from desktop_app.exporting.tabular import write_csv

        return write_csv
    if suffix == ".json":
        from desktop_app.exporting.tabular import write_json

        return write_json
    raise ExportError(
        f"cannot export to “{suffix or 'a file without suffix'}”",
        f"use one of {', '.join(SUPPORTED_SUFFIXES)}",
    )


def export(
    project: Project,
    output: Path,
    options: ExportOptions | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> ExportResult:
    """Write ``output`` (format by suffix) atomically from a snapshot of the project."""
    options = options or ExportOptions()
    output = Path(output)
    writer = _writer(output.suffix.lower())
    snapshot = load_snapshot(project, options.source_ids)
    with atomic_output(output) as partial:
        notes = writer(snapshot, partial, options, progress=progress, cancelled=cancelled)
    log.info("exported %s", output)
    return ExportResult(output, list(notes or []))

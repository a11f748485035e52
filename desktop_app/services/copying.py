"""Copying a project between a file and a server: ``parley copy SOURCE DEST``.

A desk starts on a laptop and moves to the server (file → URL), takes a server project on a
trip or archives it (URL → file), or duplicates a file. The copy keeps every id and GUID, so
exports made from either side agree; the original is only read.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop_app.storage.copying import Progress, copy_database
from desktop_app.storage.database import open_database
from desktop_app.storage.engine import is_url, safe_location

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class CopyReport:
    source: str
    target: str
    rows: dict[str, int]

    @property
    def summary(self) -> str:
        counts = ", ".join(
            f"{self.rows.get(table, 0)} {label}"
            for table, label in (
                ("sources", "sources"),
                ("codes", "codes"),
                ("annotations", "annotations"),
                ("links", "links"),
                ("coders", "coders"),
            )
        )
        return f"copied {self.source} to {self.target}: {counts}"


def copy_project(
    source: str | Path,
    target: str | Path,
    *,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy the project at ``source`` (a file or URL) to ``target`` (a new file, or an empty
    database on a server). Nothing is left at ``target`` if the copy fails."""
    source_target = str(source) if is_url(source) else Path(source)
    database = open_database(source_target, create=False)
    try:
        result = copy_database(database, target, progress=progress)
    finally:
        database.close()
    report = CopyReport(safe_location(source), result.target, result.rows)
    log.info("%s", report.summary)
    return report

"""Exporting deliverables by file suffix, for the command line and the window alike.

The writers' contract (:class:`ExportOptions`, the progress and cancel callbacks, the
:class:`~desktop_app.exporting.contract.Writer` protocol) lives with them in
:mod:`desktop_app.exporting.contract`; callers above this layer take ``ExportOptions`` from here.
"""

from __future__ import annotations

import logging
import os
from contextlib import nullcontext
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app import i18n
from desktop_app.domain.bulk import collector_paused
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.errors import ExportError
from desktop_app.exporting.atomic import atomic_output
from desktop_app.exporting.contract import CancelCheck, ExportOptions, ProgressCallback, Writer
from desktop_app.i18n import gettext
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from desktop_app.services.variants import pins, variant_report
from desktop_app.storage.probe import FileKind, classify, is_parley_project

log = logging.getLogger(__name__)

__all__ = [
    "SUPPORTED_SUFFIXES",
    "CancelCheck",
    "ExportOptions",
    "ExportResult",
    "ProgressCallback",
    "export",
    "out_of_bounds_note",
    "prepare",
    "refuse_project_target",
]


@dataclass
class ExportResult:
    path: Path
    notes: list[str] = field(default_factory=list)  # e.g. what could not be carried over


SUPPORTED_SUFFIXES = (".xlsx", ".pdf", ".qdpx", ".csv", ".json")
VARIANT_SUFFIXES = (".xlsx", ".pdf")  # the exports that tell how each source told it
LEAN_SUFFIXES = (".xlsx",)  # written with the cyclic garbage collector paused
# Files SQLite keeps beside a database while it is open; replacing one damages the project.
COMPANION_SUFFIXES = ("-wal", "-shm", "-journal")


def _same_file(a: Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except OSError:  # either is missing or unreadable: not the same existing file
        return False


def refuse_project_target(output: Path, project_path: Path | None) -> None:
    """Raise :class:`ExportError` when writing ``output`` would replace a project: the open
    one (same path, or a hard or symbolic link to it), any other Parley project (the probe
    reads through a write-ahead log, so a project just created in another window counts), any
    other SQLite database with a write-ahead log beside it (open in some program), or a
    companion file (``-wal``, ``-shm``, ``-journal``) of any of these. A project's file name
    may end in ``.xlsx`` or ``.pdf``: only what the file holds tells."""
    output = Path(output)
    owners = [output] + [
        output.with_name(output.name.removesuffix(suffix))
        for suffix in COMPANION_SUFFIXES
        if output.name.endswith(suffix) and output.name != suffix
    ]
    for owner in owners:
        if project_path is not None and _same_file(owner, project_path):
            kind = gettext("the project being exported")
        elif is_parley_project(owner):
            kind = gettext("a Parley project")
        elif _live_database(owner):
            kind = gettext("a database in use (a Parley project, perhaps)")
        else:
            continue
        what = gettext("{name} is {kind}").format(name=output.name, kind=kind)
        if owner != output:
            what = gettext("{name} belongs to {owner}, {kind}").format(
                name=output.name, owner=owner.name, kind=kind
            )
        raise ExportError(
            what, gettext("choose another file name: an export never replaces a project")
        )


def _live_database(path: Path) -> bool:
    """A SQLite file with a write-ahead log beside it: open in some program right now."""
    if not Path(f"{path}-wal").exists():
        return False
    return classify(path) not in {FileKind.MISSING, FileKind.FOLDER, FileKind.NOT_SQLITE}


_NAMED = 10  # left-out annotations named one by one in the note; more are counted


def out_of_bounds_note(snapshot: ProjectSnapshot) -> list[str]:
    """The note naming the annotations the snapshot left out because their positions lie
    outside their source (only a damaged or hand-edited project file holds them)."""
    rows = snapshot.out_of_bounds
    if not rows:
        return []
    titles = {s.id: s.label for s in snapshot.sources}
    named = []
    for row in rows[:_NAMED]:
        quote = " ".join(row.quote.split())
        quote = quote if len(quote) <= 40 else quote[:39] + "…"
        named.append(
            gettext(
                "annotation {id} in “{title}” (start {start}, end {end}, quote “{quote}”)"
            ).format(
                id=row.id,
                title=titles.get(row.source_id, row.source_id),
                start=row.start,
                end=row.end,
                quote=quote,
            )
        )
    if len(rows) > _NAMED:
        named.append(gettext("{count} more").format(count=len(rows) - _NAMED))
    links = snapshot.out_of_bounds_links
    what = gettext(
        "left out {count} annotation(s) whose position lies outside their source's text "
        "(the project file was damaged or edited by hand): {named}"
    ).format(count=len(rows), named="; ".join(named))
    if links:
        what += gettext("; {count} link(s) to or from them are left out too").format(count=links)
    todo = gettext("restore an earlier backup of the project, or mark these passages again")
    return [f"{what} — {todo}"]


def prepare(output: Path) -> None:
    """Import what exporting ``output`` needs, the lean way, before the project is opened (a
    command-line process: one thread so far). See :mod:`desktop_app.exporting.lean_import`."""
    if Path(output).suffix.lower() == ".xlsx":
        from desktop_app.exporting.lean_import import openpyxl_without_numpy

        openpyxl_without_numpy()


def _writer(suffix: str) -> Writer:
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
        gettext("cannot export to “{suffix}”").format(suffix=suffix or "a file without suffix"),
        gettext("use one of {names}").format(names=", ".join(SUPPORTED_SUFFIXES)),
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
    refuse_project_target(output, project.path)
    writer = _writer(output.suffix.lower())
    if options.coder is not None:
        known = set(load_snapshot(project, []).coders)
        if options.coder not in known:
            raise ExportError(
                gettext("there is no coder called “{coder}”").format(coder=options.coder),
                gettext("name one of: {names}").format(names=", ".join(sorted(known)) or "none"),
            )
    snapshot = load_snapshot(project, options.source_ids, coder=options.coder)
    # The workbook builds a row of small objects per annotation and wording, none in a cycle:
    # the cyclic collector walking them again and again was 15 % of the export.
    paused = collector_paused() if output.suffix.lower() in LEAN_SUFFIXES else nullcontext()
    with paused:
        if output.suffix.lower() in VARIANT_SUFFIXES and options.variants is None:
            options = replace(options, variants=variant_report(snapshot, pins(project)))
        with atomic_output(output) as partial, i18n.language(options.language):
            notes = writer(snapshot, partial, options, progress=progress, cancelled=cancelled)
    log.info("exported %s", output)
    chosen = [f"only {options.coder}'s mark-up is exported"] if options.coder else []
    return ExportResult(output, [*out_of_bounds_note(snapshot), *chosen, *notes])

"""The excerpts as CSV and JSON, for scripts and other tools.

Both hold one record per annotation with the columns of the workbook's ``Excerpts`` sheet plus
the source's and the annotation's GUIDs (stable across exports and imports).

CSV: UTF-8 with a byte-order mark (so Excel opens Cyrillic right), comma-separated, rows ended
by CRLF (RFC 4180). Most people open a CSV in a spreadsheet, which runs a cell beginning with
``=``, ``+``, ``-`` or ``@`` (or a tab or carriage return before one) as a formula — a quote like
``=HYPERLINK(…)`` would run on the reader's machine. So by default the CSV is neutralised the way
OWASP recommends: such a value gets a leading apostrophe (``'=HYPERLINK(…)``, which spreadsheets
show as text) and every field is quoted (so a spreadsheet splitting at ``;`` cannot cut a field
into a new cell that begins with ``=``); a note says how many values were changed. With
``raw_csv`` (``parley export --raw-csv``, for scripts) values are the exact text, fields quoted
only when needed, and the note warns instead. The JSON and the ``.xlsx`` (every cell typed as
text there) always hold the exact text.

JSON: ``{"project": …, "sources": […], "codes": […], "excerpts": […]}``, UTF-8, not
ASCII-escaped; every string exact (control characters escaped as JSON requires).
"""

from __future__ import annotations

import csv
import json
import logging
from pathlib import Path
from typing import Any

from desktop_app import __version__
from desktop_app.clock import now_iso
from desktop_app.domain.comparison import Excerpt, build_excerpts
from desktop_app.domain.model import Source
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.exporting.contract import CancelCheck, ExportOptions, ProgressCallback
from desktop_app.exporting.excerpt_fields import EXCERPT_HEADERS, excerpt_values
from desktop_app.exporting.workbook_progress import Steps
from desktop_app.i18n import N_, gettext

log = logging.getLogger(__name__)

CSV_COLUMNS = (*EXCERPT_HEADERS, "Source GUID", "Annotation GUID")
# What a spreadsheet may run as a formula when a cell begins with it (OWASP, "CSV Injection").
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
NEUTRALISER = "'"


def neutralised(value: str) -> str:
    """``value`` as a spreadsheet shows it as text: with an apostrophe before a formula start."""
    return NEUTRALISER + value if value.startswith(FORMULA_STARTS) else value


def csv_row(excerpt: Excerpt) -> list[str | int]:
    return [*excerpt_values(excerpt), excerpt.source.guid, excerpt.guid]


def _formula_note(count: int, raw: bool) -> list[str]:
    if not count:
        return []
    if raw:
        return [
            gettext(
                "{count} value(s) start with =, +, -, @, a tab or a carriage return and are kept "
                "exactly (--raw-csv); a spreadsheet opening this CSV may run them as formulas — "
                "for spreadsheets export without --raw-csv, or to .xlsx"
            ).format(count=count)
        ]
    return [
        gettext(
            "{count} value(s) start with =, +, -, @, a tab or a carriage return: the CSV has an "
            "apostrophe (') before each, so that a spreadsheet shows them as text instead of "
            "running them as formulas — the command line's --raw-csv, or the .json export, keeps "
            "the values exactly as stored"
        ).format(count=count)
    ]


def _excerpts(
    snapshot: ProjectSnapshot, options: ExportOptions, steps: Steps
) -> tuple[Excerpt, ...]:
    steps.report(N_("Collecting excerpts"))
    excerpts = build_excerpts(snapshot, options.source_ids)
    steps.total = max(len(excerpts), 1)
    return excerpts


def _chosen_sources(snapshot: ProjectSnapshot, options: ExportOptions) -> list[Source]:
    ids = options.source_ids
    wanted = None if ids is None else set(ids)
    return [s for s in snapshot.sources if wanted is None or s.id in wanted]


def write_csv(
    snapshot: ProjectSnapshot,
    path: Path,
    options: ExportOptions,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> list[str]:
    """Write the excerpts as RFC 4180 CSV (UTF-8 with BOM, CRLF), neutralised for spreadsheets
    unless ``options.raw_csv``; return notes for the user."""
    steps = Steps(1, progress, cancelled)
    excerpts = _excerpts(snapshot, options, steps)
    raw = options.raw_csv
    formula_like = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(
            handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL if raw else csv.QUOTE_ALL
        )
        writer.writerow(CSV_COLUMNS)
        for excerpt in excerpts:
            row = csv_row(excerpt)
            for index, value in enumerate(row):
                if isinstance(value, str) and value.startswith(FORMULA_STARTS):
                    formula_like += 1
                    if not raw:
                        row[index] = neutralised(value)
            writer.writerow(row)
            steps.advance("Excerpts")
    steps.finish(N_("Saved"))
    log.info("csv: %d excerpts", len(excerpts))
    return _formula_note(formula_like, raw)


def _code_record(code: Any, parents: dict[int, str]) -> dict[str, Any]:
    record: dict[str, Any] = {
        "id": code.id,
        "guid": code.guid,
        "parent_guid": parents.get(code.parent_id) if code.parent_id is not None else None,
        "name": code.name,
        "kind": code.kind.value,
        "color": code.color,
        "description": code.description,
        "is_root": code.is_root,
    }
    if code.category:
        record["category"] = code.category
    details = code.speaker
    if details.aliases or details.role or details.affiliation or details.side:
        record["aliases"] = list(details.aliases)
        record["role"] = details.role
        record["affiliation"] = details.affiliation
        record["side"] = details.side
    return record


def _excerpt_record(excerpt: Excerpt, responds_to: list[str]) -> dict[str, Any]:
    source = excerpt.source
    return {
        "annotation_id": excerpt.annotation_id,
        "annotation_guid": excerpt.guid,
        "source_id": source.id,
        "source_guid": source.guid,
        "source": excerpt.source.label,
        "outlet": source.outlet,
        "date": source.published,
        "codes": [c.name for c in excerpt.codes],
        "code_guids": [c.guid for c in excerpt.codes],
        "speaker": excerpt.speaker_names,
        "stance": excerpt.stance_names,
        "quote": excerpt.quote,
        "context_before": excerpt.context_before,
        "context_after": excerpt.context_after,
        "start": excerpt.start,
        "end": excerpt.end,
        "note": excerpt.note,
        "coder": excerpt.coder,
        "responds_to": responds_to,
    }


def write_json(
    snapshot: ProjectSnapshot,
    path: Path,
    options: ExportOptions,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> list[str]:
    """Write project, sources, codes and excerpts as one JSON document."""
    steps = Steps(1, progress, cancelled)
    chosen = _excerpts(snapshot, options, steps)
    guids = {a.id: a.guid for a in snapshot.annotations}
    targets: dict[int, list[str]] = {}
    for link in snapshot.links:
        if link.to_id in guids:
            targets.setdefault(link.from_id, []).append(guids[link.to_id])
    counts: dict[int, int] = {}
    excerpts = []
    for excerpt in chosen:
        counts[excerpt.source_id] = counts.get(excerpt.source_id, 0) + 1
        excerpts.append(_excerpt_record(excerpt, targets.get(excerpt.annotation_id, [])))
        steps.advance("Excerpts")
    parents = {c.id: c.guid for c in snapshot.codes}
    document = {
        "project": {
            "name": snapshot.name,
            "guid": snapshot.guid,
            "exported": now_iso(),
            "exported_by": f"Parley {__version__}",
            "positions": "Unicode code points of each source's plain text, end exclusive",
        },
        "sources": [
            {
                "id": s.id,
                "guid": s.guid,
                "title": s.title,
                "outlet": s.outlet,
                "author": s.author,
                "date": s.published,
                "url": s.url,
                "language": s.language,
                "status": s.status.value,
                "characters": s.characters,
                "annotations": counts.get(s.id, 0),
                "original_name": s.original_name,
                "file_format": s.file_format,
                "sha256": s.sha256,
                "imported_at": s.imported_at,
                "variables": dict(s.variables),
            }
            for s in _chosen_sources(snapshot, options)
        ],
        "codes": [_code_record(c, parents) for c in snapshot.codes],
        "excerpts": excerpts,
    }
    steps.report(N_("Saving"))
    with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    steps.finish(N_("Saved"))
    log.info("json: %d excerpts", len(excerpts))
    return []

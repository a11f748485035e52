"""The excerpts as CSV and JSON, for scripts and other tools.

Both hold one record per annotation with the columns of the workbook's ``Excerpts`` sheet plus
the source's and the annotation's GUIDs (stable across exports and imports).

CSV: UTF-8 with a byte-order mark (so Excel opens Cyrillic right), comma-separated, fields
quoted when needed and rows ended by CRLF (RFC 4180). Values are the exact text — quotes are not
altered in any way, not even by the apostrophe some tools prepend to text starting with ``=``,
``+``, ``-`` or ``@``: CSV has no types, and its readers are mostly scripts, for which such a
prefix would corrupt the quote. A spreadsheet opening the CSV directly could take such text for a
formula, so the export returns a note when any value starts that way; the ``.xlsx`` export is
the one for spreadsheet users (every cell typed as text there).

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
from desktop_app.exporting.workbook_progress import CancelCheck, ProgressCallback, Steps

log = logging.getLogger(__name__)

CSV_COLUMNS = (
    "Source",
    "Outlet",
    "Date",
    "Codes",
    "Speaker",
    "Stance",
    "Quote",
    "Context before",
    "Context after",
    "Start",
    "End",
    "Note",
    "Coder",
    "Source GUID",
    "Annotation GUID",
)
FORMULA_STARTS = ("=", "+", "-", "@")


def _source_label(excerpt: Excerpt) -> str:
    source = excerpt.source
    return source.title or source.original_name or f"Source {source.id}"


def csv_row(excerpt: Excerpt) -> list[str | int]:
    source = excerpt.source
    return [
        _source_label(excerpt),
        source.outlet,
        source.published,
        excerpt.code_names,
        excerpt.speaker_names,
        excerpt.stance_names,
        excerpt.quote,
        excerpt.context_before,
        excerpt.context_after,
        excerpt.start,
        excerpt.end,
        excerpt.note,
        excerpt.coder,
        source.guid,
        excerpt.guid,
    ]


def _formula_note(count: int) -> list[str]:
    if not count:
        return []
    return [
        f"{count} value(s) start with =, +, - or @ and are kept exactly; a spreadsheet "
        "opening this CSV directly may take them for formulas — use the .xlsx export, or "
        "import the CSV with every column as text"
    ]


def _excerpts(snapshot: ProjectSnapshot, options: object, steps: Steps) -> tuple[Excerpt, ...]:
    steps.report("Collecting excerpts")
    excerpts = build_excerpts(snapshot, getattr(options, "source_ids", None))
    steps.total = max(len(excerpts), 1)
    return excerpts


def _chosen_sources(snapshot: ProjectSnapshot, options: object) -> list[Source]:
    ids = getattr(options, "source_ids", None)
    wanted = None if ids is None else set(ids)
    return [s for s in snapshot.sources if wanted is None or s.id in wanted]


def write_csv(
    snapshot: ProjectSnapshot,
    path: Path,
    options: object,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> list[str]:
    """Write the excerpts as RFC 4180 CSV (UTF-8 with BOM, CRLF); return notes for the user."""
    steps = Steps(1, progress, cancelled)
    excerpts = _excerpts(snapshot, options, steps)
    formula_like = 0
    with Path(path).open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
        writer.writerow(CSV_COLUMNS)
        for excerpt in excerpts:
            row = csv_row(excerpt)
            formula_like += sum(
                1 for value in row if isinstance(value, str) and value.startswith(FORMULA_STARTS)
            )
            writer.writerow(row)
            steps.advance("Excerpts")
    steps.finish("Saved")
    log.info("csv: %d excerpts", len(excerpts))
    return _formula_note(formula_like)


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
        "source": _source_label(excerpt),
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
    options: object,
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
    steps.report("Saving")
    with Path(path).open("w", encoding="utf-8", newline="\n") as handle:
        json.dump(document, handle, ensure_ascii=False, indent=2)
        handle.write("\n")
    steps.finish("Saved")
    log.info("json: %d excerpts", len(excerpts))
    return []

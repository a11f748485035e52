"""``parley compare PROJECT --variants [--json]``: how each source told it — the variants of
every condition and speaker's statement against their reference wording, and the direct
quotations that differ between sources."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.domain.dates import shown_date
from desktop_app.domain.model import Code
from desktop_app.domain.outlet_coverage import OutletFindings, code_path
from desktop_app.domain.variants import Difference, QuoteMismatch, VariantGroup, Wording
from desktop_app.services import variants
from desktop_app.services.project import Project
from desktop_app.textsafe import terminal_safe

EXIT_OK = 0


def run_compare_variants(project_path: str | Path, *, as_json: bool = False) -> int:
    from desktop_app.cli.main import json_text

    with Project.open(project_path, create=False) as project:
        told = variants.project_how_told(project)
    report, findings = told.variants, told.outlets
    if as_json:
        payload = report_json(report.groups, report.mismatches)
        payload |= outlets_json(findings, told.codes)
        print(json_text(payload))
        return EXIT_OK
    for line in report_lines(report.groups, report.mismatches) + outlet_lines(findings):
        print(terminal_safe(line))
    return EXIT_OK


def outlets_json(findings: OutletFindings, codes: Mapping[int, Code]) -> dict[str, Any]:
    """The blindspots and first reports, conditions named by path ("Conditions/…")."""
    return {
        "blindspots": [
            {
                "condition": code_path(b.condition, codes),
                "reported_by": {"group": b.reported_group, "outlets": list(b.reported_outlets)},
                "absent_from": {"group": b.absent_group, "outlets": list(b.absent_outlets)},
            }
            for b in findings.blindspots
        ],
        "first_reports": [
            {
                "condition": code_path(f.condition, codes),
                "source": f.first.source_id,
                "outlet": f.first.outlet,
                "published": f.first.published,
                "others": [{"outlet": o.outlet, "lag": o.lag} for o in f.others],
            }
            for f in findings.first_reports
        ],
    }


def outlet_lines(findings: OutletFindings) -> list[str]:
    lines = ["", f"Blindspots: {len(findings.blindspots)}"]
    lines.extend(f"  {b.text}" for b in findings.blindspots)
    lines.append("")
    lines.append(f"First reports: {len(findings.first_reports)}")
    for first in findings.first_reports:
        when = shown_date(first.first.published) if first.first.published else "date unknown"
        lines.append(f"  {first.condition.name}: first {first.first.outlet} ({when})")
        lines.extend(f"    {other.outlet}: {other.lag}" for other in first.others)
    return lines


def report_json(
    groups: tuple[VariantGroup, ...], mismatches: tuple[QuoteMismatch, ...]
) -> dict[str, Any]:
    return {
        "variants": [
            {
                "condition": group.condition or None,
                "speaker": group.speaker or None,
                "reference": _wording_json(group.reference),
                "wordings": [_wording_json(w) for w in group.wordings],
            }
            for group in groups
        ],
        "quote_mismatches": [
            {
                "speaker": mismatch.speaker,
                "wordings": [{"source": w.source_id, "quote": w.quote} for w in mismatch.wordings],
                "differences": [_difference_json(d) for d in mismatch.differences],
            }
            for mismatch in mismatches
        ],
    }


def _wording_json(wording: Wording) -> dict[str, Any]:
    return {
        "source": wording.source_id,
        "outlet": wording.outlet,
        "groups": list(wording.groups),
        "language": wording.language,
        "start": wording.start,
        "end": wording.end,
        "quote": wording.quote,
        "differences": [_difference_json(d) for d in wording.differences],
    }


def _difference_json(difference: Difference) -> dict[str, str]:
    return {
        "op": difference.op.value,
        "reference": difference.reference,
        "wording": difference.wording,
    }


def _who(wording: Wording) -> str:
    parts = [f"source {wording.source_id}", wording.outlet or wording.source]
    if wording.published:
        parts.append(shown_date(wording.published))
    parts.append(wording.language or "language unknown")
    return ", ".join(parts)


def report_lines(
    groups: tuple[VariantGroup, ...], mismatches: tuple[QuoteMismatch, ...]
) -> list[str]:
    lines: list[str] = []
    if not groups:
        lines.append("No variants: no condition or statement is marked in two or more sources.")
    for group in groups:
        how = "pinned" if group.pinned else "earliest"
        lines.append(f"{group.label}")
        lines.append(
            f"  reference ({how}) — {_who(group.reference)}: “{_one_line(group.reference.quote)}”"
        )
        for wording in group.wordings:
            lines.append(f"  {_who(wording)}: “{_one_line(wording.quote)}”")
            if wording.differences:
                lines.extend(f"      {d.as_text()}" for d in wording.differences)
            elif wording.language != group.reference.language:
                lines.append(f"      (in {wording.language or 'another language'}: not compared)")
            elif not wording.compared:
                lines.append("      (another passage: not compared)")
            else:
                lines.append("      (same words)")
        lines.append("")
    lines.append(f"Quote mismatches: {len(mismatches)}")
    for mismatch in mismatches:
        first, second = mismatch.wordings
        lines.append(f"  {mismatch.speaker_name}:")
        for quoted in (first, second):
            where = f"source {quoted.source_id} ({quoted.outlet or quoted.source})"
            lines.append(f"    {where}: “{_one_line(quoted.quote)}”")
        lines.extend(f"      {d.as_text()}" for d in mismatch.differences)
    return lines


def _one_line(text: str) -> str:
    return " ".join(text.split())

"""What ``parley check`` looks at: SQLite's own checks and Parley's rules for its mark-up.

Read-only, and each check one query: a project of 50,000 annotations is checked in well under a
second beside SQLite's page-by-page integrity check.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import text

from desktop_app.storage.codebook import code_tree
from desktop_app.storage.transaction import Reader

SHOWN_PER_CHECK = 20  # the rest are counted, not listed


@dataclass(frozen=True)
class Finding:
    check: str  # what was checked, e.g. "annotation offsets"
    problem: str  # one line


def sqlite_findings(reader: Reader) -> list[Finding]:
    """SQLite's integrity check (every page, every index) and its foreign-key check."""
    findings: list[Finding] = []
    messages = [row[0] for row in reader.session.execute(text("PRAGMA integrity_check"))]
    if messages != ["ok"]:
        findings.extend(Finding("database pages", m) for m in messages[:SHOWN_PER_CHECK])
    broken = reader.session.execute(text("PRAGMA foreign_key_check")).all()
    for table, rowid, parent, _index in broken[:SHOWN_PER_CHECK]:
        findings.append(
            Finding("references", f"row {rowid} of {table} refers to a missing {parent} row")
        )
    return findings


def offset_findings(reader: Reader) -> list[Finding]:
    """Annotations whose span lies outside their source, and quotes that differ from the text
    at their span (the cache every export prints)."""
    rows = reader.session.execute(
        text(
            'SELECT a.id, a.start, a."end", s.id, s.title, s.characters, '
            'CASE WHEN a.start >= 0 AND a."end" > a.start AND a."end" <= s.characters '
            "THEN 0 ELSE 1 END AS outside "
            "FROM annotations a JOIN sources s ON s.id = a.source_id "
            'WHERE a.start < 0 OR a."end" <= a.start OR a."end" > s.characters '
            'OR a.quote <> substr(s.text, a.start + 1, a."end" - a.start) '
            "ORDER BY s.id, a.start"
        )
    ).all()
    findings: list[Finding] = []
    for annotation, start, end, source, title, characters, outside in rows[:SHOWN_PER_CHECK]:
        where = f"annotation {annotation} of source {source} “{title}”"
        if outside:
            findings.append(
                Finding(
                    "annotation offsets",
                    f"{where} spans [{start}, {end}) but the text has {characters} characters",
                )
            )
        else:
            findings.append(
                Finding("quotes", f"{where}: its stored quote differs from the text at its span")
            )
    if len(rows) > SHOWN_PER_CHECK:
        findings.append(
            Finding("annotation offsets", f"and {len(rows) - SHOWN_PER_CHECK} more annotations")
        )
    lengths = reader.session.execute(
        text("SELECT id, title FROM sources WHERE characters <> length(text)")
    ).all()
    findings.extend(
        Finding("source texts", f"source {sid} “{title}”: its character count is wrong")
        for sid, title in lengths[:SHOWN_PER_CHECK]
    )
    return findings


def codebook_findings(reader: Reader) -> list[Finding]:
    tree = code_tree(reader)
    return [
        Finding(
            "codebook",
            f"code {d.code.id} “{d.code.name}” is in a parent cycle"
            if d.reason == "cycle"
            else f"code {d.code.id} “{d.code.name}” has a parent that does not exist",
        )
        for d in tree.detached
    ]

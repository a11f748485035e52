"""The excerpt table's columns, in one place: the workbook's Excerpts sheet and the CSV export
list the same fields in the same order (the CSV adds the GUIDs a script needs to join on)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from desktop_app.domain.comparison import Excerpt


class ExcerptField(NamedTuple):
    header: str
    value: Callable[[Excerpt], str | int]


EXCERPT_FIELDS: tuple[ExcerptField, ...] = (
    ExcerptField("Source", lambda e: e.source.label),
    ExcerptField("Outlet", lambda e: e.source.outlet),
    ExcerptField("Date", lambda e: e.source.published),  # ISO; the workbook shows it
    ExcerptField("Codes", lambda e: e.code_names),
    ExcerptField("Speaker", lambda e: e.speaker_names),
    ExcerptField("Stance", lambda e: e.stance_names),
    ExcerptField("Quote", lambda e: e.quote),
    ExcerptField("Context before", lambda e: e.context_before),
    ExcerptField("Context after", lambda e: e.context_after),
    ExcerptField("Start", lambda e: e.start),
    ExcerptField("End", lambda e: e.end),
    ExcerptField("Note", lambda e: e.note),
    ExcerptField("Coder", lambda e: e.coder),
    # Assisted or hand-made: "suggestion:mention:lemma" for one accepted from a suggestion.
    ExcerptField("Origin", lambda e: e.origin or "by hand"),
)
EXCERPT_HEADERS = tuple(f.header for f in EXCERPT_FIELDS)
QUOTE_COLUMN = EXCERPT_HEADERS.index("Quote")
CODES_COLUMN = EXCERPT_HEADERS.index("Codes")
DATE_COLUMN = EXCERPT_HEADERS.index("Date")


def excerpt_values(excerpt: Excerpt) -> list[str | int]:
    """One excerpt's values in :data:`EXCERPT_HEADERS` order."""
    return [f.value(excerpt) for f in EXCERPT_FIELDS]

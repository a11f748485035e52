"""The excerpt table's columns, in one place: the workbook's Excerpts sheet and the CSV export
list the same fields in the same order (the CSV adds the GUIDs a script needs to join on)."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from desktop_app.domain.comparison import Excerpt
from desktop_app.i18n import N_, gettext


class ExcerptField(NamedTuple):
    header: str
    value: Callable[[Excerpt], str | int]


EXCERPT_FIELDS: tuple[ExcerptField, ...] = (
    ExcerptField(N_("Source"), lambda e: e.source.label),
    ExcerptField(N_("Outlet"), lambda e: e.source.outlet),
    ExcerptField(N_("Date"), lambda e: e.source.published),  # ISO; the workbook shows it
    ExcerptField(N_("Codes"), lambda e: e.code_names),
    ExcerptField(N_("Speaker"), lambda e: e.speaker_names),
    ExcerptField(N_("Stance"), lambda e: e.stance_names),
    ExcerptField(N_("Quote"), lambda e: e.quote),
    ExcerptField(N_("Context before"), lambda e: e.context_before),
    ExcerptField(N_("Context after"), lambda e: e.context_after),
    ExcerptField(N_("Start"), lambda e: e.start),
    ExcerptField(N_("End"), lambda e: e.end),
    ExcerptField(N_("Note"), lambda e: e.note),
    ExcerptField(N_("Coder"), lambda e: e.coder),
    # Assisted or hand-made: "suggestion:mention:lemma" for one accepted from a suggestion.
    ExcerptField(N_("Origin"), lambda e: e.origin or gettext("by hand")),
)
EXCERPT_HEADERS = tuple(f.header for f in EXCERPT_FIELDS)
QUOTE_COLUMN = EXCERPT_HEADERS.index("Quote")
CODES_COLUMN = EXCERPT_HEADERS.index("Codes")
DATE_COLUMN = EXCERPT_HEADERS.index("Date")


def excerpt_values(excerpt: Excerpt) -> list[str | int]:
    """One excerpt's values in :data:`EXCERPT_HEADERS` order."""
    return [f.value(excerpt) for f in EXCERPT_FIELDS]

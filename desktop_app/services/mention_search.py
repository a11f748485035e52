"""Search by code: "all mentions of Mykhailo Podolyak" across the project, found the way the
reading engine finds mentions (every alias, inflection and transliteration), as search hits the
search panel lists and "Mark all hits as…" uses."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.model import Code
from desktop_app.reading.suggest.codesearch import codes_named_by, mention_spans
from desktop_app.reading.suggest.engine import mention_codes
from desktop_app.services import codebook, sources
from desktop_app.services.project import Project
from desktop_app.services.search import CONTEXT_CHARS, SearchHit
from desktop_app.services.suggestions_engine import reading_codes


def codes_for_query(project: Project, query: str) -> list[Code]:
    """The codes (speakers, places with aliases) that ``query`` names by one of their aliases:
    what the search panel offers as "all mentions of …"."""
    codes = codebook.list_codes(project)
    named = codes_named_by(query, mention_codes(reading_codes(codes)))
    wanted = {c.code_id for c in named}
    return [c for c in codes if c.id in wanted]


def mentions_of(
    project: Project, code_id: int, source_ids: Iterable[int] | None = None, limit: int = 5000
) -> list[SearchHit]:
    """Every mention of the code in the project (or in ``source_ids``), in source order."""
    codes = codebook.list_codes(project)
    code = next((c for c in reading_codes(codes) if c.code_id == code_id), None)
    if code is None:
        return []
    hits: list[SearchHit] = []
    for source in sources.list_sources(project, source_ids):
        text = sources.get_text(project, source.id)
        for start, end in mention_spans(text, source.language or None, code):
            hits.append(
                SearchHit(
                    source.id,
                    start,
                    end,
                    text[max(0, start - CONTEXT_CHARS) : start],
                    text[start:end],
                    text[end : end + CONTEXT_CHARS],
                )
            )
            if len(hits) >= limit:
                return hits
    return hits

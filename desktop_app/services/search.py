"""Search across sources, case- and diacritic-insensitive in every script.

SQL narrows the sources using the stored folded text (portable ``LIKE`` on already-folded text);
Python then finds exact hits and maps them back to code-point spans of the original text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app.domain.textfold import find_all, fold
from desktop_app.services.project import Project
from desktop_app.storage import sources as source_store

CONTEXT_CHARS = 40


@dataclass(frozen=True)
class SearchHit:
    source_id: int
    start: int
    end: int
    before: str
    match: str
    after: str


def search(
    project: Project,
    query: str,
    source_ids: Iterable[int] | None = None,
    limit: int = 5000,
) -> list[SearchHit]:
    """Every occurrence of ``query`` (ignoring case and diacritics), in source order."""
    needle = fold(query.strip())
    if not needle:
        return []
    wanted = set(source_ids) if source_ids is not None else None
    hits: list[SearchHit] = []
    with project.read() as reader:
        ids = [
            i
            for i in source_store.source_ids_matching_folded(reader, needle)
            if wanted is None or i in wanted
        ]
        texts = source_store.texts(reader, ids)
    for source_id in ids:
        text = texts[source_id]
        for start, end in find_all(text, query.strip()):
            hits.append(
                SearchHit(
                    source_id=source_id,
                    start=start,
                    end=end,
                    before=text[max(0, start - CONTEXT_CHARS) : start],
                    match=text[start:end],
                    after=text[end : end + CONTEXT_CHARS],
                )
            )
            if len(hits) >= limit:
                return hits
    return hits

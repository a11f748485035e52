"""Search by code: which codes a typed query names (by any alias, spelling or inflection), and
every span of a text that mentions a code — the same matching as mention suggestions, so
"podolyak" finds the code whose alias is "Podolyak", and its mentions "Подоляк", "Подоляка",
"Podoliak"."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.domain.suggestions import ReadingCode
from desktop_app.reading.morphology import MorphLanguage
from desktop_app.reading.suggest.mentions import build_index, find_mentions
from desktop_app.reading.suggest.tokens import Words, morph_language, tokens


def codes_named_by(query: str, codes: Sequence[ReadingCode]) -> list[ReadingCode]:
    """The codes one of whose names or aliases ``query`` is, in any case, spelling or form
    ("podolyak", "Podoliak", "Подоляка")."""
    words = list(tokens(query))
    if not words:
        return []
    capitalised = " ".join(w.text[:1].upper() + w.text[1:] for w in words)
    index = build_index(codes)
    found = find_mentions(index, capitalised, list(tokens(capitalised)), None).mentions
    whole = {m.code_id for m in found if m.start == 0 and m.end == len(capitalised)}
    return [c for c in codes if c.code_id in whole]


def mention_spans(
    text: str, language: str | None, code: ReadingCode, limit: int | None = None
) -> list[tuple[int, int]]:
    """Every span of ``text`` that mentions ``code`` (capped like mention suggestions)."""
    morph: MorphLanguage | None = morph_language(language)
    end = len(text) if limit is None else min(limit, len(text))
    scan = find_mentions(build_index((code,)), text, Words(text, end).all, morph)
    return [(m.start, m.end) for m in scan.mentions]

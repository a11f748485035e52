"""Type-ahead look-up of codes by name or alias, in any script.

"путин", "Putin" and "the russian pres" all find *Vladimir Putin* when his aliases hold those
spellings. Ranking: exact name or alias, then prefix of a word, then substring; shorter names
first within a rank; roots are never offered.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.domain.model import Code, CodeKind
from desktop_app.domain.textfold import fold


def _score(code: Code, needle: str) -> int | None:
    best: int | None = None
    for name in code.all_names():
        folded = fold(name)
        if folded == needle:
            score = 0
        elif folded.startswith(needle):
            score = 1
        elif any(word.startswith(needle) for word in folded.split()):
            score = 2
        elif needle in folded:
            score = 3
        else:
            continue
        best = score if best is None else min(best, score)
    return best


def rank_codes(codes: Iterable[Code], query: str, kind: CodeKind | None = None) -> list[Code]:
    needle = fold(" ".join(query.split()))
    candidates = [c for c in codes if not c.is_root and (kind is None or c.kind == kind)]
    if not needle:
        return sorted(candidates, key=lambda c: (c.kind.value, c.position, fold(c.name)))
    scored = [(score, c) for c in candidates if (score := _score(c, needle)) is not None]
    scored.sort(key=lambda item: (item[0], len(item[1].name), fold(item[1].name)))
    return [code for _, code in scored]


def distinct_aliases(aliases: Sequence[str], name: str) -> list[str]:
    """``aliases`` with white space tidied, without blanks, the name itself, or spellings
    that fold to one already kept (the first spelling wins)."""
    seen = {fold(name)}
    cleaned: list[str] = []
    for raw in aliases:
        alias = " ".join(raw.split())
        if alias and fold(alias) not in seen:
            seen.add(fold(alias))
            cleaned.append(alias)
    return cleaned

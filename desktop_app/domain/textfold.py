"""Case- and diacritic-insensitive matching for every script.

SQLite's ``lower()``/``LIKE`` fold ASCII only, so Parley folds text itself: Unicode case folding
plus removal of combining marks after compatibility decomposition. "Путин" finds "путин" and
"ПУТИН"; "Zelenskyy" finds "ZELENSKYY"; "Ёлка" finds "елка"; "café" finds "CAFE".

``fold_with_map`` also returns, for each folded character, the index of the original character
it came from, so hits found in folded text map back to exact code-point spans of the original.
"""

from __future__ import annotations

import unicodedata
from functools import cache, lru_cache


@lru_cache(maxsize=8192)
def _fold_char(ch: str) -> str:
    decomposed = unicodedata.normalize("NFKD", ch)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    return stripped.casefold()


# Combining marks live below U+1F000; scanning that range once (~20 ms, on first use) gives a
# table for str.translate, which folds a whole text in C instead of character by character.
_LAST_COMBINING_CANDIDATE = 0x1F000


@cache
def _combining_marks() -> dict[int, None]:
    return {
        cp: None
        for cp in range(0x0300, _LAST_COMBINING_CANDIDATE)
        if unicodedata.combining(chr(cp))
    }


def fold(text: str) -> str:
    """The folded form of ``text``, for storing and comparing.

    Equal, character for character, to folding each character alone (what
    :func:`fold_with_map` does); a test checks this over the whole Basic Multilingual Plane.
    """
    if text.isascii():
        return text.lower()
    return unicodedata.normalize("NFKD", text).translate(_combining_marks()).casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, per folded character, the index of its original character."""
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = ch.lower() if ch.isascii() else _fold_char(ch)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``needle`` in ``text``, ignoring case and diacritics,
    as ``(start, end)`` code-point spans of the original ``text``."""
    folded_needle = fold(needle)
    if not folded_needle:
        return []
    folded, origin = fold_with_map(text)
    hits: list[tuple[int, int]] = []
    start = folded.find(folded_needle)
    while start != -1:
        last = start + len(folded_needle) - 1
        hits.append((origin[start], origin[last] + 1))
        start = folded.find(folded_needle, start + len(folded_needle))
    return hits

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


# The usual texts (Latin, Cyrillic, Greek, CJK, with typographic punctuation and emoji) carry,
# after decomposition, only combining marks of U+0300-U+033F, which are two UTF-8 bytes led by
# 0xCC. Removing those from the bytes runs at memory speed, where ``str.translate`` with a dict
# costs some 80 ns a character — ten times reading, decoding and hashing the file. A text with
# any character of a block that holds other combining marks takes the table. The blocks are
# named by UTF-8 lead byte; a test checks these lists against ``unicodedata``.
_MARK_LEAD = 0xCC
_LEADS_WITHOUT_MARKS = bytes(
    [*range(0xC2, 0xCC), 0xCE, 0xCF, 0xD0, 0xD1, 0xD3, 0xD4, 0xD5, 0xDA, 0xDE, *range(0xE4, 0xEA)]
) + bytes([0xEB, 0xEC, 0xED, 0xEE])
# Three- and four-byte leads whose blocks have marks only in a few 64-character sub-blocks
# (named by the next byte): U+2000-U+2FFF (punctuation, currency, symbols) and U+1F000-U+1FFFF
# (emoji; 0xF0 leads the other supplementary blocks too, so only 0xF0 0x9F is let through).
_E2_SUB_BLOCKS_WITH_MARKS = (b"\xe2\x83", b"\xe2\xb3", b"\xe2\xb5", b"\xe2\xb7")
_CHECKED_BYTES = bytes(range(0xC0)) + _LEADS_WITHOUT_MARKS + bytes([_MARK_LEAD])
_MARK_LEAD_TO_INVALID = bytes(0xFF if b == _MARK_LEAD else b for b in range(256))


def _without_common_marks(text: str) -> str | None:
    """``text`` (decomposed) without its combining marks, if they are all of U+0300-U+033F and
    no character of another block with marks occurs; else None."""
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return None
    rest = data.translate(None, _CHECKED_BYTES)
    if rest:
        if rest.translate(None, b"\xe2\xf0"):
            return None
        if any(block in data for block in _E2_SUB_BLOCKS_WITH_MARKS):
            return None
        if data.count(b"\xf0") != data.count(b"\xf0\x9f"):
            return None
    if _MARK_LEAD not in data:
        return text
    # Each mark becomes an invalid byte followed by a stray continuation byte; decoding with
    # "ignore" drops both, and nothing else in bytes that came from a valid string.
    return data.translate(_MARK_LEAD_TO_INVALID).decode("utf-8", "ignore")


def fold(text: str) -> str:
    """The folded form of ``text``, for storing and comparing.

    Equal, character for character, to folding each character alone (what
    :func:`fold_with_map` does); a test checks this over the whole Basic Multilingual Plane.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = _without_common_marks(decomposed)
    if stripped is None:
        stripped = decomposed.translate(_combining_marks())
    return stripped.casefold()


def fold_with_map(text: str) -> tuple[str, list[int]]:
    """Folded text and, per folded character, the index of its original character."""
    out: list[str] = []
    origin: list[int] = []
    for index, ch in enumerate(text):
        folded = ch.lower() if ch.isascii() else _fold_char(ch)
        out.append(folded)
        origin.extend([index] * len(folded))
    return "".join(out), origin


# Characters are scanned up to here for ones that fold to other than exactly one character;
# a text with any character beyond takes the character-by-character path.
_SCANNED_UP_TO = "\U00020000"


@cache
def _not_one_to_one() -> dict[int, None]:
    """Characters below ``_SCANNED_UP_TO`` whose folded form is not exactly one character
    (ß → ss, ﬁ → fi, a combining mark → nothing, a Hangul syllable → its jamo), as a
    ``str.translate`` table that deletes them. Found once, in about 0.1 s."""
    return {
        cp: None
        for cp in range(0x80, ord(_SCANNED_UP_TO))
        if not 0xD800 <= cp < 0xE000 and len(_fold_char.__wrapped__(chr(cp))) != 1
    }


def _folds_one_to_one(text: str) -> bool:
    """True when every character of ``text`` folds to exactly one character, so that
    ``fold(text)[i]`` comes from ``text[i]``."""
    if text.isascii():
        return True
    if max(text) >= _SCANNED_UP_TO:
        return False
    return len(text.translate(_not_one_to_one())) == len(text)


def find_all(text: str, needle: str) -> list[tuple[int, int]]:
    """Every non-overlapping occurrence of ``needle`` in ``text``, ignoring case and diacritics,
    as ``(start, end)`` code-point spans of the original ``text``.

    Most texts (English, Russian, accented Latin) fold one character to one: then the folded
    text is made whole, in C, and its positions are the original's. Others map each folded
    character back to its origin one by one.
    """
    folded_needle = fold(needle)
    if not folded_needle:
        return []
    origin: list[int] | None = None
    if _folds_one_to_one(text):
        folded = fold(text)
    else:
        folded, origin = fold_with_map(text)
    hits: list[tuple[int, int]] = []
    start = folded.find(folded_needle)
    while start != -1:
        last = start + len(folded_needle) - 1
        hits.append((start, last + 1) if origin is None else (origin[start], origin[last] + 1))
        start = folded.find(folded_needle, start + len(folded_needle))
    return hits

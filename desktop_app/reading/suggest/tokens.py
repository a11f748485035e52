"""Words of a text with their code-point offsets, and the keys they are matched by.

A word is a run of letters and digits, with inner apostrophes ("Putin's", "п'ять"); hyphens
split words ("Putin-led" → "Putin", "led"). Each distinct spelling is analysed once (cached).
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.reading.morphology import MorphLanguage, is_cyrillic, lemma, lemmas

WORD = re.compile(r"[^\W_]+(?:['’ʼ][^\W_]+)*")


@dataclass(frozen=True, slots=True)
class Token:
    start: int
    end: int
    text: str

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokens(text: str, start: int = 0, end: int | None = None) -> Iterator[Token]:
    for found in WORD.finditer(text, start, len(text) if end is None else end):
        yield Token(found.start(), found.end(), found.group())


class Words:
    """The words of a text, read once, and the words of any span of it (by bisection)."""

    def __init__(self, text: str, end: int) -> None:
        self.all = list(tokens(text, 0, end))
        self._starts = [w.start for w in self.all]

    def between(self, start: int, end: int) -> list[Token]:
        return self.all[bisect_left(self._starts, start) : bisect_left(self._starts, end)]


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")


def has_cyrillic(text: str) -> bool:
    return _CYRILLIC.search(text) is not None


def morph_language(language: str | None) -> MorphLanguage | None:
    """The dictionary a source's language code points at ("uk", "ru"; else None)."""
    if not language:
        return None
    first = language.split(",")[0].strip().lower()[:2]
    return "uk" if first == "uk" else "ru" if first == "ru" else None


@lru_cache(maxsize=200_000)
def fold(word: str) -> str:
    """Case-folded, without accents in Latin script ("Erdoğan" → "erdogan"); Cyrillic keeps й
    and ї, which are letters of their own, and writes ё as е."""
    if is_cyrillic(word):
        return word.casefold().replace("ё", "е")
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


# Latin transliterations of one Slavic name differ in a few principled ways: -y/-iy/-yy/-yi/-ii
# endings, y or i before a vowel (Podolyak/Podoliak), kh/h, ts/tz/cz, zh/j, shch/sch, doubled
# letters. The skeleton removes those differences; "Zelensky", "Zelenskyy" and "Zelenskiy"
# all become "zelenski".
_LATIN_RULES: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"['’ʼ]"), ""),
    (re.compile(r"shch|sch"), "sh"),
    (re.compile(r"kh"), "h"),
    (re.compile(r"tz|ts|cz"), "c"),
    (re.compile(r"zh"), "j"),
    (re.compile(r"(?:iy|yy|yi|ii|ij|y|i)$"), "i"),
    (re.compile(r"y"), "i"),
    (re.compile(r"j(?=[aeou])"), "i"),
    (re.compile(r"(.)\1"), r"\1"),
)


def latin_skeleton(folded: str) -> str:
    for pattern, replacement in _LATIN_RULES:
        folded = pattern.sub(replacement, folded)
    return folded


# Russian and Ukrainian spellings of one name (Зеленский / Зеленський, Кулеба) meet when the
# letters only one of them writes are mapped onto the other's and soft signs dropped.
_CYRILLIC_TABLE = str.maketrans(
    {"і": "и", "ї": "и", "є": "е", "ґ": "г", "ё": "е", "ы": "и", "ь": None, "ъ": None, "'": None}
)


def cyrillic_skeleton(folded: str) -> str:
    return folded.translate(_CYRILLIC_TABLE).replace("’", "").replace("ʼ", "")


@dataclass(frozen=True, slots=True)
class WordKeys:
    """``words``: the surface and every dictionary form (case-folded); ``names``: the skeletons
    a name is matched by across spellings and inflections."""

    folded: str
    words: frozenset[str]
    names: frozenset[str]
    cyrillic: bool
    word_keys: frozenset[str]  # "w:…" for each of ``words``: the alias index's keys
    name_keys: frozenset[str]  # "n:…" for each of ``names``


@lru_cache(maxsize=200_000)
def word_keys(word: str, language: MorphLanguage | None) -> WordKeys:
    folded = fold(word)
    if is_cyrillic(word):
        forms = {folded.replace("ё", "е"), *lemmas(word, language)}
        return _keys(folded, frozenset(forms), frozenset(cyrillic_skeleton(f) for f in forms), True)
    base = fold(lemma(word, language))
    return _keys(folded, frozenset({folded, base}), frozenset({latin_skeleton(base)}), False)


def _keys(folded: str, words: frozenset[str], names: frozenset[str], cyrillic: bool) -> WordKeys:
    return WordKeys(
        folded,
        words,
        names,
        cyrillic,
        frozenset(f"w:{w}" for w in words),
        frozenset(f"n:{n}" for n in names),
    )

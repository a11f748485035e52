"""Dictionary forms of words in Russian and Ukrainian (pymorphy3 with its dictionary packages),
a light normal form elsewhere.

"Путина", "Путину", "Путиным" all have the lemma "путин"; "Зеленського" has "зеленський". A
word that the dictionary does not know (a foreign surname, a typo) is still analysed by
pymorphy3's guessers, which is what makes unseen surnames ("Подоляка") come back to their
nominative. English and other Latin-script words get a case-folded form with a possessive
"'s" removed; that is all English needs for names, and it is not worth a stemmer's mistakes.

The analysers load on first use (about 0.1 s and 15 MB each) and are shared by every thread:
pymorphy3's analyser is read-only after construction.
"""

from __future__ import annotations

import threading
import unicodedata
from functools import lru_cache
from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    import pymorphy3

MorphLanguage = Literal["ru", "uk"]

_LOCK = threading.Lock()
_ANALYSERS: dict[str, pymorphy3.MorphAnalyzer] = {}

# Letters only Ukrainian writes (і, ї, є, ґ) and only Russian writes (ы, э, ъ, ё): one is enough
# to pick the dictionary for a word; words with neither are looked up in the text's language.
_ONLY_UKRAINIAN = frozenset("іїєґІЇЄҐ")
_ONLY_RUSSIAN = frozenset("ыэъёЫЭЪЁ")
_APOSTROPHES = "'’ʼ`"


def analyser(language: MorphLanguage) -> pymorphy3.MorphAnalyzer:
    """The shared analyser of ``language``, made on first use."""
    with _LOCK:
        found = _ANALYSERS.get(language)
        if found is None:
            import pymorphy3  # 15 MB of dictionaries: loaded only when needed

            found = pymorphy3.MorphAnalyzer(lang=language)
            _ANALYSERS[language] = found
        return found


def is_cyrillic(word: str) -> bool:
    return any("CYRILLIC" in unicodedata.name(ch, "") for ch in word if ch.isalpha())


def cyrillic_language(word: str, default: MorphLanguage = "ru") -> MorphLanguage:
    """Which dictionary a Cyrillic word belongs to, by its letters where they tell."""
    letters = set(word)
    if letters & _ONLY_UKRAINIAN:
        return "uk"
    if letters & _ONLY_RUSSIAN:
        return "ru"
    return default


@lru_cache(maxsize=200_000)
def lemma(word: str, language: MorphLanguage | None = None) -> str:
    """The dictionary form of ``word``, case-folded.

    Cyrillic words go through the Russian or Ukrainian dictionary (``language`` where the
    letters do not decide); the most probable parse wins. Other words are case-folded, with an
    English possessive ending removed ("Putin's" → "putin").
    """
    if not word:
        return word
    if is_cyrillic(word):
        chosen = cyrillic_language(word, language or "ru")
        parses = analyser(chosen).parse(word)
        return (parses[0].normal_form if parses else word.casefold()).replace("ё", "е")
    folded = word.casefold()
    for mark in _APOSTROPHES:
        if folded.endswith(mark + "s"):
            return folded[:-2]
        if folded.endswith("s" + mark):
            return folded[:-1]
    return folded


@lru_cache(maxsize=200_000)
def lemmas(word: str, language: MorphLanguage | None = None) -> frozenset[str]:
    """Every dictionary form ``word`` may have (all parses), for matching that must not miss:
    "Песков" is a surname and also the genitive plural of "песок"."""
    if not is_cyrillic(word):
        return frozenset({lemma(word, language)})
    chosen = cyrillic_language(word, language or "ru")
    forms = {parse.normal_form.replace("ё", "е") for parse in analyser(chosen).parse(word)}
    return frozenset(forms or {word.casefold()})

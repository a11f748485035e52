"""Aliases as the engine matches them, and which aliases are unsafe to match at all.

An alias is a sequence of words. A capitalised word is a name: it matches any inflection and
transliteration of itself (through the skeletons of ``tokens.word_keys``) but only a
capitalised word of the text ("Песков" is the spokesman, "песков" is sand). A lower-case word
("глава", "president") matches any form with one of its dictionary forms.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.i18n import gettext
from desktop_app.reading.morphology import MorphLanguage, is_cyrillic
from desktop_app.reading.suggest.tokens import WORD, latin_skeleton, word_keys

# Words that never identify anyone on their own: an alias made only of these is unsafe.
STOP_WORDS = frozenset(
    """
    a an the and or of in on at to for by with from as is are was were be he she it they we you
    i me him her them his its their our my your this that these those who what not no yes mr mrs
    ms dr president minister spokesman spokeswoman
    и в во на с со к по за из у о об от до а но или не ни что как это он она оно они мы вы я
    его ее её их им ей президент министр глава спикер представитель
    і й та з зі до від у про що як це він вона воно вони ми ви я його її їх голова речник
    """.split()
)
MIN_LETTERS = 3


def alias_problem(alias: str) -> str | None:
    """Why ``alias`` is unsafe to match (it would flood every source), or None when it is safe:
    fewer than three letters ("A", "ЕС"), or only common words ("the", "и", "President").
    The reason is in the current language (:mod:`desktop_app.i18n`)."""
    words = WORD.findall(alias)
    letters = sum(ch.isalpha() for ch in alias)
    if not words or letters < MIN_LETTERS:
        return gettext("too short to tell apart from ordinary text")
    if all(w.casefold() in STOP_WORDS for w in words):
        return gettext("a common word, found in nearly every text")
    return None


@dataclass(frozen=True, slots=True)
class AliasWord:
    name: bool  # capitalised: matched as a name, only against capitalised words
    folded: str
    keys: frozenset[str]  # "w:…" dictionary forms, "n:…" name skeletons
    skeleton: str  # Latin skeleton of a Latin name ("" otherwise): the fuzzy rule's key


@dataclass(frozen=True, slots=True)
class CompiledAlias:
    code_id: int
    text: str
    words: tuple[AliasWord, ...]


def compile_alias(code_id: int, alias: str, language: MorphLanguage | None) -> CompiledAlias:
    words: list[AliasWord] = []
    for word in WORD.findall(alias):
        language_here: MorphLanguage | None = language if is_cyrillic(word) else None
        keys = word_keys(word, language_here)
        # A capitalised title ("the Russian President") is a common word, in any case.
        name = word[:1].isupper() and word.casefold() not in STOP_WORDS
        if name:
            found = keys.name_keys
            skeleton = "" if keys.cyrillic else latin_skeleton(keys.folded)
        else:
            found = keys.word_keys
            skeleton = ""
        words.append(AliasWord(name, keys.folded, found, skeleton))
    return CompiledAlias(code_id, alias, tuple(words))

"""Cue lexicons (``resources/reading/cues_<language>.json``, documented in the README beside
them): which words report speech, which introduce the speaker, which stand for the last
speaker, and which say a stance. Loaded once per language and shared (read-only)."""

from __future__ import annotations

import json
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from desktop_app import paths
from desktop_app.reading.morphology import MorphLanguage
from desktop_app.reading.suggest.tokens import WORD, Token, fold, word_keys

LANGUAGES = ("en", "ru", "uk")


class CueError(ValueError):
    """A cue file that cannot be read: says which and why."""


@dataclass(frozen=True, slots=True)
class Cue:
    words: tuple[str, ...]  # folded words of the phrase
    kind: str  # "speech", "attribution" or "stance"
    stance: str = ""  # the stance name for a stance cue
    lemma: bool = False  # matched by dictionary form (ru, uk) as well as by spelling

    @property
    def text(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class CueLexicon:
    cues: tuple[Cue, ...]
    clause: frozenset[str]
    pronouns: frozenset[str]
    descriptions: frozenset[str]
    determiners: frozenset[str]
    indefinite: frozenset[str]
    by_first: dict[str, tuple[Cue, ...]]

    @property
    def stances(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(c.stance for c in self.cues if c.stance))


def _phrases(data: dict[str, object], key: str, where: str) -> list[str]:
    found = data.get(key, [])
    if not isinstance(found, list) or not all(isinstance(x, str) for x in found):
        raise CueError(f"{where}: “{key}” must be a list of words or phrases")
    return list(found)


def lexicon_from_data(data: object, lemma: bool, where: str = "cues") -> CueLexicon:
    if not isinstance(data, dict):
        raise CueError(f"{where}: expected a JSON object")
    cues: list[Cue] = []
    for kind in ("speech", "attribution"):
        cues += [
            Cue(tuple(fold(w) for w in WORD.findall(p)), kind, "", lemma)
            for p in _phrases(data, kind, where)
        ]
    stance = data.get("stance", {})
    if not isinstance(stance, dict):
        raise CueError(f"{where}: “stance” must map stance names to lists of cues")
    for name, phrases in stance.items():
        cues += [
            Cue(tuple(fold(w) for w in WORD.findall(p)), "stance", str(name), lemma)
            for p in _phrases({"x": phrases}, "x", f"{where} stance “{name}”")
        ]
    cues = [c for c in cues if c.words]
    by_first: dict[str, list[Cue]] = {}
    for cue in cues:
        by_first.setdefault(cue.words[0], []).append(cue)
    return CueLexicon(
        tuple(cues),
        frozenset(fold(w) for w in _phrases(data, "clause", where)),
        frozenset(fold(w) for w in _phrases(data, "pronouns", where)),
        frozenset(fold(w) for w in _phrases(data, "descriptions", where)),
        frozenset(fold(w) for w in _phrases(data, "determiners", where)),
        frozenset(fold(w) for w in _phrases(data, "indefinite", where)),
        {k: tuple(v) for k, v in by_first.items()},
    )


_LOCK = threading.Lock()
_LOADED: dict[str, CueLexicon] = {}


def lexicon(language: str) -> CueLexicon:
    """The bundled lexicon of ``language`` ("en", "ru" or "uk"), loaded on first use."""
    with _LOCK:
        found = _LOADED.get(language)
        if found is None:
            path = paths.resource("reading", f"cues_{language}.json")
            try:
                data = json.loads(path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise CueError(f"{path}: {exc}") from exc
            found = lexicon_from_data(data, lemma=language != "en", where=str(path))
            _LOADED[language] = found
        return found


@dataclass(frozen=True, slots=True)
class CueHit:
    cue: Cue
    first: int  # index of the cue's first word in the token list
    last: int  # index of its last word


def find_cues(
    lexicons: Iterable[CueLexicon],
    words: list[Token],
    morph: MorphLanguage | None,
) -> list[CueHit]:
    """Every cue in ``words`` (phrases word by word), by position, longest first at a place."""
    chosen = tuple(lexicons)
    determiners = frozenset().union(*(lex.determiners for lex in chosen)) if chosen else frozenset()
    hits: list[CueHit] = []
    for i, token in enumerate(words):
        surface = fold(token.text)
        if i and fold(words[i - 1].text) in determiners:
            continue  # "similar demands", "his claims": a noun
        forms = word_keys(token.text, morph).words | {surface}
        for lex in chosen:
            for form in forms:
                for cue in lex.by_first.get(form, ()):
                    if (form == surface or cue.lemma) and _rest_matches(cue, words, i, morph):
                        hits.append(CueHit(cue, i, i + len(cue.words) - 1))
    ordered = sorted(hits, key=lambda h: (h.first, -(h.last - h.first), h.cue.kind != "stance"))
    kept: list[CueHit] = []
    reach = -1
    for hit in ordered:
        if hit.first > reach:
            kept.append(hit)
            reach = hit.last
    return kept


def _rest_matches(cue: Cue, words: list[Token], i: int, morph: MorphLanguage | None) -> bool:
    for offset, word in enumerate(cue.words[1:], start=1):
        if i + offset >= len(words):
            return False
        token = words[i + offset]
        surface = fold(token.text)
        forms = word_keys(token.text, morph).words | {surface} if cue.lemma else {surface}
        if word not in forms:
            return False
    return True

"""Passages that word a condition already coded elsewhere.

Each condition has its coded wordings and its own keywords (aliases, in any language: "NATO ·
НАТО"). A sentence of the source proposes the condition when it shares enough content words
with one of its wordings: content words are compared by a stem (the first ``STEM`` letters of
the dictionary form, so "withdraw", "withdrawn" and "withdrawal" meet, and "регионов" meets
"регион"), and a wording is matched when at least ``MIN_SHARED`` of its stems — and at least
``MIN_CONTAINMENT`` of them — are in the sentence; the character trigrams of the sentence must
also hold ``MIN_TRIGRAMS`` of the wording's (a second, spelling-level check). A keyword matches
when every content stem of it is in the sentence. Thresholds were tuned on the sample corpus
and the evaluation texts (``tests/reading/eval``).

Fast over many sources and wordings: wordings are deduplicated by their stems (at most
``MAX_WORDINGS`` per condition, the latest sources' first) and reached
through an inverted index of their rarer stems (a stem in more than ``RARE_POSTINGS`` wordings
and 2 % of them reaches none: it tells little, and would make every sentence meet every
wording); the shared stems are then counted on the whole wording.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.domain.suggestions import CodedWording, ReadingCode
from desktop_app.reading.morphology import MorphLanguage, lemma
from desktop_app.reading.suggest.aliases import STOP_WORDS
from desktop_app.reading.suggest.sentences import Unit
from desktop_app.reading.suggest.tokens import Token, Words, fold, tokens

STEM = 6
MIN_WORD = 4
MIN_SHARED = 3
MIN_CONTAINMENT = 0.3
MIN_TRIGRAMS = 0.3
KEYWORD_SCORE = 0.7
MAX_PER_SOURCE = 300
MAX_WORDINGS = 400  # distinct coded wordings kept per condition (the latest)
RARE_POSTINGS = 50  # a stem in more wordings than this (and 2 % of them) finds none
RARE_SHARE = 0.02

_MORE_STOP_WORDS = frozenset(
    """
    that this with from would will must should could have been were their there they them then
    than what when which while also only into over under such these those after before about
    said says сказал заявил только также чтобы если этот этой этом было были будет может после
    перед который которые которых своей свои своих його щоб якщо цей цього було були буде може
    після який які яких своїх
    """.split()
)


def stems(words: Sequence[Token], morph: MorphLanguage | None) -> dict[str, Token]:
    """Content stems of ``words``, each with the first word that gave it."""
    found: dict[str, Token] = {}
    for word in words:
        if len(word.text) < MIN_WORD or word.text.isdigit():
            continue
        folded = fold(word.text)
        if folded in STOP_WORDS or folded in _MORE_STOP_WORDS:
            continue
        found.setdefault(fold(lemma(word.text, morph))[:STEM], word)
    return found


_SPACE = re.compile(r"\s+")


@lru_cache(maxsize=4096)
def trigrams(text: str) -> frozenset[str]:
    folded = _SPACE.sub(" ", text.casefold())
    return frozenset(folded[i : i + 3] for i in range(len(folded) - 2))


@dataclass(frozen=True)
class Wording:
    code_id: int
    stems: frozenset[str]
    text: str  # one coded copy's wording: its trigrams are made when a sentence comes close


@dataclass(frozen=True)
class Keyword:
    code_id: int
    text: str
    stems: frozenset[str]


@dataclass(frozen=True)
class ConditionIndex:
    wordings: tuple[Wording, ...]
    by_stem: dict[str, tuple[int, ...]]  # stem → wording indexes
    keywords: tuple[Keyword, ...]
    coded: dict[int, tuple[tuple[int, int, int], ...]]  # source id → (start, end, code id)


def _language(language: str | None) -> MorphLanguage | None:
    if language and language[:2].lower() in ("ru", "uk"):
        return "uk" if language[:2].lower() == "uk" else "ru"
    return None


def build_conditions(
    codes: Sequence[ReadingCode], wordings: Sequence[CodedWording]
) -> ConditionIndex:
    conditions = {c.code_id: c for c in codes if c.kind.value == "condition"}
    texts: dict[tuple[int, frozenset[str]], str] = {}
    per_code: Counter[int] = Counter()
    # The latest wordings first (the input is in source order), at most MAX_WORDINGS a code.
    for w in reversed(wordings):
        if w.code_id not in conditions or per_code[w.code_id] >= MAX_WORDINGS:
            continue
        found = frozenset(stems(list(tokens(w.text)), _language(w.language)))
        if len(found) < 2 or (w.code_id, found) in texts:
            continue
        texts[(w.code_id, found)] = w.text
        per_code[w.code_id] += 1
    made = tuple(Wording(code_id, found, text) for (code_id, found), text in texts.items())
    frequency = Counter(s for w in made for s in w.stems)
    most = max(RARE_POSTINGS, int(RARE_SHARE * len(made)))
    common = {s for s, n in frequency.items() if n > most}
    by_stem: dict[str, list[int]] = defaultdict(list)
    for i, made_wording in enumerate(made):
        for s in made_wording.stems - common:
            by_stem[s].append(i)
    keywords = tuple(
        Keyword(
            c.code_id,
            alias,
            frozenset(stems(list(tokens(alias)), None)) or frozenset({alias.casefold()[:STEM]}),
        )
        for c in conditions.values()
        for alias in c.aliases
    )
    coded: dict[int, list[tuple[int, int, int]]] = defaultdict(list)
    for w in wordings:
        if w.code_id in conditions:
            coded[w.source_id].append((w.start, w.end, w.code_id))
    return ConditionIndex(
        made,
        {k: tuple(v) for k, v in by_stem.items()},
        keywords,
        {k: tuple(v) for k, v in coded.items()},
    )


@dataclass(frozen=True, slots=True)
class ConditionMatch:
    start: int
    end: int
    code_id: int
    score: float
    shared: tuple[str, ...]  # the sentence's words that matched
    wordings: int  # how many coded wordings it is close to
    keyword: str  # the keyword that matched, when no wording did


def _clause_span(text: str, unit: Unit, first: int, last: int) -> tuple[int, int]:
    left = max(text.rfind(ch, unit.start, first) for ch in ',;:(«“"')
    start = left + 1 if left >= 0 else unit.start
    rights = [i for i in (text.find(ch, last, unit.end) for ch in ",;:)»”") if i >= 0]
    end = min(rights) if rights else unit.end
    while start < end and text[start] in " \t\n\"'«»“”„0123456789.":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;:":
        end -= 1
    return start, end


def find_conditions(
    index: ConditionIndex,
    source_id: int,
    text: str,
    units: Sequence[Unit],
    *,
    words_of: Words,
    morph: MorphLanguage | None,
) -> tuple[list[ConditionMatch], bool]:
    """The conditions worded in ``units`` (at most one per condition and sentence) and whether
    the per-source cap cut some."""
    found: list[ConditionMatch] = []
    if not index.wordings and not index.keywords:
        return found, False
    coded_here = index.coded.get(source_id, ())
    for unit in units:
        # A condition already coded in this sentence is not proposed again.
        done = {code for a, b, code in coded_here if a < unit.end and unit.start < b}
        words = words_of.between(unit.start, unit.end)
        here = stems(words, morph)
        if len(here) < 2:
            continue
        reachable: set[int] = set()
        for s in here:
            reachable.update(index.by_stem.get(s, ()))
        counts = {i: len(index.wordings[i].stems & here.keys()) for i in reachable}
        best: dict[int, tuple[float, set[str], int]] = {}
        grams: frozenset[str] | None = None
        for i, shared_count in counts.items():
            wording = index.wordings[i]
            if wording.code_id in done:
                continue
            if shared_count < min(MIN_SHARED, len(wording.stems)):
                continue
            containment = shared_count / len(wording.stems)
            if containment < MIN_CONTAINMENT:
                continue
            if grams is None:
                grams = trigrams(text[unit.start : unit.end])
            theirs = trigrams(wording.text)
            overlap = len(theirs & grams) / max(1, len(theirs))
            if overlap < MIN_TRIGRAMS:
                continue
            score = min(0.95, 0.45 + 0.35 * containment + 0.2 * overlap)
            shared = set(wording.stems & here.keys())
            previous = best.get(wording.code_id)
            if previous is None:
                best[wording.code_id] = (score, set(shared), 1)
            else:
                best[wording.code_id] = (
                    max(previous[0], score),
                    previous[1] | shared,
                    previous[2] + 1,
                )
        for code_id, (score, shared, count) in best.items():
            matched = sorted((here[s] for s in shared), key=lambda t: t.start)
            start, end = _clause_span(text, unit, matched[0].start, matched[-1].end)
            found.append(
                ConditionMatch(
                    start, end, code_id, score, tuple(t.text for t in matched), count, ""
                )
            )
        for keyword in index.keywords:
            if (
                keyword.code_id in best
                or keyword.code_id in done
                or not keyword.stems <= here.keys()
            ):
                continue
            matched = sorted((here[s] for s in keyword.stems), key=lambda t: t.start)
            start, end = _clause_span(text, unit, matched[0].start, matched[-1].end)
            found.append(
                ConditionMatch(
                    start,
                    end,
                    keyword.code_id,
                    KEYWORD_SCORE,
                    tuple(t.text for t in matched),
                    0,
                    keyword.text,
                )
            )
        if len(found) >= MAX_PER_SOURCE:
            return found[:MAX_PER_SOURCE], True
    return found, False

"""Mentions of known codes: every alias of every code, in any inflection and transliteration.

The index maps the keys of an alias's first word to the aliases that start with it; a text is
read word by word once, each word looked up by its keys, and the following words checked
against the rest of the alias. Overlapping matches keep the longest (leftmost first).

Bounded: unsafe aliases (``aliases.alias_problem``) are never matched, a code gets at most
``MAX_PER_CODE`` mentions per source and a source ``MAX_MENTIONS`` in all; what was cut is
reported.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from desktop_app.domain.suggestions import ReadingCode
from desktop_app.i18n import gettext, number_text
from desktop_app.reading.morphology import MorphLanguage
from desktop_app.reading.suggest.aliases import (
    AliasWord,
    CompiledAlias,
    alias_problem,
    compile_alias,
)
from desktop_app.reading.suggest.tokens import Token, latin_skeleton, word_keys

MAX_PER_CODE = 500
MAX_MENTIONS = 5_000
FUZZY_MIN_LENGTH = 7  # Latin name skeletons this long may differ by one letter
_GAP = re.compile(r"[\s\-‐‑–]{1,3}")

SCORES = {"alias": 0.97, "lemma": 0.93, "variant": 0.88, "fuzzy": 0.72}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    code_id: int
    alias: str
    how: str  # "alias", "lemma", "variant" or "fuzzy"

    @property
    def score(self) -> float:
        return SCORES[self.how]


@dataclass(frozen=True)
class MentionIndex:
    first: dict[str, tuple[CompiledAlias, ...]]
    fuzzy: dict[str, tuple[CompiledAlias, ...]]
    unsafe: tuple[str, ...]  # one sentence per alias left out
    paths: dict[int, str]


def _deletions(word: str) -> set[str]:
    return {word, *(word[:i] + word[i + 1 :] for i in range(len(word)))}


def build_index(
    codes: Iterable[ReadingCode], language: MorphLanguage | None = None
) -> MentionIndex:
    first: dict[str, list[CompiledAlias]] = defaultdict(list)
    fuzzy: dict[str, list[CompiledAlias]] = defaultdict(list)
    unsafe: list[str] = []
    paths: dict[int, str] = {}
    for code in codes:
        paths[code.code_id] = code.path
        seen: set[str] = set()
        for alias in code.names:
            if alias.casefold() in seen:
                continue
            seen.add(alias.casefold())
            problem = alias_problem(alias)
            if problem is not None:
                unsafe.append(f"“{alias}” ({code.path}) is {problem}: not matched")
                continue
            compiled = compile_alias(code.code_id, alias, language)
            if not compiled.words:
                continue
            for key in compiled.words[0].keys:
                first[key].append(compiled)
            head = compiled.words[0]
            if len(compiled.words) == 1 and len(head.skeleton) >= FUZZY_MIN_LENGTH:
                for variant in _deletions(head.skeleton):
                    fuzzy[variant].append(compiled)
    return MentionIndex(
        {k: tuple(v) for k, v in first.items()},
        {k: tuple(v) for k, v in fuzzy.items()},
        tuple(unsafe),
        paths,
    )


def _word_matches(word: AliasWord, token: Token, language: MorphLanguage | None) -> str | None:
    """How ``token`` matches one word of an alias, or None."""
    if word.name and not token.capitalised:
        return None
    keys = word_keys(token.text, language)
    if word.name:
        if word.keys.isdisjoint(keys.name_keys):
            return None
    elif word.keys.isdisjoint(keys.word_keys):
        return None
    if keys.folded == word.folded:
        return "alias"
    if keys.cyrillic or word.folded in keys.words:
        return "lemma"
    return "variant"


def _within_one(a: str, b: str) -> bool:
    if abs(len(a) - len(b)) > 1 or a[:1] != b[:1]:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) <= 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


_HOW_ORDER = ("alias", "lemma", "variant", "fuzzy")


def _match_at(
    index: MentionIndex,
    text: str,
    words: Sequence[Token],
    i: int,
    language: MorphLanguage | None,
) -> list[Mention]:
    token = words[i]
    keys = word_keys(token.text, language)
    candidates: dict[int, CompiledAlias] = {}
    first = index.first
    for key in keys.word_keys:
        for alias in first.get(key, ()):
            candidates[id(alias)] = alias
    if token.capitalised:
        for key in keys.name_keys:
            for alias in first.get(key, ()):
                candidates[id(alias)] = alias
    found: list[Mention] = []
    for alias in candidates.values():
        hows: list[str] = []
        for offset, word in enumerate(alias.words):
            j = i + offset
            if j >= len(words):
                break
            if offset and not _GAP.fullmatch(text, words[j - 1].end, words[j].start):
                break
            how = _word_matches(word, words[j], language)
            if how is None:
                break
            hows.append(how)
        else:
            worst = max(hows, key=_HOW_ORDER.index)
            end = words[i + len(alias.words) - 1].end
            found.append(Mention(token.start, end, alias.code_id, alias.text, worst))
    if not found and index.fuzzy and token.capitalised and not keys.cyrillic:
        skeleton = latin_skeleton(keys.folded)
        if len(skeleton) >= FUZZY_MIN_LENGTH - 1:
            near: dict[int, CompiledAlias] = {}
            for variant in _deletions(skeleton):
                for alias in index.fuzzy.get(variant, ()):
                    near[id(alias)] = alias
            for alias in near.values():
                if _within_one(skeleton, alias.words[0].skeleton):
                    found.append(
                        Mention(token.start, token.end, alias.code_id, alias.text, "fuzzy")
                    )
    return found


@dataclass(frozen=True)
class MentionScan:
    mentions: tuple[Mention, ...]
    limited: tuple[str, ...]


def find_mentions(
    index: MentionIndex,
    text: str,
    words: Sequence[Token],
    language: MorphLanguage | None,
) -> MentionScan:
    """Every mention of a code among ``words`` of ``text``: longest match first, overlaps dropped
    (two codes sharing one alias both keep the span), capped per code and per source."""
    if not index.first and not index.fuzzy:
        return MentionScan((), ())
    raw: list[Mention] = []
    for i in range(len(words)):
        raw.extend(_match_at(index, text, words, i, language))
    raw.sort(key=lambda m: (m.start, -(m.end - m.start), _HOW_ORDER.index(m.how)))
    kept: list[Mention] = []
    per_code: dict[int, int] = defaultdict(int)
    cut: dict[int, int] = defaultdict(int)
    reach = -1
    last: Mention | None = None
    for mention in raw:
        same_span = last is not None and (mention.start, mention.end) == (last.start, last.end)
        if mention.start < reach and not same_span:
            continue
        if same_span and last is not None and mention.code_id == last.code_id:
            continue
        if per_code[mention.code_id] >= MAX_PER_CODE or len(kept) >= MAX_MENTIONS:
            cut[mention.code_id] += 1
            continue
        per_code[mention.code_id] += 1
        kept.append(mention)
        last = mention
        reach = max(reach, mention.end)
    limited = tuple(
        gettext("{code}: only the first {kept} mentions proposed ({left} more left out)").format(
            code=index.paths.get(code_id, code_id),
            kept=number_text(per_code[code_id]),
            left=number_text(count),
        )
        for code_id, count in sorted(cut.items())
    )
    return MentionScan(tuple(kept), limited)

"""Comparing wordings of one statement word by word: the token diff behind the Variants view
and quote fidelity.

Words are compared by a key: for Russian and Ukrainian their dictionary form (so "регионов"
and "регионы" are one word, see :mod:`desktop_app.reading.morphology`), elsewhere the
case-folded word; a direct quotation is compared by its words as written (case aside), since
a changed ending inside quotation marks is a changed quote. The diff is
:class:`difflib.SequenceMatcher` over those keys: what the reference has and the wording lacks
is *omitted*, the reverse *added*, a replaced run *changed* — with what the change touches
named where it is clear (a number, a place name such as Kyiv/Kiev, a name, a modal verb such
as must/could, a cue verb such as demanded/asked).

Two wordings are only diffed when they tell the same passage: ``alike`` measures how many word
triples they share (single words for very short wordings); below :data:`ALIKE` they are
different passages of one condition and stand side by side undiffed.

Pure: text in, :mod:`desktop_app.domain.variants` values out; no database, no Qt.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

from desktop_app.domain.variants import ChangeKind, Difference, DiffOp
from desktop_app.reading.morphology import cyrillic_language, is_cyrillic, lemma

# A number ("10,000", "2.5") or a word with inner apostrophes and hyphens ("Russia's",
# "Ivano-Frankivsk", "п'ять").
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’ʼ\-]\w+)*")

ALIKE = 0.3  # shared word triples (of the shorter wording) for a wording to be diffed
RATIO_ALIKE = 0.6  # or, when some triples are shared, words in common in order
QUOTE_ALIKE = 0.5  # the same for two direct quotations to be one quote
_NAMED_CHANGE = 4  # words a change may have on either side for its kind to be named
_EDGE_CHANGE = 3  # a change at a quote's edge counts only if both sides are this short

_NUMBER_WORDS = frozenset(
    "one two three four five six seven eight nine ten eleven twelve twenty thirty forty fifty "
    "hundred hundreds thousand thousands million millions billion billions dozen half "
    "один два три четыре пять шесть семь восемь девять десять сто тысяча миллион миллиард "
    "половина дюжина один два три чотири п'ять шість сім вісім дев'ять десять сто тисяча "
    "мільйон мільярд".split()
)
# Spellings of one place, each to the place: a change between two of them is a place name's.
_PLACE_SPELLINGS: dict[str, str] = {
    spelling: names.split()[0]
    for names in (
        "kyiv kiev киев київ kiew",
        "kharkiv kharkov харьков харків",
        "luhansk lugansk луганск луганськ",
        "donetsk донецк донецьк",
        "zaporizhzhia zaporozhye zaporizhia zaporozhe запорожье запоріжжя",
        "kherson херсон",
        "odesa odessa одесса одеса",
        "mykolaiv nikolaev nikolayev николаев миколаїв",
        "lviv lvov львов львів",
        "dnipro dnepr dnipropetrovsk днепр дніпро",
        "chernihiv chernigov чернигов чернігів",
        "donbas donbass донбасс донбас",
        "crimea крым крим",
        "moscow москва",
        "ukraine украина україна",
        "russia россия росія",
        "washington вашингтон",
        "brussels брюссель",
        "belarus belorussia беларусь білорусь",
        "minsk минск мінськ",
        "sevastopol севастополь",
        "mariupol мариуполь маріуполь",
        "bakhmut artemovsk бахмут артемовск",
    )
    for spelling in names.split()
}
_MODALS = frozenset(
    "must could can cannot can't should would will won't shall may might need needs needed "
    "ought have has had required "
    "должен должна должны должно мочь может могут нужно надо следует необходимо обязан "
    "повинен повинна повинні могти може можуть треба потрібно слід".split()
)
# Verbs that say how something was said: a change between two of them changes the statement.
_CUES = (
    "demand",
    "ask",
    "said",
    "say",
    "state",
    "claim",
    "insist",
    "urge",
    "call",
    "warn",
    "propos",
    "suggest",
    "announc",
    "declar",
    "request",
    "requir",
    "offer",
    "promis",
    "threat",
    "заяв",
    "потребова",
    "требова",
    "попроси",
    "проси",
    "сказа",
    "предлож",
    "призва",
    "отмети",
    "подчеркну",
    "пообеща",
    "обеща",
    "пригрози",
    "вимага",
    "попроси",
    "запропонува",
    "закликa",
    "наголоси",
)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int
    key: str


def language_of(text: str, languages: Sequence[str]) -> str:
    """The language of one wording in a source written in ``languages`` (its codes, main
    first): the only one when there is one; else Cyrillic words pick Russian or Ukrainian by
    their letters, and other words the source's first non-Cyrillic language."""
    listed = [code for code in languages if code]
    if len(listed) == 1:
        return listed[0]
    cyrillic = is_cyrillic(text)
    if cyrillic:
        told = cyrillic_language(text, "uk" if "uk" in listed and "ru" not in listed else "ru")
        return (
            told
            if told in listed or not listed
            else next((c for c in listed if c in ("ru", "uk", "be", "bg")), told)
        )
    return next(
        (c for c in listed if c not in ("ru", "uk", "be", "bg")), "en" if not listed else ""
    )


def _fold(word: str) -> str:
    return word.casefold().replace("ё", "е")


def tokens(text: str, language: str = "", *, exact: bool = False) -> list[Token]:
    """The words of ``text`` with their keys: dictionary forms for Russian and Ukrainian (not
    when ``exact``), the case-folded word otherwise."""
    morph = language if language in ("ru", "uk") else None
    found: list[Token] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if exact:
            key = _fold(word)
        elif morph is not None or is_cyrillic(word):
            key = lemma(word, morph)
        else:
            key = lemma(word)
        found.append(Token(word, match.start(), match.end(), key))
    return found


def _grams(keys: Sequence[str], size: int) -> list[tuple[str, ...]]:
    if size == 1:
        return [(k,) for k in keys]
    return [tuple(keys[i : i + size]) for i in range(len(keys) - size + 1)]


TRIPLES = 6  # words a wording needs for word triples to measure it


def gram_size(a: int, b: int) -> int:
    return 3 if min(a, b) >= TRIPLES else 1


def alike(a: Sequence[str], b: Sequence[str]) -> float:
    """How much two key sequences tell the same words in the same order: the share of the
    shorter one's word triples (single words when either is very short) the other has."""
    if not a or not b:
        return 0.0
    size = gram_size(len(a), len(b))
    first = set(_grams(a, size))
    second = _grams(b, size)
    shorter = min(len(first), len(set(second)))
    if not shorter:
        return 0.0
    shared = len(first.intersection(second))
    return min(1.0, shared / shorter)


def word_ratio(a: Sequence[str], b: Sequence[str]) -> float:
    """The share of words two key sequences have in common in order (difflib's ratio): for
    wordings whose word triples barely meet because a word in every few was changed."""
    return SequenceMatcher(None, a, b, False).ratio()


def compare(
    reference: Sequence[Token],
    wording: Sequence[Token],
    reference_text: str,
    wording_text: str,
    *,
    interior: bool = False,
) -> tuple[Difference, ...]:
    """What ``wording`` omitted, added and changed against ``reference``. With ``interior``
    (direct quotations), words one quote has before or after all the other's are a matter of
    where each quote starts and ends, not differences; a short change at an edge still is."""
    matcher = SequenceMatcher(None, [t.key for t in reference], [t.key for t in wording], False)
    opcodes = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if interior and opcodes:
        opcodes = [op for op in opcodes if not _edge(op, len(reference), len(wording))]
    found: list[Difference] = []
    for tag, i1, i2, j1, j2 in opcodes:
        ref_span = _span(reference, i1, i2, len(reference_text))
        word_span = _span(wording, j1, j2, len(wording_text))
        op = {"delete": DiffOp.OMITTED, "insert": DiffOp.ADDED}.get(tag, DiffOp.CHANGED)
        found.append(
            Difference(
                op=op,
                reference=reference_text[ref_span[0] : ref_span[1]],
                wording=wording_text[word_span[0] : word_span[1]],
                kind=change_kind(reference, wording, (i1, i2, j1, j2)),
                reference_span=ref_span,
                wording_span=word_span,
            )
        )
    return tuple(found)


def _edge(op: tuple[str, int, int, int, int], ref_len: int, word_len: int) -> bool:
    tag, i1, i2, j1, j2 = op
    at_start = i1 == 0 and j1 == 0
    at_end = i2 == ref_len and j2 == word_len
    if not (at_start or at_end):
        return False
    if tag != "replace":
        return True
    return max(i2 - i1, j2 - j1) > _EDGE_CHANGE


def _span(found: Sequence[Token], first: int, last: int, length: int) -> tuple[int, int]:
    if first < last:
        return found[first].start, found[last - 1].end
    at = found[first].start if first < len(found) else length
    return at, at


def change_kind(
    reference: Sequence[Token], wording: Sequence[Token], at: tuple[int, int, int, int]
) -> ChangeKind:
    """What the words ``reference[i1:i2]`` → ``wording[j1:j2]`` touch, where it is clear (a
    short change: a long one is a rewording, whatever words it holds); ``at`` is
    ``(i1, i2, j1, j2)``."""
    i1, i2, j1, j2 = at
    if max(i2 - i1, j2 - j1) > _NAMED_CHANGE:
        return ChangeKind.WORDS
    sides = [*reference[i1:i2], *wording[j1:j2]]
    keys = [_fold(t.text) for t in sides]
    if any(any(ch.isdigit() for ch in k) or k in _NUMBER_WORDS for k in keys):
        return ChangeKind.NUMBER
    if any(k in _PLACE_SPELLINGS for k in [*keys, *(t.key for t in sides)]):
        return ChangeKind.PLACE
    named = [
        *(reference[i] for i in range(max(i1, 1), i2)),
        *(wording[j] for j in range(max(j1, 1), j2)),
    ]
    if any(t.text[:1].isupper() for t in named):
        return ChangeKind.NAME
    if any(k in _MODALS for k in keys):
        return ChangeKind.MODAL
    if any(k.startswith(_CUES) for k in keys):
        return ChangeKind.CUE
    return ChangeKind.WORDS


# -- direct quotations -------------------------------------------------------------------------

_OPENERS = {"“": "”“", "«": "»", "„": "“”", '"': '"', "‘": "’", "‹": "›", "»": "«"}
_QUOTE_MARKS = re.compile('[“«„"‘‹]')


def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The passages of ``text`` inside quotation marks of any common style (“…”, «…», „…“,
    "…", ‘…’), without the marks, one per quotation. Nested quotes stay inside the outer one;
    a quotation still open at the end of its paragraph ends there (the English way of quoting
    several paragraphs opens each anew)."""
    spans: list[tuple[int, int]] = []
    position = 0
    length = len(text)
    while True:
        match = _QUOTE_MARKS.search(text, position)
        if match is None:
            return spans
        at = match.start()
        mark = match.group()
        if mark == "‘" and at > 0 and text[at - 1].isalnum():
            position = at + 1
            continue
        closers = _OPENERS[mark]
        paragraph_end = text.find("\n", at)
        paragraph_end = length if paragraph_end == -1 else paragraph_end
        end = at + 1
        while end < paragraph_end:
            ch = text[end]
            if ch in closers and not (ch == "’" and end + 1 < length and text[end + 1].isalpha()):
                break
            end += 1
        inner_start, inner_end = at + 1, min(end, paragraph_end)
        while inner_end > inner_start and text[inner_end - 1].isspace():
            inner_end -= 1
        if inner_end > inner_start:
            spans.append((inner_start, inner_end))
        position = end + 1


def direct_quote(
    spans: Sequence[tuple[int, int]], starts: Sequence[int], start: int, end: int
) -> tuple[int, int] | None:
    """The longest part of ``[start, end)`` inside one of the quoted ``spans`` (sorted, with
    ``starts`` their starts), or None when the passage quotes nobody directly."""
    best: tuple[int, int] | None = None
    index = max(0, bisect_right(starts, start) - 1)
    while index < len(spans) and spans[index][0] < end:
        q_start, q_end = spans[index]
        lo, hi = max(start, q_start), min(end, q_end)
        if hi > lo and (best is None or hi - lo > best[1] - best[0]):
            best = (lo, hi)
        index += 1
    return best


@dataclass(frozen=True)
class QuoteItem:
    """One direct quotation for :func:`quote_pairs`: whose (``group``, e.g. the speaker), in
    which source, its words."""

    group: int
    source_id: int
    text: str


def quote_pairs(
    items: Sequence[QuoteItem],
) -> list[tuple[int, int, tuple[Difference, ...]]]:
    """(reference index, index, differences) for every quotation that differs inside the quote
    from an earlier one (``items`` come earliest first) of the same group in another source
    telling the same words. Each is compared with the earliest such quotation."""
    keyed = [tokens(item.text, exact=True) for item in items]
    pairs: list[tuple[int, int, tuple[Difference, ...]]] = []
    by_group: dict[int, list[int]] = {}
    for index, item in enumerate(items):
        by_group.setdefault(item.group, []).append(index)
    for members in by_group.values():
        index_of: dict[tuple[str, ...], list[int]] = {}
        short: list[int] = []  # earlier quotations too short for word triples
        for index in members:
            keys = [t.key for t in keyed[index]]
            reference = _earliest_alike(index, keys, (index_of, short), items, keyed)
            if reference is not None:
                differences = compare(
                    keyed[reference],
                    keyed[index],
                    items[reference].text,
                    items[index].text,
                    interior=True,
                )
                if differences:
                    pairs.append((reference, index, differences))
            if len(keys) >= TRIPLES:
                for gram in set(_grams(keys, 3)):
                    index_of.setdefault(gram, []).append(index)
            else:
                short.append(index)
    pairs.sort(key=lambda pair: (pair[0], pair[1]))
    return pairs


def _earliest_alike(
    index: int,
    keys: list[str],
    earlier: tuple[dict[tuple[str, ...], list[int]], list[int]],
    items: Sequence[QuoteItem],
    keyed: Sequence[Sequence[Token]],
) -> int | None:
    """The earliest quotation before ``index`` in another source telling the same words
    (``earlier``: the earlier ones' word triples, and those too short for triples)."""
    index_of, short = earlier
    if len(keys) >= TRIPLES:
        hits: set[int] = set(short)
        for gram in set(_grams(keys, 3)):
            hits.update(index_of.get(gram, ()))
    else:
        hits = set(short) | {i for found in index_of.values() for i in found}
    source = items[index].source_id
    for candidate in sorted(hits):
        if items[candidate].source_id == source:
            continue
        other = [t.key for t in keyed[candidate]]
        if alike(other, keys) >= QUOTE_ALIKE:
            return candidate
    return None

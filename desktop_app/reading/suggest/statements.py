"""Reported statements and who made them.

A sentence (a "unit": sentences held together by one quotation) reports speech when it holds a
speech cue, an attribution ("according to", "по словам"), a quotation of some length, or ends
with a dash and a speaker ("… – US defense chief"). The speaker is who speaks, not who is spoken
about:

* the speaker named before the cue in its clause, when that name can be a subject (not
  "Putin's", not "Путина"/"Путину": only nominative, or locative for an institution, "В
  Пентагоне считают"); mentions inside quotations never speak;
* else the one named just after the cue ("…," said Putin; "— заявил Песков") or after an
  attribution ("По словам Пескова, …");
* else, when a pronoun ("he", "он", "він") or a description ("The Ukrainian aide") stands
  before the cue, the nearest preceding speaker of the paragraph (or of the one before);
* a quotation with no cue continues the last speaker's words (a quote running over
  paragraphs).

One sentence may report two speakers ("X заявил, что …, Y сказал, что …"): it is cut before the
second speaker's clause. The span is the reported clause (after "that", "что"…) or the quotation
when one carries the statement, else the sentence.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.reading.morphology import MorphLanguage, analyser, cyrillic_language, is_cyrillic
from desktop_app.reading.suggest.cues import CueHit, CueLexicon, find_cues
from desktop_app.reading.suggest.mentions import Mention
from desktop_app.reading.suggest.sentences import Unit
from desktop_app.reading.suggest.tokens import Token, Words, fold, has_cyrillic, tokens

MIN_QUOTE_WORDS = 4
AFTER_CUE_WORDS = 4
PRONOUN_REACH = 2
DESCRIPTION_REACH = 5
SHORT_DESCRIPTION = 3
# Words that do not make a description longer ("Глава МИД России также сообщил").
_ADVERBS = frozenset(
    "also too then later again earlier также тоже еще ещё затем позже також теж".split()
)
_POSSESSIVE_PRONOUNS = frozenset("его ее их його її їх his her their".split())
_TRIM = " \t\n\r\"'«»“”„‹›‘’.,;:—–-"
_NUMBERING = "0123456789. \t"
SCORES = {
    "cue": 0.86,
    "after": 0.86,
    "attribution": 0.86,
    "dash": 0.78,
    "pronoun": 0.74,
    "quote": 0.66,
    "none": 0.4,
}


@dataclass(frozen=True, slots=True)
class Statement:
    start: int
    end: int
    speaker: int | None  # code id
    stance: str  # stance name from the lexicon, "" when the cue says none
    how: str  # "cue", "after", "attribution", "pronoun", "dash", "quote" or "none"
    cue: str  # the cue's words (or the pronoun, or "")
    speaker_text: str  # the words that named the speaker

    @property
    def score(self) -> float:
        return SCORES[self.how]


@lru_cache(maxsize=50_000)
def _can_be_subject(word: str, morph: MorphLanguage | None) -> bool:
    if not is_cyrillic(word):
        return not fold(word).endswith(("'s", "’s", "ʼs", "s'", "s’"))
    cases = {p.tag.case for p in analyser(cyrillic_language(word, morph or "ru")).parse(word)}
    return bool(cases & {"nomn", "loct", None})


def _inside(position: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(a <= position < b for a, b in spans)


@dataclass
class _Context:
    text: str
    morph: MorphLanguage | None
    last_speaker: dict[int, tuple[int, str]]  # paragraph → (speaker code, words)
    words: Words


def find_statements(
    text: str,
    units: Sequence[Unit],
    speakers: Sequence[Mention],
    *,
    lexicons: dict[str, CueLexicon],
    words_of: Words,
    morph: MorphLanguage | None,
) -> list[Statement]:
    """The statements of ``units``; ``speakers``: the mentions of speaker codes, by position."""
    context = _Context(text, morph, {}, words_of)
    found: list[Statement] = []
    cursor = 0
    for unit in units:
        while cursor < len(speakers) and speakers[cursor].start < unit.start:
            cursor += 1
        here: list[Mention] = []
        j = cursor
        while j < len(speakers) and speakers[j].start < unit.end:
            if not _inside(speakers[j].start, unit.quotes):
                here.append(speakers[j])
            j += 1
        made = _unit_statements(context, unit, here, lexicons)
        found.extend(made)
        if not made:
            # No statement here: a person named as a subject is the paragraph's nearest
            # speaker for a pronoun that follows ("Песков прилетел утром. Он заявил …").
            words = context.words.between(unit.start, unit.end)
            named = [m for m in here if _subject(text, words, m, morph)]
            if named:
                last = named[-1]
                context.last_speaker[unit.paragraph] = (last.code_id, text[last.start : last.end])
    return found


def _lexicons_for(text: str, lexicons: dict[str, CueLexicon]) -> list[CueLexicon]:
    if has_cyrillic(text):
        return [lex for name, lex in lexicons.items() if name in ("ru", "uk")]
    return [lex for name, lex in lexicons.items() if name == "en"]


def _unit_statements(
    context: _Context, unit: Unit, mentions: list[Mention], lexicons: dict[str, CueLexicon]
) -> list[Statement]:
    text = context.text
    words = [
        w for w in context.words.between(unit.start, unit.end) if not _inside(w.start, unit.quotes)
    ]
    chosen = _lexicons_for(text[unit.start : unit.end], lexicons)
    hits = find_cues(chosen, words, context.morph)
    clause_words = frozenset().union(*(lex.clause for lex in chosen)) if chosen else frozenset()
    made: list[tuple[int, CueHit | None, Mention | None, str, str]] = []  # (segment start, …)
    clause_start = unit.start
    for hit in hits:
        speaker, how, cue_text = _speaker_of(
            context, unit, words, hit, mentions, clause_start, chosen
        )
        if speaker is None and how == "none":
            if not made:
                made.append((unit.start, hit, None, "none", " ".join(hit.cue.words)))
            continue
        if (
            made
            and made[-1][2] is not None
            and speaker is not None
            and made[-1][2].code_id == speaker.code_id
        ):
            continue
        segment = unit.start
        if made:
            segment = _segment_start(text, words, hit, speaker, clause_start)
            if made[-1][2] is None:  # a cue without a speaker before: the sentence is this one's
                made.pop()
                segment = unit.start
        made.append((segment, hit, speaker, how, cue_text))
        if speaker is not None and how != "pronoun":
            context.last_speaker[unit.paragraph] = (
                speaker.code_id,
                text[speaker.start : speaker.end],
            )
        clause_start = words[hit.last].end
    if not made:
        extra = _without_cue(context, unit, words, mentions)
        if extra is None:
            return []
        if extra.speaker is not None:
            context.last_speaker[unit.paragraph] = (extra.speaker, extra.speaker_text)
        return [extra]
    statements: list[Statement] = []
    for index, (segment, governing, speaker, how, cue_text) in enumerate(made):
        end = made[index + 1][0] if index + 1 < len(made) else unit.end
        start, stop = _span(text, unit, words, governing, (segment, end), clause_words=clause_words)
        stance = governing.cue.stance if governing is not None else ""
        code = speaker.code_id if speaker is not None else None
        said = text[speaker.start : speaker.end] if speaker is not None else ""
        if how == "pronoun" and speaker is not None:
            said = speaker.alias  # a stand-in carries the name it stands for
        statements.append(Statement(start, stop, code, stance, how, cue_text, said))
        if code is not None:
            context.last_speaker[unit.paragraph] = (code, said)
        else:
            context.last_speaker.pop(unit.paragraph, None)
    return statements


def _segment_start(
    text: str,
    words: list[Token],
    hit: CueHit,
    speaker: Mention | None,
    clause_start: int,
) -> int:
    """Where the clause of a second speaker begins: after the last comma or semicolon before
    their name (or before the cue), not before the previous cue."""
    anchor = (
        speaker.start
        if speaker is not None and speaker.start < words[hit.first].start
        else words[hit.first].start
    )
    cut = max(text.rfind(",", clause_start, anchor), text.rfind(";", clause_start, anchor))
    return cut + 1 if cut >= 0 else anchor


def _speaker_of(  # noqa: PLR0917 - one clause's facts, all needed
    context: _Context,
    unit: Unit,
    words: list[Token],
    hit: CueHit,
    mentions: list[Mention],
    clause_start: int,
    lexicons: list[CueLexicon],
) -> tuple[Mention | None, str, str]:
    text = context.text
    cue_start = words[hit.first].start
    cue_end = words[hit.last].end
    cue_text = " ".join(hit.cue.words)
    last_quote_end = max((b for a, b in unit.quotes if b <= cue_start), default=unit.start)
    begin = max(clause_start, last_quote_end)
    if hit.first == 0 and not has_cyrillic(cue_text) and hit.cue.words[-1].endswith("ed"):
        return None, "none", cue_text  # "Asked whether …, Peskov said": a passive participle
    if clause_start > unit.start and _continues(text, words, hit):
        return None, "none", cue_text  # ", claiming that …": the previous speaker goes on
    if hit.cue.kind != "attribution":
        before = [m for m in mentions if begin <= m.start and m.end <= cue_start]
        for mention in reversed(before):
            if _subject(text, words, mention, context.morph):
                return mention, "cue", cue_text
    preceding = [w for w in words if begin <= w.start < cue_start and fold(w.text) not in _ADVERBS]
    # The speaker named after the cue: "…," said Putin; "— заявил Песков"; "по словам Пескова".
    # Only where the cue opens its clause (nothing but the quotation before it): in "X заявил,
    # что не считает предложение Путина" the second cue's "Путина" is spoken about.
    opens_clause = not preceding or text[words[hit.first - 1].end : cue_start].strip() in {
        ",",
        "—",
        "–",
        "-",
        ", —",
        ", -",
        ", –",
    }
    pronouns = frozenset().union(*(lex.pronouns for lex in lexicons)) if lexicons else frozenset()
    if opens_clause and hit.cue.kind != "attribution":
        following = next((w for w in words if w.start >= cue_end), None)
        if following is not None and fold(following.text) in pronouns:
            known = context.last_speaker.get(unit.paragraph) or context.last_speaker.get(
                unit.paragraph - 1
            )
            if known is not None:  # "«…», — добавил он"
                return (
                    Mention(cue_start, cue_start, known[0], known[1], "alias"),
                    "pronoun",
                    following.text,
                )
    if hit.cue.kind == "attribution" or opens_clause:
        after_words = [w for w in words if w.start >= cue_end]
        limit_words = AFTER_CUE_WORDS if hit.cue.kind != "attribution" else AFTER_CUE_WORDS + 4
        reach = after_words[min(len(after_words), limit_words) - 1].end if after_words else cue_end
        clause_words = (
            frozenset().union(*(lex.clause for lex in lexicons)) if lexicons else frozenset()
        )
        for mention in mentions:
            if cue_end <= mention.start <= reach:
                between = [w for w in after_words if w.end <= mention.start]
                if any(fold(w.text) in clause_words for w in between):
                    break
                last_word = text[mention.start : mention.end].split()[-1]
                if hit.cue.kind == "attribution" or _can_be_subject(last_word, context.morph):
                    how = "attribution" if hit.cue.kind == "attribution" else "after"
                    return mention, how, cue_text
    pronouns = frozenset().union(*(lex.pronouns for lex in lexicons)) if lexicons else frozenset()
    descriptions = (
        frozenset().union(*(lex.descriptions for lex in lexicons)) if lexicons else frozenset()
    )
    if hit.cue.kind == "attribution" and any(
        w in pronouns or w in _POSSESSIVE_PRONOUNS for w in hit.cue.words
    ):
        known = context.last_speaker.get(unit.paragraph) or context.last_speaker.get(
            unit.paragraph - 1
        )
        if known is not None:  # "по его словам": his, the last speaker's
            return Mention(cue_start, cue_start, known[0], known[1], "alias"), "pronoun", cue_text
        return None, "none", cue_text
    if hit.cue.kind == "attribution":
        return None, "none", cue_text  # the speaker comes after it, and was not found
    near = preceding[-PRONOUN_REACH:]
    pronoun = next((w for w in reversed(near) if fold(w.text) in pronouns), None)
    if pronoun is None and preceding and len(preceding) <= DESCRIPTION_REACH:
        pronoun = preceding[0] if fold(preceding[0].text) in pronouns else None
    indefinite = (
        frozenset().union(*(lex.indefinite for lex in lexicons)) if lexicons else frozenset()
    )
    # Any name before the cue blocks a description: a subject ("Austin said"), or a
    # possessive one ("Lloyd Austin's deputy said": the deputy speaks, not Austin).
    named_before = any(m.start >= begin and m.end <= cue_start for m in mentions)
    # A short description standing for someone ("The Ukrainian aide argued", "Министр
    # отметил", "Генсек НАТО ответил"): the paragraph's last speaker, when there is one.
    described = (
        bool(preceding)
        and not named_before
        and (
            (len(preceding) <= SHORT_DESCRIPTION and fold(preceding[0].text) not in indefinite)
            or (len(preceding) <= DESCRIPTION_REACH and fold(preceding[0].text) in descriptions)
        )
    )
    if pronoun is not None:
        known = context.last_speaker.get(unit.paragraph) or context.last_speaker.get(
            unit.paragraph - 1
        )
    elif described:
        known = context.last_speaker.get(unit.paragraph)
    else:
        known = None
    if known is None and opens_clause and not named_before:
        # "…, — сказал украинский президент": a short description after the cue, to the end.
        rest = [w for w in words if w.start >= cue_end and w.start < unit.end]
        if (
            rest
            and len(rest) <= SHORT_DESCRIPTION
            and not any(m.start >= cue_end for m in mentions)
        ):
            known = context.last_speaker.get(unit.paragraph)
            preceding = rest
    if known is not None:
        code, said = known
        stand_in = Mention(cue_start, cue_start, code, said, "alias")
        word = pronoun.text if pronoun is not None else " ".join(w.text for w in preceding)
        return stand_in, "pronoun", word
    return None, "none", cue_text


# A name right after one of these is an object ("put forward by Putin"), not a subject.
PREPOSITIONS = frozenset(
    "by of to from for against on at about with over into than alongside beside after before "
    "behind like unlike near".split()
)


def _subject(text: str, words: list[Token], mention: Mention, morph: MorphLanguage | None) -> bool:
    if not _can_be_subject(text[mention.start : mention.end].rsplit(maxsplit=1)[-1], morph):
        return False
    if text[mention.end : mention.end + 1] in {"-", "‐", "‑"}:
        return False  # "Putin-led": a modifier
    before = [w for w in words if w.end <= mention.start]
    return not before or fold(before[-1].text) not in PREPOSITIONS


def _continues(text: str, words: list[Token], hit: CueHit) -> bool:
    """An English participle after a comma (", suggesting …") goes on with the clause's speaker."""
    word = words[hit.first]
    return (
        fold(word.text).endswith("ing")
        and hit.first > 0
        and "," in text[words[hit.first - 1].end : word.start]
    )


def _without_cue(
    context: _Context, unit: Unit, words: list[Token], mentions: list[Mention]
) -> Statement | None:
    text = context.text
    body = text[unit.start : unit.end].rstrip(_TRIM.replace("—", "").replace("–", ""))
    if mentions:
        last = mentions[-1]
        tail = text[last.end : unit.start + len(body)]
        head = text[max(unit.start, last.start - 40) : last.start]
        dash = max(head.rfind(" – "), head.rfind(" — "), head.rfind(" - "))
        if not tail.strip() and dash >= 0:
            dash_at = max(unit.start, last.start - 40) + dash
            named = head[dash + 3 :]
            if len(named.split()) <= AFTER_CUE_WORDS:
                start = _skip_numbering(text, unit.start, dash_at)
                return Statement(
                    start, dash_at, last.code_id, "", "dash", "–", text[last.start : last.end]
                )
    long_quotes = [
        (a, b) for a, b in unit.quotes if len(tokens_between(text, a, b)) >= MIN_QUOTE_WORDS
    ]
    if not long_quotes:
        return None
    first = long_quotes[0]
    starts_with_quote = _skip_numbering(text, unit.start, unit.end) >= first[0]
    covered = sum(b - a for a, b in long_quotes)
    if not starts_with_quote and covered < (unit.end - unit.start) / 2:
        return None
    known = context.last_speaker.get(unit.paragraph) or context.last_speaker.get(unit.paragraph - 1)
    a, b = _quote_inner(text, first)
    if known is None:
        return Statement(a, b, None, "", "none", "", "")
    return Statement(a, b, known[0], "", "quote", "", known[1])


def tokens_between(text: str, start: int, end: int) -> list[Token]:
    return list(tokens(text, start, end))


def _skip_numbering(text: str, start: int, end: int) -> int:
    i = start
    while i < end and text[i] in _NUMBERING:
        i += 1
    return i if i < end else start


def _quote_inner(text: str, span: tuple[int, int]) -> tuple[int, int]:
    a, b = span
    while a < b and text[a] in _TRIM:
        a += 1
    while b > a and text[b - 1] in " \t\n\"'«»“”„‹›‘’":
        b -= 1
    return a, b


def _span(
    text: str,
    unit: Unit,
    words: list[Token],
    hit: CueHit | None,
    segment: tuple[int, int],
    *,
    clause_words: frozenset[str],
) -> tuple[int, int]:
    """The reported clause or the quotation carrying the statement, else the segment."""
    start, end = segment
    start = _skip_numbering(text, start, end)
    quotes = [(a, b) for a, b in unit.quotes if start <= a < end]
    long_quotes = [q for q in quotes if len(tokens_between(text, *q)) >= MIN_QUOTE_WORDS]
    if long_quotes:
        biggest = max(long_quotes, key=lambda q: q[1] - q[0])
        if (biggest[1] - biggest[0]) * 2 >= end - start:
            return _quote_inner(text, biggest)
    if hit is not None:
        after = [w for w in words if w.start > words[hit.last].start and w.start < end]
        for w in after[:3]:
            if fold(w.text) in clause_words:
                nxt = next((x for x in after if x.start > w.start), None)
                if nxt is not None:
                    return nxt.start, _trim_end(text, nxt.start, end)
                break
    return start, _trim_end(text, start, end)


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in " \t\n,;:":
        end -= 1
    return end

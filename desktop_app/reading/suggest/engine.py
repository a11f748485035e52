"""The engine's entry point: ``suggest_for_source`` reads one source and returns what a careful
colleague would mark in it, from plain inputs (``domain.suggestions.ReadingInputs``).

``prepare`` compiles the inputs once (alias index, cue lexicons, condition profiles); pass the
prepared reading to ``suggest_for_source`` when reading many sources with the same inputs. Both
are pure and thread-safe: a prepared reading is never changed after it is made.

Bounded: a source is read up to ``MAX_READ_CHARS`` characters (the result says so when it is
longer), mentions are capped per code and per source (see ``mentions``), statements
(``MAX_STATEMENTS``) and conditions (see ``conditions``) per source.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import (
    ReadingCode,
    ReadingInputs,
    Suggestion,
    SuggestionResult,
)
from desktop_app.i18n import gettext, ngettext, number_text
from desktop_app.reading.suggest.conditions import (
    ConditionIndex,
    ConditionMatch,
    build_conditions,
    find_conditions,
)
from desktop_app.reading.suggest.cues import LANGUAGES, CueLexicon, lexicon
from desktop_app.reading.suggest.mentions import Mention, MentionIndex, build_index, find_mentions
from desktop_app.reading.suggest.sentences import units
from desktop_app.reading.suggest.statements import Statement, find_statements
from desktop_app.reading.suggest.tokens import Words, fold, morph_language

MAX_READ_CHARS = 1_000_000
MAX_STATEMENTS = 2_000


def mention_codes(codes: tuple[ReadingCode, ...]) -> tuple[ReadingCode, ...]:
    """The codes whose mentions are proposed: every speaker, and any other code the analyst gave
    aliases (places). Conditions and stances are found as statements and passages instead."""
    return tuple(
        c for c in codes if c.kind is CodeKind.SPEAKER or (c.kind is CodeKind.OTHER and c.aliases)
    )


STANCE_PREFIX = 6


def stance_codes(codes: tuple[ReadingCode, ...], stances: tuple[str, ...]) -> dict[str, int]:
    """The project's Reactions code for each stance of the lexicons, by name or alias: equal,
    or sharing the first six letters ("Rejects" ~ "Rejection", "Criticizes" ~ "Criticises")."""
    found: dict[str, int] = {}
    reactions = [c for c in codes if c.kind is CodeKind.REACTION]
    for stance in stances:
        wanted = fold(stance)
        for code in reactions:
            names = [fold(n) for n in code.names]
            if wanted in names or any(n[:STANCE_PREFIX] == wanted[:STANCE_PREFIX] for n in names):
                found[stance] = code.code_id
                break
    return found


@dataclass(frozen=True)
class PreparedReading:
    inputs: ReadingInputs
    mentions: MentionIndex
    paths: dict[int, str]
    speakers: frozenset[int]
    lexicons: dict[str, CueLexicon]
    stances: dict[str, int]
    conditions: ConditionIndex


def prepare(
    inputs: ReadingInputs, lexicons: dict[str, CueLexicon] | None = None
) -> PreparedReading:
    """Compile ``inputs`` once for many sources (``lexicons``: the bundled cue files unless
    given)."""
    chosen = lexicons if lexicons is not None else {name: lexicon(name) for name in LANGUAGES}
    stance_names = tuple(dict.fromkeys(s for lex in chosen.values() for s in lex.stances))
    return PreparedReading(
        inputs,
        build_index(mention_codes(inputs.codes)),
        {c.code_id: c.path for c in inputs.codes},
        frozenset(c.code_id for c in inputs.codes if c.kind is CodeKind.SPEAKER),
        chosen,
        stance_codes(inputs.codes, stance_names),
        build_conditions(inputs.codes, inputs.wordings),
    )


def mention_reason(mention: Mention, quote: str, path: str) -> str:
    if mention.how == "alias" and quote == mention.alias:
        return gettext("“{quote}” is an alias of {code}").format(quote=quote, code=path)
    message = {
        "alias": gettext("“{quote}” is the alias “{alias}” of {code}"),
        "lemma": gettext("“{quote}” is a form of the alias “{alias}” of {code}"),
        "variant": gettext("“{quote}” is a spelling variant of the alias “{alias}” of {code}"),
        "fuzzy": gettext("“{quote}” is one letter away from the alias “{alias}” of {code}"),
    }[mention.how]
    return message.format(quote=quote, alias=mention.alias, code=path)


def suggest_for_source(
    source_id: int,
    text: str,
    language: str | None,
    inputs: ReadingInputs | PreparedReading,
) -> SuggestionResult:
    """Everything proposed in one source, by position."""
    reading = inputs if isinstance(inputs, PreparedReading) else prepare(inputs)
    kinds = reading.inputs.kinds
    morph = morph_language(language)
    found: list[Suggestion] = []
    limited: list[str] = []
    limit = min(len(text), MAX_READ_CHARS)
    if len(text) > limit:
        limited.append(
            gettext("read the first {limit} of {total} characters").format(
                limit=number_text(limit), total=number_text(len(text))
            )
        )
    words = Words(text, limit)
    mentions: tuple[Mention, ...] = ()
    if kinds & {"mention", "statement"}:
        scan = find_mentions(reading.mentions, text, words.all, morph)
        limited.extend(scan.limited)
        mentions = scan.mentions
    read = units(text, limit) if kinds & {"statement", "condition"} else []
    if "condition" in kinds:
        matches, cut = find_conditions(
            reading.conditions, source_id, text, read, words_of=words, morph=morph
        )
        if cut:
            limited.append(
                gettext("only the first {kept} condition passages proposed").format(
                    kept=number_text(len(matches))
                )
            )
        found.extend(condition_suggestion(source_id, m, reading) for m in matches)
    if "statement" in kinds:
        speakers = [m for m in mentions if m.code_id in reading.speakers]
        statements = find_statements(
            text, read, speakers, lexicons=reading.lexicons, words_of=words, morph=morph
        )
        if len(statements) > MAX_STATEMENTS:
            limited.append(
                gettext("only the first {kept} of {total} statements proposed").format(
                    kept=number_text(MAX_STATEMENTS), total=number_text(len(statements))
                )
            )
        found.extend(
            statement_suggestion(source_id, st, reading) for st in statements[:MAX_STATEMENTS]
        )
    if "mention" in kinds:
        for m in mentions:
            path = reading.paths.get(m.code_id, str(m.code_id))
            found.append(
                Suggestion(
                    source_id,
                    m.start,
                    m.end,
                    "mention",
                    (m.code_id,),
                    m.score,
                    mention_reason(m, text[m.start : m.end], path),
                    f"mention:{m.how}",
                )
            )
    found.sort(key=lambda s: (s.start, s.end, s.kind))
    return SuggestionResult(source_id, tuple(found), tuple(limited))


def statement_suggestion(source_id: int, st: Statement, reading: PreparedReading) -> Suggestion:
    codes: list[int] = []
    if st.speaker is not None:
        codes.append(st.speaker)
    stance_code = reading.stances.get(st.stance)
    if stance_code is not None:
        codes.append(stance_code)
    who = reading.paths.get(st.speaker, "") if st.speaker is not None else ""
    if st.how in ("cue", "after"):
        reason = gettext("“{cue}” reports what {speaker} said")
    elif st.how == "attribution":
        reason = gettext("“{cue}” attributes it to {speaker}")
    elif st.how == "pronoun":
        reason = gettext("“{cue}” stands for {speaker}, the paragraph's last speaker")
    elif st.how == "dash":
        reason = gettext("attributed to {speaker} after a dash")
    elif st.how == "quote":
        reason = gettext("a quotation continuing {speaker}'s words")
    else:
        reason = (
            gettext("“{cue}” reports speech; the speaker is not in the codebook")
            if st.cue
            else gettext("a quotation; the speaker is not in the codebook")
        )
    reason = reason.format(cue=st.cue, speaker=st.speaker_text)
    if who:
        reason += f" ({who})"
    if stance_code is not None:
        reason += gettext("; stance {stance}").format(
            stance=reading.paths.get(stance_code, st.stance)
        )
    rule = f"statement:{st.how}" + (f":{st.cue}" if st.cue else "")
    score = st.score if stance_code is None or st.speaker is None else min(1.0, st.score + 0.04)
    return Suggestion(source_id, st.start, st.end, "statement", tuple(codes), score, reason, rule)


def condition_suggestion(source_id: int, m: ConditionMatch, reading: PreparedReading) -> Suggestion:
    path = reading.paths.get(m.code_id, str(m.code_id))
    words = " · ".join(dict.fromkeys(w.casefold() for w in m.shared))
    if m.keyword:
        reason = gettext("has the keyword “{keyword}” of {code}").format(
            keyword=m.keyword, code=path
        )
        rule = "condition:keyword"
    else:
        reason = ngettext(
            "shares {words} with {n} coded wording of {code}",
            "shares {words} with {n} coded wordings of {code}",
            m.wordings,
        ).format(words=words, code=path)
        rule = "condition:overlap"
    return Suggestion(
        source_id, m.start, m.end, "condition", (m.code_id,), round(m.score, 3), reason, rule
    )

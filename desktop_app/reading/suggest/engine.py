"""The engine's entry point: ``suggest_for_source`` reads one source and returns what a careful
colleague would mark in it, from plain inputs (``domain.suggestions.ReadingInputs``).

``prepare`` compiles the inputs once (alias index, cue lexicons, condition profiles); pass the
prepared reading to ``suggest_for_source`` when reading many sources with the same inputs. Both
are pure and thread-safe: a prepared reading is never changed after it is made.

Bounded: mentions are found in the whole text (capped per code and per source, see
``mentions``); statements and conditions are read in the first ``MAX_READ_CHARS`` characters,
and the result says so when a source is longer.
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
from desktop_app.reading.suggest.mentions import Mention, MentionIndex, build_index, find_mentions
from desktop_app.reading.suggest.tokens import morph_language

MAX_READ_CHARS = 1_000_000


def mention_codes(codes: tuple[ReadingCode, ...]) -> tuple[ReadingCode, ...]:
    """The codes whose mentions are proposed: every speaker, and any other code the analyst gave
    aliases (places). Conditions and stances are found as statements and passages instead."""
    return tuple(
        c for c in codes if c.kind is CodeKind.SPEAKER or (c.kind is CodeKind.OTHER and c.aliases)
    )


@dataclass(frozen=True)
class PreparedReading:
    inputs: ReadingInputs
    mentions: MentionIndex
    paths: dict[int, str]


def prepare(inputs: ReadingInputs) -> PreparedReading:
    return PreparedReading(
        inputs,
        build_index(mention_codes(inputs.codes)),
        {c.code_id: c.path for c in inputs.codes},
    )


def mention_reason(mention: Mention, quote: str, path: str) -> str:
    what = {
        "alias": "the alias",
        "lemma": "a form of the alias",
        "variant": "a spelling variant of the alias",
        "fuzzy": "one letter away from the alias",
    }[mention.how]
    if mention.how == "alias" and quote == mention.alias:
        return f"“{quote}” is an alias of {path}"
    return f"“{quote}” is {what} “{mention.alias}” of {path}"


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
    if "mention" in kinds:
        scan = find_mentions(reading.mentions, text, morph)
        limited.extend(scan.limited)
        for m in scan.mentions:
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

"""What Parley proposes while reading a source: plain data shared by the reading engine, the
services around suggestions, the command line and the window.

A :class:`Suggestion` is a span of one source (code points, end exclusive, like every offset
in the model) with the codes it would get if the analyst accepted it, a score in [0, 1], a
reason a person can read and the rule that produced it ("mention:lemma",
"statement:cue:заявить", "condition:overlap"…). Nothing here is stored: accepting a
suggestion is an ordinary annotation made by a service.

:class:`ReadingInputs` is everything the engine needs from a project, as plain data a service
builds (``services/suggestions_engine.py``): the codes with their aliases, the coded wordings
of every condition, and which kinds to propose.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from desktop_app.domain.model import CodeKind

SuggestionKind = Literal["mention", "statement", "condition"]
SUGGESTION_KINDS: tuple[SuggestionKind, ...] = ("mention", "statement", "condition")


@dataclass(frozen=True)
class Suggestion:
    """One proposed annotation. ``code_ids`` may be empty for a statement whose speaker was not
    found (the analyst picks the codes before accepting: it is never accepted as it is)."""

    source_id: int
    start: int
    end: int
    kind: SuggestionKind
    code_ids: tuple[int, ...]
    score: float
    reason: str
    rule: str


@dataclass(frozen=True)
class ReadingCode:
    """A code as the engine sees it. ``path`` is "Root/Name" (e.g. "Speakers/Vladimir Putin");
    ``aliases`` are every other spelling the analyst gave (for a condition: its keywords, in
    any language). The name itself is matched like an alias."""

    code_id: int
    path: str
    name: str
    kind: CodeKind
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


@dataclass(frozen=True)
class CodedWording:
    """A passage already coded with a condition: what the engine looks for elsewhere."""

    code_id: int
    source_id: int
    start: int
    end: int
    text: str
    language: str | None = None


@dataclass(frozen=True)
class ReadingInputs:
    codes: tuple[ReadingCode, ...] = ()
    wordings: tuple[CodedWording, ...] = ()
    kinds: frozenset[SuggestionKind] = frozenset(SUGGESTION_KINDS)


@dataclass(frozen=True)
class SuggestionResult:
    """The suggestions of one source, by position, and what was limited on the way (one
    sentence each, e.g. "“the” is too common to be an alias of Speakers/X: not matched")."""

    source_id: int
    suggestions: tuple[Suggestion, ...]
    limited: tuple[str, ...] = ()


@dataclass(frozen=True)
class NameMention:
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class SpeakerCandidate:
    """A person named in the sources but not in the codebook ("new speaker?"): the name to give
    the new code, the other spellings found (Кулеба, Kuleba), and where each occurs."""

    name: str
    aliases: tuple[str, ...]
    mentions: tuple[tuple[int, NameMention], ...]  # (source id, mention)

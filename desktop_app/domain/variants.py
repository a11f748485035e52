"""How each source told it: the wordings of one condition or one speaker's statement side by
side, their differences from a reference wording, and direct quotations that differ.

Plain results made by :mod:`desktop_app.services.variants` (with the token diff of
:mod:`desktop_app.reading.variants`) and read by the window, the command line and the exporters.
Offsets are code points into the wording's own text (``Wording.quote``), end exclusive.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import NamedTuple

from desktop_app.i18n import N_, gettext


class DiffOp(StrEnum):
    """What a wording did with the reference's words."""

    OMITTED = "omitted"  # words of the reference the wording leaves out
    ADDED = "added"  # words the wording has and the reference does not
    CHANGED = "changed"  # reference words the wording puts differently


class ChangeKind(StrEnum):
    """What a change touches, where that is clear; ``WORDS`` otherwise."""

    NUMBER = "number"
    PLACE = "place name"
    NAME = "name"
    MODAL = "modal verb"
    CUE = "cue verb"
    WORDS = ""

    @property
    def label(self) -> str:
        """The kind's name in the current language ("" for ``WORDS``)."""
        return gettext(_KIND_LABELS[self.value]) if self.value else ""


_KIND_LABELS = {
    "number": N_("number"),
    "place name": N_("place name"),
    "name": N_("name"),
    "modal verb": N_("modal verb"),
    "cue verb": N_("cue verb"),
}


@dataclass(frozen=True)
class Difference:
    op: DiffOp
    reference: str  # the reference's words ("" when added)
    wording: str  # the wording's words ("" when omitted)
    kind: ChangeKind = ChangeKind.WORDS
    # Where in the reference's and the wording's text the words are (empty spans mark the
    # place of an omission or an addition).
    reference_span: tuple[int, int] = (0, 0)
    wording_span: tuple[int, int] = (0, 0)

    def as_text(self) -> str:
        """One line, e.g. "omits: within their administrative borders"."""
        kind = self.kind.label
        if self.op == DiffOp.OMITTED:
            if kind:
                return gettext("omits ({kind}): {words}").format(kind=kind, words=self.reference)
            return gettext("omits: {words}").format(words=self.reference)
        if self.op == DiffOp.ADDED:
            if kind:
                return gettext("adds ({kind}): {words}").format(kind=kind, words=self.wording)
            return gettext("adds: {words}").format(words=self.wording)
        if kind:
            return gettext("changes ({kind}): {reference} → {wording}").format(
                kind=kind, reference=self.reference, wording=self.wording
            )
        return gettext("changes: {reference} → {wording}").format(
            reference=self.reference, wording=self.wording
        )


def differences_text(differences: tuple[Difference, ...]) -> str:
    """The differences as one cell of text, "; " between them."""
    return "; ".join(d.as_text() for d in differences)


class GroupKind(StrEnum):
    CONDITION = "condition"  # every wording coded with a condition
    STATEMENT = "statement"  # one speaker on one condition, or answering one annotation


@dataclass(frozen=True)
class GroupKey:
    """Which wordings form one variant group; ``text`` names it in the project's settings
    (the analyst's pinned reference is kept under it)."""

    kind: GroupKind
    condition_id: int | None = None
    speaker_id: int | None = None
    target_id: int | None = None  # the annotation the wordings answer (links)

    @property
    def text(self) -> str:
        parts = [self.kind.value]
        if self.condition_id is not None:
            parts.append(f"c{self.condition_id}")
        if self.speaker_id is not None:
            parts.append(f"s{self.speaker_id}")
        if self.target_id is not None:
            parts.append(f"a{self.target_id}")
        return ":".join(parts)


class Wording(NamedTuple):
    """One source's wording of the group's statement (one annotation). A tuple: a newsroom
    project has tens of thousands."""

    annotation_id: int
    source_id: int
    source: str  # the source's label
    outlet: str
    groups: tuple[str, ...]
    published: str
    language: str
    start: int
    end: int
    quote: str
    # Differences from the reference: empty for the reference itself, for a wording in another
    # language (``compared`` False) and for one that tells another passage (``alike`` low).
    differences: tuple[Difference, ...] = ()
    compared: bool = False
    alike: float = 0.0  # how much of the wording the reference shares (0–1)

    @property
    def differences_text(self) -> str:
        return differences_text(self.differences)


@dataclass(frozen=True)
class VariantGroup:
    key: GroupKey
    label: str  # "Withdrawal from four regions" or "Vladimir Putin on Withdrawal from four regions"
    condition: str  # the condition's path ("Conditions/…") or ""
    speaker: str  # the speaker's path ("Speakers/…") or ""
    reference: Wording
    wordings: tuple[Wording, ...]  # the others, by publication then source
    pinned: bool = False  # the reference is the analyst's choice, not the earliest

    @property
    def all_wordings(self) -> tuple[Wording, ...]:
        return (self.reference, *self.wordings)

    @property
    def languages(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(w.language for w in self.all_wordings))


@dataclass(frozen=True)
class QuoteWording:
    annotation_id: int
    source_id: int
    source: str
    outlet: str
    published: str
    start: int  # the quoted words in the source's text
    end: int
    quote: str


@dataclass(frozen=True)
class QuoteMismatch:
    """Two sources' direct quotations of one speaker that differ inside the quote: the first
    is the reference (the earlier published)."""

    speaker: str  # the speaker's path
    speaker_name: str
    wordings: tuple[QuoteWording, QuoteWording]
    differences: tuple[Difference, ...]

    @property
    def differences_text(self) -> str:
        return differences_text(self.differences)


@dataclass(frozen=True)
class VariantReport:
    groups: tuple[VariantGroup, ...] = ()
    mismatches: tuple[QuoteMismatch, ...] = ()

    def group(self, key_text: str) -> VariantGroup | None:
        return next((g for g in self.groups if g.key.text == key_text), None)


def most_telling(group: VariantGroup, limit: int = 3) -> list[tuple[Wording, Difference]]:
    """The group's differences that say most: a named kind (number, place name, name, modal
    or cue verb) before plain words, then the longer before the shorter."""
    found = [(w, d) for w in group.wordings for d in w.differences]
    found.sort(
        key=lambda pair: (
            pair[1].kind == ChangeKind.WORDS,
            -len(pair[1].reference) - len(pair[1].wording),
        )
    )
    return found[:limit]

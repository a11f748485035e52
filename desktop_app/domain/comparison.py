"""How each source told the story: the one comparison behind the compare view, the workbook and
the briefing, so all three show the same numbers.

:func:`compare` turns a :class:`~desktop_app.domain.snapshot.ProjectSnapshot` into a
:class:`Comparison`:

* **Excerpts** — every annotation of the chosen sources, with its codes sorted by kind
  (conditions, speakers, reactions, other) and codebook order, and a little context either side.
* **Conditions × sources** — ``condition_cells[(condition_id, source_id)]`` holds the excerpts of
  that source coded with that condition: the source's wording(s) of it. A missing key means the
  source does not report it — or, when the source's status is not *done*, has not been coded
  for it yet; :class:`SourceCoverage` carries the status so callers can tell the two apart.
* **Speakers × sources** — ``speaker_cells[(speaker_id, source_id)]``: the speaker's
  statements in that source, a statement being any annotation coded with the speaker.
* **Reactions** — one :class:`ReactionRow` per reaction code (stance) on an annotation and per
  speaker on it (an annotation coded *Rejects* + *Podolyak* + *Zelensky* gives two rows); the
  side is the speaker's :attr:`~desktop_app.domain.model.SpeakerDetails.side`; what it responds
  to comes from the annotation's outgoing links.
* **Naming variants** — per code with aliases (and per speaker), which of its names occur in
  each source's text (Putin / Путин, Kyiv / Kiev), matched case- and diacritic-insensitively at
  the start of a word, so Russian case endings (Путина, Путину) still count.

Decision on nested codes: every code has its *own* row and cell. An annotation coded with a
child condition (e.g. "Donetsk" under "Withdrawal from four regions") shows in the child's row,
not again in its parent's; :meth:`Comparison.depth` lets a view indent children, and
``Code.category`` groups conditions without nesting. Counting children toward parents would
count one quote twice in the same column and hide which term a source actually used.

Everything here is pure: no Qt, no database, no I/O.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.domain.model import Code, CodeKind, CodingStatus, Source
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.domain.textfold import fold

DEFAULT_CONTEXT_CHARS = 80
UNKNOWN_SIDE = "Unknown"
NO_SPEAKER = "(no speaker)"

# Kinds in the order a row lists its codes.
_KIND_ORDER = {
    CodeKind.CONDITION: 0,
    CodeKind.SPEAKER: 1,
    CodeKind.REACTION: 2,
    CodeKind.OTHER: 3,
}


@dataclass(frozen=True)
class Excerpt:
    """One annotation as the comparison sees it. ``quote`` is exactly ``text[start:end]``;
    ``context_before``/``context_after`` are exact neighbouring slices of the text (trimmed to
    whole words, so they may be shorter than the requested number of characters)."""

    annotation_id: int
    guid: str
    source_id: int
    start: int
    end: int
    quote: str
    codes: tuple[Code, ...]
    condition_ids: tuple[int, ...]
    speaker_ids: tuple[int, ...]
    stance_ids: tuple[int, ...]
    other_ids: tuple[int, ...]
    note: str
    coder: str
    context_before: str
    context_after: str
    source: Source = field(compare=False, repr=False)

    def codes_of(self, kind: CodeKind) -> tuple[Code, ...]:
        return tuple(c for c in self.codes if c.kind == kind)

    @property
    def conditions(self) -> tuple[Code, ...]:
        return self.codes_of(CodeKind.CONDITION)

    @property
    def speakers(self) -> tuple[Code, ...]:
        return self.codes_of(CodeKind.SPEAKER)

    @property
    def stances(self) -> tuple[Code, ...]:
        return self.codes_of(CodeKind.REACTION)

    @property
    def others(self) -> tuple[Code, ...]:
        return self.codes_of(CodeKind.OTHER)

    @property
    def speaker_names(self) -> str:
        """The speakers' canonical names, comma-separated ("" when none)."""
        return ", ".join(c.name for c in self.speakers)

    @property
    def stance_names(self) -> str:
        return ", ".join(c.name for c in self.stances)

    @property
    def code_names(self) -> str:
        """Every code, kind by kind, separated by "; " (names may hold commas)."""
        return "; ".join(c.name for c in self.codes)

    @property
    def length(self) -> int:
        return self.end - self.start

    @property
    def position(self) -> str:
        """Where the quote sits: "start–end" in code points of the source's plain text."""
        return f"{self.start}–{self.end}"


@dataclass(frozen=True)
class ReactionRow:
    """A speaker's stance towards the proposal or towards specific statements."""

    excerpt: Excerpt
    speaker: Code | None
    side: str  # the speaker's side as the codebook has it; "" when unknown
    stance: Code
    responds_to: tuple[Excerpt, ...]  # targets of the excerpt's links, in excerpt order
    source: Source = field(compare=False, repr=False)

    @property
    def side_label(self) -> str:
        """``side``, or "Unknown" — for grouping and charts."""
        return self.side or UNKNOWN_SIDE

    @property
    def speaker_name(self) -> str:
        return self.speaker.name if self.speaker else NO_SPEAKER


@dataclass(frozen=True)
class SourceCoverage:
    """Which conditions a source reports, which it does not, and how far its coding is."""

    source: Source = field(compare=False)
    reported: tuple[Code, ...]
    missing: tuple[Code, ...]
    status: CodingStatus

    @property
    def source_id(self) -> int:
        return self.source.id

    @property
    def is_done(self) -> bool:
        """True when an empty cell of this source means "not reported", not "not coded yet"."""
        return self.status == CodingStatus.DONE


@dataclass(frozen=True)
class Comparison:
    sources: tuple[Source, ...]  # the chosen sources, in project order
    conditions: tuple[Code, ...]  # codebook order: non-root codes of kind CONDITION
    speakers: tuple[Code, ...]
    stances: tuple[Code, ...]  # reaction codes
    others: tuple[Code, ...]  # non-root codes under user-added roots (e.g. places, tone)
    condition_cells: Mapping[tuple[int, int], tuple[Excerpt, ...]]  # (condition_id, source_id)
    speaker_cells: Mapping[tuple[int, int], tuple[Excerpt, ...]]  # (speaker_id, source_id)
    stance_cells: Mapping[tuple[int, int], tuple[Excerpt, ...]]  # (stance_id, source_id)
    reactions: tuple[ReactionRow, ...]
    coverage: tuple[SourceCoverage, ...]
    excerpts: tuple[Excerpt, ...]  # every annotation of the chosen sources
    snapshot: ProjectSnapshot = field(compare=False, repr=False)

    # -- conditions -------------------------------------------------------------------------

    def cell(self, condition_id: int, source_id: int) -> tuple[Excerpt, ...]:
        """A source's wordings of a condition (empty: not reported, or not coded yet)."""
        return self.condition_cells.get((condition_id, source_id), ())

    def condition_excerpts(self, condition_id: int) -> tuple[Excerpt, ...]:
        """Every wording of a condition, source by source."""
        return tuple(e for s in self.sources for e in self.cell(condition_id, s.id))

    def condition_sources(self, condition_id: int) -> tuple[Source, ...]:
        return tuple(s for s in self.sources if (condition_id, s.id) in self.condition_cells)

    def condition_count(self, condition_id: int) -> int:
        """How many of the chosen sources report the condition."""
        return len(self.condition_sources(condition_id))

    def reported_by_all(self) -> tuple[Code, ...]:
        """Conditions every chosen source reports (none when there are no sources)."""
        total = len(self.sources)
        return tuple(c for c in self.conditions if total and self.condition_count(c.id) == total)

    def reported_by_some(self) -> tuple[Code, ...]:
        """Conditions at least one source reports, but not all."""
        total = len(self.sources)
        return tuple(c for c in self.conditions if 0 < self.condition_count(c.id) < total)

    def reported_by_none(self) -> tuple[Code, ...]:
        return tuple(c for c in self.conditions if self.condition_count(c.id) == 0)

    # -- speakers and reactions -------------------------------------------------------------

    def statements(self, speaker_id: int, source_id: int) -> tuple[Excerpt, ...]:
        return self.speaker_cells.get((speaker_id, source_id), ())

    def statement_count(self, speaker_id: int, source_id: int | None = None) -> int:
        """A speaker's statements in one source, or in all chosen sources."""
        if source_id is not None:
            return len(self.statements(speaker_id, source_id))
        return sum(len(self.statements(speaker_id, s.id)) for s in self.sources)

    def active_speakers(self) -> tuple[Code, ...]:
        """Speakers with at least one statement in the chosen sources, codebook order."""
        return tuple(c for c in self.speakers if self.statement_count(c.id))

    def stance_side_counts(self) -> dict[tuple[str, str], int]:
        """Reactions per (stance name, side label), for the chart; stances in codebook order,
        sides in :meth:`sides` order."""
        counts = Counter((r.stance.id, r.side_label) for r in self.reactions)
        names = {c.id: c.name for c in self.stances}
        return {
            (names[stance.id], side): counts[(stance.id, side)]
            for stance in self.stances
            for side in self.sides()
            if counts[(stance.id, side)]
        }

    def sides(self) -> tuple[str, ...]:
        """Side labels of the reactions, in the order the speakers' codebook lists them."""
        seen = dict.fromkeys(c.speaker.side for c in self.speakers if c.speaker.side)
        for row in self.reactions:
            seen.setdefault(row.side_label, None)
        present = {r.side_label for r in self.reactions}
        return tuple(side for side in seen if side in present)

    def reactions_by_stance(self) -> dict[Code, tuple[ReactionRow, ...]]:
        """Reactions grouped by stance (codebook order); stances without reactions left out."""
        grouped: dict[int, list[ReactionRow]] = {}
        for row in self.reactions:
            grouped.setdefault(row.stance.id, []).append(row)
        return {c: tuple(grouped[c.id]) for c in self.stances if c.id in grouped}

    def responses_to(self, annotation_id: int) -> tuple[ReactionRow, ...]:
        """Reactions linked to an annotation (who answered this wording)."""
        return tuple(
            row
            for row in self.reactions
            if any(target.annotation_id == annotation_id for target in row.responds_to)
        )

    # -- sources and codes ------------------------------------------------------------------

    def excerpts_of(self, source_id: int) -> tuple[Excerpt, ...]:
        return tuple(e for e in self.excerpts if e.source_id == source_id)

    def coverage_of(self, source_id: int) -> SourceCoverage:
        return next(c for c in self.coverage if c.source.id == source_id)

    def depth(self, code: Code) -> int:
        """0 for a code directly under its root, 1 for its children, and so on."""
        codes = self.snapshot.codes_by_id
        level = -1
        parent_id = code.parent_id
        while parent_id is not None and parent_id in codes:
            level += 1
            parent_id = codes[parent_id].parent_id
        return max(level, 0)

    @cached_property
    def naming_variants(self) -> Mapping[int, Mapping[int, tuple[str, ...]]]:
        """code_id → source_id → the code's names (canonical or alias, as the codebook spells
        them) occurring in that source's text. Only codes with aliases, and speakers; only
        sources where some name occurs. Computed on first use: it folds every text."""
        candidates = [
            c
            for c in self.snapshot.codes
            if not c.is_root and (c.speaker.aliases or c.kind == CodeKind.SPEAKER)
        ]
        folded_names = {
            c.id: [(name, fold(name)) for name in dict.fromkeys(c.all_names()) if fold(name)]
            for c in candidates
        }
        texts = {s.id: fold(self.snapshot.texts.get(s.id, "")) for s in self.sources}
        variants: dict[int, dict[int, tuple[str, ...]]] = {}
        for code in candidates:
            for source in self.sources:
                text = texts[source.id]
                found = tuple(
                    name for name, needle in folded_names[code.id] if _occurs(text, needle)
                )
                if found:
                    variants.setdefault(code.id, {})[source.id] = found
        return variants


def _occurs(folded_text: str, needle: str) -> bool:
    """True when ``needle`` starts a word somewhere in ``folded_text`` (prefix match, so
    inflected forms count: "путин" is found in "путина")."""
    at = folded_text.find(needle)
    while at != -1:
        if at == 0 or not folded_text[at - 1].isalnum():
            return True
        at = folded_text.find(needle, at + 1)
    return False


_FIRST_SPACE = re.compile(r"\s")
_LAST_SPACE = re.compile(r"\s\S*\Z")


def _context(text: str, start: int, end: int, chars: int) -> tuple[str, str]:
    """Up to ``chars`` code points either side of ``[start, end)``, trimmed to whole words when
    the window cuts into one."""
    if chars <= 0:
        return "", ""
    lo = max(0, start - chars)
    before = text[lo:start]
    if lo > 0 and not text[lo - 1].isspace():
        first = _FIRST_SPACE.search(before)
        if first is not None:
            before = before[first.end() :]
    hi = min(len(text), end + chars)
    after = text[end:hi]
    if hi < len(text) and not text[hi].isspace():
        last = _LAST_SPACE.search(after)
        if last is not None:
            after = after[: last.start()]
    return before, after


class _ExcerptMaker:
    """Builds (once) the excerpt of any annotation of a snapshot."""

    def __init__(self, snapshot: ProjectSnapshot, context_chars: int) -> None:
        self.snapshot = snapshot
        self.context_chars = context_chars
        self.code_order = {
            c.id: (_KIND_ORDER[c.kind], index) for index, c in enumerate(snapshot.codes)
        }
        self.built: dict[int, Excerpt] = {}

    def __call__(self, annotation_id: int) -> Excerpt | None:
        excerpt = self.built.get(annotation_id)
        if excerpt is not None:
            return excerpt
        snapshot = self.snapshot
        annotation = snapshot.annotations_by_id.get(annotation_id)
        source = snapshot.sources_by_id.get(annotation.source_id) if annotation else None
        if annotation is None or source is None:
            return None
        order = self.code_order
        ids = sorted((i for i in annotation.code_ids if i in order), key=order.__getitem__)
        by_kind: list[list[int]] = [[], [], [], []]
        for code_id in ids:
            by_kind[order[code_id][0]].append(code_id)
        before, after = _context(
            snapshot.texts.get(annotation.source_id, ""),
            annotation.start,
            annotation.end,
            self.context_chars,
        )
        codes_by_id = snapshot.codes_by_id
        excerpt = Excerpt(
            annotation_id=annotation.id,
            guid=annotation.guid,
            source_id=annotation.source_id,
            start=annotation.start,
            end=annotation.end,
            quote=annotation.quote,
            codes=tuple(codes_by_id[i] for i in ids),
            condition_ids=tuple(by_kind[0]),
            speaker_ids=tuple(by_kind[1]),
            stance_ids=tuple(by_kind[2]),
            other_ids=tuple(by_kind[3]),
            note=annotation.note,
            coder=annotation.coder,
            context_before=before,
            context_after=after,
            source=source,
        )
        self.built[annotation_id] = excerpt
        return excerpt

    def of_sources(self, sources: tuple[Source, ...]) -> tuple[Excerpt, ...]:
        """The excerpts of ``sources``, source by source (in the given order), then by
        position."""
        order = {s.id: index for index, s in enumerate(sources)}
        chosen = sorted(
            (a for a in self.snapshot.annotations if a.source_id in order),
            key=lambda a: (order[a.source_id], a.start, a.end, a.id),
        )
        return tuple(e for a in chosen if (e := self(a.id)) is not None)


def _chosen_sources(
    snapshot: ProjectSnapshot, source_ids: Iterable[int] | None
) -> tuple[Source, ...]:
    wanted = None if source_ids is None else set(source_ids)
    return tuple(s for s in snapshot.sources if wanted is None or s.id in wanted)


def build_excerpts(
    snapshot: ProjectSnapshot,
    source_ids: Iterable[int] | None = None,
    context_chars: int = DEFAULT_CONTEXT_CHARS,
) -> tuple[Excerpt, ...]:
    """Only the excerpts of :func:`compare` (same order, same context), for exports that need
    nothing else (CSV, JSON)."""
    sources = _chosen_sources(snapshot, source_ids)
    return _ExcerptMaker(snapshot, context_chars).of_sources(sources)


def compare(
    snapshot: ProjectSnapshot,
    source_ids: Iterable[int] | None = None,
    context_chars: int = DEFAULT_CONTEXT_CHARS,
) -> Comparison:
    """The comparison of ``source_ids`` (None: every source of the snapshot), in project order.
    Ids not in the snapshot are ignored. The codebook is always whole: rows for codes no chosen
    source uses stay (empty), so a matrix shows what nobody reported."""
    sources = _chosen_sources(snapshot, source_ids)
    order = {s.id: index for index, s in enumerate(sources)}

    def kind_codes(kind: CodeKind) -> tuple[Code, ...]:
        return tuple(snapshot.codes_of_kind(kind))

    conditions = kind_codes(CodeKind.CONDITION)
    speakers = kind_codes(CodeKind.SPEAKER)
    stances = kind_codes(CodeKind.REACTION)
    others = kind_codes(CodeKind.OTHER)

    excerpt_of = _ExcerptMaker(snapshot, context_chars)
    excerpts = excerpt_of.of_sources(sources)

    condition_cells: dict[tuple[int, int], list[Excerpt]] = {}
    speaker_cells: dict[tuple[int, int], list[Excerpt]] = {}
    stance_cells: dict[tuple[int, int], list[Excerpt]] = {}
    for excerpt in excerpts:
        for ids, cells in (
            (excerpt.condition_ids, condition_cells),
            (excerpt.speaker_ids, speaker_cells),
            (excerpt.stance_ids, stance_cells),
        ):
            for code_id in ids:
                cells.setdefault((code_id, excerpt.source_id), []).append(excerpt)

    targets: dict[int, list[int]] = {}
    for link in snapshot.links:
        targets.setdefault(link.from_id, []).append(link.to_id)

    reactions: list[ReactionRow] = []
    for excerpt in excerpts:
        if not excerpt.stance_ids:
            continue
        answered = [t for i in targets.get(excerpt.annotation_id, ()) if (t := excerpt_of(i))]
        answered.sort(key=lambda e: (order.get(e.source_id, len(order)), e.start, e.end))
        speaker_codes: tuple[Code | None, ...] = excerpt.speakers or (None,)
        for stance in excerpt.stances:
            for speaker in speaker_codes:
                reactions.append(
                    ReactionRow(
                        excerpt=excerpt,
                        speaker=speaker,
                        side=speaker.speaker.side if speaker else "",
                        stance=stance,
                        responds_to=tuple(dict.fromkeys(answered)),
                        source=excerpt.source,
                    )
                )

    coverage = tuple(
        SourceCoverage(
            source=source,
            reported=tuple(c for c in conditions if (c.id, source.id) in condition_cells),
            missing=tuple(c for c in conditions if (c.id, source.id) not in condition_cells),
            status=source.status,
        )
        for source in sources
    )

    def frozen(cells: dict[tuple[int, int], list[Excerpt]]) -> dict[tuple[int, int], tuple]:
        return {key: tuple(value) for key, value in cells.items()}

    return Comparison(
        sources=sources,
        conditions=conditions,
        speakers=speakers,
        stances=stances,
        others=others,
        condition_cells=frozen(condition_cells),
        speaker_cells=frozen(speaker_cells),
        stance_cells=frozen(stance_cells),
        reactions=tuple(reactions),
        coverage=coverage,
        excerpts=excerpts,
        snapshot=snapshot,
    )

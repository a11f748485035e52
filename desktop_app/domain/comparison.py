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
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from operator import attrgetter
from typing import TypeVar, overload

from desktop_app.domain.bulk import collector_paused
from desktop_app.domain.model import Code, CodeKind, CodingStatus, Source
from desktop_app.domain.snapshot import AnnotationPlace, AnnotationTuple, ProjectSnapshot
from desktop_app.domain.textfold import fold
from desktop_app.i18n import N_, gettext

DEFAULT_CONTEXT_CHARS = 80
UNKNOWN_SIDE = N_("Unknown")
NO_SPEAKER = N_("(no speaker)")

_T = TypeVar("_T")

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
    # "suggestion:<kind>:<rule>" when accepted from a suggestion, "" when marked by hand.
    origin: str = ""

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
        return self.side or gettext(UNKNOWN_SIDE)

    @property
    def speaker_name(self) -> str:
        return self.speaker.name if self.speaker else gettext(NO_SPEAKER)


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


class CellMap(Mapping[tuple[int, int], tuple[Excerpt, ...]]):
    """(code id, source id) → the excerpts of that cell, made on first look-up.

    The comparison files every annotation into its cells as plain tuples, code by code and
    within a code source by source (``by_code[code id][source id]``: no key tuple per cell,
    which with a tuple of totals per cell was half of the matrices' time at 70,000 cells); a
    cell's :class:`Excerpt` objects (quote, context, codes) are made when the cell is read, so
    showing a matrix of 2,000 sources costs only the cells on screen. :meth:`count` does not
    make them. Iterating gives the keys code by code.
    """

    __slots__ = ("_by_code", "_length", "_made", "_maker", "_totals")

    def __init__(
        self,
        by_code: dict[int, dict[int, tuple[AnnotationPlace, ...]]],
        maker: _ExcerptMaker,
    ) -> None:
        # Tuples of tuples of plain values, not lists: the garbage collector soon stops
        # tracking them, where 80,000 lists kept every full collection busy.
        self._by_code = by_code
        self._length = sum(len(cells) for cells in by_code.values())
        self._totals: dict[int, tuple[int, int]] = {}  # code id → (cells, excerpts)
        self._maker = maker
        self._made: dict[tuple[int, int], tuple[Excerpt, ...]] = {}

    def _places(self, key: object) -> tuple[AnnotationPlace, ...] | None:
        if not isinstance(key, tuple) or len(key) != 2:
            return None
        cells = self._by_code.get(key[0])
        return None if cells is None else cells.get(key[1])

    def __getitem__(self, key: tuple[int, int]) -> tuple[Excerpt, ...]:
        made = self._made.get(key)
        if made is None:
            places = self._places(key)
            if places is None:
                raise KeyError(key)
            made = self._made[key] = self._maker.excerpts(places)
        return made

    @overload
    def get(self, key: tuple[int, int], /) -> tuple[Excerpt, ...] | None: ...

    @overload
    def get(
        self, key: tuple[int, int], /, default: tuple[Excerpt, ...] | _T
    ) -> tuple[Excerpt, ...] | _T: ...

    def get(self, key: tuple[int, int], /, default: object = None) -> object:
        """As ``Mapping.get``, without raising and catching ``KeyError`` for every empty
        cell (a matrix of 2,000 sources has tens of thousands)."""
        return default if self._places(key) is None else self[key]

    def sources_of(self, code_id: int) -> list[int]:
        """The ids of the sources with a cell for the code, in the comparison's source order:
        a row of the matrix without looking up every empty cell."""
        return list(self._by_code.get(code_id, ()))  # filed source by source

    def __contains__(self, key: object) -> bool:
        return self._places(key) is not None

    def __iter__(self) -> Iterator[tuple[int, int]]:
        for code_id, cells in self._by_code.items():
            for source_id in cells:
                yield code_id, source_id

    def __len__(self) -> int:
        return self._length

    def count(self, key: tuple[int, int]) -> int:
        """How many excerpts the cell holds (0: no such cell)."""
        places = self._places(key)
        return 0 if places is None else len(places)

    def code_totals(self, code_id: int) -> tuple[int, int]:
        """(cells, excerpts) of a code: in how many sources it has a cell, and how many
        excerpts those cells hold together."""
        totals = self._totals.get(code_id)
        if totals is None:
            cells = self._by_code.get(code_id, {})
            totals = self._totals[code_id] = (len(cells), sum(map(len, cells.values())))
        return totals

    def __repr__(self) -> str:
        return f"CellMap({self._length} cells)"


@dataclass(frozen=True, eq=False)
class Comparison:
    """What :func:`compare` returns. The matrices' cells are :class:`CellMap` mappings;
    ``excerpts``, ``reactions`` and ``coverage`` are made on first use (an export reads them
    all, the compare view only the cells it shows)."""

    sources: tuple[Source, ...]  # the chosen sources, in project order
    conditions: tuple[Code, ...]  # codebook order: non-root codes of kind CONDITION
    speakers: tuple[Code, ...]
    stances: tuple[Code, ...]  # reaction codes
    others: tuple[Code, ...]  # non-root codes under user-added roots (e.g. places, tone)
    condition_cells: CellMap  # (condition_id, source_id) → excerpts
    speaker_cells: CellMap  # (speaker_id, source_id)
    stance_cells: CellMap  # (stance_id, source_id)
    snapshot: ProjectSnapshot = field(repr=False)
    _chosen: dict[int, list[AnnotationPlace]] = field(repr=False)  # source id → places, in order
    _maker: _ExcerptMaker = field(repr=False)
    _folded: dict[int, str] = field(default_factory=dict, repr=False)  # source id → folded text

    def __eq__(self, other: object) -> bool:
        """Equal when every table is (the snapshot itself is not compared)."""
        if not isinstance(other, Comparison):
            return NotImplemented
        return all(
            getattr(self, name) == getattr(other, name)
            for name in (
                "sources",
                "conditions",
                "speakers",
                "stances",
                "others",
                "excerpts",
                "condition_cells",
                "speaker_cells",
                "stance_cells",
                "reactions",
                "coverage",
            )
        )

    __hash__ = None  # type: ignore[assignment]

    @cached_property
    def excerpts(self) -> tuple[Excerpt, ...]:
        """Every annotation of the chosen sources, source by source, then by position."""
        return self._maker.excerpts(row for rows in self._chosen.values() for row in rows)

    @property
    def excerpt_ids(self) -> tuple[int, ...]:
        """The annotation ids of ``excerpts``, in their order, without making them."""
        return tuple(row.id for rows in self._chosen.values() for row in rows)

    @property
    def excerpt_count(self) -> int:
        """``len(excerpts)`` without making them."""
        return sum(len(rows) for rows in self._chosen.values())

    @cached_property
    def reactions(self) -> tuple[ReactionRow, ...]:
        """One row per stance and speaker of each excerpt coded with a stance."""
        return _reactions(self)

    @cached_property
    def coverage(self) -> tuple[SourceCoverage, ...]:
        cells = self.condition_cells
        return tuple(
            SourceCoverage(
                source=source,
                reported=tuple(c for c in self.conditions if (c.id, source.id) in cells),
                missing=tuple(c for c in self.conditions if (c.id, source.id) not in cells),
                status=source.status,
            )
            for source in self.sources
        )

    # -- conditions -------------------------------------------------------------------------

    def cell(self, condition_id: int, source_id: int) -> tuple[Excerpt, ...]:
        """A source's wordings of a condition (empty: not reported, or not coded yet)."""
        return self.condition_cells.get((condition_id, source_id), ())

    def condition_row(self, condition_id: int) -> list[tuple[Source, tuple[Excerpt, ...]]]:
        """The sources reporting a condition, in order, each with its wordings of it."""
        cells, by_id = self.condition_cells, self._sources_by_id
        return [(by_id[s], cells[(condition_id, s)]) for s in cells.sources_of(condition_id)]

    @cached_property
    def _sources_by_id(self) -> dict[int, Source]:
        return {s.id: s for s in self.sources}

    def condition_excerpts(self, condition_id: int) -> tuple[Excerpt, ...]:
        """Every wording of a condition, source by source."""
        return tuple(e for s in self.sources for e in self.cell(condition_id, s.id))

    def condition_sources(self, condition_id: int) -> tuple[Source, ...]:
        by_id = self._sources_by_id
        return tuple(by_id[s] for s in self.condition_cells.sources_of(condition_id))

    def condition_count(self, condition_id: int) -> int:
        """How many of the chosen sources report the condition."""
        return self.condition_cells.code_totals(condition_id)[0]

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

    def speaker_statements(self, speaker_id: int) -> list[Excerpt]:
        """Every statement of a speaker, source by source, then by position."""
        cells = self.speaker_cells
        return [e for s in cells.sources_of(speaker_id) for e in cells[(speaker_id, s)]]

    def statement_count(self, speaker_id: int, source_id: int | None = None) -> int:
        """A speaker's statements in one source, or in all chosen sources."""
        if source_id is not None:
            return self.speaker_cells.count((speaker_id, source_id))
        return self.speaker_cells.code_totals(speaker_id)[1]

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
        return self._sides

    @cached_property
    def _sides(self) -> tuple[str, ...]:
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

    @cached_property
    def _responses(self) -> dict[int, tuple[ReactionRow, ...]]:
        """annotation id → the reactions linked to it, in reaction order."""
        found: dict[int, list[ReactionRow]] = {}
        for row in self.reactions:
            for target_id in dict.fromkeys(t.annotation_id for t in row.responds_to):
                found.setdefault(target_id, []).append(row)
        return {key: tuple(rows) for key, rows in found.items()}

    def responses_to(self, annotation_id: int) -> tuple[ReactionRow, ...]:
        """Reactions linked to an annotation (who answered this wording)."""
        return self._responses.get(annotation_id, ())

    # -- sources and codes ------------------------------------------------------------------

    def excerpts_of(self, source_id: int) -> tuple[Excerpt, ...]:
        return self._maker.excerpts(self._chosen.get(source_id, ()))

    @cached_property
    def _coverage_by_source(self) -> dict[int, SourceCoverage]:
        return {c.source.id: c for c in self.coverage}

    def coverage_of(self, source_id: int) -> SourceCoverage:
        found = self._coverage_by_source.get(source_id)
        if found is None:
            raise StopIteration(source_id)  # as before: not one of the chosen sources
        return found

    def depth(self, code: Code) -> int:
        """0 for a code directly under its root, 1 for its children, and so on."""
        codes = self.snapshot.codes_by_id
        level = -1
        parent_id = code.parent_id
        while parent_id is not None and parent_id in codes:
            level += 1
            parent_id = codes[parent_id].parent_id
        return max(level, 0)

    # -- naming variants --------------------------------------------------------------------

    @cached_property
    def _name_needles(self) -> dict[int, tuple[tuple[str, str], ...]]:
        """code id → (name, folded name) of the codes naming variants are about: codes with
        aliases, and speakers (names that fold to nothing left out)."""
        return {
            c.id: tuple(
                (name, folded) for name in dict.fromkeys(c.all_names()) if (folded := fold(name))
            )
            for c in self.snapshot.codes
            if not c.is_root and (c.speaker.aliases or c.kind == CodeKind.SPEAKER)
        }

    def _folded_text(self, source_id: int) -> str:
        folded = self._folded.get(source_id)
        if folded is None:
            folded = self._folded[source_id] = fold(self.snapshot.texts.get(source_id, ""))
        return folded

    def names_used(self, code_id: int, source_id: int) -> tuple[str, ...]:
        """``naming_variants[code_id][source_id]`` (or ()), for one cell: folds one text, not
        every text — what a tooltip needs."""
        if "naming_variants" in self.__dict__:
            return self.naming_variants.get(code_id, {}).get(source_id, ())
        needles = self._name_needles.get(code_id)
        if not needles or source_id not in self._chosen_ids:
            return ()
        text = self._folded_text(source_id)
        return tuple(name for name, needle in needles if _occurs(text, needle))

    @cached_property
    def _chosen_ids(self) -> frozenset[int]:
        return frozenset(s.id for s in self.sources)

    @cached_property
    def naming_variants(self) -> Mapping[int, Mapping[int, tuple[str, ...]]]:
        """code_id → source_id → the code's names (canonical or alias, as the codebook spells
        them) occurring in that source's text. Only codes with aliases, and speakers; only
        sources where some name occurs. Computed on first use: it folds every text.

        One pass per text finds every name at once (:class:`_NameFinder`) rather than one
        search per name and source."""
        needles = self._name_needles
        finder = _NameFinder(folded for names in needles.values() for _, folded in names)
        variants: dict[int, dict[int, tuple[str, ...]]] = {}
        for source in self.sources:
            present = finder.present(self._folded_text(source.id))
            if not present:
                continue
            for code_id, names in needles.items():
                found = tuple(name for name, folded in names if folded in present)
                if found:
                    variants.setdefault(code_id, {})[source.id] = found
        return variants


class _NameFinder:
    """Which of many folded names start a word somewhere in a folded text, in one regex pass.

    At every word start (a position not preceded by a letter or digit, as :func:`_occurs` has
    it) a look-ahead tries the names longest first, so it reports the longest name found there;
    every name that is a prefix of that one occurs there too, and no other name can (two names
    that both start at one position are prefixes of the same text, so the shorter is a prefix
    of the longer)."""

    def __init__(self, names: Iterable[str]) -> None:
        longest_first = sorted(set(names), key=lambda n: (-len(n), n))
        self._prefixes = {
            name: tuple(other for other in longest_first if name.startswith(other))
            for name in longest_first
        }
        alternatives = _trie_pattern(longest_first)
        if alternatives is None:  # names nested too deep for a tree: the plain alternation
            alternatives = "|".join(re.escape(n) for n in longest_first)
        self._pattern = re.compile(rf"(?<![^\W_])(?=({alternatives}))") if longest_first else None

    def present(self, folded_text: str) -> set[str]:
        if self._pattern is None:
            return set()
        longest = {m.group(1) for m in self._pattern.finditer(folded_text)}
        return {prefix for name in longest for prefix in self._prefixes[name]}


_TRIE_DEPTH = 64  # branch points along one name; past that, a plain alternation
_Tree = dict[str, "_Tree"]  # character → the names' tree after it ("": a name ends)


def _trie_pattern(names: Iterable[str]) -> str | None:
    """A regular expression matching the longest of ``names`` at a position, written as the
    tree of their characters ("speaker 1(?:0|1)?|s\\. 1…"): the engine follows one branch per
    character instead of trying every name in turn (hundreds of speakers' names and aliases,
    tried at every word of 2,000 texts). A greedy ``?`` where a name ends tries the longer
    names first; at most one branch can match the next character, so the first match is the
    longest. None when the tree is deeper than ``_TRIE_DEPTH`` branch points."""
    tree: _Tree = {}
    for name in names:
        node = tree
        for char in name:
            node = node.setdefault(char, {})
        node[""] = {}  # a name ends here

    def render(node: _Tree, depth: int) -> str | None:
        ends = "" in node
        children = sorted(char for char in node if char)
        if not children:
            return ""
        if depth > _TRIE_DEPTH:
            return None
        branches = []
        for first in children:
            chain, child = [first], node[first]
            while len(child) == 1 and "" not in child:  # a run of single characters
                (following,) = child
                chain.append(following)
                child = child[following]
            rest = render(child, depth + 1)
            if rest is None:
                return None
            branches.append(re.escape("".join(chain)) + rest)
        if len(branches) == 1 and not ends:
            return branches[0]
        return "(?:" + "|".join(branches) + (")?" if ends else ")")

    return render(tree, 0)


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


_SortedCodes = tuple[
    tuple[Code, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...], tuple[int, ...]
]


class _ExcerptMaker:
    """Makes (once) the excerpt of any annotation of a snapshot, from its tuple."""

    def __init__(self, snapshot: ProjectSnapshot, context_chars: int) -> None:
        self.snapshot = snapshot
        self.context_chars = context_chars
        self.code_order = {
            c.id: (_KIND_ORDER[c.kind], index) for index, c in enumerate(snapshot.codes)
        }
        self.built: dict[int, Excerpt] = {}
        # code ids as stored → (codes, conditions, speakers, stances, others): a project has
        # far fewer combinations of codes than annotations.
        self._sorted: dict[tuple[int, ...], _SortedCodes] = {}

    def _codes(self, code_ids: tuple[int, ...]) -> _SortedCodes:
        order = self.code_order
        ids = sorted((i for i in code_ids if i in order), key=order.__getitem__)
        by_kind: list[list[int]] = [[], [], [], []]
        for code_id in ids:
            by_kind[order[code_id][0]].append(code_id)
        codes_by_id = self.snapshot.codes_by_id
        found = (
            tuple(codes_by_id[i] for i in ids),
            tuple(by_kind[0]),
            tuple(by_kind[1]),
            tuple(by_kind[2]),
            tuple(by_kind[3]),
        )
        self._sorted[code_ids] = found
        return found

    def __call__(self, annotation_id: int) -> Excerpt | None:
        """The excerpt of any annotation of the snapshot (None: no such annotation, or its
        source is not in the snapshot)."""
        excerpt = self.built.get(annotation_id)
        if excerpt is not None:
            return excerpt
        place = self.snapshot.annotation_places_by_id.get(annotation_id)
        if place is None or place.source_id not in self.snapshot.sources_by_id:
            return None
        return self.excerpts((place,))[0]

    def prefetch(self, annotation_ids: Iterable[int]) -> None:
        """Make the excerpts of these annotations (those of the snapshot's sources) at once:
        one read of their rows for a snapshot read for the compare view."""
        places = self.snapshot.annotation_places_by_id
        sources = self.snapshot.sources_by_id
        self.excerpts(
            place
            for i in annotation_ids
            if (place := places.get(i)) is not None and place.source_id in sources
        )

    def excerpts(self, places: Iterable[AnnotationPlace]) -> tuple[Excerpt, ...]:
        """The excerpts of annotations whose source is in the snapshot (as compare() files
        them); the rows of those not made before are read together."""
        built = self.built
        places = tuple(places)
        new = [place for place in places if place.id not in built]
        if new:
            rows = self.snapshot.rows_by_id(place.id for place in new)
            for place in new:
                self.make(place, rows.get(place.id))
        return tuple(built[place.id] for place in places)

    def make(self, place: AnnotationPlace, row: AnnotationTuple | None) -> Excerpt:
        """The excerpt of ``place`` with the rest of its ``row``: where it is and its codes
        are the place's (as the matrices have them); a row read later than the places (the
        annotation since moved or deleted) gives its quote only if it is still at the place."""
        annotation_id, source_id, start, end, code_ids, coder = place
        excerpt = self.built.get(annotation_id)
        if excerpt is not None:
            return excerpt
        snapshot = self.snapshot
        codes, conditions, speakers, stances, others = self._sorted.get(code_ids) or self._codes(
            code_ids
        )
        text = snapshot.texts.get(source_id, "")
        before, after = _context(text, start, end, self.context_chars)
        if row is not None and (row.source_id, row.start, row.end) == (source_id, start, end):
            quote = row.quote
        else:
            quote = text[start:end]
        excerpt = Excerpt(
            annotation_id=annotation_id,
            guid=row.guid if row is not None else "",
            source_id=source_id,
            start=start,
            end=end,
            quote=quote,
            codes=codes,
            condition_ids=conditions,
            speaker_ids=speakers,
            stance_ids=stances,
            other_ids=others,
            note=row.note if row is not None else "",
            coder=coder,
            context_before=before,
            context_after=after,
            source=snapshot.sources_by_id[source_id],
            origin=row.origin if row is not None else "",
        )
        self.built[annotation_id] = excerpt
        return excerpt

    def rows_of(self, sources: tuple[Source, ...]) -> dict[int, list[AnnotationPlace]]:
        """source id → the annotations of that source by position (start, end, id), for
        ``sources`` in the given order (every chosen source has an entry)."""
        chosen: dict[int, list[AnnotationPlace]] = {s.id: [] for s in sources}
        for place in self.snapshot.annotation_places:
            rows = chosen.get(place.source_id)
            if rows is not None:
                rows.append(place)
        if not self.snapshot.in_position_order:  # (as the project reads them, they are)
            by_position = attrgetter("start", "end", "id")
            for rows in chosen.values():
                rows.sort(key=by_position)
        return chosen


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
    maker = _ExcerptMaker(snapshot, context_chars)
    chosen = maker.rows_of(_chosen_sources(snapshot, source_ids))
    return maker.excerpts(row for rows in chosen.values() for row in rows)


def compare(
    snapshot: ProjectSnapshot,
    source_ids: Iterable[int] | None = None,
    context_chars: int = DEFAULT_CONTEXT_CHARS,
) -> Comparison:
    """The comparison of ``source_ids`` (None: every source of the snapshot), in project order.
    Ids not in the snapshot are ignored. The codebook is always whole: rows for codes no chosen
    source uses stay (empty), so a matrix shows what nobody reported.

    Only the matrices' structure is computed here — which annotations fall in which cell, from
    the annotations' tuples; excerpts are made when they are read (see :class:`CellMap`)."""
    with collector_paused():
        return _compare(snapshot, source_ids, context_chars)


def _compare(
    snapshot: ProjectSnapshot, source_ids: Iterable[int] | None, context_chars: int
) -> Comparison:
    sources = _chosen_sources(snapshot, source_ids)
    maker = _ExcerptMaker(snapshot, context_chars)
    chosen = maker.rows_of(sources)

    # Which of the three matrices a code's cells go to (codes of other kinds have none).
    matrix_of = {code.id: _KIND_ORDER[code.kind] for code in snapshot.codes}
    # matrix → code id → source id → the cell's annotations
    filed: tuple[dict[int, dict[int, tuple[AnnotationPlace, ...]]], ...] = ({}, {}, {})
    for source_id, rows in chosen.items():
        cells: dict[int, list[AnnotationPlace]] = {}
        for row in rows:
            for code_id in row.code_ids:
                found = cells.get(code_id)
                if found is None:
                    cells[code_id] = [row]
                else:
                    found.append(row)
        for code_id, found in cells.items():
            matrix = matrix_of.get(code_id, 3)
            if matrix < 3:
                by_code = filed[matrix]
                of_code = by_code.get(code_id)
                if of_code is None:
                    of_code = by_code[code_id] = {}
                of_code[source_id] = tuple(found)

    def kind_codes(kind: CodeKind) -> tuple[Code, ...]:
        return tuple(snapshot.codes_of_kind(kind))

    return Comparison(
        sources=sources,
        conditions=kind_codes(CodeKind.CONDITION),
        speakers=kind_codes(CodeKind.SPEAKER),
        stances=kind_codes(CodeKind.REACTION),
        others=kind_codes(CodeKind.OTHER),
        condition_cells=CellMap(filed[0], maker),
        speaker_cells=CellMap(filed[1], maker),
        stance_cells=CellMap(filed[2], maker),
        snapshot=snapshot,
        _chosen=chosen,
        _maker=maker,
    )


def _reactions(comparison: Comparison) -> tuple[ReactionRow, ...]:
    snapshot, maker = comparison.snapshot, comparison._maker
    order = {s.id: index for index, s in enumerate(comparison.sources)}
    targets: dict[int, list[int]] = {}
    for link in snapshot.links:
        targets.setdefault(link.from_id, []).append(link.to_id)
    stance_ids = {c.id for c in snapshot.codes if c.kind == CodeKind.REACTION}
    stated = [
        place
        for places in comparison._chosen.values()
        for place in places
        if not stance_ids.isdisjoint(place.code_ids)
    ]
    made = maker.excerpts(stated)
    maker.prefetch(i for excerpt in made for i in targets.get(excerpt.annotation_id, ()))
    reactions: list[ReactionRow] = []
    for excerpt in made:
        answered = [t for i in targets.get(excerpt.annotation_id, ()) if (t := maker(i))]
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
    return tuple(reactions)

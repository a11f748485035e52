"""Everything an export or a comparison reads, copied out of the database at one moment.

Workers and exporters get a snapshot, never a live session: they run off the GUI thread and
must not see half of a later change.

The annotations are copied out as plain tuples (:class:`AnnotationRows`): a newsroom project
has tens of thousands, and the comparison behind the compare view reads the tuples directly,
so the :class:`~desktop_app.domain.model.Annotation` objects are made only when something asks
for them (an export iterating ``snapshot.annotations``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple, overload

from desktop_app.domain.agreement import people_coding_together
from desktop_app.domain.model import (
    Annotation,
    Case,
    Code,
    CodeKind,
    CoderOrigin,
    Link,
    Source,
    coder_origins,
)
from desktop_app.domain.outlets import BlindspotRule, Outlet, OutletIndex


class AnnotationTuple(NamedTuple):
    """An annotation as a plain tuple, in the order of :class:`Annotation`'s fields
    (``Annotation(*row)``): what the snapshot and the comparison keep by the ten thousand, read
    by name (``row.source_id``) at a tuple's cost."""

    id: int
    guid: str
    source_id: int
    start: int
    end: int
    quote: str
    code_ids: tuple[int, ...]
    note: str
    coder: str
    created_at: str
    updated_at: str
    version: int
    updated_by: str
    origin: str = ""


def as_row(annotation: Annotation) -> AnnotationTuple:
    a = annotation
    return AnnotationTuple(
        a.id,
        a.guid,
        a.source_id,
        a.start,
        a.end,
        a.quote,
        a.code_ids,
        a.note,
        a.coder,
        a.created_at,
        a.updated_at,
        a.version,
        a.updated_by,
        a.origin,
    )


def within_bounds(
    rows: Iterable[AnnotationTuple], texts: Mapping[int, str]
) -> tuple[list[AnnotationTuple], list[AnnotationTuple]]:
    """``rows`` split into those whose ``[start, end)`` lies inside their source's text and
    those that do not (start after end, a negative position, past the end of the text).

    Mark-up never stores the latter; only a damaged or hand-edited project file holds them, and
    no export can quote, place or count them, so the snapshot leaves them out and says so
    (:attr:`ProjectSnapshot.out_of_bounds`) rather than each exporter crashing or writing them
    silently."""
    lengths = {source_id: len(text) for source_id, text in texts.items()}
    kept: list[AnnotationTuple] = []
    outside: list[AnnotationTuple] = []
    for row in rows:
        if 0 <= row.start <= row.end <= lengths.get(row.source_id, 0):
            kept.append(row)
        else:
            outside.append(row)
    return kept, outside


class AnnotationRows(Sequence[Annotation]):
    """Annotations kept as :class:`AnnotationTuple` tuples; an :class:`Annotation` is made (once)
    when it is first asked for. Compares equal to any sequence of the same annotations."""

    __slots__ = ("_made", "rows")

    def __init__(self, rows: Sequence[AnnotationTuple]) -> None:
        self.rows: tuple[AnnotationTuple, ...] = tuple(rows)
        self._made: tuple[Annotation, ...] | None = None

    @property
    def made(self) -> tuple[Annotation, ...]:
        if self._made is None:
            self._made = tuple(Annotation(*row) for row in self.rows)
        return self._made

    def __len__(self) -> int:
        return len(self.rows)

    @overload
    def __getitem__(self, index: int) -> Annotation: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Annotation]: ...
    def __getitem__(self, index: int | slice) -> Annotation | Sequence[Annotation]:
        return self.made[index]

    def __iter__(self) -> Iterator[Annotation]:
        return iter(self.made)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, AnnotationRows):
            return self.made == other.made
        return isinstance(other, Sequence) and self.made == tuple(other)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"AnnotationRows({len(self.rows)} annotations)"


@dataclass(frozen=True)
class ProjectSnapshot:
    name: str
    guid: str
    sources: tuple[Source, ...]
    texts: dict[int, str]
    codes: tuple[Code, ...]
    annotations: Sequence[Annotation]  # a tuple, or AnnotationRows as load_snapshot reads them
    links: tuple[Link, ...] = ()
    cases: tuple[Case, ...] = ()
    coders: tuple[str, ...] = ()
    # Coders who are not people of this team, by name: "sample" or "imported" (CoderOrigin).
    coder_origins: dict[str, str] = field(default_factory=dict)
    created_at: str = ""
    extra: dict[str, str] = field(default_factory=dict)
    # Annotations left out of ``annotations`` because their positions lie outside their
    # source's text (see within_bounds); exports name them in a note.
    out_of_bounds: tuple[AnnotationTuple, ...] = ()
    # How many links were left out with them (a link needs both its ends).
    out_of_bounds_links: int = 0
    # The project's outlets (desktop_app.domain.outlets); a source belongs to the one its
    # ``outlet`` names: see outlet_of.
    outlets: tuple[Outlet, ...] = ()
    blindspot_rule: BlindspotRule = field(default_factory=BlindspotRule)

    @cached_property
    def codes_by_id(self) -> dict[int, Code]:
        return {code.id: code for code in self.codes}

    @cached_property
    def sources_by_id(self) -> dict[int, Source]:
        return {source.id: source for source in self.sources}

    @cached_property
    def annotations_by_id(self) -> dict[int, Annotation]:
        return {annotation.id: annotation for annotation in self.annotations}

    @cached_property
    def annotation_rows(self) -> tuple[AnnotationTuple, ...]:
        """The annotations as tuples (without making Annotation objects when read so)."""
        if isinstance(self.annotations, AnnotationRows):
            return self.annotations.rows
        return tuple(as_row(a) for a in self.annotations)

    @cached_property
    def annotation_rows_by_id(self) -> dict[int, AnnotationTuple]:
        return {row.id: row for row in self.annotation_rows}

    @cached_property
    def outlet_index(self) -> OutletIndex:
        return OutletIndex(self.outlets)

    def outlet_of(self, source: Source) -> Outlet | None:
        """The outlet ``source`` belongs to; None when its outlet field names none recorded."""
        return self.outlet_index.of(source)

    @cached_property
    def origins(self) -> dict[str, CoderOrigin]:
        """Every coder's origin (people, the sample's coder, imported coders)."""
        return coder_origins(self.coder_origins, self.coders)

    @cached_property
    def people_coding_together(self) -> list[str]:
        """The people whose work can be compared: see ``agreement.people_coding_together``."""
        rows = self.annotation_rows
        return people_coding_together(((r.coder, r.source_id) for r in rows), self.origins)

    def codes_of_kind(self, kind: CodeKind) -> list[Code]:
        """Non-root codes of a kind, in codebook order."""
        return [c for c in self.codes if c.kind == kind and not c.is_root]

    def annotations_of(self, source_id: int) -> list[Annotation]:
        return [a for a in self.annotations if a.source_id == source_id]


def only_coder(snapshot: ProjectSnapshot, coder: str) -> ProjectSnapshot:
    """``snapshot`` with only ``coder``'s mark-up (and the links between it): what blind double
    coding shows each coder."""
    rows = [row for row in snapshot.annotation_rows if row.coder == coder]
    kept = {row.id for row in rows}
    return replace(
        snapshot,
        annotations=AnnotationRows(rows),
        links=tuple(k for k in snapshot.links if k.from_id in kept and k.to_id in kept),
    )

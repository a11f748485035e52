"""Everything an export or a comparison reads, copied out of the database at one moment.

Workers and exporters get a snapshot, never a live session: they run off the GUI thread and
must not see half of a later change.

The annotations are copied out as plain tuples (:class:`AnnotationRows`): a newsroom project
has tens of thousands, and the comparison behind the compare view reads the tuples directly,
so the :class:`~desktop_app.domain.model.Annotation` objects are made only when something asks
for them (an export iterating ``snapshot.annotations``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import NamedTuple, TypeVar, overload

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


class AnnotationPlace(NamedTuple):
    """Where an annotation is, what it is coded with and who marked it: all that the
    comparison's matrices (and the outlet-group and timeline tabs built on them) read of an
    annotation. The compare view reads only these for every annotation
    (:func:`~desktop_app.services.snapshot.load_view_snapshot`); the rest of a row (quote, note,
    guid, times) is read for the excerpts it shows (:meth:`AnnotationRows.placed`)."""

    id: int
    source_id: int
    start: int
    end: int
    code_ids: tuple[int, ...]
    coder: str


def place_of(row: AnnotationTuple) -> AnnotationPlace:
    return AnnotationPlace(row.id, row.source_id, row.start, row.end, row.code_ids, row.coder)


# Reads the whole rows of the annotations among some ids (None: of every annotation), those
# still there, in position order.
RowReader = Callable[[Sequence[int] | None], Sequence[AnnotationTuple]]

_Spanned = TypeVar("_Spanned", AnnotationTuple, AnnotationPlace)


def within_bounds(
    rows: Iterable[_Spanned], texts: Mapping[int, str]
) -> tuple[list[_Spanned], list[_Spanned]]:
    """``rows`` split into those whose ``[start, end)`` lies inside their source's text and
    those that do not (start after end, a negative position, past the end of the text).

    Mark-up never stores the latter; only a damaged or hand-edited project file holds them, and
    no export can quote, place or count them, so the snapshot leaves them out and says so
    (:attr:`ProjectSnapshot.out_of_bounds`) rather than each exporter crashing or writing them
    silently."""
    lengths = {source_id: len(text) for source_id, text in texts.items()}
    kept: list[_Spanned] = []
    outside: list[_Spanned] = []
    for row in rows:
        if 0 <= row.start <= row.end <= lengths.get(row.source_id, 0):
            kept.append(row)
        else:
            outside.append(row)
    return kept, outside


class AnnotationRows(Sequence[Annotation]):
    """Annotations kept as :class:`AnnotationTuple` tuples; an :class:`Annotation` is made (once)
    when it is first asked for. Compares equal to any sequence of the same annotations.

    :meth:`placed` keeps only each annotation's :class:`AnnotationPlace` and reads the whole
    rows when they are asked for: those of a few annotations (:meth:`rows_by_id`, the excerpts
    of the cells a view shows) or all of them (:attr:`rows`), by the reader it was given — as
    they are when asked for. The compare view, which reads them so, reads its snapshot again
    after every change set.

    ``in_position_order``: the rows are ordered by source, start, end, id (as the project
    reads them), so the comparison need not sort each source's again."""

    __slots__ = ("_details", "_left_out", "_made", "_places", "_read", "_rows", "in_position_order")

    def __init__(self, rows: Sequence[AnnotationTuple], *, in_position_order: bool = False) -> None:
        self._rows: tuple[AnnotationTuple, ...] | None = tuple(rows)
        self._made: tuple[Annotation, ...] | None = None
        self._places: tuple[AnnotationPlace, ...] | None = None
        self._read: RowReader | None = None
        self._details: dict[int, AnnotationTuple] = {}
        self._left_out: tuple[AnnotationPlace, ...] = ()
        self.in_position_order = in_position_order

    @classmethod
    def placed(
        cls,
        places: Sequence[AnnotationPlace],
        read: RowReader,
        left_out: Sequence[AnnotationPlace] = (),
    ) -> AnnotationRows:
        """Annotations known by their places (in position order), their rows read by ``read``
        when asked for. ``left_out``: the places left out as out of bounds (see
        :func:`within_bounds`), kept for bringing the snapshot up to date."""
        made = cls((), in_position_order=True)
        made._rows = None
        made._places = tuple(places)
        made._read = read
        made._left_out = tuple(left_out)
        return made

    @property
    def lean(self) -> bool:
        """Whether the whole rows are still to be read (see :meth:`placed`)."""
        return self._rows is None

    @property
    def left_out(self) -> tuple[AnnotationPlace, ...]:
        return self._left_out

    @property
    def read(self) -> RowReader | None:
        return self._read

    @property
    def rows(self) -> tuple[AnnotationTuple, ...]:
        if self._rows is None:
            assert self._places is not None and self._read is not None
            wanted = {place.id for place in self._places}
            self._rows = tuple(row for row in self._read(None) if row.id in wanted)
        return self._rows

    @property
    def places(self) -> tuple[AnnotationPlace, ...]:
        if self._places is None:
            self._places = tuple(place_of(row) for row in self.rows)
        return self._places

    def rows_by_id(self, ids: Iterable[int]) -> dict[int, AnnotationTuple]:
        """The whole rows of the annotations among ``ids`` (those there are): for a snapshot
        read :meth:`placed`, one read of those not read before."""
        wanted = list(dict.fromkeys(ids))
        if self._rows is not None and len(self._details) != len(self._rows):
            self._details = {row.id: row for row in self._rows}  # (all read: those, now)
        details = self._details
        missing = [i for i in wanted if i not in details]
        if missing and self._rows is None:
            assert self._read is not None
            details.update((row.id, row) for row in self._read(missing))
        return {i: details[i] for i in wanted if i in details}

    def only(self, coder: str) -> AnnotationRows:
        """These annotations with only ``coder``'s, read as these are."""
        if self._rows is None:
            assert self._read is not None
            return AnnotationRows.placed([p for p in self.places if p.coder == coder], self._read)
        return AnnotationRows(
            [row for row in self._rows if row.coder == coder],
            in_position_order=self.in_position_order,
        )

    @property
    def made(self) -> tuple[Annotation, ...]:
        if self._made is None:
            self._made = tuple(Annotation(*row) for row in self.rows)
        return self._made

    def __len__(self) -> int:
        return (
            len(self._places) if self._rows is None and self._places is not None else len(self.rows)
        )

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
        return f"AnnotationRows({len(self)} annotations)"


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
    def annotation_places(self) -> tuple[AnnotationPlace, ...]:
        """Where each annotation is and its codes and coder (all the matrices read), in the
        order of ``annotation_rows``; a snapshot read for the compare view has only these until
        more is asked for."""
        if isinstance(self.annotations, AnnotationRows):
            return self.annotations.places
        return tuple(place_of(row) for row in self.annotation_rows)

    @cached_property
    def annotation_places_by_id(self) -> dict[int, AnnotationPlace]:
        return {place.id: place for place in self.annotation_places}

    @property
    def in_position_order(self) -> bool:
        """Whether the annotations are ordered by source, start, end, id."""
        return isinstance(self.annotations, AnnotationRows) and self.annotations.in_position_order

    def rows_by_id(self, ids: Iterable[int]) -> dict[int, AnnotationTuple]:
        """The whole rows of the annotations among ``ids`` (read now, for a snapshot read for
        the compare view, if not read before)."""
        if isinstance(self.annotations, AnnotationRows):
            return self.annotations.rows_by_id(ids)
        rows = self.annotation_rows_by_id
        return {i: rows[i] for i in ids if i in rows}

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
        places = self.annotation_places
        return people_coding_together(((p.coder, p.source_id) for p in places), self.origins)

    def codes_of_kind(self, kind: CodeKind) -> list[Code]:
        """Non-root codes of a kind, in codebook order."""
        return [c for c in self.codes if c.kind == kind and not c.is_root]

    def annotations_of(self, source_id: int) -> list[Annotation]:
        return [a for a in self.annotations if a.source_id == source_id]


def only_coder(snapshot: ProjectSnapshot, coder: str) -> ProjectSnapshot:
    """``snapshot`` with only ``coder``'s mark-up (and the links between it): what blind double
    coding shows each coder."""
    annotations = snapshot.annotations
    if not isinstance(annotations, AnnotationRows):
        annotations = AnnotationRows(snapshot.annotation_rows)
    mine = annotations.only(coder)
    kept = {place.id for place in mine.places}
    return replace(
        snapshot,
        annotations=mine,
        links=tuple(k for k in snapshot.links if k.from_id in kept and k.to_id in kept),
    )

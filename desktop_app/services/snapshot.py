"""Reading a consistent snapshot of the project (or of chosen sources) in one transaction."""

from __future__ import annotations

from bisect import insort
from collections.abc import Callable, Iterable, Sequence
from operator import attrgetter
from typing import Protocol, TypeVar

from desktop_app.domain.bulk import collector_paused
from desktop_app.domain.model import Link, Source
from desktop_app.domain.snapshot import (
    AnnotationPlace,
    AnnotationRows,
    AnnotationTuple,
    ProjectSnapshot,
    within_bounds,
)
from desktop_app.services.outlets import rule_from_settings
from desktop_app.services.project import Project
from desktop_app.storage import annotations as annotation_store
from desktop_app.storage import cases as case_store
from desktop_app.storage import codebook as code_store
from desktop_app.storage import outlets as outlet_store
from desktop_app.storage import project_meta, snapshot_reads
from desktop_app.storage import sources as source_store
from desktop_app.storage.transaction import Reader

_BY_POSITION = attrgetter("source_id", "start", "end", "id")  # the order annotation_tuples reads
_FEW = 100  # changed annotations put in place one by one; more: sorted in


def load_snapshot(
    project: Project, source_ids: Iterable[int] | None = None, *, coder: str | None = None
) -> ProjectSnapshot:
    """The project as it is now; with ``source_ids``, only those sources and their mark-up
    (the codebook stays whole); with ``coder``, only that coder's mark-up."""
    wanted = None if source_ids is None else sorted(set(source_ids))
    with collector_paused(), project.read() as reader:
        return _read(reader, wanted, coder)


def load_view_snapshot(project: Project) -> ProjectSnapshot:
    """The whole project as :func:`load_snapshot` reads it, but of each annotation only where
    it is, its codes and coder (:class:`~desktop_app.domain.snapshot.AnnotationPlace`): all
    the compare view's matrices, outlet-group and timeline tabs read. The rest of the rows
    (quote, note, guid, times) is read from the project when asked for — a cell's excerpts
    when the view shows them, every row for the Variants tab — as it is then (the view reads
    its snapshot again after every change set). :func:`~desktop_app.domain.comparison.compare`
    of it equals ``compare`` of :func:`load_snapshot` at the same moment.

    A string per annotation for its quote, guid and times was most of the full read: at
    2,000 sources and 48,000 annotations this reads in about half the time."""
    with collector_paused(), project.read() as reader:
        sources = source_store.list_sources(reader)
        texts = source_store.texts(reader)
        places = annotation_store.annotation_places(reader)
        return _assemble_view(reader, project, sources, texts, places)


def _row_reader(project: Project) -> Callable[[Sequence[int] | None], list[AnnotationTuple]]:
    def read(annotation_ids: Sequence[int] | None) -> list[AnnotationTuple]:
        with collector_paused(), project.read() as reader:
            return annotation_store.annotation_tuples(reader, annotation_ids=annotation_ids)

    return read


def _assemble_view(
    reader: Reader,
    project: Project,
    sources: list[Source],
    texts: dict[int, str],
    places: list[AnnotationPlace],
) -> ProjectSnapshot:
    kept, outside = within_bounds(places, texts)
    rows = AnnotationRows.placed(kept, _row_reader(project), outside)
    return _assemble(
        reader, sources, texts, rows, kept={p.id for p in kept}, left_out={p.id for p in outside}
    )


def _refresh_view(
    reader: Reader,
    project: Project,
    snapshot: ProjectSnapshot,
    changed: set[int],
    source_ids: Iterable[int],
) -> ProjectSnapshot:
    """:func:`refresh_snapshot` of a snapshot read by :func:`load_view_snapshot`."""
    annotations = snapshot.annotations
    assert isinstance(annotations, AnnotationRows)
    fresh = annotation_store.annotation_places(reader, sorted(changed)) if changed else []
    # Left out last time (outside their text): _assemble_view tells them again.
    places = _merged(snapshot.annotation_places, annotations.left_out, fresh, changed)
    held = snapshot.annotation_places
    sources = _sources_reread(reader, snapshot, source_ids, held=held, fresh=fresh, changed=changed)
    return _assemble_view(reader, project, sources, snapshot.texts, places)


def refresh_snapshot(
    project: Project,
    snapshot: ProjectSnapshot,
    annotation_ids: Iterable[int],
    source_ids: Iterable[int] = (),
) -> ProjectSnapshot:
    """A whole-project ``snapshot`` brought up to date after changes that added, edited or
    deleted the annotations ``annotation_ids`` (with their codes and links) and changed the
    metadata of the sources ``source_ids`` (including those annotations' sources, whose counts
    changed) — equal to :func:`load_snapshot` now (a snapshot read by
    :func:`load_view_snapshot` stays so: equal to it now; once its rows were all read, as for
    the Variants tab, it is brought up to date whole). Only those rows are read again, with the
    small tables (codebook, links, cases, coders); the other annotations and sources and every
    text are the snapshot's. If sources were added or removed meanwhile, everything is read
    again.

    This keeps the compare view current while an analyst marks up a big project: one mark-up
    re-reads a few rows instead of 50,000 annotations and 8 MB of text."""
    changed = set(annotation_ids)
    annotations = snapshot.annotations
    # Read for the view (and not since read whole, or with places left out, which only the
    # view's read keeps): brought up to date as the view reads.
    lean = isinstance(annotations, AnnotationRows) and (annotations.lean or annotations.left_out)
    with project.read() as reader:
        same_sources = snapshot_reads.source_ids(reader) == [s.id for s in snapshot.sources]
        if same_sources and set(snapshot.texts) == {s.id for s in snapshot.sources}:
            if lean:
                return _refresh_view(reader, project, snapshot, changed, source_ids)
            return _refresh_whole(reader, snapshot, changed, source_ids)
        if not lean:
            return _read(reader, None)
    return load_view_snapshot(project)


def _refresh_whole(
    reader: Reader, snapshot: ProjectSnapshot, changed: set[int], source_ids: Iterable[int]
) -> ProjectSnapshot:
    """:func:`refresh_snapshot` of a snapshot with every row read."""
    fresh = annotation_store.annotation_tuples(reader, annotation_ids=sorted(changed))
    # Left out last time (outside their text): _assemble tells them again.
    rows = _merged(snapshot.annotation_rows, snapshot.out_of_bounds, fresh, changed)
    held = snapshot.annotation_rows
    sources = _sources_reread(reader, snapshot, source_ids, held=held, fresh=fresh, changed=changed)
    return _assemble(reader, sources, snapshot.texts, rows)


class _Placed(Protocol):
    """An annotation as a snapshot holds it: a full row or only where it is."""

    @property
    def id(self) -> int: ...
    @property
    def source_id(self) -> int: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


_P = TypeVar("_P", bound=_Placed)


def _merged(
    held: Sequence[_P], left_out: Sequence[_P], fresh: Sequence[_P], changed: set[int]
) -> list[_P]:
    """The snapshot's annotations without the ``changed`` ones, with their ``fresh`` reading,
    in position order: a few put in place one by one, many sorted in."""
    merged = [item for item in held if item.id not in changed]
    if left_out:
        merged.extend(item for item in left_out if item.id not in changed)
        merged.sort(key=_BY_POSITION)
    if len(fresh) <= _FEW:
        for item in fresh:
            insort(merged, item, key=_BY_POSITION)
    else:
        merged.extend(fresh)
        merged.sort(key=_BY_POSITION)
    return merged


def _sources_reread(
    reader: Reader,
    snapshot: ProjectSnapshot,
    source_ids: Iterable[int],
    *,
    held: Sequence[_Placed],
    fresh: Sequence[_Placed],
    changed: set[int],
) -> list[Source]:
    """The snapshot's sources, those named or holding a changed annotation (before or after
    the change, deleted ones too) read again: their metadata and counts moved."""
    touched = set(source_ids) | {item.source_id for item in fresh}
    touched |= {item.source_id for item in held if item.id in changed}
    reread = {s.id: s for s in source_store.list_sources(reader, sorted(touched))}
    return [reread.get(s.id, s) for s in snapshot.sources]


def _read(reader: Reader, wanted: list[int] | None, coder: str | None = None) -> ProjectSnapshot:
    sources = source_store.list_sources(reader, wanted)
    ids = [s.id for s in sources]
    texts = source_store.texts(reader, ids if wanted is not None else None)
    annotations = annotation_store.annotation_tuples(
        reader, source_ids=ids if wanted is not None else None
    )
    if coder is not None:
        annotations = [row for row in annotations if row.coder == coder]
    return _assemble(reader, sources, texts, annotations)


def _assemble(
    reader: Reader,
    sources: list[Source],
    texts: dict[int, str],
    annotations: list[AnnotationTuple] | AnnotationRows,
    *,
    kept: set[int] | None = None,
    left_out: set[int] | None = None,
) -> ProjectSnapshot:
    """The snapshot of these sources, texts and annotations, with the small tables. Rows
    (a list) are split by :func:`within_bounds` here; read for the compare view (``AnnotationRows``)
    they were split before, ``kept`` and ``left_out`` their ids."""
    outside: list[AnnotationTuple] = []
    if not isinstance(annotations, AnnotationRows):
        inside, outside = within_bounds(annotations, texts)
        annotations = AnnotationRows(inside, in_position_order=True)
        kept = {a.id for a in inside}
        left_out = {a.id for a in outside}
    assert kept is not None and left_out is not None
    links: list[Link] = []
    links_left_out = 0
    for link in annotation_store.list_links(reader):
        if link.from_id in kept and link.to_id in kept:
            links.append(link)
        elif link.from_id in left_out or link.to_id in left_out:
            links_left_out += 1
    return ProjectSnapshot(
        name=project_meta.get_setting(reader, "name") or "Parley project",
        guid=project_meta.get_setting(reader, "guid"),
        sources=tuple(sources),
        texts=texts,
        codes=tuple(code_store.list_codes(reader)),
        annotations=annotations,
        links=tuple(links),
        cases=tuple(case_store.list_cases(reader)),
        coders=tuple(sorted(project_meta.coder_names(reader).values())),
        coder_origins=project_meta.coder_origins(reader),
        created_at=project_meta.get_setting(reader, "created_at"),
        out_of_bounds=tuple(outside),
        out_of_bounds_links=links_left_out,
        outlets=tuple(outlet_store.list_outlets(reader)),
        blindspot_rule=rule_from_settings(reader),
    )

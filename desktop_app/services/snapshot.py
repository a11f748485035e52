"""Reading a consistent snapshot of the project (or of chosen sources) in one transaction."""

from __future__ import annotations

from bisect import insort
from collections.abc import Iterable
from operator import attrgetter

from desktop_app.domain.bulk import collector_paused
from desktop_app.domain.model import Link, Source
from desktop_app.domain.snapshot import (
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


def refresh_snapshot(
    project: Project,
    snapshot: ProjectSnapshot,
    annotation_ids: Iterable[int],
    source_ids: Iterable[int] = (),
) -> ProjectSnapshot:
    """A whole-project ``snapshot`` brought up to date after changes that added, edited or
    deleted the annotations ``annotation_ids`` (with their codes and links) and changed the
    metadata of the sources ``source_ids`` (including those annotations' sources, whose counts
    changed) — equal to :func:`load_snapshot` now. Only those rows are read again, with the
    small tables (codebook, links, cases, coders); the other annotations and sources and every
    text are the snapshot's. If sources were added or removed meanwhile, everything is read
    again.

    This keeps the compare view current while an analyst marks up a big project: one mark-up
    re-reads a few rows instead of 50,000 annotations and 8 MB of text."""
    changed = set(annotation_ids)
    with project.read() as reader:
        if snapshot_reads.source_ids(reader) != [s.id for s in snapshot.sources] or set(
            snapshot.texts
        ) != {s.id for s in snapshot.sources}:
            return _read(reader, None)
        touched = set(source_ids) | {
            row.source_id for row in snapshot.annotation_rows if row.id in changed
        }
        fresh = annotation_store.annotation_tuples(reader, annotation_ids=sorted(changed))
        touched.update(row.source_id for row in fresh)
        reread = {s.id: s for s in source_store.list_sources(reader, sorted(touched))}
        sources = [reread.get(s.id, s) for s in snapshot.sources]
        rows = [row for row in snapshot.annotation_rows if row.id not in changed]
        if snapshot.out_of_bounds:  # left out last time; _assemble tells them again
            rows.extend(row for row in snapshot.out_of_bounds if row.id not in changed)
            rows.sort(key=_BY_POSITION)
        if len(fresh) <= _FEW:
            for row in fresh:
                insort(rows, row, key=_BY_POSITION)
        else:
            rows.extend(fresh)
            rows.sort(key=_BY_POSITION)
        return _assemble(reader, sources, snapshot.texts, rows)


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
    annotations: list[AnnotationTuple],
) -> ProjectSnapshot:
    annotations, outside = within_bounds(annotations, texts)
    kept = {a.id for a in annotations}
    left_out = {a.id for a in outside}
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
        annotations=AnnotationRows(annotations),
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

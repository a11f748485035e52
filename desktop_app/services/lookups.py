"""Read-only look-ups the window needs: a source's annotations quickly (to open it), and the
annotations a change set names (to refresh only those)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.model import Annotation
from desktop_app.services.project import Project
from desktop_app.storage import window_reads


def annotations_of_source(project: Project, source_id: int) -> list[Annotation]:
    """Same result as ``markup.list_annotations(project, [source_id])``, several times faster."""
    with project.read() as reader:
        return window_reads.annotations_of_source(reader, source_id)


def annotations_by_id(project: Project, annotation_ids: Iterable[int]) -> list[Annotation]:
    """The annotations that still exist among ``annotation_ids`` (deleted ones are absent)."""
    ids = sorted(set(annotation_ids))
    if not ids:
        return []
    with project.read() as reader:
        return window_reads.annotations_by_id(reader, ids)

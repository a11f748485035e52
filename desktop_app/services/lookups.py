"""Read-only look-ups the window needs: a source's annotations (to open it), and the
annotations a change set names (to refresh only those).

Both are :func:`desktop_app.storage.annotations.list_annotations`, the one read of annotations
the snapshot and the services use too, so every view sees the same values.
"""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.model import Annotation
from desktop_app.services.project import Project
from desktop_app.storage import annotations as annotation_store


def annotations_of_source(project: Project, source_id: int) -> list[Annotation]:
    """One source's annotations ordered by start, end, id."""
    with project.read() as reader:
        return annotation_store.list_annotations(reader, source_ids=[source_id])


def annotations_by_id(project: Project, annotation_ids: Iterable[int]) -> list[Annotation]:
    """The annotations that still exist among ``annotation_ids`` (deleted ones are absent),
    ordered by source, start, end."""
    ids = sorted(set(annotation_ids))
    if not ids:
        return []
    with project.read() as reader:
        return annotation_store.list_annotations(reader, annotation_ids=ids)

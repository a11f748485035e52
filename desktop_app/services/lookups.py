"""Small read-only look-ups the window needs to refresh only what a change set names."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.model import Annotation
from desktop_app.services.project import Project
from desktop_app.storage import annotations as annotation_store


def annotations_by_id(project: Project, annotation_ids: Iterable[int]) -> list[Annotation]:
    """The annotations that still exist among ``annotation_ids`` (deleted ones are absent)."""
    ids = sorted(set(annotation_ids))
    if not ids:
        return []
    with project.read() as reader:
        return annotation_store.list_annotations(reader, annotation_ids=ids)

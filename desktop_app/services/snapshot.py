"""Reading a consistent snapshot of the project (or of chosen sources) in one transaction."""

from __future__ import annotations

from collections.abc import Iterable

from desktop_app.domain.model import Case
from desktop_app.domain.snapshot import AnnotationRows, ProjectSnapshot
from desktop_app.services.project import Project
from desktop_app.storage import annotations as annotation_store
from desktop_app.storage import cases as case_store
from desktop_app.storage import codebook as code_store
from desktop_app.storage import project_meta
from desktop_app.storage import sources as source_store


def load_snapshot(project: Project, source_ids: Iterable[int] | None = None) -> ProjectSnapshot:
    """The project as it is now; with ``source_ids``, only those sources and their mark-up
    (the codebook stays whole)."""
    wanted = None if source_ids is None else sorted(set(source_ids))
    with project.read() as reader:
        sources = source_store.list_sources(reader, wanted)
        ids = [s.id for s in sources]
        texts = source_store.texts(reader, ids if wanted is not None else None)
        annotations = annotation_store.annotation_tuples(
            reader, source_ids=ids if wanted is not None else None
        )
        kept = {a[0] for a in annotations}
        links = [
            link
            for link in annotation_store.list_links(reader)
            if link.from_id in kept and link.to_id in kept
        ]
        cases: list[Case] = case_store.list_cases(reader)
        return ProjectSnapshot(
            name=project_meta.get_setting(reader, "name") or "Parley project",
            guid=project_meta.get_setting(reader, "guid"),
            sources=tuple(sources),
            texts=texts,
            codes=tuple(code_store.list_codes(reader)),
            annotations=AnnotationRows(annotations),
            links=tuple(links),
            cases=tuple(cases),
            coders=tuple(sorted(project_meta.coder_names(reader).values())),
            created_at=project_meta.get_setting(reader, "created_at"),
        )

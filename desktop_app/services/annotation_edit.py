"""Editing an annotation from the window's dialog as one change: codes, note, boundaries and
removed links together, so one Undo takes the whole edit back."""

from __future__ import annotations

from collections.abc import Sequence

from desktop_app.clock import now_iso
from desktop_app.domain.model import Annotation
from desktop_app.domain.spans import preview
from desktop_app.i18n import gettext
from desktop_app.services.markup import get_annotation
from desktop_app.services.project import Project
from desktop_app.services.validation import checked_codes, trimmed_span
from desktop_app.storage import annotations as store
from desktop_app.storage import sources as source_store


def edit_annotation(
    project: Project,
    annotation_id: int,
    *,
    code_ids: Sequence[int],
    note: str,
    start: int,
    end: int,
    remove_links: Sequence[int] = (),
) -> Annotation:
    """Apply everything the edit dialog returned; unchanged parts leave no trace in the log."""
    current = get_annotation(project, annotation_id)
    with project.read() as reader:
        codes = checked_codes(reader, code_ids)
        text = source_store.get_text(reader, current.source_id)
        start, end, quote = trimmed_span(text, start, end)
        known_links = {link.id for link in store.list_links(reader, [annotation_id])}
    with project.operation(gettext("Edit “{quote}”").format(quote=preview(current.quote))) as tx:
        if set(current.code_ids) != {c.id for c in codes}:
            store.set_codes(tx, annotation_id, [c.id for c in codes])
        values: dict[str, object] = {}
        if note != current.note:
            values["note"] = note
        if (start, end) != (current.start, current.end):
            values.update(start=start, end=end, quote=quote)
        for link_id in remove_links:
            if link_id in known_links:
                store.delete_link(tx, link_id)
        if values or tx.changes:
            values["updated_at"] = now_iso()
            store.update_annotation(tx, annotation_id, values)
    return get_annotation(project, annotation_id)

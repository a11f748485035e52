"""Mark-up: annotating spans with codes, editing them, deleting them, linking them.

Spans are ``[start, end)`` in code points of the source's plain text; the quote is cached from
that text at the moment of marking, so exports can cite it without reloading the source.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence

from desktop_app.clock import now_iso
from desktop_app.domain.model import Annotation, Link
from desktop_app.domain.spans import preview, trim_span
from desktop_app.errors import InvalidChange, NotFound
from desktop_app.i18n import gettext, ngettext
from desktop_app.services.project import Project
from desktop_app.services.validation import (
    checked_codes,
    checked_stored_span,
    trimmed_span,
)
from desktop_app.storage import annotations as store
from desktop_app.storage import sources as source_store


def list_annotations(project: Project, source_ids: Iterable[int] | None = None) -> list[Annotation]:
    with project.read() as reader:
        return store.list_annotations(reader, source_ids=source_ids)


def get_annotation(project: Project, annotation_id: int) -> Annotation:
    with project.read() as reader:
        found = store.get_annotation(reader, annotation_id)
    if found is None:
        raise NotFound(gettext("that annotation no longer exists"), gettext("refresh the list"))
    return found


def list_links(project: Project, annotation_ids: Iterable[int] | None = None) -> list[Link]:
    with project.read() as reader:
        return store.list_links(reader, annotation_ids)


def annotate(
    project: Project,
    source_id: int,
    start: int,
    end: int,
    code_ids: Sequence[int],
    *,
    note: str = "",
) -> Annotation:
    """Mark ``[start, end)`` of a source with one or more codes; blanks at either end of the
    selection are left out.

    One write transaction: the span and the codes are checked inside it (they cannot change
    between the check and the write), and the operation is named once they are known."""
    now = now_iso()
    with project.operation(gettext("Mark")) as tx:
        quote = checked_stored_span(tx, source_id, start, end)
        codes = checked_codes(tx, code_ids)
        lead, trail = trim_span(quote, 0, len(quote))
        start, end, quote = start + lead, start + trail, quote[lead:trail]
        names = " + ".join(c.name for c in codes)
        tx.label = gettext("Mark “{quote}” as {names}").format(quote=preview(quote), names=names)
        new_id = store.insert_annotation(
            tx,
            {
                "guid": str(uuid.uuid4()),
                "source_id": source_id,
                "start": start,
                "end": end,
                "quote": quote,
                "note": note,
                "coder_id": project.coder_id(tx),
                "created_at": now,
                "updated_at": now,
            },
            [c.id for c in codes],
        )
    # As committed: the operation read it back for the views (no transaction of its own).
    assert tx.annotations_after is not None
    return tx.annotations_after[new_id]


def annotate_many(
    project: Project,
    spans: Sequence[tuple[int, int, int]],
    code_ids: Sequence[int],
    label: str | None = None,
) -> list[Annotation]:
    """Mark many ``(source_id, start, end)`` spans with the same codes in one operation (e.g.
    "mark all hits as …"). Spans already carrying exactly these bounds (once trimmed of blanks
    at their ends) get the codes added."""
    if not spans:
        return []
    with project.read() as reader:
        codes = checked_codes(reader, code_ids)
        source_ids = sorted({s for s, _, _ in spans})
        texts = source_store.texts(reader, source_ids)
    trimmed: dict[tuple[int, int, int], str] = {}
    for source_id, asked_start, asked_end in spans:
        start, end, quote = trimmed_span(texts.get(source_id), asked_start, asked_end)
        trimmed.setdefault((source_id, start, end), quote)
    wanted = {c.id for c in codes}
    names = " + ".join(c.name for c in codes)
    now = now_iso()
    touched: list[int] = []
    count = len(spans)
    hits = ngettext("Mark {n} hit as {names}", "Mark {n} hits as {names}", count)
    with project.operation(label or hits.format(names=names)) as tx:
        # Read inside the write transaction, so codes someone else just gave a span are kept.
        existing = {
            (a.source_id, a.start, a.end): a
            for a in store.list_annotations(tx, source_ids=source_ids)
        }
        coder = project.coder_id(tx)
        for (source_id, start, end), quote in trimmed.items():
            same = existing.get((source_id, start, end))
            if same is not None:
                store.set_codes(tx, same.id, set(same.code_ids) | wanted)
                touched.append(same.id)
                continue
            touched.append(
                store.insert_annotation(
                    tx,
                    {
                        "guid": str(uuid.uuid4()),
                        "source_id": source_id,
                        "start": start,
                        "end": end,
                        "quote": quote,
                        "note": "",
                        "coder_id": coder,
                        "created_at": now,
                        "updated_at": now,
                    },
                    wanted,
                )
            )
    with project.read() as reader:
        return store.list_annotations(reader, annotation_ids=touched)


def set_codes(project: Project, annotation_id: int, code_ids: Sequence[int]) -> Annotation:
    annotation = get_annotation(project, annotation_id)
    with project.read() as reader:
        codes = checked_codes(reader, code_ids)
    with project.operation(
        gettext("Change codes of “{quote}”").format(quote=preview(annotation.quote))
    ) as tx:
        store.set_codes(tx, annotation_id, [c.id for c in codes])
        store.update_annotation(tx, annotation_id, {"updated_at": now_iso()})
    return get_annotation(project, annotation_id)


def add_codes(project: Project, annotation_id: int, code_ids: Sequence[int]) -> Annotation:
    annotation = get_annotation(project, annotation_id)
    return set_codes(project, annotation_id, [*annotation.code_ids, *code_ids])


def set_note(project: Project, annotation_id: int, note: str) -> Annotation:
    annotation = get_annotation(project, annotation_id)
    with project.operation(
        gettext("Edit note of “{quote}”").format(quote=preview(annotation.quote))
    ) as tx:
        store.update_annotation(tx, annotation_id, {"note": note, "updated_at": now_iso()})
    return get_annotation(project, annotation_id)


def set_bounds(project: Project, annotation_id: int, start: int, end: int) -> Annotation:
    """Move a span's boundaries (blanks at either end left out); the cached quote follows."""
    annotation = get_annotation(project, annotation_id)
    with project.read() as reader:
        text = source_store.get_text(reader, annotation.source_id)
    start, end, quote = trimmed_span(text, start, end)
    with project.operation(
        gettext("Resize “{quote}”").format(quote=preview(annotation.quote))
    ) as tx:
        store.update_annotation(
            tx,
            annotation_id,
            {"start": start, "end": end, "quote": quote, "updated_at": now_iso()},
        )
    return get_annotation(project, annotation_id)


def delete_annotations(project: Project, annotation_ids: Sequence[int]) -> None:
    with project.read() as reader:
        found = store.list_annotations(reader, annotation_ids=annotation_ids)
    if not found:
        return
    count = len(found)
    label = (
        gettext("Delete “{quote}”").format(quote=preview(found[0].quote))
        if count == 1
        else ngettext("Delete {n} annotation", "Delete {n} annotations", count)
    )
    with project.operation(label) as tx:
        store.delete_annotations(tx, [a.id for a in found])


def link(project: Project, from_id: int, to_id: int, relation: str = "responds to") -> Link:
    """Link one annotation to another (a reaction *responds to* a condition or statement)."""
    if from_id == to_id:
        raise InvalidChange(
            gettext("an annotation cannot answer itself"), gettext("pick another annotation")
        )
    source = get_annotation(project, from_id)
    target = get_annotation(project, to_id)
    relation = " ".join(relation.split()) or "responds to"
    for existing in list_links(project, [from_id]):
        if (existing.from_id, existing.to_id, existing.relation) == (from_id, to_id, relation):
            return existing
    with project.operation(
        gettext("Link “{quote}” to “{target}”").format(
            quote=preview(source.quote), target=preview(target.quote)
        )
    ) as tx:
        link_id = store.insert_link(
            tx,
            {
                "guid": str(uuid.uuid4()),
                "from_id": from_id,
                "to_id": to_id,
                "relation": relation,
                "created_at": now_iso(),
            },
        )
    return next(lk for lk in list_links(project, [from_id]) if lk.id == link_id)


def unlink(project: Project, link_id: int) -> None:
    with project.operation(gettext("Remove link")) as tx:
        store.delete_link(tx, link_id)

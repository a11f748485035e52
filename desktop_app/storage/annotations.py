"""Annotations (code-point spans with their codes) and links between them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from desktop_app.domain.model import Annotation, Link
from desktop_app.storage.schema import AnnotationCode, AnnotationRow, Coder, LinkRow
from desktop_app.storage.transaction import Reader, Transaction

_CHUNK = 500


def _chunks(values: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def list_annotations(
    reader: Reader,
    source_ids: Iterable[int] | None = None,
    annotation_ids: Iterable[int] | None = None,
) -> list[Annotation]:
    """Annotations ordered by source, start, end; each with its code ids."""
    editor = aliased(Coder)
    query = (
        select(AnnotationRow, Coder.name, editor.name)
        .outerjoin(Coder, Coder.id == AnnotationRow.coder_id)
        .outerjoin(editor, editor.id == AnnotationRow.updated_by)
        .order_by(AnnotationRow.source_id, AnnotationRow.start, AnnotationRow.end, AnnotationRow.id)
    )
    if source_ids is not None:
        query = query.where(AnnotationRow.source_id.in_(list(source_ids)))
    if annotation_ids is not None:
        query = query.where(AnnotationRow.id.in_(list(annotation_ids)))
    rows = reader.session.execute(query).all()
    codes = _codes_of(reader, [row.id for row, _, _ in rows], source_ids, annotation_ids)
    return [
        Annotation(
            id=row.id,
            guid=row.guid,
            source_id=row.source_id,
            start=row.start,
            end=row.end,
            quote=row.quote,
            code_ids=tuple(codes.get(row.id, ())),
            note=row.note,
            coder=coder or "",
            created_at=row.created_at,
            updated_at=row.updated_at,
            version=row.version,
            updated_by=updated_by or coder or "",
        )
        for row, coder, updated_by in rows
    ]


def _codes_of(
    reader: Reader,
    ids: list[int],
    source_ids: Iterable[int] | None,
    annotation_ids: Iterable[int] | None,
) -> dict[int, list[int]]:
    result: dict[int, list[int]] = {}
    if source_ids is None and annotation_ids is None:
        query = select(AnnotationCode.annotation_id, AnnotationCode.code_id)
        for annotation_id, code_id in reader.session.execute(query):
            result.setdefault(annotation_id, []).append(code_id)
    else:
        for chunk in _chunks(ids):
            query = select(AnnotationCode.annotation_id, AnnotationCode.code_id).where(
                AnnotationCode.annotation_id.in_(chunk)
            )
            for annotation_id, code_id in reader.session.execute(query):
                result.setdefault(annotation_id, []).append(code_id)
    for code_ids in result.values():
        code_ids.sort()
    return result


def get_annotation(reader: Reader, annotation_id: int) -> Annotation | None:
    found = list_annotations(reader, annotation_ids=[annotation_id])
    return found[0] if found else None


def insert_annotation(tx: Transaction, values: Mapping[str, Any], code_ids: Iterable[int]) -> int:
    new_id = tx.insert(AnnotationRow, values)
    assert new_id is not None
    tx.insert_many(
        AnnotationCode, [{"annotation_id": new_id, "code_id": c} for c in sorted(set(code_ids))]
    )
    return new_id


def update_annotation(tx: Transaction, annotation_id: int, values: Mapping[str, Any]) -> None:
    tx.update(AnnotationRow, annotation_id, values)


def set_codes(tx: Transaction, annotation_id: int, code_ids: Iterable[int]) -> None:
    wanted = set(code_ids)
    current = set(
        tx.session.scalars(
            select(AnnotationCode.code_id).where(AnnotationCode.annotation_id == annotation_id)
        )
    )
    for code_id in sorted(current - wanted):
        tx.delete(AnnotationCode, {"annotation_id": annotation_id, "code_id": code_id})
    tx.insert_many(
        AnnotationCode,
        [{"annotation_id": annotation_id, "code_id": c} for c in sorted(wanted - current)],
    )


def delete_annotations(tx: Transaction, ids: Iterable[int]) -> None:
    """Delete annotations with their codings and links (children first, for undo order)."""
    for chunk in _chunks(sorted(set(ids))):
        tx.delete_where(LinkRow, or_(LinkRow.from_id.in_(chunk), LinkRow.to_id.in_(chunk)))
        tx.delete_where(AnnotationCode, AnnotationCode.annotation_id.in_(chunk))
        tx.delete_where(AnnotationRow, AnnotationRow.id.in_(chunk))


def delete_annotations_of_sources(tx: Transaction, source_ids: Iterable[int]) -> None:
    ids = list(
        tx.session.scalars(
            select(AnnotationRow.id).where(AnnotationRow.source_id.in_(list(source_ids)))
        )
    )
    delete_annotations(tx, ids)


def annotation_ids_with_code(reader: Reader, code_id: int) -> list[int]:
    return list(
        reader.session.scalars(
            select(AnnotationCode.annotation_id).where(AnnotationCode.code_id == code_id)
        )
    )


def remove_code_from_all(tx: Transaction, code_id: int) -> None:
    tx.delete_where(AnnotationCode, AnnotationCode.code_id == code_id)


def list_links(reader: Reader, annotation_ids: Iterable[int] | None = None) -> list[Link]:
    query = select(LinkRow).order_by(LinkRow.id)
    if annotation_ids is not None:
        ids = list(annotation_ids)
        query = query.where(or_(LinkRow.from_id.in_(ids), LinkRow.to_id.in_(ids)))
    return [
        Link(id=r.id, guid=r.guid, from_id=r.from_id, to_id=r.to_id, relation=r.relation)
        for r in reader.session.scalars(query)
    ]


def insert_link(tx: Transaction, values: Mapping[str, Any]) -> int:
    new_id = tx.insert(LinkRow, values)
    assert new_id is not None
    return new_id


def delete_link(tx: Transaction, link_id: int) -> None:
    tx.delete(LinkRow, link_id)


def id_by_guid(reader: Reader, guid: str) -> int | None:
    return reader.session.scalar(select(AnnotationRow.id).where(AnnotationRow.guid == guid))


def counts(reader: Reader) -> tuple[int, int]:
    from sqlalchemy import func

    annotations = reader.session.scalar(select(func.count()).select_from(AnnotationRow)) or 0
    links = reader.session.scalar(select(func.count()).select_from(LinkRow)) or 0
    return annotations, links


def set_codes_add(tx: Transaction, annotation_id: int, code_id: int) -> None:
    tx.insert(AnnotationCode, {"annotation_id": annotation_id, "code_id": code_id})

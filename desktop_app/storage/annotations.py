"""Annotations (code-point spans with their codes) and links between them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, or_, select

from desktop_app.domain.model import Annotation, Link
from desktop_app.domain.snapshot import AnnotationPlace, AnnotationTuple
from desktop_app.storage.schema import AnnotationCode, AnnotationRow, Coder, LinkRow
from desktop_app.storage.transaction import Reader, Transaction

_CHUNK = 500


def _chunks(values: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


def annotation_tuples(
    reader: Reader,
    source_ids: Iterable[int] | None = None,
    annotation_ids: Iterable[int] | None = None,
) -> list[AnnotationTuple]:
    """Annotations as plain tuples in :class:`Annotation`'s field order (see
    :class:`~desktop_app.domain.snapshot.AnnotationTuple`), ordered by source, start, end, id:
    those of ``source_ids`` and among ``annotation_ids`` (None: no limit). This is the one read
    of annotations: the snapshot behind exports and the compare view, the window opening a
    source, and the refresh of the annotations a change names all come here.

    Plain columns, not ORM objects: a snapshot reads tens of thousands of them, and an ORM
    object per row costs several times the query itself. The rows are streamed into plain
    tuples of strings and numbers, which the garbage collector soon stops tracking; holding
    every result row at once made each full collection walk them all. Long id lists are read
    :data:`_CHUNK` at a time (a statement takes a bounded number of parameters). Nulls, which
    the schema does not allow but a file edited by hand may hold, read as "" (the creator for
    who changed it last)."""
    source_ids = None if source_ids is None else sorted(set(source_ids))
    annotation_ids = None if annotation_ids is None else sorted(set(annotation_ids))
    if source_ids is None and annotation_ids is not None and len(annotation_ids) <= _CHUNK:
        return _few_by_id(reader, annotation_ids)
    if source_ids is None and annotation_ids is None:
        return _every_annotation(reader)
    codes = _codes_of(reader, source_ids, annotation_ids)
    a = AnnotationRow.__table__
    query = _annotation_query().order_by(a.c.source_id, a.c.start, a.c.end, a.c.id)
    connection = reader.session.connection()
    if annotation_ids is not None:
        wanted = None if source_ids is None else set(source_ids)
        found = [
            row
            for chunk in _chunks(annotation_ids)
            for row in _tuples(connection.execute(query.where(a.c.id.in_(chunk))), codes)
            if wanted is None or row.source_id in wanted
        ]
        # Chunks of ids are not in position order.
        found.sort(key=attrgetter("source_id", "start", "end", "id"))
        return found
    if source_ids is not None:  # chunks of ascending source ids come out in order
        return [
            row
            for chunk in _chunks(source_ids)
            for row in _tuples(connection.execute(query.where(a.c.source_id.in_(chunk))), codes)
        ]
    return _tuples(connection.execute(query), codes)


def _every_annotation(reader: Reader) -> list[AnnotationTuple]:
    """Every annotation, read as the snapshot wants it: one query for the annotations (with
    their coders' names, nulls made "" by the database) and one for the codings, each fetched
    whole by the driver with no per-row work in between, then put in position order here.
    Asking the database to sort walks the position index and fetches each row from the table
    out of order: twice the time of a straight table scan and a sort of the tuples in memory."""
    a, codings = AnnotationRow.__table__, AnnotationCode.__table__
    coder, editor = Coder.__table__, Coder.__table__.alias("editor")
    codes: dict[int, tuple[int, ...]] = {}
    get = codes.get
    no_codes: tuple[int, ...] = ()
    pairs = select(codings.c.annotation_id, codings.c.code_id).order_by(
        codings.c.annotation_id, codings.c.code_id
    )
    for annotation_id, code_id in driver_rows(reader, pairs):
        codes[annotation_id] = (*get(annotation_id, no_codes), code_id)
    blank: ColumnElement[str] = literal_column("''")  # in the statement: no parameters
    query = (
        select(
            a.c.id,
            a.c.guid,
            a.c.source_id,
            a.c.start,
            a.c.end,
            a.c.quote,
            func.coalesce(a.c.note, blank),
            func.coalesce(coder.c.name, blank),
            func.coalesce(a.c.created_at, blank),
            func.coalesce(a.c.updated_at, blank),
            a.c.version,
            func.coalesce(editor.c.name, coder.c.name, blank),
            func.coalesce(a.c.origin, blank),
        )
        .outerjoin(coder, coder.c.id == a.c.coder_id)
        .outerjoin(editor, editor.c.id == a.c.updated_by)
    )
    rows = driver_rows(reader, query)
    rows.sort(key=itemgetter(2, 3, 4, 0))
    make = AnnotationTuple._make  # (tuple.__new__: no Python frame per row)
    return [make((*row[:6], get(row[0], no_codes), *row[6:])) for row in rows]


def annotation_places(
    reader: Reader, annotation_ids: Iterable[int] | None = None
) -> list[AnnotationPlace]:
    """Where annotations are, their codes and coders (:class:`AnnotationPlace`), ordered by
    source, start, end, id: every annotation, or those among ``annotation_ids``. What the
    compare view reads of each annotation; integers only, the coder's name shared from one
    read of the coders (a string per row for the quote, guid and times was most of a full
    read's time). Every annotation is read as :func:`_every_annotation` reads them: one query
    per table fetched whole by the driver, sorted here."""
    a, codings = AnnotationRow.__table__, AnnotationCode.__table__
    names: dict[int | None, str] = dict(
        driver_rows(reader, select(Coder.__table__.c.id, Coder.__table__.c.name))
    )
    no_codes: tuple[int, ...] = ()
    # Source, start, end, id first: the rows sort as they come, with no key to make per row.
    query = select(a.c.source_id, a.c.start, a.c.end, a.c.id, a.c.coder_id)
    if annotation_ids is None:
        codes: dict[int, tuple[int, ...]] = {}
        get = codes.get
        pairs = select(codings.c.annotation_id, codings.c.code_id).order_by(
            codings.c.annotation_id, codings.c.code_id
        )
        for annotation_id, code_id in driver_rows(reader, pairs):
            codes[annotation_id] = (*get(annotation_id, no_codes), code_id)
        rows = driver_rows(reader, query)
    else:
        wanted = sorted(set(annotation_ids))
        codes = _codes_of(reader, None, wanted)
        connection = reader.session.connection()
        rows = [
            tuple(row)
            for chunk in _chunks(wanted)
            for row in connection.execute(query.where(a.c.id.in_(chunk)))
        ]
    # One tuple per combination of codes (a few hundred), not one per annotation: less
    # memory, and fewer objects for the garbage collector to walk.
    shared: dict[tuple[int, ...], tuple[int, ...]] = {}
    share = shared.setdefault
    code_ids = {key: share(value, value) for key, value in codes.items()}.get
    rows.sort()
    name = names.get
    make = AnnotationPlace._make
    return [
        make((id_, source_id, start, end, code_ids(id_, no_codes), name(coder_id) or ""))
        for source_id, start, end, id_, coder_id in rows
    ]


def driver_rows(reader: Reader, query: Select[Any]) -> list[tuple[Any, ...]]:
    """The rows of a query without parameters, fetched whole by the database driver on the
    reader's connection (its transaction): plain tuples, none of SQLAlchemy's per-row work.
    Only for columns whose values need no conversion (integers and text)."""
    connection = reader.session.connection()
    sql = str(query.compile(dialect=connection.dialect))
    cursor = connection.connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _annotation_query() -> Select[Any]:
    """Every column of :class:`AnnotationTuple` but the codes, with the coders' names."""
    a, coder, editor = AnnotationRow.__table__, Coder.__table__, Coder.__table__.alias("editor")
    return (
        select(
            a.c.id,
            a.c.guid,
            a.c.source_id,
            a.c.start,
            a.c.end,
            a.c.quote,
            a.c.note,
            coder.c.name,
            a.c.created_at,
            a.c.updated_at,
            a.c.version,
            editor.c.name,
            a.c.origin,
        )
        .outerjoin(coder, coder.c.id == a.c.coder_id)
        .outerjoin(editor, editor.c.id == a.c.updated_by)
    )


def _few_by_id(reader: Reader, annotation_ids: list[int]) -> list[AnnotationTuple]:
    """A few annotations by id in one statement: their rows joined to their codings, one row
    per code (the read-back after each mark-up, on the key-press path)."""
    a, codings = AnnotationRow.__table__, AnnotationCode.__table__
    query = (
        _annotation_query()
        .add_columns(codings.c.code_id)
        .outerjoin(codings, codings.c.annotation_id == a.c.id)
        .where(a.c.id.in_(annotation_ids))
        .order_by(a.c.source_id, a.c.start, a.c.end, a.c.id, codings.c.code_id)
    )
    rows: list[tuple[Any, ...]] = []
    codes: dict[int, list[int]] = {}
    for *row, code_id in reader.session.connection().execute(query):
        if row[0] not in codes:
            codes[row[0]] = []
            rows.append(tuple(row))
        if code_id is not None:
            codes[row[0]].append(code_id)
    return _tuples(rows, {key: tuple(value) for key, value in codes.items()})


def _tuples(rows: Iterable[Any], codes: Mapping[int, tuple[int, ...]]) -> list[AnnotationTuple]:
    no_codes: tuple[int, ...] = ()
    return [
        AnnotationTuple(
            id_,
            guid,
            source_id,
            start,
            end,
            quote,
            codes.get(id_, no_codes),
            note or "",
            coder or "",
            created_at or "",
            updated_at or "",
            version,
            updated_by or coder or "",
            origin or "",
        )
        for (
            id_,
            guid,
            source_id,
            start,
            end,
            quote,
            note,
            coder,
            created_at,
            updated_at,
            version,
            updated_by,
            origin,
        ) in rows
    ]


def list_annotations(
    reader: Reader,
    source_ids: Iterable[int] | None = None,
    annotation_ids: Iterable[int] | None = None,
) -> list[Annotation]:
    """Annotations ordered by source, start, end; each with its code ids."""
    return [Annotation(*row) for row in annotation_tuples(reader, source_ids, annotation_ids)]


def _codes_of(
    reader: Reader, source_ids: Iterable[int] | None, annotation_ids: Iterable[int] | None
) -> dict[int, tuple[int, ...]]:
    """Code ids per annotation (ascending), of the annotations of ``source_ids`` and among
    ``annotation_ids`` (None: no limit)."""
    codings, annotations = AnnotationCode.__table__, AnnotationRow.__table__
    pairs = select(codings.c.annotation_id, codings.c.code_id).order_by(
        codings.c.annotation_id, codings.c.code_id
    )
    connection = reader.session.connection()
    if source_ids is None and annotation_ids is None:
        return _grouped(connection.execute(pairs))
    result: dict[int, tuple[int, ...]] = {}
    if source_ids is not None:  # (and perhaps annotation ids: kept below)
        pairs = pairs.join(annotations, annotations.c.id == codings.c.annotation_id)
        for chunk in _chunks(sorted(set(source_ids))):
            result.update(
                _grouped(connection.execute(pairs.where(annotations.c.source_id.in_(chunk))))
            )
        if annotation_ids is not None:
            wanted = set(annotation_ids)
            result = {key: value for key, value in result.items() if key in wanted}
        return result
    assert annotation_ids is not None
    for chunk in _chunks(sorted(set(annotation_ids))):
        result.update(_grouped(connection.execute(pairs.where(codings.c.annotation_id.in_(chunk)))))
    return result


def _grouped(pairs: Iterable[Any]) -> dict[int, tuple[int, ...]]:
    """(annotation id, code id) pairs ordered by annotation → code ids per annotation."""
    grouped: dict[int, tuple[int, ...]] = {}
    last: int | None = None
    current: list[int] = []
    for annotation_id, code_id in pairs:
        if annotation_id != last:
            if last is not None:
                grouped[last] = tuple(current)
            current = []
            last = annotation_id
        current.append(code_id)
    if last is not None:
        grouped[last] = tuple(current)
    return grouped


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
    query = select(LinkRow.id, LinkRow.guid, LinkRow.from_id, LinkRow.to_id, LinkRow.relation)
    if annotation_ids is not None:
        ids = list(annotation_ids)
        query = query.where(or_(LinkRow.from_id.in_(ids), LinkRow.to_id.in_(ids)))
    rows = reader.session.execute(query.order_by(LinkRow.id))
    return [
        Link(id=id_, guid=guid, from_id=from_id, to_id=to_id, relation=relation)
        for id_, guid, from_id, to_id, relation in rows
    ]


def insert_link(tx: Transaction, values: Mapping[str, Any]) -> int:
    new_id = tx.insert(LinkRow, values)
    assert new_id is not None
    return new_id


def delete_link(tx: Transaction, link_id: int) -> None:
    tx.delete(LinkRow, link_id)


def counts(reader: Reader) -> tuple[int, int]:
    from sqlalchemy import func

    annotations = reader.session.scalar(select(func.count()).select_from(AnnotationRow)) or 0
    links = reader.session.scalar(select(func.count()).select_from(LinkRow)) or 0
    return annotations, links


def set_codes_add(tx: Transaction, annotation_id: int, code_id: int) -> None:
    tx.insert(AnnotationCode, {"annotation_id": annotation_id, "code_id": code_id})

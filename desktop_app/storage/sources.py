"""Sources: their metadata, plain text (replaced only when read in another encoding), extra
variables, and the bytes kept of a file whose encoding was a guess."""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import Select, func, literal_column, select

from desktop_app.domain.model import CodingStatus, Source
from desktop_app.storage.annotations import driver_rows
from desktop_app.storage.schema import (
    SETTING_KEY_CHARS,
    AnnotationRow,
    CaseSource,
    ProjectSetting,
    SourceRow,
    SourceVariable,
)
from desktop_app.storage.transaction import Reader, Transaction

EDITABLE_FIELDS = ("title", "outlet", "author", "published", "url", "language")
_LISTED_COLUMNS = [c for c in SourceRow.__table__.columns if c.name not in ("text", "folded_text")]


def _to_source(row: Mapping[str, Any], count: int, variables: dict[str, str]) -> Source:
    return Source(
        id=row["id"],
        guid=row["guid"],
        title=row["title"],
        outlet=row["outlet"],
        author=row["author"],
        published=row["published"],
        url=row["url"],
        language=row["language"],
        original_name=row["original_name"],
        file_format=row["file_format"],
        sha256=row["sha256"],
        imported_at=row["imported_at"],
        status=CodingStatus(row["status"]),
        characters=row["characters"],
        annotation_count=count,
        variables=variables,
        version=row.get("version", 0),
    )


_FEW = 500  # ids; more are cheaper counted with the whole project, and keep the SQL short


def list_sources(reader: Reader, ids: Iterable[int] | None = None) -> list[Source]:
    """Sources in project order (position, then id), with annotation counts; no texts."""
    wanted = None if ids is None else list(ids)
    counting = select(AnnotationRow.source_id, func.count().label("n"))
    if wanted is not None and len(wanted) <= _FEW:
        # A few sources (after mark-up): count their annotations, not the whole project's.
        counting = counting.where(AnnotationRow.source_id.in_(wanted))
    counts = counting.group_by(AnnotationRow.source_id).subquery()
    query = (
        select(
            *_LISTED_COLUMNS,
            func.coalesce(counts.c.n, literal_column("0")).label("annotation_count"),
        )
        .outerjoin(counts, counts.c.source_id == SourceRow.id)
        .order_by(SourceRow.position, SourceRow.id)
    )
    if wanted is None:
        return _every_source(reader, query)
    query = query.where(SourceRow.id.in_(wanted))
    rows = reader.session.execute(query).mappings().all()
    variables = _variables_by_source(reader, [r["id"] for r in rows] if ids is not None else None)
    return [_to_source(dict(r), r["annotation_count"], variables.get(r["id"], {})) for r in rows]


def _every_source(reader: Reader, query: Select[Any]) -> list[Source]:
    """Every source by ``query`` (no parameters), its rows fetched whole by the driver: the
    compare view and every export read them all, and SQLAlchemy's row mappings took most of
    that read's time."""
    names = [column.name for column in _LISTED_COLUMNS]
    variables = _variables_by_source(reader, None)
    found = []
    for *row, count in driver_rows(reader, query):
        values = dict(zip(names, row, strict=True))
        found.append(_to_source(values, count, variables.get(values["id"], {})))
    return found


def _variables_by_source(reader: Reader, ids: list[int] | None) -> dict[int, dict[str, str]]:
    query = select(SourceVariable.source_id, SourceVariable.name, SourceVariable.value)
    if ids is not None:
        query = query.where(SourceVariable.source_id.in_(ids))
    result: dict[int, dict[str, str]] = {}
    for source_id, name, value in reader.session.execute(query.order_by(SourceVariable.name)):
        result.setdefault(source_id, {})[name] = value
    return result


def source_ids(reader: Reader) -> list[int]:
    """Every source's id, in the sources' order (one narrow query)."""
    return list(
        reader.session.scalars(select(SourceRow.id).order_by(SourceRow.position, SourceRow.id))
    )


def get_source(reader: Reader, source_id: int) -> Source | None:
    found = list_sources(reader, [source_id])
    return found[0] if found else None


def span_of(reader: Reader, source_id: int, start: int, end: int) -> tuple[int, str] | None:
    """(length of the text, the text of ``[start, end)``) without loading the whole text:
    ``substr`` counts characters (code points) on SQLite and PostgreSQL alike."""
    length = max(0, end - start)
    row = reader.session.execute(
        select(SourceRow.characters, func.substr(SourceRow.text, start + 1, length)).where(
            SourceRow.id == source_id
        )
    ).first()
    return None if row is None else (row[0], row[1] or "")


def get_text(reader: Reader, source_id: int) -> str | None:
    return reader.session.scalar(select(SourceRow.text).where(SourceRow.id == source_id))


def texts(reader: Reader, ids: Iterable[int] | None = None) -> dict[int, str]:
    query = select(SourceRow.id, SourceRow.text)
    if ids is not None:
        query = query.where(SourceRow.id.in_(list(ids)))
    return dict(reader.session.execute(query).all())


def find_by_sha256(reader: Reader, digests: Iterable[str]) -> dict[str, tuple[int, str]]:
    """Existing sources with any of these digests: digest → (id, title)."""
    wanted = list(set(digests))
    found: dict[str, tuple[int, str]] = {}
    for chunk_start in range(0, len(wanted), 500):
        chunk = wanted[chunk_start : chunk_start + 500]
        query = select(SourceRow.sha256, SourceRow.id, SourceRow.title).where(
            SourceRow.sha256.in_(chunk)
        )
        for digest, source_id, title in reader.session.execute(query):
            found.setdefault(digest, (source_id, title))
    return found


def next_position(reader: Reader) -> int:
    return (reader.session.scalar(select(func.max(SourceRow.position))) or 0) + 1


def insert_sources(tx: Transaction, rows: list[dict[str, Any]]) -> list[int]:
    """Insert complete source rows (see :class:`SourceRow`); returns their ids in order."""
    ids = tx.insert_many(SourceRow, rows)
    return [i for i in ids if i is not None]


def inserted_sources(tx: Transaction) -> list[Source]:
    """The sources inserted so far in ``tx``, in order, as its change log recorded them —
    without reading them back (a folder import lists thousands)."""
    variables: dict[int, dict[str, str]] = {}
    for change in tx.changes:
        if change.table == "source_variables" and change.after is not None:
            row = change.after
            variables.setdefault(row["source_id"], {})[row["name"]] = row["value"]
    return [
        _to_source(change.after, 0, dict(sorted(variables.get(change.after["id"], {}).items())))
        for change in tx.changes
        if change.table == "sources" and change.before is None and change.after is not None
    ]


def add_variables(tx: Transaction, variables: Mapping[int, Mapping[str, str]]) -> None:
    """Variables of sources inserted in this transaction (so they have none yet), by source
    id, in one statement — an import adds one per file."""
    tx.insert_many(
        SourceVariable,
        [
            {"source_id": source_id, "name": name, "value": value}
            for source_id, named in variables.items()
            for name, value in named.items()
        ],
    )


def set_variables(tx: Transaction, source_id: int, variables: Mapping[str, str]) -> None:
    existing = dict(
        tx.session.execute(
            select(SourceVariable.name, SourceVariable.value).where(
                SourceVariable.source_id == source_id
            )
        ).all()
    )
    for name, value in variables.items():
        key = {"source_id": source_id, "name": name}
        if name in existing:
            tx.update(SourceVariable, key, {"value": value})
        else:
            tx.insert(SourceVariable, {**key, "value": value})


def update_source(tx: Transaction, source_id: int, values: Mapping[str, Any]) -> None:
    tx.update(SourceRow, source_id, values)


def delete_source(tx: Transaction, source_id: int) -> None:
    """Delete a source and everything hanging off it (annotations via their own module)."""
    from desktop_app.storage.annotations import delete_annotations_of_sources
    from desktop_app.storage.suggestions import forget_sources

    delete_annotations_of_sources(tx, [source_id])
    forget_sources(tx, [source_id])
    tx.delete_where(SourceVariable, SourceVariable.source_id == source_id)
    tx.delete_where(CaseSource, CaseSource.source_id == source_id)
    tx.delete(SourceRow, source_id)


def source_ids_matching_folded(reader: Reader, folded_needle: str) -> list[int]:
    """Sources whose folded text contains ``folded_needle`` (already folded)."""
    query = (
        select(SourceRow.id)
        .where(SourceRow.folded_text.contains(folded_needle, autoescape=True))
        .order_by(SourceRow.position, SourceRow.id)
    )
    return list(reader.session.scalars(query))


# A source's original bytes, kept when its encoding was a guess (see
# ``ImportedDocument.original``), live in the project settings under this prefix and the
# source's content hash (``sources.sha256`` is of exactly these bytes): no schema change, and
# nothing that exports a source's variables carries them. The key column holds 64 characters,
# so the hash is cut to fit (220 bits); the bytes are checked against the whole hash when read.
ORIGINAL_PREFIX = "original:"


def original_key(digest: str) -> str:
    return (ORIGINAL_PREFIX + digest)[:SETTING_KEY_CHARS]


def keep_originals(tx: Transaction, originals: Mapping[str, bytes]) -> None:
    """Keep the bytes of sources inserted in ``tx``, by their content hash (logged, so undoing
    the import forgets them too)."""
    for digest, data in originals.items():
        key = original_key(digest)
        exists = tx.session.scalar(select(func.count()).where(ProjectSetting.key == key))
        if not exists:
            tx.insert(ProjectSetting, {"key": key, "value": base64.b64encode(data).decode()})


def original_bytes(reader: Reader, digest: str) -> bytes:
    """The kept bytes of the source with this content hash; empty when none were kept."""
    value = reader.session.scalar(
        select(ProjectSetting.value).where(ProjectSetting.key == original_key(digest))
    )
    data = base64.b64decode(value) if value else b""
    return data if hashlib.sha256(data).hexdigest() == digest else b""

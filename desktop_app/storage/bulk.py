"""Bulk reads and inserts for whole-project imports (REFI-QDA), with GUIDs chosen by the caller.

An import brings thousands of sources and tens of thousands of spans: rows go in as one
multi-row ``INSERT`` per table through :meth:`Transaction.insert_many`, so every row is still in
the change log and one undo removes the whole import. GUIDs are explicit because an import keeps
the archive's GUIDs (stable across tools), minting new ones only where they clash.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import select

from desktop_app.storage.schema import (
    AnnotationCode,
    AnnotationRow,
    CaseRow,
    CaseSource,
    Coder,
    CodeRow,
    LinkRow,
    SourceRow,
    SourceVariable,
)
from desktop_app.storage.transaction import Reader, Transaction

_CHUNK = 500
_GUID_TABLES = {
    "source": SourceRow,
    "code": CodeRow,
    "annotation": AnnotationRow,
    "link": LinkRow,
    "case": CaseRow,
    "coder": Coder,
}


def _chunks(values: Sequence[Any]) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), _CHUNK):
        yield values[start : start + _CHUNK]


# -- reads -----------------------------------------------------------------------------------


def taken_guids(reader: Reader) -> dict[str, str]:
    """Every GUID the project uses (lower case) → what holds it ("source", "code", …)."""
    taken: dict[str, str] = {}
    for kind, model in _GUID_TABLES.items():
        for (guid,) in reader.session.execute(select(model.guid)):  # type: ignore[attr-defined]
            taken.setdefault(guid.lower(), kind)
    return taken


def text_digests(reader: Reader, lengths: Iterable[int]) -> dict[str, tuple[int, str]]:
    """SHA-256 of the stored text (UTF-8) → (id, title), for sources whose length is one of
    ``lengths``: only those can equal an incoming text, so most texts are never loaded."""
    wanted = sorted(set(lengths))
    found: dict[str, tuple[int, str]] = {}
    for chunk in _chunks(wanted):
        query = (
            select(SourceRow.id, SourceRow.title, SourceRow.text)
            .where(SourceRow.characters.in_(chunk))
            .order_by(SourceRow.id)
        )
        for source_id, title, text in reader.session.execute(query):
            digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
            found.setdefault(digest, (source_id, title))
    return found


def annotation_ids_by_guid(reader: Reader, guids: Iterable[str]) -> dict[str, int]:
    wanted = sorted(set(guids))
    found: dict[str, int] = {}
    for chunk in _chunks(wanted):
        query = select(AnnotationRow.guid, AnnotationRow.id).where(AnnotationRow.guid.in_(chunk))
        found.update({guid.lower(): row_id for guid, row_id in reader.session.execute(query)})
    return found


def span_ids(
    reader: Reader, source_ids: Iterable[int]
) -> dict[tuple[int, int, int, frozenset[int]], int]:
    """(source, start, end, codes) → id of the spans already on these sources, so a merge does
    not add the same coding twice."""
    ids = sorted(set(source_ids))
    rows: dict[int, tuple[int, int, int]] = {}
    codes: dict[int, set[int]] = {}
    for chunk in _chunks(ids):
        query = select(
            AnnotationRow.id, AnnotationRow.source_id, AnnotationRow.start, AnnotationRow.end
        ).where(AnnotationRow.source_id.in_(chunk))
        for row_id, source_id, start, end in reader.session.execute(query):
            rows[row_id] = (source_id, start, end)
    for chunk in _chunks(sorted(rows)):
        coded = select(AnnotationCode.annotation_id, AnnotationCode.code_id).where(
            AnnotationCode.annotation_id.in_(chunk)
        )
        for annotation_id, code_id in reader.session.execute(coded):
            codes.setdefault(annotation_id, set()).add(code_id)
    return {(*rows[i], frozenset(codes.get(i, ()))): i for i in sorted(rows)}


def link_keys(reader: Reader, annotation_ids: Iterable[int]) -> set[tuple[int, int, str]]:
    ids = sorted(set(annotation_ids))
    found: set[tuple[int, int, str]] = set()
    for chunk in _chunks(ids):
        query = select(LinkRow.from_id, LinkRow.to_id, LinkRow.relation).where(
            LinkRow.from_id.in_(chunk)
        )
        found.update((f, t, r) for f, t, r in reader.session.execute(query))
    return found


def coders(reader: Reader) -> list[tuple[int, str, str]]:
    """(id, guid, name) of every coder."""
    query = select(Coder.id, Coder.guid, Coder.name).order_by(Coder.id)
    return [(i, g, n) for i, g, n in reader.session.execute(query)]


def case_members(reader: Reader) -> dict[str, tuple[int, set[int]]]:
    """Case GUID (lower case) → (id, its source ids)."""
    cases = {
        guid.lower(): (case_id, set[int]())
        for case_id, guid in reader.session.execute(select(CaseRow.id, CaseRow.guid))
    }
    by_id = dict(cases.values())
    for case_id, source_id in reader.session.execute(
        select(CaseSource.case_id, CaseSource.source_id)
    ):
        by_id[case_id].add(source_id)
    return cases


# -- inserts ---------------------------------------------------------------------------------


def _ids(tx: Transaction, model: Any, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    ids = tx.insert_many(model, rows)
    return [i for i in ids if i is not None]


def insert_coders(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    return _ids(tx, Coder, rows)


def insert_codes(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    """Complete code rows whose ``parent_id`` is already known (insert one tree level at a
    time)."""
    return _ids(tx, CodeRow, rows)


def insert_sources(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    return _ids(tx, SourceRow, rows)


def insert_source_variables(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> None:
    tx.insert_many(SourceVariable, rows)


def insert_annotations(
    tx: Transaction, rows: Sequence[Mapping[str, Any]], code_ids: Sequence[Iterable[int]]
) -> list[int]:
    """Annotations with their codes (``code_ids[i]`` for ``rows[i]``); returns their ids."""
    ids = _ids(tx, AnnotationRow, rows)
    tx.insert_many(
        AnnotationCode,
        [
            {"annotation_id": annotation_id, "code_id": code_id}
            for annotation_id, codes in zip(ids, code_ids, strict=True)
            for code_id in sorted(set(codes))
        ],
    )
    return ids


def insert_links(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    return _ids(tx, LinkRow, rows)


def insert_cases(tx: Transaction, rows: Sequence[Mapping[str, Any]]) -> list[int]:
    return _ids(tx, CaseRow, rows)


def insert_case_sources(tx: Transaction, pairs: Iterable[tuple[int, int]]) -> None:
    tx.insert_many(
        CaseSource, [{"case_id": case_id, "source_id": source_id} for case_id, source_id in pairs]
    )

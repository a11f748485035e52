"""The codebook tree: codes with colours, descriptions and speaker details."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select

from desktop_app.domain.codetree import CodeTree, order_tree
from desktop_app.domain.model import Code, CodeKind, SpeakerDetails
from desktop_app.storage.schema import AnnotationCode, Coder, CodeRow
from desktop_app.storage.transaction import Reader, Transaction


def _to_code(row: Mapping[str, Any], count: int, names: Mapping[int, str] | None = None) -> Code:
    names = names or {}
    return Code(
        id=row["id"],
        guid=row["guid"],
        parent_id=row["parent_id"],
        name=row["name"],
        kind=CodeKind(row["kind"]),
        color=row["color"],
        description=row["description"],
        position=row["position"],
        is_root=row["parent_id"] is None,
        builtin=bool(row["builtin"]),
        category=row["category"],
        speaker=SpeakerDetails(
            aliases=tuple(row["aliases"] or ()),
            role=row["role"],
            affiliation=row["affiliation"],
            side=row["side"],
        ),
        annotation_count=count,
        version=row.get("version") or 0,
        created_by=names.get(row.get("created_by") or 0, ""),
        updated_by=names.get(row.get("updated_by") or 0, ""),
    )


def list_codes(reader: Reader) -> list[Code]:
    """All codes, parents before children, siblings by position — every code, even one a damaged
    file puts in a parent cycle (see ``domain.codetree``)."""
    return code_tree(reader).codes


def tree_is_sound(reader: Reader) -> bool:
    """Whether every code is reached from a root — a cheap check of ids alone, made when a
    project opens (a full :func:`code_tree` is read only when it fails)."""
    parents = dict(reader.session.execute(select(CodeRow.id, CodeRow.parent_id)).all())
    reached: set[int] = set()
    for start in parents:
        path: set[int] = set()
        current: int | None = start
        while current is not None and current not in reached:
            if current in path or current not in parents:
                return False
            path.add(current)
            current = parents[current]
        reached.update(path)
    return True


def code_tree(reader: Reader) -> CodeTree:
    """The codebook as a tree, with the codes no root reached re-hung and listed."""
    counts = dict(
        reader.session.execute(
            select(AnnotationCode.code_id, func.count()).group_by(AnnotationCode.code_id)
        ).all()
    )
    rows = reader.session.execute(select(CodeRow).order_by(CodeRow.position, CodeRow.id)).scalars()
    names = _coder_names(reader)
    codes = [
        _to_code(
            {c.name: getattr(r, c.name) for c in CodeRow.__table__.columns},
            counts.get(r.id, 0),
            names,
        )
        for r in rows
    ]
    return order_tree(codes)


def get_code(reader: Reader, code_id: int) -> Code | None:
    row = reader.session.execute(select(CodeRow).where(CodeRow.id == code_id)).scalar_one_or_none()
    if row is None:
        return None
    count = (
        reader.session.scalar(select(func.count()).where(AnnotationCode.code_id == code_id)) or 0
    )
    return _to_code(
        {c.name: getattr(row, c.name) for c in CodeRow.__table__.columns},
        count,
        _coder_names(reader),
    )


def names_and_roots(reader: Reader, code_ids: Iterable[int]) -> dict[int, tuple[str, bool]]:
    """Name and "is a kind's root" of each of ``code_ids`` that exists, in one query: what
    checking the codes of a mark-up needs (no counts, no coders)."""
    ids = sorted(set(code_ids))
    query = select(CodeRow.id, CodeRow.name, CodeRow.builtin).where(CodeRow.id.in_(ids))
    return {i: (name, bool(builtin)) for i, name, builtin in reader.session.execute(query)}


def _coder_names(reader: Reader) -> dict[int, str]:
    return {i: n for i, n in reader.session.execute(select(Coder.id, Coder.name))}  # noqa: C416


def next_position(reader: Reader, parent_id: int | None) -> int:
    query = select(func.max(CodeRow.position)).where(
        CodeRow.parent_id.is_(None) if parent_id is None else CodeRow.parent_id == parent_id
    )
    return (reader.session.scalar(query) or 0) + 1


def insert_code(tx: Transaction, values: Mapping[str, Any]) -> int:
    new_id = tx.insert(CodeRow, values)
    assert new_id is not None
    return new_id


def update_code(tx: Transaction, code_id: int, values: Mapping[str, Any]) -> None:
    tx.update(CodeRow, code_id, values)


def delete_code_row(tx: Transaction, code_id: int) -> None:
    tx.delete(CodeRow, code_id)

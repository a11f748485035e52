"""Outlets (see desktop_app.domain.outlets): rows, and the sources naming them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import func, select

from desktop_app.domain.outlets import Outlet, OutletType, outlet_key
from desktop_app.storage.schema import OutletRow, SourceRow
from desktop_app.storage.transaction import Reader, Transaction


def _to_outlet(row: Mapping[str, Any], count: int = 0) -> Outlet:
    return Outlet(
        id=row["id"],
        guid=row["guid"],
        name=row["name"],
        country=row["country"],
        languages=tuple(row["languages"] or ()),
        type=OutletType.of(row["type"] or ""),
        groups=tuple(row["groups"] or ()),
        notes=row["notes"],
        aliases=tuple(row["aliases"] or ()),
        domains=tuple(row["domains"] or ()),
        source_count=count,
    )


def values_of(outlet: Outlet) -> dict[str, Any]:
    """The row's columns for ``outlet`` (all but ``id``)."""
    return {
        "guid": outlet.guid,
        "name": outlet.name,
        "country": outlet.country,
        "languages": list(outlet.languages),
        "type": outlet.type.value if outlet.type is not None else "",
        "groups": list(outlet.groups),
        "notes": outlet.notes,
        "aliases": list(outlet.aliases),
        "domains": list(outlet.domains),
    }


def list_outlets(reader: Reader, *, counted: bool = False) -> list[Outlet]:
    """Every outlet, by name (case-insensitively); with ``counted``, how many sources name
    each (under any of its spellings)."""
    rows = reader.session.execute(select(OutletRow.__table__)).mappings().all()
    counts: dict[str, int] = {}
    if counted:
        query = select(SourceRow.outlet, func.count()).group_by(SourceRow.outlet)
        for name, count in reader.session.execute(query):
            key = outlet_key(name)
            counts[key] = counts.get(key, 0) + count
    outlets = []
    for row in rows:
        names = {outlet_key(n) for n in (row["name"], *(row["aliases"] or ()))}
        outlets.append(_to_outlet(dict(row), sum(counts.get(key, 0) for key in names)))
    return sorted(outlets, key=lambda o: (outlet_key(o.name), o.id))


def insert_outlets(tx: Transaction, outlets: Iterable[Outlet]) -> list[int]:
    ids = tx.insert_many(OutletRow, [values_of(o) for o in outlets])
    return [i for i in ids if i is not None]


def update_outlet(tx: Transaction, outlet: Outlet) -> None:
    tx.update(OutletRow, outlet.id, values_of(outlet))


def delete_outlet(tx: Transaction, outlet_id: int) -> None:
    tx.delete(OutletRow, outlet_id)


def sources_naming(reader: Reader, names: Iterable[str]) -> list[tuple[int, str]]:
    """(id, outlet text) of the sources whose outlet is one of ``names`` (compared folded)."""
    keys = {outlet_key(n) for n in names} - {""}
    query = select(SourceRow.id, SourceRow.outlet).where(SourceRow.outlet != "")
    return [
        (source_id, outlet)
        for source_id, outlet in reader.session.execute(query.order_by(SourceRow.id))
        if outlet_key(outlet) in keys
    ]


def rename_sources(tx: Transaction, source_ids: Iterable[int], name: str) -> None:
    """Set the outlet text of these sources to ``name``."""
    for source_id in source_ids:
        tx.update(SourceRow, source_id, {"outlet": name})

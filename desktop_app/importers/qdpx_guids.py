"""GUIDs an import of a ``.qdpx`` stores: the archive's own where they are free."""

from __future__ import annotations

import uuid


class GuidPool:
    """Hands out the GUIDs an import stores: the archive's own, unless the project (or an
    earlier element of the archive) already uses it — then a fresh one, counted so the import
    can say so."""

    def __init__(self, taken: dict[str, str]) -> None:
        self._taken = dict(taken)  # GUID → what holds it
        self.clashes: dict[str, int] = {}  # kind → how many got a fresh GUID because of a clash

    def holder(self, guid: str | None) -> str | None:
        return self._taken.get(guid) if guid else None

    def claim(self, guid: str | None, kind: str) -> str:
        if guid and guid not in self._taken:
            self._taken[guid] = kind
            return guid
        if guid:
            self.clashes[kind] = self.clashes.get(kind, 0) + 1
        fresh = str(uuid.uuid4())
        self._taken[fresh] = kind
        return fresh

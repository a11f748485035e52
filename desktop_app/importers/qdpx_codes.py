"""Placing an archive's code tree into a project's codebook (plain data in, a plan out).

Top-level codes named Conditions, Speakers or Reactions (any letter case) *are* Parley's built-in
roots: their subtrees take those kinds. Any other top-level code becomes a root the analyst could
have added ("Tone"), kind OTHER, so nothing coded in another program is lost. Into an existing
project a code merges with the code of the same GUID, else with the sibling of the same name
(compared case- and diacritic-insensitively); everything else is planned as a new code.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.codelookup import distinct_aliases
from desktop_app.domain.model import BUILTIN_KINDS, DEFAULT_KIND_COLORS, Code, CodeKind
from desktop_app.domain.refi_vocabulary import parse_code_description
from desktop_app.domain.textfold import fold
from desktop_app.importers.qdpx_guids import GuidPool
from desktop_app.importers.qdpx_model import QdpxCode, QdpxProject

NAME_LIMIT = 500
_ROOT_KINDS = {fold(kind.root_name): kind for kind in BUILTIN_KINDS}


@dataclass
class PlannedCode:
    """A code to insert. Its parent is an existing code (``parent_id``) or an earlier planned
    one (``parent_index``); neither for a new root."""

    key: str
    depth: int
    parent_id: int | None
    parent_index: int | None
    values: dict[str, Any]


@dataclass
class CodePlan:
    existing: dict[str, int] = field(default_factory=dict)  # archive key → existing code id
    planned_index: dict[str, int] = field(default_factory=dict)  # archive key → index in planned
    planned: list[PlannedCode] = field(default_factory=list)
    root_keys: set[str] = field(default_factory=set)  # keys that are built-in roots
    matched: int = 0  # archive codes merged into existing ones
    merged_duplicates: list[str] = field(default_factory=list)  # same-named siblings in the archive


def _clean_name(name: str) -> str:
    name = " ".join(name.split()) or "Unnamed code"
    return name if len(name) <= NAME_LIMIT else name[: NAME_LIMIT - 1] + "…"


class _Planner:
    def __init__(self, codes: list[Code], pool: GuidPool) -> None:
        self.pool = pool
        self.plan = CodePlan()
        self.by_id = {c.id: c for c in codes}
        self.by_guid = {c.guid.lower(): c for c in codes}
        self.by_name = {(c.parent_id, fold(c.name)): c for c in codes}
        self.roots = {c.kind: c for c in codes if c.builtin}
        self.next_position: dict[int | None, int] = {}
        for code in codes:
            current = self.next_position.get(code.parent_id, 1)
            self.next_position[code.parent_id] = max(current, code.position + 1)
        # (existing parent id, planned parent index, folded name) → index of a planned code
        self.planned_children: dict[tuple[int | None, int | None, str], int] = {}
        self.planned_positions: dict[int, int] = {}

    def place(self, code: QdpxCode, parent: QdpxCode | None, depth: int) -> None:
        plan = self.plan
        name = _clean_name(code.name)
        if parent is None and fold(name) in _ROOT_KINDS:
            root = self.roots.get(_ROOT_KINDS[fold(name)])
            if root is not None:
                plan.existing[code.key] = root.id
                plan.root_keys.add(code.key)
                return
        parent_id, parent_index, kind, parent_color = self._parent(parent)
        if parent_index is None:
            found = self._existing_match(code, parent_id, name)
            if found is not None:
                plan.existing[code.key] = found.id
                plan.matched += 1
                if found.builtin:
                    plan.root_keys.add(code.key)
                return
        sibling_key = (parent_id, parent_index, fold(name))
        twin = self.planned_children.get(sibling_key)
        if twin is not None:  # the archive has two same-named siblings: they become one code
            plan.planned_index[code.key] = twin
            plan.merged_duplicates.append(name)
            return
        self.planned_children[sibling_key] = len(plan.planned)
        self._new(
            code,
            name,
            depth,
            parent_id=parent_id,
            parent_index=parent_index,
            kind=kind,
            parent_color=parent_color,
        )

    def _parent(self, parent: QdpxCode | None) -> tuple[int | None, int | None, CodeKind, str]:
        """(existing parent id, planned parent index, kind, parent's colour)."""
        if parent is None:
            return None, None, CodeKind.OTHER, ""
        if parent.key in self.plan.existing:
            existing = self.by_id[self.plan.existing[parent.key]]
            return existing.id, None, existing.kind, existing.color
        index = self.plan.planned_index[parent.key]
        values = self.plan.planned[index].values
        return None, index, CodeKind(values["kind"]), values["color"]

    def _existing_match(self, code: QdpxCode, parent_id: int | None, name: str) -> Code | None:
        if code.guid and self.pool.holder(code.guid) == "code" and code.guid in self.by_guid:
            return self.by_guid[code.guid]
        return self.by_name.get((parent_id, fold(name)))

    def _new(
        self,
        code: QdpxCode,
        name: str,
        depth: int,
        *,
        parent_id: int | None,
        parent_index: int | None,
        kind: CodeKind,
        parent_color: str,
    ) -> None:
        details = parse_code_description(code.description)
        description = "\n\n".join(part for part in (details.body.strip(), *code.notes) if part)
        speaker = details.speaker()
        if parent_index is None:
            position = self.next_position.get(parent_id, 1)
            self.next_position[parent_id] = position + 1
        else:
            position = self.planned_positions.get(parent_index, 0) + 1
            self.planned_positions[parent_index] = position
        values = {
            "guid": self.pool.claim(code.guid, "code"),
            "name": name,
            "kind": kind.value,
            "color": code.color or parent_color or DEFAULT_KIND_COLORS[kind],
            "description": description,
            "position": position,
            "builtin": False,
            "category": details.category,
            "aliases": distinct_aliases(speaker.aliases, name),
            "role": speaker.role,
            "affiliation": speaker.affiliation,
            "side": speaker.side,
        }
        self.plan.planned_index[code.key] = len(self.plan.planned)
        self.plan.planned.append(PlannedCode(code.key, depth, parent_id, parent_index, values))


def plan_codes(project: QdpxProject, codes: list[Code], pool: GuidPool) -> CodePlan:
    """Decide, for every code in the archive, which existing code it is or what to insert."""
    planner = _Planner(codes, pool)
    for code, parent, depth in project.iter_codes():
        planner.place(code, parent, depth)
    return planner.plan

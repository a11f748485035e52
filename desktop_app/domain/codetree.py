"""The codebook as a tree, whatever the project file says.

Parley never writes a code under itself or under a missing parent, but a file edited by hand, a
damaged one, or one written by another tool can: codes in a parent cycle (1 → 4 → 1) or under a
parent that does not exist are reachable from no root, and a walk from the roots silently hides
them — with all their coded work. Here every code is placed: the ones no root reaches are shown
under the root of their kind (or become a root where there is none), and the repair is reported,
so the analyst can see and fix it instead of losing it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from desktop_app.domain.model import Code
from desktop_app.i18n import gettext, ngettext


@dataclass(frozen=True)
class Detached:
    """A code no root reaches, and why."""

    code: Code
    reason: str  # "cycle" or "missing parent"
    shown_under: str  # the name of the code it is now shown under ("" when made a root)


@dataclass(frozen=True)
class CodeTree:
    codes: list[Code]  # parents before children, siblings by position; every code once
    detached: list[Detached] = field(default_factory=list)

    def problem(self) -> str:
        """One line for the analyst (empty when the tree was sound)."""
        if not self.detached:
            return ""
        names = ", ".join(f"“{d.code.name}”" for d in self.detached[:3])
        more = (
            gettext(" and {count} more").format(count=len(self.detached) - 3)
            if len(self.detached) > 3
            else ""
        )
        count = len(self.detached)
        return ngettext(
            "{n} code ({names}) was in a parent cycle "
            "or under a missing parent; is shown under the root of its kind",
            "{n} codes ({names}) were in a parent cycle "
            "or under a missing parent; are shown under the root of their kind",
            count,
        ).format(names=names + more)


def order_tree(codes: Sequence[Code]) -> CodeTree:
    """Codes parents first, siblings in the given order (callers sort by position)."""
    current = list(codes)
    by_id = {code.id: code for code in codes}
    detached: list[Detached] = []
    while True:
        ordered = _preorder(current)
        if len(ordered) == len(current):
            return CodeTree(ordered, detached)
        # Re-hang one unreachable code (a builtin root caught in a cycle first, so its kind
        # has a home again); its own subtree comes along, and the loop takes the next group.
        placed = {c.id for c in ordered}
        roots = {c.kind: c for c in ordered if c.parent_id is None and c.builtin}
        lost = min((c for c in current if c.id not in placed), key=lambda c: not c.builtin)
        root = None if lost.builtin else roots.get(lost.kind)
        fixed = replace(lost, parent_id=root.id if root else None, is_root=root is None)
        detached.append(Detached(lost, _reason(lost, by_id), root.name if root else ""))
        current = [fixed if c.id == lost.id else c for c in current]


def _preorder(codes: Sequence[Code]) -> list[Code]:
    """The codes reachable from the roots, each parent before its children."""
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[Code] = []
    stack = list(reversed(children.get(None, [])))
    while stack:
        code = stack.pop()
        ordered.append(code)
        stack.extend(reversed(children.get(code.id, [])))
    return ordered


def _reason(code: Code, by_id: dict[int, Code]) -> str:
    seen = {code.id}
    current = code
    while current.parent_id is not None:
        parent = by_id.get(current.parent_id)
        if parent is None:
            return "missing parent"
        if parent.id in seen:
            return "cycle"
        seen.add(parent.id)
        current = parent
    return "cycle"

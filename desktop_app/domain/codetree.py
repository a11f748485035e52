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
        more = f" and {len(self.detached) - 3} more" if len(self.detached) > 3 else ""
        count = len(self.detached)
        verbs = ("was", "is") if count == 1 else ("were", "are")
        return (
            f"{count} code{'s' if count != 1 else ''} ({names}{more}) {verbs[0]} in a parent "
            f"cycle or under a missing parent; {verbs[1]} shown under the root of {'its' if count == 1 else 'their'} kind"
        )


def order_tree(codes: Sequence[Code]) -> CodeTree:
    """Codes parents first, siblings in the given order (callers sort by position)."""
    by_id = {code.id: code for code in codes}
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[Code] = []
    placed: set[int] = set()

    def visit(parent: int | None) -> None:
        stack = list(reversed(children.get(parent, [])))
        while stack:
            code = stack.pop()
            if code.id in placed:
                continue
            placed.add(code.id)
            ordered.append(code)
            stack.extend(reversed(children.get(code.id, [])))

    visit(None)
    if len(placed) == len(by_id):
        return CodeTree(ordered)
    detached: list[Detached] = []
    roots = {c.kind: c for c in ordered if c.parent_id is None and c.builtin}
    # A builtin root caught in a cycle becomes a root again first, so its kind has a home.
    for code in codes:
        if code.id not in placed and code.builtin:
            fixed = replace(code, parent_id=None, is_root=True)
            detached.append(Detached(code, _reason(code, by_id), ""))
            roots[code.kind] = fixed
            _attach(fixed, ordered, placed, children)
    for code in codes:
        if code.id in placed:
            continue
        # The topmost code of the unreachable group is re-hung; its own children follow it.
        root = roots.get(code.kind)
        fixed = replace(
            code,
            parent_id=root.id if root is not None else None,
            is_root=root is None,
        )
        detached.append(Detached(code, _reason(code, by_id), root.name if root else ""))
        if root is None:
            roots[code.kind] = fixed
        _attach(fixed, ordered, placed, children)
    return CodeTree(_regroup(ordered), detached)


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


def _attach(
    code: Code, ordered: list[Code], placed: set[int], children: dict[int | None, list[Code]]
) -> None:
    """Place ``code`` and every not yet placed code below it."""
    stack = [code]
    while stack:
        current = stack.pop()
        if current.id in placed:
            continue
        placed.add(current.id)
        ordered.append(current)
        stack.extend(reversed([c for c in children.get(current.id, []) if c.id not in placed]))


def _regroup(codes: list[Code]) -> list[Code]:
    """Parents before children again, now that re-hung codes have their new parents."""
    children: dict[int | None, list[Code]] = {}
    for code in codes:
        children.setdefault(code.parent_id, []).append(code)
    ordered: list[Code] = []
    stack = list(reversed(children.get(None, [])))
    done: set[int] = set()
    while stack:
        code = stack.pop()
        if code.id in done:
            continue
        done.add(code.id)
        ordered.append(code)
        stack.extend(reversed(children.get(code.id, [])))
    return ordered

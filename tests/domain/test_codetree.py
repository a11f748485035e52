"""Every code is in the tree, whatever parent ids a file holds (issue 12, item 14)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from desktop_app.domain.codetree import order_tree
from desktop_app.domain.model import Code, CodeKind


def code(
    id_: int, parent: int | None, kind: CodeKind = CodeKind.CONDITION, builtin: bool = False
) -> Code:
    return Code(
        id_, f"g{id_}", parent, f"c{id_}", kind, "#000", is_root=parent is None, builtin=builtin
    )


def test_a_sound_tree_is_ordered_parents_first_and_untouched() -> None:
    codes = [code(1, None, builtin=True), code(3, 2), code(2, 1)]
    tree = order_tree(codes)
    assert [c.id for c in tree.codes] == [1, 2, 3]
    assert tree.detached == [] and tree.problem() == ""


def test_a_cycle_is_hung_under_its_kinds_root() -> None:
    codes = [code(1, None, builtin=True), code(4, 5), code(5, 4), code(6, 5)]
    tree = order_tree(codes)
    by_id = {c.id: c for c in tree.codes}
    assert set(by_id) == {1, 4, 5, 6}
    assert by_id[4].parent_id == 1 and by_id[5].parent_id == 4 and by_id[6].parent_id == 5
    assert [(d.code.id, d.reason) for d in tree.detached] == [(4, "cycle")]
    assert "1 code (“c4”) was in a parent cycle" in tree.problem()


def test_a_missing_parent_and_a_root_in_a_cycle() -> None:
    codes = [code(1, 7, builtin=True), code(7, 1), code(8, 99, CodeKind.SPEAKER)]
    tree = order_tree(codes)
    by_id = {c.id: c for c in tree.codes}
    assert by_id[1].parent_id is None and by_id[1].is_root
    assert by_id[8].parent_id is None  # no Speakers root: it becomes one
    assert {d.reason for d in tree.detached} == {"cycle", "missing parent"}


@given(
    st.lists(st.integers(0, 12), min_size=1, max_size=12),
    st.lists(st.booleans(), min_size=12, max_size=12),
)
def test_every_code_appears_once_after_its_parent(parents: list[int], builtin: list[bool]) -> None:
    codes = [code(i + 1, None if p == 0 else p, builtin=builtin[i]) for i, p in enumerate(parents)]
    tree = order_tree(codes)
    ids = [c.id for c in tree.codes]
    assert sorted(ids) == [c.id for c in codes]
    seen: set[int] = set()
    for c in tree.codes:
        assert c.parent_id is None or c.parent_id in seen
        seen.add(c.id)

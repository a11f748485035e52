"""A window picks up what other analysts change, through the change feed (SQLite and PG)."""

from __future__ import annotations

from desktop_app.domain.model import CodeKind
from desktop_app.services import markup, team
from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "Putin set conditions. Zelensky rejected them."


def test_others_changes_arrive_as_one_change_set(alice: Project, bob: Project) -> None:
    cursor = team.latest_change(alice)
    source_id = add_source(bob, TEXT)
    code = add_code(bob, CodeKind.CONDITION, "Withdrawal")
    annotation = markup.annotate(bob, source_id, 0, 20, [code.id])
    mine = add_code(alice, CodeKind.SPEAKER, "Putin")

    update = team.changes_since(alice, cursor)
    assert [c.coder for c in update.changes] == ["bob", "bob", "bob", "alice"]
    assert [c.own for c in update.changes] == [False, False, False, True]
    combined = update.combined
    assert combined is not None
    assert combined.label == "3 changes by bob"
    assert combined.source_texts == {source_id}
    assert combined.annotations == {annotation.id}
    assert code.id in combined.codes and mine.id not in combined.codes
    assert update.coders == ["bob"]

    again = team.changes_since(alice, update.cursor)
    assert again.changes == () and again.combined is None and again.cursor == update.cursor


def test_undo_elsewhere_is_a_change_too(alice: Project, bob: Project) -> None:
    source_id = add_source(alice, TEXT)
    code = add_code(alice, CodeKind.CONDITION, "Withdrawal")
    annotation = markup.annotate(bob, source_id, 0, 20, [code.id])
    cursor = team.latest_change(alice)
    bob.undo()
    update = team.changes_since(alice, cursor)
    assert len(update.changes) == 1 and update.changes[0].undo
    assert update.combined is not None and update.combined.annotations == {annotation.id}
    assert update.combined.label == "Mark “Putin set conditions” as Withdrawal (bob)"


def test_announce_reaches_the_views(alice: Project, bob: Project) -> None:
    heard: list[ChangeSet] = []
    alice.subscribe(heard.append)
    cursor = team.latest_change(alice)
    add_source(bob, TEXT)
    update = team.changes_since(alice, cursor)
    assert update.combined is not None
    alice.announce(update.combined)
    assert heard == [update.combined]


def test_a_long_feed_comes_in_pages(alice: Project, bob: Project) -> None:
    cursor = team.latest_change(alice)
    for number in range(5):
        add_code(bob, CodeKind.CONDITION, f"Condition {number}")
    first = team.changes_since(alice, cursor, limit=3)
    second = team.changes_since(alice, first.cursor, limit=3)
    assert len(first.changes) == 3 and first.more
    assert len(second.changes) == 2 and not second.more


def test_coder_filter_mine_all_chosen(alice: Project, bob: Project) -> None:
    source_id = add_source(alice, TEXT)
    code = add_code(alice, CodeKind.CONDITION, "Withdrawal")
    markup.annotate(alice, source_id, 0, 20, [code.id])
    markup.annotate(bob, source_id, 22, 45, [code.id])
    everything = markup.list_annotations(alice)
    mine = team.CoderFilter(team.CoderScope.MINE)
    chosen = team.CoderFilter(team.CoderScope.CHOSEN, frozenset({"bob"}))
    assert [a.coder for a in mine.apply(everything, alice.coder)] == ["alice"]
    assert [a.coder for a in chosen.apply(everything, alice.coder)] == ["bob"]
    assert len(team.CoderFilter().apply(everything, alice.coder)) == 2
    assert chosen.label == "bob" and team.CoderFilter().label == "all coders"
    coders = {c.name: c for c in team.list_coders(alice)}
    assert coders["alice"].is_me and coders["alice"].annotations == 1
    assert coders["bob"].annotations == 1 and not coders["bob"].is_me

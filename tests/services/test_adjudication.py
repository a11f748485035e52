"""Adjudication: each decision is one undoable operation into the adjudicated layer, and undo
restores the project exactly."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.agreement_detail import BOUNDS, CODES, ONLY
from desktop_app.domain.model import ADJUDICATED_CODER, CodeKind, CoderOrigin
from desktop_app.errors import InvalidChange
from desktop_app.services import adjudication, markup, team
from desktop_app.services.adjudication import Decision
from desktop_app.services.agreement import project_agreement, project_agreement_detail
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.builders import add_code, add_source

TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."


@pytest.fixture
def desk(project_path: Path) -> tuple[Path, int, int, int]:
    """alice and bob on one source: one identical span, one with other bounds, one only alice
    has, one they gave different codes."""
    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, TEXT, title="Statement")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set").id
        rejection = add_code(alice, CodeKind.REACTION, "Rejection").id
        markup.annotate(alice, source_id, 0, 5, [condition])  # "Putin": agreed
        markup.annotate(alice, source_id, 6, 21, [condition])  # bounds differ
        markup.annotate(alice, source_id, 22, 45, [rejection])  # codes differ
        markup.annotate(alice, source_id, 46, 54, [condition])  # only alice
    with Project.open(project_path, coder="bob") as bob:
        markup.annotate(bob, source_id, 0, 5, [condition])
        markup.annotate(bob, source_id, 10, 21, [condition])
        markup.annotate(bob, source_id, 22, 45, [condition])
    return project_path, source_id, condition, rejection


def _state(project: Project) -> tuple:
    snapshot = load_snapshot(project)
    return (snapshot.annotations, snapshot.coder_origins, adjudication.decisions(project))


def _differences(project: Project) -> dict[str, adjudication.SpanDifference]:
    _report, detail, _names = project_agreement_detail(project, ["alice", "bob"])
    return {d.what: d for d in detail.differences}


def _layer(project: Project) -> list[tuple[int, int, tuple[int, ...]]]:
    return [
        (a.start, a.end, a.code_ids)
        for a in load_snapshot(project).annotations
        if a.coder == ADJUDICATED_CODER
    ]


def test_each_decision_writes_the_layer_and_undo_restores_exactly(
    desk: tuple[Path, int, int, int],
) -> None:
    path, _source_id, condition, rejection = desk
    with Project.open(path, coder="lead") as lead:
        differences = _differences(lead)
        assert set(differences) == {BOUNDS, CODES, ONLY}
        steps = [_state(lead)]

        adjudication.decide(lead, differences[BOUNDS], Decision.SECOND)
        assert _layer(lead) == [(10, 21, (condition,))]
        steps.append(_state(lead))

        adjudication.decide(lead, differences[CODES], Decision.BOTH)
        assert sorted(_layer(lead)) == [
            (10, 21, (condition,)),
            (22, 45, (condition,)),
            (22, 45, (rejection,)),
        ]
        steps.append(_state(lead))

        adjudication.decide(lead, differences[ONLY], Decision.NEITHER)
        assert len(_layer(lead)) == 3  # nothing kept, but decided
        assert (
            adjudication.decisions(lead)[adjudication.difference_key(differences[ONLY])].decision
            is Decision.NEITHER
        )
        steps.append(_state(lead))

        # Deciding again replaces the earlier decision's span, in one step.
        adjudication.decide(lead, differences[BOUNDS], Decision.EDIT, (6, 20, condition))
        assert (6, 20, (condition,)) in _layer(lead) and (10, 21, (condition,)) not in _layer(lead)
        steps.append(_state(lead))

        for expected in reversed(steps[:-1]):
            assert lead.undo() is not None
            assert _state(lead) == expected
        assert not _layer(lead) and not adjudication.decisions(lead)
        for expected in steps[1:]:
            assert lead.redo() is not None
            assert _state(lead) == expected


def test_the_layer_is_not_a_person_and_exports_alone(
    desk: tuple[Path, int, int, int], tmp_path: Path
) -> None:
    import json

    from desktop_app.services import exports
    from desktop_app.services.exports import ExportOptions

    path, _source_id, condition, _rejection = desk
    with Project.open(path, coder="lead") as lead:
        copied = adjudication.take_agreed(lead, "alice", "bob")
        assert copied == 1 and _layer(lead) == [(0, 5, (condition,))]
        assert adjudication.take_agreed(lead, "alice", "bob") == 0  # already there: no step
        adjudication.decide(lead, _differences(lead)[BOUNDS], Decision.FIRST)
        coders = {c.name: c for c in team.list_coders(lead)}
        assert coders[ADJUDICATED_CODER].origin is CoderOrigin.ADJUDICATED
        assert ADJUDICATED_CODER not in team.people_coding_together(coders.values())
        assert load_snapshot(lead).people_coding_together == ["alice", "bob"]
        assert project_agreement(lead).coders == ("alice", "bob")  # `parley agreement`'s default
        named = project_agreement(lead, [ADJUDICATED_CODER, "alice"])  # compared when named
        assert named.coders == (ADJUDICATED_CODER, "alice")

        target = tmp_path / "adjudicated.json"
        exports.export(lead, target, ExportOptions(coder=ADJUDICATED_CODER))
        exported = json.loads(target.read_text(encoding="utf-8"))
        spans = sorted((e["start"], e["end"], e["coder"]) for e in exported["excerpts"])
        assert spans == [(0, 5, ADJUDICATED_CODER), (6, 21, ADJUDICATED_CODER)]


def test_an_edit_must_be_a_real_span(desk: tuple[Path, int, int, int]) -> None:
    path, _source_id, condition, _rejection = desk
    with Project.open(path, coder="lead") as lead:
        difference = _differences(lead)[ONLY]
        with pytest.raises(InvalidChange):
            adjudication.decide(lead, difference, Decision.EDIT, (5, 500, condition))
        with pytest.raises(InvalidChange):
            adjudication.decide(lead, difference, Decision.EDIT)
        assert not _layer(lead) and not adjudication.decisions(lead)

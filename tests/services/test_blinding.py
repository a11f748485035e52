"""Blind double coding: a setting the lead switches, one undo step each, that the lead alone
ends by opening adjudication."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.domain.snapshot import only_coder
from desktop_app.errors import InvalidChange
from desktop_app.services import blinding, markup
from desktop_app.services.blinding import BlindState
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.builders import add_code, add_source


def test_the_lead_switches_it_and_opens_adjudication_and_undo_goes_back(
    project_path: Path,
) -> None:
    with Project.open(project_path, coder="lead") as lead:
        assert blinding.blind_state(lead) == BlindState() and not BlindState().hiding
        assert blinding.set_blind(lead, True) == BlindState("lead", False)
        assert blinding.blind_state(lead).hiding
        with Project.open(project_path, coder="alice") as alice:
            assert blinding.blind_state(alice).hiding
            with pytest.raises(InvalidChange, match="only lead"):
                blinding.open_adjudication(alice)
            with pytest.raises(InvalidChange, match="only lead"):
                blinding.set_blind(alice, False)
            assert blinding.blind_state(alice).hiding
        assert blinding.open_adjudication(lead) == BlindState("lead", True)
        assert not blinding.blind_state(lead).hiding
        lead.undo()
        assert blinding.blind_state(lead) == BlindState("lead", False)
        lead.undo()
        assert blinding.blind_state(lead) == BlindState()
        lead.redo()
        assert blinding.blind_state(lead).hiding


def test_only_coder_keeps_one_coders_markup(project_path: Path) -> None:
    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, "Putin set conditions. Zelensky rejected them.")
        code = add_code(alice, CodeKind.CONDITION, "Conditions set").id
        mine = markup.annotate(alice, source_id, 0, 5, [code]).id
    with Project.open(project_path, coder="bob") as bob:
        markup.annotate(bob, source_id, 10, 20, [code])
        snapshot = load_snapshot(bob)
    assert len(snapshot.annotations) == 2
    assert [a.id for a in only_coder(snapshot, "alice").annotations] == [mine]
    assert [a.coder for a in only_coder(snapshot, "bob").annotations] == ["bob"]

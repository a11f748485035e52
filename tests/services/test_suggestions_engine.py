"""The reading engine over a real project: inputs from the codebook and the coded conditions,
suggestions for one source and for all, nothing changed in the project."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.services import codebook, markup, sources, suggestions_engine
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project
from tests.builders import add_code, add_source


def test_inputs_come_from_the_codebook_and_the_coded_conditions(project: Project) -> None:
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", ("Путин",))
    nato = add_code(project, CodeKind.CONDITION, "Renounce NATO", ("вступление в НАТО",))
    first = add_source(
        project, "Putin demanded that Kyiv give up all plans to join NATO.", language="en"
    )
    markup.annotate(project, first, 19, 56, [nato.id])
    inputs = suggestions_engine.reading_inputs(project)
    by_id = {c.code_id: c for c in inputs.codes}
    assert by_id[putin.id].path == "Speakers/Vladimir Putin"
    assert by_id[putin.id].aliases == ("Путин",)
    assert by_id[nato.id].kind is CodeKind.CONDITION
    assert all("/" in c.path for c in inputs.codes)  # roots are not codes to propose
    [wording] = inputs.wordings
    assert (wording.code_id, wording.source_id, wording.language) == (nato.id, first, "en")
    assert wording.text == "Kyiv give up all plans to join NATO."


def test_every_source_gets_its_suggestions_and_the_project_is_unchanged(project: Project) -> None:
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", ("Путин",))
    withdraw = add_code(project, CodeKind.CONDITION, "Withdrawal")
    text = "Vladimir Putin said Ukrainian troops must withdraw from the four regions entirely."
    first = add_source(project, text, "A")
    second = add_source(
        project,
        "Путина цитируют все. Later he repeated that troops must withdraw from four regions.",
        "B",
    )
    start = text.index("Ukrainian")
    markup.annotate(project, first, start, len(text) - 1, [withdraw.id])
    before = len(markup.list_annotations(project))
    results = {r.source_id: r for r in suggestions_engine.suggest_all(project)}
    assert set(results) == {first, second}
    kinds = {(s.kind, s.code_ids) for s in results[second].suggestions}
    assert ("mention", (putin.id,)) in kinds
    assert ("condition", (withdraw.id,)) in kinds
    one = suggestions_engine.suggest_source(project, first)
    assert ("statement", (putin.id,)) in {(s.kind, s.code_ids) for s in one.suggestions}
    assert not any(s.kind == "condition" for s in one.suggestions)  # coded there already
    assert len(markup.list_annotations(project)) == before
    assert suggestions_engine.suggest_all(project, cancelled=lambda: True) == []


def test_the_sample_project_gets_its_suggestions_with_every_network_call_refused(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "sample.parley"
    build_sample_project(path)

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("network access during the reading engine")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    with Project.open(path, coder="tester") as project:
        results = suggestions_engine.suggest_all(project)
        names = {c.id: c.name for c in codebook.list_codes(project)}
        assert len(results) == len(sources.list_sources(project))
        found = [
            (s.kind, tuple(names[c] for c in s.code_ids)) for r in results for s in r.suggestions
        ]
    assert ("statement", ("Mykhailo Podolyak", "Rejects")) in found
    assert {kind for kind, _ in found} == {"mention", "statement", "condition"}


def test_unsafe_aliases_are_flagged_and_missing_speakers_listed(project: Project) -> None:
    assert suggestions_engine.alias_problem("ЕС") == "too short to tell apart from ordinary text"
    assert suggestions_engine.alias_problem("the") == "a common word, found in nearly every text"
    assert suggestions_engine.alias_problem("Podolyak") is None
    add_code(project, CodeKind.SPEAKER, "Vladimir Putin", ("Путин",))
    first = add_source(project, "Foreign Minister Dmytro Kuleba answered Vladimir Putin.", "A")
    second = add_source(project, "Глава МИД Дмитрий Кулеба ответил. Кулеба улетел.", "B")
    [candidate] = suggestions_engine.speaker_candidates(project)
    assert candidate.name in ("Dmytro Kuleba", "Дмитрий Кулеба")
    assert {candidate.name, *candidate.aliases} == {"Dmytro Kuleba", "Дмитрий Кулеба", "Кулеба"}
    assert {sid for sid, _ in candidate.mentions} == {first, second}

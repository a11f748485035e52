"""Blind double coding in the real window: each coder sees only their own mark-up (reader, list,
compare view) until the lead opens adjudication from Compare › Intercoder Agreement."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.gui import prompts
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import blinding, markup
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."


@pytest.fixture
def marks(project_path: Path) -> dict[str, object]:
    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, TEXT, title="Statement")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set").id
        mine = markup.annotate(alice, source_id, 0, 21, [condition]).id
    with Project.open(project_path, coder="bob") as bob:
        theirs = markup.annotate(bob, source_id, 6, 21, [condition]).id
    return {"source": source_id, "alice": mine, "bob": theirs}


def _alice(make_window: Callable[[], MainWindow], path: Path, source_id: object) -> MainWindow:
    window = make_window()
    window.settings.coder = "alice"
    assert window.open_project(path)
    window.sources_panel.select_source(source_id)
    window.show_source(source_id)
    return window


def _listed(window: MainWindow) -> set[int]:
    return {a.id for a in window.annotations_panel.model_.annotations()}


def test_the_lead_sees_only_their_own_until_opening_adjudication(
    make_window: Callable[[], MainWindow],
    project_path: Path,
    marks: dict[str, object],
    monkeypatch: pytest.MonkeyPatch,
    qtbot: object,
) -> None:
    window = _alice(make_window, project_path, marks["source"])
    assert _listed(window) == {marks["alice"], marks["bob"]}

    window.team.blind_action.trigger()  # alice switches it on: she leads
    assert window.team.blind_action.isChecked()
    assert _listed(window) == {marks["alice"]}
    assert window.reader.span(marks["bob"]) is None  # type: ignore[arg-type]
    assert "blind coding (lead alice): showing only yours" in window.team.coder_label.text()
    assert not window.team.show_menu.isEnabled()

    window.compare.open()
    qtbot.waitUntil(lambda: window.compare.comparison is not None)  # type: ignore[attr-defined]
    assert window.compare.comparison is not None
    assert {a.coder for a in window.compare.comparison.snapshot.annotations} == {"alice"}

    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, title, _t, _a: asked.append(title) or False)
    window.agreement.action.trigger()
    assert asked == ["Open Adjudication"] and window.agreement.view is None
    assert _listed(window) == {marks["alice"]}  # declined: still blind

    monkeypatch.setattr(prompts, "confirm", lambda *_a: True)
    window.agreement.action.trigger()
    qtbot.waitUntil(lambda: window.agreement.view is not None)  # type: ignore[attr-defined]
    assert _listed(window) == {marks["alice"], marks["bob"]}
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: (
            window.compare.comparison is not None
            and {a.coder for a in window.compare.comparison.snapshot.annotations}
            == {"alice", "bob"}
        )
    )
    assert window.project is not None and not blinding.blind_state(window.project).hiding

    window.undo()  # opening adjudication is one undo step: blind again
    assert _listed(window) == {marks["alice"]}


def test_a_coder_who_does_not_lead_cannot_open_adjudication(
    make_window: Callable[[], MainWindow],
    project_path: Path,
    marks: dict[str, object],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Project.open(project_path, coder="bob") as bob:
        blinding.set_blind(bob, True)
    window = _alice(make_window, project_path, marks["source"])
    assert _listed(window) == {marks["alice"]}
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_report", lambda _p, _t, text, details="": reports.append((text, details))
    )
    window.agreement.action.trigger()
    assert reports == [
        (
            "Each coder sees only their own mark-up until the lead opens adjudication.",
            "bob leads this blind coding and opens adjudication.",
        )
    ]
    assert window.agreement.view is None

    errors: list[object] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda _p, error, title="Parley": errors.append(error)
    )
    window.team.blind_action.trigger()  # alice may not switch bob's blind coding off
    assert errors and "only bob" in str(errors[0])
    assert window.team.blind_action.isChecked() and _listed(window) == {marks["alice"]}

"""Team work in the real window: whose annotations are shown, colleagues' changes arriving by
themselves, refused edits and undos, and connecting to a server (PostgreSQL, when the tests can
start one)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.errors import ConflictError, NotFound, ParleyError, PasswordNeeded
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.connect_dialog import ServerLogin
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import codebook, markup, team
from desktop_app.services.project import Project
from tests.builders import add_code, add_source
from tests.team.conftest import (  # noqa: F401  (fixtures: a throwaway server, a memory keyring)
    memory_keyring,
    pg_server,
    pg_template,
    pg_url,
)

TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."


@dataclass(frozen=True)
class Desk:
    path: Path
    source_id: int
    condition: int
    alice: tuple[int, ...]  # annotation ids by coder
    bob: tuple[int, ...]


@pytest.fixture
def desk(project_path: Path) -> Desk:
    """A file project where alice and bob both marked up one source."""
    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, TEXT, title="Statement")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set").id
        mine = (
            markup.annotate(alice, source_id, 0, 21, [condition]).id,
            markup.annotate(alice, source_id, 22, 45, [condition]).id,
        )
    with Project.open(project_path, coder="bob") as bob:
        theirs = (markup.annotate(bob, source_id, 46, 78, [condition]).id,)
    return Desk(project_path, source_id, condition, mine, theirs)


@pytest.fixture
def said(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, object]]:
    """Every message box the window opens, instead of opening it."""
    seen: list[tuple[str, object]] = []
    monkeypatch.setattr(
        prompts, "show_error", lambda _p, error, title="Parley": seen.append((title, error))
    )
    return seen


@pytest.fixture
def alice_window(make_window: Callable[[], MainWindow], desk: Desk) -> MainWindow:
    window = make_window()
    window.settings.coder = "alice"
    assert window.open_project(desk.path)
    window.sources_panel.select_source(desk.source_id)
    window.show_source(desk.source_id)
    return window


@pytest.fixture
def bob(desk: Desk) -> Iterator[Project]:
    """A colleague: another Project on the same file, as another window or process has."""
    with Project.open(desk.path, coder="bob") as other:
        yield other


def listed(window: MainWindow) -> set[int]:
    return {a.id for a in window.annotations_panel.model_.annotations()}


def highlighted(window: MainWindow, ids: tuple[int, ...]) -> set[int]:
    return {i for i in ids if window.reader.span(i) is not None}


# -- whose annotations ----------------------------------------------------------------------


def test_coder_filter_changes_what_the_list_and_reader_show(
    alice_window: MainWindow, desk: Desk, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, everyone = alice_window, (*desk.alice, *desk.bob)
    assert window.project is not None and window.project.coder == "alice"
    assert window.team.coder_label.text() == "Signed in as alice"
    assert listed(window) == set(everyone) and highlighted(window, everyone) == set(everyone)

    window.team.show_actions[team.CoderScope.MINE].trigger()
    assert listed(window) == set(desk.alice)
    assert highlighted(window, everyone) == set(desk.alice)
    assert window.team.coder_label.text() == "Signed in as alice · showing mine"

    offered: list[list[tuple[str, str, bool]]] = []

    def choose(_parent: object, _title: str, _prompt: str, items: list, minimum: int = 1) -> list:
        offered.append(items)
        return ["bob"]

    monkeypatch.setattr(prompts, "choose_many", choose)
    window.team.show_actions[team.CoderScope.CHOSEN].trigger()
    assert {name: label for name, label, _ticked in offered[0]} == {
        "alice": "alice (you) — 2",
        "bob": "bob — 1",
    }
    assert listed(window) == set(desk.bob)
    assert highlighted(window, everyone) == set(desk.bob)
    assert window.team.show_actions[team.CoderScope.CHOSEN].isChecked()

    window.team.show_actions[team.CoderScope.ALL].trigger()
    assert listed(window) == set(everyone)


def test_a_new_annotation_hidden_by_the_filter_stays_hidden(
    alice_window: MainWindow, desk: Desk, bob: Project, qtbot: object
) -> None:
    window = alice_window
    window.team.set_filter(team.CoderFilter(team.CoderScope.MINE))
    assert window.project is not None
    made = markup.annotate(window.project, desk.source_id, 0, 9, [desk.condition])
    assert made.id in listed(window)
    theirs = markup.annotate(bob, desk.source_id, 10, 20, [desk.condition])
    start = window.team.cursor
    window.team.poll()
    qtbot.waitUntil(lambda: window.team.cursor != start and not window.team.polling)  # type: ignore[attr-defined]
    assert theirs.id not in listed(window) and window.reader.span(theirs.id) is None
    assert made.id in listed(window)


# -- colleagues' changes --------------------------------------------------------------------


def test_a_colleagues_change_appears_after_the_poll(
    alice_window: MainWindow, desk: Desk, bob: Project, qtbot: object
) -> None:
    window = alice_window
    assert window.team.timer.isActive() and window.team.timer.interval() == 2000
    before = window.counts_label.text()
    assert "3 annotations" in before
    theirs = markup.annotate(bob, desk.source_id, 0, 5, [desk.condition])
    markup.set_note(bob, desk.alice[0], "bob disagrees")
    assert theirs.id not in listed(window)
    qtbot.waitUntil(lambda: theirs.id in listed(window), timeout=6000)  # type: ignore[attr-defined]
    assert window.reader.span(theirs.id) is not None
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: window.annotations_panel.model_.by_id(desk.alice[0]).note == "bob disagrees"  # type: ignore[union-attr]
    )
    qtbot.waitUntil(lambda: window.counts_label.text() != before)  # type: ignore[attr-defined]
    assert "4 annotations" in window.counts_label.text()


def test_own_changes_are_not_announced_twice(
    alice_window: MainWindow, desk: Desk, monkeypatch: pytest.MonkeyPatch, qtbot: object
) -> None:
    window = alice_window
    project = window.project
    assert project is not None
    announced: list[object] = []
    monkeypatch.setattr(project, "announce", announced.append)
    start = window.team.cursor
    markup.annotate(project, desk.source_id, 0, 5, [desk.condition])
    window.team.poll()
    qtbot.waitUntil(lambda: window.team.cursor != start and not window.team.polling)  # type: ignore[attr-defined]
    assert announced == []


# -- someone else got there first -----------------------------------------------------------


def test_a_conflicting_delete_is_refused_and_shows_the_current_state(
    alice_window: MainWindow, desk: Desk, bob: Project, said: list[tuple[str, object]]
) -> None:
    window = alice_window
    window.team.timer.stop()  # the refusal, not the poll, must bring the new state
    target = desk.alice[0]
    shown = window.annotations_panel.model_.by_id(target)
    assert shown is not None and shown.note == ""
    markup.set_note(bob, target, "keep this: bob")

    window.markup.delete([target])

    assert len(said) == 1
    title, error = said[0]
    assert title == "Changed by Someone Else" and isinstance(error, ConflictError)
    assert "bob changed the annotation" in error.what
    kept = markup.get_annotation(bob, target)
    assert kept.note == "keep this: bob"
    now = window.annotations_panel.model_.by_id(target)
    assert now is not None and now.note == "keep this: bob" and now.version == kept.version
    assert window.reader.span(target) is not None
    assert window.project is not None and window.project.undo_label is None


def test_a_deleted_annotation_leaves_the_views_when_an_edit_is_refused(
    alice_window: MainWindow, desk: Desk, bob: Project, said: list[tuple[str, object]]
) -> None:
    window = alice_window
    window.team.timer.stop()
    target = desk.bob[0]
    window.reader.select_span(46, 60)
    markup.delete_annotations(bob, [target])
    window.markup.bounds_to_selection(target)
    assert [(title, type(error)) for title, error in said] == [
        ("Changed by Someone Else", NotFound)
    ]
    assert "no longer exists" in str(said[0][1])
    assert target not in listed(window) and window.reader.span(target) is None
    assert target not in {a.id for a in markup.list_annotations(bob)}


def test_a_refused_undo_offers_to_skip_the_step(
    alice_window: MainWindow,
    desk: Desk,
    bob: Project,
    said: list[tuple[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = alice_window
    project = window.project
    assert project is not None
    mine = markup.annotate(project, desk.source_id, 0, 9, [desk.condition])
    markup.set_note(project, mine.id, "first thoughts")
    markup.set_note(bob, mine.id, "bob's thoughts")
    answers = [False, True]
    asked: list[ParleyError] = []

    def offer(_parent: object, error: ParleyError) -> bool:
        asked.append(error)
        return answers.pop(0)

    monkeypatch.setattr(prompts, "offer_skip", offer)
    step = project.undo_label
    window.undo()  # kept: the step stays on top
    assert project.undo_label == step and len(asked) == 1
    assert isinstance(asked[0], ConflictError)
    window.undo()  # skipped: the step before it comes next
    assert len(asked) == 2 and project.undo_label != step
    assert window.commands.undo.text() == f"&Undo {project.undo_label}"
    assert markup.get_annotation(bob, mine.id).note == "bob's thoughts"
    assert said == []


def test_renaming_a_code_a_colleague_renamed_is_refused_and_shows_their_name(
    alice_window: MainWindow,
    desk: Desk,
    bob: Project,
    said: list[tuple[str, object]],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    window = alice_window
    window.team.timer.stop()  # the refusal, not the poll, must bring the new state
    codebook.rename_code(bob, desk.condition, "Ceasefire (bob)")
    monkeypatch.setattr(prompts, "ask_text", lambda *_a: "Ceasefire (alice)")
    window.codebook_controller.rename(desk.condition)
    assert [(title, type(error)) for title, error in said] == [
        ("Changed by Someone Else", ConflictError)
    ]
    assert codebook.get_code(bob, desk.condition).name == "Ceasefire (bob)"
    assert window.codes[desk.condition].name == "Ceasefire (bob)"


# -- connecting -----------------------------------------------------------------------------


def test_connecting_opens_the_server_project(
    make_window: Callable[[], MainWindow],
    pg_url: str,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    qtbot: object,
) -> None:
    address = team.ServerAddress.from_url(pg_url)
    typed = ServerLogin(
        address.host, address.port, address.database, address.user, "", True, "tester"
    )
    monkeypatch.setattr(prompts, "connect_to_server", lambda _p, _i=None, _m="": typed)
    window = make_window()
    window.team.connect_server.trigger()
    qtbot.waitUntil(lambda: window.project is not None, timeout=15000)  # type: ignore[attr-defined]
    assert window.project is not None
    assert window.project.location == pg_url and window.project.coder == "tester"
    assert window.settings.recent_projects[0] == pg_url
    assert window.team.coder_label.text() == "Signed in as tester"
    assert window.team.timer.isActive()


def test_a_password_is_asked_again_and_kept_in_the_keyring(
    make_window: Callable[[], MainWindow],
    pg_url: str,  # noqa: F811
    memory_keyring: object,  # noqa: F811
    monkeypatch: pytest.MonkeyPatch,
    qtbot: object,
) -> None:
    """The test server trusts local connections, so its first refusal is played here; the
    second attempt, with the password typed, reaches the real server."""
    address = team.ServerAddress.from_url(pg_url)
    real_connect = team.connect
    attempts: list[str | None] = []

    def connect(where: team.ServerAddress, password: str | None = None, **how: object) -> Project:
        attempts.append(password)
        if password is None:
            raise PasswordNeeded(f"the server at {where.host} wants a password", "connect")
        return real_connect(where, password, **how)  # type: ignore[arg-type]

    monkeypatch.setattr(team, "connect", connect)
    asked: list[tuple[ServerLogin | None, str]] = []

    def dialog(_p: object, initial: ServerLogin | None = None, problem: str = "") -> ServerLogin:
        asked.append((initial, problem))
        assert initial is not None
        return ServerLogin(initial.host, initial.port, initial.database, initial.user, "pw")

    monkeypatch.setattr(prompts, "connect_to_server", dialog)
    window = make_window()
    assert window.open_project(pg_url)  # as from the recent projects: no password
    qtbot.waitUntil(lambda: window.project is not None, timeout=15000)  # type: ignore[attr-defined]
    assert attempts == [None, "pw"]
    initial, problem = asked[0]
    assert "wants a password" in problem
    assert initial == ServerLogin(address.host, address.port, address.database, address.user)
    assert team.has_stored_password(address)
    assert window.settings.recent_projects[0] == pg_url and "pw" not in pg_url


# -- agreement ------------------------------------------------------------------------------


def test_agreement_shows_the_services_numbers(
    alice_window: MainWindow, desk: Desk, qtbot: object
) -> None:
    from desktop_app.domain.agreement import agreement_table
    from desktop_app.gui.agreement_view import shown_value
    from desktop_app.services.agreement import project_agreement

    window = alice_window
    with Project.open(desk.path, coder="bob") as bob:
        markup.annotate(bob, desk.source_id, 0, 20, [desk.condition])
        header, rows = agreement_table(project_agreement(bob))
    window.agreement.action.trigger()
    qtbot.waitUntil(lambda: window.agreement.view is not None)  # type: ignore[attr-defined]
    view = window.agreement.view
    assert view is not None and view.isVisible()
    cells = view.cells()
    assert cells == [[shown_value(h, v) for h, v in zip(header, row, strict=True)] for row in rows]
    by_code = {row[1]: dict(zip(header, row, strict=True)) for row in cells}
    assert by_code["Conditions set"]["Spans: alice"] == "2"
    assert by_code["Conditions set"]["Spans: bob"] == "2"
    alpha = by_code["Conditions set"]["Alpha (unitized)"]
    assert alpha != "—" and -1 < float(alpha) < 1  # they disagree: below chance here


def test_agreement_with_one_coder_says_why_not(
    make_window: Callable[[], MainWindow],
    project_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, TEXT)
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
        markup.annotate(alice, source_id, 0, 21, [condition.id])
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_report", lambda _p, _t, text, details="": reports.append((text, details))
    )
    window = make_window()
    assert window.open_project(project_path)
    window.agreement.action.trigger()
    assert reports == [
        (
            "Agreement needs two or more people who marked up the same sources.",
            "Coders with annotations: alice.",
        )
    ]
    assert window.agreement.view is None and not window.agreement.running


def test_no_agreement_against_the_samples_coder(
    qtbot: object, window: MainWindow, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """A solo analyst on the sample: no agreement dialog, and no Agreement sheet, against the
    sample's mark-up; the sample's coder is named as such."""
    from desktop_app.domain.model import SAMPLE_CODER
    from desktop_app.services import exports
    from desktop_app.services.exports import ExportOptions

    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_report", lambda _p, _t, text, details="": reports.append((text, details))
    )
    project = window.project
    assert project is not None and project.coder != SAMPLE_CODER
    source_id = window.reader.source_id
    assert source_id is not None
    condition = next(
        c for c in window.codes.values() if c.kind == CodeKind.CONDITION and not c.builtin
    )
    markup.annotate(project, source_id, 0, 12, [condition.id])  # the analyst's own mark-up
    window.agreement.action.trigger()
    assert len(reports) == 1
    text, details = reports[0]
    assert text == "Agreement needs two or more people who marked up the same sources."
    assert f"{SAMPLE_CODER} (the sample project's mark-up)" in details
    assert window.agreement.view is None

    import openpyxl

    target = tmp_path / "solo.xlsx"
    exports.export(project, target, ExportOptions())
    book = openpyxl.load_workbook(target, read_only=True)
    assert "Agreement" not in book.sheetnames
    book.close()

    chosen: list[list[tuple[str, str, bool]]] = []
    monkeypatch.setattr(
        prompts, "choose_many", lambda _p, _t, _x, items, **_k: chosen.append(items) or None
    )
    window.team.ask_chosen()
    shown = [label for _name, label, _ticked in chosen[0]]
    assert any(
        label.startswith(f"{SAMPLE_CODER} (the sample project's mark-up)") for label in shown
    )


def test_imported_coders_are_not_compared(
    make_window: Callable[[], MainWindow], project_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Coders that came with an imported project are shown as such and not compared with the
    analyst who signed in here."""
    from desktop_app.domain.model import CoderOrigin

    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, TEXT)
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
        markup.annotate(alice, source_id, 0, 21, [condition.id])
    with Project.open(project_path, coder="MAXQDA user") as other:
        markup.annotate(other, source_id, 0, 20, [condition.id])
        other.set_coder_origin("MAXQDA user", CoderOrigin.IMPORTED)
    reports: list[tuple[str, str]] = []
    monkeypatch.setattr(
        prompts, "show_report", lambda _p, _t, text, details="": reports.append((text, details))
    )
    window = make_window()
    window.settings.coder = "alice"
    assert window.open_project(project_path)
    window.agreement.action.trigger()
    assert reports and "MAXQDA user (imported with a project)" in reports[0][1]
    assert window.agreement.view is None


def test_the_briefings_analyst_is_the_coders_display_name(
    alice_window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.gui.export_dialog import ExportDialog

    seen: list[str] = []

    def ask(_parent: object, *_args: object, analyst: str = "", **_kwargs: object):  # type: ignore[no-untyped-def]
        seen.append(analyst)
        return None, False

    monkeypatch.setattr(ExportDialog, "ask", ask)
    alice_window.commands.export_briefing.trigger()
    assert seen == ["alice"]  # signed in as alice: her coder name, not the login
    monkeypatch.setattr(team, "default_coder", lambda: "alice")
    monkeypatch.setattr(team, "account_full_name", lambda: "Alice Analyst")
    alice_window.commands.export_briefing.trigger()
    assert seen[-1] == "Alice Analyst"  # the coder is the login: the account's full name

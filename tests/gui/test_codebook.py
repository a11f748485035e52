"""Codebook editing from the window: add, details (speaker aliases), rename, recolour, move,
merge and delete — each one undoable, each visible in the panel and the highlights."""

from __future__ import annotations

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.gui import prompts
from desktop_app.gui.dialogs.code_dialog import CodeDialog
from desktop_app.gui.dialogs.pick_dialog import PickDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import codebook, markup


def code_named(window: MainWindow, name: str) -> int:
    return next(c.id for c in window.codes.values() if c.name == name)


def test_add_a_speaker_with_aliases_through_the_dialog(window: MainWindow) -> None:
    project = window.project
    assert project is not None
    root = codebook.root_of_kind(project, CodeKind.SPEAKER)
    window.codebook_controller.add(root.id)
    dialog = window.codebook_controller.dialog
    assert isinstance(dialog, CodeDialog) and dialog.isVisible()
    assert dialog.side.isVisibleTo(dialog) and dialog.role.isVisibleTo(dialog)
    dialog.name.setText("Dmitry Peskov")
    dialog.aliases.setPlainText("Peskov\nДмитрий Песков\nKremlin spokesman")
    dialog.role.setText("Kremlin spokesman")
    dialog.side.setCurrentText("Russia")
    dialog.accept()
    found = codebook.find_codes(project, "песков", CodeKind.SPEAKER)
    assert [c.name for c in found] == ["Dmitry Peskov"]
    assert found[0].speaker.aliases == ("Peskov", "Дмитрий Песков", "Kremlin spokesman")
    assert found[0].speaker.side == "Russia"
    assert "Dmitry Peskov" in [c.name for c in window.codebook_panel.codes()]
    assert window.codebook_panel.current_code_id() == found[0].id
    window.undo()
    window.router.flush()
    assert codebook.find_codes(project, "Peskov") == []


def test_a_nameless_code_is_refused_in_the_dialog(window: MainWindow) -> None:
    window.codebook_controller.add(None)
    dialog = window.codebook_controller.dialog
    assert isinstance(dialog, CodeDialog)
    dialog.accept()
    assert dialog.isVisible() and "needs a name" in dialog.error.text()
    dialog.reject()


def test_editing_details_is_one_undo(window: MainWindow) -> None:
    project = window.project
    assert project is not None
    putin = code_named(window, "Vladimir Putin")
    before = codebook.get_code(project, putin)
    window.codebook_controller.details(putin)
    dialog = window.codebook_controller.dialog
    assert isinstance(dialog, CodeDialog)
    dialog.aliases.setPlainText("\n".join([*before.speaker.aliases, "ВВП"]))
    dialog.description.setPlainText("Speaks for the Kremlin.")
    dialog.accept()
    after = codebook.get_code(project, putin)
    assert after.speaker.aliases[-1] == "ВВП" and after.description == "Speaks for the Kremlin."
    assert window.commands.undo.text() == "&Undo Edit “Vladimir Putin”"
    window.undo()
    assert codebook.get_code(project, putin) == before


def test_rename_and_recolour_repaint_the_highlights(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    withdrawal = code_named(window, "Withdrawal from four regions")
    monkeypatch.setattr(prompts, "ask_text", lambda *_a: "Withdrawal (4 regions)")
    monkeypatch.setattr(prompts, "pick_color", lambda *_a: "#112233")
    window.codebook_controller.rename(withdrawal)
    window.router.flush()  # as the event loop would between two commands
    window.codebook_controller.recolor(withdrawal)
    window.router.flush()
    assert window.codes[withdrawal].name == "Withdrawal (4 regions)"
    marked = [
        a.id
        for a in window.annotations_panel.model_.annotations()
        if a.code_ids
        and window.annotations_panel.model_.data(
            window.annotations_panel.model_.index(window.annotations_panel.model_.row_of(a.id), 1)  # type: ignore[arg-type]
        ).startswith("Withdrawal (4 regions)")
    ]
    assert marked
    assert {window.reader.span(i).color for i in marked} == {"#112233"}  # type: ignore[union-attr]


def test_move_up_and_move_to_another_parent(window: MainWindow) -> None:
    project = window.project
    assert project is not None
    nato = code_named(window, "Renounce NATO membership")
    window.codebook_controller.shift(nato, -1)
    window.router.flush()
    conditions = [c.name for c in codebook.list_codes(project) if c.kind == CodeKind.CONDITION]
    assert conditions[1:3] == ["Renounce NATO membership", "Withdrawal from four regions"]
    places = code_named(window, "Places")
    window.codebook_controller.move(nato)
    dialog = window.codebook_controller.dialog
    assert isinstance(dialog, PickDialog)
    assert dialog.choose(places)
    dialog.accept()
    moved = codebook.get_code(project, nato)
    assert moved.parent_id == places and moved.kind == CodeKind.OTHER


def test_merge_speakers_keeps_the_name_as_alias(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    assert project is not None
    zakharova = code_named(window, "Maria Zakharova")
    putin = code_named(window, "Vladimir Putin")
    marked = markup.list_annotations(project)
    from_zakharova = {a.id for a in marked if zakharova in a.code_ids}
    questions: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _a: questions.append(text) or True)
    window.codebook_controller.merge(zakharova)
    dialog = window.codebook_controller.dialog
    assert isinstance(dialog, PickDialog)
    assert dialog.choose(putin)
    dialog.accept()
    assert "becomes an alias" in questions[0]
    merged = codebook.get_code(project, putin)
    assert "Maria Zakharova" in merged.speaker.aliases
    now = {a.id for a in markup.list_annotations(project) if putin in a.code_ids}
    assert from_zakharova <= now


def test_delete_asks_with_the_impact_and_undo_restores(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    project = window.project
    assert project is not None
    kyiv = code_named(window, "Kyiv")
    before = markup.list_annotations(project)
    asked: list[str] = []
    monkeypatch.setattr(prompts, "confirm", lambda _p, _t, text, _a: asked.append(text) or True)
    window.codebook_controller.delete(kyiv)
    assert "4 codings will be removed" in asked[0]
    assert "4 annotations left without any code will be deleted" in asked[0]
    window.router.flush()
    assert kyiv not in window.codes
    assert len(markup.list_annotations(project)) == len(before) - 4
    window.undo()
    assert markup.list_annotations(project) == before


def test_declining_the_delete_changes_nothing(
    window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    kyiv = code_named(window, "Kyiv")
    monkeypatch.setattr(prompts, "confirm", lambda *_a: False)
    window.codebook_controller.delete(kyiv)
    assert window.project is not None and window.project.undo_label is None

"""Every change is undoable and redoable, and undo restores rows exactly."""

from __future__ import annotations

from desktop_app.domain.model import CodeKind, CodingStatus, SourceMeta
from desktop_app.services import codebook, markup, sources
from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.builders import add_code, add_source

TEXT = "Putin set conditions. Zelensky rejected them. Путин again."


def _state(project: Project) -> tuple:
    snapshot = load_snapshot(project)
    return (snapshot.sources, snapshot.codes, snapshot.annotations, snapshot.links)


def test_undo_and_redo_walk_back_and_forth_through_every_kind_of_change(
    project: Project,
) -> None:
    states = [_state(project)]
    source_id = add_source(project, TEXT)
    states.append(_state(project))
    condition = add_code(project, CodeKind.CONDITION, "Withdrawal")
    states.append(_state(project))
    speaker = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Путин",))
    states.append(_state(project))
    first = markup.annotate(project, source_id, 0, 20, [condition.id, speaker.id])
    states.append(_state(project))
    second = markup.annotate(project, source_id, 22, 45, [condition.id])
    states.append(_state(project))
    markup.link(project, second.id, first.id)
    states.append(_state(project))
    markup.set_note(project, first.id, "a note")
    states.append(_state(project))
    codebook.rename_code(project, condition.id, "Withdrawal of troops")
    states.append(_state(project))
    sources.set_status(project, [source_id], CodingStatus.DONE)
    states.append(_state(project))
    sources.update_metadata(project, source_id, SourceMeta(title="Renamed", outlet="X"))
    states.append(_state(project))
    codebook.delete_code(project, condition.id)
    states.append(_state(project))
    sources.delete_sources(project, [source_id])
    states.append(_state(project))

    for expected in reversed(states[:-1]):
        assert project.undo() is not None
        assert _state(project) == expected
    assert project.undo() is None
    for expected in states[1:]:
        assert project.redo() is not None
        assert _state(project) == expected
    assert project.redo() is None


def test_labels_say_what_will_be_undone(project: Project) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    markup.annotate(project, source_id, 0, 5, [code.id])
    assert project.undo_label == "Mark “Putin” as Withdrawal"
    project.undo()
    assert project.redo_label == "Mark “Putin” as Withdrawal"
    assert project.undo_label == "Add condition “Withdrawal”"


def test_a_new_change_clears_redo(project: Project) -> None:
    add_source(project, TEXT)
    project.undo()
    assert project.redo_label is not None
    add_code(project, CodeKind.CONDITION, "Withdrawal")
    assert project.redo_label is None


def test_listeners_hear_of_changes_after_commit(project: Project) -> None:
    heard: list[ChangeSet] = []
    seen_in_db: list[int] = []

    def listener(change: ChangeSet) -> None:
        heard.append(change)
        seen_in_db.append(len(markup.list_annotations(project)))

    project.subscribe(listener)
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    annotation = markup.annotate(project, source_id, 0, 5, [code.id])
    assert heard[-1].annotations == {annotation.id}
    assert heard[-1].sources == {source_id}
    assert seen_in_db[-1] == 1  # committed before the view hears of it
    project.undo()
    assert heard[-1].undo and heard[-1].annotations == {annotation.id}


def test_changes_survive_reopening(project_path, project: Project) -> None:  # type: ignore[no-untyped-def]
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    markup.annotate(project, source_id, 0, 5, [code.id])
    project.close()
    with Project.open(project_path) as reopened:
        assert [a.quote for a in markup.list_annotations(reopened)] == ["Putin"]

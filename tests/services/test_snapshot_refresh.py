"""A snapshot brought up to date from change sets (what the compare view does after mark-up)
equals a fresh read, after every kind of change — ours, undone, redone, and a colleague's."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.model import CodeKind, CodingStatus, SourceMeta
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.services import codebook, markup, sources, team
from desktop_app.services.changes import ChangeSet
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot, refresh_snapshot
from tests.builders import add_source, build_random


def _same(refreshed: ProjectSnapshot, fresh: ProjectSnapshot) -> None:
    assert refreshed == fresh
    assert refreshed.annotation_rows == fresh.annotation_rows  # versions and editors too
    assert [s.version for s in refreshed.sources] == [s.version for s in fresh.sources]
    assert [c.version for c in refreshed.codes] == [c.version for c in fresh.codes]


class Follower:
    """Keeps a snapshot current from the change sets it hears, as the compare view does."""

    def __init__(self, project: Project) -> None:
        self.project = project
        self.snapshot = load_snapshot(project)
        self.heard: list[ChangeSet] = []
        project.subscribe(self.heard.append)

    def catch_up(self, extra: ChangeSet | None = None) -> ProjectSnapshot:
        heard = [*self.heard, *([extra] if extra else [])]
        assert heard and not any(c.project or c.source_texts for c in heard)
        changed = set().union(*(c.annotations for c in heard))
        touched = set().union(*(c.sources for c in heard))
        self.snapshot = refresh_snapshot(self.project, self.snapshot, changed, touched)
        self.heard.clear()
        _same(self.snapshot, load_snapshot(self.project))
        return self.snapshot


def test_each_kind_of_mark_up_change(project: Project) -> None:
    ids = build_random(project)
    follower = Follower(project)
    before = follower.snapshot
    text = sources.get_text(project, ids[0])
    condition = next(c for c in codebook.list_codes(project) if c.name == "Condition 1")
    made = markup.annotate(project, ids[0], 3, 20, [condition.id])
    after = follower.catch_up()
    assert len(after.annotations) == len(before.annotations) + 1
    assert after.texts is before.texts  # texts are kept, not read again
    assert after.sources[1] is before.sources[1]  # and so are sources nothing changed
    assert made.quote == text[3:20]

    markup.set_note(project, made.id, "a note")
    follower.catch_up()
    markup.set_bounds(project, made.id, 5, 25)
    follower.catch_up()
    speakers = [c for c in codebook.list_codes(project) if c.kind == CodeKind.SPEAKER]
    markup.add_codes(project, made.id, [speakers[1].id])
    follower.catch_up()
    other = follower.snapshot.annotation_rows[10][0]
    link = markup.link(project, made.id, other)
    follower.catch_up()
    markup.unlink(project, link.id)
    follower.catch_up()
    markup.delete_annotations(project, [made.id, other])
    follower.catch_up()
    assert made.id not in follower.snapshot.annotation_rows_by_id


def test_codebook_and_source_changes(project: Project) -> None:
    ids = build_random(project)
    follower = Follower(project)
    codes = {c.name: c for c in codebook.list_codes(project)}
    codebook.rename_code(project, codes["Condition 2"].id, "Ceasefire")
    follower.catch_up()
    codebook.merge_codes(project, codes["Condition 3"].id, codes["Condition 4"].id)
    follower.catch_up()
    codebook.delete_code(project, codes["Zelensky"].id)
    follower.catch_up()
    sources.set_status(project, ids[2:4], CodingStatus.IN_PROGRESS)
    follower.catch_up()
    sources.update_metadata(project, ids[1], SourceMeta(title="Renamed", outlet="Elsewhere"))
    follower.catch_up()


def test_undo_and_redo(project: Project) -> None:
    ids = build_random(project)
    follower = Follower(project)
    markup.delete_annotations(project, [a[0] for a in follower.snapshot.annotation_rows[:7]])
    follower.catch_up()
    project.undo()
    follower.catch_up()
    project.redo()
    follower.catch_up()
    codebook.delete_code(project, codebook.list_codes(project)[3].id)
    follower.catch_up()
    project.undo()
    follower.catch_up()
    assert ids


def test_a_colleagues_change_from_the_feed(project: Project, project_path: Path) -> None:
    build_random(project)
    follower = Follower(project)
    cursor = team.latest_change(project)
    with Project.open(project_path, coder="colleague") as colleague:
        rows = load_snapshot(colleague).annotation_rows
        markup.delete_annotations(colleague, [rows[0][0]])
        markup.set_note(colleague, rows[5][0], "seen by a colleague")
        condition = next(c for c in codebook.list_codes(colleague) if c.name == "Condition 0")
        markup.annotate(colleague, rows[9][2], 0, 12, [condition.id])
    update = team.changes_since(project, cursor)
    assert update.combined is not None and not follower.heard
    follower.catch_up(update.combined)


def test_sources_added_or_removed_mean_reading_everything(project: Project) -> None:
    ids = build_random(project)
    snapshot = load_snapshot(project)
    added = add_source(project, "A new report about Putin.", "New")
    refreshed = refresh_snapshot(project, snapshot, [])
    assert added in refreshed.texts and refreshed.texts is not snapshot.texts
    _same(refreshed, load_snapshot(project))
    sources.delete_sources(project, [ids[0]])
    refreshed = refresh_snapshot(project, refreshed, [])
    assert ids[0] not in refreshed.texts
    _same(refreshed, load_snapshot(project))

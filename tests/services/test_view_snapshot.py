"""The compare view's snapshot (``load_view_snapshot``: of each annotation only where it is, its
codes and coder; the rest read when asked for) compares exactly as the full one the exports read:
on a project with several coders, notes, several codes per annotation, links and a deleted
source; for every coder alone; for chosen sources; brought up to date after mark-up, undo and a
colleague's change; and its matrices, outlet-group and timeline findings are made without
reading the rows."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.comparison import Comparison, compare
from desktop_app.domain.outlet_coverage import outlet_findings
from desktop_app.domain.snapshot import AnnotationRows, ProjectSnapshot, only_coder
from desktop_app.services import codebook, markup, sources, variants
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot, load_view_snapshot, refresh_snapshot
from tests.builders import build_random


def _lean(snapshot: ProjectSnapshot) -> bool:
    annotations = snapshot.annotations
    return isinstance(annotations, AnnotationRows) and annotations.lean


def _structure(comparison: Comparison) -> object:
    """What the matrices and their totals show, read without making an excerpt."""
    return [
        (key, cells.count(key), cells.code_totals(key[0]))
        for cells in (
            comparison.condition_cells,
            comparison.speaker_cells,
            comparison.stance_cells,
        )
        for key in sorted(cells)
    ] + [comparison.excerpt_ids, comparison.excerpt_count]


def _many_hands(project: Project, project_path: Path) -> list[int]:
    """``build_random``, then a colleague's mark-up with notes and several codes, notes of
    ours, and one source deleted with its mark-up."""
    ids = build_random(project)
    codes = {c.name: c for c in codebook.list_codes(project)}
    with Project.open(project_path, coder="colleague") as colleague:
        for number, source_id in enumerate(ids[:4]):
            made = markup.annotate(
                colleague,
                source_id,
                5 + number,
                40 + number,
                [codes["Condition 1"].id, codes["Zelensky"].id, codes["Rejects"].id],
            )
            markup.set_note(colleague, made.id, f"the colleague's note {number}")
    rows = load_snapshot(project).annotation_rows
    markup.set_note(project, rows[3].id, "ours")
    markup.set_note(project, rows[40].id, "ours, with «quotes» and a\nsecond line")
    sources.delete_sources(project, [ids[5]])
    return ids


def test_the_view_snapshot_compares_as_the_full_one(project: Project, project_path: Path) -> None:
    ids = _many_hands(project, project_path)
    lean, full = load_view_snapshot(project), load_snapshot(project)
    assert _lean(lean)
    assert len({row.coder for row in full.annotation_rows}) == 2
    assert sum(1 for row in full.annotation_rows if row.note) >= 6
    assert any(len(row.code_ids) >= 3 for row in full.annotation_rows)
    assert lean.links and lean.links == full.links

    compared, expected = compare(lean), compare(full)
    assert _structure(compared) == _structure(expected)
    assert outlet_findings(compared) == outlet_findings(expected)  # outlet groups, timeline
    assert lean.people_coding_together == full.people_coding_together
    assert _lean(lean)  # none of that read a row

    # One cell shown: its excerpts (quotes, notes, context) read, not every row.
    key = next(iter(compared.condition_cells))
    assert compared.condition_cells[key] == expected.condition_cells[key]
    assert _lean(lean)

    assert lean == full  # every row read, as the full read has them (the Variants tab does)
    assert compared == expected  # every excerpt, reaction and coverage row
    assert compare(lean, ids[1:3]) == compare(full, ids[1:3])
    assert variants.variant_report(lean) == variants.variant_report(full)


def test_each_coder_alone(project: Project, project_path: Path) -> None:
    _many_hands(project, project_path)
    lean, full = load_view_snapshot(project), load_snapshot(project)
    for coder in {row.coder for row in full.annotation_rows}:
        mine = only_coder(lean, coder)
        assert _lean(mine)
        assert _structure(compare(mine)) == _structure(compare(only_coder(full, coder)))
        assert compare(mine) == compare(only_coder(full, coder))


def test_brought_up_to_date_it_stays_lean_and_right(project: Project, project_path: Path) -> None:
    ids = _many_hands(project, project_path)
    snapshot = load_view_snapshot(project)
    heard: list[set[int]] = []
    project.subscribe(lambda change: heard.append(set(change.annotations)))

    def catch_up() -> None:
        nonlocal snapshot
        changed = set().union(*heard)
        heard.clear()
        fresher = refresh_snapshot(project, snapshot, changed, [])
        assert _lean(fresher) and fresher.texts is snapshot.texts
        snapshot = fresher
        full = load_snapshot(project)
        assert _structure(compare(snapshot)) == _structure(compare(full))
        assert compare(snapshot) == compare(full)

    condition = next(c for c in codebook.list_codes(project) if c.name == "Condition 2")
    made = markup.annotate(project, ids[0], 2, 30, [condition.id])
    catch_up()
    markup.set_bounds(project, made.id, 4, 33)
    catch_up()
    markup.delete_annotations(project, [made.id, snapshot.annotation_places[7].id])
    catch_up()
    project.undo()
    catch_up()
    sources.delete_sources(project, [ids[0]])  # a source went: everything read again, lean
    refreshed = refresh_snapshot(project, snapshot, [], [ids[0]])
    assert _lean(refreshed) and refreshed.texts is not snapshot.texts
    assert compare(refreshed) == compare(load_snapshot(project))
    # The Variants tab reads every row: from then on the snapshot is brought up to date whole.
    assert refreshed.annotation_rows == load_snapshot(project).annotation_rows
    heard.clear()
    markup.set_note(project, refreshed.annotation_places[0].id, "read whole")
    whole = refresh_snapshot(project, refreshed, set().union(*heard), [])
    assert not _lean(whole) and whole == load_snapshot(project)


def test_a_row_changed_after_the_places_were_read_shows_where_the_matrix_has_it(
    project: Project,
) -> None:
    """Rows are read when a cell is shown, as they are then; the excerpt keeps the place (and
    the quote of the text there) the matrix counted, until the change set brings the view up
    to date."""
    build_random(project)
    lean = load_view_snapshot(project)
    compared = compare(lean)
    conditions = {c.id for c in compared.conditions}
    place = next(p for p in lean.annotation_places if conditions & set(p.code_ids))
    key = (next(i for i in place.code_ids if i in conditions), place.source_id)
    text = lean.texts[place.source_id]
    markup.set_bounds(project, place.id, place.start + 1, place.end + 2)
    markup.set_note(project, place.id, "written after the read")
    shown = {e.annotation_id: e for e in compared.condition_cells[key]}[place.id]
    assert (shown.start, shown.end) == (place.start, place.end)
    assert shown.quote == text[place.start : place.end]
    assert shown.note == "written after the read"  # the rest of the row is as it is now

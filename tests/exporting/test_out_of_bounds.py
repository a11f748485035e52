"""Annotations whose positions lie outside their source — only a damaged or hand-edited
project file holds them — are left out of every export with a note naming them, in the one
place every export reads: the snapshot. They used to crash the .xlsx, .pdf, .json and .csv
exports ("unexpected IndexError") and went silently into the .qdpx."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli.main import main
from desktop_app.domain.comparison import compare
from desktop_app.domain.snapshot import AnnotationRows, AnnotationTuple, within_bounds
from desktop_app.services import markup
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot, load_view_snapshot, refresh_snapshot
from tests.exporting.projects import build_sample

# annotation (by position in the sample) → the broken (start, end) written into the file
BROKEN = {
    0: (500, 400),  # start after end
    1: (-5, 487),  # negative start
    2: (10_000, 10_010),  # far past the end of the text
    3: (-9_000, -8_000),  # both negative
    4: (2_000, 2_816),  # ends one past the end of a 2,815-character text
}


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, dict[int, str]]]:
    """The sample project with five annotations of its first source given impossible
    positions by a raw UPDATE, as a damaged or hand-edited file would hold them; the GUIDs
    of the damaged annotations by id."""
    folder = tmp_path_factory.mktemp("damaged")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        path = build_sample(folder)
        with Project.open(path) as project:
            snapshot = load_snapshot(project)
        first = snapshot.sources[0].id
        assert len(snapshot.texts[first]) == 2_815
        rows = [a for a in snapshot.annotations if a.source_id == first]
        linked = {link.from_id for link in snapshot.links} | {link.to_id for link in snapshot.links}
        assert any(rows[i].id in linked for i in BROKEN), "a damaged annotation has a link"
        connection = sqlite3.connect(path)
        with connection:
            for index, (start, end) in BROKEN.items():
                connection.execute(
                    'UPDATE annotations SET start = ?, "end" = ? WHERE id = ?',
                    (start, end, rows[index].id),
                )
        connection.close()
        yield path, {rows[i].id: rows[i].guid for i in BROKEN}


def _notes(capsys: pytest.CaptureFixture[str]) -> list[str]:
    captured = capsys.readouterr()
    assert "error" not in captured.err, captured.err
    return [line for line in captured.err.splitlines() if line.startswith("parley: note: ")]


def _says_which(notes: list[str], broken: dict[int, str]) -> None:
    [note] = [n for n in notes if "outside their source" in n]
    assert "left out 5 annotation(s)" in note
    for annotation_id, (start, end) in zip(broken, BROKEN.values(), strict=True):
        assert f"annotation {annotation_id} in “Putin Names" in note
        assert f"(start {start}, end {end}," in note
    assert "link(s) to or from them are left out too" in note


@pytest.mark.parametrize("suffix", [".xlsx", ".pdf", ".json", ".csv", ".qdpx"])
def test_every_export_leaves_them_out_and_names_them(
    damaged: tuple[Path, dict[int, str]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    suffix: str,
) -> None:
    path, broken = damaged
    out = tmp_path / f"out{suffix}"
    assert main(["export", str(path), str(out)]) == 0
    _says_which(_notes(capsys), broken)
    with Project.open(path) as project:
        total = project.summary().annotation_count
    kept = total - len(broken)
    guids = set(broken.values())
    if suffix == ".json":
        excerpts = json.loads(out.read_text("utf-8"))["excerpts"]
        assert len(excerpts) == kept
        assert not guids & {e["annotation_guid"] for e in excerpts}
    elif suffix == ".csv":
        records = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"), newline="")))
        assert len(records) == kept
        assert not guids & {r["Annotation GUID"] for r in records}
    elif suffix == ".xlsx":
        book = openpyxl.load_workbook(out, read_only=True)
        rows = sum(1 for _ in book["Excerpts"].iter_rows(min_row=2))
        book.close()  # a read-only workbook holds its file open until closed
        assert rows == kept
    elif suffix == ".qdpx":
        with zipfile.ZipFile(out) as archive:
            qde = archive.read("project.qde").decode("utf-8")
        assert qde.count("<PlainTextSelection ") == kept
        assert not any(guid in qde for guid in guids)
        assert 'startPosition="-' not in qde
    else:
        assert out.read_bytes().startswith(b"%PDF")


def test_the_snapshot_keeps_them_aside_through_a_refresh(
    damaged: tuple[Path, dict[int, str]],
) -> None:
    path, broken = damaged
    with Project.open(path) as project:
        snapshot = load_snapshot(project)
        assert {row.id for row in snapshot.out_of_bounds} == set(broken)
        assert not set(broken) & {a.id for a in snapshot.annotations}
        assert all(
            link.from_id not in broken and link.to_id not in broken for link in snapshot.links
        )
        assert snapshot.out_of_bounds_links > 0
        # A change elsewhere: the compare view's refreshed snapshot still sets them aside.
        other = next(a for a in snapshot.annotations if a.source_id != snapshot.sources[0].id)
        markup.set_note(project, other.id, "checked")
        refreshed = refresh_snapshot(project, snapshot, [other.id])
        assert refreshed == load_snapshot(project)
        assert {row.id for row in refreshed.out_of_bounds} == set(broken)


def test_the_compare_views_read_sets_them_aside_too(damaged: tuple[Path, dict[int, str]]) -> None:
    path, broken = damaged
    with Project.open(path) as project:
        lean, full = load_view_snapshot(project), load_snapshot(project)
        assert isinstance(lean.annotations, AnnotationRows)
        assert {place.id for place in lean.annotations.left_out} == set(broken)
        assert lean.out_of_bounds_links == full.out_of_bounds_links > 0
        assert compare(lean) == compare(full)
        other = next(a for a in full.annotations if a.source_id != full.sources[0].id)
        markup.set_note(project, other.id, "checked again")
        refreshed = refresh_snapshot(project, lean, [other.id])
        assert isinstance(refreshed.annotations, AnnotationRows)
        assert {place.id for place in refreshed.annotations.left_out} == set(broken)
        assert compare(refreshed) == compare(load_snapshot(project))


def test_a_subset_without_them_has_no_note(
    damaged: tuple[Path, dict[int, str]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, _ = damaged
    out = tmp_path / "second.json"
    assert main(["export", str(path), str(out), "--source", "2"]) == 0
    assert not [n for n in _notes(capsys) if "outside their source" in n]


def test_the_bounds_are_code_points_of_the_text_end_exclusive() -> None:
    def row(annotation_id: int, start: int, end: int, source_id: int = 1) -> AnnotationTuple:
        return AnnotationTuple(
            annotation_id, "", source_id, start, end, "", (), "", "", "", "", 1, ""
        )

    texts = {1: "🙅 no", 2: ""}  # 4 code points (5 UTF-16 units)
    rows = [
        row(1, 0, 4),
        row(2, 4, 4),
        row(3, 0, 0, 2),
        row(4, 0, 5),
        row(5, 3, 2),
        row(6, 0, 1, 9),
    ]
    kept, outside = within_bounds(rows, texts)
    assert [r[0] for r in kept] == [1, 2, 3]
    assert [r[0] for r in outside] == [4, 5, 6]  # past the end, reversed, no such text

"""``parley import PROJECT FILE.qdpx`` and ``parley export PROJECT OUT.qdpx``."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services import markup, sources
from desktop_app.services.project import Project
from tests.refi.archives import (
    G,
    basic_codebook,
    project_xml,
    schema_errors,
    selection,
    text_source,
    write_qdpx,
)

TEXT = "Putin demanded a withdrawal. Kyiv rejected it."


def _archive(tmp_path: Path) -> Path:
    sel = selection(G["sel1"], 0, 27, "Putin demanded a withdrawal", [G["withdrawal"]])
    sel += selection(G["sel2"], 99, 120, "beyond the end", [G["rejects"]])
    source = text_source(G["src1"], "Report", path=f"internal://{G['src1']}.txt", selections=sel)
    picture = f'<PictureSource guid="{G["pic1"]}" name="photo.jpg"/>'
    return write_qdpx(
        tmp_path / "vendor.qdpx",
        project_xml(codes=basic_codebook(), sources=source + picture),
        {f"sources/{G['src1']}.txt": TEXT},
    )


def test_import_creates_the_project_and_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "new.parley"
    assert main(["import", str(target), str(_archive(tmp_path))]) == 0
    captured = capsys.readouterr()
    assert captured.out.startswith("imported vendor.qdpx: 1 source(s), 1 annotation(s)")
    assert "parley: note: 1 picture source (Parley keeps text only): “photo.jpg”" in captured.err
    assert "parley: note: 1 selection outside their source's text" in captured.err
    with Project.open(target) as project:
        [annotation] = markup.list_annotations(project)
        assert annotation.quote == "Putin demanded a withdrawal"


def test_export_then_import_through_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = tmp_path / "first.parley"
    assert main(["import", str(first), str(_archive(tmp_path))]) == 0
    out = tmp_path / "out.qdpx"
    assert main(["export", str(first), str(out)]) == 0
    captured = capsys.readouterr()
    assert f"wrote {out}" in captured.out
    assert "parley: note: sources' original file names" in captured.err
    assert schema_errors(out) == []
    second = tmp_path / "second.parley"
    assert main(["import", str(second), str(out)]) == 0
    with Project.open(second) as project:
        assert [s.title for s in sources.list_sources(project)] == ["Report"]
        assert [a.quote for a in markup.list_annotations(project)] == [
            "Putin demanded a withdrawal"
        ]


def test_a_refused_archive_is_one_line_and_exit_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.qdpx"
    bad.write_bytes(b"this is not a zip")
    target = tmp_path / "p.parley"
    assert main(["import", str(target), str(bad)]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert err == [
        "parley: error: bad.qdpx: not a REFI-QDA project (the file is not a zip archive) — "
        "export the project again from the other program as REFI-QDA (.qdpx)"
    ]
    # The project this call would have created is not left behind, empty.
    assert not target.exists()


def _second_archive(folder: Path) -> Path:
    text = "Zelensky answered the ultimatum."
    sel = selection(G["sel3"], 0, 8, "Zelensky", [G["rejects"]])
    source = text_source(G["src2"], "Answer", content=text, selections=sel)
    return write_qdpx(
        folder / "second.qdpx", project_xml(codes=basic_codebook(), sources=source, name="Two")
    )


def test_a_folder_holding_only_archives_imports_each(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    (folder / "older").mkdir(parents=True)
    _archive(folder)
    _second_archive(folder / "older")
    target = tmp_path / "p.parley"
    assert main(["import", str(target), str(folder)]) == 0
    captured = capsys.readouterr()
    out = captured.out.splitlines()
    assert [line.split(":")[0] for line in out] == [
        "imported second.qdpx",  # sorted walk: "older/second.qdpx" before "vendor.qdpx"
        "imported vendor.qdpx",
    ]
    assert "not a type Parley imports" not in captured.err
    with Project.open(target) as project:
        assert sorted(s.title for s in sources.list_sources(project)) == ["Answer", "Report"]
        assert sorted(a.quote for a in markup.list_annotations(project)) == [
            "Putin demanded a withdrawal",
            "Zelensky",
        ]


def test_a_damaged_archive_in_a_folder_is_refused_and_the_rest_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "exports"
    folder.mkdir()
    _second_archive(folder)
    (folder / "broken.qdpx").write_bytes(b"this is not a zip")
    (folder / "note.txt").write_text("Kyiv rejected the ultimatum on Friday.\n", "utf-8")
    target = tmp_path / "p.parley"
    assert main(["import", str(target), str(folder)]) == 1
    captured = capsys.readouterr()
    assert "imported second.qdpx" in captured.out
    assert "added 1: " in captured.out
    assert "parley: error: broken.qdpx: not a REFI-QDA project" in captured.err
    # One path given, one refusal: the refusal is the error line itself (as for any folder).
    assert captured.err.strip().splitlines()[-1].startswith("parley: error: broken.qdpx")

"""``parley import --encoding NAME``: one encoding for every text-like file, whatever detection
or a page's charset says; an unknown name refused before anything is imported; a file with bytes
the encoding does not define refused in one line while the others go in."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services import sources
from desktop_app.services.project import Project
from tests.importers.builders import docx_bytes

HEADLINE = "Съезд депутатов"  # too short for detection: cp866 is read as Greek without a hint
STATEMENT = "Заявление МИД России о переговорах в Стамбуле"


def run(*args: str | Path) -> int:
    return main([str(a) for a in args])


def _texts(project: Path) -> dict[str, tuple[str, str, str]]:
    with Project.open(project) as opened:
        return {
            s.original_name: (
                sources.get_text(opened, s.id),
                s.variables.get("encoding", ""),
                s.variables.get("encoding_confidence", ""),
            )
            for s in sources.list_sources(opened)
        }


def test_the_named_encoding_reads_text_markdown_and_pages(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "headline.txt").write_bytes(HEADLINE.encode("cp866"))
    (tmp_path / "in" / "note.md").write_bytes(f"# {HEADLINE}\n\n{STATEMENT}\n".encode("cp866"))
    # A page whose declaration is wrong (Windows Western on Cyrillic bytes): it decodes, wrongly.
    page = (
        "<html><head><meta charset='windows-1252'><title>x</title></head><body><article>"
        f"<p>{STATEMENT}. {STATEMENT}.</p></article></body></html>"
    )
    (tmp_path / "in" / "page.html").write_bytes(page.encode("cp866"))
    project = tmp_path / "p.parley"

    assert run("import", project, tmp_path / "in", "--encoding", "IBM866") == 0
    captured = capsys.readouterr()
    assert "warning" not in captured.err
    texts = _texts(project)
    chosen = "chosen by the analyst"
    assert texts["headline.txt"] == (HEADLINE, "cp866", chosen)
    assert texts["note.md"] == (f"# {HEADLINE}\n\n{STATEMENT}\n", "cp866", chosen)
    assert texts["page.html"][0] == f"{STATEMENT}. {STATEMENT}."
    assert texts["page.html"][1:] == ("cp866", chosen)


def test_without_it_detection_guesses(tmp_path: Path) -> None:
    path = tmp_path / "headline.txt"
    path.write_bytes(HEADLINE.encode("cp866"))
    project = tmp_path / "p.parley"
    assert run("import", project, path) == 0
    text, encoding, _ = _texts(project)["headline.txt"]
    assert (text, encoding) == (HEADLINE.encode("cp866").decode("cp737"), "cp737")


@pytest.mark.parametrize("name", ["klingon-8", "base64", "rot13", ""])
def test_an_unknown_encoding_is_refused_before_anything_is_imported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    path = tmp_path / "headline.txt"
    path.write_bytes(HEADLINE.encode("cp866"))
    project = tmp_path / "p.parley"
    assert run("import", project, path, "--encoding", name) == 1
    err = capsys.readouterr().err.splitlines()
    assert err == [
        f"parley: error: “{name}” is not a text encoding Parley knows — name one such as "
        "utf-8, cp1251, koi8-r, cp1252, iso8859-2, shift_jis or gb18030"
    ]
    assert not project.exists()


def test_a_file_the_encoding_does_not_fit_is_refused_and_the_others_go_in(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = tmp_path / "good.txt"
    good.write_bytes(STATEMENT.encode("utf-8"))
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"Kyiv \xff and \xfe talks")
    project = tmp_path / "p.parley"
    assert run("import", project, good, bad, "--encoding", "utf-8") == 1
    err = capsys.readouterr().err.splitlines()
    assert err[0] == (
        "parley: error: bad.txt: is not utf-8 text: 2 byte sequence(s) are not utf-8, the "
        "first at byte 5 — name the encoding the file was saved in, or let Parley detect it"
    )
    assert err[1] == "parley: 1 file refused, 1 added; the project holds only the added ones"
    assert _texts(project) == {"good.txt": (STATEMENT, "utf-8", "chosen by the analyst")}


def test_formats_that_name_their_own_encoding_say_it_was_not_used(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "statement.docx"
    path.write_bytes(docx_bytes([STATEMENT]))
    project = tmp_path / "p.parley"
    assert run("import", project, path, "--encoding", "cp1251") == 0
    assert (
        "parley: warning: statement.docx: the encoding cp1251 was not used: this format names "
        "its own" in capsys.readouterr().err
    )
    assert _texts(project)["statement.docx"][0] == STATEMENT

"""``parley export PROJECT OUTPUT``: formats by suffix, exit codes, one-line errors, and no
partial file whatever goes wrong."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli.main import main
from desktop_app.services import sources
from desktop_app.services.project import Project
from tests.exporting.projects import build_sample


@pytest.fixture(scope="module")
def sample_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    folder = tmp_path_factory.mktemp("cli-sample")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        yield build_sample(folder)


def _run(*args: object) -> int:
    return main([str(a) for a in args])


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    lines = capsys.readouterr().err.strip().splitlines()
    assert len(lines) == 1, lines
    assert lines[0].startswith("parley: error: ") and " — " in lines[0]
    assert "Traceback" not in lines[0]
    return lines[0]


def test_export_xlsx(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "Peace conditions.xlsx"
    assert _run("export", sample_project, out) == 0
    assert f"wrote {out}" in capsys.readouterr().out
    workbook = openpyxl.load_workbook(out)
    assert workbook.sheetnames[:2] == ["Summary", "Conditions by source"]
    with Project.open(sample_project) as project:
        titles = [s.title for s in sources.list_sources(project)]
    header = next(workbook["Conditions by source"].iter_rows(max_row=1, values_only=True))
    assert list(header[3:]) == titles


def test_export_csv_and_json(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("export", sample_project, tmp_path / "x.csv") == 0
    assert _run("export", sample_project, tmp_path / "x.json") == 0
    rows = list(csv.DictReader(io.StringIO((tmp_path / "x.csv").read_text("utf-8-sig"))))
    document = json.loads((tmp_path / "x.json").read_text("utf-8"))
    assert len(rows) == len(document["excerpts"]) > 0
    assert [r["Annotation GUID"] for r in rows] == [
        e["annotation_guid"] for e in document["excerpts"]
    ]


def test_export_a_chosen_source(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "one.xlsx"
    assert _run("export", sample_project, out, "--source", "Putin Sets") == 0
    excerpts = openpyxl.load_workbook(out)["Excerpts"]
    named = {str(row[0]) for row in excerpts.iter_rows(min_row=2, values_only=True)}
    assert len(named) == 1 and next(iter(named)).startswith("Putin Sets")


def test_unknown_suffix(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("export", sample_project, tmp_path / "out.txt") == 1
    assert "use one of .xlsx" in _one_error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_target_is_a_folder(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "already.xlsx"
    folder.mkdir()
    assert _run("export", sample_project, folder) == 1
    assert "is a folder" in _one_error_line(capsys)
    assert list(folder.iterdir()) == []


def test_missing_folder(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _run("export", sample_project, tmp_path / "nowhere" / "out.xlsx") == 1
    assert "does not exist" in _one_error_line(capsys)


def _can_still_write(folder: Path) -> bool:
    probe = folder / ".probe"
    try:
        probe.write_bytes(b"")
    except OSError:
        return False
    probe.unlink()
    return True


@pytest.fixture
def unwritable_folder(tmp_path: Path) -> Iterator[Path]:
    """A folder this user cannot write to: a chmod-ed one, or — when permissions are not
    enforced (root) — sysfs, where nobody may create files."""
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    try:
        if not _can_still_write(folder):
            yield folder
            return
        sysfs = Path("/sys")
        if sysfs.is_dir() and not _can_still_write(sysfs):
            yield sysfs
            return
        pytest.skip("no folder this user cannot write to")
    finally:
        folder.chmod(stat.S_IRWXU)


@pytest.mark.parametrize("suffix", [".xlsx", ".csv", ".json"])
def test_read_only_folder_gives_one_line_and_no_partial_file(
    sample_project: Path,
    unwritable_folder: Path,
    capsys: pytest.CaptureFixture[str],
    suffix: str,
) -> None:
    before = set(os.listdir(unwritable_folder))
    assert _run("export", sample_project, unwritable_folder / f"out{suffix}") == 1
    assert "choose a folder you can write to" in _one_error_line(capsys)
    assert set(os.listdir(unwritable_folder)) == before


def test_read_only_existing_target_is_replaced_or_refused_cleanly(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A read-only *file* in a writable folder: the atomic rename replaces it (as on POSIX),
    and nothing else is left behind."""
    target = tmp_path / "old.xlsx"
    target.write_bytes(b"old")
    target.chmod(stat.S_IRUSR)
    code = _run("export", sample_project, target)
    if code == 0:
        assert openpyxl.load_workbook(target).sheetnames[0] == "Summary"
    else:
        _one_error_line(capsys)
        assert target.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["old.xlsx"]


# -- an export never replaces a project (issue 12) ---------------------------------------------


def _project_named(folder: Path, name: str) -> Path:
    """The sample project under a name an export could take for its own (``proj.xlsx``)."""
    built = build_sample(folder)
    target = folder / name
    built.rename(target)
    return target


def _is_intact(path: Path, sources_expected: int) -> bool:
    from desktop_app.storage.probe import is_parley_project

    if not is_parley_project(path):
        return False
    with Project.open(path) as project:
        return len(sources.list_sources(project)) == sources_expected


def test_export_onto_the_open_project_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    project = _project_named(tmp_path, "proj.xlsx")
    assert _run("export", project, project) == 1
    line = _one_error_line(capsys)
    assert "proj.xlsx is the project being exported" in line
    assert "an export never replaces a project" in line
    assert _is_intact(project, 2)
    assert not list(tmp_path.glob(".proj-*"))  # no partial file left either


@pytest.mark.parametrize("link", ["hard", "symbolic"])
def test_export_onto_a_link_to_the_open_project_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], link: str
) -> None:
    project = _project_named(tmp_path, "proj.parley")
    other = tmp_path / "other name.pdf"
    if link == "hard":
        os.link(project, other)
    else:
        other.symlink_to(project)
    assert _run("export", project, other) == 1
    assert "is the project being exported" in _one_error_line(capsys)
    assert _is_intact(project, 2) and _is_intact(other, 2)
    assert other.is_symlink() == (link == "symbolic")


def test_export_onto_another_parley_project_is_refused(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = _project_named(tmp_path, "archive.json")
    assert _run("export", sample_project, other) == 1
    assert "archive.json is a Parley project" in _one_error_line(capsys)
    assert _is_intact(other, 2)


def test_export_onto_a_project_in_use_elsewhere_is_refused(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A project another window has just created: its schema may be in its ``-wal`` only,
    and the probe reads through the WAL, so it is named as the project it is."""
    live = tmp_path / "live.csv"
    with Project.open(live, create=True):
        assert Path(f"{live}-wal").exists()
        assert _run("export", sample_project, live) == 1
        assert "live.csv is a Parley project" in _one_error_line(capsys)
    assert _is_intact(live, 0)


@pytest.mark.parametrize("companion", ["-wal", "-shm", "-journal"])
def test_export_onto_a_project_companion_file_is_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], companion: str
) -> None:
    project = _project_named(tmp_path, "proj.xlsx")
    assert _run("export", project, f"{project}{companion}") == 1
    assert f"proj.xlsx{companion} belongs to proj.xlsx" in _one_error_line(capsys)
    assert _is_intact(project, 2)


def test_a_workbook_is_still_replaced_by_a_new_export(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "weekly.xlsx"
    assert _run("export", sample_project, target) == 0
    assert _run("export", sample_project, target) == 0  # an earlier export is no project
    assert openpyxl.load_workbook(target).sheetnames[0] == "Summary"


# -- CSV for spreadsheets is safe by default; --raw-csv for scripts (issue 12) -----------------


@pytest.fixture
def formula_project(project_path: Path) -> Path:
    from desktop_app.domain.model import CodeKind
    from desktop_app.services import markup
    from tests.builders import add_code, add_source

    with Project.open(project_path) as project:
        text = '=HYPERLINK("http://evil.example","click") said @someone'
        source_id = add_source(project, text, "-Report")
        code = add_code(project, CodeKind.CONDITION, "+Terms")
        markup.annotate(project, source_id, 0, text.index(" said"), [code.id])
    return project_path


def test_csv_export_neutralises_formulas_by_default(
    formula_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert _run("export", formula_project, out) == 0
    [row] = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert row["Quote"] == '\'=HYPERLINK("http://evil.example","click")'
    assert (row["Source"], row["Codes"]) == ("'-Report", "'+Terms")
    notes = [line for line in capsys.readouterr().err.splitlines() if "note:" in line]
    assert len(notes) == 1 and "3 value(s)" in notes[0] and "apostrophe" in notes[0]


def test_raw_csv_keeps_values_as_stored(
    formula_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert _run("export", formula_project, out, "--raw-csv") == 0
    [row] = list(csv.DictReader(io.StringIO(out.read_text("utf-8-sig"))))
    assert row["Quote"] == '=HYPERLINK("http://evil.example","click")'
    assert (row["Source"], row["Codes"]) == ("-Report", "+Terms")
    assert "may run them as formulas" in capsys.readouterr().err


def test_raw_csv_is_in_the_export_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        _run("export", "--help")
    assert "--raw-csv" in capsys.readouterr().out


def test_export_only_one_coders_markup(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--coder`` exports one coder's mark-up (the adjudicated layer, say); an unknown name is
    one line naming the coders there are."""
    from desktop_app.domain.model import CodeKind
    from desktop_app.services import markup
    from tests.builders import add_code, add_source

    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, "Putin set conditions. Zelensky rejected them.")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set").id
        markup.annotate(alice, source_id, 0, 5, [condition])
    with Project.open(project_path, coder="bob") as bob:
        markup.annotate(bob, source_id, 10, 20, [condition])
    out = tmp_path / "bob.json"
    assert _run("export", project_path, out, "--coder", "bob") == 0
    assert "only bob's mark-up is exported" in capsys.readouterr().err
    excerpts = json.loads(out.read_text(encoding="utf-8"))["excerpts"]
    assert [(e["coder"], e["start"], e["end"]) for e in excerpts] == [("bob", 10, 20)]

    assert _run("export", project_path, tmp_path / "x.json", "--coder", "carol") == 1
    line = _one_error_line(capsys)
    assert "no coder called “carol”" in line and "alice, bob" in line
    assert not (tmp_path / "x.json").exists()


@pytest.mark.parametrize(
    ("language", "sheets"),
    [("uk", ["Зведення", "Умови за джерелами"]), ("ru", ["Сводка", "Условия по источникам"])],
)
def test_export_in_another_language(
    sample_project: Path, tmp_path: Path, language: str, sheets: list[str]
) -> None:
    out = tmp_path / "comparison.xlsx"
    assert _run("export", sample_project, out, "--language", language) == 0
    assert openpyxl.load_workbook(out, read_only=True).sheetnames[:2] == sheets


def test_export_refuses_a_language_it_does_not_speak(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        _run("export", sample_project, tmp_path / "x.xlsx", "--language", "de")
    assert exit_info.value.code == 2
    assert "--language" in capsys.readouterr().err
    assert not (tmp_path / "x.xlsx").exists()


def test_briefing_appendix_modes_on_the_command_line(
    sample_project: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``--appendix none|wordings|all`` picks the briefing's appendix (wordings by default);
    anything else is argparse's one-line usage error, and no file."""
    from tests.exporting.briefing_pdf import outline

    last = {}
    for mode in ("none", "wordings", "all", None):
        out = tmp_path / f"{mode}.pdf"
        assert _run("export", sample_project, out, *(["--appendix", mode] if mode else [])) == 0
        last[mode] = outline(out)[-1].title
    assert last == {
        "none": "How each source told it",
        "wordings": "Appendix: wordings of each condition",
        "all": "Appendix: all excerpts",
        None: "Appendix: wordings of each condition",
    }
    capsys.readouterr()
    with pytest.raises(SystemExit):
        _run("export", sample_project, tmp_path / "odd.pdf", "--appendix", "some")
    assert "--appendix" in capsys.readouterr().err
    assert not (tmp_path / "odd.pdf").exists()

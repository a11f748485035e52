"""The workbook's ``Agreement`` sheet: the numbers ``parley agreement`` prints, only for projects
with two or more coders."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli.main import main
from desktop_app.domain.model import CodeKind
from desktop_app.exporting.workbook import SHEET_NAMES
from desktop_app.exporting.workbook_agreement import AGREEMENT_SHEET, UNDEFINED
from desktop_app.exporting.workbook_variants import MISMATCHES_SHEET, VARIANTS_SHEET
from desktop_app.services import exports, markup
from desktop_app.services.exports import ExportOptions
from desktop_app.services.project import Project
from tests.builders import add_code, add_source, mark_two_coders, opened_as

TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."


def _two_coders(path: Path) -> None:
    """The shared two-coder scenario, and bob marks a condition in the second source alone."""
    with opened_as(path, "alice") as alice, opened_as(path, "bob") as bob:
        marked = mark_two_coders(alice, bob)
        markup.annotate(bob, marked.second, 0, 9, [marked.condition.id])


def _export(path: Path, tmp_path: Path) -> openpyxl.Workbook:
    target = tmp_path / "out.xlsx"
    with Project.open(path) as project:
        exports.export(project, target, ExportOptions())
    return openpyxl.load_workbook(target)


def _cli_rows(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["agreement", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_agreement_sheet_has_the_command_lines_numbers(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _two_coders(project_path)
    book = _export(project_path, tmp_path)
    # the two coders' sources word the condition: the variant sheets come first
    assert book.sheetnames == [*SHEET_NAMES, VARIANTS_SHEET, MISMATCHES_SHEET, AGREEMENT_SHEET]
    sheet = book[AGREEMENT_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    header = rows[0]
    # the table ends at the first row without a kind (notes, then the per-source section)
    body = list(itertools.takewhile(lambda row: row[0] is not None, rows[1:]))
    cli = _cli_rows(project_path, capsys)
    assert list(header) == list(cli["rows"][0])
    assert len(body) == len(cli["rows"])
    for found, expected in zip(body, cli["rows"], strict=True):
        want = [UNDEFINED if v is None else v for v in expected.values()]
        # openpyxl reads an empty string cell as None
        got = ["" if v is None else v for v in found]
        assert got == pytest.approx(want)
    by_code = {row[1]: row for row in body}
    assert by_code["Conditions set"][header.index("Spans: bob")] == 3
    assert 0 < by_code["Rejects"][header.index("Alpha (unitized)")] < 1
    assert by_code["Conditions set"][header.index("Kappa (presence)")] == UNDEFINED
    guide = [r[0] for r in book["Summary"].iter_rows(values_only=True)]
    assert AGREEMENT_SHEET in guide


def test_one_coder_gets_no_agreement_sheet(project_path: Path, tmp_path: Path) -> None:
    with Project.open(project_path, coder="alice") as alice:
        source_id = add_source(alice, TEXT)
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
        markup.annotate(alice, source_id, 0, 21, [condition.id])
    book = _export(project_path, tmp_path)
    assert book.sheetnames == list(SHEET_NAMES)


def test_coders_with_no_source_in_common_get_no_sheet(project_path: Path, tmp_path: Path) -> None:
    """Agreement is shown only when two people coded the same sources: nothing to compare
    here, so no sheet (it used to hold only the reason)."""
    with Project.open(project_path, coder="alice") as alice:
        first = add_source(alice, TEXT, title="First")
        second = add_source(alice, TEXT + " Later.", title="Second")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
        markup.annotate(alice, first, 0, 21, [condition.id])
    with Project.open(project_path, coder="bob") as bob:
        markup.annotate(bob, second, 0, 21, [condition.id])
    book = _export(project_path, tmp_path)
    # one condition in two sources: a variant group, no agreement
    assert book.sheetnames == [*SHEET_NAMES, VARIANTS_SHEET, MISMATCHES_SHEET]


def test_the_sample_and_imported_coders_are_not_compared(
    project_path: Path, tmp_path: Path
) -> None:
    from desktop_app.domain.model import SAMPLE_CODER, CoderOrigin

    with Project.open(project_path, coder=SAMPLE_CODER) as sample:
        source_id = add_source(sample, TEXT)
        condition = add_code(sample, CodeKind.CONDITION, "Conditions set")
        markup.annotate(sample, source_id, 0, 21, [condition.id])
    with Project.open(project_path, coder="imported") as imported:
        markup.annotate(imported, source_id, 0, 20, [condition.id])
        imported.set_coder_origin("imported", CoderOrigin.IMPORTED)
    with Project.open(project_path, coder="alice") as alice:
        markup.annotate(alice, source_id, 22, 45, [condition.id])
    assert _export(project_path, tmp_path).sheetnames == list(SHEET_NAMES)
    with Project.open(project_path, coder="bob") as bob:  # a second person: now compared
        markup.annotate(bob, source_id, 22, 44, [condition.id])
    book = _export(project_path, tmp_path)
    header = next(book[AGREEMENT_SHEET].iter_rows(max_row=1, values_only=True))
    assert [h for h in header if str(h).startswith("Spans:")] == ["Spans: alice", "Spans: bob"]


def _section(rows: list[tuple], title: str) -> tuple[tuple, list[tuple]]:
    """The header and rows of a section below the table: from its title to the next blank."""
    start = next(i for i, row in enumerate(rows) if row[0] == title)
    body = list(itertools.takewhile(lambda row: any(v is not None for v in row), rows[start + 2 :]))
    return rows[start + 1], body


def test_agreement_sheet_shows_agreement_by_source_and_every_difference(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _two_coders(project_path)
    rows = list(_export(project_path, tmp_path)[AGREEMENT_SHEET].iter_rows(values_only=True))
    header, by_source = _section(rows, "By source")
    assert header[:4] == ("Source", "Title", "Differences", "Alpha (unitized)")
    assert [(r[1], r[2]) for r in by_source] == [("Second", 1), ("First", 1)]
    assert by_source[0][3] < by_source[1][3] < 1  # the source differed on most comes first
    cli = _cli_rows(project_path, capsys)
    assert [r["Title"] for r in cli["by_source"]] == ["Second", "First"]
    assert by_source[0][3] == pytest.approx(cli["by_source"][0]["Alpha (unitized)"])

    header, differences = _section(rows, "Differences")
    assert header[:6] == ("Coder", "Quote", "Start", "End", "Code", "Difference")
    got = [tuple(r[:8]) for r in differences]
    bounds = "different bounds"
    assert got == [
        ("alice", "Zelensky rejected them.", 22, 45, "Rejects", bounds, got[0][6], "First"),
        ("bob", "Zelensky rejected them", 22, 44, "Rejects", bounds, got[0][6], "First"),
        ("alice", "Zelensky rejected them.", 22, 45, "Rejects", "only alice", got[2][6], "Second"),
        ("bob", None, None, None, None, "only alice", got[2][6], "Second"),
    ]
    assert [d["what"] for d in cli["disagreements"]] == [bounds, "only alice"]
    assert cli["disagreements"][0]["second"] == {
        "coder": "bob",
        "code": "Rejects",
        "start": 22,
        "end": 44,
        "quote": "Zelensky rejected them",
    }


def test_agreement_sheet_says_what_is_computed(project_path: Path, tmp_path: Path) -> None:
    from desktop_app.domain.agreement import ABOUT_FIGURES
    from desktop_app.exporting.workbook_agreement import ABOUT_TITLE

    _two_coders(project_path)
    rows = list(_export(project_path, tmp_path)[AGREEMENT_SHEET].iter_rows(values_only=True))
    _header, body = _section(rows, ABOUT_TITLE)
    about = {row[0]: row[1] for row in [_header, *body]}
    assert about == dict(ABOUT_FIGURES)
    assert "Krippendorff 2004" in about["Alpha (unitized), αu"]
    assert "each source is its own continuum" in about["Alpha (unitized), αu"].lower()
    assert "Light's kappa" in about["Three or more coders"]
    assert "#5305" in about["Why an inexact span can score higher than an exact one"]

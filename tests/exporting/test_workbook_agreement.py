"""The workbook's ``Agreement`` sheet: the numbers ``parley agreement`` prints, only for projects
with two or more coders."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli.main import main
from desktop_app.domain.model import CodeKind
from desktop_app.exporting.workbook import SHEET_NAMES
from desktop_app.exporting.workbook_agreement import AGREEMENT_SHEET, UNDEFINED
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
    assert book.sheetnames == [*SHEET_NAMES, AGREEMENT_SHEET]
    sheet = book[AGREEMENT_SHEET]
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
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


def test_coders_with_nothing_in_common_get_the_reason(project_path: Path, tmp_path: Path) -> None:
    with Project.open(project_path, coder="alice") as alice:
        first = add_source(alice, TEXT, title="First")
        second = add_source(alice, TEXT + " Later.", title="Second")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
        markup.annotate(alice, first, 0, 21, [condition.id])
    with Project.open(project_path, coder="bob") as bob:
        markup.annotate(bob, second, 0, 21, [condition.id])
    sheet = _export(project_path, tmp_path)[AGREEMENT_SHEET]
    notes = [row[1] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert any("no source was marked up by every chosen coder" in str(n) for n in notes)

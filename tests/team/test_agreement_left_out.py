"""A source one analyst left empty in a real project: ``parley agreement`` (text and --json)
and the workbook's Agreement sheet say it was left out and why; marked done, it counts."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli.main import main
from desktop_app.domain.model import CodeKind, CodingStatus
from desktop_app.exporting.workbook_agreement import AGREEMENT_SHEET
from desktop_app.services import exports, markup, sources
from desktop_app.services.exports import ExportOptions
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."


def _one_left_empty(path: Path) -> tuple[int, int]:
    with Project.open(path, coder="alice") as alice, Project.open(path, coder="bob") as bob:
        first = add_source(alice, TEXT, title="First")
        second = add_source(alice, TEXT + " Again.", title="Second")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
        markup.annotate(alice, first, 0, 21, [condition.id])
        markup.annotate(bob, first, 0, 21, [condition.id])
        markup.annotate(alice, second, 22, 45, [condition.id])  # bob marks nothing in Second
    return first, second


def _json(path: Path, capsys: pytest.CaptureFixture[str]) -> dict:
    assert main(["agreement", str(path), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _notes(path: Path, tmp_path: Path) -> list[str]:
    target = tmp_path / "out.xlsx"
    with Project.open(path) as project:
        exports.export(project, target, ExportOptions())
    sheet = openpyxl.load_workbook(target)[AGREEMENT_SHEET]
    return [str(row[1]) for row in sheet.iter_rows(min_row=2, values_only=True) if row[0] is None]


def test_left_out_source_is_named_everywhere_until_it_is_marked_done(
    project_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first, second = _one_left_empty(project_path)

    payload = _json(project_path, capsys)
    assert payload["sources"] == [first] and payload["counted_as_done"] == []
    assert payload["left_out"] == [
        {
            "source": second,
            "title": "Second",
            "not_coded_by": ["bob"],
            "reason": "bob marked nothing in it and it is not marked done",
        }
    ]
    assert payload["rows"][1]["Alpha (unitized)"] == 1.0

    assert main(["agreement", str(project_path)]) == 0
    captured = capsys.readouterr()
    assert "1 left out (see the notes)" in captured.out
    assert f"“Second” (#{second}) left out: bob marked nothing in it" in captured.err
    assert any(
        "“Second”" in n and "set its coding status to done" in n
        for n in _notes(project_path, tmp_path)
    )

    with Project.open(project_path, coder="bob") as bob:
        sources.set_status(bob, [second], CodingStatus.DONE)
    payload = _json(project_path, capsys)
    assert payload["sources"] == [first, second] and payload["counted_as_done"] == [second]
    assert payload["left_out"] == []
    counted = payload["rows"][1]
    assert counted["Alpha (unitized)"] < 1 and counted["Kappa (presence)"] == pytest.approx(0.0)
    assert not any("left out" in n for n in _notes(project_path, tmp_path))

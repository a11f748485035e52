"""The workbook shows outlets and their groups: an ``Outlet groups`` sheet (coverage by group,
blindspots, first reports), the blindspots in the Summary, groups in the Sources sheet and an
outlet row in the conditions matrix."""

from __future__ import annotations

from pathlib import Path

import openpyxl

from desktop_app.services.exports import export
from desktop_app.services.project import Project
from tests.outlet_project import RUSSIAN, WESTERN, build_outlet_project


def _rows(path: Path, sheet: str) -> list[list[object]]:
    workbook = openpyxl.load_workbook(path, read_only=True)
    try:
        return [list(row) for row in workbook[sheet].iter_rows(values_only=True)]
    finally:
        workbook.close()


def test_outlet_groups_sheet_and_summary(project: Project, tmp_path: Path) -> None:
    build_outlet_project(project)
    path = tmp_path / "outlets.xlsx"
    export(project, path)
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert "Outlet groups" in workbook.sheetnames
    workbook.close()

    rows = _rows(path, "Outlet groups")
    header = rows[1]
    assert header[:4] == [
        "Condition",
        "Category",
        f"{RUSSIAN} (2 of 3 outlets fully coded)",
        f"{WESTERN} (2 of 2 outlets fully coded)",
    ]
    by_condition = {row[0]: row for row in rows[2:5]}
    assert by_condition["Neutral status"][2:4] == ["2 of 2: RIA Novosti, TASS", "0 of 2"]
    assert by_condition["Withdrawal from four regions"][3] == "2 of 2: BBC, Reuters"
    heads = [row[0] if row else None for row in rows]
    blindspots = rows[heads.index("Blindspots") + 2 :]
    assert blindspots[0][:4] == ["Neutral status", RUSSIAN, "2 of 2: RIA Novosti, TASS", WESTERN]
    assert blindspots[1][:4] == ["Lifting of sanctions", WESTERN, "1 of 2: Reuters", RUSSIAN]
    first = rows[heads.index("First reports") + 2]
    assert first[:5] == [
        "Withdrawal from four regions",
        "TASS",
        "2024-06-14 10:30 +03:00",
        "Putin sets terms",
        "RIA Novosti: +30 min; Reuters: +1 h 45 min; BBC: +1 day",
    ]

    facts = {row[0]: row[1] for row in _rows(path, "Summary") if len(row) > 1 and row[0]}
    assert facts["Outlet groups compared"] == f"{RUSSIAN}, {WESTERN}"
    assert str(facts["Blindspots"]).startswith(
        f"Neutral status: reported by 2 of 2 {RUSSIAN} outlets, by none of 2 {WESTERN}\n"
        f"Lifting of sanctions: reported by 1 of 2 {WESTERN} outlets, by none of 2 {RUSSIAN}"
    )
    assert str(facts["Outlet groups"]).startswith("Coverage by outlet group")  # the guide


def test_sources_sheet_and_matrix_show_outlets_and_groups(project: Project, tmp_path: Path) -> None:
    build_outlet_project(project)
    path = tmp_path / "outlets.xlsx"
    export(project, path)
    header, *records = _rows(path, "Sources")
    rows = [dict(zip(header, row, strict=True)) for row in records]
    assert [(r["Outlet"], r["Outlet groups"]) for r in rows] == [
        ("TASS", RUSSIAN),
        ("RIA Novosti", RUSSIAN),
        ("RT", RUSSIAN),
        ("Reuters", WESTERN),
        ("BBC", WESTERN),
    ]
    assert rows[0]["Coding status"] == "done"
    matrix = _rows(path, "Conditions by source")
    assert matrix[1][:4] == ["Outlet · groups", None, None, f"TASS · {RUSSIAN}"]
    assert matrix[2][0] == "Coding status"
    assert matrix[3][0] == "Withdrawal from four regions"


def test_no_outlet_groups_no_sheet(project: Project, tmp_path: Path) -> None:
    from tests.builders import add_source

    add_source(project, "Text.", "A", outlet="TASS")
    path = tmp_path / "plain.xlsx"
    export(project, path)
    workbook = openpyxl.load_workbook(path, read_only=True)
    assert "Outlet groups" not in workbook.sheetnames
    workbook.close()
    assert _rows(path, "Conditions by source")[1][0] == "Coding status"

"""Exports tell mark-up accepted from a suggestion from mark-up made by hand: the workbook's
and the CSV's excerpt rows carry an Origin column."""

from __future__ import annotations

import csv
import io
from pathlib import Path

from openpyxl import load_workbook

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import Suggestion
from desktop_app.services import markup
from desktop_app.services import suggestions as review
from desktop_app.services.exports import ExportOptions, export
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "Putin spoke first. Peskov said Putin was ready."


def _marked(project: Project) -> None:
    source_id = add_source(project, TEXT)
    putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Putin",))
    markup.annotate(project, source_id, 0, 5, [putin.id])
    start = TEXT.rindex("Putin")
    review.accept(
        project,
        Suggestion(source_id, start, start + 5, "mention", (putin.id,), 0.97, "", "mention:alias"),
    )


def test_csv_and_workbook_say_by_hand_or_which_suggestion(project: Project, tmp_path: Path) -> None:
    _marked(project)
    result = export(project, tmp_path / "excerpts.csv", ExportOptions(raw_csv=True))
    text = result.path.read_bytes().decode("utf-8-sig")
    records = list(csv.DictReader(io.StringIO(text, newline="")))
    assert [(r["Start"], r["Origin"]) for r in records] == [
        ("0", "by hand"),
        (str(TEXT.rindex("Putin")), "suggestion:mention:alias"),
    ]
    workbook = load_workbook(export(project, tmp_path / "w.xlsx", ExportOptions()).path)
    rows = list(workbook["Excerpts"].iter_rows(values_only=True))
    origin = rows[0].index("Origin")
    assert sorted(str(r[origin]) for r in rows[1:]) == ["by hand", "suggestion:mention:alias"]

"""The workbook's Variants and Quote mismatches sheets and the briefing's "How each source told
it", exported through the service and read back by content."""

from __future__ import annotations

from pathlib import Path

from openpyxl import load_workbook

from desktop_app.domain.variants import GroupKind
from desktop_app.exporting import workbook_variants
from desktop_app.services import variants
from desktop_app.services.exports import export
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project
from tests.exporting.briefing_pdf import flat, outline, pages_text
from tests.variant_projects import build_quoted


def _rows(path: Path, sheet: str) -> list[dict[str, object]]:
    book = load_workbook(path, read_only=True)
    rows = list(book[sheet].iter_rows(values_only=True))
    book.close()
    header = rows[0]
    return [dict(zip(header, row, strict=True)) for row in rows[1:]]


def test_the_workbook_has_a_row_per_wording_and_the_quote_mismatches(tmp_path: Path) -> None:
    built = build_quoted(tmp_path)
    output = tmp_path / "out.xlsx"
    with Project.open(built.path, coder="tester") as project:
        export(project, output)
    rows = _rows(output, "Variants")
    withdrawal = [r for r in rows if r["Condition or statement"] == "Withdrawal of forces"]
    assert withdrawal[0]["Role"] == "reference"
    assert len(withdrawal) == 5  # the reference and four other wordings
    daily = next(r for r in withdrawal if "at once" in str(r["Wording"]))
    assert daily["Source"] == "Second report"
    assert daily["Outlet"] == "Daily" and daily["Groups"] == "Western"
    assert daily["Date"] == "2024-06-14 12:30"
    assert daily["Differences from the reference"] == (
        "changes: immediately → at once; omits: uninterrupted and"
    )
    russian = next(r for r in withdrawal if r["Language"] == "ru")
    assert russian["Role"] == "other language" and not russian["Differences from the reference"]
    # Every wording here is Putin's: the condition's rows name him, and his statement, told
    # against the condition's own reference, is not written again.
    assert [r["Speaker"] for r in withdrawal] == ["Vladimir Putin"] * 5
    assert {r["Condition or statement"] for r in rows} == {
        "Withdrawal of forces",
        "Neutral status",  # no speaker: no statement
    }
    (mismatch,) = _rows(output, "Quote mismatches")
    assert mismatch["Speaker"] == "Vladimir Putin"
    assert (
        mismatch["Earlier source"] == "First report" and mismatch["Later source"] == "Second report"
    )
    assert "uninterrupted and" in str(mismatch["Earlier quote"])
    assert "at once" in str(mismatch["Later quote"]) and mismatch["Later outlet"] == "Daily"
    assert mismatch["Differences"] == "changes: immediately → at once; omits: uninterrupted and"
    book = load_workbook(output, read_only=True)
    summary = list(book["Summary"].iter_rows(values_only=True))
    book.close()
    assert any(row and row[0] == "Variants" for row in summary)  # the sheet guide names it


def _told(rows: list[dict[str, object]]) -> list[tuple[object, ...]]:
    keys = ("Role", "Source", "Wording", "Differences from the reference", "Start", "End")
    return [tuple(r[k] for k in keys) for r in rows]


def test_a_statement_is_written_once_its_condition_rows_hold_it_or_its_own(
    tmp_path: Path,
) -> None:
    """Every statement group of the report is in the sheet: told against its condition's
    reference, as exactly the condition's rows naming its speaker; with a reference of its own
    (pinned here), as that reference and the wordings compared with it, the others being the
    condition's rows naming its speaker."""
    built = build_quoted(tmp_path)
    with Project.open(built.path, coder="tester") as project:
        export(project, tmp_path / "before.xlsx")
        report = variants.project_report(project)
        statement = next(g for g in report.groups if g.key.kind == GroupKind.STATEMENT)
        condition = next(g for g in report.groups if g.key.kind == GroupKind.CONDITION)
        assert workbook_variants.repeats_its_condition(statement, condition)
        variants.pin_reference(project, statement.key, built.annotations["second-ask"])
        export(project, tmp_path / "pinned.xlsx")
        told = variants.project_report(project).group(statement.key.text)
    assert told is not None and told.pinned
    compared = [w for w in told.wordings if w.compared]
    assert compared and len(compared) < len(told.wordings)  # both kinds are in the test
    before = _rows(tmp_path / "before.xlsx", "Variants")
    putin = [
        r
        for r in before
        if r["Condition or statement"] == condition.label and r["Speaker"] == "Vladimir Putin"
    ]
    assert len(putin) == len(statement.all_wordings)
    assert {r["Start"] for r in putin} == {w.start for w in statement.all_wordings}
    assert not [r for r in before if r["Condition or statement"] == statement.label]
    pinned = _rows(tmp_path / "pinned.xlsx", "Variants")
    own = [r for r in pinned if r["Condition or statement"] == statement.label]
    assert own[0]["Role"] == "reference (pinned)" and "asked" in str(own[0]["Wording"])
    assert [(r["Start"], r["Role"]) for r in own[1:]] == [(w.start, "compared") for w in compared]
    assert own[1]["Differences from the reference"] == compared[0].differences_text
    assert {r["Speaker"] for r in own} == {"Vladimir Putin"}
    condition_rows = [r for r in pinned if r["Condition or statement"] == condition.label]
    assert _told(condition_rows) == _told(
        [r for r in before if r["Condition or statement"] == condition.label]
    )


def test_the_sample_workbook_shows_the_borders_sentence_in_two_wordings(tmp_path: Path) -> None:
    path = tmp_path / "sample.parley"
    build_sample_project(path)
    output = tmp_path / "sample.xlsx"
    with Project.open(path, coder="tester") as project:
        export(project, output)
    rows = _rows(output, "Variants")
    assert any(
        "changes: at the time of their incorporation into → when they joined"
        in str(r["Differences from the reference"])
        for r in rows
    )


def test_the_briefing_tells_how_each_source_told_it(tmp_path: Path) -> None:
    built = build_quoted(tmp_path)
    output = tmp_path / "out.pdf"
    with Project.open(built.path, coder="tester") as project:
        export(project, output)
    text = flat("\n".join(pages_text(output, body_only=True)))
    section = text[text.index("How each source told it") :]
    assert "Quote mismatches" in section
    assert "immediately → at once" in section
    assert "omits: uninterrupted and" in section
    assert "Blindspots" in section
    assert (
        "Neutral status: reported by 2 of 2 Russian state media outlets, by none of 2 Western"
        in (section)
    )
    assert "Coverage by outlet group" in section
    assert "First reports" in section
    assert "Withdrawal of forces: first Wire (2024-06-14 10:00); then Daily +2 h 30 min" in section
    assert "The most telling differences" in section
    titles = [entry.title for entry in outline(output)]
    assert "How each source told it" in titles

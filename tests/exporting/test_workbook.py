"""The Excel comparison workbook, exported through the real service from real projects on disk
and read back with openpyxl: compared by cell values, types and looks, never by bytes.

Expected values are computed here from the project's raw annotations, not from
``desktop_app.domain.comparison``, so the workbook is checked against the data, not against the
code that made it.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator
from pathlib import Path

import openpyxl
import pytest
from openpyxl.workbook.workbook import Workbook

from desktop_app.domain.model import CodeKind, CodingStatus
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.errors import Cancelled
from desktop_app.exporting import workbook_rows
from desktop_app.exporting.excel_safety import CELL_LIMIT, is_valid_sheet_name, utf16_length
from desktop_app.exporting.workbook_style import NOT_CODED_FILL
from desktop_app.services import sources
from desktop_app.services.exports import ExportOptions, ExportResult, export
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.exporting.projects import (
    CONTROL_CHARS,
    LONG_SPAN,
    Hostile,
    add_many_sources,
    build_hostile,
    build_sample,
)

SHEETS = [
    "Summary",
    "Conditions by source",
    "Speakers by source",
    "Reactions",
    "Excerpts",
    "Sources",
]
EXCERPT_HEADERS = [
    "Source",
    "Outlet",
    "Date",
    "Codes",
    "Speaker",
    "Stance",
    "Quote",
    "Context before",
    "Context after",
    "Start",
    "End",
    "Note",
    "Coder",
    "Origin",
]


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Workbook, ProjectSnapshot]]:
    """The sample project's workbook, made once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("sample-workbook")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        project_path = build_sample(folder)
        with Project.open(project_path) as project:
            result = export(project, folder / "sample.xlsx")
            snapshot = load_snapshot(project)
        assert result.notes == []
        yield openpyxl.load_workbook(result.path), snapshot


@pytest.fixture
def hostile(project: Project) -> Hostile:
    return build_hostile(project)


def _export(project: Project, path: Path, **options: object) -> tuple[Workbook, ExportResult]:
    result = export(project, path, ExportOptions(**options))  # type: ignore[arg-type]
    return openpyxl.load_workbook(result.path), result


def _rows(workbook: Workbook, sheet: str) -> list[list[object]]:
    return [list(row) for row in workbook[sheet].iter_rows(values_only=True)]


def _records(workbook: Workbook, sheet: str) -> list[dict[str, object]]:
    header, *rows = _rows(workbook, sheet)
    return [dict(zip(header, row, strict=True)) for row in rows]  # type: ignore[arg-type]


def _wordings(snapshot: ProjectSnapshot, code_id: int, source_id: int) -> str | None:
    """What a matrix cell must hold, straight from the annotations."""
    found = sorted(
        (a.start, a.end, a.quote)
        for a in snapshot.annotations
        if a.source_id == source_id and code_id in a.code_ids
    )
    return "\n\n".join(f"“{q}” [{s}–{e}]" for s, e, q in found) or None


def _assert_no_formulas(workbook: Workbook, path: Path | None = None) -> None:
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    if path is not None:
        with zipfile.ZipFile(path) as archive:
            for name in archive.namelist():
                if name.startswith("xl/worksheets/"):
                    assert b"<f>" not in archive.read(name) and b"<f " not in archive.read(name)


# -- the sample project ----------------------------------------------------------------------


def test_sheets_are_named_and_ordered(sample: tuple[Workbook, ProjectSnapshot]) -> None:
    workbook, _ = sample
    assert workbook.sheetnames == [*SHEETS, "Variants", "Quote mismatches"]
    assert all(is_valid_sheet_name(name) for name in workbook.sheetnames)


def test_conditions_matrix_holds_each_sources_wordings(
    sample: tuple[Workbook, ProjectSnapshot],
) -> None:
    workbook, snapshot = sample
    rows = _rows(workbook, "Conditions by source")
    header, statuses, *body = rows
    titles = [s.title for s in snapshot.sources]
    assert header == ["Condition", "Category", f"Sources reporting (of {len(titles)})", *titles]
    assert statuses[0] == "Coding status"
    assert statuses[3:] == ["done", "in progress"]
    conditions = snapshot.codes_of_kind(CodeKind.CONDITION)
    assert [row[0] for row in body] == [c.name for c in conditions]
    for condition, row in zip(conditions, body, strict=True):
        expected = [_wordings(snapshot, condition.id, s.id) for s in snapshot.sources]
        assert row[3:] == expected, condition.name
        assert row[1] == (condition.category or None)
        assert row[2] == sum(1 for cell in expected if cell)
    # The sample's first condition is reported by both sources, in several wordings.
    assert "“provided that Ukrainian troops are withdrawn from several key regions”" in body[0][3]


def test_quotes_match_the_source_text_exactly(sample: tuple[Workbook, ProjectSnapshot]) -> None:
    workbook, snapshot = sample
    records = _records(workbook, "Excerpts")
    assert list(records[0]) == EXCERPT_HEADERS
    assert len(records) == len(snapshot.annotations)
    by_title = {s.title: s for s in snapshot.sources}
    for record in records:
        source = by_title[str(record["Source"])]
        start, end = int(record["Start"]), int(record["End"])  # type: ignore[arg-type]
        assert record["Quote"] == snapshot.texts[source.id][start:end]
        assert record["Outlet"] == source.outlet and record["Date"] == source.published
        before = str(record["Context before"] or "")
        after = str(record["Context after"] or "")
        assert snapshot.texts[source.id][start - len(before) : start] == before
        assert snapshot.texts[source.id][end : end + len(after)] == after


def test_reactions_name_speaker_side_stance_and_target(
    sample: tuple[Workbook, ProjectSnapshot],
) -> None:
    workbook, snapshot = sample
    codes = snapshot.codes_by_id
    expected = []
    for a in snapshot.annotations:
        stances = [codes[i] for i in a.code_ids if codes[i].kind == CodeKind.REACTION]
        speakers = [codes[i] for i in a.code_ids if codes[i].kind == CodeKind.SPEAKER]
        for stance in stances:
            for speaker in speakers or [None]:
                side = speaker.speaker.side if speaker else ""
                expected.append((speaker.name if speaker else None, side, stance.name, a.quote))
    records = _records(workbook, "Reactions")
    got = [(r["Speaker"], r["Side"] or "", r["Stance"], r["Quote"]) for r in records]
    assert sorted(got, key=str) == sorted(expected, key=str)
    answered = [r for r in records if r["Responds to"]]
    assert answered, "the sample links some reactions to what they answer"
    linked = {link.from_id: snapshot.annotations_by_id[link.to_id] for link in snapshot.links}
    for record in answered:
        target = next(
            t
            for a_id, t in linked.items()
            if snapshot.annotations_by_id[a_id].quote == record["Quote"]
        )
        assert f"“{target.quote}”" in str(record["Responds to"])
    for record in records:
        assert record["Source"] and record["Outlet"] and record["Date"]
        assert isinstance(record["Start"], int) and isinstance(record["End"], int)


def test_speakers_matrix_counts_statements(sample: tuple[Workbook, ProjectSnapshot]) -> None:
    workbook, snapshot = sample
    header, statuses, *body = _rows(workbook, "Speakers by source")
    speakers = snapshot.codes_of_kind(CodeKind.SPEAKER)
    assert header[:5] == ["Speaker", "Side", "Role", "Names used in the sources", header[4]]
    assert header[5:] == [s.title for s in snapshot.sources]
    assert statuses[5:] == [s.status.label for s in snapshot.sources]
    for speaker, row in zip(speakers, body, strict=True):
        counts = [
            sum(1 for a in snapshot.annotations if a.source_id == s.id and speaker.id in a.code_ids)
            for s in snapshot.sources
        ]
        assert row[0] == speaker.name
        assert row[5:] == [count or None for count in counts]  # no statement: empty
        assert row[4] == sum(counts)
    putin = next(row for row in body if row[0] == "Vladimir Putin")
    assert {"Putin", "Путин"} <= set(str(putin[3]).split(" · "))


def test_sources_sheet_lists_metadata(sample: tuple[Workbook, ProjectSnapshot]) -> None:
    workbook, snapshot = sample
    records = _records(workbook, "Sources")
    assert [r["Title"] for r in records] == [s.title for s in snapshot.sources]
    for record, source in zip(records, snapshot.sources, strict=True):
        assert record["GUID"] == source.guid
        assert record["SHA-256"] == source.sha256
        assert record["Coding status"] == source.status.label
        assert record["Characters"] == source.characters
        assert record["Annotations"] == len(snapshot.annotations_of(source.id))


def test_summary_counts_and_sheet_guide(sample: tuple[Workbook, ProjectSnapshot]) -> None:
    workbook, snapshot = sample
    facts = {row[0]: row[1] for row in _rows(workbook, "Summary") if row and row[0]}
    assert facts["Project"] == snapshot.name
    assert facts["Excerpts (annotations)"] == len(snapshot.annotations)
    assert str(facts["Sources compared"]).startswith(f"{len(snapshot.sources)} (")
    assert facts["Links (responds to)"] == len(snapshot.links)
    assert "Withdrawal from four regions" in str(facts["Reported by every source"])
    for sheet in SHEETS[1:]:
        assert sheet in facts, sheet


def test_headers_frozen_filters_on_widths_and_wrapping(
    sample: tuple[Workbook, ProjectSnapshot],
) -> None:
    workbook, _ = sample
    expected_panes = {
        "Conditions by source": "D3",
        "Speakers by source": "B3",
        "Reactions": "B2",
        "Excerpts": "A2",
        "Sources": "B2",
    }
    for name, pane in expected_panes.items():
        sheet = workbook[name]
        assert sheet.freeze_panes == pane, name
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A"), name
        assert sheet.column_dimensions["A"].width >= 20, name
    excerpts = workbook["Excerpts"]
    assert excerpts.auto_filter.ref == f"A1:N{excerpts.max_row}"
    quote = excerpts["G2"]
    assert quote.alignment.wrap_text and quote.alignment.vertical == "top"
    assert excerpts["C2"].alignment.vertical == "top"  # short values sit level with quotes
    assert excerpts.column_dimensions["G"].width >= 50
    assert workbook["Conditions by source"]["D1"].font.bold


def test_no_formula_anywhere(sample: tuple[Workbook, ProjectSnapshot]) -> None:
    _assert_no_formulas(sample[0])


# -- hostile content -------------------------------------------------------------------------


def test_hostile_text_stays_exact_and_is_never_a_formula(
    project: Project, hostile: Hostile, tmp_path: Path
) -> None:
    workbook, result = _export(project, tmp_path / "hostile.xlsx")
    _assert_no_formulas(workbook, result.path)
    quotes = [r["Quote"] for r in _records(workbook, "Excerpts")]
    for text in (*hostile.formula_quotes, hostile.markup_quote, hostile.emoji_quote):
        assert text in quotes, text
    for text in hostile.rtl_quotes:
        assert text in quotes, text
    for sheet in workbook:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    assert cell.data_type in ("s", "inlineStr"), (sheet.title, cell.value)
    # Names and titles that look like formulas are text too.
    conditions = _rows(workbook, "Conditions by source")
    assert conditions[2][0] == "=Withdrawal+"
    assert conditions[0][3] == '=cmd|"/C calc"!A0 [draft]: *what?* a/b\\c'
    speakers = _rows(workbook, "Speakers by source")
    assert speakers[2][0] == "@Speaker <b>&amp;"
    reactions = _records(workbook, "Reactions")
    assert {r["Stance"] for r in reactions} == {"-Rejects"}


def test_control_characters_are_replaced_visibly(
    project: Project, hostile: Hostile, tmp_path: Path
) -> None:
    workbook, result = _export(project, tmp_path / "hostile.xlsx")
    quotes = [str(r["Quote"]) for r in _records(workbook, "Excerpts")]
    shown = next(q for q in quotes if q.startswith("ctrl["))
    pictures = "".join(chr(0x2400 + ord(c)) for c in CONTROL_CHARS)
    assert shown == f"ctrl[{pictures}]end"
    notes = [str(r["Note"]) for r in _records(workbook, "Excerpts")]
    assert f"note[␀{pictures}]" in notes  # a NUL too
    authors = {r["Author"] for r in _records(workbook, "Sources")}
    assert "nul␀author" in authors
    assert any("cannot store" in note for note in result.notes)
    summary_text = " ".join(str(v) for row in _rows(workbook, "Summary") for v in row if v)
    assert "cannot store" in summary_text


def test_a_40000_character_span_is_cut_and_says_so(
    project: Project, hostile: Hostile, tmp_path: Path
) -> None:
    workbook, result = _export(project, tmp_path / "hostile.xlsx")
    record = next(r for r in _records(workbook, "Excerpts") if r["Source"] == "Long")
    quote = str(record["Quote"])
    assert utf16_length(quote) <= CELL_LIMIT
    assert quote.endswith(
        f"… [cut: {LONG_SPAN:,} characters in the source; see the source text at start–end]"
    )
    assert hostile.long_quote.startswith(quote[: quote.index("… [cut:")])
    assert int(record["End"]) - int(record["Start"]) == LONG_SPAN  # type: ignore[arg-type]
    header, _, *body = _rows(workbook, "Conditions by source")
    column = header.index("Long")
    cell = str(next(row for row in body if row[0] == "=Withdrawal+")[column])
    assert utf16_length(cell) <= CELL_LIMIT
    assert cell.startswith("“Слово word")
    assert f"[cut: {LONG_SPAN:,} characters in the source; see Excerpts, start–end]”" in cell
    assert cell.endswith(f"[{record['Start']}–{record['End']}]")
    assert any("were cut" in note for note in result.notes)


def test_empty_cells_of_sources_not_done_are_shaded(
    project: Project, hostile: Hostile, tmp_path: Path
) -> None:
    workbook, _ = _export(project, tmp_path / "hostile.xlsx")
    sheet = workbook["Conditions by source"]
    header = [c.value for c in sheet[1]]
    statuses = {header[i]: sheet.cell(2, i + 1).value for i in range(3, len(header))}
    assert list(statuses.values()) == ["done", "to do", "in progress"]
    rows = {sheet.cell(r, 1).value: r for r in range(3, sheet.max_row + 1)}
    columns = {title: header.index(title) + 1 for title in statuses}

    def fill(condition: str, title: str) -> str | None:
        cell = sheet.cell(rows[condition], columns[title])
        return None if cell.fill.fill_type is None else str(cell.fill.start_color.rgb)[-6:]

    formula_title = header[3]
    # "Neutrality" is reported only by the RTL source (in progress).
    assert sheet.cell(rows["Neutrality"], columns[formula_title]).value is None
    assert fill("Neutrality", formula_title) is None  # done: truly not reported
    assert sheet.cell(rows["Neutrality"], columns["Long"]).value is None
    assert fill("Neutrality", "Long") == NOT_CODED_FILL  # to do: not coded yet
    assert sheet.cell(rows["=Withdrawal+"], columns["RTL"]).value is None
    assert fill("=Withdrawal+", "RTL") == NOT_CODED_FILL
    assert sheet.cell(rows["Neutrality"], columns["RTL"]).value == "\n\n".join(
        f"“{q}” [{s}–{s + len(q)}]"
        for q, s in zip(hostile.rtl_quotes, (0, len(hostile.rtl_quotes[0]) + 2), strict=True)
    )
    assert [sheet.cell(r, 3).value for r in (rows["=Withdrawal+"], rows["Neutrality"])] == [2, 1]


def test_forty_sources_with_long_unruly_titles(project: Project, tmp_path: Path) -> None:
    ids = add_many_sources(project, 40)
    sources.set_status(project, ids[:10], CodingStatus.DONE)
    workbook, _ = _export(project, tmp_path / "many.xlsx")
    assert workbook.sheetnames == SHEETS
    titles = [s.title for s in sources.list_sources(project)]
    assert all(len(t) > 200 and any(ch in t for ch in "[]:*?/\\") for t in titles)
    assert _rows(workbook, "Conditions by source")[0][3:] == titles
    assert _rows(workbook, "Speakers by source")[0][5:] == titles
    assert [r["Title"] for r in _records(workbook, "Sources")] == titles
    _assert_no_formulas(workbook)


def test_a_chosen_subset_of_sources(project: Project, hostile: Hostile, tmp_path: Path) -> None:
    chosen = (hostile.rtl_source, hostile.formula_source)
    workbook, _ = _export(project, tmp_path / "subset.xlsx", source_ids=chosen)
    header = _rows(workbook, "Conditions by source")[0]
    assert header[2] == "Sources reporting (of 2)"
    assert len(header) == 5 and "Long" not in header and "RTL" in header
    assert {r["Source"] for r in _records(workbook, "Excerpts")} == set(header[3:])


def test_empty_project_still_makes_every_sheet(project: Project, tmp_path: Path) -> None:
    workbook, _ = _export(project, tmp_path / "empty.xlsx")
    assert workbook.sheetnames == SHEETS
    assert _rows(workbook, "Excerpts") == [EXCERPT_HEADERS]


def test_progress_is_reported_and_cancel_leaves_no_file(
    project: Project, hostile: Hostile, tmp_path: Path
) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    seen: list[tuple[int, int, str]] = []
    export(project, folder / "ok.xlsx", progress=lambda d, t, label: seen.append((d, t, label)))
    assert len(seen) >= 3 and all(0 <= d <= t for d, t, _ in seen)
    assert [d for d, _, _ in seen] == sorted(d for d, _, _ in seen)
    assert seen[-1][0] == seen[-1][1]
    calls = iter(range(1_000))

    def cancel_after_some_work() -> bool:
        return next(calls) >= 2  # let the comparison and a first sheet start

    with pytest.raises(Cancelled):
        export(project, folder / "cancelled.xlsx", cancelled=cancel_after_some_work)
    assert sorted(p.name for p in folder.iterdir()) == ["ok.xlsx"]


def test_openpyxls_own_row_writer_makes_the_same_workbook(
    project: Project, hostile: Hostile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The fast row serialisation — rows written to the sheet's file as they are (lxml), or
    parsed into elements for the stream (no lxml) — and openpyxl's public path (used if its
    internals change) give the same cells: values, types, looks and row heights."""
    fast, _ = _export(project, tmp_path / "fast.xlsx")
    with zipfile.ZipFile(tmp_path / "fast.xlsx") as archive:
        excerpts = archive.read("xl/worksheets/sheet5.xml").decode("utf-8")
    assert "peace 🕊️ 👍🏽 talks" in excerpts  # written as it is (a parsed row: &#128330;…)
    monkeypatch.setattr(workbook_rows, "LXML", False)
    parsed, _ = _export(project, tmp_path / "parsed.xlsx")
    monkeypatch.setattr(workbook_rows, "install", lambda *args: False)
    public, _ = _export(project, tmp_path / "public.xlsx")

    def cells(workbook: Workbook) -> dict[str, list[tuple[object, ...]]]:
        return {
            sheet.title: [
                (
                    cell.coordinate,
                    cell.value,
                    cell.data_type,
                    cell.alignment.wrap_text,
                    cell.font.bold,
                    cell.fill.fill_type and str(cell.fill.start_color.rgb),
                )
                for row in sheet.iter_rows()
                for cell in row
            ]
            for sheet in workbook
        }

    assert cells(fast) == cells(public)
    assert cells(parsed) == cells(public)
    for name in SHEETS:
        heights = [(r, d.height) for r, d in sorted(public[name].row_dimensions.items())]
        assert heights == [(r, d.height) for r, d in sorted(fast[name].row_dimensions.items())]
        assert heights == [(r, d.height) for r, d in sorted(parsed[name].row_dimensions.items())]

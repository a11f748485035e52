"""CSV and JSON of the excerpts, exported through the service and parsed back."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.errors import Cancelled
from desktop_app.exporting.tabular import CSV_COLUMNS
from desktop_app.services import markup
from desktop_app.services.exports import ExportOptions, export
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.builders import add_code, add_source
from tests.exporting.projects import FORMULAS, NUL_NOTE, build_hostile, build_sample


def _csv_records(path: Path) -> list[dict[str, str]]:
    data = path.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # BOM: Excel opens Cyrillic right
    text = data.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text, newline="")))


def test_raw_csv_holds_every_excerpt_exactly(project: Project, tmp_path: Path) -> None:
    hostile = build_hostile(project)
    result = export(project, tmp_path / "excerpts.csv", ExportOptions(raw_csv=True))
    records = _csv_records(result.path)
    snapshot = load_snapshot(project)
    assert len(records) == len(snapshot.annotations)
    assert list(records[0]) == list(CSV_COLUMNS)
    sources = {s.guid: s for s in snapshot.sources}
    annotations = {a.guid: a for a in snapshot.annotations}
    for record in records:
        source = sources[record["Source GUID"]]
        annotation = annotations[record["Annotation GUID"]]
        start, end = int(record["Start"]), int(record["End"])
        assert (start, end) == (annotation.start, annotation.end)
        assert record["Quote"] == snapshot.texts[source.id][start:end]
        assert record["Source"] == source.title and record["Outlet"] == source.outlet
    quotes = {r["Quote"] for r in records}
    # Exact text, even what a spreadsheet would take for a formula, and control characters.
    assert set(hostile.formula_quotes) <= quotes
    assert {hostile.control_quote, hostile.markup_quote, hostile.emoji_quote} <= quotes
    assert hostile.long_quote in quotes
    assert NUL_NOTE in {r["Note"] for r in records}  # exact, NUL included
    assert any("kept exactly (--raw-csv)" in note for note in result.notes)


def test_csv_for_spreadsheets_is_neutralised_by_default(project: Project, tmp_path: Path) -> None:
    """OWASP's advice against CSV injection: a value a spreadsheet would run as a formula
    (=, +, -, @, tab, carriage return first) gets a leading apostrophe, every field is quoted,
    and nothing else changes."""
    hostile = build_hostile(project)
    tabbed = "\t=1+2 after a tab"
    source_id = add_source(project, f"{tabbed}\nplain line", "Tabs", outlet="Outlet T")
    # A marked span never starts with a blank (marking trims it), so the tab comes in a note.
    markup.annotate(project, source_id, 0, len(tabbed), [hostile.condition], note=tabbed)
    plain = len(tabbed) + 1
    markup.annotate(project, source_id, plain, plain + 10, [hostile.condition], note="\r=cmd")
    result = export(project, tmp_path / "excerpts.csv")
    records = _csv_records(result.path)
    quotes = {r["Quote"] for r in records}
    assert {f"'{formula}" for formula in FORMULAS} <= quotes
    assert not set(FORMULAS) & quotes
    assert f"'{tabbed.lstrip()}" in quotes
    assert f"'{tabbed}" in {r["Note"] for r in records}
    assert "'\r=cmd" in {r["Note"] for r in records}
    formula_source = next(r for r in records if r["Outlet"] == "'@outlet")
    assert formula_source["Source"] == '\'=cmd|"/C calc"!A0 [draft]: *what?* a/b\\c'
    assert "'=note()" in {r["Note"] for r in records}
    assert "'-Rejects" in {r["Stance"] for r in records}
    assert "'=Withdrawal+" in {r["Codes"] for r in records}
    # What no spreadsheet would run stays exactly as it is.
    assert {hostile.control_quote, hostile.markup_quote, hostile.emoji_quote} <= quotes
    assert hostile.long_quote in quotes
    assert NUL_NOTE in {r["Note"] for r in records}
    assert {r["Start"] for r in records} >= {"0"}  # numbers are numbers
    for record in records:
        assert not any(
            value.startswith(("=", "+", "-", "@", "\t", "\r")) for value in record.values()
        )
    # Every field quoted: a spreadsheet splitting at ";" cannot start a cell inside one.
    body = result.path.read_bytes().decode("utf-8-sig")
    header = body.split("\r\n", 1)[0]
    assert header == ",".join(f'"{column}"' for column in CSV_COLUMNS)
    [note] = [n for n in result.notes if "apostrophe" in n]
    assert "--raw-csv" in note and ".json" in note


def test_json_stays_exact_where_the_csv_is_neutralised(project: Project, tmp_path: Path) -> None:
    build_hostile(project)
    document = json.loads(export(project, tmp_path / "x.json").path.read_text("utf-8"))
    assert set(FORMULAS) <= {e["quote"] for e in document["excerpts"]}
    assert "=note()" in {e["note"] for e in document["excerpts"]}


def test_csv_rows_end_in_crlf_and_line_breaks_inside_values_are_quoted(
    project: Project, tmp_path: Path
) -> None:
    text = 'First line\nsecond "line", with comma\nthird'
    source_id = add_source(project, text, "Lines")
    code = add_code(project, CodeKind.CONDITION, "Cond")
    markup.annotate(project, source_id, 0, len(text), [code.id])
    result = export(project, tmp_path / "lines.csv")
    raw = result.path.read_bytes().decode("utf-8-sig")
    assert raw.endswith("\r\n")
    assert raw.count("\r\n") == 2  # header and one record; the value's \n stay inside quotes
    assert '"First line\nsecond ""line"", with comma\nthird"' in raw
    assert result.notes == []


def test_json_document(tmp_path: Path, project: Project) -> None:
    build_hostile(project)
    result = export(project, tmp_path / "excerpts.json")
    raw = result.path.read_text(encoding="utf-8")
    assert "Слово" in raw  # not ASCII-escaped
    document = json.loads(raw)
    assert list(document) == ["project", "sources", "codes", "excerpts"]
    snapshot = load_snapshot(project)
    assert document["project"]["guid"] == snapshot.guid
    assert [s["guid"] for s in document["sources"]] == [s.guid for s in snapshot.sources]
    assert {c["guid"] for c in document["codes"]} == {c.guid for c in snapshot.codes}
    by_guid = {a.guid: a for a in snapshot.annotations}
    assert len(document["excerpts"]) == len(by_guid)
    codes = snapshot.codes_by_id
    for excerpt in document["excerpts"]:
        annotation = by_guid[excerpt["annotation_guid"]]
        assert excerpt["quote"] == annotation.quote
        assert (excerpt["start"], excerpt["end"]) == (annotation.start, annotation.end)
        assert set(excerpt["code_guids"]) == {codes[i].guid for i in annotation.code_ids}
    speaker = next(c for c in document["codes"] if c["name"] == "@Speaker <b>&amp;")
    assert speaker["aliases"] == ["Оратор"] and speaker["side"] == "Ukraine"


def test_json_links_and_subset(tmp_path: Path) -> None:
    path = build_sample(tmp_path)
    with Project.open(path) as project:
        snapshot = load_snapshot(project)
        first = snapshot.sources[1].id
        result = export(project, tmp_path / "feed.json", ExportOptions(source_ids=(first,)))
    document = json.loads(result.path.read_text(encoding="utf-8"))
    assert [s["id"] for s in document["sources"]] == [first]
    assert {e["source_id"] for e in document["excerpts"]} == {first}
    guids = {a.id: a.guid for a in snapshot.annotations}
    expected = {
        guids[link.from_id]: guids[link.to_id]
        for link in snapshot.links
        if snapshot.annotations_by_id[link.from_id].source_id == first
    }
    got = {e["annotation_guid"]: e["responds_to"] for e in document["excerpts"] if e["responds_to"]}
    assert expected and {k: v[0] for k, v in got.items()} == expected


def test_cancel_leaves_no_csv(project: Project, tmp_path: Path) -> None:
    build_hostile(project)
    folder = tmp_path / "out"
    folder.mkdir()
    for name in ("x.csv", "x.json"):
        with pytest.raises(Cancelled):
            export(project, folder / name, cancelled=lambda: True)
    assert list(folder.iterdir()) == []

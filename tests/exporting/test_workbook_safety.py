"""What a cell and a sheet name can hold: visible replacements, Excel's limits, names."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop_app.domain.dates import shown_date
from desktop_app.exporting.excel_safety import (
    CELL_LIMIT,
    SHEET_NAME_LIMIT,
    SheetNames,
    cut_to_units,
    fit,
    is_valid_sheet_name,
    needs_string_type,
    sheet_name,
    utf16_length,
    visible,
)
from desktop_app.exporting.workbook_sheet import Column, TableSheet, lines_needed


def test_controls_become_their_pictures_and_the_rest_stays() -> None:
    assert visible("a\x00b\x07c\x1fd") == "a␀b␇c␟d"
    assert visible("tab\tline\nreturn\r") == "tab\tline\nreturn\r"
    assert visible("\ufffe\uffff") == "\ufffd\ufffd"
    text = "Путин 🕊️ שלום <b>&amp;"
    assert visible(text) is text


def test_length_counts_utf16_units_like_excel() -> None:
    assert utf16_length("abc") == 3
    assert utf16_length("👍🏽") == 4
    assert cut_to_units("a👍b", 2) == "a"  # never half an emoji
    assert cut_to_units("a👍b", 3) == "a👍"


def test_fit_leaves_short_text_and_cuts_long_text_saying_so() -> None:
    assert fit("=1+1") == "=1+1"
    emoji = "👍" * 20_000  # 40,000 UTF-16 units
    cut = fit(emoji, "Excerpts, start–end", full_length=20_000)
    assert utf16_length(cut) <= CELL_LIMIT
    assert cut.endswith("… [cut: 20,000 characters in the source; see Excerpts, start–end]")
    assert set(cut[: cut.index("…")]) == {"👍"}
    exact = "x" * CELL_LIMIT
    assert fit(exact) == exact


@pytest.mark.parametrize("text", ["=SUM(A1)", "+1", "-2", "@SUM(A1:A2)", "#N/A", "#REF!"])
def test_formula_and_error_lookalikes_need_a_string_type(text: str) -> None:
    assert needs_string_type(text)


@pytest.mark.parametrize("text", ["Putin", "", "1", " =1", "a=b"])
def test_plain_text_does_not(text: str) -> None:
    assert not needs_string_type(text)


def test_sheet_names_follow_excels_rules() -> None:
    wanted = "[01] Report: who said what? *Analysis* / part \\ x" + "y" * 200
    name = sheet_name(wanted)
    assert is_valid_sheet_name(name) and len(name) <= SHEET_NAME_LIMIT
    assert not any(ch in name for ch in "[]:*?/\\")
    assert is_valid_sheet_name(sheet_name("'quoted'"))
    assert is_valid_sheet_name(sheet_name("History"))
    assert is_valid_sheet_name(sheet_name("\x00\x01"))
    names = SheetNames(["Summary"])
    claimed = [names.claim(wanted) for _ in range(3)] + [names.claim("summary")]
    assert len({n.casefold() for n in claimed}) == 4
    assert all(is_valid_sheet_name(n) for n in claimed)


def test_row_heights_grow_with_wrapped_lines() -> None:
    assert lines_needed("short", 30, 10) == 1
    assert lines_needed("a\nb\n\nc", 30, 10) == 4
    assert lines_needed("x" * 1000, 30, 10) > lines_needed("x" * 100, 30, 10) > 1


def test_a_sheet_writes_typed_text_and_keeps_values(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = TableSheet(workbook, "T", [Column("A", 10), Column("B", 10), Column("C", 10)])
    sheet.row(["=1+1", "=1+1", 3])  # the same formula-like text twice in one row
    sheet.row(["#N/A", None, -2.5])
    sheet.row(["x\x00y", "@A1", "+1"])
    stats = sheet.close()
    workbook.save(tmp_path / "t.xlsx")
    read = openpyxl.load_workbook(tmp_path / "t.xlsx")["T"]
    rows = [[(c.value, c.data_type) for c in row] for row in read.iter_rows(min_row=2)]
    assert rows == [
        [("=1+1", "s"), ("=1+1", "s"), (3, "n")],
        [("#N/A", "s"), (None, "n"), (-2.5, "n")],
        [("x␀y", "s"), ("@A1", "s"), ("+1", "s")],
    ]
    assert stats.replaced_cells == 1 and stats.rows == 4
    assert read.freeze_panes == "A2" and read.auto_filter.ref == "A1:C4"


def test_a_sheet_shows_stored_dates_as_the_window_does(tmp_path: Path) -> None:
    workbook = openpyxl.Workbook(write_only=True)
    sheet = TableSheet(workbook, "T", [Column("A", 10)])
    for stored in ("2024-06-14T10:30", "2024-06", "", "14 June 2024", "not a date"):
        assert sheet.date(stored) == shown_date(stored)
        assert sheet.date(stored) == shown_date(stored)  # the second time from what it kept
    assert sheet.date("2024-06-14T10:30") == "2024-06-14 10:30"
    sheet.close()
    workbook.save(tmp_path / "t.xlsx")

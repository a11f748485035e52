"""normalise_text: the one place line endings and invisible characters are decided."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop_app.importers.textnorm import count_removed_controls, normalise_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("one\r\ntwo\r\n", "one\ntwo\n"),
        ("one\rtwo\r", "one\ntwo\n"),
        ("mixed\r\nold mac\runix\n", "mixed\nold mac\nunix\n"),
        ("\r\r\n\n", "\n\n\n"),
        ("\ufeffbom first", "bom first"),
        ("keep \ufeff inside", "keep \ufeff inside"),
        ("page\x0cbreak", "page\nbreak"),
        ("word\x0bbreak", "word\nbreak"),
        ("line\u2028separator\u2029paragraph", "line\nseparator\nparagraph"),
        ("next\x85line", "next\nline"),
        ("nul\x00bell\x07esc\x1bdel\x7fc1\x9b", "nulbellescdelc1"),
        ("tab\tstays", "tab\tstays"),
    ],
)
def test_line_endings_and_controls(raw: str, expected: str) -> None:
    assert normalise_text(raw) == expected


def test_everything_else_is_kept_exactly() -> None:
    text = "  e\u0301 (decomposed) · ﬁ ligature · 😀 astral · \u00a0nbsp  ·  double  space\n\n\n"
    assert normalise_text(text) == text


def test_surrogates_are_joined_or_replaced() -> None:
    assert normalise_text("a\ud83d\ude00b") == "a😀b"
    assert normalise_text("lone\udc00half") == "lone\ufffdhalf"


def test_count_removed_controls() -> None:
    assert count_removed_controls("a\x00b\x01\r\n\t\x0c") == 2
    assert count_removed_controls("plain") == 0


def test_a_byte_order_mark_uncovered_by_a_removed_control_is_dropped_too() -> None:
    """Found by the round-trip property: "\\x00\\ufeff0" was stored as "\\ufeff0", and the
    .qdpx re-import (like any program reading the text) took that mark for a BOM."""
    assert normalise_text("\x00\ufeff0") == "0"
    assert normalise_text("\ufeff\ufeffword") == "word"
    assert normalise_text("mid\ufeffdle") == "mid\ufeffdle"  # a zero-width no-break space


@given(st.text(alphabet=st.sampled_from("a \ufeff\x00\r\n\u2028\x1b\x85é"), max_size=30))
def test_normalising_twice_changes_nothing_and_never_leaves_a_leading_mark(raw: str) -> None:
    once = normalise_text(raw)
    assert normalise_text(once) == once
    assert not once.startswith("\ufeff")

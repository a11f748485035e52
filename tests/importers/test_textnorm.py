"""normalise_text: the one place line endings and invisible characters are decided."""

from __future__ import annotations

import pytest

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

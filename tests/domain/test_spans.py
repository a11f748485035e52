from __future__ import annotations

import pytest

from desktop_app.domain.spans import trim_span


@pytest.mark.parametrize(
    ("text", "span", "expected"),
    [
        ("a  word \n", (1, 9), (3, 7)),
        ("\n\tПутин\u00a0", (0, 8), (2, 7)),  # tab, line break, no-break space
        ("😀 👍 x", (1, 4), (2, 3)),  # code points: the emoji is one position
        ("word", (0, 4), (0, 4)),
        ("a   b", (1, 4), (4, 4)),  # white space only: empty, for the caller to refuse
        ("abc", (2, 9), (2, 9)),  # outside the text: left for the caller to refuse
    ],
)
def test_trim_span_drops_blanks_at_either_end_only(
    text: str, span: tuple[int, int], expected: tuple[int, int]
) -> None:
    assert trim_span(text, *span) == expected


def test_preview_is_one_line_cut_with_an_ellipsis() -> None:
    from desktop_app.domain.spans import QUOTE_PREVIEW, preview

    assert preview("  Kyiv\n must\twithdraw ") == "Kyiv must withdraw"
    assert preview("x" * QUOTE_PREVIEW) == "x" * QUOTE_PREVIEW
    assert preview("x" * (QUOTE_PREVIEW + 1)) == "x" * (QUOTE_PREVIEW - 1) + "…"
    assert preview("Путин заявил", 5) == "Пути…"


def test_a_source_is_named_by_title_else_file_else_number() -> None:
    from dataclasses import replace

    from desktop_app.domain.model import CodingStatus, Source

    source = Source(
        3, "g", "Talks", "", "", "", "", "", "talks.txt", "txt", "", "", CodingStatus.TODO, 0
    )
    assert source.label == "Talks"
    assert replace(source, title="").label == "talks.txt"
    assert replace(source, title="", original_name="").label == "Source 3"

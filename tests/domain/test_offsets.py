from __future__ import annotations

import pytest

from desktop_app.domain.offsets import Utf16Map, utf16_length

TEXTS = [
    "plain ascii",
    "😀 emoji first",
    "Путин 😀😀 and 𝕏 then 👍🏽 end",
    "𝟘𝟙𝟚",
    "",
]


@pytest.mark.parametrize("text", TEXTS)
def test_round_trip_every_position(text: str) -> None:
    mapping = Utf16Map(text)
    assert mapping.length_utf16 == len(text.encode("utf-16-le")) // 2 == utf16_length(text)
    for cp in range(len(text) + 1):
        utf16 = mapping.to_utf16(cp)
        assert utf16 == len(text[:cp].encode("utf-16-le")) // 2
        assert mapping.to_code_points(utf16) == cp


def test_position_inside_a_surrogate_pair_snaps_to_the_character() -> None:
    mapping = Utf16Map("a😀b")
    assert mapping.to_code_points(2) == 1  # between the two halves of 😀
    assert mapping.to_code_points(3) == 2

"""detect_language: main language first, a second one only when it covers a real share."""

from __future__ import annotations

from desktop_app.importers.textnorm import detect_language
from tests.importers.samples import (
    EN_PARAGRAPH,
    RU_PARAGRAPH,
    RU_SECOND_PARAGRAPH,
    RU_SHORT,
    UK_PARAGRAPH,
)


def test_single_languages() -> None:
    assert detect_language(EN_PARAGRAPH) == "en"
    assert detect_language(RU_PARAGRAPH) == "ru"
    assert detect_language(UK_PARAGRAPH) == "uk"
    assert detect_language(RU_SHORT) == "ru"


def test_too_little_text_is_unknown() -> None:
    assert detect_language("") == ""
    assert detect_language("OK.") == ""
    assert detect_language("12 345 — 678\n\n") == ""


def test_mixed_text_names_main_language_first() -> None:
    text = "\n\n".join([EN_PARAGRAPH, RU_PARAGRAPH, EN_PARAGRAPH, EN_PARAGRAPH])
    assert detect_language(text) == "en, ru"
    text = "\n\n".join([RU_PARAGRAPH, RU_SECOND_PARAGRAPH, EN_PARAGRAPH])
    assert detect_language(text) == "ru, en"


def test_a_small_foreign_quote_does_not_make_a_text_mixed() -> None:
    text = "\n".join([EN_PARAGRAPH] * 12 + [RU_SHORT])
    assert detect_language(text) == "en"

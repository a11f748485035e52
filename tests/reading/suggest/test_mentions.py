"""Mentions of known codes in any inflection, possessive and transliteration."""

from __future__ import annotations

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import ReadingCode, ReadingInputs
from desktop_app.reading.suggest.aliases import alias_problem
from desktop_app.reading.suggest.engine import suggest_for_source

CODES = (
    ReadingCode(
        1, "Speakers/Vladimir Putin", "Vladimir Putin", CodeKind.SPEAKER, ("Putin", "Путин")
    ),
    ReadingCode(
        2,
        "Speakers/Volodymyr Zelensky",
        "Volodymyr Zelensky",
        CodeKind.SPEAKER,
        ("Zelensky", "Зеленский"),
    ),
    ReadingCode(3, "Speakers/Dmitry Peskov", "Dmitry Peskov", CodeKind.SPEAKER, ("Песков", "the")),
    ReadingCode(
        4,
        "Speakers/Mykhailo Podolyak",
        "Mykhailo Podolyak",
        CodeKind.SPEAKER,
        ("Podolyak", "Подоляк"),
    ),
    ReadingCode(5, "Speakers/Lloyd Austin", "Lloyd Austin", CodeKind.SPEAKER, ("глава Пентагона",)),
    ReadingCode(6, "Conditions/NATO", "Renounce NATO", CodeKind.CONDITION, ("NATO",)),
)


def found(text: str, language: str | None = "ru") -> list[tuple[str, int, str]]:
    result = suggest_for_source(
        7, text, language, ReadingInputs(CODES, kinds=frozenset({"mention"}))
    )
    return [(text[s.start : s.end], s.code_ids[0], s.rule) for s in result.suggestions]


def test_russian_and_ukrainian_case_forms_match_by_lemma() -> None:
    text = "Путина, Путину и Путиным. Пескова нет. Подоляка. Зеленського."
    assert found(text) == [
        ("Путина", 1, "mention:lemma"),
        ("Путину", 1, "mention:lemma"),
        ("Путиным", 1, "mention:lemma"),
        ("Пескова", 3, "mention:lemma"),
        ("Подоляка", 4, "mention:lemma"),
        ("Зеленського", 2, "mention:lemma"),
    ]


def test_a_lower_case_common_word_is_not_a_name() -> None:
    assert found("песков и песка много, нет песков") == []


def test_english_possessives_hyphenations_and_transliterations() -> None:
    text = "Putin's plan, a Putin-led war; Zelenskyy, Zelenskiy and Podoliak answered."
    assert found(text, "en") == [
        ("Putin's", 1, "mention:lemma"),
        ("Putin", 1, "mention:alias"),
        ("Zelenskyy", 2, "mention:variant"),
        ("Zelenskiy", 2, "mention:variant"),
        ("Podoliak", 4, "mention:variant"),
    ]


def test_multi_word_aliases_match_in_any_case_and_the_full_name_wins() -> None:
    text = "Слова главы Пентагона. Vladimir Putin spoke."
    assert found(text) == [
        ("главы Пентагона", 5, "mention:lemma"),
        ("Vladimir Putin", 1, "mention:alias"),
    ]


def test_conditions_are_not_mentions_and_unsafe_aliases_never_match() -> None:
    assert found("The NATO summit and the rest of the text", "en") == []


def test_unsafe_aliases_are_told_apart() -> None:
    assert alias_problem("ЕС") is not None
    assert alias_problem("A") is not None
    assert alias_problem("the") is not None
    assert alias_problem("и") is not None
    assert alias_problem("НАТО") is None
    assert alias_problem("Песков") is None


def test_a_long_latin_name_one_letter_off_is_a_weaker_fuzzy_mention() -> None:
    codes = (
        ReadingCode(
            8, "Speakers/Jens Stoltenberg", "Jens Stoltenberg", CodeKind.SPEAKER, ("Stoltenberg",)
        ),
    )
    result = suggest_for_source(
        1, "Stoltenburg spoke; Stoltxnbxrg did not.", "en", ReadingInputs(codes)
    )
    [found] = [s for s in result.suggestions if s.kind == "mention"]
    assert (found.start, found.end, found.rule) == (0, 11, "mention:fuzzy")
    assert found.score < 0.8
    assert "one letter away" in found.reason

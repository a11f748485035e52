"""Dictionary forms from the real pymorphy3 dictionaries, Russian and Ukrainian."""

from __future__ import annotations

import pytest

from desktop_app.reading.morphology import cyrillic_language, lemma, lemmas


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("Путина", "путин"),
        ("Путину", "путин"),
        ("Путиным", "путин"),
        ("Пескова", "песков"),
        ("Подоляка", "подоляк"),
        ("Зеленського", "зеленський"),
        ("Putin's", "putin"),
        ("Zelenskyy", "zelenskyy"),
    ],
)
def test_inflected_names_come_back_to_their_dictionary_form(word: str, expected: str) -> None:
    assert lemma(word) == expected


def test_letters_pick_the_dictionary() -> None:
    assert cyrillic_language("Київ") == "uk"
    assert cyrillic_language("объявил") == "ru"
    assert cyrillic_language("Путин", default="uk") == "uk"


def test_every_parse_is_offered_where_a_word_is_ambiguous() -> None:
    assert "песков" in lemmas("Пескова") or "песок" in lemmas("Песков")
    assert lemma("") == ""

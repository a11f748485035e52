"""detect_language: main language first, a second one only when it covers a real share."""

from __future__ import annotations

import pytest

from desktop_app.importers import language
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


BG_PARAGRAPH = (
    "Президентът на Русия Владимир Путин заяви в петък, че Москва е готова незабавно да започне "
    "преговори с Киев, ако украинските войски бъдат изтеглени от четирите области. Съветникът на "
    "украинския президент определи условията като обидни за здравия разум."
)
ID_PARAGRAPH = (
    "Presiden Rusia Vladimir Putin pada hari Jumat menjanjikan gencatan senjata di Ukraina, "
    "asalkan beberapa syarat dipenuhi oleh Kyiv. Ia menuntut agar pasukan Ukraina ditarik dari "
    "empat wilayah dan agar Ukraina melepaskan rencananya untuk bergabung dengan NATO."
)
ES_PARAGRAPH = (
    "El presidente ruso, Vladímir Putin, prometió el viernes un alto el fuego en Ucrania, siempre "
    "que Kiev cumpla varias condiciones. Exigió que las tropas ucranianas se retiren de cuatro "
    "regiones y que Ucrania renuncie a sus planes de unirse a la OTAN."
)


@pytest.fixture
def model_calls(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The strings handed to the py3langid model (which still answers)."""
    calls: list[str] = []
    classify = language._classify

    def spy(text: str) -> tuple[str, float]:
        calls.append(text)
        return classify(text)

    monkeypatch.setattr(language, "_classify", spy)
    return calls


def test_plain_russian_ukrainian_and_english_need_no_model(model_calls: list[str]) -> None:
    assert detect_language("\n\n".join([RU_PARAGRAPH, RU_SECOND_PARAGRAPH] * 5)) == "ru"
    assert detect_language("\n".join([UK_PARAGRAPH] * 3)) == "uk"
    assert detect_language("\n".join([EN_PARAGRAPH] * 20)) == "en"
    assert model_calls == []


def test_a_mixed_text_is_still_judged_line_by_line(model_calls: list[str]) -> None:
    # Russian and English lines are told apart by their letters, without the model.
    text = "\n\n".join([EN_PARAGRAPH, RU_PARAGRAPH, EN_PARAGRAPH, EN_PARAGRAPH])
    assert detect_language(text) == "en, ru"
    assert model_calls == []


def test_a_long_text_whose_first_part_is_english_still_shows_its_russian() -> None:
    text = "\n".join([EN_PARAGRAPH] * 300 + [RU_PARAGRAPH, RU_SECOND_PARAGRAPH] * 50)
    assert detect_language(text) == "en, ru"
    text = "\n".join([EN_PARAGRAPH] * 20 + [RU_PARAGRAPH] * 2)
    assert detect_language(text) == "en, ru"


def test_languages_without_plain_signs_go_to_the_model(model_calls: list[str]) -> None:
    # Bulgarian has no "ы"/"э"; Indonesian has no English function words; Spanish has accents.
    for text, expected in ((BG_PARAGRAPH, "bg"), (ID_PARAGRAPH, "id"), (ES_PARAGRAPH, "es")):
        model_calls.clear()
        assert detect_language(text) == expected
        assert model_calls


def test_mixes_within_one_script_are_still_found() -> None:
    assert detect_language("\n\n".join([RU_PARAGRAPH, UK_PARAGRAPH, RU_SECOND_PARAGRAPH])) == (
        "ru, uk"
    )
    assert detect_language("\n\n".join([RU_PARAGRAPH, BG_PARAGRAPH, RU_SECOND_PARAGRAPH])) == (
        "ru, bg"
    )
    assert detect_language("\n\n".join([EN_PARAGRAPH, ES_PARAGRAPH, EN_PARAGRAPH])) == "en, es"
    # Neither accents nor letters tell English from Indonesian: lines without any English
    # function word send the text line by line.
    text = "\n\n".join([EN_PARAGRAPH, ID_PARAGRAPH, EN_PARAGRAPH, ID_PARAGRAPH])
    assert detect_language(text) == "id, en"


def test_a_russian_quote_in_a_bulgarian_text_does_not_make_it_russian() -> None:
    quote = "Путин назвал условия мирных переговоров с Украиной, вызывающими вопросы."
    assert detect_language(f"{BG_PARAGRAPH} {quote}\n{BG_PARAGRAPH}") == "bg"


@pytest.mark.parametrize(
    "text",
    [EN_PARAGRAPH, RU_PARAGRAPH, UK_PARAGRAPH, BG_PARAGRAPH, ES_PARAGRAPH, ID_PARAGRAPH],
)
def test_letters_counted_from_bytes_agree_with_unicode_classes(text: str) -> None:
    line = f"«{text}» — 12 345 € …"
    assert language._profile(line).letters == language._letters(line)


def test_a_short_mixed_paste_gets_both_languages() -> None:
    """A line in another script is another language, even when the model is not quite sure of
    a short line (English at 0.84 next to Russian)."""
    paste = (
        "Russian President Vladimir Putin on Friday promised a ceasefire in Ukraine.\n"
        "Президент России Владимир Путин в пятницу пообещал прекращение огня на Украине.\n"
    )
    assert set(detect_language(paste).split(", ")) == {"en", "ru"}


def test_languages_mixed_within_one_paragraph_are_found() -> None:
    paragraph = (
        "Putin named his conditions for the talks. Путин назвал свои условия мирных "
        "переговоров. Зеленський відкинув ультиматум Путіна."
    )
    assert set(detect_language(paragraph).split(", ")) == {"en", "ru", "uk"}


@pytest.mark.parametrize(
    "head",
    [
        "Путин said ten words in English; Зеленский answered",
        "abcdefghi Ѐ ӿ Ԁ бвгдежзий ÀÉÎõ ё ğ",
        "abcdefghij Ѐабвгдежз ӿ \ud800 \U0001f600 ß",
        "ЀЁЂЃЄЅІЇЈЉ ӿ abcdefghi ΑΒΓ Z",
        f"{RU_PARAGRAPH} {EN_PARAGRAPH}",
        "x" * 9 + "ж" * 20,
        "only Latin here, many letters, none of the other",
    ],
)
def test_mixed_scripts_counted_from_bytes_agree_with_character_ranges(head: str) -> None:
    def count(low: str, high: str) -> int:
        return sum(low <= ch <= high for ch in head)

    by_characters = (
        count("A", "Z") + count("a", "z") >= language.MIXED_SCRIPT_LETTERS
        and count("\u0400", "\u04ff") >= language.MIXED_SCRIPT_LETTERS
    )
    data = head.encode("utf-8", "surrogatepass")
    assert language._mixed_scripts(data) is by_characters

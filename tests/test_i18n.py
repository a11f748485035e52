"""The Qt-free language utilities: the current language per piece of work, dates and numbers
in the language's form, and sorting in the Ukrainian and Russian alphabets' order."""

from __future__ import annotations

import datetime as dt
import threading

from desktop_app import i18n
from desktop_app.domain.dates import parse_date, short_date, shown_date

UKRAINIAN_ORDER = ["Гамбург", "Ґдиня", "Ерфурт", "Єрусалим", "Житомир", "Ивано", "Ізмаїл", "Їжак"]


def test_ukrainian_letters_sort_where_the_alphabet_has_them() -> None:
    shuffled = list(reversed(UKRAINIAN_ORDER))
    assert sorted(shuffled, key=lambda t: i18n.sort_key(t, "uk")) == UKRAINIAN_ORDER
    # Python's own order puts Ґ, Є, І, Ї after Я:
    assert sorted(shuffled) != UKRAINIAN_ORDER
    assert i18n.sort_text("ґ", "uk") > i18n.sort_text("г", "uk")
    assert i18n.sort_text("є", "uk") > i18n.sort_text("е", "uk")
    assert i18n.sort_text("і", "uk") > i18n.sort_text("и", "uk")
    assert i18n.sort_text("ї", "uk") > i18n.sort_text("і", "uk")
    assert i18n.sort_text("й", "uk") > i18n.sort_text("ї", "uk")


def test_russian_yo_sorts_after_ye_and_case_and_accents_are_ignored() -> None:
    words = ["Ёлка", "ель", "Жук", "Дом", "école", "Zebra", "apple"]
    assert sorted(words, key=lambda t: i18n.sort_key(t, "ru")) == [
        "apple",
        "école",
        "Zebra",
        "Дом",
        "ель",
        "Ёлка",
        "Жук",
    ]


def test_the_language_of_one_piece_of_work_stays_with_it() -> None:
    seen: list[str] = []

    def other_thread() -> None:
        seen.append(i18n.current())

    with i18n.language("uk"):
        assert i18n.current() == "uk"
        worker = threading.Thread(target=other_thread)
        worker.start()
        worker.join()
    assert seen == [i18n.ENGLISH]  # another export, another thread: its own language
    assert i18n.current() == i18n.ENGLISH
    assert i18n.checked("uk_UA.UTF-8") == "uk"
    assert i18n.checked("de_DE") == "en"


def test_dates_and_numbers_in_the_language_stored_iso() -> None:
    day = dt.date(2024, 6, 14)
    shown = {}
    for code in i18n.LANGUAGES:
        with i18n.language(code):
            shown[code] = (
                i18n.long_date(day).replace("\u202f", " "),
                shown_date("2024-06-14T10:30:00+03:00").replace("\u202f", " "),
                short_date("2024-06").replace("\u202f", " "),
                i18n.number_text(3444).replace("\u00a0", " ").replace("\u202f", " "),
            )
            # What the window shows reads back as the same stored date.
            assert parse_date(shown_date("2024-06-14T10:30:00+03:00")) == "2024-06-14T10:30+03:00"
    assert shown == {
        "en": ("14 June 2024", "2024-06-14 10:30 +03:00", "2024-06", "3,444"),
        "uk": ("14 червня 2024 р.", "14 червня 2024 р. 10:30 +03:00", "червень 2024", "3 444"),
        "ru": ("14 июня 2024 г.", "14 июня 2024 г. 10:30 +03:00", "июнь 2024", "3 444"),
    }


def test_a_narrow_column_takes_the_day_in_digits() -> None:
    from desktop_app.domain.dates import list_date

    with i18n.language("uk"):
        assert list_date("2024-06-14T10:30") == "14.06.2024"
        assert list_date("2024-06").replace("\u202f", " ") == "червень 2024"
    assert list_date("2024-06-14T10:30") == "2024-06-14"

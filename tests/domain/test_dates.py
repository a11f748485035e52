"""Typed publication dates become ISO; what cannot be a date is refused in one line; every view
shows a stored date in one form."""

from __future__ import annotations

import pytest

from desktop_app.domain.dates import NotADate, day_of, month_number, parse_date, shown_date


@pytest.mark.parametrize(
    ("typed", "iso"),
    [
        ("15/06/2024", "2024-06-15"),
        ("15.06.2024", "2024-06-15"),
        ("15-06-2024", "2024-06-15"),
        ("15.06.24", "2024-06-15"),
        ("06/15/2024", "2024-06-15"),  # second number above 12: read month first (US)
        ("2024-06-15", "2024-06-15"),
        ("2024-6-5", "2024-06-05"),
        (" 15   June 2024 ", "2024-06-15"),
        ("15 Jun. 2024", "2024-06-15"),
        ("June 15, 2024", "2024-06-15"),
        ("June 15th 2024", "2024-06-15"),
        ("15 июня 2024 г.", "2024-06-15"),
        ("1 мая 2024", "2024-05-01"),
        ("3 марта 2024", "2024-03-03"),
        ("15 червня 2024 р.", "2024-06-15"),
        ("2 листопада 2023", "2023-11-02"),
        ("15.06.2024 10:30", "2024-06-15T10:30"),
        ("15 June 2024, 10:30", "2024-06-15T10:30"),
        ("2024-06-14T10:30:00+03:00", "2024-06-14T10:30:00+03:00"),
        ("2024-06-14 10:30:15", "2024-06-14T10:30:15"),
        ("2024-06", "2024-06"),
        ("2024", "2024"),
        ("", ""),
        ("   ", ""),
    ],
)
def test_typed_forms_become_iso(typed: str, iso: str) -> None:
    assert parse_date(typed) == iso


@pytest.mark.parametrize(
    "typed",
    ["yesterday", "31/02/2024", "2024-13-01", "15/13/2024", "15 Foo 2024", "15.06.2024 25:00",
     "0000-00-00", "12345", "2024-00"],
)  # fmt: skip
def test_what_cannot_be_a_date_is_refused_in_one_line(typed: str) -> None:
    with pytest.raises(NotADate) as refused:
        parse_date(typed)
    message = str(refused.value)
    assert "\n" not in message
    what, todo = message.split(" — ")
    assert what.startswith(f"“{typed.strip()}”")
    assert "15/06/2024" in todo and "2024-06-15" in todo


def test_month_names_in_three_languages() -> None:
    assert [month_number(w) for w in ("Jan", "september", "ЯНВАРЯ", "серпня", "вересень")] == [
        1,
        9,
        1,
        8,
        9,
    ]
    assert month_number("ma") is None and month_number("Foo") is None


def test_one_form_for_every_view() -> None:
    assert shown_date("2024-06-14") == "2024-06-14"
    assert shown_date("2024-06-14T10:30:00+03:00") == "2024-06-14 10:30 +03:00"
    assert shown_date("2024-06-14T10:30:00-05:00") == "2024-06-14 10:30 -05:00"
    assert shown_date("2024-06-14T10:30") == "2024-06-14 10:30"
    assert shown_date("2024-06") == "2024-06"
    assert shown_date("") == ""
    # Stored before dates were checked: read as typed where possible, else shown as it is.
    assert shown_date("15/06/2024") == "2024-06-15"
    assert shown_date("mid-June") == "mid-June"
    assert day_of("2024-06-14T23:30:00+03:00") == "2024-06-14"
    assert day_of("2024-06") == "" and day_of("mid-June") == ""

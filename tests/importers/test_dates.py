"""Dates from file metadata become ISO 8601 text, at the precision the file gave."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.importers.dates import iso_from_datetime, iso_from_pdf, iso_from_text


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2024-06-14", "2024-06-14"),
        ("2024-06-14T12:30:00+00:00", "2024-06-14T12:30:00+00:00"),
        ("2024-06-14T12:30:00Z", "2024-06-14T12:30:00+00:00"),
        ("2024-06-14 12:30", "2024-06-14T12:30:00"),
        ("2024-06-14T10:00:00.123456789", "2024-06-14T10:00:00"),  # ODF's nanoseconds
        ("2024-06-14T25:00:00", "2024-06-14"),  # impossible time: the date still holds
        ("2024-13-01", ""),
        ("0000-00-00", ""),
        ("yesterday", ""),
        ("", ""),
        (None, ""),
    ],
)
def test_iso_text(raw: str | None, expected: str) -> None:
    assert iso_from_text(raw) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("D:20240614103000+03'00'", "2024-06-14T10:30:00+03:00"),
        ("D:20240614103000-05'30", "2024-06-14T10:30:00-05:30"),
        ("D:20240614103000Z", "2024-06-14T10:30:00+00:00"),
        ("D:20240614103000", "2024-06-14T10:30:00"),
        ("D:20240614", "2024-06-14"),
        ("D:202406", "2024-06"),
        ("D:2024", "2024"),
        ("20240614", "2024-06-14"),
        ("D:20241340", ""),
        ("garbage", ""),
    ],
)
def test_pdf_dates(raw: str, expected: str) -> None:
    assert iso_from_pdf(raw) == expected


def test_datetimes() -> None:
    assert iso_from_datetime(None) == ""
    assert iso_from_datetime(date(2024, 6, 14)) == "2024-06-14"
    assert iso_from_datetime(datetime(2024, 6, 14)) == "2024-06-14"
    assert iso_from_datetime(datetime(2024, 6, 14, 9, 5, 7, 999)) == "2024-06-14T09:05:07"
    assert iso_from_datetime(datetime(2024, 6, 14, tzinfo=UTC)) == "2024-06-14T00:00:00+00:00"

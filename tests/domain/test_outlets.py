"""The outlet vocabulary and the timeline's arithmetic, as pure functions."""

from __future__ import annotations

from desktop_app.domain.outlet_coverage import GroupCell, lag_text, moment_of
from desktop_app.domain.outlets import (
    Outlet,
    OutletIndex,
    OutletType,
    domain_of,
    site_domain,
    split_groups,
)


def test_outlet_types_read_leniently() -> None:
    assert OutletType.of("News agency") is OutletType.NEWS_AGENCY
    assert OutletType.of("state_media") is OutletType.STATE_MEDIA
    assert OutletType.of(" Think-Tank ") is OutletType.THINK_TANK
    assert OutletType.of("") is None
    assert OutletType.of("blog") is None
    assert OutletType.PUBLIC_BROADCASTER.label == "Public broadcaster"


def test_groups_split_on_semicolons_without_blanks_or_repeats() -> None:
    assert split_groups(" Western ; ;wire services;western;Ukrainian ") == (
        "Western",
        "wire services",
        "Ukrainian",
    )
    assert split_groups("") == ()


def test_domains() -> None:
    assert domain_of("https://www.TASS.ru:443/x?y") == "tass.ru"
    assert domain_of("kremlin.ru/events") == "kremlin.ru"
    assert domain_of("not a url") == ""
    assert site_domain("https://en.kremlin.ru/events/1") == "kremlin.ru"
    index = OutletIndex([Outlet(1, "g", "Kremlin", domains=("kremlin.ru",)), Outlet(2, "h", "X")])
    assert index.at_domain("http://en.kremlin.ru/a") is not None
    assert index.at_domain("http://notkremlin.ru/a") is None
    # A site name the project knows wins over the domain; an unknown one falls back to it.
    assert index.match("x", "https://kremlin.ru/") == index.by_id(2)
    assert index.match("Президент России", "https://kremlin.ru/") == index.by_id(1)
    assert index.match("", "") is None


def test_lags_to_the_minute_or_in_days() -> None:
    first = moment_of("2024-06-14T10:30+03:00")
    assert first is not None and first.timed
    later = moment_of("2024-06-15T09:45Z")
    assert later is not None
    assert lag_text(first, later) == ("+1 d 2 h", 94500.0)
    day = moment_of("2024-06-16")
    assert day is not None and not day.timed
    assert lag_text(first, day)[0] == "+2 days"
    same_day = moment_of("2024-06-14")
    assert same_day is not None and lag_text(first, same_day)[0] == "same day"
    assert moment_of("2024-06") is None and moment_of("") is None and moment_of("soon") is None


def test_cell_text() -> None:
    assert GroupCell(("A",), ("A", "B", "C"), ()).text == "1 of 3"
    assert GroupCell((), ("A", "B"), ("C",)).text == "0 of 2 +1 partly coded"
    assert GroupCell((), (), ("C",)).text == "+1 partly coded"
    assert GroupCell((), (), ()).text == "–"

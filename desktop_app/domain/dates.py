"""Publication dates: reading what an analyst types, and the one form every view shows.

Stored dates are ISO 8601 text that sorts as text: "2024-06-14", "2024-06-14T10:30" or
"2024-06-14T10:30:00+03:00", or only "2024-06" / "2024" when that is all that is known.
:func:`parse_date` turns the forms people type — 15/06/2024, 15.06.2024, 2024-06-15,
"15 June 2024", "June 15, 2024", "15 июня 2024 г.", "15 червня 2024", each with an optional
time — into that, and refuses what cannot be a date with one line saying what to type.
Numeric dates are read day first (15/06/2024), as in Europe; a first number above 12 with a
second one not above 12 is the only way to read it, and one above 12 in second place is read
month first (06/15/2024), as in the US.

:func:`shown_date` is the one form the window, the workbook and the briefing show: "2024-06-14",
or "2024-06-14 10:30" (with "+03:00" when the offset is known); :func:`short_date` is the same
without the time, for lists and headers.
"""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, time, timedelta, timezone

from desktop_app import i18n

# Month names and the stems of their inflected forms: English, Russian (nominative and
# genitive: "июнь", "июня"), Ukrainian ("червень", "червня"), matched on the word's start.
_MONTH_STEMS: tuple[tuple[str, int], ...] = (
    *((m, i) for i, m in enumerate(
        ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"),
        start=1,
    )),
    ("янв", 1), ("фев", 2), ("мар", 3), ("апр", 4), ("мая", 5), ("май", 5), ("июн", 6),
    ("июл", 7), ("авг", 8), ("сен", 9), ("окт", 10), ("ноя", 11), ("дек", 12),
    ("січ", 1), ("лют", 2), ("бер", 3), ("кві", 4), ("тра", 5), ("чер", 6), ("лип", 7),
    ("сер", 8), ("вер", 9), ("жов", 10), ("лис", 11), ("гру", 12),
)  # fmt: skip

_TIME = (
    r"(?:[T\s,]+(?P<H>\d{1,2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?"
    r"\s*(?P<tz>Z|[+-]\d{2}:?\d{2})?)?"
)
_ISO_RE = re.compile(rf"^(?P<y>\d{{4}})-(?P<m>\d{{1,2}})-(?P<d>\d{{1,2}}){_TIME}$")
_PARTIAL_RE = re.compile(r"^(?P<y>\d{4})(?:-(?P<m>\d{1,2}))?$")
_NUMERIC_RE = re.compile(
    rf"^(?P<a>\d{{1,2}})[./-](?P<b>\d{{1,2}})[./-](?P<y>\d{{4}}|\d{{2}}){_TIME}$"
)
_DAY_MONTH_RE = re.compile(
    rf"^(?P<d>\d{{1,2}})\.?\s+(?P<month>[^\W\d_]+)\.?,?\s+(?P<y>\d{{4}})(?:\s*(?:г|р)\.?)?,?{_TIME}$"
)
_MONTH_DAY_RE = re.compile(
    rf"^(?P<month>[^\W\d_]+)\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}}),?{_TIME}$"
)

# The source variable a document's *file* date is kept under: a word processor's or PDF's
# creation date says when the file was made (often a template's), not when the text was
# published, so importers never make it the publication date.
FILE_DATE = "file_date"

HOW_TO_TYPE = i18n.N_(
    "type it as 15/06/2024, 15 June 2024 or 2024-06-15 (a time may follow: 10:30)"
)


class NotADate(ValueError):
    """What was typed cannot be a date; ``str()`` is one line saying what and what to do."""

    def __init__(self, typed: str, why: str = i18n.N_("is not a date")) -> None:
        shown = typed if len(typed) <= 40 else typed[:39] + "…"
        super().__init__(
            i18n.gettext("“{typed}” {why} — {todo}").format(
                typed=shown, why=i18n.gettext(why), todo=i18n.gettext(HOW_TO_TYPE)
            )
        )


def parse_date(typed: str) -> str:
    """ISO text for a typed date (and optional time); "" for nothing typed.

    Raises :class:`NotADate` for text that is not a real calendar date."""
    text = " ".join(typed.split())
    if not text:
        return ""
    if match := _PARTIAL_RE.match(text):
        year, month = int(match["y"]), match["m"]
        if month is None:
            return f"{_checked_year(year, typed):04d}"
        if not 1 <= int(month) <= 12:
            raise NotADate(typed)
        return f"{_checked_year(year, typed):04d}-{int(month):02d}"
    if match := _ISO_RE.match(text):
        return _build(typed, int(match["y"]), int(match["m"]), int(match["d"]), match)
    if match := _NUMERIC_RE.match(text):
        first, second = int(match["a"]), int(match["b"])
        day, month = (second, first) if second > 12 and first <= 12 else (first, second)
        return _build(typed, _full_year(match["y"]), month, day, match)
    for pattern in (_DAY_MONTH_RE, _MONTH_DAY_RE):
        if match := pattern.match(text):
            month = month_number(match["month"])
            if month is None:
                raise NotADate(typed, i18n.N_("names no month"))
            return _build(typed, int(match["y"]), month, int(match["d"]), match)
    raise NotADate(typed)


def month_number(word: str) -> int | None:
    """1–12 for a month's name or abbreviation in English, Russian or Ukrainian."""
    folded = word.casefold().rstrip(".")
    if len(folded) < 3:
        return None
    for stem, number in _MONTH_STEMS:
        if folded.startswith(stem):
            return number
    return None


def shown_date(published: str) -> str:
    """The form a stored date is shown in everywhere: "2024-06-14", "2024-06-14 10:30" (and
    "+03:00" when the offset is known), "2024-06" or "2024". A value stored before dates were
    checked is read as typed when it can be, else shown as it is."""
    value = published.strip()
    if not value:
        return ""
    try:
        iso = parse_date(value)
    except NotADate:
        return value
    if "T" not in iso:
        return _local(iso)
    day, _, clock = iso.partition("T")
    offset = ""
    for sign in ("+", "-"):
        if sign in clock:
            clock, _, rest = clock.partition(sign)
            offset = f" {sign}{rest}"
    if clock.endswith("Z"):
        clock, offset = clock[:-1], " UTC"
    return f"{_local(day)} {clock[:5]}{offset}"


def short_date(published: str) -> str:
    """:func:`shown_date` without the time of day, for lists and headers: "2024-06-14"."""
    day = day_of(published)
    return _local(day) if day else shown_date(published)


def list_date(published: str) -> str:
    """:func:`short_date` for a narrow column: the day in digits where the language writes it
    so ("14.06.2024" in Ukrainian and Russian, "2024-06-14" in English)."""
    day = day_of(published)
    if not day or i18n.current() == i18n.ENGLISH:
        return short_date(published)
    return f"{day[8:10]}.{day[5:7]}.{day[:4]}"


def _local(iso: str) -> str:
    """An ISO day, month or year in the current language's form: English keeps the ISO form
    ("2024-06-14"), Ukrainian and Russian write "14 червня 2024 р.", "14 июня 2024 г."
    ("червень 2024", "июнь 2024" for a month)."""
    if i18n.current() == i18n.ENGLISH or len(iso) == 4:
        return iso
    if len(iso) == 7:
        return i18n.month_year(date(int(iso[:4]), int(iso[5:7]), 1))
    return i18n.long_date(date.fromisoformat(iso))


def day_of(published: str) -> str:
    """The calendar day of a stored date ("2024-06-14"), or "" when it has none (unknown, or
    only a month or a year)."""
    try:
        iso = parse_date(published)
    except NotADate:
        return ""
    return iso[:10] if len(iso) >= 10 else ""


def _full_year(digits: str) -> int:
    year = int(digits)
    return year + 2000 if len(digits) == 2 else year  # "15.06.24": news is of this century


def _checked_year(year: int, typed: str) -> int:
    if not 1900 <= year <= 2200:
        raise NotADate(typed, i18n.N_("is not a year of the news"))
    return year


def _build(typed: str, year: int, month: int, day: int, match: re.Match[str]) -> str:
    try:
        found = date(_checked_year(year, typed), month, day)
    except ValueError:
        raise NotADate(typed) from None
    if match["H"] is None:
        return found.isoformat()
    try:
        clock = time(int(match["H"]), int(match["M"]), int(match["S"] or 0))
    except ValueError:
        raise NotADate(typed, i18n.N_("has no such time of day")) from None
    zone = _zone(match["tz"], typed)
    moment = datetime.combine(found, clock, zone)
    spec = "seconds" if match["S"] else "minutes"
    return moment.isoformat(timespec=spec)


def _zone(tz: str | None, typed: str) -> timezone | None:
    if not tz:
        return None
    if tz == "Z":
        return UTC
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:])
    if hours > 14 or minutes > 59:
        raise NotADate(typed, i18n.N_("has no such time zone"))
    sign = -1 if tz[0] == "-" else 1
    return timezone(sign * timedelta(hours=hours, minutes=minutes))

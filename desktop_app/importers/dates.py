"""Publication dates from file metadata, as ISO 8601 strings that sort as text.

A date alone stays a date ("2024-06-14", or "2024-06" / "2024" when that is all the file says —
never a made-up first of the month); a date with a time keeps the time, to the second, and
its UTC offset when the file gave one ("2024-06-14T10:30:00+03:00"). Anything that does not parse
as a real calendar date becomes "" (unknown) rather than a half-guessed value.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, date, datetime, timedelta, timezone

from desktop_app.domain.dates import FILE_DATE
from desktop_app.domain.model import SourceMeta

_ISO_RE = re.compile(
    r"""^\s*(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})
    (?:[T\s](?P<H>\d{2}):(?P<M>\d{2})(?::(?P<S>\d{2})(?:[.,]\d+)?)?
       \s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?""",
    re.VERBOSE,
)
# PDF dates: D:YYYYMMDDHHmmSSOHH'mm' with everything after the year optional.
_PDF_RE = re.compile(
    r"""^\s*(?:D:)?(?P<y>\d{4})(?P<m>\d{2})?(?P<d>\d{2})?(?P<H>\d{2})?(?P<M>\d{2})?(?P<S>\d{2})?
    (?P<tz>Z|[+-]\d{2}(?:'?\d{2})?)?""",
    re.VERBOSE,
)


def iso_from_datetime(value: datetime | date | None) -> str:
    """ISO text for a parsed date or date-time; a naive midnight is taken as a bare date."""
    if value is None:
        return ""
    if not isinstance(value, datetime):
        return value.isoformat()
    value = value.replace(microsecond=0)
    if value.tzinfo is None and value.time() == datetime.min.time():
        return value.date().isoformat()
    return value.isoformat()


def iso_from_text(text: str | None) -> str:
    """Normalise an ISO-8601-like date string (W3CDTF, XML Schema, HTML meta, ODF)."""
    if not text:
        return ""
    match = _ISO_RE.match(text)
    if match is None:
        return ""
    return _build(match.groupdict())


def iso_from_pdf(text: str | None) -> str:
    """Normalise a PDF date string ("D:20240614103000+03'00'")."""
    if not text:
        return ""
    match = _PDF_RE.match(text)
    if match is None:
        return ""
    parts = match.groupdict()
    if parts["tz"]:
        parts["tz"] = parts["tz"].replace("'", "")
    return _build(parts)


def _build(parts: dict[str, str | None]) -> str:
    try:
        day = date(int(parts["y"] or 0), int(parts["m"] or 1), int(parts["d"] or 1))
    except ValueError:
        return ""
    if day.year < 1900:  # "0000-00-00", "1601-01-01" and similar placeholders
        return ""
    if parts["m"] is None:  # keep the precision the file gave: a year, or a month
        return f"{day.year:04d}"
    if parts["d"] is None:
        return f"{day.year:04d}-{day.month:02d}"
    if parts["H"] is None or parts["M"] is None:
        return day.isoformat()
    try:
        moment = datetime(
            day.year,
            day.month,
            day.day,
            int(parts["H"]),
            int(parts["M"]),
            int(parts["S"] or 0),
            tzinfo=_offset(parts["tz"]),
        )
    except ValueError:
        return day.isoformat()
    return moment.isoformat()


def _offset(tz: str | None) -> timezone | None:
    if not tz:
        return None
    if tz == "Z":
        return UTC
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:4] or 0)
    if hours > 23 or minutes > 59:
        return None
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def file_date_only(
    meta: SourceMeta, variables: dict[str, str]
) -> tuple[SourceMeta, dict[str, str]]:
    """A word processor's or PDF's creation date is when the *file* was made — often a
    template's, years before the article — not when the text was published. It is kept as the
    source's "file date", and Published stays empty for the analyst to fill in."""
    if not meta.published:
        return meta, variables
    return replace(meta, published=""), {**variables, FILE_DATE: meta.published}

"""REFI-QDA vocabulary shared by the ``.qdpx`` reader (:mod:`desktop_app.importers.qdpx`) and
writer (:mod:`desktop_app.exporting.qdpx`), so it sits below both.

Both directions must agree on three things, so they live here once: how GUIDs are spelled, how
a code's Parley-only details (a condition's category, a speaker's aliases, role, affiliation and
side) ride inside the standard's plain ``Description``, and which project ``Variables`` carry a
source's metadata. The standard has no field for any of those details; a readable block of
``Key: value`` lines keeps them visible to analysts in MAXQDA or NVivo and lets a later import
read them back.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from functools import lru_cache

from desktop_app.domain.model import CodingStatus, SpeakerDetails
from desktop_app.domain.textfold import fold

NAMESPACE = "urn:QDA-XML:project:1.0"

# GUIDs derived for things Parley does not store a GUID for (codings, variables, users) come
# from this namespace, so repeated exports of one project give the same GUIDs.
PARLEY_NAMESPACE = uuid.UUID("6f1d3c52-2b7e-5e8a-9c41-7a0d8e5b3f10")

_GUID_RE = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


@lru_cache(maxsize=16384)  # references repeat: thousands of codings name a few hundred codes
def normalise_guid(raw: str | None) -> str | None:
    """A GUID as Parley stores it (lower case, no braces), or None when ``raw`` is not one.

    Vendors write GUIDs in upper case (ATLAS.ti), in braces (the standard's own examples) or
    both; they all name the same thing.
    """
    if raw is None:
        return None
    candidate = raw.strip().lower()
    if candidate.startswith("{") and candidate.endswith("}"):
        candidate = candidate[1:-1].strip()
    return candidate if _GUID_RE.match(candidate) else None


@lru_cache(maxsize=16384)
def reference_key(raw: str | None) -> str:
    """The key a reference is matched by inside one archive: the normalised GUID when it is
    one, else the raw text (a sloppy exporter's "code-1" still links to "code-1")."""
    if raw is None:
        return ""
    return normalise_guid(raw) or raw.strip()


def derived_guid(*parts: str) -> str:
    """A stable GUID for something identified by ``parts`` (e.g. an annotation and a code)."""
    return str(uuid.uuid5(PARLEY_NAMESPACE, "\x1f".join(parts)))


# -- code details inside Description ---------------------------------------------------------

DETAIL_KEYS = ("Category", "Aliases", "Role", "Affiliation", "Side")
SPEAKER_KEYS = frozenset({"aliases", "role", "affiliation", "side"})
_DETAIL_LINE = re.compile(r"^(Category|Aliases|Role|Affiliation|Side): ?(.*)$", re.IGNORECASE)


@dataclass(frozen=True)
class CodeDetails:
    """A code description split into the analyst's text and Parley's details block."""

    body: str
    fields: dict[str, str]  # lower-case key → unescaped value ("aliases" still joined)

    @property
    def category(self) -> str:
        return self.fields.get("category", "")

    def speaker(self) -> SpeakerDetails:
        return SpeakerDetails(
            aliases=split_aliases(self.fields.get("aliases", "")),
            role=self.fields.get("role", ""),
            affiliation=self.fields.get("affiliation", ""),
            side=self.fields.get("side", ""),
        )


def _escape(value: str, separator: bool = False) -> str:
    value = value.replace("\\", "\\\\").replace("\r", "\\r").replace("\n", "\\n")
    return value.replace(";", "\\;") if separator else value


def _unescape(value: str) -> str:
    out: list[str] = []
    chars = iter(value)
    for ch in chars:
        if ch != "\\":
            out.append(ch)
            continue
        following = next(chars, "")
        out.append({"n": "\n", "r": "\r"}.get(following, following))
    return "".join(out)


def split_aliases(joined: str) -> tuple[str, ...]:
    """Aliases written as ``a; b; c`` (a literal ``;`` inside one is escaped as ``\\;``)."""
    parts: list[str] = []
    current: list[str] = []
    escaped = False
    for ch in joined:
        if escaped:
            current.append("\\" + ch)
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == ";":
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    return tuple(alias for part in parts if (alias := _unescape(part).strip()))


def format_code_description(
    description: str, category: str = "", speaker: SpeakerDetails | None = None
) -> str:
    """The standard's ``Description`` for a code: its description, a blank line, then one
    ``Key: value`` line per detail that is set (e.g. ``Aliases: Путин; Putin``)."""
    speaker = speaker or SpeakerDetails()
    values = {
        "Category": _escape(category),
        "Aliases": "; ".join(_escape(alias, separator=True) for alias in speaker.aliases),
        "Role": _escape(speaker.role),
        "Affiliation": _escape(speaker.affiliation),
        "Side": _escape(speaker.side),
    }
    block = [f"{key}: {values[key]}" for key in DETAIL_KEYS if values[key]]
    if not block:
        return description
    return "\n\n".join(part for part in (description, "\n".join(block)) if part)


def parse_code_description(text: str) -> CodeDetails:
    """Split a ``Description`` written by :func:`format_code_description` (or typed by hand in
    another program in the same form) into its body and details. Text without a trailing block
    comes back whole as the body."""
    lines = text.replace("\r\n", "\n").split("\n")
    fields: dict[str, str] = {}
    cut = len(lines)
    while cut > 0:
        match = _DETAIL_LINE.match(lines[cut - 1])
        if match is None or match.group(1).lower() in fields:
            break
        fields[match.group(1).lower()] = match.group(2)
        cut -= 1
    if not fields:
        return CodeDetails(text, {})
    body = "\n".join(lines[:cut])
    if body.endswith("\n"):  # the blank separator line
        body = body[:-1]
    joined_aliases = fields.pop("aliases", None)
    parsed = {key: _unescape(value).strip() for key, value in fields.items()}
    if joined_aliases is not None:
        parsed["aliases"] = joined_aliases  # split later, escapes intact
    return CodeDetails(body, parsed)


# -- source metadata as Variables --------------------------------------------------------------

# Parley field → the Variable name written on export. Import also accepts the other spellings.
FIELD_VARIABLES: dict[str, str] = {
    "outlet": "Outlet",
    "published": "Date",
    "language": "Language",
    "author": "Author",
    "url": "URL",
    "status": "Status",
}
_FIELD_SPELLINGS: dict[str, str] = {
    "outlet": "outlet",
    "media outlet": "outlet",
    "date": "published",
    "published": "published",
    "publication date": "published",
    "published date": "published",
    "language": "language",
    "languages": "language",
    "author": "author",
    "url": "url",
    "link": "url",
    "status": "status",
    "coding status": "status",
}
# The outlet's details carried by each of its sources (desktop_app.domain.outlets): detail →
# the Variable name written on export and read on import (groups separated by ";").
OUTLET_VARIABLES: dict[str, str] = {
    "groups": "Outlet group",
    "country": "Outlet country",
    "type": "Outlet type",
}
_OUTLET_SPELLINGS: dict[str, str] = {
    "outlet group": "groups",
    "outlet groups": "groups",
    "outlet country": "country",
    "outlet type": "type",
}
DESCRIPTION_VARIABLE = "Description"  # a source's own Description, kept as a variable
NOTES_VARIABLE = "Notes"  # notes attached to a whole source


def field_for_variable(name: str) -> str | None:
    """The Parley source field a Variable of this name fills, if any ("date" → "published")."""
    return _FIELD_SPELLINGS.get(" ".join(fold(name).split()))


def outlet_detail_for_variable(name: str) -> str | None:
    """The outlet detail a Variable of this name carries, if any ("Outlet group" → "groups")."""
    return _OUTLET_SPELLINGS.get(" ".join(fold(name).split()))


def status_from_text(value: str) -> CodingStatus | None:
    folded = " ".join(fold(value).replace("_", " ").split())
    for status in CodingStatus:
        if folded in (status.value.replace("_", " "), status.label):
            return status
    return None

"""Parsing ``project.qde`` without trusting it, and naming its elements.

A REFI-QDA project never needs a DTD, so one that declares a DTD is refused, as in every
XML-based format (:mod:`desktop_app.importers.safexml`, which also keeps the fast path: a
prolog that provably holds no DTD goes to the C ElementTree parser, twice as fast as
defusedxml's pure-Python one on a big project).

Elements are named in the root's namespace, so a file in a later namespace version, or in none,
still reads; ``Names`` builds the ``{namespace}Tag`` strings once so look-ups stay in C.
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import Element

from desktop_app.errors import ImportRefused
from desktop_app.i18n import N_, gettext
from desktop_app.importers import safexml
from desktop_app.importers.safexml import prolog_without_dtd

__all__ = ["Names", "local", "parse", "prolog_without_dtd", "timestamp"]

log = logging.getLogger(__name__)

_TODO = N_("export the project again from the other program")


def parse(data: bytes, archive: Path, member: str) -> Element:
    """The root element of ``member`` (inside ``archive``), or ImportRefused."""
    try:
        return safexml.parse(data, archive, todo=gettext(_TODO), member=member)
    except safexml.NotWellFormed as exc:
        raise ImportRefused(
            archive,
            gettext("{member} is not well-formed XML (line {line}, column {column})").format(
                member=member, line=exc.line, column=exc.column
            ),
            gettext(_TODO),
        ) from exc


def local(tag: str) -> str:
    """``{urn:QDA-XML:project:1.0}Code`` → ``Code``."""
    return tag.rpartition("}")[2] if tag.startswith("{") else tag


class Names:
    """Element names in one document's namespace: ``names.Code`` is ``{urn:…}Code``."""

    def __init__(self, prefix: str = "") -> None:
        self.prefix = prefix

    @classmethod
    def of(cls, root: Element) -> Names:
        """The names in ``root``'s namespace (none when the root has none)."""
        return cls(root.tag.rpartition("}")[0] + "}" if root.tag.startswith("{") else "")

    def __getattr__(self, name: str) -> str:
        tag = self.prefix + name
        setattr(self, name, tag)  # cached for the next look-up
        return tag


@lru_cache(maxsize=4096)
def timestamp(value: str | None) -> str:
    """An ``xsd:dateTime`` as Parley stores times (UTC, ``…Z``), or "" when it is not one.
    Cached: a vendor stamps thousands of selections with a few distinct times."""
    if not value:
        return ""
    text = value.strip()
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)  # the standard's examples are all UTC
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

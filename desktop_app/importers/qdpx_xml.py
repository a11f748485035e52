"""Parsing ``project.qde`` without trusting it, and small helpers for walking the tree.

defusedxml refuses any DTD before expat reads it, so neither entity expansion (billion laughs)
nor external entities (``file://``, ``http://``) can happen: a REFI-QDA project never needs a DTD,
and one in an archive is refused outright. Element names are compared by local name, so a file
in a later namespace version, or without the namespace, still reads.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from desktop_app.errors import ImportRefused

log = logging.getLogger(__name__)


def parse(data: bytes, archive: Path, member: str) -> Element:
    """The root element of ``member`` (inside ``archive``), or ImportRefused."""
    try:
        return SafeElementTree.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        log.warning("refused %s in %s: %r", member, archive, exc)
        raise ImportRefused(
            archive,
            f"{member} declares a DTD or entities, which Parley never reads (a safety rule)",
            "export the project again from the other program",
        ) from exc
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise ImportRefused(
            archive,
            f"{member} is not well-formed XML (line {line}, column {column + 1})",
            "export the project again from the other program",
        ) from exc


def local(tag: str) -> str:
    """``{urn:QDA-XML:project:1.0}Code`` → ``Code``."""
    return tag.rpartition("}")[2] if tag.startswith("{") else tag


def children(element: Element, name: str) -> Iterator[Element]:
    for child in element:
        if isinstance(child.tag, str) and local(child.tag) == name:
            yield child


def child(element: Element, name: str) -> Element | None:
    return next(children(element, name), None)


def child_text(element: Element, name: str) -> str:
    found = child(element, name)
    return (found.text or "") if found is not None else ""


def timestamp(value: str | None) -> str:
    """An ``xsd:dateTime`` as Parley stores times (UTC, ``…Z``), or "" when it is not one."""
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

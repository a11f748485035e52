"""Parsing ``project.qde`` without trusting it, and naming its elements.

A REFI-QDA project never needs a DTD, and every XML attack that matters here needs one: entity
expansion (billion laughs, quadratic blow-up) and external entities (``file://``, ``http://``)
are declared in a DTD. So a document whose prolog holds a DOCTYPE is refused outright — it goes
through defusedxml, which refuses any DTD before expat reads it — and a document whose prolog
provably holds none (an ASCII-compatible encoding, then only an XML declaration, comments,
processing instructions and white space before the root element) is parsed by the C
ElementTree parser, twice as fast as defusedxml's pure-Python one on a big project. Anything the
prolog check cannot vouch for (UTF-16, an exotic declared encoding, stray bytes) takes the
defusedxml path too.

Elements are named in the root's namespace, so a file in a later namespace version, or in none,
still reads; ``Names`` builds the ``{namespace}Tag`` strings once so look-ups stay in C.
"""

from __future__ import annotations

import codecs
import logging
import re
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLParser

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as SafeElementTree

from desktop_app.errors import ImportRefused

log = logging.getLogger(__name__)

_WHITE = b" \t\r\n"
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_PLAIN_ENCODINGS = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}
_TODO = "export the project again from the other program"


def prolog_without_dtd(data: bytes) -> bool:
    """True when the bytes before the root element cannot hold a DOCTYPE: an ASCII-compatible
    encoding, and nothing but an XML declaration, comments, processing instructions and white
    space. False means "cannot vouch", not "hostile"."""
    index = 3 if data.startswith(codecs.BOM_UTF8) else 0
    size = len(data)
    while index < size:
        if data[index] in _WHITE:
            index += 1
        elif data.startswith(b"<?", index):
            close = data.find(b"?>", index)
            if close < 0:
                return False
            declared = _ENCODING.search(data, index, close)
            if declared and declared.group(1).decode("ascii").lower() not in _PLAIN_ENCODINGS:
                return False
            index = close + 2
        elif data.startswith(b"<!--", index):
            close = data.find(b"-->", index + 4)
            if close < 0:
                return False
            index = close + 3
        else:
            # "<" and a name character opens the root element; "<!DOCTYPE" or anything else
            # is left to defusedxml.
            return (
                data.startswith(b"<", index)
                and index + 1 < size
                and data[index + 1] not in b"!?/" + _WHITE
            )
    return False


def parse(data: bytes, archive: Path, member: str) -> Element:
    """The root element of ``member`` (inside ``archive``), or ImportRefused."""
    try:
        if prolog_without_dtd(data):
            parser = XMLParser()
            parser.feed(data)
            return parser.close()
        return SafeElementTree.fromstring(
            data, forbid_dtd=True, forbid_entities=True, forbid_external=True
        )
    except DefusedXmlException as exc:
        log.warning("refused %s in %s: %r", member, archive, exc)
        raise ImportRefused(
            archive,
            f"{member} declares a DTD or entities, which Parley never reads (a safety rule)",
            _TODO,
        ) from exc
    except ParseError as exc:
        line, column = getattr(exc, "position", (0, 0))
        raise ImportRefused(
            archive, f"{member} is not well-formed XML (line {line}, column {column + 1})", _TODO
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

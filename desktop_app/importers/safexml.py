"""The one way importers let XML in: no DTD, no entity declarations, no network, ever.

No format Parley reads (Office Open XML, OpenDocument, REFI-QDA) needs a DTD, and every XML
attack that matters is declared in one: entity expansion (billion laughs, quadratic blow-up),
external entities (``file://``, ``http://``), and — quieter but as bad for an analyst — an entity
that a parser leaves unexpanded, so that "The minister of &co; said…" is read as "The minister
of " and the rest of the run is silently gone. So a document that declares a DTD is refused, one
line, whatever the format:

* :func:`parse` is for XML that Parley's own code walks (``.odt``, ``.qdpx``). A document whose
  prolog provably holds no DOCTYPE (:func:`prolog_without_dtd`) goes to the C ElementTree parser
  — fast, and safe because nothing can be declared without a DTD; anything else goes through
  defusedxml with DTDs, entities and external references forbidden.
* :func:`declares_dtd` is for XML a third-party library will parse (python-docx reads every
  part of a ``.docx`` with lxml). The same prolog check vouches for the common case in
  microseconds; otherwise lxml itself — the very parser the library uses, so the two agree on
  every encoding (UTF-16, UTF-32, EBCDIC…) — reads the bytes with entities unresolved, no
  network and no DTD loading, and the tree's DOCTYPE is looked at.
* :func:`vet_zip_members` applies :func:`declares_dtd` to every member of a package that any
  XML parser could read, before the library opens the package.
"""

from __future__ import annotations

import codecs
import logging
import re
import zipfile
import zlib
from collections.abc import Callable
from pathlib import Path
from xml.etree.ElementTree import Element, ParseError, XMLParser

from desktop_app.errors import ImportRefused
from desktop_app.i18n import N_, gettext

logger = logging.getLogger(__name__)

DTD_REASON = N_("declares a DTD or entities, which Parley never reads (a safety rule)")

_WHITE = b" \t\r\n"
_ENCODING_RE = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._-]{1,40})["']""")
_PLAIN_ENCODINGS = {"utf-8", "utf8", "us-ascii", "ascii", "iso-8859-1", "latin-1", "latin1"}
# Bytes that can follow "<" to open the root element in an ASCII-compatible encoding: an ASCII
# name-start character, or the first byte of a UTF-8 multi-byte character. A NUL ("<\0" is
# UTF-16 without a byte-order mark), "!", "?", "/" or white space cannot.
_NAME_START = frozenset(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_:") | frozenset(
    range(0xC2, 0xF5)
)
# How many leading bytes tell whether a member could be XML at all (see ``could_be_xml``).
_SNIFF_BYTES = 64


class NotWellFormed(ValueError):
    """The bytes are not well-formed XML (no DTD was involved); callers word the damage."""

    def __init__(self, line: int, column: int) -> None:
        super().__init__(f"not well-formed XML (line {line}, column {column})")
        self.line = line
        self.column = column


def refusal(path: Path, todo: str, member: str = "") -> ImportRefused:
    """The one refusal for a DTD, in every format: "report.docx: declares a DTD or entities…",
    or, naming the part, "x.qdpx: project.qde declares a DTD or entities…"."""
    return ImportRefused(
        path,
        gettext("{member} {reason}").format(member=member, reason=gettext(DTD_REASON))
        if member
        else gettext(DTD_REASON),
        todo,
    )


def prolog_without_dtd(data: bytes) -> bool:
    """True when the bytes before the root element cannot hold a DOCTYPE: an ASCII-compatible
    encoding, and nothing but an XML declaration, comments, processing instructions and white
    space before a root element's name. False means "cannot vouch", not "hostile".

    Linear: each step jumps past one construct with ``bytes.find``."""
    index = 3 if data.startswith(codecs.BOM_UTF8) else 0
    size = len(data)
    while index < size:
        if data[index] in _WHITE:
            index += 1
        elif data.startswith(b"<?", index):
            close = data.find(b"?>", index)
            if close < 0:
                return False
            declared = _ENCODING_RE.search(data, index, close)
            if declared and declared.group(1).decode("ascii").lower() not in _PLAIN_ENCODINGS:
                return False
            index = close + 2
        elif data.startswith(b"<!--", index):
            close = data.find(b"-->", index + 4)
            if close < 0:
                return False
            index = close + 3
        else:
            # "<" and a name character opens the root element; "<!DOCTYPE", "<\0" (UTF-16
            # without a byte-order mark) or anything else cannot be vouched for.
            return (
                data.startswith(b"<", index) and index + 1 < size and data[index + 1] in _NAME_START
            )
    return False


def parse(data: bytes, path: Path, *, todo: str, member: str = "") -> Element:
    """The root element of the XML document ``data`` (from ``path``, part ``member``).

    Raises ImportRefused when it declares a DTD, NotWellFormed when it is not XML."""
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        if prolog_without_dtd(data):
            parser = XMLParser()
            parser.feed(data)
            return parser.close()
        return fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as error:
        logger.warning("refused %s in %s: %r", member or "XML", path, error)
        raise refusal(path, todo, member) from None
    except ParseError as error:
        line, column = getattr(error, "position", (0, 0))
        raise NotWellFormed(line, column + 1) from None


def declares_dtd(data: bytes) -> bool:
    """Whether an XML parser reading ``data`` would meet a DOCTYPE.

    lxml reads the bytes with entities unresolved, no network and no DTD loading, in recovery
    mode so that a document which is also broken (a billion-laughs one fails on its
    amplification limit) is still seen to declare a DTD. Bytes lxml cannot read at all (UTF-16
    without a byte-order mark or declaration, binary) count as "no": whoever parses them later
    fails the same way, loudly."""
    if prolog_without_dtd(data):
        return False
    from lxml import etree

    parser = etree.XMLParser(
        resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False, recover=True
    )
    try:
        root = etree.fromstring(data, parser)
    except (etree.XMLSyntaxError, ValueError):
        return False
    if root is None:
        return False
    info = root.getroottree().docinfo
    return bool(info.doctype) or info.internalDTD is not None or info.externalDTD is not None


def could_be_xml(head: bytes) -> bool:
    """Whether a document starting with ``head`` could be read as XML by some parser: after an
    optional byte-order mark and white space, "<" in an ASCII-compatible encoding, in UTF-16 or
    UTF-32 of either byte order, or "<?xm" in EBCDIC. Pictures and other binary parts cannot."""
    for bom in (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF8):
        if head.startswith(bom):
            return True
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return True
    if head.startswith(b"\x4c\x6f\xa7\x94"):  # "<?xm" in EBCDIC
        return True
    # NULs are how UTF-16 and UTF-32 spell ASCII; dropping them reads "<" in all of them.
    first = head.replace(b"\x00", b"").lstrip(_WHITE)
    return first.startswith(b"<")


def vet_zip_members(
    archive: zipfile.ZipFile,
    path: Path,
    *,
    todo: str,
    read: Callable[[str], bytes | None],
) -> None:
    """Refuse the package if any member that could be XML declares a DTD.

    Every member is checked, not only the ones a reader is known to open: python-docx parses
    every part whose content type it knows, and the content type is the package's to choose.
    ``read(name)`` returns a member's bytes, refusing damage (sizes already vetted by
    ``zipsafe``); only the first bytes of pictures and other binary parts are inflated."""
    for info in archive.infolist():
        if info.is_dir():
            continue
        try:
            with archive.open(info) as handle:
                head = handle.read(_SNIFF_BYTES)
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError):
            head = b"<"  # let ``read`` meet the damage and refuse it in its own words
        if not could_be_xml(head):
            continue
        data = read(info.filename)
        if data is not None and declares_dtd(data):
            logger.warning("refused %s in %s: it declares a DTD", info.filename, path)
            raise refusal(path, todo)

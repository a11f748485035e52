"""What a saved web page says about itself: its character encoding and its metadata.

Browsers decode a page by its byte-order mark, then by the ``<meta charset>`` (or
``http-equiv="Content-Type"``) in the first bytes; :func:`decode_html` does the same, mapping
labels the way browsers do (WHATWG Encoding Standard: "iso-8859-1" and "ascii" mean
windows-1252). Without a declaration, the plain-text decoder (``charsets``) decides. A page
declared UTF-8 with a few invalid byte sequences is UTF-8 with a "\ufffd" for each, counted in a
warning; only one whose bytes are mostly not UTF-8 (a page in another encoding, mislabelled) is
decoded by detection instead.

:func:`read_head` collects the ``<meta>`` tags, ``<title>``, canonical link and ``<html lang>``
with the standard library's tolerant HTML parser; the HTML importer uses them where
trafilatura's own metadata is missing, and for the publication date first (an explicit
``article:published_time`` beats a date guessed from the page).
"""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser
from pathlib import Path

from desktop_app.i18n import gettext, ngettext
from desktop_app.importers.charsets import DecodedText, decode_text
from desktop_app.importers.htmlguard import parse_linearly

logger = logging.getLogger(__name__)

PRESCAN_BYTES = 4096  # browsers look at 1024; pages with long <head> comments need more
HEAD_SCAN_CHARS = 500_000  # where to stop looking for metadata when </head> is missing
# A page declared UTF-8 stays UTF-8 when its valid multi-byte characters outnumber its invalid
# byte sequences at least this many times. Text in another encoding labelled UTF-8 has almost
# no valid multi-byte sequences: measured on the test paragraphs in cp1251, Mac Cyrillic,
# cp1250, ISO-8859-2, cp1252, cp1254 and cp1257, at most 1 valid per 196 invalid (0.005).
MIN_VALID_PER_INVALID = 2
_HEAD_END_RE = re.compile(r"</head\s*>|<body[\s>]", re.IGNORECASE)

# A <meta> tag up to its ">" (or the end), then its charset attribute looked for inside it: two
# plain scans, where "<meta[^>]+charset" backtracked over every unclosed tag (quadratic on a head
# of many "<meta " without ">").
_META_TAG_RE = re.compile(rb"<meta[^>]*", re.I)
_CHARSET_ATTR_RE = re.compile(rb"""charset\s*=\s*["']?\s*([A-Za-z0-9_:.\-]+)""", re.I)
_XML_DECL_RE = re.compile(rb"""^\s*<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.\-]+)["']""", re.I)

# Labels whose meaning differs between browsers and Python's codec registry, or that Python
# does not know (WHATWG Encoding Standard, "Legacy single-byte encodings").
_WHATWG_LABELS = {
    "iso-8859-1": "cp1252",
    "iso8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "l1": "cp1252",
    "us-ascii": "cp1252",
    "ascii": "cp1252",
    "iso-8859-9": "cp1254",
    "x-mac-cyrillic": "mac-cyrillic",
    "x-mac-ukrainian": "mac-cyrillic",
    "x-user-defined": "cp1252",
    # A page cannot declare UTF-16 in its own ASCII-compatible bytes; browsers read UTF-8.
    "utf-16": "utf-8",
    "utf-16le": "utf-8",
    "utf-16be": "utf-8",
}


def decode_html(data: bytes, path: Path) -> DecodedText:
    """Decode a page as a browser would: byte-order mark, declared charset, else detection."""
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return decode_text(data, path)
    declared = _declared_charset(data[:PRESCAN_BYTES])
    if declared is None:
        return decode_text(data, path)
    try:
        return DecodedText(data.decode(declared), declared, (), "certain (declared by the page)")
    except UnicodeDecodeError:
        pass
    if declared == "utf-8":
        mostly = _mostly_utf8(data)
        if mostly is not None:
            return mostly
    # Pages re-saved by an editor often keep a declaration that no longer holds.
    detected = decode_text(data, path)
    warning = gettext(
        "the page declares the {declared} encoding, but its bytes are not valid {declared}; "
        "it was read as {encoding}"
    ).format(declared=declared, encoding=detected.encoding)
    return DecodedText(
        detected.text, detected.encoding, (warning, *detected.warnings), detected.confidence
    )


def _mostly_utf8(data: bytes) -> DecodedText | None:
    """A page declared UTF-8 that holds a few invalid byte sequences (a pasted snippet, a
    truncated character) as UTF-8 with "\ufffd" for each of them; None when the invalid
    sequences are too many for that (see ``MIN_VALID_PER_INVALID``) — a page really in another
    encoding and mislabelled, which detection then reads."""
    text = data.decode("utf-8", errors="replace")
    replacements = text.count("\ufffd")
    invalid = replacements - data.count("\ufffd".encode())  # U+FFFD the page itself holds
    valid = len(text) - len(text.encode("ascii", errors="ignore")) - invalid
    if valid < MIN_VALID_PER_INVALID * invalid:
        return None
    warning = ngettext(
        "the page declares UTF-8 but holds {n} invalid byte sequence; it was "
        "replaced with “\ufffd” (the rest of the page is valid UTF-8)",
        "the page declares UTF-8 but holds {n} invalid byte sequences; they were "
        "replaced with “\ufffd” (the rest of the page is valid UTF-8)",
        invalid,
    )
    return DecodedText(
        text, "utf-8", (warning,), f"high (declared by the page; {invalid} invalid replaced)"
    )


def _meta_charset(head: bytes) -> re.Match[bytes] | None:
    """The charset attribute of the first <meta> tag in ``head`` that has one."""
    for tag in _META_TAG_RE.finditer(head):
        found = _CHARSET_ATTR_RE.search(tag.group())
        if found is not None:
            return found
    return None


def _declared_charset(head: bytes) -> str | None:
    match = _XML_DECL_RE.match(head) or _meta_charset(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii", errors="replace").strip().lower()
    label = _WHATWG_LABELS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        logger.info("unknown charset label %r in page", label)
        return None


@dataclass
class PageHead:
    """Metadata found in a page's markup. ``meta`` maps lower-cased ``name``/``property``/
    ``itemprop`` keys to the first ``content`` given for them."""

    lang: str = ""
    title: str = ""
    canonical: str = ""
    meta: dict[str, str] = field(default_factory=dict)

    def first(self, *keys: str) -> str:
        """The first non-empty ``content`` among ``keys``."""
        for key in keys:
            value = self.meta.get(key, "").strip()
            if value:
                return value
        return ""


class _HeadParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.head = PageHead()
        self._in_title = False
        self._title_parts: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = {name.lower(): value or "" for name, value in attrs}
        if tag == "html" and not self.head.lang:
            self.head.lang = values.get("lang", "") or values.get("xml:lang", "")
        elif tag == "title" and not self._title_parts:
            self._in_title = True
        elif tag == "meta":
            key = values.get("property") or values.get("name") or values.get("itemprop")
            key = key or values.get("http-equiv", "")
            content = values.get("content", "")
            if key and content:
                self.head.meta.setdefault(key.strip().lower(), content)
        elif tag == "link" and "canonical" in values.get("rel", "").lower().split():
            self.head.canonical = self.head.canonical or values.get("href", "")

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self._title_parts.append(data)

    def close(self) -> None:
        super().close()
        self.head.title = " ".join("".join(self._title_parts).split())


def read_head(html: str) -> PageHead:
    """The page's ``<html lang>``, ``<title>``, canonical URL and ``<meta>`` contents."""
    parser = _HeadParser()
    # Metadata sits in <head>; the body adds nothing but time.
    end = _HEAD_END_RE.search(html, 0, HEAD_SCAN_CHARS)
    parse_linearly(parser, html[: end.end()] if end else html[:HEAD_SCAN_CHARS])
    return parser.head

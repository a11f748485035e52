"""Plain-text files (.txt, .text): decoded exactly, never reflowed.

The text is the file's characters after decoding (see ``charsets``) and the shared
normalisation; the title is the first non-empty line. Content that is recognisably something
else (a PDF, a Word file, an image renamed to .txt) is refused with advice, rather than imported
as a page of gibberish.
"""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.domain.model import SourceMeta
from desktop_app.errors import ImportRefused
from desktop_app.i18n import gettext
from desktop_app.importers.assemble import Extracted, first_line_title
from desktop_app.importers.charsets import DecodedText, decode_text
from desktop_app.importers.detect import DESCRIPTIONS, Kind, sniff, what_to_do

logger = logging.getLogger(__name__)


def decode_plain(data: bytes, path: Path, encoding: str | None = None) -> DecodedText:
    """Decode a file that should hold plain text (also used for Markdown), refusing binary
    content and text that is only whitespace; ``encoding`` replaces detection."""
    kind = sniff(data)
    if kind is not Kind.TEXTLIKE:
        raise ImportRefused(
            path,
            gettext("is not a text file (it looks like {kind})").format(
                kind=gettext(DESCRIPTIONS[kind])
            ),
            what_to_do(kind),
        )
    decoded = decode_text(data, path, encoding)
    if not decoded.text.strip():
        raise ImportRefused(
            path,
            gettext("is empty (it contains only whitespace)"),
            gettext("check that the file was saved"),
        )
    return decoded


def extract_text(data: bytes, path: Path, encoding: str | None = None) -> Extracted:
    """Text and metadata of a plain-text file (in ``encoding`` when given)."""
    decoded = decode_plain(data, path, encoding)
    return Extracted(
        text=decoded.text,
        meta=SourceMeta(title=first_line_title(decoded.text)),
        variables=decoded.variables,
        warnings=decoded.warnings,
    )

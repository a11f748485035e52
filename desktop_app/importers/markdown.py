"""Markdown files (.md, .markdown): imported as written, not rendered.

The analyst reads and marks the text exactly as the file holds it — "**" and "#" included —
because rendering would make every offset disagree with the file a colleague opens. Markdown
only contributes metadata: the title is the first level-one heading ("# Title"), and a leading
YAML front-matter block (between "---" lines, as static-site generators write it) may give
title, author, date and source URL.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from desktop_app.domain.model import SourceMeta
from desktop_app.importers.assemble import Extracted, clean_title
from desktop_app.importers.dates import iso_from_text
from desktop_app.importers.text import decode_plain

logger = logging.getLogger(__name__)

# Every pattern here runs over the whole file, so none may backtrack: each is a plain scan, and
# what a lazy group would trim (closing #s, trailing blanks) is trimmed in Python instead. A lazy
# ".+?" followed by optional blanks took quadratic time on a heading with a long run of blanks.
# An ATX level-one heading line: up to three spaces, "#", a blank, the rest of the line.
_H1_RE = re.compile(r"^ {0,3}#[ \t]([^\n]*)", re.MULTILINE)
# A heading's optional closing sequence: blanks, then #s, then blanks, at the end.
_CLOSING_HASHES_RE = re.compile(r"[ \t]#+[ \t]*\Z")
_FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)
_FIELD_RE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:([^\n]*)", re.MULTILINE)


def extract_markdown(data: bytes, path: Path, encoding: str | None = None) -> Extracted:
    """Text and metadata of a Markdown file (in ``encoding`` when given)."""
    decoded = decode_plain(data, path, encoding)
    front = _front_matter(decoded.text)
    title = front.get("title") or _first_heading(decoded.text)
    meta = SourceMeta(
        title=clean_title(title),
        author=front.get("author", ""),
        published=iso_from_text(front.get("date")),
        url=front.get("url") or front.get("source", ""),
        outlet=front.get("outlet") or front.get("site", ""),
        language=front.get("lang") or front.get("language", ""),
    )
    return Extracted(
        text=decoded.text,
        meta=meta,
        variables=decoded.variables,
        warnings=decoded.warnings,
    )


def _first_heading(text: str) -> str:
    """The text of the first level-one ATX heading that has any ("" when none has)."""
    for match in _H1_RE.finditer(text):
        line = match.group(1).rstrip(" \t\r")
        if line.lstrip(" \t").strip("#") == "":
            continue  # "# #" or "#   ": a heading with no text
        closing = _CLOSING_HASHES_RE.search(line)
        if closing is not None:
            line = line[: closing.start()]
        if line.strip():
            return line.strip()
    return ""


def _front_matter(text: str) -> dict[str, str]:
    """Simple "key: value" fields of a leading front-matter block (lists and nesting ignored)."""
    match = _FRONT_MATTER_RE.match(text)
    if match is None:
        return {}
    fields: dict[str, str] = {}
    for key, raw in _FIELD_RE.findall(match.group(1)):
        value = raw.strip()
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        if value:
            fields.setdefault(key.lower(), value)
    return fields

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

# An ATX level-one heading: up to three spaces, "#", a space, the text, optional closing #s.
_H1_RE = re.compile(r"^ {0,3}#[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$", re.MULTILINE)
_FRONT_MATTER_RE = re.compile(
    r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL
)
_FIELD_RE = re.compile(r"^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*?)[ \t]*$", re.MULTILINE)


def extract_markdown(data: bytes, path: Path) -> Extracted:
    """Text and metadata of a Markdown file."""
    decoded = decode_plain(data, path)
    front = _front_matter(decoded.text)
    heading = _H1_RE.search(decoded.text)
    title = front.get("title") or (heading.group(1) if heading else "")
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

"""OpenDocument text (.odt): paragraphs, headings, lists and tables in order, plus meta.xml.

Read with zipfile and ``safexml`` rather than odfpy: the two XML members needed are parsed with
DTDs, entity declarations and external references forbidden (so "billion laughs" and XXE
documents are refused, as in every XML format), after ``zipsafe`` has vetted the archive's
sizes — and the walk below controls exactly which elements count as reading text. The text
follows the same decisions as the .docx importer: blocks separated by a blank line, empty
paragraphs dropped, table rows as one line with cells joined by " | ", tracked deletions,
notes, annotations, frames (images, text boxes) and generated indexes left out. Inside a
paragraph, ODF's whitespace rules apply: runs of XML whitespace count as one space,
``<text:s text:c="n"/>`` is n spaces, ``<text:tab/>`` a tab and ``<text:line-break/>`` a line
break.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from xml.etree.ElementTree import Element

from desktop_app.domain.model import SourceMeta
from desktop_app.errors import ImportRefused
from desktop_app.i18n import N_, gettext
from desktop_app.importers import safexml
from desktop_app.importers.assemble import Extracted, clean_title
from desktop_app.importers.dates import file_date_only, iso_from_text
from desktop_app.importers.detect import DESCRIPTIONS, Kind, is_odf_text, sniff, what_to_do
from desktop_app.importers.zipsafe import damaged, open_zip, read_member

logger = logging.getLogger(__name__)

_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_TABLE = "{urn:oasis:names:tc:opendocument:xmlns:table:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_DC = "{http://purl.org/dc/elements/1.1/}"

_PARAGRAPHS = frozenset({f"{_TEXT}p", f"{_TEXT}h"})
# Containers whose children are blocks again.
_BLOCK_CONTAINERS = frozenset(
    {
        f"{_TEXT}section", f"{_TEXT}list", f"{_TEXT}list-item", f"{_TEXT}list-header",
        f"{_TEXT}numbered-paragraph", f"{_TEXT}soft-page-break",
    }
)  # fmt: skip
_ROW_CONTAINERS = frozenset(
    {
        f"{_TABLE}table-header-rows", f"{_TABLE}table-rows", f"{_TABLE}table-row-group",
    }
)  # fmt: skip
# Inline elements whose text is not reading text.
_SKIPPED_INLINE = frozenset(
    {
        f"{_TEXT}note", f"{_OFFICE}annotation", f"{_OFFICE}annotation-end",
        f"{_TEXT}tracked-changes", f"{_TEXT}bookmark-ref",
        "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}frame",
        "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}a",
    }
)  # fmt: skip
_XML_SPACE_RE = re.compile(r"[ \t\r\n]+")
_SOFT = "\x00"  # internal marker for a collapsed space at the end of a run; becomes " "

_LABEL, _APP = ".odt", "LibreOffice"
_RESAVE = N_("open it in LibreOffice and save it again, then import the new file")


def extract_odt(data: bytes, path: Path) -> Extracted:
    """Text and metadata of an OpenDocument text document."""
    kind = sniff(data)
    if kind is not Kind.ZIP:
        raise ImportRefused(
            path,
            gettext("is not an OpenDocument .odt file (it looks like {kind})").format(
                kind=gettext(DESCRIPTIONS[kind])
            ),
            what_to_do(kind),
        )
    with open_zip(data, path, _LABEL, _APP) as archive:
        _check_package(archive, path)
        content = read_member(archive, "content.xml", path, _LABEL, _APP)
        meta_xml = read_member(archive, "meta.xml", path, _LABEL, _APP)
    if content is None:
        raise damaged(path, _LABEL, _APP)
    body = _parse(content, path).find(f"{_OFFICE}body/{_OFFICE}text")
    if body is None:
        raise ImportRefused(
            path, gettext("is not an OpenDocument text document"), gettext("check the file's type")
        )
    text = "\n\n".join(_blocks(body))
    meta = _metadata(_parse(meta_xml, path)) if meta_xml else SourceMeta()
    meta, variables = file_date_only(meta, {})
    return Extracted(text=text, meta=meta, variables=variables)


def _check_package(archive: Any, path: Path) -> None:
    mimetype = read_member(archive, "mimetype", path, _LABEL, _APP)
    if mimetype is not None and not is_odf_text(mimetype):
        what = mimetype.decode("ascii", errors="replace").strip() or "unknown"
        if "opendocument" in what:
            raise ImportRefused(
                path,
                gettext("is not an OpenDocument text document ({what})").format(what=what),
                gettext("Parley imports text documents; export the text to .odt or .docx"),
            )
        raise ImportRefused(
            path, gettext("is not an OpenDocument .odt file"), gettext("check the file's type")
        )
    if mimetype is None and "word/document.xml" in archive.namelist():
        raise ImportRefused(
            path,
            gettext("is a Word document named .odt"),
            gettext("rename it to .docx and import it again"),
        )
    manifest = read_member(archive, "META-INF/manifest.xml", path, _LABEL, _APP) or b""
    if b"encryption-data" in manifest:
        raise ImportRefused(
            path,
            gettext("the .odt file is password-protected"),
            gettext("remove the password in LibreOffice (File › Properties) and import it again"),
        )


def _parse(xml: bytes, path: Path) -> Element:
    try:
        return safexml.parse(xml, path, todo=gettext(_RESAVE))
    except safexml.NotWellFormed:
        logger.info("malformed XML in %s", path, exc_info=True)
        raise damaged(path, _LABEL, _APP) from None


def _blocks(container: Element) -> Iterator[str]:
    for child in container:
        tag = child.tag
        if tag in _PARAGRAPHS:
            text = _paragraph_text(child)
            if text.strip():
                yield text
        elif tag in _BLOCK_CONTAINERS:
            yield from _blocks(child)
        elif tag == f"{_TABLE}table":
            rows = [row for row in (_row_text(r) for r in _rows(child)) if row.strip(" |")]
            if rows:
                yield "\n".join(rows)


def _rows(table: Element) -> Iterator[Element]:
    for child in table:
        if child.tag == f"{_TABLE}table-row":
            yield child
        elif child.tag in _ROW_CONTAINERS:
            yield from _rows(child)


def _row_text(row: Element) -> str:
    cells = [
        " ".join(" ".join(_blocks(cell)).split("\n"))
        for cell in row
        if cell.tag == f"{_TABLE}table-cell"  # covered (merged-away) cells hold nothing
    ]
    return " | ".join(cells).rstrip(" |")


def _paragraph_text(paragraph: Element) -> str:
    parts: list[str] = []
    _collect(paragraph, parts)
    return "".join(parts).replace(_SOFT, " ").rstrip(" ")


def _collect(element: Element, parts: list[str]) -> None:
    _append_xml_text(parts, element.text)
    for child in element:
        tag = child.tag
        if tag == f"{_TEXT}s":
            parts.append(" " * _count(child.get(f"{_TEXT}c")))
        elif tag == f"{_TEXT}tab":
            parts.append("\t")
        elif tag == f"{_TEXT}line-break":
            parts.append("\n")
        elif tag not in _SKIPPED_INLINE:
            _collect(child, parts)
        _append_xml_text(parts, child.tail)


def _append_xml_text(parts: list[str], text: str | None) -> None:
    """Append character data under ODF's whitespace rule: a run of XML whitespace is one
    space, none at the start of a paragraph or line, and none right after another collapsed
    space (across element boundaries too). Spaces from ``<text:s/>`` are never collapsed."""
    if not text:
        return
    collapsed = _XML_SPACE_RE.sub(" ", text)
    if collapsed.startswith(" ") and (not parts or parts[-1].endswith((_SOFT, "\n"))):
        collapsed = collapsed[1:]
    if collapsed:
        # Mark a trailing collapsed space so the next run can tell it from a <text:s/> space.
        parts.append(collapsed[:-1] + _SOFT if collapsed.endswith(" ") else collapsed)


def _count(value: str | None) -> int:
    try:
        return max(1, min(int(value or 1), 1000))
    except ValueError:
        return 1


def _metadata(root: Element) -> SourceMeta:
    meta = root.find(f"{_OFFICE}meta")
    if meta is None:
        return SourceMeta()

    def first(*tags: str) -> str:
        for tag in tags:
            value = (meta.findtext(tag) or "").strip()
            if value:
                return value
        return ""

    return SourceMeta(
        title=clean_title(first(f"{_DC}title")),
        author=clean_title(first(f"{_META}initial-creator", f"{_DC}creator")),
        published=iso_from_text(first(f"{_META}creation-date", f"{_DC}date")),
        language=first(f"{_DC}language"),
    )

"""Word documents (.docx): paragraphs and tables in reading order, plus core properties.

python-docx opens the package (after ``zipsafe`` has vetted the archive's sizes and ``safexml``
every XML part for a DTD, which it would parse with entities left unexpanded) and gives the parsed
body; the text is then read from the body's XML directly, because python-docx's
``Paragraph.text`` misses text in tracked insertions and content controls, and its
``Table.rows`` repeat merged cells. Decisions:

* Blocks — paragraphs (headings included) and table rows — appear in document order. Paragraphs
  are separated by a blank line, as in the HTML importer; empty paragraphs (Word's way of adding
  space) are dropped. A manual line break inside a paragraph stays a single "\\n".
* A table row is one line, its cells joined by " | "; paragraphs inside a cell are joined by
  a space so a row never spans lines. Rows of one table are consecutive lines.
* Tracked changes are read as accepted: insertions are text, deletions are not.
* Text boxes, drawings, headers, footers, footnotes and comments are left out — they are page
  furniture or sit outside the reading order. List numbers Word generates are not text either.
* Core properties give title, author, creation date (as the publication date) and language.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.model import SourceMeta
from desktop_app.errors import ImportRefused
from desktop_app.i18n import N_, gettext
from desktop_app.importers import safexml
from desktop_app.importers.assemble import Extracted, clean_title
from desktop_app.importers.dates import file_date_only, iso_from_datetime
from desktop_app.importers.detect import DESCRIPTIONS, Kind, sniff, what_to_do
from desktop_app.importers.zipsafe import damaged, open_zip, read_member

logger = logging.getLogger(__name__)

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_P, _TBL, _TR, _TC, _SDT, _SDT_CONTENT, _CUSTOM_XML = (
    f"{_W}p", f"{_W}tbl", f"{_W}tr", f"{_W}tc", f"{_W}sdt", f"{_W}sdtContent", f"{_W}customXml",
)  # fmt: skip
_T, _TAB, _PTAB, _BR, _CR, _NO_BREAK_HYPHEN = (
    f"{_W}t", f"{_W}tab", f"{_W}ptab", f"{_W}br", f"{_W}cr", f"{_W}noBreakHyphen",
)  # fmt: skip
# Subtrees whose text is not part of the reading text (see the module docstring).
_SKIPPED = frozenset(
    {
        f"{_W}pPr", f"{_W}rPr", f"{_W}del", f"{_W}moveFrom", f"{_W}drawing", f"{_W}pict",
        f"{_W}object", f"{_W}txbxContent", f"{_W}footnoteReference", f"{_W}endnoteReference",
        f"{_W}commentReference", f"{_W}instrText", f"{_W}delText", f"{_W}fldData",
        "{http://schemas.openxmlformats.org/markup-compatibility/2006}AlternateContent",
    }
)  # fmt: skip

_LABEL, _APP = ".docx", "Word"
_RESAVE = N_("open it in Word and save it again, then import the new file")


def extract_docx(data: bytes, path: Path) -> Extracted:
    """Text and metadata of a Word document."""
    _check_container(data, path)
    with open_zip(data, path, _LABEL, _APP) as archive:  # vet sizes before python-docx reads
        _check_package(archive.namelist(), path)
        # python-docx parses parts with entities unresolved: a DTD's "&co;" would silently cut
        # the rest of the run. No part it may read is allowed one.
        safexml.vet_zip_members(
            archive,
            path,
            todo=gettext(_RESAVE),
            read=lambda name: read_member(archive, name, path, _LABEL, _APP),
        )
    document = _open(data, path)
    text = "\n\n".join(_blocks(document.element.body))
    meta, variables = file_date_only(_metadata(document.core_properties), {})
    return Extracted(text=text, meta=meta, variables=variables)


def _check_container(data: bytes, path: Path) -> None:
    kind = sniff(data)
    if kind is Kind.ZIP:
        return
    if kind is Kind.OLE:
        if "EncryptionInfo".encode("utf-16-le") in data:
            raise ImportRefused(
                path,
                gettext("the .docx file is password-protected"),
                gettext(
                    "remove the password in Word (File › Info › Protect Document) and import again"
                ),
            )
        raise ImportRefused(
            path,
            gettext("is an old Word .doc file, not a .docx"),
            gettext("open it in Word or LibreOffice, save it as .docx and import that file"),
        )
    if kind is Kind.TEXTLIKE:
        raise ImportRefused(
            path, gettext("is not a Word .docx file"), gettext("check the file's type")
        )
    raise ImportRefused(
        path,
        gettext("is not a Word .docx file (it looks like {kind})").format(
            kind=gettext(DESCRIPTIONS[kind])
        ),
        what_to_do(kind),
    )


def _check_package(names: list[str], path: Path) -> None:
    if "[Content_Types].xml" in names:
        return
    if "mimetype" in names and "content.xml" in names:
        raise ImportRefused(
            path,
            gettext("is an OpenDocument file named .docx"),
            gettext("rename it to .odt and import it again"),
        )
    raise ImportRefused(
        path, gettext("is a zip archive, not a Word .docx file"), gettext("check the file's type")
    )


def _open(data: bytes, path: Path) -> Any:
    import io

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        return docx.Document(io.BytesIO(data))
    except PackageNotFoundError:
        raise damaged(path, _LABEL, _APP) from None
    except KeyError:  # a part the package names is missing
        logger.info("incomplete .docx package %s", path, exc_info=True)
        raise damaged(path, _LABEL, _APP) from None
    except ValueError as error:  # "not a Word file, content type is …" (.docm, .dotx, .xlsx)
        if "content type" not in str(error):
            raise
        raise ImportRefused(
            path,
            gettext("is not a Word document (it is another kind of Office file)"),
            gettext("save it from its program as .docx and import that file"),
        ) from None
    except Exception as error:
        # lxml's XMLSyntaxError and zipfile's BadZipFile are what damage looks like here
        if type(error).__name__ in ("XMLSyntaxError", "BadZipFile", "BadZipfile"):
            logger.info("damaged .docx %s", path, exc_info=True)
            raise damaged(path, _LABEL, _APP) from None
        raise


def _blocks(container: Any) -> Iterator[str]:
    """Non-empty paragraphs and tables of ``container`` (the body, a content control…)."""
    for child in container.iterchildren():
        tag = child.tag
        if tag == _P:
            text = _paragraph_text(child)
            if text.strip():
                yield text
        elif tag == _TBL:
            rows = [row for row in (_row_text(tr) for tr in _rows(child)) if row.strip(" |")]
            if rows:
                yield "\n".join(rows)
        elif tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML):
            yield from _blocks(child)


def _children(element: Any, tag: str) -> Iterator[Any]:
    """Children of ``element`` with ``tag``, looking through content controls."""
    for child in element.iterchildren():
        if child.tag == tag:
            yield child
        elif child.tag in (_SDT, _SDT_CONTENT, _CUSTOM_XML):
            yield from _children(child, tag)


def _rows(table: Any) -> Iterator[Any]:
    return _children(table, _TR)


def _row_text(row: Any) -> str:
    """One line: cells joined by " | ", each cell's paragraphs (and nested tables) by spaces.
    Trailing empty cells are dropped; a vertically merged cell continues as an empty one."""
    cells = [" ".join(" ".join(_blocks(cell)).split("\n")) for cell in _children(row, _TC)]
    return " | ".join(cells).rstrip(" |")


def _paragraph_text(paragraph: Any) -> str:
    parts: list[str] = []
    _collect(paragraph, parts)
    return "".join(parts)


def _collect(element: Any, parts: list[str]) -> None:
    for child in element.iterchildren():
        tag = child.tag
        if tag == _T:
            parts.append(child.text or "")
        elif tag in (_TAB, _PTAB):
            parts.append("\t")
        elif tag in (_BR, _CR):
            parts.append("\n")
        elif tag == _NO_BREAK_HYPHEN:
            parts.append("-")
        elif tag not in _SKIPPED and isinstance(tag, str):
            _collect(child, parts)


def _metadata(properties: Any) -> SourceMeta:
    created = properties.created
    if isinstance(created, datetime) and created.tzinfo is None:
        created = created.replace(tzinfo=UTC)  # core.xml stores W3CDTF in UTC ("…Z")
    return SourceMeta(
        title=clean_title(properties.title),
        author=clean_title(properties.author),
        published=iso_from_datetime(created),
        language=(properties.language or "").strip(),
    )

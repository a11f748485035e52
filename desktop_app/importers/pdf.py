"""PDF documents with a text layer: pages in order, plus the document information.

pypdf's default ("plain") extraction is used, not "layout": plain follows the order of the
page's text operators, which for documents produced from Word, LibreOffice or a browser is the
reading order, and yields prose; layout mode pads lines with spaces to mimic columns, which
would make every quote contain runs of spaces no reader sees. Pages are joined with a blank
line; trailing spaces on each line are dropped. Hyphenation and line breaks inside paragraphs
stay as the PDF has them — the analyst quotes what the page shows.

Refusals: not a PDF (no header), truncated (no end-of-file marker: an interrupted download),
damaged (pypdf cannot parse it), encrypted with a password we do not have (an empty user
password is tried first: many "secured" PDFs only restrict printing or copying), more pages than
``limits.MAX_PDF_PAGES``, and no text at all (a scan: OCR is needed). Pages without text in an
otherwise textual PDF produce a warning. AES-encrypted PDFs need the ``cryptography`` package.
"""

from __future__ import annotations

import io
import logging
import re
from pathlib import Path
from typing import Any

from desktop_app.domain.model import SourceMeta
from desktop_app.errors import ImportRefused
from desktop_app.i18n import N_, gettext, ngettext
from desktop_app.importers import limits
from desktop_app.importers.assemble import Extracted, clean_title
from desktop_app.importers.dates import file_date_only, iso_from_pdf
from desktop_app.importers.detect import DESCRIPTIONS, Kind, looks_like_pdf, sniff, what_to_do

logger = logging.getLogger(__name__)

EOF_WINDOW = 2048  # "%%EOF" must appear this close to the end (some writers add junk after it)

# Titles PDF producers stamp on documents that have none.
_JUNK_TITLE_RE = re.compile(
    r"^(untitled|unknown|document\d*|microsoft word\s*-.*"
    r"|.*\.(docx?|odt|rtf|pdf|txt|html?|indd|qxp))$",
    re.IGNORECASE,
)
_DAMAGED_TODO = N_("download or export the PDF again, then import the new file")


def extract_pdf(data: bytes, path: Path) -> Extracted:
    """Text and metadata of a PDF with a text layer."""
    if not looks_like_pdf(data):
        kind = sniff(data)
        if kind is Kind.TEXTLIKE:
            raise ImportRefused(
                path, gettext("is not a PDF file"), gettext("check the file's type")
            )
        raise ImportRefused(
            path,
            gettext("is not a PDF file (it looks like {kind})").format(
                kind=gettext(DESCRIPTIONS[kind])
            ),
            what_to_do(kind),
        )
    if b"%%EOF" not in data[-EOF_WINDOW:]:
        raise ImportRefused(
            path,
            gettext("the PDF file is truncated (an incomplete download or copy?)"),
            gettext(_DAMAGED_TODO),
        )
    reader = _open(data, path)
    try:
        pages = reader.pages
        page_count = len(pages)
    except Exception as error:
        raise _damaged_or_raise(error, path) from None
    if page_count > limits.MAX_PDF_PAGES:
        raise ImportRefused(
            path,
            gettext("has {page_count:,} pages (the limit is {limit:,})").format(
                page_count=page_count, limit=limits.MAX_PDF_PAGES
            ),
            gettext("split it into smaller documents and import those"),
        )
    texts, empty_pages = _page_texts(pages, path)
    if not texts:
        raise ImportRefused(
            path,
            gettext("has no text layer (scanned?)"),
            gettext(
                "run OCR on it first (e.g. in Acrobat or with ocrmypdf), then import the result"
            ),
        )
    warnings: tuple[str, ...] = ()
    if empty_pages:
        empty = len(empty_pages)
        warnings = (
            ngettext(
                "{n} of {total} pages have no text layer (scanned?) and are "
                "missing from the text: page(s) {pages}",
                "{n} of {total} pages have no text layer (scanned?) and are "
                "missing from the text: page(s) {pages}",
                empty,
            ).format(total=page_count, pages=_page_list(empty_pages)),
        )
    meta, variables = file_date_only(_metadata(reader), {"pages": str(page_count)})
    return Extracted(
        text="\n\n".join(texts),
        meta=meta,
        variables=variables,
        warnings=warnings,
    )


def _open(data: bytes, path: Path) -> Any:
    from pypdf import PasswordType, PdfReader
    from pypdf.errors import DependencyError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if not reader.is_encrypted:
            return reader
        try:
            decrypted = reader.decrypt("")
        except DependencyError:
            logger.warning("cannot decrypt %s: cryptography missing", path, exc_info=True)
            raise ImportRefused(
                path,
                gettext("the PDF is encrypted in a way this installation of Parley cannot read"),
                gettext("remove the protection (print it to a new PDF) and import again"),
            ) from None
    except ImportRefused:
        raise
    except Exception as error:
        raise _damaged_or_raise(error, path) from None
    if decrypted == PasswordType.NOT_DECRYPTED:
        raise ImportRefused(
            path,
            gettext("the PDF is password-protected"),
            gettext("remove the password and import again"),
        )
    return reader


def _damaged_or_raise(error: Exception, path: Path) -> Exception:
    """ImportRefused for pypdf's "cannot parse" errors; anything else goes to the loader's
    catch-all (logged with a traceback) unchanged."""
    from pypdf.errors import PdfReadError, PyPdfError

    if isinstance(error, PdfReadError | PyPdfError | ValueError | KeyError | IndexError):
        logger.info("damaged PDF %s", path, exc_info=True)
        return ImportRefused(path, gettext("the PDF file is damaged"), gettext(_DAMAGED_TODO))
    return error


def _page_texts(pages: Any, path: Path) -> tuple[list[str], list[int]]:
    """Non-empty page texts, and the 1-based numbers of pages without text."""
    texts: list[str] = []
    empty: list[int] = []
    total = 0
    for number, page in enumerate(pages, start=1):
        try:
            raw = page.extract_text() or ""
        except Exception as error:
            raise _damaged_or_raise(error, path) from None
        text = "\n".join(line.rstrip() for line in raw.split("\n")).strip("\n")
        if not text.strip():
            empty.append(number)
            continue
        texts.append(text)
        total += len(text)
        if total > limits.MAX_TEXT_CHARS:  # stop early instead of extracting the rest
            raise ImportRefused(
                path,
                gettext("is too long: more than {limit:,} characters of text").format(
                    limit=limits.MAX_TEXT_CHARS
                ),
                gettext("split it into smaller documents and import those"),
            )
    return texts, empty


def _page_list(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:10])
    return shown + ("…" if len(numbers) > 10 else "")


def _metadata(reader: Any) -> SourceMeta:
    try:
        info = reader.metadata
    except Exception:  # a broken info dictionary must not cost the text
        logger.info("unreadable PDF metadata", exc_info=True)
        return SourceMeta()
    if info is None:
        return SourceMeta()

    def field(key: str) -> str:
        try:
            value = info.get(key)
        except Exception:
            return ""
        return str(value).strip() if value is not None else ""

    title = clean_title(field("/Title"))
    if _JUNK_TITLE_RE.match(title):
        title = ""
    return SourceMeta(
        title=title,
        author=clean_title(field("/Author")),
        published=iso_from_pdf(field("/CreationDate")),
    )

"""Saved web pages (.html, .htm): the article, not the page.

trafilatura finds the main text and leaves out navigation, scripts, styles, ads, cookie banners,
comments and footers. It is asked to favour precision (an analyst quoting a sidebar by mistake is
worse than a missing caption), to keep tables, and to return its result as a tree, which is
rendered here block by block with a blank line between paragraphs — the way the sample corpus
and most saved articles read — while line breaks inside a paragraph stay single.

Metadata combines the page's explicit tags (read by ``htmlhead``) and trafilatura's: title,
author, publication date (an explicit ``article:published_time`` first; no date is guessed from
free text), site name as the outlet, canonical URL, and ``<html lang>`` as the declared language.
When trafilatura finds no article (short statements, unusual markup), ``htmlbody`` takes the
visible body text minus page furniture; only a page without any text is refused.
"""

from __future__ import annotations

import copy
import logging
import re
from pathlib import Path
from typing import Any

from desktop_app.domain.model import SourceMeta
from desktop_app.errors import ImportRefused
from desktop_app.i18n import gettext
from desktop_app.importers.assemble import Extracted, clean_title
from desktop_app.importers.charsets import decode_text
from desktop_app.importers.dates import iso_from_text
from desktop_app.importers.detect import DESCRIPTIONS, Kind, sniff, what_to_do
from desktop_app.importers.htmlbody import body_text
from desktop_app.importers.htmlhead import PageHead, decode_html, read_head

logger = logging.getLogger(__name__)

_HTML_SPACE_RE = re.compile(r"[ \t\n\r\f]+")  # HTML's ASCII whitespace; NBSP is kept

# A paragraph that only points to another article ("Читайте також: <headline>", "Read more:
# …"): news sites put these between an article's paragraphs, in markup trafilatura cannot tell
# from text, and it is never what the source said. Only a short block that *begins* so is one;
# the words inside a sentence are prose.
_TEASER_RE = re.compile(
    r"^(?:читайте|дивіться|смотрите|read|see|also read|related)"
    r"(?: також| также| тоже| also| more)?(?: по темі| по теме)?\s*:",
    re.IGNORECASE,
)
TEASER_MAX_CHARS = 300

_PUBLISHED_KEYS = (
    "article:published_time",
    "datepublished",
    "og:published_time",
    "publishdate",
    "pubdate",
    "date",
    "dc.date.issued",
    "dc.date",
    "dcterms.created",
    "sailthru.date",
    "parsely-pub-date",
)
_AUTHOR_KEYS = ("author", "article:author", "dc.creator", "parsely-author", "sailthru.author")
_OUTLET_KEYS = ("og:site_name", "application-name", "publisher", "dc.publisher")
_LANGUAGE_KEYS = ("content-language", "language", "dc.language", "og:locale")


def extract_html(data: bytes, path: Path, encoding: str | None = None) -> Extracted:
    """Article text and metadata of a saved web page (in ``encoding`` when given, whatever
    the page declares)."""
    kind = sniff(data)
    if kind is not Kind.TEXTLIKE:
        raise ImportRefused(
            path,
            gettext("is not a web page (it looks like {kind})").format(
                kind=gettext(DESCRIPTIONS[kind])
            ),
            what_to_do(kind),
        )
    decoded = decode_html(data, path) if encoding is None else decode_text(data, path, encoding)
    head = read_head(decoded.text)
    article = _trafilatura(decoded.text)
    warnings = list(decoded.warnings)
    text = _render(article.body) if article is not None else ""
    variables = {**decoded.variables, "extraction": "article"}
    if not text.strip():
        text = body_text(decoded.text)
        variables["extraction"] = "page text"
        warnings.append(
            gettext(
                "no article was recognised in the page; its visible text was imported "
                "without menus, headers and footers — check for leftovers"
            )
        )
    if not text.strip():
        raise ImportRefused(
            path,
            gettext("contains no readable text (the page may load its content with JavaScript)"),
            gettext("open the page in a browser, copy the article text and paste it into Parley"),
        )
    return Extracted(
        text=text, meta=_metadata(head, article), variables=variables, warnings=tuple(warnings)
    )


def _trafilatura(html: str) -> Any:
    """trafilatura's Document for the page (text tree + metadata), or None."""
    import trafilatura

    return trafilatura.bare_extraction(
        html,
        with_metadata=True,
        favor_precision=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        deduplicate=False,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )


def _render(body: Any) -> str:
    """Plain text of trafilatura's result tree: each top-level block (paragraph, heading, list,
    table, quote) rendered by trafilatura's own text serialiser, blocks separated by a blank
    line, trailing spaces dropped."""
    if body is None:
        return ""
    from trafilatura.xml import xmltotxt

    blocks: list[str] = []
    for child in body:
        block = copy.deepcopy(child)
        block.tail = None
        if block.tag == "code":  # preformatted: keep its lines and indentation
            rendered = "\n".join(line.rstrip() for line in xmltotxt(block, False).split("\n"))
        else:
            _collapse_whitespace(block)
            rendered = "\n".join(line.strip(" ") for line in xmltotxt(block, False).split("\n"))
        if rendered.strip() and not is_teaser(rendered):
            blocks.append(rendered.strip("\n"))
    return "\n\n".join(blocks)


def is_teaser(block: str) -> bool:
    """Whether a rendered block is a link to another article ("Читайте також: …")."""
    text = block.strip()
    return len(text) <= TEASER_MAX_CHARS and "\n" not in text and bool(_TEASER_RE.match(text))


def _collapse_whitespace(block: Any) -> None:
    """Collapse runs of HTML whitespace to one space, as a browser displays them. trafilatura
    does this on its main path but keeps the source's line breaks on some fallback paths;
    real line breaks (``<br>``) are ``<lb/>`` elements and survive."""
    for element in block.iter():
        if element.tag == "code":
            continue
        if element.text:
            element.text = _HTML_SPACE_RE.sub(" ", element.text)
        if element.tail and element is not block:
            element.tail = _HTML_SPACE_RE.sub(" ", element.tail)


def _metadata(head: PageHead, article: Any) -> SourceMeta:
    def found(name: str) -> str:
        value = getattr(article, name, None) if article is not None else None
        return value.strip() if isinstance(value, str) else ""

    published = iso_from_text(head.first(*_PUBLISHED_KEYS)) or iso_from_text(found("date"))
    language = head.lang or head.first(*_LANGUAGE_KEYS)
    return SourceMeta(
        title=clean_title(found("title") or head.first("og:title", "twitter:title") or head.title),
        outlet=clean_title(found("sitename") or head.first(*_OUTLET_KEYS)),
        author=clean_title(found("author") or head.first(*_AUTHOR_KEYS)),
        published=published,
        url=head.canonical or head.first("og:url") or found("url"),
        language=language.split(",")[0].strip(),
    )

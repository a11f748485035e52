"""A conservative text extraction for pages trafilatura finds no article in.

Short pages (a one-paragraph press statement), pages without the usual article markup, and
fragments saved as .html are legitimate sources that trafilatura's precision rules reject. For
those, the visible text of ``<body>`` is taken, minus the parts that are never the article —
scripts, styles, navigation, header, footer, sidebars, forms, cookie banners and ads (by element,
ARIA role, and tell-tale class/id names) — with paragraphs kept as blank-line-separated blocks.
Whitespace inside a block is collapsed as a browser would (except in ``<pre>``).
"""

from __future__ import annotations

import logging
import re
from html.parser import HTMLParser

from desktop_app.importers.htmlguard import parse_linearly

logger = logging.getLogger(__name__)

_SKIPPED_TAGS = frozenset(
    {
        "script", "style", "noscript", "template", "head", "title", "nav", "header", "footer",
        "aside", "form", "button", "select", "textarea", "svg", "math", "iframe", "object",
        "canvas", "audio", "video", "dialog", "menu",
    }
)  # fmt: skip
_SKIPPED_ROLES = frozenset(
    {"navigation", "banner", "contentinfo", "complementary", "search", "dialog", "alertdialog"}
)
_SKIPPED_NAMES_RE = re.compile(
    r"(?:^|[\s_-])(?:cookies?|consent|gdpr|adverts?|advertisement|ads?|ad-slot|banner-ad|"
    r"sponsored|promo|newsletter|paywall|share|social|related|comments?)(?:$|[\s_-])",
    re.IGNORECASE,
)
_BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
        "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "main", "ol", "p",
        "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "ul",
    }
)  # fmt: skip
_VOID_TAGS = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param",
     "source", "track", "wbr"}
)  # fmt: skip
_SPACE_RE = re.compile(r"[ \t\n\r\f]+")  # HTML's ASCII whitespace; NBSP stays
_SPACES_RE = re.compile(r" {2,}")
# Inside these, <header> and <footer> belong to the article (its headline, its byline).
_ARTICLE_TAGS = frozenset({"article", "main"})


class _BodyTextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._current: list[str] = []
        self._skip_tag = ""  # the element whose subtree is being skipped
        self._skip_depth = 0
        self._pre_depth = 0
        self._cells_in_row = 0
        self._article_depth = 0

    # -- structure ---------------------------------------------------------------------------

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "body":  # whatever was skipped before (an unclosed <head>) is over
            self._skip_depth = 0
        if self._skip_depth:
            if tag == self._skip_tag and tag not in _VOID_TAGS:
                self._skip_depth += 1
            return
        if tag not in _VOID_TAGS and self._is_furniture(tag, attrs):
            self._skip_tag, self._skip_depth = tag, 1
            return
        if tag in _ARTICLE_TAGS:
            self._article_depth += 1
        if tag in _BLOCK_TAGS:
            self._end_block()
            if tag == "pre":
                self._pre_depth += 1
            elif tag == "tr":
                self._cells_in_row = 0
        elif tag == "br":
            self._current.append("\n")
        elif tag in ("td", "th"):
            if self._cells_in_row:
                self._current.append(" | ")
            self._cells_in_row += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self._skip_depth:
            self.handle_starttag(tag, attrs)
            if tag not in _VOID_TAGS and tag != "br":
                self.handle_endtag(tag)

    def handle_endtag(self, tag: str) -> None:
        if self._skip_depth:
            if tag == self._skip_tag:
                self._skip_depth -= 1
            return
        if tag in _ARTICLE_TAGS and self._article_depth:
            self._article_depth -= 1
        if tag in _BLOCK_TAGS:
            self._end_block()
            if tag == "pre" and self._pre_depth:
                self._pre_depth -= 1

    def handle_data(self, data: str) -> None:
        if not self._skip_depth:
            self._current.append(data if self._pre_depth else _SPACE_RE.sub(" ", data))

    def close(self) -> None:
        super().close()
        self._end_block()

    # -- helpers -------------------------------------------------------------------------------

    def _is_furniture(self, tag: str, attrs: list[tuple[str, str | None]]) -> bool:
        if tag in ("header", "footer") and self._article_depth:
            return False
        if tag in _SKIPPED_TAGS:
            return True
        values = {name.lower(): (value or "") for name, value in attrs}
        if "hidden" in values or values.get("aria-hidden", "").lower() == "true":
            return True
        if values.get("role", "").lower() in _SKIPPED_ROLES:
            return True
        names = f"{values.get('id', '')} {values.get('class', '')}"
        return bool(_SKIPPED_NAMES_RE.search(names))

    def _end_block(self) -> None:
        if not self._current:
            return
        raw = "".join(self._current)
        self._current = []
        if self._pre_depth:
            block = raw.strip("\n")
        else:
            lines = (_SPACES_RE.sub(" ", line).strip(" ") for line in raw.split("\n"))
            block = "\n".join(lines).strip("\n")
        if block.strip():
            self.blocks.append(block)


def body_text(html: str) -> str:
    """The visible, non-furniture text of a page's body; paragraphs separated by blank lines."""
    parser = _BodyTextParser()
    parse_linearly(parser, html)
    return "\n\n".join(parser.blocks)

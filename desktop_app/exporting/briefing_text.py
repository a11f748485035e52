"""Turning a source's text into reportlab paragraph markup that prints exactly as written.

reportlab's ``Paragraph`` parses a small XML dialect, so a source's ``<``, ``&`` or ``<b>`` would
be taken as markup: everything is escaped here, and nowhere else builds markup from data.
Newlines stay line breaks. Characters the main fonts lack go, each, to the first fallback font
that has it (symbols, emoji, math letters); those no shipped font has (CJK, for one) print as
U+FFFD "�" and are counted, so the export can say so.
Control characters print as "�" too; invisible characters no font draws (bidi marks, variation
selectors) are dropped, since they have no glyph to show.

Right-to-left text (Hebrew, Arabic) is printed in logical order with unjoined letters: reportlab
has no bidirectional layout or Arabic shaping. The characters are all there (copy and search
work); the reading order on the page is not.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from xml.sax.saxutils import escape

from desktop_app.exporting.fonts import FontCoverage

log = logging.getLogger(__name__)

REPLACEMENT = "\ufffd"
ELLIPSIS = "…"

# A paragraph longer than this is cut into several: platypus re-wraps the rest of a paragraph on
# every page break, so one huge paragraph costs quadratic time, and inside a table cell it cannot
# split at all.
CHUNK_CHARS = 1800
_BREAK_BEFORE = re.compile(r"\s")
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f]")


class TextMarkup:
    """Escapes text for ``Paragraph`` and routes characters to the font that has them.

    One instance per export: it counts the characters no font could show.
    """

    def __init__(self, coverage: FontCoverage) -> None:
        self._uncovered = coverage.uncovered
        self._fallback = coverage.fallback
        self.replaced: set[str] = set()  # characters printed as "�": no shipped font has them
        self.right_to_left = False  # whether any Hebrew/Arabic-script text went by

    def inline(self, text: str) -> str:
        """Markup for a one-line field (title, name, outlet): line breaks become spaces."""
        if "\n" in text or "\r" in text or "\t" in text:
            text = " ".join(text.split())
        return self._markup(text)

    def block(self, text: str) -> str:
        """Markup for running text: line breaks are kept."""
        if "\r" in text:
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        if "\t" in text:
            text = text.replace("\t", "    ")
        marked = self._markup(text)
        return marked.replace("\n", "<br/>") if "\n" in marked else marked

    def covered(self, text: str) -> bool:
        """Whether the main fonts draw every character of ``text`` (no fallback needed)."""
        return self._uncovered.search(text) is None

    def plain(self, text: str) -> str:
        """One-line text for places drawn without markup or fallback font (running header,
        chart labels): characters the main fonts lack become "�"."""
        text = " ".join(text.split())
        if self._uncovered.search(text) is None:
            return text
        return self._uncovered.sub(lambda m: "".join(map(self._replace, m.group())), text)

    def outline(self, text: str) -> str:
        """One-line text for the PDF outline (bookmarks): the viewer draws it with its own
        fonts, so every character stays as written but control characters, which print as
        "�" as everywhere in the briefing."""
        text = " ".join(text.split())
        if not _CONTROL.search(text):
            return text
        return _CONTROL.sub(REPLACEMENT, text)

    def _replace(self, char: str) -> str:
        """What a character no font draws becomes: nothing if it is invisible anyway, else a
        visible "�" (counted unless it is a control character)."""
        category = unicodedata.category(char)
        if category == "Cf" or _is_variation_selector(ord(char)):
            return ""
        if category not in {"Cc", "Cs"}:
            self.replaced.add(char)
        return REPLACEMENT

    def _markup(self, text: str) -> str:
        if self._uncovered.search(text) is None:  # the common case: one C-speed scan
            return escape(text)
        pieces: list[str] = []
        last = 0
        for match in self._uncovered.finditer(text):
            pieces.append(escape(text[last : match.start()]))
            pieces.append(self._uncovered_run(match.group()))
            last = match.end()
        pieces.append(escape(text[last:]))
        return "".join(pieces)

    def _uncovered_run(self, run: str) -> str:
        out: list[str] = []
        current: str | None = None  # the fallback font of the open <font> tag
        for char in run:
            font = self._fallback.get(ord(char))
            if font is not None and unicodedata.category(char) == "Cc":
                font = None
            if font != current:
                if current is not None:
                    out.append("</font>")
                if font is not None:
                    out.append(f'<font name="{font}">')
                current = font
            if font is None:
                out.append(self._replace(char))
                continue
            if not self.right_to_left and unicodedata.bidirectional(char) in {"R", "AL"}:
                self.right_to_left = True
            out.append(escape(char))
        if current is not None:
            out.append("</font>")
        return "".join(out)


def _is_variation_selector(code: int) -> bool:
    """Emoji and CJK variation selectors: they only choose how the character before them
    looks, and print as nothing."""
    return 0xFE00 <= code <= 0xFE0F or 0xE0100 <= code <= 0xE01EF


def shorten(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut at a word boundary to at most ``limit`` characters (plus an ellipsis), and
    whether it was cut."""
    if len(text) <= limit:
        return text, False
    cut = text[:limit]
    space = cut.rfind(" ", limit * 3 // 4)
    if space > 0:
        cut = cut[:space]
    return cut.rstrip() + ELLIPSIS, True


def chunks(text: str, limit: int = CHUNK_CHARS) -> list[str]:
    """``text`` cut into pieces of at most ``limit`` characters, each a paragraph of its own.

    Cuts fall at line breaks where possible, else at white space, else anywhere (a 40,000
    character run without spaces still splits). Joined back, the pieces give ``text`` exactly.
    """
    if len(text) <= limit:
        return [text]
    pieces: list[str] = []
    start = 0
    length = len(text)
    while length - start > limit:
        end = start + limit
        cut = text.rfind("\n", start + limit // 2, end)
        if cut == -1:
            window = text[start + limit // 2 : end]
            spaces = [m.start() for m in _BREAK_BEFORE.finditer(window)]
            cut = start + limit // 2 + spaces[-1] if spaces else end
        cut = max(cut, start + 1)
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return pieces

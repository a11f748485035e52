"""The one normalisation every imported text goes through before offsets are counted into it.

Line endings — the project's decision: **stored text uses "\\n" only.** CRLF and lone CR become
LF, as do the Unicode line/paragraph separators (U+2028, U+2029), NEL (U+0085), vertical tab and
form feed. Qt's text widgets turn CR, CRLF, U+2028 and U+2029 into block or line breaks of their
own, so a text that kept them would count positions differently in the reader than in the
database, and every span after the first such break would drift. One "\\n" per break is the only
form on which Python, SQLite, Qt (after the UTF-16 conversion in the reader) and REFI-QDA export
agree character for character.

Beyond line endings the text is kept *exactly*: no whitespace collapsing, no Unicode
normalisation (NFC would merge "e" + U+0301 into "é" and shift offsets against the original),
no smart-quote fixing. The only other changes are removals of characters that cannot be shown or
stored faithfully: leading byte-order marks, and C0/C1 control characters other than tab and
line feed (NUL, bell, escape…, and DEL). Surrogate code points, which some decoders leave in a
``str`` and which cannot be encoded as UTF-8, are repaired: a high/low pair becomes the character
it encodes, and a lone surrogate becomes U+FFFD, so storage never fails on them.
"""

from __future__ import annotations

import re

from desktop_app.importers.language import detect_language

__all__ = ["count_removed_controls", "detect_language", "normalise_field", "normalise_text"]

# Characters that end a line. VT and FF are how Word and old printers spell a manual line or page
# break; NEL is the C1 "next line". Mapping them to "\n" keeps the words on either side apart,
# where deleting them would glue two words together.
_LINE_BREAKS = "\x0b\x0c\x85\u2028\u2029"

# Control characters to drop: C0 except \t (09) and \n (0A), DEL, C1 except NEL (85). \r (0D)
# never reaches this pattern because line endings are converted first.
_CONTROLS = "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f"
_CONTROL_RE = re.compile(f"[{_CONTROLS}]")
_NEEDS_WORK_RE = re.compile(f"[{_CONTROLS}\r{_LINE_BREAKS}\ud800-\udfff]")
_LINE_BREAK_TABLE = str.maketrans(dict.fromkeys(_LINE_BREAKS, "\n"))


def normalise_text(text: str) -> str:
    """Return ``text`` in Parley's stored form (see the module docstring for what changes)."""
    text = text.lstrip("\ufeff")
    if _NEEDS_WORK_RE.search(text) is None:  # the common case costs one scan
        return text
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = text.translate(_LINE_BREAK_TABLE)
    text = _CONTROL_RE.sub("", text)
    if not text.isascii() and re.search("[\ud800-\udfff]", text):
        # A UTF-16 round trip joins pairs into one code point and replaces lone halves.
        text = text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")
    # Controls removed from the front may uncover a byte-order mark ("\x00\ufeff…"): stored, it
    # would be read as a BOM and dropped by the next program to open the text, and every offset
    # after it would shift by one (found by the round-trip property test).
    return text.lstrip("\ufeff")


def normalise_field(value: str) -> str:
    """A metadata value (title, author, outlet, URL…) in stored form: the body text's
    normalisation, then on one line with runs of white space as one space. A PDF's or a page's
    metadata is as untrusted as its text: a title holding ESC[31m or BEL must never reach a
    terminal, a cell or a title bar as a control character."""
    return " ".join(normalise_text(value).split())


def count_removed_controls(text: str) -> int:
    """How many characters :func:`normalise_text` would delete from ``text`` (not counting a
    leading byte-order mark); importers mention a non-zero count in the document's warnings."""
    return len(_CONTROL_RE.findall(text))

"""Spans as the analyst means them: a selection's stray blanks are not part of the quote.

A mouse or keyboard selection often takes the space or line break next to the words (a double
click on a word at a line end, Shift+Down over a paragraph). Every way of marking — the keys,
the popup, "mark all hits as …", an accepted suggestion, new boundaries — stores the span
trimmed, so quotes in the workbook and briefing never start or end with white space. Offsets are
code points, as everywhere in the model.
"""

from __future__ import annotations


def trim_span(text: str, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` of ``text`` without the white space at either end (Python's notion of
    white space: spaces, tabs, line breaks, no-break and other Unicode spaces). A span of white
    space only comes back empty (``start == end``); bounds outside the text are left alone for
    the caller's checks to refuse."""
    if not 0 <= start < end <= len(text):
        return start, end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


QUOTE_PREVIEW = 40  # an operation's label, a conflict's message


def preview(quote: str, limit: int = QUOTE_PREVIEW) -> str:
    """A quote as a label or a list names it: one line (runs of white space made one space), at
    most ``limit`` characters, the cut marked with "…"."""
    flat = " ".join(quote.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"

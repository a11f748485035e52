"""One guard for every use of Python's :class:`html.parser.HTMLParser` on file content.

CPython's parser (3.11, the oldest Python Parley runs on) takes quadratic time on tags that
are never closed: at the end of its input it tries each remaining "<" as the start of a tag,
scans to the end for its ">", gives up and moves on by one character. A page whose head holds
a megabyte of "<meta " never finished. Whatever follows the last ">" of a text can only ever
be read as text, so escaping its "<" gives exactly what the parser would have produced — in
one pass. Every parser in Parley feeds its input through :func:`parse_linearly`.
"""

from __future__ import annotations

from html.parser import HTMLParser


def without_unclosed_tags(html: str) -> str:
    """``html`` with each "<" after its last ">" written as "&lt;" (read back as "<")."""
    last = html.rfind(">")
    tail = html[last + 1 :]
    if "<" not in tail:
        return html
    return html[: last + 1] + tail.replace("<", "&lt;")


def parse_linearly(parser: HTMLParser, html: str) -> None:
    """Feed ``html`` to ``parser`` (made with ``convert_charrefs=True``) and close it."""
    parser.feed(without_unclosed_tags(html))
    parser.close()

"""What a change must satisfy before it is written, in one place for every service that makes
it: an annotation's codes and span, a code's name, colour and place among its siblings.

Each check returns the cleaned value or raises :class:`~desktop_app.errors.InvalidChange` /
:class:`~desktop_app.errors.NotFound` with what to do; none writes anything.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple

from desktop_app.domain.model import Code
from desktop_app.domain.spans import trim_span
from desktop_app.domain.textfold import fold
from desktop_app.errors import InvalidChange, NotFound
from desktop_app.i18n import gettext
from desktop_app.storage import codebook as code_store
from desktop_app.storage import sources as source_store
from desktop_app.storage.transaction import Reader

COLOR_PATTERN = re.compile(r"^#[0-9a-fA-F]{6}$")
NAME_LIMIT = 500


# -- annotations ----------------------------------------------------------------------------


class CodeRef(NamedTuple):
    """A code as a change to an annotation needs it: its id, and its name for the label."""

    id: int
    name: str


def checked_codes(reader: Reader, code_ids: Sequence[int]) -> list[CodeRef]:
    """The codes an annotation is to carry (repeats dropped), in the order given: at least one,
    each existing and none a kind's root. One query, asking only for names and roots (this is
    on the key-press path)."""
    if not code_ids:
        raise InvalidChange(
            gettext("an annotation needs at least one code"), gettext("pick a code")
        )
    wanted = list(dict.fromkeys(code_ids))
    found = code_store.names_and_roots(reader, wanted)
    codes = []
    for code_id in wanted:
        if code_id not in found:
            raise NotFound(
                gettext("there is no code {id}").format(id=code_id), gettext("refresh the codebook")
            )
        name, root = found[code_id]
        if root:
            raise InvalidChange(
                gettext("“{name}” is a root, not a code").format(name=name),
                gettext("pick or create a code under it"),
            )
        codes.append(CodeRef(code_id, name))
    return codes


def checked_span(text: str | None, start: int, end: int) -> str:
    """The quote ``text[start:end]`` of a source (None: deleted meanwhile): inside the text
    and not only white space."""
    if text is None:
        raise NotFound(gettext("that source no longer exists"), gettext("refresh the source list"))
    if not 0 <= start < end <= len(text):
        raise InvalidChange(
            gettext("the span {start}–{end} is outside the text (0–{length})").format(
                start=start, end=end, length=len(text)
            ),
            gettext("select text inside the source"),
        )
    quote = text[start:end]
    if not quote.strip():
        raise InvalidChange(
            gettext("the selection holds only white space"), gettext("select some words")
        )
    return quote


def trimmed_span(text: str | None, start: int, end: int) -> tuple[int, int, str]:
    """The checked span without the blanks at its ends (see :mod:`desktop_app.domain.spans`),
    and its quote."""
    checked_span(text, start, end)
    assert text is not None
    start, end = trim_span(text, start, end)
    return start, end, text[start:end]


def checked_stored_span(reader: Reader, source_id: int, start: int, end: int) -> str:
    """Like :func:`checked_span`, reading only the span from storage (mark-up is on the
    key-press path; a long source need not be loaded to check a few words)."""
    found = source_store.span_of(reader, source_id, start, end) if start >= 0 else None
    if found is None and start >= 0:
        raise NotFound(gettext("that source no longer exists"), gettext("refresh the source list"))
    length, quote = found if found is not None else (0, "")
    if not 0 <= start < end <= length:
        raise InvalidChange(
            gettext("the span {start}–{end} is outside the text (0–{length})").format(
                start=start, end=end, length=length
            ),
            gettext("select text inside the source"),
        )
    if not quote.strip():
        raise InvalidChange(
            gettext("the selection holds only white space"), gettext("select some words")
        )
    return quote


# -- codes ----------------------------------------------------------------------------------


def clean_code_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise InvalidChange(gettext("a code needs a name"), gettext("type a name"))
    if len(cleaned) > NAME_LIMIT:
        raise InvalidChange(
            gettext("a code name is at most {limit} characters").format(limit=NAME_LIMIT),
            gettext("shorten it"),
        )
    return cleaned


def checked_color(color: str) -> str:
    if not COLOR_PATTERN.match(color):
        raise InvalidChange(
            gettext("“{color}” is not a colour").format(color=color),
            gettext("use the form #rrggbb"),
        )
    return color.lower()


def check_unique_name(
    codes: Sequence[Code], parent_id: int | None, name: str, skip: int = 0
) -> None:
    folded = fold(name)
    for code in codes:
        if code.parent_id == parent_id and code.id != skip and fold(code.name) == folded:
            raise InvalidChange(
                gettext("“{name}” already exists there").format(name=code.name),
                gettext("pick it, or choose another name"),
            )

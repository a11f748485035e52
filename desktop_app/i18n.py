"""The language of text made below the window (error messages, sheet and section names,
key-findings sentences, dates), through gettext catalogs read with Babel — no Qt, so the
command line, the window and the exports share one translation.

The catalogs are ``resources/translations/parley_<code>.po`` (compiled to ``.mo`` beside them:
``uv run python packaging/translations.py`` re-extracts and recompiles everything). English is the
source language and needs no catalog.

The current language is a process-wide default (the window sets the interface language) that a
``with language(code):`` block overrides for one piece of work, e.g. one export — in its own
thread too, since the override is a context variable.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import paths

if TYPE_CHECKING:  # Babel is imported when first used: the start-up does not wait for it
    from babel.support import NullTranslations

ENGLISH = "en"
LANGUAGES = ("en", "uk", "ru")
LANGUAGE_NAMES = {"en": "English", "uk": "Українська", "ru": "Русский"}
DOMAIN = "parley"

_default = ENGLISH
_override: ContextVar[str | None] = ContextVar("parley_language", default=None)


def checked(code: str) -> str:
    """``code`` when Parley speaks it, else English ("uk_UA" → "uk", "de" → "en")."""
    short = code.replace("-", "_").split("_")[0].casefold()
    return short if short in LANGUAGES else ENGLISH


def current() -> str:
    """The language text is made in now."""
    return _override.get() or _default


def set_language(code: str) -> None:
    """The process-wide language (the window's interface language)."""
    global _default  # noqa: PLW0603 - one process-wide choice, set at start-up
    _default = checked(code)


@contextmanager
def language(code: str) -> Iterator[str]:
    """Make text in ``code`` inside the block (this thread or task only)."""
    token = _override.set(checked(code))
    try:
        yield current()
    finally:
        _override.reset(token)


def catalog_path(code: str, suffix: str = ".mo") -> Path:
    return paths.resource("translations", f"{DOMAIN}_{code}{suffix}")


@cache
def _catalog(code: str) -> NullTranslations:
    from babel.support import NullTranslations, Translations

    if code == ENGLISH:
        return NullTranslations()
    with open(catalog_path(code), "rb") as mo:
        return Translations(mo, domain=DOMAIN)


def gettext(message: str) -> str:
    """``message`` in the current language ("" stays "")."""
    return _catalog(current()).gettext(message) if message else ""


def N_(message: str) -> str:  # noqa: N802 - the name gettext's extractors know
    """Mark a module constant for translation where it is shown (``gettext(CONSTANT)``)."""
    return message


def N_plural(singular: str, plural: str) -> tuple[str, str]:  # noqa: N802 - like N_
    """Mark a counted phrase for translation where it is defined (``{n}`` the number), to be
    put in the language with ``ngettext(*phrase, count)`` where it is shown."""
    return singular, plural


def pgettext(context: str, message: str) -> str:
    """``message`` in the current language, where the word alone is ambiguous."""
    return str(_catalog(current()).pgettext(context, message))


def ngettext(singular: str, plural: str, number: int) -> str:
    """The form agreeing with ``number`` (Ukrainian and Russian have three); ``{n}`` in the
    message becomes the number, grouped the language's way."""
    chosen = _catalog(current()).ngettext(singular, plural, number)
    return chosen.replace("{n}", number_text(number))


def number_text(number: float) -> str:
    """A number grouped and pointed the current language's way: 3,444 · 3 444 · 0,75."""
    from babel.numbers import format_decimal

    return format_decimal(number, locale=current())


def long_date(day: dt.date) -> str:
    """ "14 June 2024", "14 червня 2024 р.", "14 июня 2024 г."."""
    if current() == ENGLISH:
        return f"{day.day} {day:%B} {day.year}"
    from babel.dates import format_date

    return format_date(day, "long", locale=current())


def month_year(day: dt.date) -> str:
    """ "June 2024", "червень 2024", "июнь 2024"."""
    if current() == ENGLISH:
        return f"{day:%B} {day.year}"
    from babel.dates import format_date

    return format_date(day, "LLLL y", locale=current())


# The letters of the Ukrainian and Russian alphabets in dictionary order. Python's str ordering
# puts "Ґ", "Є", "І", "Ї" and "Ё" after "я" (they sit outside the basic Cyrillic block): the
# keys below place each letter where the alphabet does (Ґ after Г, Є after Е, І and Ї after И,
# Ё after Е), case ignored (it decides ties). ICU would do this and more, at 30 MB: this is the
# part Parley needs for titles and code names.
_ALPHABETS = {
    "uk": "абвгґдеєжзиіїйклмнопрстуфхцчшщьюя",
    "ru": "абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
}


def sort_text(text: str, code: str | None = None) -> str:
    """``text`` made into a key that sorts, as plain text, in the alphabet's order of ``code``
    (the current language by default): case ignored, each Cyrillic letter where the Ukrainian
    or Russian alphabet has it (Ґ after Г, Є after Е, І and Ї after И; Ё after Е), other
    characters by their code point without accents (é as e). A string, so Qt's sort models
    can use it too."""
    alphabet = _ALPHABETS["uk" if (code or current()) == "uk" else "ru"]
    return "".join(
        chr(_FIRST_LETTER + alphabet.index(ch)) if ch in alphabet else _bare(ch)
        for ch in text.casefold()
    )


def _bare(ch: str) -> str:
    """A letter without its accents ("é" → "e"), the way titles are looked up in an index."""
    if ch.isascii():
        return ch
    return "".join(c for c in unicodedata.normalize("NFKD", ch) if not unicodedata.combining(c))


def sort_key(text: str, code: str | None = None) -> tuple[str, str]:
    """For ``sorted``: :func:`sort_text`, then the text itself to order ties (case)."""
    return sort_text(text, code), text


# The alphabet's letters are mapped into the Private Use Area (U+E000…), which no text holds:
# they sort after Latin, Greek and the rest of Cyrillic, among themselves in the alphabet's order.
_FIRST_LETTER = 0xE000

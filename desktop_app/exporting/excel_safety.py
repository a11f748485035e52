"""What a spreadsheet cell and a sheet name can hold, and how Parley makes any text fit.

* Characters a worksheet cannot store (C0 controls other than tab, line feed and carriage
  return; lone surrogates; U+FFFE/U+FFFF) are replaced *visibly*: controls by their Unicode
  "control picture" (U+0000 → ␀, U+0007 → ␇), the others by U+FFFD �. Nothing is dropped
  silently and nothing crashes the export.
* A cell holds at most 32,767 characters, which Excel counts in UTF-16 units (an emoji is two).
  Longer text is cut and says so at its end, pointing the reader to where the full span is.
* Text that looks like a formula (``=``, ``+``, ``-``, ``@``) or like an error code (``#N/A``)
  must be written as a string cell: :func:`needs_string_type` tells the writer when the
  library's type guessing cannot be trusted. No apostrophe is ever prepended: quotes stay exact.
* Sheet names: at most 31 characters, none of ``[]:*?/\\``, not starting or ending with an
  apostrophe, not "History" (reserved by Excel), unique ignoring case.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktop_app.i18n import N_, gettext

CELL_LIMIT = 32_767  # Excel's limit, in UTF-16 code units
SHEET_NAME_LIMIT = 31
MAX_ROWS = 1_048_576
MAX_COLUMNS = 16_384

# Kept in step with openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE, plus what XML 1.0 cannot carry.
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_NOT_XML = re.compile("[\ud800-\udfff\ufffe\uffff]")
UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_SHEET_FORBIDDEN = re.compile(r"[\[\]:*?/\\]")
_FORMULA_STARTS = frozenset("=+-@")
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
REPLACEMENT = "\ufffd"


def _picture(match: re.Match[str]) -> str:
    return chr(0x2400 + ord(match.group()))


def visible(text: str) -> str:
    """``text`` with every character a worksheet cannot hold replaced by a visible symbol."""
    if not UNSAFE.search(text):
        return text
    return _NOT_XML.sub(REPLACEMENT, _CONTROLS.sub(_picture, text))


def has_unsafe(text: str) -> bool:
    return UNSAFE.search(text) is not None


def utf16_length(text: str) -> int:
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def fits(text: str) -> bool:
    """True when ``text`` fits in one cell (cheap for the common short case)."""
    return len(text) <= CELL_LIMIT // 2 or utf16_length(text) <= CELL_LIMIT


def cut_to_units(text: str, units: int) -> str:
    """The longest prefix of ``text`` within ``units`` UTF-16 units, never splitting a
    character."""
    if utf16_length(text) <= units:
        return text
    total = 0
    for index, ch in enumerate(text):
        total += 2 if ord(ch) > 0xFFFF else 1
        if total > units:
            return text[:index]
    return text


def cut_marker(full_length: int, where: str) -> str:
    """The note that ends a cut cell, e.g. "… [cut: 40,000 characters in the source; see
    Excerpts, start–end]"."""
    return gettext("… [cut: {count:,} characters in the source; see {where}]").format(
        count=full_length, where=gettext(where)
    )


EXCERPTS_HINT = N_("Excerpts, start–end")  # where a cut cell tells the reader to look


def fit(text: str, where: str = EXCERPTS_HINT, full_length: int | None = None) -> str:
    """``text`` made visible and cut to one cell, the cut said at its end. ``full_length`` is
    the length to report (the span's length in code points); by default ``len(text)``."""
    text = visible(text)
    if fits(text):
        return text
    marker = cut_marker(len(text) if full_length is None else full_length, where)
    return cut_to_units(text, CELL_LIMIT - utf16_length(marker)) + marker


def needs_string_type(text: str) -> bool:
    """True when a spreadsheet library might take ``text`` for a formula or an error value;
    such text must be written with an explicit string type."""
    return text[:1] in _FORMULA_STARTS or text in _ERROR_CODES


class SheetNames:
    """Hands out valid, unique sheet names."""

    def __init__(self, taken: Iterable[str] = ()) -> None:
        self.taken = {name.casefold() for name in taken}

    def claim(self, wanted: str) -> str:
        name = sheet_name(wanted)
        base, counter = name, 2
        while name.casefold() in self.taken:
            suffix = f" ({counter})"
            name = base[: SHEET_NAME_LIMIT - len(suffix)].rstrip() + suffix
            counter += 1
        self.taken.add(name.casefold())
        return name


def sheet_name(wanted: str) -> str:
    """``wanted`` made into a valid sheet name (not checked for uniqueness)."""
    name = _SHEET_FORBIDDEN.sub("_", visible(wanted))
    name = " ".join(name.split())
    name = name[:SHEET_NAME_LIMIT].strip().strip("'").strip()
    if not name or name.casefold() == "history":
        name = f"{name or 'Sheet'} sheet"[:SHEET_NAME_LIMIT]
    return name


def is_valid_sheet_name(name: str) -> bool:
    return (
        0 < len(name) <= SHEET_NAME_LIMIT
        and not _SHEET_FORBIDDEN.search(name)
        and not has_unsafe(name)
        and not name.startswith("'")
        and not name.endswith("'")
        and name.casefold() != "history"
    )

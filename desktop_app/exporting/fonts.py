"""Fonts for the PDF briefing, shipped in ``resources/fonts/`` and embedded (as subsets) in
every PDF, so a reader sees the same glyphs whatever is installed on their machine.

Noto Serif (body) and Noto Sans (headings, tables) cover Latin, Greek and Cyrillic. Characters
they lack fall back, one by one, to DejaVu Sans (✓ and other symbols, Hebrew, Arabic), Noto
Emoji (monochrome emoji, regional-indicator letters of flags) or Noto Sans Math (mathematical
letters such as 𝐀 𝔘 𝕏, operators). reportlab has no per-glyph fallback, so
:class:`FontCoverage` tells the text layer which characters go to which fallback font and which
no shipped font can show at all; text the main fonts cover stays in them.

reportlab writes a wrong ToUnicode map for characters beyond U+FFFF (five hex digits instead of
a UTF-16 surrogate pair), so a reader could not copy, search or extract an emoji it sees:
:class:`_TrueTypeFont` corrects the map.

Registration parses the TrueType files once per process (about a tenth of a second each); a lock
makes it safe when two exports start at once on worker threads.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop_app.errors import ExportError
from desktop_app.i18n import gettext
from desktop_app.paths import resource

log = logging.getLogger(__name__)

SERIF = "ParleySerif"
SERIF_BOLD = "ParleySerif-Bold"
SERIF_ITALIC = "ParleySerif-Italic"
SANS = "ParleySans"
SANS_BOLD = "ParleySans-Bold"
SANS_ITALIC = "ParleySans-Italic"
FALLBACK = "ParleyFallback"  # DejaVu Sans
EMOJI = "ParleyEmoji"  # Noto Emoji, monochrome
MATH = "ParleyMath"  # Noto Sans Math

# reportlab name → file under resources/fonts/. Bold italic is not shipped: the briefing never
# asks for it, and the family mapping below sends it to bold.
FONT_FILES: dict[str, str] = {
    SERIF: "NotoSerif-Regular.ttf",
    SERIF_BOLD: "NotoSerif-Bold.ttf",
    SERIF_ITALIC: "NotoSerif-Italic.ttf",
    SANS: "NotoSans-Regular.ttf",
    SANS_BOLD: "NotoSans-Bold.ttf",
    SANS_ITALIC: "NotoSans-Italic.ttf",
    FALLBACK: "DejaVuSans.ttf",
    EMOJI: "NotoEmoji-Regular.ttf",
    MATH: "NotoSansMath-Regular.ttf",
}
# Fallback fonts in the order they are tried for a character the main fonts lack...
FALLBACKS = (FALLBACK, EMOJI, MATH)
# ...except in these ranges, which try one font first so that all their characters in a quote
# share one design: DejaVu draws a few emoji faces and math letters, not hands, flags or
# fraktur capitals.
PREFERRED: tuple[tuple[int, int, str], ...] = (
    (0x1D400, 0x1D7FF, MATH),  # Mathematical Alphanumeric Symbols
    (0x1F000, 0x1FAFF, EMOJI),  # game symbols, enclosed letters (flags), pictographs, emoji
)

# Control characters are never "covered", even where a font maps them (Noto maps U+0000 and
# U+000D): the text layer prints them visibly instead.
_CONTROLS = frozenset(range(0x20)) | frozenset(range(0x7F, 0xA0))


@dataclass(frozen=True)
class FontCoverage:
    """Which characters the shipped fonts can draw.

    ``uncovered`` finds runs of characters the main (Noto) fonts lack; ``fallback`` maps each
    code point a fallback font can draw instead to that font's name.
    """

    uncovered: re.Pattern[str]
    fallback: Mapping[int, str]


_lock = threading.Lock()
_coverage: FontCoverage | None = None


def _ranges(code_points: Iterable[int]) -> list[tuple[int, int]]:
    ranges: list[tuple[int, int]] = []
    for cp in sorted(code_points):
        if ranges and cp == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], cp)
        else:
            ranges.append((cp, cp))
    return ranges


def _negated_class(code_points: Iterable[int]) -> re.Pattern[str]:
    """A pattern matching runs of characters *not* in ``code_points`` (one C-speed scan finds
    them, so text the main fonts cover entirely costs one ``search``)."""
    parts = [
        f"\\U{lo:08x}" if lo == hi else f"\\U{lo:08x}-\\U{hi:08x}"
        for lo, hi in _ranges(code_points)
    ]
    return re.compile(f"[^{''.join(parts)}]+")


_BFCHAR_BEYOND_BMP = re.compile(r"^(<[0-9A-F]{2}>) <([0-9A-F]{5,6})>$", re.MULTILINE)


def _utf16(match: re.Match[str]) -> str:
    encoded = chr(int(match.group(2), 16)).encode("utf-16-be").hex().upper()
    return f"{match.group(1)} <{encoded}>"


class _TrueTypeFont(TTFont):
    """reportlab's TrueType font, with a ToUnicode map that is right beyond U+FFFF.

    reportlab writes a character's Unicode value in the map as hex digits (``<1F645>``); PDF
    wants UTF-16BE (``<D83DDE45>``), and readers drop or garble the five-digit form, so an
    emoji or a math letter would print but not copy, search or extract. After reportlab made
    its objects, the map of each subset with such characters is corrected in place.
    """

    def addObjects(self, doc: Any) -> None:  # noqa: N802 - reportlab's name
        state = self.state.get(doc)  # reportlab drops it while making the objects
        beyond = [
            self.getSubsetInternalName(index, doc)[1:]
            for index, subset in enumerate(state.subsets if state is not None else ())
            if max(subset, default=0) > 0xFFFF
        ]
        super().addObjects(doc)
        fonts = doc.idToObject["BasicFonts"].dict
        for internal_name in beyond:
            stream = doc.idToObject[fonts[internal_name].ToUnicode.name]
            stream.content = _BFCHAR_BEYOND_BMP.sub(_utf16, stream.content)


def _load(name: str, file_name: str) -> TTFont:
    path = resource("fonts", file_name)
    try:
        return _TrueTypeFont(name, str(path))
    except (OSError, TTFError) as exc:
        log.error("cannot load font %s: %s", path, exc)
        raise ExportError(
            gettext("the briefing font {file_name} is missing or damaged").format(
                file_name=file_name
            ),
            gettext("reinstall Parley"),
        ) from exc


def register_fonts() -> FontCoverage:
    """Register the briefing's fonts with reportlab (once per process) and return what they
    cover."""
    global _coverage  # noqa: PLW0603 - a process-wide, write-once cache
    with _lock:
        if _coverage is not None:
            return _coverage
        fonts = {name: _load(name, file_name) for name, file_name in FONT_FILES.items()}
        for font in fonts.values():
            pdfmetrics.registerFont(font)
        for family, regular, bold, italic in (
            (SERIF, SERIF, SERIF_BOLD, SERIF_ITALIC),
            (SANS, SANS, SANS_BOLD, SANS_ITALIC),
        ):
            addMapping(family, 0, 0, regular)
            addMapping(family, 1, 0, bold)
            addMapping(family, 0, 1, italic)
            addMapping(family, 1, 1, bold)
        for face in FALLBACKS:  # one face each: bold or italic text falls back to it too
            for is_bold, is_italic in ((0, 0), (1, 0), (0, 1), (1, 1)):
                addMapping(face, is_bold, is_italic, face)
        main = set.intersection(
            *(set(font.face.charToGlyph) for name, font in fonts.items() if name not in FALLBACKS)
        )
        _coverage = FontCoverage(
            # A line feed is "covered": the text layer turns it into a line break.
            uncovered=_negated_class((main - _CONTROLS) | {0x0A}),
            fallback=_fallback_map({name: fonts[name] for name in FALLBACKS}, main),
        )
        log.debug(
            "registered briefing fonts: %d main, %d fallback characters",
            len(main),
            len(_coverage.fallback),
        )
        return _coverage


def _fallback_map(fonts: Mapping[str, TTFont], main: set[int]) -> dict[int, str]:
    """Code point → the fallback font that draws it, for what the main fonts lack."""
    drawn = {name: set(font.face.charToGlyph) - main - _CONTROLS for name, font in fonts.items()}
    chosen: dict[int, str] = {}
    for lo, hi, first in PREFERRED:
        for code in drawn[first]:
            if lo <= code <= hi:
                chosen[code] = first
    for name in FALLBACKS:
        for code in drawn[name]:
            chosen.setdefault(code, name)
    return chosen

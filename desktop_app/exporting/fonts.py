"""Fonts for the PDF briefing, shipped in ``resources/fonts/`` and embedded (as subsets) in
every PDF, so a reader sees the same glyphs whatever is installed on their machine.

Noto Serif (body) and Noto Sans (headings, tables) cover Latin, Greek and Cyrillic; DejaVu Sans
is the fallback for what Noto lacks (✓ and other symbols, Hebrew, Arabic, some emoji). reportlab
has no per-glyph fallback, so :class:`FontCoverage` tells the text layer which runs of characters
need the fallback font and which no shipped font can show at all.

Registration parses the TrueType files once per process (about a tenth of a second each); a lock
makes it safe when two exports start at once on worker threads.
"""

from __future__ import annotations

import logging
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop_app.errors import ExportError
from desktop_app.paths import resource

log = logging.getLogger(__name__)

SERIF = "ParleySerif"
SERIF_BOLD = "ParleySerif-Bold"
SERIF_ITALIC = "ParleySerif-Italic"
SANS = "ParleySans"
SANS_BOLD = "ParleySans-Bold"
SANS_ITALIC = "ParleySans-Italic"
FALLBACK = "ParleyFallback"

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
}

# Control characters are never "covered", even where a font maps them (Noto maps U+0000 and
# U+000D): the text layer prints them visibly instead.
_CONTROLS = frozenset(range(0x20)) | frozenset(range(0x7F, 0xA0))


@dataclass(frozen=True)
class FontCoverage:
    """Which characters the shipped fonts can draw.

    ``uncovered`` finds runs of characters the main (Noto) fonts lack; ``fallback`` holds the
    code points DejaVu Sans can draw instead.
    """

    uncovered: re.Pattern[str]
    fallback: frozenset[int]


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


def _load(name: str, file_name: str) -> TTFont:
    path = resource("fonts", file_name)
    try:
        return TTFont(name, str(path))
    except (OSError, TTFError) as exc:
        log.error("cannot load font %s: %s", path, exc)
        raise ExportError(
            f"the briefing font {file_name} is missing or damaged", "reinstall Parley"
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
        addMapping(FALLBACK, 0, 0, FALLBACK)
        addMapping(FALLBACK, 1, 0, FALLBACK)
        addMapping(FALLBACK, 0, 1, FALLBACK)
        addMapping(FALLBACK, 1, 1, FALLBACK)
        main = set.intersection(
            *(set(font.face.charToGlyph) for name, font in fonts.items() if name != FALLBACK)
        )
        fallback = set(fonts[FALLBACK].face.charToGlyph) - _CONTROLS
        _coverage = FontCoverage(
            # A line feed is "covered": the text layer turns it into a line break.
            uncovered=_negated_class((main - _CONTROLS) | {0x0A}),
            fallback=frozenset(fallback),
        )
        log.debug(
            "registered briefing fonts: %d main, %d fallback characters", len(main), len(fallback)
        )
        return _coverage

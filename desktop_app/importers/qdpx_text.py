"""A REFI-QDA plain-text source: decoding, Parley's normal form, and the vendor's positions.

The standard counts selection positions in code points of the ``.txt`` file, 0-based, end
exclusive. Vendors disagree:

- line breaks: NVivo counts CRLF as two characters (as the standard does), ATLAS.ti as one;
- the unit: NVivo (12 and later, Windows and Mac) counts UTF-16 code units, in which every
  astral character (emoji, a flag's two halves, some CJK) takes two.

Parley's stored text uses "\\n" only and counts code points, so positions are remapped whichever
way the file was counted. Each candidate reading is scored on the selections themselves: a
boundary that falls between words (not inside a word, a surrogate pair, a flag or an emoji
sequence) earns a point, a selection whose ``name`` (the quoted text, often truncated with "…")
matches the text under it earns two. Line breaks and a byte-order mark counted as character 0
are decided per file (:func:`choose_map`); the unit is a habit of the exporting program, so it
is decided per archive (:func:`choose_unit`, with the archive's ``origin`` breaking a tie).

Normal form (the same rules as the other importers): CRLF and lone CR become "\\n", as do
VT, FF, NEL, U+2028 and U+2029; other C0/C1 controls except tab are dropped.
"""

from __future__ import annotations

import codecs
import logging
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

log = logging.getLogger(__name__)

_CONTROLS = "\x00-\x08\x0e-\x1f\x7f\x80-\x84\x86-\x9f"
_LINE_BREAKS = "\x0b\x0c\x85\u2028\u2029"
_NEEDS_WORK = re.compile(f"[\r{_CONTROLS}{_LINE_BREAKS}]")
_DROPPED_RAW = re.compile(f"\r(?=\n)|[{_CONTROLS}]")  # positions counted with CRLF as two
_DROPPED_CONTROLS = re.compile(f"[{_CONTROLS}]")
_TO_NEWLINE = str.maketrans(dict.fromkeys("\r" + _LINE_BREAKS, "\n"))
_ELLIPSES = ("…", "...")
MAX_NAME_CHECKS = 300  # selections compared per file when choosing how positions were counted
MIN_PREFIX_CHARS = 8  # an un-marked truncated name must be at least this long to vote

MAX_FLAG_RUN = 64  # regional indicators looked back over to pair a flag's halves
_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

CODE_POINTS = "code points"
UTF16_UNITS = "UTF-16 code units"
STANDARD = f"{CODE_POINTS}, CRLF as two"
CRLF_AS_ONE = f"{CODE_POINTS}, CRLF as one"
UTF16 = f"{UTF16_UNITS}, CRLF as two"
UTF16_CRLF_AS_ONE = f"{UTF16_UNITS}, CRLF as one"


@dataclass(frozen=True)
class DecodedText:
    raw: str  # as decoded, without a byte-order mark
    had_bom: bool
    replaced: int  # bytes that were not UTF-8 and became U+FFFD


def decode(data: bytes) -> DecodedText:
    """UTF-8 as the standard requires; a UTF-16 file with its BOM is read too. Bytes that are
    not UTF-8 become U+FFFD and are counted, never a crash."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return DecodedText(data.decode("utf-16"), True, 0)
    had_bom = data.startswith(codecs.BOM_UTF8)
    body = data[3:] if had_bom else data
    try:
        return DecodedText(body.decode("utf-8"), had_bom, 0)
    except UnicodeDecodeError:
        text = body.decode("utf-8", errors="replace")
        replaced = text.count("\ufffd") - body.decode("utf-8", "ignore").count("\ufffd")
        return DecodedText(text, had_bom, replaced)


def normalise(raw: str) -> str:
    """Parley's stored form of ``raw`` (see the module docstring)."""
    if _NEEDS_WORK.search(raw) is None:
        return raw
    return _DROPPED_RAW.sub("", raw).translate(_TO_NEWLINE)


class PositionMap:
    """Maps positions as one convention counted them to code points of the normalised text."""

    __slots__ = ("_astral", "_dropped", "_shift", "label", "unit")

    def __init__(
        self,
        label: str,
        dropped: list[int],
        shift: int = 0,
        *,
        unit: str = CODE_POINTS,
        astral: list[int] | None = None,
    ) -> None:
        self.label = label
        self.unit = unit
        self._dropped = dropped  # sorted positions (in code points) of dropped characters
        self._shift = shift  # 1 when the exporter counted a byte-order mark as character 0
        # UTF-16 reading: sorted UTF-16 positions where each astral character starts
        self._astral = astral or []

    def __call__(self, position: int) -> int:
        if position < 0:
            return position  # out of range whatever the convention; the caller reports it
        position = max(0, position - self._shift)
        if self._astral:  # every astral character wholly before ``position`` counted twice
            position -= bisect_right(self._astral, position - 2)
        if not self._dropped:
            return position
        return position - bisect_left(self._dropped, position)

    def same_as_code_points_below(self, limit: int) -> bool:
        """Does this reading agree with its code-point twin for every position up to
        ``limit`` (no astral character starts before it)?"""
        return not self._astral or self._astral[0] >= limit

    def splits(self, position: int) -> bool:
        """Does ``position`` fall between the two halves of a surrogate pair?"""
        if not self._astral:
            return False
        inside = position - self._shift - 1
        index = bisect_left(self._astral, inside)
        return index < len(self._astral) and self._astral[index] == inside

    def counting_bom(self) -> PositionMap:
        """The same convention, by an exporter that counted the byte-order mark as a
        character."""
        return PositionMap(
            f"{self.label}, BOM counted", self._dropped, 1, unit=self.unit, astral=self._astral
        )


def _utf16_starts(text: str) -> list[int]:
    """UTF-16 positions where the astral characters of ``text`` start ([] when none)."""
    starts: list[int] = []
    for index, match in enumerate(_ASTRAL.finditer(text)):
        starts.append(match.start() + index)
    return starts


def candidate_maps(decoded: DecodedText) -> list[PositionMap]:
    """The ways an exporter may have counted positions in this text, the standard's first.
    Just one when they all agree (no CR, no controls, no BOM, no astral character) — the
    common case. UTF-16 readings are offered only when the text has astral characters."""
    raw = decoded.raw
    layouts: list[tuple[str, str, list[int]]] = []  # (CRLF label, text as counted, dropped)
    if _NEEDS_WORK.search(raw) is None:
        layouts.append(("CRLF as two", raw, []))
    else:
        layouts.append(("CRLF as two", raw, [m.start() for m in _DROPPED_RAW.finditer(raw)]))
        if "\r\n" in raw:
            collapsed = raw.replace("\r\n", "\n")
            controls = [m.start() for m in _DROPPED_CONTROLS.finditer(collapsed)]
            layouts.append(("CRLF as one", collapsed, controls))
    maps = [PositionMap(f"{CODE_POINTS}, {crlf}", dropped) for crlf, _, dropped in layouts]
    if _ASTRAL.search(raw) is not None:
        maps += [
            PositionMap(
                f"{UTF16_UNITS}, {crlf}", dropped, unit=UTF16_UNITS, astral=_utf16_starts(counted)
            )
            for crlf, counted, dropped in layouts
        ]
    if decoded.had_bom:
        maps += [m.counting_bom() for m in list(maps)]
    return maps


def _squeeze(text: str) -> str:
    return " ".join(text.split())


def name_matches(text: str, start: int, end: int, name: str) -> bool:
    """Does a selection's ``name`` quote ``text[start:end]``? Exporters squeeze white space and
    cut long names, with or without an ellipsis."""
    if not 0 <= start < end <= len(text):
        return False
    wanted = _squeeze(name)
    if not wanted:
        return False
    truncated = wanted.endswith(_ELLIPSES)
    if truncated:
        wanted = wanted.rstrip(".…").rstrip()
        if not wanted:
            return False
    # Only as much of the quote as the name can cover, so a long span costs little.
    quote = _squeeze(text[start : min(end, start + 4 * len(wanted) + 16)])
    if quote == wanted:
        return True
    return quote.startswith(wanted) and (truncated or len(wanted) >= MIN_PREFIX_CHARS)


def _joins(char: str) -> bool:
    """Does ``char`` belong to the character before it (a combining mark, a variation selector,
    a skin tone, a tag, the second half of an emoji sequence)?"""
    return (
        unicodedata.category(char) in ("Mn", "Mc", "Me")
        or char == "\u200d"
        or "\ufe00" <= char <= "\ufe0f"
        or "\U0001f3fb" <= char <= "\U0001f3ff"
        or "\U000e0020" <= char <= "\U000e007f"
    )


def _regional(char: str) -> bool:
    return "\U0001f1e6" <= char <= "\U0001f1ff"


def _wordish(char: str) -> bool:
    return char.isalnum() or char == "_"


def between_words(text: str, position: int) -> bool:
    """Is ``position`` a place where a selection may sensibly begin or end: not inside a word,
    a flag (two regional indicators) or an emoji sequence?"""
    if position <= 0 or position >= len(text):
        return position == 0 or position == len(text)
    before, after = text[position - 1], text[position]
    if _joins(after) or before == "\u200d":
        return False
    if _regional(before) and _regional(after):
        run = 0
        while (
            run < MAX_FLAG_RUN and position - 1 - run >= 0 and _regional(text[position - 1 - run])
        ):
            run += 1
        return run % 2 == 0
    return not (_wordish(before) and _wordish(after))


@dataclass(frozen=True)
class Fit:
    """How well one reading fits a file's selections."""

    ends: int = 0  # selection boundaries checked (two per selection)
    between: int = 0  # of them, those between words
    names: int = 0  # selections whose name matches the text under them
    named: int = 0  # selections with a name

    @property
    def score(self) -> int:
        return self.between + 2 * self.names

    def __add__(self, other: Fit) -> Fit:
        return Fit(
            self.ends + other.ends,
            self.between + other.between,
            self.names + other.names,
            self.named + other.named,
        )


def fit(text: str, reading: PositionMap, selections: Sequence[tuple[int, int, str]]) -> Fit:
    """Score ``reading`` on (up to ``MAX_NAME_CHECKS``) selections of a file."""
    ends = between = names = named = 0
    for start, end, name in selections[:MAX_NAME_CHECKS]:
        ends += 2
        named += 1 if name else 0
        first, last = reading(start), reading(end)
        if not 0 <= first < last <= len(text):
            continue
        between += sum(
            1
            for raw, mapped in ((start, first), (end, last))
            if not reading.splits(raw) and between_words(text, mapped)
        )
        if name and name_matches(text, first, last, name):
            names += 1
    return Fit(ends, between, names, named)


def fits(
    text: str, maps: Sequence[PositionMap], selections: Sequence[tuple[int, int, str]]
) -> list[tuple[PositionMap, Fit]]:
    """Every candidate reading with its fit, in the candidates' order. UTF-16 readings that
    agree with code points on every selection (no astral character before the last position)
    are left out: they would tell nothing, and cost time."""
    last = max((max(start, end) for start, end, _ in selections), default=0)
    maps = [m for m in maps if m.unit != UTF16_UNITS or not m.same_as_code_points_below(last)]
    if len(maps) == 1:
        return [(maps[0], Fit())]
    return [(reading, fit(text, reading, selections)) for reading in maps]


def best_of(scored: Sequence[tuple[PositionMap, Fit]], unit: str | None = None) -> PositionMap:
    """The best-fitting reading (in ``unit`` when it has any), the earlier one on a tie — the
    standard's when nothing tells them apart."""
    pool = [item for item in scored if item[0].unit == unit] or list(scored)
    best, best_score = pool[0][0], -1
    for reading, found in pool:
        if found.score > best_score:
            best, best_score = reading, found.score
    return best


def choose_map(
    text: str, maps: Sequence[PositionMap], selections: Sequence[tuple[int, int, str]]
) -> PositionMap:
    """The reading under which the selections fit the text best; the standard's on a tie (or
    when no selection says anything)."""
    return best_of(fits(text, maps, selections))


def nvivo_origin(origin: str) -> bool:
    """Does the archive's ``origin`` attribute name NVivo, which counts UTF-16 code units?"""
    return "nvivo" in origin.lower()


@dataclass(frozen=True)
class UnitChoice:
    unit: str
    note: str  # for the import's notes; "" when the standard's unit was read without doubt


def _best_fit(scored: Sequence[tuple[PositionMap, Fit]], unit: str) -> Fit:
    found = [f for m, f in scored if m.unit == unit]
    return max(found, key=lambda f: f.score) if found else Fit()


def choose_unit(files: Sequence[Sequence[tuple[PositionMap, Fit]]], origin: str) -> UnitChoice:
    """Code points or UTF-16 code units for a whole archive: the unit whose best readings fit
    the selections of all its files best. Only files with astral characters (and selections)
    can tell; on a tie the ``origin`` decides (NVivo counts UTF-16 code units)."""
    telling = [s for s in files if any(m.unit == UTF16_UNITS for m, _ in s)]
    if not telling:
        return UnitChoice(CODE_POINTS, "")
    points = sum((_best_fit(s, CODE_POINTS) for s in telling), Fit())
    units = sum((_best_fit(s, UTF16_UNITS) for s in telling), Fit())
    hinted = UTF16_UNITS if nvivo_origin(origin) else CODE_POINTS
    if units.score != points.score:
        unit = UTF16_UNITS if units.score > points.score else CODE_POINTS
    else:
        unit = hinted
    if unit == CODE_POINTS and hinted == CODE_POINTS:
        return UnitChoice(unit, "")  # the standard's unit, and nothing said otherwise
    chosen, other = (units, points) if unit == UTF16_UNITS else (points, units)
    other_unit = CODE_POINTS if unit == UTF16_UNITS else UTF16_UNITS
    said = f"the archive's origin “{origin.strip()}”" if origin.strip() else "the archive"
    if unit == UTF16_UNITS:
        read = f"{UTF16_UNITS} (as NVivo counts them), not the standard's {CODE_POINTS}"
    else:
        read = f"{CODE_POINTS} (the standard's unit), although {said} names NVivo"
    if units.score == points.score:
        why = f"both readings fit the selections equally, and {said} names NVivo"
    else:
        why = (
            f"{chosen.between} of {chosen.ends} selection ends fall between words that way, "
            f"{other.between} in {other_unit}"
        )
        if chosen.named:
            why += (
                f"; {chosen.names} of {chosen.named} names match (in {other_unit}: {other.names})"
            )
    return UnitChoice(unit, f"selection positions were read as {read}: {why}")

"""A REFI-QDA plain-text source: decoding, Parley's normal form, and the vendor's positions.

The standard counts selection positions in code points of the ``.txt`` file, 0-based, end
exclusive. Vendors disagree about line breaks: NVivo counts CRLF as two characters (as the
standard does), ATLAS.ti as one. Parley's stored text uses "\\n" only, so positions are remapped
whichever way the file was counted — and which way that was is decided per file, by checking the
selections' ``name`` (the quoted text, often truncated with "…") against the text under each
reading. A UTF-8 byte-order mark is dropped, and checked the same way in case an exporter counted
it as character 0.

Normal form (the same rules as the other importers): CRLF and lone CR become "\\n", as do
VT, FF, NEL, U+2028 and U+2029; other C0/C1 controls except tab are dropped.
"""

from __future__ import annotations

import codecs
import logging
import re
from bisect import bisect_left
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

STANDARD = "code points, CRLF as two"
CRLF_AS_ONE = "code points, CRLF as one"


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

    __slots__ = ("_dropped", "_shift", "label")

    def __init__(self, label: str, dropped: list[int], shift: int = 0) -> None:
        self.label = label
        self._dropped = dropped  # sorted positions (in this convention) of dropped characters
        self._shift = shift  # 1 when the exporter counted a byte-order mark as character 0

    def __call__(self, position: int) -> int:
        if position < 0:
            return position  # out of range whatever the convention; the caller reports it
        position = max(0, position - self._shift)
        if not self._dropped:
            return position
        return position - bisect_left(self._dropped, position)

    def counting_bom(self) -> PositionMap:
        """The same convention, by an exporter that counted the byte-order mark as a
        character."""
        return PositionMap(f"{self.label}, BOM counted", self._dropped, shift=1)


def candidate_maps(decoded: DecodedText) -> list[PositionMap]:
    """The ways an exporter may have counted positions in this text, the standard's first.
    Just one when they all agree (no CR, no controls, no BOM) — the common case."""
    raw = decoded.raw
    if _NEEDS_WORK.search(raw) is None:
        maps = [PositionMap(STANDARD, [])]
    else:
        maps = [PositionMap(STANDARD, [m.start() for m in _DROPPED_RAW.finditer(raw)])]
        if "\r\n" in raw:
            collapsed = raw.replace("\r\n", "\n")
            controls = [m.start() for m in _DROPPED_CONTROLS.finditer(collapsed)]
            maps.append(PositionMap(CRLF_AS_ONE, controls))
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


def choose_map(
    text: str, maps: Sequence[PositionMap], selections: Sequence[tuple[int, int, str]]
) -> PositionMap:
    """The convention under which most selections' names match the text; the standard's on a
    tie (or when no name says anything)."""
    if len(maps) == 1:
        return maps[0]
    sample = [s for s in selections if s[2]][:MAX_NAME_CHECKS]
    best, best_score = maps[0], -1
    for candidate in maps:
        score = sum(
            1
            for start, end, name in sample
            if name_matches(text, candidate(start), candidate(end), name)
        )
        if score > best_score:
            best, best_score = candidate, score
    return best

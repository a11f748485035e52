"""Which highlights are where, in code points: a small index the reader paints from.

Kept free of Qt so its rules (layers for nesting and overlap, look-ups by range) are plain to
test. Each span gets a *layer*, the smallest number not taken by a span it overlaps, so nested
and overlapping spans draw their underlines at different depths and all stay visible.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field


@dataclass
class Span:
    annotation_id: int
    start: int  # code points, end exclusive
    end: int
    color: str  # "#rrggbb" of the span's leading code
    tooltip: str = ""
    colors: tuple[str, ...] = ()  # one per code, for the layered underline
    layer: int = field(default=0, compare=False)


class SpanIndex:
    def __init__(self) -> None:
        self._spans: dict[int, Span] = {}
        self._ordered: list[Span] = []
        self._starts: list[int] = []
        self._longest = 0
        self._dirty = False

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, annotation_id: object) -> bool:
        return annotation_id in self._spans

    def get(self, annotation_id: int) -> Span | None:
        return self._spans.get(annotation_id)

    def spans(self) -> list[Span]:
        self._order()
        return list(self._ordered)

    def reset(self, spans: Iterable[Span]) -> None:
        self._spans = {s.annotation_id: s for s in spans}
        self._dirty = True
        self._assign_all_layers()

    def upsert(self, span: Span) -> None:
        """Add or replace one span; a new or moved span takes the lowest free layer among the
        spans it overlaps (the others keep theirs, so nothing jumps while the analyst works)."""
        old = self._spans.get(span.annotation_id)
        self._spans[span.annotation_id] = span
        self._dirty = True
        if old is not None and (old.start, old.end) == (span.start, span.end):
            span.layer = old.layer
            return
        taken = {
            s.layer
            for s in self.overlapping(span.start, span.end)
            if s.annotation_id != span.annotation_id
        }
        span.layer = next(i for i in range(len(taken) + 1) if i not in taken)

    def remove(self, annotation_id: int) -> None:
        if self._spans.pop(annotation_id, None) is not None:
            self._dirty = True

    def clear(self) -> None:
        self.reset([])

    def overlapping(self, start: int, end: int) -> list[Span]:
        """Spans with any character in ``[start, end)``, by start."""
        self._order()
        if not self._ordered:
            return []
        low = bisect_left(self._starts, start - self._longest)
        high = bisect_left(self._starts, end)
        return [s for s in self._ordered[low:high] if s.end > start]

    def at(self, position: int) -> list[Span]:
        """Spans holding the character at ``position``, innermost (shortest) first."""
        found = self.overlapping(position, position + 1)
        return sorted(found, key=lambda s: (s.end - s.start, s.start))

    def _order(self) -> None:
        if not self._dirty:
            return
        self._ordered = sorted(self._spans.values(), key=lambda s: (s.start, -s.end))
        self._starts = [s.start for s in self._ordered]
        self._longest = max((s.end - s.start for s in self._ordered), default=0)
        self._dirty = False

    def _assign_all_layers(self) -> None:
        self._order()
        active: list[Span] = []
        for span in self._ordered:
            active = [a for a in active if a.end > span.start]
            taken = {a.layer for a in active}
            span.layer = next(i for i in range(len(taken) + 1) if i not in taken)
            active.append(span)

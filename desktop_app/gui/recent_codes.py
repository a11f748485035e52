"""The 1–9 keys for recent codes: which code combination each digit applies.

A combination keeps its digit while it is in the bar, so the analyst's fingers learn it: using
it again changes nothing, a new combination takes the first free digit and, once all nine are
taken, the one used longest ago. Codes deleted (a creation undone, say) free their digit without
moving the others. While the bar is pinned, new combinations do not enter it at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

KEYS = 9
Combination = tuple[int, ...]


@dataclass
class RecentCodes:
    slots: list[Combination | None] = field(default_factory=list)  # digit - 1 → codes
    order: list[int] = field(default_factory=list)  # slot indices, used longest ago first
    pinned: bool = False

    def use(self, codes: Combination, alive: Callable[[Combination], bool]) -> bool:
        """Record that ``codes`` were applied; True when the bar's digits changed."""
        if codes in self.slots:
            self._touch(self.slots.index(codes))
            return False
        if self.pinned:
            return False
        free = [i for i, held in enumerate(self.slots) if held is None or not alive(held)]
        if free:
            index = free[0]
        elif len(self.slots) < KEYS:
            index = len(self.slots)
            self.slots.append(None)
        else:
            index = self.order[0] if self.order else 0
        self.slots[index] = codes
        self._touch(index)
        return True

    def _touch(self, index: int) -> None:
        self.order = [i for i in self.order if i != index] + [index]

    def at(self, number: int, alive: Callable[[Combination], bool]) -> Combination | None:
        """The combination on key ``number`` (1–9), if its codes still exist."""
        if not 1 <= number <= len(self.slots):
            return None
        held = self.slots[number - 1]
        return held if held is not None and alive(held) else None

    def shown(self, alive: Callable[[Combination], bool]) -> list[tuple[int, Combination]]:
        """(digit, combination) for every digit in use, in digit order."""
        return [
            (i + 1, held) for i, held in enumerate(self.slots) if held is not None and alive(held)
        ]

    # -- settings ----------------------------------------------------------------------------

    def to_json(self) -> dict[str, object]:
        return {
            "slots": [list(s) if s is not None else None for s in self.slots],
            "order": list(self.order),
            "pinned": self.pinned,
        }

    @classmethod
    def from_json(cls, value: object) -> RecentCodes:
        """Read what :meth:`to_json` wrote; an older Parley's list (most recent first) keeps
        its order as the digits; anything unreadable is an empty bar."""
        if isinstance(value, list):  # before digits were kept: most recently used first
            slots = [_combination(v) for v in value][:KEYS]
            kept = [s for s in slots if s is not None]
            return cls(list(kept), list(reversed(range(len(kept)))))
        if not isinstance(value, dict):
            return cls()
        raw_slots = value.get("slots")
        slots = [_combination(v) for v in raw_slots][:KEYS] if isinstance(raw_slots, list) else []
        raw_order = value.get("order")
        order = [
            i
            for i in (raw_order if isinstance(raw_order, list) else [])
            if isinstance(i, int) and 0 <= i < len(slots) and slots[i] is not None
        ]
        order = list(dict.fromkeys(order))
        order = [i for i, s in enumerate(slots) if s is not None and i not in order] + order
        return cls(slots, order, value.get("pinned") is True)


def _combination(value: object) -> Combination | None:
    if isinstance(value, list) and value and all(isinstance(i, int) for i in value):
        return tuple(value)
    return None

"""Counted nouns in window messages: "1 hit in 1 source", "3,444 hits in 2 sources"."""

from __future__ import annotations


def count(number: int, singular: str, plural: str = "") -> str:
    """``number`` with the noun agreeing, thousands grouped (English wording)."""
    noun = singular if number == 1 else (plural or singular + "s")
    return f"{number:,} {noun}"

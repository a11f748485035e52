"""Timestamps as stored: ISO 8601 in UTC with a ``Z``, to the second; they sort as text."""

from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")

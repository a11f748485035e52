"""Fixtures for the importer tests: files are written for real into ``tmp_path``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

WriteFile = Callable[[str, bytes | str], Path]


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """Write ``content`` (bytes, or str as UTF-8) to ``tmp_path / name`` and return the path."""

    def write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write

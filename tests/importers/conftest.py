"""Fixtures for the importer tests: files are written for real into ``tmp_path``."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

WriteFile = Callable[[str, bytes | str], Path]

REPO_ROOT = Path(__file__).resolve().parents[2]
SAMPLE_DIR = REPO_ROOT / "resources" / "sample"

# TrueType fonts with Cyrillic, most portable first: the ones Parley ships, then common system
# locations. reportlab's bundled Vera fonts cover Latin only.
# The font Parley ships (resources/fonts, with its licence): every machine that has the
# project has it, so no test depends on what the system happens to have installed.
_CYRILLIC_FONT = REPO_ROOT / "resources" / "fonts" / "NotoSans-Regular.ttf"


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """Write ``content`` (bytes, or str as UTF-8) to ``tmp_path / name`` and return the path."""

    def write(name: str, content: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return write


@pytest.fixture(scope="session")
def cyrillic_font() -> str:
    """The reportlab name of a registered TrueType font that has Cyrillic letters: the one
    Parley ships."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    font = TTFont("ImporterTestCyrillic", str(_CYRILLIC_FONT))
    assert ord("Ж") in font.face.charToGlyph
    pdfmetrics.registerFont(font)
    return "ImporterTestCyrillic"

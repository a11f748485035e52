"""Reading a briefing back for the tests: text through poppler's ``pdftotext``, fonts through
``pdffonts``, word boxes through ``pdftotext -bbox``, outline and metadata through pypdf."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

POPPLER = shutil.which("pdftotext") is not None and shutil.which("pdffonts") is not None
needs_poppler = pytest.mark.skipif(
    not POPPLER, reason="poppler-utils (pdftotext, pdffonts) is not installed"
)

_WORD = re.compile(
    r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>'
)
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">')


MM = 72 / 25.4
TOP_MARGIN = 26 * MM  # the briefing's margins: the running header and footer live in them
BOTTOM_MARGIN = 24 * MM


def pages_text(path: Path, *, layout: bool = False, body_only: bool = False) -> list[str]:
    """Each page's text as poppler extracts it (UTF-8): in reading order, or with ``layout``
    keeping table rows on one line; with ``body_only``, without the running header and footer."""
    command = ["pdftotext", "-enc", "UTF-8"]
    if layout:
        command.append("-layout")
    if body_only:
        box = PdfReader(str(path)).pages[0].mediabox
        width, height = float(box.width), float(box.height)
        command += [
            "-x", "0", "-y", str(int(TOP_MARGIN) - 2),
            "-W", str(int(width)), "-H", str(int(height - TOP_MARGIN - BOTTOM_MARGIN) + 4),
        ]  # fmt: skip
    result = subprocess.run([*command, str(path), "-"], capture_output=True, check=True)
    pages = result.stdout.decode("utf-8").split("\f")
    return pages[:-1] if pages and not pages[-1].strip() else pages


def flat(text: str) -> str:
    """White space collapsed: line breaks in the PDF are layout, not content."""
    return " ".join(text.split())


def font_rows(path: Path) -> list[list[str]]:
    result = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    return [line.split() for line in result.stdout.splitlines()[2:] if line.strip()]


@dataclass(frozen=True)
class Word:
    page: int
    page_width: float
    page_height: float
    x_min: float
    y_min: float
    x_max: float
    y_max: float
    text: str


def words(path: Path) -> list[Word]:
    """Every word with its box, in points from the page's top-left corner."""
    result = subprocess.run(
        ["pdftotext", "-bbox", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
    )
    found: list[Word] = []
    for number, chunk in enumerate(result.stdout.decode("utf-8").split("<page ")[1:], 1):
        size = _PAGE.match("<page " + chunk)
        assert size is not None
        width, height = float(size.group(1)), float(size.group(2))
        for match in _WORD.finditer(chunk):
            x0, y0, x1, y1 = (float(match.group(i)) for i in range(1, 5))
            found.append(Word(number, width, height, x0, y0, x1, y1, html.unescape(match.group(5))))
    return found


@dataclass(frozen=True)
class Outline:
    title: str
    page: int
    children: tuple[Outline, ...]


def outline(path: Path) -> list[Outline]:
    reader = PdfReader(str(path))

    def walk(items: list[object]) -> list[Outline]:
        result: list[Outline] = []
        for item in items:
            if isinstance(item, list):
                assert result, "children before their parent"
                last = result[-1]
                result[-1] = Outline(last.title, last.page, tuple(walk(item)))
            else:
                page = reader.get_destination_page_number(item)  # type: ignore[arg-type]
                result.append(Outline(item.title, page + 1, ()))  # type: ignore[attr-defined]
        return result

    return walk(reader.outline)  # type: ignore[arg-type]

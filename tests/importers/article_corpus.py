"""Saved news pages with known main text, and a scorer of article text against them.

``tests/importers/articles/`` holds pages written after real outlets' markup (TASS, RIA Novosti,
Meduza, RBC, Ukrainska Pravda, Interfax-Ukraine, Ukrinform, Suspilne, BBC, Reuters, the Guardian,
the Kyiv Independent…): menus, breadcrumbs, share buttons, "read also" boxes inside the article,
cookie banners, newsletter and donation appeals, comments, "most read" lists and footers around
an article whose text is known. Beside each ``NAME.html`` a ``NAME.json`` gives the article's
first and last sentences and the boilerplate strings that must not be in its text.

Three criteria are counted over the pages: the first sentence is there, the last sentence is
there, and each boilerplate string is absent. :func:`score` counts them for an extractor (a
function from the page's path to its text); Parley's is its real importer
(``importers.loader.load_document``), trafilatura's is ``trafilatura.extract`` on the page's
bytes with its documented settings (the default, balanced, and ``favor_precision``).

Run ``uv run python bench/bench_article_text.py`` for the figures side by side.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

PAGES = Path(__file__).parent / "articles"

_SPACE_RE = re.compile(r"\s+")


@dataclass(frozen=True)
class Page:
    path: Path
    outlet: str
    language: str
    first: str
    last: str
    absent: tuple[str, ...]


@dataclass
class Score:
    """Counts per criterion, and what was missed where (for the report)."""

    pages: int = 0
    first: int = 0
    last: int = 0
    boilerplate: int = 0  # strings absent, as they should be
    boilerplate_total: int = 0
    misses: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, str]:
        return {
            "first sentence": f"{self.first}/{self.pages}",
            "last sentence": f"{self.last}/{self.pages}",
            "boilerplate left out": f"{self.boilerplate}/{self.boilerplate_total}",
        }


def pages() -> list[Page]:
    found = []
    for path in sorted(PAGES.glob("*.html")):
        expected = json.loads(path.with_suffix(".json").read_text("utf-8"))
        found.append(
            Page(
                path,
                expected["outlet"],
                expected["language"],
                expected["first"],
                expected["last"],
                tuple(expected["absent"]),
            )
        )
    return found


def flat(text: str) -> str:
    """Whitespace collapsed to single spaces (NBSP included): the criteria are about words."""
    return _SPACE_RE.sub(" ", text.replace("\xa0", " ")).strip()


def score(extract: Callable[[Path], str]) -> Score:
    result = Score()
    for page in pages():
        text = flat(extract(page.path))
        result.pages += 1
        name = page.path.stem
        if flat(page.first) in text:
            result.first += 1
        else:
            result.misses.append(f"{name}: first sentence missing")
        if flat(page.last) in text:
            result.last += 1
        else:
            result.misses.append(f"{name}: last sentence missing")
        for boilerplate in page.absent:
            result.boilerplate_total += 1
            if flat(boilerplate) in text:
                result.misses.append(f"{name}: kept “{boilerplate}”")
            else:
                result.boilerplate += 1
    return result


def parley_text(path: Path) -> str:
    """The article text Parley stores for the page (its real import path)."""
    from desktop_app.importers.loader import load_document

    return load_document(path).text


def trafilatura_text(*, favor_precision: bool) -> Callable[[Path], str]:
    """trafilatura alone, as its documentation recommends calling it on a saved page (the
    bytes, which it decodes itself), comments left out as Parley leaves them out."""

    def extract(path: Path) -> str:
        import trafilatura

        return (
            trafilatura.extract(
                path.read_bytes(),
                favor_precision=favor_precision,
                include_comments=False,
                include_tables=True,
            )
            or ""
        )

    return extract


EXTRACTORS: dict[str, Callable[[Path], str]] = {
    "Parley": parley_text,
    "trafilatura": trafilatura_text(favor_precision=False),
    "trafilatura (favor_precision)": trafilatura_text(favor_precision=True),
}

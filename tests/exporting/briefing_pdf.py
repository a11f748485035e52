"""Reading a briefing back for the tests, with libraries the lock installs (no system tool, so
these tests always run): characters with their boxes through pdfminer.six, fonts, outline and
metadata through pypdf.

pdfminer gives every glyph with its Unicode text (from the font's ToUnicode map) and its box;
lines and words are made from them here, with no layout analysis to second-guess:

* :func:`pages_text` — text in the order the page draws it (reportlab draws a paragraph line
  by line and a table cell by cell), a new line where the baseline changes or the pen jumps
  far along it (separate labels of a chart);
* ``layout=True`` — every glyph on one baseline on one line, left to right, the way a table
  row reads across its cells;
* ``body_only=True`` — without the running header and footer, which live in the margins.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import LTChar, LTContainer, LTItem
from pdfminer.pdfinterp import PDFPageInterpreter, PDFResourceManager
from pdfminer.pdfpage import PDFPage
from pypdf import PdfReader
from pypdf.generic import DictionaryObject, IndirectObject

MM = 72 / 25.4
TOP_MARGIN = 26 * MM  # the briefing's margins: the running header and footer live in them
BOTTOM_MARGIN = 24 * MM

# Gaps, in multiples of the font size: a gap between glyphs of one baseline wider than SPACE
# reads as a space (table cells side by side), one wider than BREAK as a separate piece of text.
SPACE = 0.2
BREAK = 1.5
_SUBSET_TAG = re.compile(r"^[A-Z]{6}\+")


@dataclass(frozen=True)
class Glyph:
    text: str
    x_min: float  # points from the page's top-left corner
    y_min: float
    x_max: float
    y_max: float
    baseline: float  # from the top, like y
    size: float


@dataclass(frozen=True)
class Page:
    width: float
    height: float
    glyphs: tuple[Glyph, ...]  # in the order the page draws them


def _walk(items: LTContainer[LTItem]) -> Iterator[LTChar]:
    for item in items:
        if isinstance(item, LTChar):
            yield item
        elif isinstance(item, LTContainer):  # a form XObject, e.g. the "of N" page total
            yield from _walk(item)


def read_pages(path: Path) -> list[Page]:
    manager = PDFResourceManager()
    device = PDFPageAggregator(manager, laparams=None)
    interpreter = PDFPageInterpreter(manager, device)
    pages: list[Page] = []
    with Path(path).open("rb") as handle:
        for pdf_page in PDFPage.get_pages(handle):
            interpreter.process_page(pdf_page)
            layout = device.get_result()
            height = layout.height
            glyphs = tuple(
                Glyph(
                    char.get_text(),
                    char.x0,
                    height - char.y1,
                    char.x1,
                    height - char.y0,
                    height - char.matrix[5],
                    char.size,
                )
                for char in _walk(layout)
            )
            pages.append(Page(layout.width, height, glyphs))
    return pages


def _same_line(a: Glyph, b: Glyph) -> bool:
    return abs(a.baseline - b.baseline) <= 0.3 * max(a.size, b.size)


def _join(glyphs: list[Glyph]) -> str:
    """One line's glyphs, left to right, a space where cells or words stand apart."""
    out: list[str] = []
    previous: Glyph | None = None
    for glyph in glyphs:
        if (
            previous is not None
            and glyph.x_min - previous.x_max > SPACE * glyph.size
            and not previous.text.isspace()
            and not glyph.text.isspace()
        ):
            out.append(" ")
        out.append(glyph.text)
        previous = glyph
    return "".join(out)


def _drawn_lines(glyphs: tuple[Glyph, ...]) -> list[list[Glyph]]:
    """Glyphs cut into lines in drawing order."""
    lines: list[list[Glyph]] = []
    for glyph in glyphs:
        if lines:
            last = lines[-1][-1]
            gap = glyph.x_min - last.x_max
            if _same_line(last, glyph) and -SPACE * glyph.size <= gap <= BREAK * glyph.size:
                lines[-1].append(glyph)
                continue
        lines.append([glyph])
    return lines


def _rows(glyphs: list[Glyph]) -> list[list[Glyph]]:
    """Glyphs grouped by baseline, top to bottom, each row left to right."""
    rows: list[list[Glyph]] = []
    for glyph in sorted(glyphs, key=lambda g: g.baseline):
        if rows and _same_line(rows[-1][0], glyph):
            rows[-1].append(glyph)
        else:
            rows.append([glyph])
    return [sorted(row, key=lambda g: g.x_min) for row in rows]


def _in_body(page: Page, glyph: Glyph) -> bool:
    middle = (glyph.y_min + glyph.y_max) / 2
    return TOP_MARGIN - 2 <= middle <= page.height - BOTTOM_MARGIN + 2


def page_text(page: Page, *, layout: bool = False, body_only: bool = False) -> str:
    glyphs = tuple(g for g in page.glyphs if not body_only or _in_body(page, g))
    lines = _rows(list(glyphs)) if layout else _drawn_lines(glyphs)
    return "\n".join(_join(line).rstrip() for line in lines)


def pages_text(path: Path, *, layout: bool = False, body_only: bool = False) -> list[str]:
    """Each page's text: in drawing order, or with ``layout`` keeping table rows on one line;
    with ``body_only``, without the running header and footer."""
    stat = path.stat()
    key = (path.resolve(), stat.st_mtime_ns, stat.st_size, layout, body_only)
    return list(_pages_text(*key))


@lru_cache(maxsize=32)
def _pages_text(
    path: Path, _mtime_ns: int, _size: int, layout: bool, body_only: bool
) -> tuple[str, ...]:
    """pdfminer reads a long briefing in seconds; tests ask the same file several times, so
    the text is kept per path, modification time and size (a rewritten file is read again)."""
    return tuple(page_text(p, layout=layout, body_only=body_only) for p in read_pages(path))


def flat(text: str) -> str:
    """White space collapsed: line breaks in the PDF are layout, not content."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Font:
    name: str  # the BaseFont, subset tag included
    embedded: bool  # its descriptor holds the font program (FontFile, FontFile2 or FontFile3)
    subset: bool  # the name carries a subset tag ("ABCDEF+")
    to_unicode: bool  # text can be extracted: a ToUnicode map

    @property
    def family(self) -> str:
        return _SUBSET_TAG.sub("", self.name)


def _resolve(value: object) -> object:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _font_dicts(resources: object, seen: set[int]) -> Iterator[DictionaryObject]:
    resources = _resolve(resources)
    if not isinstance(resources, DictionaryObject):
        return
    fonts = _resolve(resources.get("/Font"))
    if isinstance(fonts, DictionaryObject):
        for reference in fonts.values():
            font = _resolve(reference)
            if isinstance(font, DictionaryObject) and id(font) not in seen:
                seen.add(id(font))
                yield font
    objects = _resolve(resources.get("/XObject"))
    if isinstance(objects, DictionaryObject):
        for reference in objects.values():
            form = _resolve(reference)
            if isinstance(form, DictionaryObject) and "/Resources" in form:
                yield from _font_dicts(form["/Resources"], seen)


def fonts(path: Path) -> list[Font]:
    """Every font the pages (and the forms they draw) use."""
    found: list[Font] = []
    seen: set[int] = set()
    reader = PdfReader(str(path))
    for page in reader.pages:
        for font in _font_dicts(page.get("/Resources"), seen):
            described = font
            if font.get("/Subtype") == "/Type0":
                described = _resolve(font["/DescendantFonts"][0])  # type: ignore[assignment]
            descriptor = _resolve(described.get("/FontDescriptor"))
            embedded = isinstance(descriptor, DictionaryObject) and any(
                key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
            )
            name = str(font.get("/BaseFont", ""))[1:] if "/BaseFont" in font else ""
            found.append(Font(name, embedded, bool(_SUBSET_TAG.match(name)), "/ToUnicode" in font))
    return found


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
    found: list[Word] = []
    for number, page in enumerate(read_pages(path), 1):
        for row in _rows(list(page.glyphs)):
            current: list[Glyph] = []
            for glyph in [*row, None]:
                apart = (
                    glyph is None
                    or glyph.text.isspace()
                    or (current and glyph.x_min - current[-1].x_max > SPACE * glyph.size)
                )
                if apart and current:
                    found.append(
                        Word(
                            number,
                            page.width,
                            page.height,
                            min(g.x_min for g in current),
                            min(g.y_min for g in current),
                            max(g.x_max for g in current),
                            max(g.y_max for g in current),
                            "".join(g.text for g in current),
                        )
                    )
                    current = []
                if glyph is not None and not glyph.text.isspace():
                    current.append(glyph)
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

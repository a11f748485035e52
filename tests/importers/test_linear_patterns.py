"""Every pattern an importer applies to file content runs in linear time (issue 12, item 12).

A Markdown heading followed by a long run of blanks once took 45 s for 80,000 spaces: a lazy
group followed by optional blanks backtracks quadratically. Two guards: every compiled pattern
of every importer module meets megabyte-sized inputs of the shapes that make patterns
backtrack, and every importer meets a megabyte of its own worst case end to end. The bound is
generous (a linear scan of 1 MB takes milliseconds; the quadratic case took minutes), so it
speaks of the algorithm, not of this machine's speed.
"""

from __future__ import annotations

import contextlib
import importlib
import pkgutil
import re
import time
from pathlib import Path

import pytest

import desktop_app.importers
from desktop_app.errors import ImportRefused
from desktop_app.importers.loader import load_document
from tests.importers.builders import docx_bytes, odt_bytes, pdf_bytes
from tests.importers.conftest import WriteFile

MEGABYTE = 1 << 20
BOUND_SECONDS = 5.0  # per pattern and input; linear needs well under 0.1 s


def _importer_patterns() -> list[tuple[str, re.Pattern[str] | re.Pattern[bytes]]]:
    found = []
    for info in pkgutil.iter_modules(desktop_app.importers.__path__):
        module = importlib.import_module(f"desktop_app.importers.{info.name}")
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                found.append((f"{info.name}.{name}", value))
    return found


PATTERNS = _importer_patterns()

# Shapes that make a backtracking engine retry: long runs of what optional or lazy groups
# consume (blanks, letters, digits, marks), a prefix the pattern wants, and an ending that
# refuses the match at the last moment.
_RUNS = [
    " ",
    "\t",
    " \t",
    "a",
    "0",
    "#",
    "-",
    ":",
    ".",
    "\n",
    "\\",
    "{",
    "<meta ",
    "a ",
    "# ",
    "x:",
]
_PREFIXES = ["", "# x", "---\n", "title:", "{\\creatim\\yr2024", "<meta charset", "D:2024", "\\"]
_ENDINGS = ["y", "\x00", "#"]


def _adversarial() -> list[str]:
    texts = []
    for run in _RUNS:
        for prefix in _PREFIXES:
            # 64 KB: the quadratic patterns found took minutes at this size (80,000 blanks after a
            # heading: 45 s); each importer meets a whole megabyte end to end below.
            body = run * (MEGABYTE // 16 // len(run))
            texts.append(prefix + body + _ENDINGS[len(texts) % len(_ENDINGS)])
    return texts


ADVERSARIAL = _adversarial()


def test_the_importers_have_patterns_to_check() -> None:
    names = {name for name, _ in PATTERNS}
    assert {"markdown._H1_RE", "markdown._FIELD_RE", "markdown._FRONT_MATTER_RE"} <= names
    assert len(PATTERNS) >= 20


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[name for name, _ in PATTERNS])
def test_every_importer_pattern_is_linear_on_adversarial_input(
    name: str, pattern: re.Pattern[str] | re.Pattern[bytes]
) -> None:
    slowest, worst = 0.0, ""
    for text in ADVERSARIAL:
        subject: str | bytes = text
        if isinstance(pattern.pattern, bytes):
            subject = text.encode("utf-8")
        started = time.perf_counter()
        pattern.search(subject)  # type: ignore[arg-type]
        for _ in pattern.finditer(subject):  # type: ignore[arg-type]
            pass
        elapsed = time.perf_counter() - started
        if elapsed > slowest:
            slowest, worst = elapsed, text[:24]
    assert slowest < BOUND_SECONDS, f"{name} took {slowest:.1f} s on {worst!r}…"


def _timed_import(path: Path) -> float:
    started = time.perf_counter()
    with contextlib.suppress(ImportRefused):  # a one-line refusal is an answer; a hang is not
        load_document(path)
    return time.perf_counter() - started


# The reported inputs and their siblings, a megabyte each, through the real importers.
_WORST_CASES: dict[str, bytes] = {
    "heading-blanks.md": ("# x" + " " * MEGABYTE + "y\n\nBody text.").encode(),
    "heading-tabs.md": ("# x" + "\t" * MEGABYTE + "y #\n\nBody.").encode(),
    "heading-blank-line.md": ("#" + " " * MEGABYTE + "\nBody.").encode(),
    "front-matter-blanks.md": ("---\ntitle: a" + " " * MEGABYTE + "b\n---\nBody.").encode(),
    "front-matter-open.md": ("---\n" + "key: value\n" * (MEGABYTE // 11) + "Body").encode(),
    "blanks.txt": ("word" + " " * MEGABYTE + "word").encode(),
    "metas.html": (
        "<html><head>" + "<meta " * (MEGABYTE // 6) + "</head><body><p>Body text.</p></body></html>"
    ).encode(),
    "blanks.html": ("<p>a" + " \t" * (MEGABYTE // 2) + "b</p>").encode(),
    "info.rtf": (
        "{\\rtf1\\ansi{\\info{\\title " + "a\\" * (MEGABYTE // 2) + "}}Body text.}"
    ).encode(),
    "creatim.rtf": ("{\\rtf1{\\info{\\creatim\\yr" + "2" * MEGABYTE + "}}Body}").encode(),
}


@pytest.mark.parametrize("name", sorted(_WORST_CASES))
def test_a_megabyte_of_worst_case_input_imports_in_linear_time(
    write_file: WriteFile, name: str
) -> None:
    assert _timed_import(write_file(name, _WORST_CASES[name])) < BOUND_SECONDS


def test_the_reported_heading_still_gives_its_title(write_file: WriteFile) -> None:
    document = load_document(write_file("report.md", "# Talks  resume" + " " * 80_000 + "#\n\nx"))
    assert document.meta.title == "Talks resume"


@pytest.mark.parametrize(
    ("heading", "title"),
    [
        ("# Title #", "Title"),
        ("# Title ###   ", "Title"),
        ("# Learning C#", "Learning C#"),
        ("#\tTabbed title", "Tabbed title"),
        ("   # Indented three", "Indented three"),
        ("# #", "Fallback line"),
        ("#   ", "Fallback line"),
    ],
)
def test_heading_rules_are_kept(write_file: WriteFile, heading: str, title: str) -> None:
    text = f"Fallback line\n{heading}\n\nBody."
    assert load_document(write_file("h.md", text)).meta.title == title


@pytest.mark.parametrize("kind", ["docx", "odt", "pdf"])
def test_container_formats_with_long_blank_runs_stay_linear(
    write_file: WriteFile, kind: str
) -> None:
    line = "word" + " " * 200_000 + "word"
    if kind == "docx":
        data = docx_bytes(line, line)  # python-docx caps a title at 255 characters
    elif kind == "odt":
        data = odt_bytes(f"<text:p>{line}</text:p>", {"dc:title": "t" + " " * 200_000 + "x"})
    else:
        data = pdf_bytes([["Body text."]], metadata={"/Title": "t" + " " * 200_000 + "x"})
    assert _timed_import(write_file(f"long.{kind}", data)) < BOUND_SECONDS


@pytest.mark.parametrize(
    "body",
    [
        "<p " * (MEGABYTE // 3),
        "<p>Body text.</p>" + "<!--" * (MEGABYTE // 4),
        "<p>Body text.</p>" + "</a " * (MEGABYTE // 4),
        "<p>Body text.</p><a" + " x=" * (MEGABYTE // 3) + ">",
    ],
    ids=["unclosed-tags", "unclosed-comments", "unclosed-end-tags", "endless-attributes"],
)
def test_unclosed_markup_in_a_page_body_stays_linear(write_file: WriteFile, body: str) -> None:
    page = f"<html><head><title>t</title></head><body>{body}</body></html>"
    assert _timed_import(write_file("page.html", page)) < BOUND_SECONDS


def test_text_after_the_last_tag_is_kept_as_text() -> None:
    from html.parser import HTMLParser

    from desktop_app.importers.htmlguard import parse_linearly, without_unclosed_tags

    class Collect(HTMLParser):
        def __init__(self) -> None:
            super().__init__(convert_charrefs=True)
            self.data: list[str] = []

        def handle_data(self, data: str) -> None:
            self.data.append(data)

    for html in ["<b>x</b> a < b <c d", "<p>1 &lt; 2</p> <meta ", "no tags < at all", "<i>ok</i>"]:
        plain, guarded = Collect(), Collect()
        plain.feed(html)
        plain.close()
        parse_linearly(guarded, html)
        assert "".join(guarded.data) == "".join(plain.data)
    assert without_unclosed_tags("<i>ok</i>") == "<i>ok</i>"

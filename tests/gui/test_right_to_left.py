"""Nothing in the window assumes left-to-right: under Qt's right-to-left layout the panels are
mirrored, and in a Hebrew or Arabic source (alone or mixed with English) each highlight covers
its own words — the point in the middle of a highlight is a character of that word."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.gui.highlights import Span
from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.reader import ReaderView

HEBREW = "ראש הממשלה אמר כי ההצעה אינה מקובלת, ודובר הקרמלין השיב בחריפות."
ARABIC = "قال المتحدث باسم الكرملين إن الاقتراح ما زال قائما، ورفضت كييف الشروط."
MIXED = "Zelensky said: ההצעה אינה מקובלת — and Peskov answered: الاقتراح ما زال قائما."


@pytest.fixture
def right_to_left() -> Iterator[None]:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    yield
    app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def _span(text: str, word: str, annotation_id: int) -> Span:
    start = text.index(word)
    return Span(annotation_id, start, start + len(word), "#e69f00")


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (HEBREW, ["הממשלה", "הקרמלין", "בחריפות"]),
        (ARABIC, ["الكرملين", "الاقتراح", "كييف"]),
        (MIXED, ["Zelensky", "מקובלת", "Peskov", "الاقتراح"]),
    ],
)
def test_highlights_cover_their_words_in_right_to_left_text(
    right_to_left: None, qtbot: QtBot, text: str, words: list[str]
) -> None:
    view = ReaderView()
    qtbot.addWidget(view)
    view.resize(700, 300)
    view.show()
    qtbot.waitExposed(view)
    spans = [_span(text, word, number) for number, word in enumerate(words, 1)]
    view.show_source(1, text, spans)
    for span, word in zip(spans, words, strict=True):
        rects = view.span_rects(span.start, span.end)
        assert len(rects) == 1, word  # one word, one line, one rectangle
        middle = rects[0].center().toPoint()
        hit = view.position_at(middle)
        assert span.start <= hit < span.end, (word, hit, text[hit : hit + 5])
        # Not a sliver, not the neighbours: about the width of the word's own letters.
        assert 2 * len(word) < rects[0].width() < 12 * len(word)


def test_the_window_mirrors_under_right_to_left(
    right_to_left: None, make_window: Callable[[], MainWindow], sample_path: Path
) -> None:
    window = make_window()
    assert window.open_project(sample_path)
    assert window.layoutDirection() == Qt.LayoutDirection.RightToLeft
    sources = window.sources_panel.mapTo(window, window.sources_panel.rect().center())
    reader = window.reader.mapTo(window, window.reader.rect().center())
    codebook = window.codebook_panel.mapTo(window, window.codebook_panel.rect().center())
    assert codebook.x() < reader.x() < sources.x()  # sources on the right, codebook on the left

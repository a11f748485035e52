"""Text for the briefing's paragraphs: escaping, font fallback, cutting long text, and the chart,
checked against reportlab's own parser and renderer rather than against expected strings only."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.graphics import renderPDF
from reportlab.lib import colors
from reportlab.platypus import Paragraph

from desktop_app.exporting.briefing_style import Styles
from desktop_app.exporting.briefing_text import REPLACEMENT, TextMarkup, chunks, shorten
from desktop_app.exporting.charts import MAX_BARS, reactions_chart
from desktop_app.exporting.fonts import EMOJI, FALLBACK, MATH, register_fonts
from tests.exporting.briefing_pdf import pages_text

HOSTILE = [
    "<b>bold?</b> & <i>",
    "&amp; &lt; &#65; &nbsp; <br/> ]]> <para> </font>",
    '=HYPERLINK("http://evil.example","click")',
    "Путин · Зеленский · Ελληνικά · Ōsaka · Łódź · ǅ",
    "a < b > c & d",
    '"quotes" «ёлочки» „Gänsefüßchen“ ‘single’',
]


@pytest.fixture(scope="module")
def styles() -> Styles:
    register_fonts()
    return Styles()


@pytest.fixture
def text() -> TextMarkup:
    return TextMarkup(register_fonts())


@pytest.mark.parametrize("raw", HOSTILE)
def test_markup_round_trips_through_reportlabs_parser(
    raw: str, text: TextMarkup, styles: Styles
) -> None:
    paragraph = Paragraph(text.inline(raw), styles.body)
    assert paragraph.getPlainText() == raw


def test_newlines_are_kept_in_blocks_and_flattened_inline(text: TextMarkup) -> None:
    assert text.block("one\ntwo\r\nthree") == "one<br/>two<br/>three"
    assert text.inline("one\ntwo\t three") == "one two three"
    assert text.block("a\tb") == "a    b"


def test_characters_noto_lacks_go_to_the_fallback_font(text: TextMarkup, styles: Styles) -> None:
    marked = text.inline("ok ✓ שלום done")
    assert marked == f'ok <font name="{FALLBACK}">✓</font> <font name="{FALLBACK}">שלום</font> done'
    assert Paragraph(marked, styles.body).getPlainText() == "ok ✓ שלום done"
    assert text.right_to_left
    assert not text.replaced


def test_emoji_flags_and_math_letters_go_to_their_own_fonts(text: TextMarkup) -> None:
    """Each character to the first font that has it; a run of one font is one tag; what the
    main font has (the spaces, the words) stays in it."""
    marked = text.inline("no 🙅😀 flag 🇺🇦 math 𝐀 𝔘 𝕏 tick ✓")
    assert marked == (
        f'no <font name="{EMOJI}">🙅😀</font> flag <font name="{EMOJI}">🇺🇦</font> math '
        f'<font name="{MATH}">𝐀</font> <font name="{MATH}">𝔘</font> '
        f'<font name="{MATH}">𝕏</font> tick <font name="{FALLBACK}">✓</font>'
    )
    assert not text.replaced


def test_characters_no_font_has_are_replaced_visibly_and_counted(text: TextMarkup) -> None:
    assert text.inline("和平 talks") == f"{REPLACEMENT}{REPLACEMENT} talks"
    assert text.inline("𓀀 and 𓀀") == f"{REPLACEMENT} and {REPLACEMENT}"  # a hieroglyph
    assert text.replaced == {"和", "平", "𓀀"}


def test_control_characters_print_as_replacement_and_are_not_counted(text: TextMarkup) -> None:
    assert text.inline("a\x00b\x07c\x1bd\x7fe") == "a�b�c�d�e"
    assert not text.replaced


def test_invisible_characters_without_a_glyph_are_dropped(text: TextMarkup) -> None:
    # U+061C ARABIC LETTER MARK: a bidi control neither Noto nor DejaVu draws.
    assert text.inline("x\u061cy") == "xy"
    assert not text.replaced
    assert text.plain("x\u061cy 中") == f"xy {REPLACEMENT}"
    assert text.replaced == {"中"}


def test_plain_text_for_drawn_strings(text: TextMarkup) -> None:
    assert text.plain("  <b>Title</b>\n & more ") == "<b>Title</b> & more"


@pytest.mark.parametrize(
    "raw",
    [
        "word " * 2_000,
        "x" * 10_001,
        "line\n" * 3_000,
        ("Слово word " * 4_000)[:40_000],
        "short",
    ],
)
def test_chunks_join_back_exactly_and_respect_the_limit(raw: str) -> None:
    pieces = chunks(raw, limit=1_000)
    assert "".join(pieces) == raw
    assert all(0 < len(piece) <= 1_000 for piece in pieces)


def test_chunks_cut_at_white_space_when_they_can() -> None:
    pieces = chunks("alpha beta " * 500, limit=300)
    assert all(piece.startswith(" ") or piece == pieces[0] for piece in pieces)
    assert all(not piece.endswith(("alph", "bet")) for piece in pieces)


def test_shorten_cuts_at_a_word_and_says_so() -> None:
    assert shorten("short", 10) == ("short", False)
    cut, was_cut = shorten("Putin Sets Condition for Ukraine Peace Talks", 30)
    assert was_cut and cut == "Putin Sets Condition for…"


def test_reactions_chart_draws_labels_legend_and_totals(tmp_path: Path) -> None:
    register_fonts()
    counts = {("Rejects", "Ukraine"): 4, ("Rejects", "West"): 4, ("Defends proposal", "Russia"): 3}
    palette = {"Ukraine": colors.blue, "West": colors.green, "Russia": colors.red}
    drawing = reactions_chart(
        ["Rejects", "Criticizes", "Defends proposal"],
        ["Russia", "Ukraine", "West"],
        counts,
        palette,
        400,
    )
    target = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(target))
    lines = {line.strip() for line in pages_text(target)[0].splitlines()}
    assert {"Rejects", "Defends proposal", "Russia", "Ukraine", "West", "8", "3"} <= lines
    assert "Criticizes" not in lines  # no reactions: no bar


def test_reactions_chart_keeps_the_largest_stances(tmp_path: Path) -> None:
    register_fonts()
    stances = [f"Stance {n}" for n in range(MAX_BARS + 6)]
    counts = {(stance, "West"): index + 1 for index, stance in enumerate(stances)}
    drawing = reactions_chart(stances, ["West"], counts, {"West": colors.green}, 400)
    target = tmp_path / "chart.pdf"
    renderPDF.drawToFile(drawing, str(target))
    lines = {line.strip() for line in pages_text(target)[0].splitlines()}
    assert f"Stance {len(stances) - 1}" in lines
    assert "Stance 0" not in lines
    assert len([line for line in lines if line.startswith("Stance ")]) == MAX_BARS

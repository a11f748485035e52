"""``PagedTable`` (the coverage matrix's linear-time layout) sets exactly the pages reportlab's
own ``LongTable`` sets for the same rows: every row once, in order, the header on each page,
the footer last, rows of varied height breaking at the same places."""

from __future__ import annotations

from pathlib import Path

import pytest
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import LongTable, Paragraph, SimpleDocTemplate, TableStyle

from desktop_app.exporting.briefing_paged import PagedTable
from desktop_app.exporting.briefing_style import NOT_CODED_FILL, table_style
from desktop_app.exporting.fonts import register_fonts
from desktop_app.services.project import Project
from tests.exporting.briefing_pdf import pages_text, read_pages

STYLE = ParagraphStyle("cell", fontName="Helvetica", fontSize=8, leading=10)
WIDTHS = [220.0, 60.0, 60.0]


# Enough rows for several pages of each row height; LongTable re-splits quadratically, so the
# reference costs seconds per hundred rows.
ROWS = 260


def _rows(count: int) -> list[list[object]]:
    # Titles of one to four lines, so pages hold different numbers of rows.
    return [
        [Paragraph(f"row {n} " + "word " * (12 * (n % 4)), STYLE), f"a{n}", f"b{n}"]
        for n in range(1, count + 1)
    ]


def _build(path: Path, flowable: object) -> list[str]:
    register_fonts()  # the table style names the briefing's fonts
    SimpleDocTemplate(str(path)).build([flowable])
    return pages_text(path, layout=True)


def _shading(index: int, at: int) -> list[tuple[object, ...]]:
    return [("BACKGROUND", (1, at), (2, at), NOT_CODED_FILL)] if index % 3 == 0 else []


def test_pages_match_reportlabs_long_table(tmp_path: Path) -> None:
    header: list[object] = ["Source", "A", "B"]
    footer: list[object] = ["Total", "x", "y"]
    rows = _rows(ROWS)
    paged = PagedTable(
        header, rows, WIDTHS, table_style(), _shading, footer=footer,
        footer_style=[("LINEABOVE", (0, -1), (-1, -1), 0.6, "black")],
    )  # fmt: skip
    reference = LongTable([header, *_rows(ROWS), footer], colWidths=WIDTHS, repeatRows=1)
    reference.setStyle(table_style())
    reference.setStyle(TableStyle([c for i in range(ROWS) for c in _shading(i, i + 1)]))
    ours = _build(tmp_path / "paged.pdf", paged)
    theirs = _build(tmp_path / "long.pdf", reference)
    assert len(ours) > 10  # many pages, rows of every height breaking them
    assert ours == theirs
    text = "\n".join(ours)
    assert text.count("Source A B") == len(ours)  # the header on every page
    found = [int(line.split()[1]) for line in text.splitlines() if line.startswith("row ")]
    assert found == list(range(1, ROWS + 1))
    assert ours[-1].rstrip().endswith("Total x y")


def test_a_short_table_is_one_piece(tmp_path: Path) -> None:
    paged = PagedTable(["Source", "A", "B"], _rows(3), WIDTHS, table_style(), _shading)
    pages = _build(tmp_path / "short.pdf", paged)
    assert len(pages) == 1
    assert [line.split()[1] for line in pages[0].splitlines() if line.startswith("row ")] == [
        "1",
        "2",
        "3",
    ]


def test_later_column_groups_name_each_source_on_one_line(project: Project, tmp_path: Path) -> None:
    """With more conditions than fit across a page, the first group shows each source's title,
    outlet and date; later groups one line, "N. Title", cut to fit."""
    from desktop_app.domain.model import CodeKind
    from desktop_app.services import markup
    from desktop_app.services.exports import ExportOptions, export
    from tests.builders import add_code, add_source

    conditions = [add_code(project, CodeKind.CONDITION, f"Condition {n}").id for n in range(20)]
    long_title = "A very long title about withdrawal, sanctions and guarantees " * 3
    ids = [
        add_source(project, f"Text of source {n}.", title=f"Source {n} {long_title}", outlet="Wire")
        for n in range(3)
    ]
    for source_id in ids:
        markup.annotate(project, source_id, 0, 4, conditions)
    result = export(project, tmp_path / "groups.pdf", ExportOptions(appendix="none"))
    text = "\n".join(pages_text(result.path, layout=True, body_only=True))
    text = text.split("Which source reports which condition")[-1]  # the coverage section
    assert "Conditions 1–10 of 20" in text and "Conditions 11–20 of 20" in text
    first, second = text.split("Conditions 11–20 of 20")
    assert first.count("Wire") == 3  # outlet under each title
    assert "Wire" not in second.split("This briefing has no appendix")[0]
    lines = [line for line in second.splitlines() if line[:2] in {"1.", "2.", "3."}]
    assert [line.split()[:3] for line in lines] == [["1.", "Source", "0"], ["2.", "Source", "1"],
                                                   ["3.", "Source", "2"]]  # fmt: skip
    assert all("…" in line and "✓" in line for line in lines)  # cut, on the row's one line


@pytest.mark.parametrize(
    "cells",
    [
        # The coverage matrix's kind: every row below the header styled alike (the pieces
        # share the rows' cell styles).
        [
            ("FONTSIZE", (1, 1), (-1, -1), 9),
            ("ALIGN", (1, 0), (-1, -1), "CENTER"),
            ("VALIGN", (0, 0), (-1, 0), "BOTTOM"),
        ],
        # A command on the last row only: each piece applies the style whole.
        [("FONTSIZE", (0, -1), (-1, -1), 11), ("ALIGN", (1, -1), (-1, -1), "RIGHT")],
    ],
)
def test_cell_styles_set_every_glyph_where_long_table_does(
    tmp_path: Path, cells: list[tuple[object, ...]]
) -> None:
    header: list[object] = ["Source", "A", "B"]
    footer: list[object] = ["Total", "x", "y"]
    count = 120
    paged = PagedTable(header, _rows(count), WIDTHS, table_style(cells), _shading, footer=footer)
    reference = LongTable(
        [header, *_rows(count), footer], colWidths=WIDTHS, repeatRows=1, hAlign="LEFT"
    )
    reference.setStyle(table_style(cells))
    reference.setStyle(TableStyle([c for i in range(count) for c in _shading(i, i + 1)]))
    register_fonts()
    glyphs = []
    for name, flowable in (("paged.pdf", paged), ("long.pdf", reference)):
        SimpleDocTemplate(str(tmp_path / name)).build([flowable])
        glyphs.append(
            [
                [(g.text, round(g.x_min, 2), round(g.baseline, 2), g.size) for g in page.glyphs]
                for page in read_pages(tmp_path / name)
            ]
        )
    assert len(glyphs[0]) > 4
    assert glyphs[0] == glyphs[1]

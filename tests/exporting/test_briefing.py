"""The PDF briefing, exported through the real service from real projects and read back by
content: text and word positions (pdfminer.six), fonts, outline and metadata (pypdf)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pypdf import PdfReader

from desktop_app.domain.model import CodeKind, CodingStatus, SpeakerDetails
from desktop_app.errors import Cancelled, ExportError
from desktop_app.services import codebook, markup, sources
from desktop_app.services.exports import ExportOptions, ExportResult, export
from desktop_app.services.project import Project
from desktop_app.version import __version__
from tests.builders import document
from tests.exporting.briefing_pdf import (
    MM,
    Outline,
    flat,
    fonts,
    outline,
    pages_text,
    words,
)
from tests.exporting.projects import (
    CONTROL_CHARS,
    Hostile,
    add_many_sources,
    build_hostile,
    build_sample,
)

OPTIONS = ExportOptions(
    title="Peace conditions — Условия мира — Όροι ειρήνης",
    analyst="Ирина Analyst",
    classification="Official — sensitive",
    appendix="all",  # these tests read every excerpt back; the modes: test_briefing_appendix
)
SECTIONS = [
    "Key findings",
    "Conditions",
    "Who said what",
    "Reactions",
    "Source coverage",
    "How each source told it",
    "Appendix: all excerpts",
]


@pytest.fixture(scope="module")
def sample_briefing(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[tuple[Path, ExportResult]]:
    """The sample project's briefing, made once for the tests that only read it."""
    folder = tmp_path_factory.mktemp("sample-briefing")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        project_path = build_sample(folder)
        with Project.open(project_path) as project:
            result = export(project, folder / "sample briefing.pdf", OPTIONS)
        yield result.path, result


@pytest.fixture
def hostile(project: Project) -> Hostile:
    return build_hostile(project)


def _export(project: Project, path: Path, **options: object) -> ExportResult:
    chosen = {"appendix": "all", **options}  # every excerpt, whole, unless a test says
    return export(project, path, ExportOptions(**chosen))  # type: ignore[arg-type]


# -- the sample project ----------------------------------------------------------------------


def test_sample_briefing_has_every_section_in_the_outline(
    sample_briefing: tuple[Path, ExportResult],
) -> None:
    path, _ = sample_briefing
    entries = outline(path)
    assert [e.title for e in entries] == SECTIONS
    pages = [e.page for e in entries]
    assert pages == sorted(pages) and pages[0] == 2  # after the title page
    conditions = next(e for e in entries if e.title == "Conditions")
    assert [c.title for c in conditions.children][:3] == [
        "Withdrawal from four regions",
        "Renounce NATO membership",
        "Non-aligned status",
    ]
    speakers = next(e for e in entries if e.title == "Who said what")
    assert "Mykhailo Podolyak" in [c.title for c in speakers.children]
    appendix = entries[-1]
    assert [c.title for c in appendix.children] == [
        "1. Putin Names Conditions for Ukraine Peace Talks",
        "2. Putin Sets Condition for Ukraine Peace Talks: Full Ukrainian Withdrawal From New "
        "Russian Regions",
    ]
    for entry in entries:
        for child in entry.children:
            assert child.page >= entry.page


def _outline_page(entries: list[Outline], title: str) -> int:
    return next(e.page for e in entries if e.title == title)


def test_sample_briefing_prints_quotes_exactly_with_their_citations(
    sample_briefing: tuple[Path, ExportResult],
) -> None:
    path, _ = sample_briefing
    text = flat("\n".join(pages_text(path)))
    # Cyrillic, typographic quotes and guillemets exactly as in the source.
    assert (
        "Михаил Подоляк заявил, что новая мирная инициатива Москвы не содержит «реального "
        "мирного предложения»" in text
    )
    assert "Moscow’s plan was a “complete sham”" in text
    assert "La OTAN no considera pacífica la propuesta de Putin" in text
    # A citation: outlet, title, date and the position of the quote.
    assert (
        "Newsweek (via aggregator) · “Putin Names Conditions for Ukraine Peace Talks” · 2024-06-14"
        in text
    )
    assert "characters 356–425" in text  # "provided that Ukrainian troops are withdrawn …"


def test_sample_briefing_title_page_header_footer_and_page_numbers(
    sample_briefing: tuple[Path, ExportResult],
) -> None:
    path, _ = sample_briefing
    pages = pages_text(path)
    total = len(PdfReader(str(path)).pages)
    assert len(pages) == total
    title_page = flat(pages[0])
    for expected in (
        OPTIONS.title,
        OPTIONS.analyst,
        "OFFICIAL — SENSITIVE",
        "2 sources from 2 outlets",
    ):
        assert expected in title_page
    for number, page in enumerate(pages[1:], 2):
        page_text = flat(page)
        assert f"Page {number} of {total}" in page_text
        assert OPTIONS.title in page_text  # running header
        assert page_text.count("OFFICIAL — SENSITIVE") == 2  # header and footer


def test_sample_briefing_metadata(sample_briefing: tuple[Path, ExportResult]) -> None:
    path, _ = sample_briefing
    info = PdfReader(str(path)).metadata
    assert info is not None
    assert info.title == OPTIONS.title
    assert info.author == OPTIONS.analyst
    assert info.creator == f"Parley {__version__}"
    assert info.subject is not None and "2 sources" in info.subject
    assert "Parley" in str(info.get("/Keywords"))


def test_every_font_is_embedded_and_subset(sample_briefing: tuple[Path, ExportResult]) -> None:
    path, _ = sample_briefing
    found = fonts(path)
    assert found, "no fonts found"
    for font in found:
        assert font.embedded and font.subset and font.to_unicode, font
    assert {"NotoSerif-Regular", "NotoSans-Bold"} <= {font.family for font in found}


def test_sample_key_findings_are_written_from_the_data(
    sample_briefing: tuple[Path, ExportResult],
) -> None:
    path, _ = sample_briefing
    entries = outline(path)
    findings = flat(
        "\n".join(
            pages_text(path)[
                _outline_page(entries, "Key findings") - 1 : _outline_page(entries, "Conditions")
                - 1
            ]
        )
    )
    assert "This briefing compares 2 sources from 2 outlets, with 44 coded passages." in findings
    assert (
        "Both sources report Withdrawal from four regions, Renounce NATO membership, "
        "Non-aligned status and Lifting of Western sanctions." in findings
    )
    assert (
        "Non-nuclear status, Demilitarisation and denazification, Recognition of new "
        "territories and Land route to Crimea are reported by only 1 of 2: “Putin Sets "
        "Condition for Ukraine Peace Talks: Full…”." in findings
    )
    assert (
        "Rejects — 8 reactions: Ukraine 4 (Volodymyr Zelensky and Mykhailo Podolyak); West 4"
        in findings
    )
    assert "Mykhailo Podolyak appears as" in findings and "“Подоляк” (1 source)" in findings


def test_reactions_chart_shows_stances_sides_and_totals(
    sample_briefing: tuple[Path, ExportResult],
) -> None:
    path, _ = sample_briefing
    entries = outline(path)
    page = pages_text(path)[_outline_page(entries, "Reactions") - 1]
    lines = [line.strip() for line in page.splitlines()]
    for label in ("Rejects", "Criticizes", "Defends proposal", "Russia", "Ukraine", "West"):
        assert label in lines
    for total in ("8", "4", "3"):  # reactions per stance, printed at the end of each bar
        assert total in lines


def test_sample_notes_are_empty(sample_briefing: tuple[Path, ExportResult]) -> None:
    _, result = sample_briefing
    assert result.notes == []


# -- hostile content -------------------------------------------------------------------------


def test_hostile_text_prints_as_written(project: Project, hostile: Hostile, tmp_path: Path) -> None:
    markup_title = "<b>bold?</b> & <i> Ελληνικά &amp; ]]>"
    result = _export(project, tmp_path / "hostile.pdf", title=markup_title, analyst="<i>me</i>")
    pages = pages_text(result.path)
    text = flat("\n".join(pages))
    assert markup_title in text
    assert hostile.markup_quote in text
    assert "<i>me</i>" in text
    for formula in hostile.formula_quotes:
        assert formula in text
    assert '=cmd|"/C calc"!A0 [draft]: *what?* a/b\\c' in text
    assert "@Speaker <b>&amp;" in text
    # Control characters print visibly, one "�" each, never as markup or a crash.
    assert "ctrl[" + "\ufffd" * len(CONTROL_CHARS) + "]end" in text
    # Emoji, a skin tone and the (invisible) variation selector: every character as written.
    assert hostile.emoji_quote in text
    assert not any("no shipped font" in note for note in result.notes)


def test_right_to_left_text_keeps_every_character(
    project: Project, hostile: Hostile, tmp_path: Path
) -> None:
    result = _export(project, tmp_path / "rtl.pdf")
    text = "\n".join(pages_text(result.path))
    for quote in hostile.rtl_quotes:
        for word in quote.split():
            # Printed left to right without bidi layout: extractors may give either order.
            assert word in text or word[::-1] in text, word
    assert any("Right-to-left" in note for note in result.notes)


def test_a_40000_character_span_is_cut_in_the_body_and_whole_in_the_appendix(
    project: Project, hostile: Hostile, tmp_path: Path
) -> None:
    result = _export(project, tmp_path / "long.pdf")
    entries = outline(result.path)
    pages = pages_text(result.path, body_only=True)
    appendix_start = _outline_page(entries, "Appendix: all excerpts")
    body = flat("\n".join(pages[: appendix_start - 1]))
    appendix = flat("\n".join(pages[appendix_start - 1 :]))
    long_quote = flat(hostile.long_quote)
    assert long_quote in appendix
    assert long_quote not in body
    assert "[…] full text in the appendix" in body
    assert len(pages) < 40  # ~40,000 characters fill about ten pages, not hundreds


def test_forty_sources_with_long_titles_stay_inside_the_page(
    project: Project, hostile: Hostile, tmp_path: Path
) -> None:
    ids = add_many_sources(project, 40)
    for index, source_id in enumerate(ids):
        if index % 3:
            condition = hostile.condition if index % 2 else hostile.other_condition
            markup.annotate(project, source_id, 0, 4, [condition])
    sources.set_status(project, ids[:20], CodingStatus.DONE)
    small = _export(project, tmp_path / "few.pdf", source_ids=(hostile.formula_source,))
    result = _export(project, tmp_path / "many.pdf", page_size="Letter")

    reader = PdfReader(str(result.path))
    assert [float(v) for v in reader.pages[0].mediabox] == [0, 0, 612, 792]
    few_pages = len(PdfReader(str(small.path)).pages)
    assert few_pages < len(reader.pages) < 60
    margin = 24 * MM
    for word in words(result.path):
        assert margin - 2 <= word.x_min and word.x_max <= word.page_width - margin + 2, word
        assert word.y_min > 0 and word.y_max < word.page_height, word

    entries = outline(result.path)
    pages = pages_text(result.path)
    first = _outline_page(entries, "Source coverage")
    last = _outline_page(entries, "How each source told it") - 1
    assert last > first, "43 sources should need more than one page of matrix"
    matrix_pages = pages[first - 1 : last]
    for page in matrix_pages:
        assert "Source" in page.split() and "Coding" in page.split()  # header repeated
    matrix = flat("\n".join(matrix_pages))
    for index in range(40):
        assert f"[{index:02d}] Report: who said what? *Analysis* / part \\ {index}" in matrix
    assert "Sources reporting" in matrix


def test_huge_metadata_does_not_break_tables_or_headers(project: Project, tmp_path: Path) -> None:
    """Table cells cannot run over a page: typed-in values this long must be cut, not crash."""
    huge = "Долгое название " * 400
    sources.add_documents(
        project, [document("Some text.", title=huge, outlet=huge, published="2024-06-14")]
    )
    codebook.create_code(project, codebook.root_of_kind(project, CodeKind.CONDITION).id, "X")
    result = _export(
        project, tmp_path / "huge.pdf", title=huge, analyst=huge, classification=huge[:300]
    )
    pages = pages_text(result.path)
    assert "Долгое название Долгое название" in flat(pages[0])
    margin = 24 * MM
    for word in words(result.path):
        assert margin - 2 <= word.x_min and word.x_max <= word.page_width - margin + 2, word


def test_a_subset_of_sources(project: Project, hostile: Hostile, tmp_path: Path) -> None:
    result = _export(project, tmp_path / "subset.pdf", source_ids=(hostile.rtl_source,))
    text = flat("\n".join(pages_text(result.path)))
    assert "This briefing compares 1 source from 1 outlet, with 2 coded passages." in text
    assert "Long" not in [e.title.split(". ", 1)[-1] for e in outline(result.path)[-1].children]
    assert "Слово" not in text


# -- findings, coverage and page size on a project built here ---------------------------------


def _three_sources(project: Project) -> dict[str, int]:
    root = {k: codebook.root_of_kind(project, k).id for k in CodeKind if k != CodeKind.OTHER}
    ids: dict[str, int] = {}
    for name in ("Withdrawal", "Neutrality", "Sanctions"):
        ids[name] = codebook.create_code(project, root[CodeKind.CONDITION], name).id
    ids["Putin"] = codebook.create_code(
        project,
        root[CodeKind.SPEAKER],
        "Vladimir Putin",
        speaker=SpeakerDetails(aliases=("Putin", "Путин"), side="Russia"),
    ).id
    ids["Podolyak"] = codebook.create_code(
        project, root[CodeKind.SPEAKER], "Mykhailo Podolyak", speaker=SpeakerDetails(side="Ukraine")
    ).id
    ids["Austin"] = codebook.create_code(
        project, root[CodeKind.SPEAKER], "Lloyd Austin", speaker=SpeakerDetails(side="West")
    ).id
    ids["Rejects"] = codebook.create_code(project, root[CodeKind.REACTION], "Rejects").id
    texts = {
        "Alpha": "Putin demands withdrawal. Putin wants neutrality. Podolyak rejects it.",
        "Beta": "Путин требует вывода войск. Путин хочет нейтралитета.",
        "Gamma": "Putin demands a withdrawal. Austin rejects the plan.",
    }
    for title, text in texts.items():
        source_id = (
            sources.add_documents(
                project, [document(text, title, outlet=f"{title} Daily", published="2024-06-14")]
            )
            .added[0]
            .id
        )
        ids[title] = source_id
        first = text.split(". ")[0]
        markup.annotate(project, source_id, 0, len(first), [ids["Withdrawal"], ids["Putin"]])
        if title != "Gamma":
            start = text.index(". ") + 2
            second = text[start:].split(". ")[0].rstrip(".")
            markup.annotate(project, source_id, start, start + len(second), [ids["Neutrality"]])
        for speaker in ("Podolyak", "Austin"):
            where = text.find(f"{speaker} rejects")
            if where >= 0:
                end = text.index(".", where)
                markup.annotate(project, source_id, where, end, [ids["Rejects"], ids[speaker]])
    sources.set_status(project, [ids["Alpha"], ids["Beta"]], CodingStatus.DONE)
    return ids


def test_key_findings_name_conditions_sources_and_reactions(
    project: Project, tmp_path: Path
) -> None:
    _three_sources(project)
    result = _export(project, tmp_path / "three.pdf")
    text = flat("\n".join(pages_text(result.path)))
    assert "This briefing compares 3 sources from 3 outlets, with 7 coded passages." in text
    assert "Coding: 2 fully coded, 1 not started" in text
    assert "All 3 sources report Withdrawal." in text
    assert "Neutrality is reported by only 2 of 3: “Alpha” and “Beta”." in text
    assert "No source reports Sanctions." in text
    assert "2 reactions from 2 speakers are coded." in text
    assert "Rejects — 2 reactions: Ukraine 1 (Mykhailo Podolyak); West 1 (Lloyd Austin)." in text
    assert "Vladimir Putin appears as “Putin” (2 sources), “Путин” (1 source)." in text


def test_coverage_matrix_tells_not_reported_from_not_coded(
    project: Project, tmp_path: Path
) -> None:
    _three_sources(project)
    result = _export(project, tmp_path / "matrix.pdf")
    entries = outline(result.path)
    page = pages_text(result.path, layout=True)[_outline_page(entries, "Source coverage") - 1]
    rows = [flat(line) for line in page.splitlines() if line.strip()]
    alpha = next(r for r in rows if r.startswith("1. Alpha"))
    gamma = next(r for r in rows if r.startswith("3. Gamma"))
    assert alpha.endswith("done ✓ ✓ –")  # fully coded: Sanctions not reported
    assert gamma.endswith("to do ✓")  # not coded yet: the empty cells stay empty (grey)
    assert "Sources reporting 3/3 2/3 0/3" in rows


def test_letter_and_a4_page_sizes(project: Project, tmp_path: Path) -> None:
    _three_sources(project)
    a4 = PdfReader(str(_export(project, tmp_path / "a4.pdf").path))
    letter = PdfReader(str(_export(project, tmp_path / "letter.pdf", page_size="letter").path))
    assert [round(float(v)) for v in a4.pages[0].mediabox] == [0, 0, 595, 842]
    assert [round(float(v)) for v in letter.pages[0].mediabox] == [0, 0, 612, 792]


def test_an_unknown_page_size_is_refused_and_leaves_no_file(
    project: Project, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match="A4 or Letter"):
        _export(project, tmp_path / "odd.pdf", page_size="A3")
    assert list(tmp_path.glob("*.pdf*")) == [] and list(tmp_path.glob(".odd*")) == []


def test_an_empty_project_still_makes_a_briefing(project: Project, tmp_path: Path) -> None:
    result = _export(project, tmp_path / "empty.pdf", title="Nothing yet")
    text = flat("\n".join(pages_text(result.path)))
    assert "Nothing yet" in text
    assert "The codebook has no conditions yet." in text
    assert [e.title for e in outline(result.path)] == SECTIONS


# -- progress and cancel ---------------------------------------------------------------------


def test_progress_rises_to_the_end(project: Project, hostile: Hostile, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    _export_with = export(
        project, tmp_path / "progress.pdf", ExportOptions(), progress=lambda *a: calls.append(a)
    )
    assert _export_with.path.is_file()
    done = [d for d, _, _ in calls]
    assert done == sorted(done)
    assert calls[-1][:2] == (100, 100)
    assert all(total == 100 for _, total, _ in calls)


@pytest.mark.parametrize("share", [0.0, 0.3, 0.7])
def test_cancel_stops_the_export_and_leaves_no_file(
    project: Project, hostile: Hostile, tmp_path: Path, share: float
) -> None:
    """Cancel at the start, while the story is written, and while pages are laid out."""
    add_many_sources(project, 40)
    counted: list[tuple[int, int, str]] = []
    export(project, tmp_path / "full.pdf", ExportOptions(), progress=lambda *a: counted.append(a))
    after = int(len(counted) * share)
    assert after < len(counted) - 1
    folder = tmp_path / "out"
    folder.mkdir()
    calls = 0

    def progress(done: int, total: int, label: str) -> None:
        nonlocal calls
        calls += 1

    with pytest.raises(Cancelled):
        export(
            project,
            folder / "briefing.pdf",
            ExportOptions(),
            progress=progress,
            cancelled=lambda: calls > after,
        )
    assert os.listdir(folder) == []


# -- every quote verbatim: emoji, flags, math letters (issue 12) -------------------------------

SYMBOL_QUOTE = "He said no 🙅 and smiled 😀 under the flag 🇺🇦 while 𝐀 𝔘 𝕏 stood for the terms"


def test_emoji_flags_and_math_letters_print_and_extract_as_written(
    project: Project, tmp_path: Path
) -> None:
    text = f"Before. {SYMBOL_QUOTE}. After."
    source_id = (
        sources.add_documents(
            project, [document(text, "Symbols 🙅 𝕏", outlet="Outlet S", published="2024-06-14")]
        )
        .added[0]
        .id
    )
    condition = codebook.create_code(
        project, codebook.root_of_kind(project, CodeKind.CONDITION).id, "Terms"
    )
    start = text.index(SYMBOL_QUOTE)
    markup.annotate(project, source_id, start, start + len(SYMBOL_QUOTE), [condition.id])
    result = _export(project, tmp_path / "symbols.pdf")

    extracted = flat("\n".join(pages_text(result.path)))
    for char in "🙅😀🇺🇦𝐀𝔘𝕏":
        assert char in extracted, f"{char!r} (U+{ord(char):04X}) is not in the PDF's text"
    assert SYMBOL_QUOTE in extracted  # the whole quote, character for character
    assert "\ufffd" not in extracted
    assert not any("no shipped font" in note for note in result.notes)
    # The outline (bookmarks, drawn by the viewer) keeps the title exactly too.
    assert [c.title for c in outline(result.path)[-1].children] == ["1. Symbols 🙅 𝕏"]
    families = {font.family for font in fonts(result.path)}
    assert {"NotoEmoji-Regular", "NotoSansMath-Regular", "NotoSerif-Regular"} <= families
    for font in fonts(result.path):
        assert font.embedded and font.subset and font.to_unicode, font

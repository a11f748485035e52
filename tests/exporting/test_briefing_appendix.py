"""The briefing's appendix modes, read back from the PDF (pdfminer text, pypdf outline): every
excerpt whole ("all"), each condition's wording source by source ("wordings", the default), or
none — and in each, the briefing says where the full list of excerpts is (the workbook)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.comparison import compare
from desktop_app.domain.textfold import fold
from desktop_app.errors import ExportError
from desktop_app.exporting.briefing_wordings import MAX_WORDINGS, WORDING_CHARS, WORDINGS_TITLE
from desktop_app.services.exports import ExportOptions, export
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.exporting.briefing_pdf import flat, outline, pages_text
from tests.exporting.projects import build_sample

BODY = [
    "Key findings",
    "Conditions",
    "Who said what",
    "Reactions",
    "Source coverage",
    "How each source told it",
]
WORKBOOK = "workbook’s Excerpts sheet"


@pytest.fixture(scope="module")
def briefings(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Path]]:
    """The sample project's briefing in each mode (and the default), made once."""
    folder = tmp_path_factory.mktemp("appendix-modes")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        project_path = build_sample(folder)
        made: dict[str, Path] = {"project": project_path}
        with Project.open(project_path) as project:
            for mode in ("none", "wordings", "all"):
                options = ExportOptions(title="Modes", appendix=mode)
                made[mode] = export(project, folder / f"{mode}.pdf", options).path
            made["default"] = export(project, folder / "default.pdf", ExportOptions()).path
        yield made


def _sections(path: Path) -> list[str]:
    return [entry.title for entry in outline(path)]


def _appendix_text(path: Path, title: str) -> str:
    start = next(e.page for e in outline(path) if e.title == title)
    return flat("\n".join(pages_text(path, body_only=True)[start - 1 :]))


def _comparison(path: Path):  # type: ignore[no-untyped-def]
    with Project.open(path) as project:
        return compare(load_snapshot(project))


def test_the_default_is_the_wordings_appendix(briefings: dict[str, Path]) -> None:
    assert _sections(briefings["default"]) == [*BODY, WORDINGS_TITLE]
    assert ExportOptions().appendix == "wordings"


def test_all_holds_every_excerpt_whole(briefings: dict[str, Path]) -> None:
    path = briefings["all"]
    assert _sections(path) == [*BODY, "Appendix: all excerpts"]
    appendix = _appendix_text(path, "Appendix: all excerpts")
    excerpts = _comparison(briefings["project"]).excerpts
    assert excerpts
    for number, excerpt in enumerate(excerpts, 1):
        assert f"E{number}" in appendix
        assert flat(excerpt.quote.strip()) in appendix
    title_page = flat(pages_text(path)[0])
    assert "refer to the appendix, which lists every coded passage" in title_page


def test_wordings_hold_each_conditions_wordings_and_their_sources(
    briefings: dict[str, Path],
) -> None:
    path = briefings["wordings"]
    assert _sections(path) == [*BODY, WORDINGS_TITLE]
    comparison = _comparison(briefings["project"])
    reported = [c for c in comparison.conditions if comparison.condition_count(c.id)]
    appendix_entry = outline(path)[-1]
    assert [child.title for child in appendix_entry.children] == [c.name for c in reported]
    appendix = _appendix_text(path, WORDINGS_TITLE)
    numbers = {e.annotation_id: n for n, e in enumerate(comparison.excerpts, 1)}
    source_numbers = {s.id: n for n, s in enumerate(comparison.sources, 1)}
    for condition in reported:
        first: dict[str, tuple[int, set[int]]] = {}
        for excerpt in comparison.condition_excerpts(condition.id):
            key = fold(" ".join(excerpt.quote.split()))
            number, used = first.setdefault(key, (numbers[excerpt.annotation_id], set()))
            used.add(source_numbers[excerpt.source_id])
        for key, (number, used) in first.items():
            quote = flat(comparison.excerpts[number - 1].quote.strip())
            said = "source" if len(used) == 1 else "sources"
            listed = " and ".join(str(n) for n in sorted(used))  # two sources at most here
            assert f"“{quote[:WORDING_CHARS]}" in appendix
            assert f"— {said} {listed} · E{number}" in appendix, (key, number)
    # A reaction that reports no condition is not a wording.
    others = [e for e in comparison.excerpts if not e.condition_ids]
    cited = {int(n) for n in re.findall(r"· E(\d+)", appendix)}
    assert others and not cited & {numbers[e.annotation_id] for e in others}
    assert "Appendix: all excerpts" not in flat("\n".join(pages_text(path)))
    title_page = flat(pages_text(path)[0])
    assert "each condition’s wordings and the sources that used them" in title_page
    assert WORKBOOK in title_page


def test_a_condition_worded_many_ways_shows_the_most_used(project: Project, tmp_path: Path) -> None:
    """Past MAX_WORDINGS a condition lists its most used wordings and counts the rest; one
    wording used by several sources names them all."""
    from desktop_app.domain.model import CodeKind
    from desktop_app.services import markup
    from tests.builders import add_code, add_source

    condition = add_code(project, CodeKind.CONDITION, "Withdrawal").id
    common = "troops must leave"
    for index in range(MAX_WORDINGS + 5):
        text = f"Report {index}: {common}. Variant number {index} of the demand."
        source = add_source(project, text, title=f"Report {index}")
        start = text.index(common)
        markup.annotate(project, source, start, start + len(common), [condition])
        start = text.index("Variant")
        markup.annotate(project, source, start, len(text) - 1, [condition])
    result = export(project, tmp_path / "many.pdf", ExportOptions())
    appendix = _appendix_text(result.path, WORDINGS_TITLE)
    total = MAX_WORDINGS + 6  # the common wording and one variant per source
    assert (
        f"{MAX_WORDINGS + 5} sources · {total} wordings; the {MAX_WORDINGS} most used" in appendix
    )
    assert "“troops must leave” — sources 1, 2, 3," in appendix  # first: used by every source
    assert "and 23 more · E1" in appendix
    assert appendix.count("“Variant number") == MAX_WORDINGS - 1


def test_none_has_no_appendix_and_says_where_the_excerpts_are(
    briefings: dict[str, Path],
) -> None:
    path = briefings["none"]
    assert _sections(path) == BODY
    text = flat("\n".join(pages_text(path)))
    assert "This briefing has no appendix" in text
    assert WORKBOOK in text
    excerpts = _comparison(briefings["project"]).excerpts
    assert f"{len(excerpts)} coded passages it draws on" in text
    assert len(pages_text(path)) < len(pages_text(briefings["wordings"]))
    assert len(pages_text(briefings["wordings"])) <= len(pages_text(briefings["all"]))


def test_an_unknown_mode_is_refused_and_leaves_no_file(
    briefings: dict[str, Path], tmp_path: Path
) -> None:
    target = tmp_path / "odd.pdf"
    with (
        Project.open(briefings["project"]) as project,
        pytest.raises(ExportError, match="appendix"),
    ):
        export(project, target, ExportOptions(appendix="some"))
    assert list(tmp_path.iterdir()) == []


def test_hostile_text_in_every_mode(project: Project, tmp_path: Path) -> None:
    """Formulas, markup, control characters, emoji, right-to-left text and a 40,000-character
    quote: every mode writes its briefing; the wordings cut the long quote and say where it
    is whole, and print markup as written."""
    from tests.exporting.projects import build_hostile

    hostile = build_hostile(project)
    made = {
        mode: export(project, tmp_path / f"{mode}.pdf", ExportOptions(appendix=mode)).path
        for mode in ("none", "wordings", "all")
    }
    appendix = _appendix_text(made["wordings"], WORDINGS_TITLE)
    assert flat(hostile.long_quote)[:200] in appendix
    assert flat(hostile.long_quote) not in appendix
    assert "cut here, whole in the workbook" in appendix
    assert flat(hostile.markup_quote) in flat("\n".join(pages_text(made["wordings"])))
    assert flat(hostile.long_quote) in _appendix_text(made["all"], "Appendix: all excerpts")
    assert _sections(made["none"]) == BODY

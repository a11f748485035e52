"""How fast Parley writes the PDF briefing of a big project, against bare reportlab platypus
laying out the same paragraphs and tables, in the same run.

    uv run python bench/bench_briefing.py [--sources 2000] [--annotations 50000] [--repeat 1]

The synthetic project (deterministic: English and Russian sources, 12 conditions, 30 speakers
with aliases and sides, 6 stances, links from reactions to conditions) is built once through the
real services and cached under ``bench/.cache/``. Both sides start from the same snapshot:

* **Parley** — ``exporting.briefing.write_briefing``: the comparison, findings, escaping and
  font fallback, quotes chosen per source/speaker/stance, chart, coverage matrix, appendix,
  running header/footer with "Page N of M", outline and metadata.
* **floor** — ``SimpleDocTemplate.build`` of the same paragraphs and tables (the same markup
  text and styles, taken from Parley's story beforehand and rebuilt fresh), with no outline,
  chart, quote rules, rotated headers, shading, running header/footer or "Page N of M": what
  reportlab itself needs to set that text.

The budget is Parley ≤ 1.5 × floor.
"""

from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import (
    CACHE_DIR,
    Figure,
    best_of,
    print_table,
    synthetic_text,
    write_results,
)

BUDGET = 1.5
SEED = 20240614
SIDES = ("Russia", "Ukraine", "West", "Neutral")
STANCES = ("Rejects", "Criticizes", "Defends proposal", "Welcomes", "Doubts", "Ignores")


def build_project(
    path: Path,
    n_sources: int,
    n_annotations: int,
    *,
    n_conditions: int = 12,
    n_speakers: int = 30,
    text_size: int = 2_600,
    dense_sources: int = 0,
    dense_highlights: int = 200,
) -> None:
    """The synthetic project, through the services (one transaction per code combination).

    ``dense_sources`` sources (the first ones) carry ``dense_highlights`` highlights each, the
    rest share what is left of ``n_annotations`` (``bench/run_all.py`` switches between them)."""
    from desktop_app.domain.model import CodeKind, CodingStatus, SourceMeta, SpeakerDetails
    from desktop_app.importers.document import ImportedDocument
    from desktop_app.services import codebook, markup, sources
    from desktop_app.services.project import Project

    rng = random.Random(SEED)
    partial = path.with_name(path.name + ".building")
    for leftover in partial.parent.glob(partial.name + "*"):
        leftover.unlink()
    with Project.open(partial, create=True, coder="bench") as project:
        roots = {k: codebook.root_of_kind(project, k).id for k in CodeKind if k != CodeKind.OTHER}
        conditions = [
            codebook.create_code(
                project,
                roots[CodeKind.CONDITION],
                f"Condition {index + 1}: " + " ".join(rng.sample(["withdrawal", "neutral",
                "status", "sanctions", "recognition", "land", "route", "guarantees"], 3)),
                category=rng.choice(["Territory", "Security", "Economy"]),
                description="A synthetic condition for the benchmark.",
            ).id
            for index in range(n_conditions)
        ]  # fmt: skip
        speakers = [
            codebook.create_code(
                project,
                roots[CodeKind.SPEAKER],
                f"Speaker {index + 1}",
                speaker=SpeakerDetails(
                    aliases=(f"Оратор {index + 1}", f"S. {index + 1}"),
                    role="Official",
                    side=SIDES[index % len(SIDES)],
                ),
            ).id
            for index in range(n_speakers)
        ]
        stances = [
            codebook.create_code(project, roots[CodeKind.REACTION], name).id for name in STANCES
        ]
        documents = []
        for index in range(n_sources):
            russian = index % 3 == 0
            text = synthetic_text(rng, text_size, russian)
            title = f"Report {index + 1}: " + " ".join(rng.sample(text.split(), 10))
            documents.append(
                ImportedDocument(
                    text=text,
                    meta=SourceMeta(
                        title=title[:140],
                        outlet=f"Outlet {index % 150 + 1}",
                        published=f"2024-06-{index % 28 + 1:02d}",
                        language="ru" if russian else "en",
                    ),
                    original_name=f"report-{index:05d}.txt",
                    file_format="txt",
                    sha256=f"{index:064x}",
                )
            )
        added = sources.add_documents(project, documents).added
        dense = min(dense_sources, len(added))
        rest = max(0, n_annotations - dense * dense_highlights)
        per_source = max(1, rest // max(1, len(added) - dense))
        # Few code combinations (each condition said by two speakers, each stance by three):
        # one annotate_many call per combination keeps the build to minutes.
        combos: list[tuple[int, ...]] = [
            (condition, speakers[(2 * index + k) % len(speakers)])
            for index, condition in enumerate(conditions)
            for k in range(2)
        ]
        combos += [
            (stance, speakers[(5 * index + k) % len(speakers)])
            for index, stance in enumerate(stances)
            for k in range(3)
        ]
        combos += [(speaker,) for speaker in speakers[:6]]
        groups: dict[tuple[int, ...], list[tuple[int, int, int]]] = defaultdict(list)
        for number, (source, document) in enumerate(zip(added, documents, strict=True)):
            text = document.text
            word_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == " "]
            spans: set[tuple[int, int]] = set()
            wanted = dense_highlights if number < dense else per_source
            while len(spans) < min(wanted, len(word_starts) - 40):
                first = rng.randrange(len(word_starts) - 35)
                last = min(len(word_starts) - 1, first + rng.randint(6, 30))
                spans.add((word_starts[first], word_starts[last] - 1))
            for start, end in sorted(spans):
                groups[rng.choice(combos)].append((source.id, start, end))
        made = 0
        for codes, spans in groups.items():
            made += len(markup.annotate_many(project, spans, list(codes), label="bench"))
        reactions = markup.list_annotations(project)
        stance_set = set(stances)
        condition_set = set(conditions)
        by_source: dict[int, list[int]] = defaultdict(list)
        for annotation in reactions:
            if condition_set & set(annotation.code_ids):
                by_source[annotation.source_id].append(annotation.id)
        links = 0
        for annotation in reactions:
            targets = [t for t in by_source.get(annotation.source_id, ()) if t != annotation.id]
            if targets and stance_set & set(annotation.code_ids) and links < 300:
                markup.link(project, annotation.id, rng.choice(targets))
                links += 1
        ids = [s.id for s in added]
        sources.set_status(project, ids[: len(ids) * 7 // 10], CodingStatus.DONE)
        sources.set_status(
            project, ids[len(ids) * 7 // 10 : len(ids) * 9 // 10], CodingStatus.IN_PROGRESS
        )
        project.history.clear()
    print(f"built {path.name}: {len(added):,} sources, {made:,} annotations, {links:,} links")
    partial.replace(path)


Recipe = tuple[object, ...]


def bare_recipes(snapshot: object, options: object) -> list[Recipe]:
    """The briefing's paragraphs and tables as plain data (markup text, style, cells), taken
    from Parley's own story so the floor lays out exactly the same text — without the outline
    marks, chart, quote rules, rotated headers, shading and page decoration."""
    from reportlab.graphics.shapes import Drawing
    from reportlab.platypus import PageBreak, Paragraph, Spacer, Table

    from desktop_app.exporting.briefing import compose_briefing
    from desktop_app.exporting.briefing_coverage import Rotated
    from desktop_app.exporting.briefing_paged import BATCH, PagedTable
    from desktop_app.exporting.briefing_parts import LeftRule

    def recipe(flowable: object) -> Recipe | None:
        if isinstance(flowable, PagedTable):
            # What bare reportlab does cheaply with the same rows: consecutive tables of
            # BATCH rows, each with the header (a single LongTable of 2,000 rows is quadratic).
            pieces = [
                [flowable.header, *flowable.rows[i : i + BATCH]]
                for i in range(0, len(flowable.rows), BATCH)
            ] or [[flowable.header]]
            if flowable.footer is not None:
                pieces[-1].append(flowable.footer)
            return (
                "tables",
                [
                    recipe(Table(piece, colWidths=flowable.col_widths, repeatRows=1))
                    for piece in pieces
                ],
            )
        if isinstance(flowable, LeftRule):
            return recipe(flowable.content)
        if isinstance(flowable, Rotated):
            return recipe(flowable.paragraph)
        if isinstance(flowable, Paragraph):
            return ("paragraph", flowable.text, flowable.style, flowable.bulletText)
        if isinstance(flowable, Table):
            rows = [
                [recipe(cell) if not isinstance(cell, str) else cell for cell in row]
                for row in flowable._cellvalues
            ]
            return ("table", rows, flowable._argW, flowable.repeatRows)
        if isinstance(flowable, PageBreak):
            return ("page break",)
        if isinstance(flowable, Spacer):
            return ("spacer", flowable.width, flowable.height)
        if isinstance(flowable, Drawing):
            return None
        return None  # outline marks, template switches

    composed = compose_briefing(snapshot, options)  # type: ignore[arg-type]
    return [r for f in composed.story if (r := recipe(f)) is not None]


def floor_briefing(recipes: list[Recipe], target: Path) -> None:
    """Bare platypus: fresh paragraphs and tables from the recipes, one SimpleDocTemplate."""
    from reportlab.platypus import LongTable, PageBreak, Paragraph, SimpleDocTemplate, Spacer

    from desktop_app.exporting.briefing_style import geometry, table_style

    def make(recipe: Recipe) -> object:
        kind = recipe[0]
        if kind == "paragraph":
            return Paragraph(recipe[1], recipe[2], bulletText=recipe[3])
        if kind == "table":
            rows = [[make(c) if isinstance(c, tuple) else c for c in row] for row in recipe[1]]
            table = LongTable(rows, colWidths=recipe[2], repeatRows=recipe[3])
            table.setStyle(table_style())
            return table
        if kind == "tables":
            return [make(piece) for piece in recipe[1]]
        if kind == "page break":
            return PageBreak()
        return Spacer(recipe[1], recipe[2])

    page = geometry("A4")
    SimpleDocTemplate(
        str(target),
        pagesize=(page.page_width, page.page_height),
        leftMargin=page.left,
        rightMargin=page.right,
        topMargin=page.top,
        bottomMargin=page.bottom,
    ).build([f for r in recipes for f in _flat(make(r))])


def _flat(made: object) -> list[object]:
    return made if isinstance(made, list) else [made]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=2_000)
    parser.add_argument("--annotations", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=1)
    args = parser.parse_args()

    from pypdf import PdfReader

    from desktop_app.exporting.briefing import write_briefing
    from desktop_app.exporting.fonts import register_fonts
    from desktop_app.services.exports import ExportOptions
    from desktop_app.services.project import Project
    from desktop_app.services.snapshot import load_snapshot

    CACHE_DIR.mkdir(exist_ok=True)
    cached = CACHE_DIR / f"briefing-{args.sources}x{args.annotations}-v1.parley"
    if not cached.exists():
        build_project(cached, args.sources, args.annotations)
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        copy = work / "bench.parley"
        shutil.copyfile(cached, copy)
        with Project.open(copy, coder="bench") as project:
            project.database.wait_for_backup()  # its own thread: not what is measured
            snapshot = load_snapshot(project)
        register_fonts()  # once per process, on both sides' behalf
        options = ExportOptions(title="Bench")
        recipes = bare_recipes(snapshot, options)
        parley_pdf, floor_pdf = work / "parley.pdf", work / "floor.pdf"
        parley_wall, parley_cpu = best_of(
            lambda: write_briefing(snapshot, parley_pdf, options), args.repeat
        )
        floor_wall, floor_cpu = best_of(lambda: floor_briefing(recipes, floor_pdf), args.repeat)
        pages = len(PdfReader(str(parley_pdf)).pages), len(PdfReader(str(floor_pdf)).pages)
    size = f"{len(snapshot.sources):,} sources, {len(snapshot.annotations):,} excerpts"
    figures = [
        Figure(f"briefing CPU time ({size})", parley_cpu, floor_cpu),
        Figure(
            "briefing wall time",
            parley_wall,
            floor_wall,
            note=f"pages: Parley {pages[0]:,}, floor {pages[1]:,}; budget ≤ {BUDGET}× floor",
        ),
    ]
    print_table("PDF briefing (write_briefing vs bare platypus)", figures)
    write_results("bench_briefing", figures, {"pages": {"parley": pages[0], "floor": pages[1]}})


if __name__ == "__main__":
    main()

"""How fast Parley writes the Excel workbook (and the CSV/JSON of the excerpts) of a big
project, against the bare libraries doing the least comparable work, in the same run.

    uv run python bench/bench_exports.py [--sources 2000] [--annotations 50000] [--repeat 2]

The synthetic project is the one ``bench/bench_briefing.py`` builds (deterministic: English and
Russian sources, 12 conditions, 30 speakers with aliases and sides, 6 stances, links from
reactions to conditions), built once through the real services and cached under
``bench/.cache/`` — the first run takes a few minutes. Both sides start from the same snapshot:

* **workbook, Parley** — ``exporting.workbook.write_workbook``: the comparison, all six sheets
  (two matrices of every condition/speaker × 2,000 sources, reactions, excerpts with context,
  sources), every cell typed and styled, row heights, safety checks, progress.
* **workbook, floor** — openpyxl write-only mode writing one row per annotation: the Excerpts
  sheet's 13 values (taken straight from the snapshot, context sliced from the text), no
  styles, no other sheet, saved by ``Workbook.save`` (zlib level 6). Parley saves at zlib
  level 3 (about 1 s less at this size for a file about a quarter larger; see
  ``exporting.workbook._save``), which is part of what is measured. The budget is
  Parley ≤ 1.5 × floor.
* **workbook, whole processes** (``bench/run_all.py``) — ``parley export`` against
  ``floor_workbook_process`` (the floor above from bare ``sqlite3`` rows: one sheet of seven),
  ``pandas_workbook_process`` and ``floor_every_sheet_process``, the fair floor: every sheet the
  export writes, with the same rows, unstyled.
* **CSV / JSON** — ``write_csv``/``write_json`` against ``csv.writer`` / ``json.dump`` of the
  same values per annotation.

CPU time is the steadier figure on a shared machine; wall time is printed too. Runs alternate
Parley and floor, and the best of ``--repeat`` is kept for each.
"""

from __future__ import annotations

import argparse
import csv
import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import CACHE_DIR, Figure, print_table, write_results

BUDGET = 1.5
CONTEXT = 80


def floor_rows(snapshot: Any) -> list[list[object]]:
    """The Excerpts sheet's values per annotation, computed the plain way."""
    sources = snapshot.sources_by_id
    codes = snapshot.codes_by_id
    rows: list[list[object]] = []
    for a in snapshot.annotations:
        source = sources[a.source_id]
        text = snapshot.texts[a.source_id]
        own = [codes[i] for i in a.code_ids]
        rows.append(
            [
                source.title,
                source.outlet,
                source.published,
                "; ".join(c.name for c in own),
                ", ".join(c.name for c in own if c.kind.value == "speaker"),
                ", ".join(c.name for c in own if c.kind.value == "reaction"),
                a.quote,
                text[max(0, a.start - CONTEXT) : a.start],
                text[a.end : a.end + CONTEXT],
                a.start,
                a.end,
                a.note,
                a.coder,
            ]
        )
    return rows


def floor_workbook(snapshot: Any, target: Path) -> None:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Excerpts")
    for row in floor_rows(snapshot):
        sheet.append(row)
    workbook.save(target)


def floor_csv(snapshot: Any, target: Path) -> None:
    guids = {s.id: s.guid for s in snapshot.sources}
    with target.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\r\n")
        for a, row in zip(snapshot.annotations, floor_rows(snapshot), strict=True):
            writer.writerow([*row, guids[a.source_id], a.guid])


def floor_json(snapshot: Any, target: Path) -> None:
    keys = ("source", "outlet", "date", "codes", "speaker", "stance", "quote", "before", "after")
    records = [
        dict(zip(keys, row, strict=False)) | {"start": row[9], "end": row[10], "guid": a.guid}
        for a, row in zip(snapshot.annotations, floor_rows(snapshot), strict=True)
    ]
    with target.open("w", encoding="utf-8") as handle:
        json.dump({"excerpts": records}, handle, ensure_ascii=False, indent=2)


def measure_pair(
    parley: Callable[[], object], floor: Callable[[], object], repeat: int
) -> tuple[tuple[float, float], tuple[float, float]]:
    """Best (wall, CPU) of Parley and of the floor, runs alternating."""
    best = {"parley": [float("inf")] * 2, "floor": [float("inf")] * 2}
    for _ in range(repeat):
        for name, function in (("parley", parley), ("floor", floor)):
            wall, cpu = time.perf_counter(), time.process_time()
            function()
            best[name][0] = min(best[name][0], time.perf_counter() - wall)
            best[name][1] = min(best[name][1], time.process_time() - cpu)
    return (best["parley"][0], best["parley"][1]), (best["floor"][0], best["floor"][1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=2_000)
    parser.add_argument("--annotations", type=int, default=50_000)
    parser.add_argument("--repeat", type=int, default=2)
    args = parser.parse_args()

    from bench.bench_briefing import build_project
    from desktop_app.domain.comparison import compare
    from desktop_app.exporting.tabular import write_csv, write_json
    from desktop_app.exporting.workbook import write_workbook
    from desktop_app.services.exports import ExportOptions
    from desktop_app.services.project import Project
    from desktop_app.services.snapshot import load_snapshot

    CACHE_DIR.mkdir(exist_ok=True)
    # The same cached project as the briefing benchmark: built once for both.
    cached = CACHE_DIR / f"briefing-{args.sources}x{args.annotations}-v1.parley"
    if not cached.exists():
        build_project(cached, args.sources, args.annotations)
    figures: list[Figure] = []
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        copy = work / "bench.parley"
        shutil.copyfile(cached, copy)
        with Project.open(copy, coder="bench") as project:
            project.database.wait_for_backup()  # its own thread: not what is measured
            snapshot = load_snapshot(project)
        size = f"{len(snapshot.sources):,} sources, {len(snapshot.annotations):,} excerpts"
        options = ExportOptions()
        start = time.process_time()
        comparison = compare(snapshot)
        compare_cpu = time.process_time() - start
        cases = [
            (
                "workbook (.xlsx)",
                lambda: write_workbook(snapshot, work / "parley.xlsx", options),
                lambda: floor_workbook(snapshot, work / "floor.xlsx"),
            ),
            (
                "CSV",
                lambda: write_csv(snapshot, work / "parley.csv", options),
                lambda: floor_csv(snapshot, work / "floor.csv"),
            ),
            (
                "JSON",
                lambda: write_json(snapshot, work / "parley.json", options),
                lambda: floor_json(snapshot, work / "floor.json"),
            ),
        ]
        for name, parley, floor in cases:
            (p_wall, p_cpu), (f_wall, f_cpu) = measure_pair(parley, floor, args.repeat)
            note = (
                f"budget ≤ {BUDGET}× floor; Parley zips at level 3, the floor at openpyxl's 6"
                if name.startswith("workbook")
                else ""
            )
            figures.append(Figure(f"{name} CPU time ({size})", p_cpu, f_cpu, note=note))
            figures.append(Figure(f"{name} wall time", p_wall, f_wall))
        sizes = {p.name: p.stat().st_size for p in work.iterdir() if p.suffix in (".xlsx", ".csv")}
    figures.append(
        Figure(
            "of which: the comparison (CPU)",
            compare_cpu,
            note=f"{len(comparison.reactions):,} reaction rows, "
            f"{len(comparison.conditions)} conditions × {len(comparison.sources):,} sources",
        )
    )
    print_table("Workbook, CSV and JSON exports (Parley vs bare openpyxl/csv/json)", figures)
    print("file sizes: " + ", ".join(f"{k} {v / 1e6:.1f} MB" for k, v in sorted(sizes.items())))
    write_results("bench_exports", figures, {"sizes": sizes})


if __name__ == "__main__":
    main()


def bare_rows(project: Path) -> list[list[object]]:
    """The Excerpts sheet's values per annotation read from the project file with bare
    ``sqlite3`` (what a scripting analyst's process does before writing a workbook)."""
    import sqlite3

    connection = sqlite3.connect(project)
    try:
        sources = {
            row[0]: row[1:]
            for row in connection.execute("SELECT id, title, outlet, published, text FROM sources")
        }
        codes = {row[0]: row[1:] for row in connection.execute("SELECT id, name, kind FROM codes")}
        coded: dict[int, list[int]] = {}
        for annotation_id, code_id in connection.execute(
            "SELECT annotation_id, code_id FROM annotation_codes ORDER BY annotation_id, code_id"
        ):
            coded.setdefault(annotation_id, []).append(code_id)
        coders = dict(connection.execute("SELECT id, name FROM coders"))
        rows: list[list[object]] = []
        for id_, source_id, start, end, quote, note, coder_id in connection.execute(
            'SELECT id, source_id, start, "end", quote, note, coder_id FROM annotations '
            'ORDER BY source_id, start, "end", id'
        ):
            title, outlet, published, text = sources[source_id]
            own = [codes[i] for i in coded.get(id_, ())]
            rows.append(
                [
                    title,
                    outlet,
                    published,
                    "; ".join(name for name, _ in own),
                    ", ".join(name for name, kind in own if kind == "speaker"),
                    ", ".join(name for name, kind in own if kind == "reaction"),
                    quote,
                    text[max(0, start - CONTEXT) : start],
                    text[end : end + CONTEXT],
                    start,
                    end,
                    note,
                    coders.get(coder_id, ""),
                ]
            )
        return rows
    finally:
        connection.close()


def floor_workbook_process(project: Path, target: Path) -> None:
    """A floor process's work: bare ``sqlite3`` rows, openpyxl's write-only workbook."""
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Excerpts")
    for row in bare_rows(project):
        sheet.append(row)
    workbook.save(target)


def pandas_workbook_process(project: Path, target: Path) -> None:
    """What a scripting analyst writes: the same rows in a DataFrame, ``to_excel``."""
    import pandas

    columns = "source outlet date codes speaker stance quote before after start end note coder"
    frame = pandas.DataFrame(bare_rows(project), columns=columns.split())
    frame.to_excel(target, sheet_name="Excerpts", index=False)


def floor_every_sheet_process(project: Path, target: Path) -> None:
    """A fair floor for the whole export: bare ``sqlite3`` rows and openpyxl's write-only
    ``append`` (no styles, no row heights, no safety checks) writing the sheets Parley writes,
    with the same rows — a summary, the conditions × sources matrix of wordings, the speakers ×
    sources matrix of counts, one row per reaction (with the quotes it responds to), one per
    annotation, one per source, and one per wording of a condition (the Variants sheet, without
    the differences, which are Parley's own analysis)."""
    import sqlite3

    from openpyxl import Workbook

    excerpts = bare_rows(project)
    connection = sqlite3.connect(project)
    try:
        sources = list(
            connection.execute(
                "SELECT id, title, outlet, author, published, language, status, characters, url, "
                "original_name, file_format, sha256, imported_at, guid FROM sources "
                "ORDER BY position, id"
            )
        )
        codes = {
            row[0]: row[1:]
            for row in connection.execute("SELECT id, name, kind, category FROM codes")
        }
        coded: dict[int, list[int]] = {}
        for annotation_id, code_id in connection.execute(
            "SELECT annotation_id, code_id FROM annotation_codes ORDER BY annotation_id, code_id"
        ):
            coded.setdefault(annotation_id, []).append(code_id)
        annotations = list(
            connection.execute(
                'SELECT id, source_id, start, "end", quote FROM annotations '
                'ORDER BY source_id, start, "end", id'
            )
        )
        links: dict[int, list[int]] = {}
        for from_id, to_id in connection.execute("SELECT from_id, to_id FROM links"):
            links.setdefault(from_id, []).append(to_id)
    finally:
        connection.close()
    by_id = {a[0]: a for a in annotations}
    source_of = {s[0]: s for s in sources}
    column = {s[0]: index for index, s in enumerate(sources)}
    kinds: dict[str, list[int]] = {}
    for code_id, (_, kind, _) in codes.items():
        kinds.setdefault(kind, []).append(code_id)
    wordings: dict[int, list[list[str]]] = {c: [[] for _ in sources] for c in kinds["condition"]}
    counts: dict[int, list[int]] = {c: [0] * len(sources) for c in kinds["speaker"]}
    reactions: list[list[object]] = []
    variants: list[list[object]] = []
    for id_, source_id, start, end, quote in annotations:
        own = coded.get(id_, ())
        speakers = ", ".join(codes[c][0] for c in own if codes[c][1] == "speaker")
        source = source_of[source_id]
        for code_id in own:
            kind = codes[code_id][1]
            if kind == "condition":
                wordings[code_id][column[source_id]].append(f"“{quote}” [{start}–{end}]")
                title, outlet, _, published, language = source[1:6]
                wording = f"“{quote}”"
                variants.append(
                    [codes[code_id][0], speakers, "", title, outlet, "", published, language]
                )
                variants[-1].extend((wording, "", start, end))
            elif kind == "speaker":
                counts[code_id][column[source_id]] += 1
            elif kind == "reaction":
                targets = "\n\n".join(f"“{by_id[t][4]}”" for t in links.get(id_, ()) if t in by_id)
                reactions.append([speakers, "", codes[code_id][0], targets, quote, source[1]])
                reactions[-1].extend((source[2], source[4], start, end))
    workbook = Workbook(write_only=True)
    summary = workbook.create_sheet("Summary")
    for row in (["Sources", len(sources)], ["Excerpts", len(excerpts)], ["Reactions", 0]):
        summary.append(row)
    sheet = workbook.create_sheet("Conditions by source")
    sheet.append(["Condition", "Category", "Sources", *(s[1] for s in sources)])
    for code_id, cells in wordings.items():
        reported = sum(1 for cell in cells if cell)
        name, _, category = codes[code_id]
        sheet.append([name, category, reported, *("\n\n".join(c) or None for c in cells)])
    sheet = workbook.create_sheet("Speakers by source")
    sheet.append(["Speaker", "Statements", *(s[1] for s in sources)])
    for code_id, numbers in counts.items():
        sheet.append([codes[code_id][0], sum(numbers), *(n or None for n in numbers)])
    for title, rows in (("Reactions", reactions), ("Excerpts", excerpts)):
        sheet = workbook.create_sheet(title)
        for row in rows:
            sheet.append(row)
    sheet = workbook.create_sheet("Sources")
    for source in sources:
        sheet.append(list(source[1:]))
    sheet = workbook.create_sheet("Variants")
    for row in variants:
        sheet.append(row)
    workbook.save(target)

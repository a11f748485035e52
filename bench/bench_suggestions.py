"""The reading engine: measured quality on the evaluation set and speed at newsroom scale.

    uv run python bench/bench_suggestions.py [--scale 1.0] [--quick] [--quality-only]

Quality (``tests/reading/eval``: the sample corpus plus texts written in English, Russian and
Ukrainian; see ``scoring.py`` for how each figure is counted), for the texts the engine was
tuned on, the held-out texts written after it, and all together:

* mentions: precision and recall;
* statements: found (sentence level), and the right speaker among those found;
* conditions: the sample's hand-coded condition passages proposed from the other source's coded
  wordings and the conditions' keywords (and from the wordings alone).

Speed, on the synthetic newsroom project of ``bench/run_all.py`` (2,000 sources of about 4,000
characters, English and Russian, 50,000 annotations; built once and cached in
``bench/.cache/``):

* preparing the engine's inputs from the project (codebook, coded wordings);
* suggestions for all sources in one process, and split over two processes (2 cores);
* one newly imported source of about 4,000 characters (median of 30, English and Russian);
* the memory the engine adds to the process (max RSS after minus before).

Prints a table and writes ``bench/results/bench_suggestions.json``. Measurements, not tests:
the thresholds are asserted by ``tests/reading/suggest/test_quality.py``.
"""

from __future__ import annotations

import argparse
import random
import resource
import statistics
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import Figure, print_table, synthetic_text, write_results  # noqa: E402

TUNED = ("sample_000", "sample_003", "en_wire", "ru_lenta", "uk_novyny")
HELD_OUT = ("en_holdout", "ru_holdout", "uk_holdout", "en_holdout2", "ru_holdout2")


def quality() -> tuple[list[Figure], dict[str, object]]:
    from tests.reading.eval.scoring import load_texts, score_conditions, score_texts

    figures: list[Figure] = []
    detail: dict[str, object] = {}
    for label, names in (("tuned", TUNED), ("held-out", HELD_OUT), ("all", TUNED + HELD_OUT)):
        s = score_texts(load_texts(names))
        detail[label] = {
            "mentions_labelled": s.mentions_labelled,
            "statements_labelled": s.statements_labelled,
        }
        figures += [
            Figure(f"{label}: mention precision", s.mention_precision, unit="", note=(
                f"{s.mentions_right} right of {s.mentions_proposed} proposed")),
            Figure(f"{label}: mention recall", s.mention_recall, unit="", note=(
                f"{s.mentions_found} of {s.mentions_labelled} labelled")),
            Figure(f"{label}: statements found", s.statements_found_share, unit="", note=(
                f"{s.statements_found} of {s.statements_labelled} labelled")),
            Figure(f"{label}: right speaker (of found)", s.speaker_right_share, unit="", note=(
                f"{s.speakers_right} of {s.statements_found}")),
            Figure(f"{label}: statement precision", s.statement_precision, unit="", note=(
                f"{s.statements_unlabelled} of {s.statements_proposed} proposed not labelled")),
        ]  # fmt: skip
    c = score_conditions()
    figures += [
        Figure("sample: conditions proposed (wordings + keywords)", c.recall, unit="", note=(
            f"{c.proposed_across} of {c.labelled} hand-coded passages; {c.suggestions} condition "
            f"suggestions, {c.suggestions_unlabelled} over no hand-coded passage")),
        Figure("sample: conditions proposed (wordings only)", c.recall_wordings_only, unit="",
               note=f"{c.proposed_wordings_only} of {c.labelled}"),
    ]  # fmt: skip
    return figures, detail


def _max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _half(args: tuple[str, list[int]]) -> tuple[int, float]:
    """One worker process: open the project, prepare, read its share of the sources."""
    from desktop_app.services import suggestions_engine
    from desktop_app.services.project import Project

    path, ids = args
    start = time.process_time()
    with Project.open(Path(path), coder="bench") as project:
        results = suggestions_engine.suggest_all(project, None, ids)
    return sum(len(r.suggestions) for r in results), time.process_time() - start


def speed(scale: float, quick: bool) -> list[Figure]:
    from bench.run_all import Size, cached_project
    from desktop_app.reading.suggest.engine import suggest_for_source
    from desktop_app.services import sources, suggestions_engine
    from desktop_app.services.project import Project

    size = Size.at(scale)
    path = cached_project(size)
    figures: list[Figure] = []
    with Project.open(path, coder="bench") as project:
        ids = [s.id for s in sources.list_sources(project)]
        rss_before = _max_rss_mb()
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        reading = suggestions_engine.prepared(project)
        prepare_wall = time.perf_counter() - start_wall
        figures.append(Figure("prepare inputs (codebook, coded wordings)", prepare_wall, note=(
            f"{len(reading.inputs.codes)} codes, {len(reading.inputs.wordings):,} coded wordings "
            f"({len(reading.conditions.wordings):,} distinct)")))  # fmt: skip
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        results = suggestions_engine.suggest_all(project, reading)
        wall, cpu = time.perf_counter() - start_wall, time.process_time() - start_cpu
        count = sum(len(r.suggestions) for r in results)
        figures.append(Figure(f"all {len(ids):,} sources, one process (wall)", wall, note=(
            f"{cpu:.1f} s CPU; {count:,} suggestions")))  # fmt: skip
        figures.append(Figure(
            "extra memory of the engine (max RSS after − before)", _max_rss_mb() - rss_before,
            unit="MB"))  # fmt: skip
        rng = random.Random(17)
        times: list[float] = []
        for index in range(10 if quick else 30):
            text = synthetic_text(rng, 4_000, russian=index % 2 == 1)
            start = time.perf_counter()
            suggest_for_source(10_000 + index, text, "ru" if index % 2 else "en", reading)
            times.append(time.perf_counter() - start)
        slow = sorted(times)[int(0.95 * (len(times) - 1))] * 1000
        figures.append(
            Figure(
                "one new source of 4,000 characters (median)",
                statistics.median(times) * 1000,
                unit="ms",
                note=f"95th percentile {slow:.0f} ms",
            )
        )
    if not quick:
        halves = [(str(path), ids[0::2]), (str(path), ids[1::2])]
        start_wall = time.perf_counter()
        with ProcessPoolExecutor(max_workers=2) as pool:
            done = list(pool.map(_half, halves))
        wall = time.perf_counter() - start_wall
        figures.append(Figure(f"all {len(ids):,} sources, two processes (wall)", wall, note=(
            f"CPU per process {', '.join(f'{cpu:.1f} s' for _, cpu in done)}; each opens the "
            "project and prepares its own inputs")))  # fmt: skip
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="share of the 2,000 sources")
    parser.add_argument("--quick", action="store_true", help="a tenth of the size, one process")
    parser.add_argument("--quality-only", action="store_true", help="skip the speed part")
    args = parser.parse_args()
    figures, detail = quality()
    print_table("Quality on the evaluation set (tests/reading/eval)", figures)
    if not args.quality_only:
        timing = speed(0.1 if args.quick else args.scale, args.quick)
        print_table("Speed on the synthetic newsroom project", timing)
        figures += timing
    path = write_results("bench_suggestions", figures, {"labels": detail})
    print(f"\nresults: {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

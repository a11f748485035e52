"""Variants and quote mismatches of the newsroom project: how long the Variants tab, the
workbook's Variants sheets and ``parley compare --variants`` wait for them.

    uv run python bench/bench_variants.py [--scale 1.0]

Uses the cached synthetic project of ``bench/run_all.py`` (2,000 sources, 50,000 annotations;
built once into ``bench/.cache/``). Measures the snapshot load and
``services.variants.variant_report`` on it, then ``how_told`` (the same with the comparison's
blindspots and first reports, what ``parley compare --variants`` prints), best of three, wall
and CPU seconds; the target is 1 s.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import CACHE_DIR, best_of  # noqa: E402
from bench.run_all import Size, Workspace, cached_project  # noqa: E402

TARGET = 1.0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    from desktop_app.services.project import Project
    from desktop_app.services.snapshot import load_snapshot
    from desktop_app.services.variants import how_told, variant_report

    CACHE_DIR.mkdir(exist_ok=True)
    size = Size.at(args.scale)
    project_path = cached_project(size)
    with tempfile.TemporaryDirectory() as folder:
        space = Workspace(Path(folder))
        with Project.open(space.copy(project_path), coder="bench") as project:
            project.database.wait_for_backup()
            snapshot = load_snapshot(project)
        reports = []
        wall, cpu = best_of(lambda: reports.append(variant_report(snapshot)), 3)
        told_wall, told_cpu = best_of(lambda: how_told(snapshot), 3)
    report = reports[-1]
    wordings = sum(len(g.all_wordings) for g in report.groups)
    compared = sum(1 for g in report.groups for w in g.wordings if w.compared)
    print(
        f"{size.label()}: {len(report.groups)} variant groups, {wordings:,} wordings "
        f"({compared:,} diffed), {len(report.mismatches)} quote mismatches"
    )
    verdict = "met" if wall <= TARGET else "NOT met"
    print(
        f"variants + quote mismatches: {wall:.3f} s wall, {cpu:.3f} s CPU "
        f"(target ≤ {TARGET} s: {verdict})"
    )
    verdict = "met" if told_wall <= TARGET else "NOT met"
    print(
        f"with blindspots and first reports (compare + outlet findings): {told_wall:.3f} s "
        f"wall, {told_cpu:.3f} s CPU (target ≤ {TARGET} s: {verdict})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())

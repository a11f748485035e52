"""Coverage by outlet group, blindspots and first reports on the newsroom project.

    uv run python bench/bench_outlets.py [--scale 1.0]

The project is ``bench/run_all.py``'s cached newsroom (2,000 sources, 50,000 annotations over
150 outlets, built once). A copy gets its outlets sorted into five groups (three outlets in four
are in one group, every tenth in two) and nine sources in ten marked done, then the figures
are what the compare view's *By outlet group* and *Timeline* tabs wait on, off the GUI thread:

* ``outlet_findings`` alone (coverage matrix, blindspots, first reports) on a ready comparison;
* the comparison and the findings together: what the tabs compute for the whole project.
  Target ≤ 1 s;
* the snapshot load, the comparison and the findings: the whole wait after opening the view
  (the load is the compare view's own, measured by ``bench/run_all.py --only compare``).

Results: a printed table and ``bench/results/bench_outlets.json``.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import CACHE_DIR, Figure, best_of, print_table, write_results  # noqa: E402

GROUPS = ("Russian state media", "Ukrainian", "Western", "Wire services", "Independent")
TARGET = 1.0


def prepare(path: Path) -> None:
    """Sort the copy's outlets into groups and mark most sources done."""
    from desktop_app.domain.model import CodingStatus
    from desktop_app.services import outlets, sources
    from desktop_app.services.project import Project

    with Project.open(path, coder="bench") as project:
        for number, outlet in enumerate(outlets.list_outlets(project)):
            if number % 4 == 3:
                continue  # an outlet in no group
            groups = [GROUPS[number % len(GROUPS)]]
            if number % 10 == 0:
                groups.append(GROUPS[(number + 2) % len(GROUPS)])
            outlets.update_outlet(project, replace(outlet, groups=tuple(groups)))
        listed = sources.list_sources(project)
        done = [s.id for number, s in enumerate(listed) if number % 10 != 9]
        sources.set_status(project, done, CodingStatus.DONE)


def measure(path: Path, repeat: int) -> list[Figure]:
    from desktop_app.domain.comparison import compare
    from desktop_app.domain.outlet_coverage import outlet_findings
    from desktop_app.services.project import Project
    from desktop_app.services.snapshot import load_snapshot

    with Project.open(path, coder="bench") as project:
        project.database.wait_for_backup()
        snapshot = load_snapshot(project)
        comparison = compare(snapshot)
        findings = outlet_findings(comparison)
        alone = best_of(lambda: outlet_findings(compare(snapshot)), 1)  # warm
        alone = best_of(lambda: outlet_findings(comparison), repeat)
        with_compare = best_of(lambda: outlet_findings(compare(snapshot)), repeat)
        whole = best_of(lambda: outlet_findings(compare(load_snapshot(project))), repeat)
    print(
        f"{len(findings.coverage.groups)} groups, {len(findings.blindspots)} blindspots, "
        f"{len(findings.first_reports)} first reports"
    )
    note = f"target ≤ {TARGET:g} s: {'met' if with_compare[0] <= TARGET else 'NOT met'}"
    return [
        Figure("outlet findings (coverage, blindspots, first reports)", alone[0]),
        Figure("compare() + outlet findings", with_compare[0], note=note),
        Figure("snapshot load + compare() + outlet findings", whole[0]),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = 2,000 sources")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    from bench.run_all import Size, cached_project

    CACHE_DIR.mkdir(exist_ok=True)
    size = Size.at(args.scale)
    project = cached_project(size)
    with tempfile.TemporaryDirectory(prefix="parley-bench-") as temp:
        root = Path(temp)
        for name, variable in (("data", "DATA"), ("config", "CONFIG"), ("logs", "LOG")):
            (root / name).mkdir()
            os.environ[f"PARLEY_{variable}_DIR"] = str(root / name)
        copy = root / "outlets.parley"
        copy.write_bytes(project.read_bytes())
        prepare(copy)
        figures = measure(copy, args.repeat)
    print_table(f"outlets: {size.label()}", figures)
    write_results("bench_outlets", figures, {"scale": args.scale, "size": size.label()})
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""The window's suggestions at newsroom scale: what the background worker does and what the
window thread does after a change.

    uv run python bench/bench_suggestion_book.py [--sources 2000]

Builds once (cached in ``bench/.cache/``) the synthetic newsroom project of ``run_all.py``'s
shape (2,000 sources of about 4,000 characters, 25 annotations a source) and measures, with the
services the window uses (``services.suggestion_book``):

* the first computation of every source's suggestions (what opening a project starts on a
  worker), wall and CPU, and the process's memory before and after;
* one newly imported source (the book's incremental path, the prepared reading reused);
* working out again what one source shows after a change to its mark-up (on the window's
  thread, once the key press is over);
* listing every suggestion of the project by score (the Suggestions tab, all sources).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import CACHE_DIR  # noqa: E402


def _rss_mb() -> float:
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sources", type=int, default=2_000)
    args = parser.parse_args()
    from bench.bench_briefing import build_project
    from desktop_app.services import sources
    from desktop_app.services.changes import ChangeSet
    from desktop_app.services.project import Project
    from desktop_app.services.suggestion_book import SuggestionBook, compute
    from tests.builders import add_source

    CACHE_DIR.mkdir(parents=True, exist_ok=True)
    path = CACHE_DIR / f"suggestions-{args.sources}.parley"
    if not path.exists():
        print(f"building {path.name} (once; cached) …", flush=True)
        build_project(
            path,
            args.sources,
            args.sources * 25,
            n_conditions=30,
            n_speakers=80,
            text_size=4_000,
            dense_sources=2,
            dense_highlights=200,
        )
    work = Path(tempfile.mkdtemp(prefix="parley-suggestions-")) / path.name
    shutil.copyfile(path, work)  # the run imports a source: the cached project stays as built
    with Project.open(work, coder="bench") as project:
        before = _rss_mb()
        book = SuggestionBook()
        wall, cpu = time.perf_counter(), time.process_time()
        book.store(compute(project, book.request()))
        wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
        print(f"every source ({args.sources:,}): {wall:.1f} s wall, {cpu:.1f} s CPU")
        print(f"  {book.count():,} suggestions shown; memory {before:.0f} → {_rss_mb():.0f} MB")
        heard: list[ChangeSet] = []
        project.subscribe(heard.append)
        text = f"Путин заявил, что Россия готова ({time.time()}). Zelensky said no. " * 20
        new = add_source(project, text, "New", language="ru")
        book.note(heard[-1])
        started = time.perf_counter()
        book.store(compute(project, book.request()))
        took = (time.perf_counter() - started) * 1000
        print(f"one newly imported source: {took:.0f} ms ({book.count([new])} suggestions)")
        first = sources.source_ids(project)[0]
        started = time.perf_counter()
        book.reshow(project, [first])
        print(
            f"one source's shown suggestions again: {(time.perf_counter() - started) * 1000:.1f} ms"
        )
        started = time.perf_counter()
        listed = book.shown(order="score")
        took = (time.perf_counter() - started) * 1000
        print(f"every suggestion by score: {took:.1f} ms ({len(listed):,})")
    shutil.rmtree(work.parent, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

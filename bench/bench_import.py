"""Folder import speed: Parley's full pipeline against a bare floor, in the same run.

    uv run python bench/bench_import.py [--files 1000] [--size 2048]

Parley: ``services.sources.import_paths`` (walk, read, detect encoding, normalise, detect
language, hash, fold for search, one transaction with the undo log).
Floor: read + decode (UTF-8) + SHA-256 + one-transaction insert with the bare ``sqlite3`` module.
Half the files are Russian; a tenth are cp1251 so the detection path is exercised too.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench.common import Figure, print_table, synthetic_text, timed, write_results


def make_files(folder: Path, count: int, size: int) -> None:
    rng = random.Random(1234)
    for index in range(count):
        russian = index % 2 == 1
        text = f"Report {index}\n\n" + synthetic_text(rng, size, russian)
        encoding = "cp1251" if russian and index % 10 == 1 else "utf-8"
        (folder / f"report-{index:05d}.txt").write_bytes(text.encode(encoding))


def parley_import(folder: Path, work: Path) -> int:
    from desktop_app.services import sources
    from desktop_app.services.project import Project

    target = work / f"parley-{os.getpid()}-{random.random():.6f}.parley"
    with Project.open(target, create=True) as project:
        report = sources.import_paths(project, [folder])
    return len(report.added)


def floor_import(folder: Path, work: Path) -> int:
    target = work / f"floor-{random.random():.6f}.sqlite"
    connection = sqlite3.connect(target)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute(
        "CREATE TABLE sources (id INTEGER PRIMARY KEY, name TEXT, sha256 TEXT, text TEXT)"
    )
    rows = []
    for path in sorted(folder.iterdir()):
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1251")
        rows.append((path.name, hashlib.sha256(data).hexdigest(), text))
    with connection:
        connection.executemany("INSERT INTO sources (name, sha256, text) VALUES (?, ?, ?)", rows)
    connection.close()
    return len(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--size", type=int, default=2048, help="characters per file")
    args = parser.parse_args()
    os.environ.setdefault("PARLEY_DATA_DIR", tempfile.mkdtemp(prefix="parley-bench-data-"))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "in"
        folder.mkdir()
        work = Path(tmp)
        make_files(folder, args.files, args.size)
        parley_import(folder, work)  # warm-up: imports modules, fills OS caches
        parley = timed(lambda: parley_import(folder, work), repeat=3)
        floor = timed(lambda: floor_import(folder, work), repeat=3)
    figures = [
        Figure(
            f"import {args.files} × {args.size}-char .txt files",
            parley,
            floor,
            note=f"{args.files / parley:,.0f} sources/s (floor {args.files / floor:,.0f}/s)",
        )
    ]
    print_table("Folder import", figures)
    print(f"\nresults: {write_results('import', figures)}")


if __name__ == "__main__":
    main()

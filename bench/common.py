"""Shared helpers for the benchmarks: timing, a printed table, JSON results, synthetic data.

Benchmarks are measurements, not tests: they print figures beside a floor (the same work done
with the bare library in the same run) and never assert.
"""

from __future__ import annotations

import json
import os
import platform
import random
import statistics
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"
CACHE_DIR = BENCH_DIR / ".cache"


@dataclass
class Figure:
    name: str
    parley: float
    floor: float | None = None
    unit: str = "s"
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.floor in (None, 0):
            return None
        return self.parley / self.floor  # type: ignore[operator]


def timed(function: Callable[[], object], repeat: int = 1) -> float:
    """Best wall time of ``repeat`` runs, in seconds."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        best = min(best, time.perf_counter() - start)
    return best


def best_of(function: Callable[[], object], repeat: int) -> tuple[float, float]:
    """Best wall and best CPU seconds of ``repeat`` calls (CPU time is steadier on a shared
    machine)."""
    wall, cpu = float("inf"), float("inf")
    for _ in range(repeat):
        start_wall, start_cpu = time.perf_counter(), time.process_time()
        function()
        wall = min(wall, time.perf_counter() - start_wall)
        cpu = min(cpu, time.process_time() - start_cpu)
    return wall, cpu


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(fraction * (len(ordered) - 1))))
    return ordered[index]


def median(values: list[float]) -> float:
    return statistics.median(values)


def print_table(title: str, figures: list[Figure]) -> None:
    print(f"\n{title}")
    header = f"{'figure':<52} {'Parley':>12} {'floor':>12} {'ratio':>7}"
    print(header)
    print("-" * len(header))
    for figure in figures:
        parley = f"{figure.parley:.3f} {figure.unit}"
        floor = f"{figure.floor:.3f} {figure.unit}" if figure.floor is not None else "—"
        ratio = f"{figure.ratio:.2f}×" if figure.ratio is not None else ""
        print(f"{figure.name:<52} {parley:>12} {floor:>12} {ratio:>7}")
        if figure.note:
            print(f"    {figure.note}")


def write_results(name: str, figures: list[Figure], extra: dict[str, object] | None = None) -> Path:
    RESULTS_DIR.mkdir(exist_ok=True)
    path = RESULTS_DIR / f"{name}.json"
    payload = {
        "benchmark": name,
        "when": time.strftime("%Y-%m-%dT%H:%M:%S"),
        "machine": {
            "python": platform.python_version(),
            "system": platform.platform(),
            "cpus": os.cpu_count(),
        },
        "figures": [{**asdict(f), "ratio": f.ratio} for f in figures],
        **(extra or {}),
    }
    path.write_text(json.dumps(payload, indent=2, ensure_ascii=False), encoding="utf-8")
    return path


ENGLISH_WORDS = (
    "the president said conditions talks ceasefire withdrawal regions troops sanctions "
    "negotiations ministry security guarantees proposal rejected criticised territory "
    "border agreement statement adviser defence minister alliance neutral status"
).split()
RUSSIAN_WORDS = (
    "президент заявил условия переговоры перемирие вывод регионы войска санкции "
    "министерство безопасность гарантии предложение отверг раскритиковал территория "
    "граница соглашение заявление советник оборона министр альянс нейтральный статус Путин"
).split()


def synthetic_text(rng: random.Random, size: int, russian: bool) -> str:
    """About ``size`` characters of newsy sentences in English or Russian."""
    words = RUSSIAN_WORDS if russian else ENGLISH_WORDS
    parts: list[str] = []
    length = 0
    while length < size:
        sentence = " ".join(rng.choice(words) for _ in range(rng.randint(8, 20)))
        sentence = sentence[0].upper() + sentence[1:] + "."
        if rng.random() < 0.2:
            sentence += "\n\n"
        parts.append(sentence)
        length += len(sentence) + 1
    return " ".join(parts)

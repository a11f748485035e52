"""Speed of the importers alone: ``load_document`` over 1,000 small text files.

    uv run python bench/bench_importers.py [--files 1000] [--size 2048]

The files are ~2 KB news-like texts in the encodings the product promises — UTF-8 with and
without BOM, UTF-16 with BOM, cp1251 and KOI8-R (Russian), cp1252 (French/German) — so the
legacy-encoding scoring, the binary check, normalisation, language detection and hashing are
all exercised. No database, no services: this measures the file → text layer only. The first
call (imports, loading py3langid's model) is timed separately from the steady state, and every
decoded text is compared with what was written, so a wrong guess would show as a mismatch.
CPU time is printed beside wall-clock time: on a shared machine the latter measures the load.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.importers.loader import load_document

EN_WORDS = (
    "president ceasefire conditions talks ministry Kyiv Moscow troops regions withdrawal NATO "
    "sanctions proposal rejected adviser statement speech negotiations border security West "
    "offensive responsibility bloodshed recognition"
).split()
RU_WORDS = (
    "президент переговоры условия министр Киев Москва войска регионы вывод НАТО санкции "
    "предложение отклонил советник заявление выступление граница безопасность Запад "
    "ответственность признание перемирие"
).split()
FR_WORDS = (
    "président négociations conditions ministère retrait troupes régions sanctions proposition "
    "rejetée conseiller déclaration sécurité frontière responsabilité « garanties » naïve"
).split()

# (encoding, words, share of files)
MIX = (
    ("utf-8", EN_WORDS, 0.3),
    ("utf-8-sig", RU_WORDS, 0.1),
    ("utf-16", EN_WORDS, 0.1),
    ("cp1251", RU_WORDS, 0.2),
    ("koi8-r", RU_WORDS, 0.1),
    ("cp1252", FR_WORDS, 0.2),
)


def news_text(rng: random.Random, words: list[str], size: int) -> str:
    """About ``size`` characters of sentences in paragraphs, with a title line."""
    paragraphs: list[str] = [" ".join(rng.choice(words) for _ in range(6)).capitalize()]
    length = len(paragraphs[0])
    while length < size:
        sentences = [
            " ".join(rng.choice(words) for _ in range(rng.randint(8, 16))).capitalize() + "."
            for _ in range(rng.randint(2, 4))
        ]
        paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        length += len(paragraph) + 2
    return "\r\n\r\n".join(paragraphs)[:size].rstrip() + "\r\n"


def make_files(folder: Path, count: int, size: int) -> dict[Path, str]:
    rng = random.Random(20240614)
    expected: dict[Path, str] = {}
    index = 0
    for encoding, words, share in MIX:
        for _ in range(round(count * share)):
            text = news_text(rng, words, size)
            if encoding == "koi8-r":
                text = text.replace("«", '"').replace("»", '"')
            path = folder / f"source-{index:05d}-{encoding}.txt"
            path.write_bytes(text.encode(encoding))
            expected[path] = text.replace("\r\n", "\n")
            index += 1
    return expected


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--files", type=int, default=1000)
    parser.add_argument("--size", type=int, default=2048, help="characters per file")
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        expected = make_files(folder, args.files, args.size)
        paths = sorted(expected)
        total_bytes = sum(path.stat().st_size for path in paths)

        started = time.perf_counter()
        load_document(paths[0])  # imports, language model
        cold = time.perf_counter() - started

        mismatches = 0
        started, started_cpu = time.perf_counter(), time.process_time()
        for path in paths:
            if load_document(path).text != expected[path]:
                mismatches += 1
        elapsed = time.perf_counter() - started
        cpu = time.process_time() - started_cpu

    print(f"files:            {len(paths)} ({total_bytes / 1024:.0f} KB, mixed encodings)")
    print(f"first call:       {cold * 1000:.0f} ms (imports and language model, once)")
    print(f"steady state:     {elapsed:.2f} s wall, {cpu:.2f} s CPU for all files")
    print(f"speed:            {len(paths) / elapsed:,.0f} files/second (wall clock)")
    print(f"                  {len(paths) / cpu:,.0f} files/second (CPU time)")
    print(f"throughput:       {total_bytes / elapsed / 1024 / 1024:.2f} MB/second (wall clock)")
    print(f"wrongly decoded:  {mismatches}")


if __name__ == "__main__":
    main()

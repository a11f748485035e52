"""Article text of saved news pages: Parley's HTML importer beside trafilatura alone.

    uv run python bench/bench_article_text.py [--misses]

The pages are ``tests/importers/articles/`` (written after TASS, RIA Novosti, Meduza, RBC, BBC
Russian, the Russian MFA, Ukrainska Pravda, Interfax-Ukraine, Ukrinform, Suspilne, BBC, Reuters,
the Guardian and the Kyiv Independent), each with its known first and last sentences and the
boilerplate that must be left out (see ``tests/importers/article_corpus.py``). Printed per
criterion: how many pages keep the first sentence, how many the last, and how many boilerplate
strings are left out, for Parley (its real import path) and for ``trafilatura.extract`` on the
same bytes, with its default (balanced) settings and with ``favor_precision``. ``--misses``
lists what each one got wrong. Measurements, not a test (the test is
``tests/importers/test_article_text.py``).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tests.importers.article_corpus import EXTRACTORS, pages, score


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list each extractor's misses")
    args = parser.parse_args()
    corpus = pages()
    languages = sorted({p.language for p in corpus})
    counts = ", ".join(f"{sum(p.language == lang for p in corpus)} {lang}" for lang in languages)
    print(f"{len(corpus)} saved news pages ({counts})\n")
    scores = {name: score(extract) for name, extract in EXTRACTORS.items()}
    criteria = list(next(iter(scores.values())).figures())
    width = max(len(c) for c in criteria) + 2
    names = list(scores)
    print("".ljust(width) + "".join(name.rjust(len(name) + 3) for name in names))
    for criterion in criteria:
        row = criterion.ljust(width)
        for name in names:
            row += scores[name].figures()[criterion].rjust(len(name) + 3)
        print(row)
    if args.misses:
        for name in names:
            print(f"\n{name} missed:")
            for miss in scores[name].misses or ["nothing"]:
                print(f"  {miss}")


if __name__ == "__main__":
    main()

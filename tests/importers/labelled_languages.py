"""A labelled set for language detection: real texts in many languages and scripts, the
sample corpus, the saved news pages, mixes of languages line by line and within a line, and
the bench's synthetic English and Russian (word salad with few English function words, which
goes to the model). ``test_language_labelled.py`` holds each text to the language Parley
detected for it before the model was cached and the mixed-script check moved to bytes
(issue 19, round three): faster detection must not change a single answer."""

from __future__ import annotations

import random
from collections.abc import Iterator

from bench.common import synthetic_text
from desktop_app.importers.loader import load_document
from tests.conftest import CORPUS_FILES
from tests.importers.article_corpus import PAGES
from tests.importers.encoding_corpus import SHORT_TEXTS, TEXTS
from tests.importers.samples import EN_PARAGRAPH, RU_PARAGRAPH, RU_SHORT, UK_PARAGRAPH


def labelled_texts() -> Iterator[tuple[str, str]]:
    """(name, text) of every text of the set, in a fixed order."""
    yield from TEXTS.items()
    yield from SHORT_TEXTS.items()
    for path in (*CORPUS_FILES, *sorted(PAGES.glob("*.html"))):
        yield path.name, load_document(path).text
    mixes = {
        "mix_ru_en_lines": f"{RU_PARAGRAPH}\n{EN_PARAGRAPH}\n{RU_PARAGRAPH}",
        "mix_en_uk_lines": f"{EN_PARAGRAPH}\n{UK_PARAGRAPH}\n{UK_PARAGRAPH}",
        "mix_ru_en_one_line": f"{RU_PARAGRAPH} {EN_PARAGRAPH} {RU_PARAGRAPH}",
        "mix_en_with_ru_quote": f"{EN_PARAGRAPH} {RU_SHORT} {EN_PARAGRAPH}",
        "mix_bg_ru": f"{TEXTS['bulgarian']}\n{TEXTS['russian']}",
        "mix_fr_de_pl": f"{TEXTS['french']}\n{TEXTS['german']}\n{TEXTS['polish']}",
        "mix_sr_en_one_line": f"{TEXTS['serbian']} {TEXTS['english']}",
        "mix_el_en": f"{TEXTS['greek']}\n{TEXTS['english']}",
        "short_unknown": "Заявление МИД",
    }
    yield from mixes.items()
    rng = random.Random(19)
    for index in range(12):
        russian = index % 2 == 1
        yield f"bench_{'ru' if russian else 'en'}_{index}", synthetic_text(rng, 2048, russian)

"""The evaluation set is what its marked texts say, and big enough to mean something."""

from __future__ import annotations

import json

from tests.reading.eval.build_labels import codebook, parse
from tests.reading.eval.scoring import HERE, TEXTS, load_texts


def test_the_json_labels_and_plain_texts_are_built_from_the_marked_texts() -> None:
    paths = codebook()
    marked = sorted((HERE / "marked").glob("*.txt"))
    assert marked
    for path in marked:
        text, mentions, statements = parse(path.read_text(encoding="utf-8"), paths)
        labels = json.loads((TEXTS / f"{path.stem}.json").read_text(encoding="utf-8"))
        assert (TEXTS / path.name).read_text(encoding="utf-8") == text, path.name
        assert labels["mentions"] == mentions, f"rebuild {path.name}: build_labels.py"
        assert labels["statements"] == statements, f"rebuild {path.name}: build_labels.py"


def test_the_sample_corpus_is_kept_byte_for_byte() -> None:
    from desktop_app import paths

    for name, stem in (
        ("000_1094804f0c5760cb.txt", "sample_000"),
        ("003_5d4df97f4eee4e75.txt", "sample_003"),
    ):
        assert paths.resource("sample", name).read_bytes() == (TEXTS / f"{stem}.txt").read_bytes()


def test_there_are_enough_labels_and_each_quote_is_its_span() -> None:
    texts = load_texts()
    mentions = sum(len(t.mentions) for t in texts)
    statements = sum(len(t.statements) for t in texts)
    assert mentions >= 200
    assert statements >= 100
    for t in texts:
        for label in (*t.mentions, *t.statements):
            start, end = int(str(label["start"])), int(str(label["end"]))
            assert t.text[start:end] == label["quote"]
    languages = {t.language for t in texts}
    assert {"en", "ru", "uk"} <= languages

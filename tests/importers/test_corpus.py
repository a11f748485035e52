"""The sample corpus loads exactly: the text is the file's UTF-8 content, character for
character, because every annotation of the sample project points into it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktop_app.importers.loader import load_document
from tests.importers.conftest import SAMPLE_DIR

CORPUS = sorted(SAMPLE_DIR.glob("*.txt"))


def test_the_corpus_is_there() -> None:
    assert [path.name for path in CORPUS] == [
        "000_1094804f0c5760cb.txt",
        "003_5d4df97f4eee4e75.txt",
    ]


@pytest.mark.parametrize("path", CORPUS, ids=lambda path: path.name)
def test_corpus_text_is_the_file_exactly(path: Path) -> None:
    data = path.read_bytes()
    doc = load_document(path)
    assert doc.text == data.decode("utf-8")
    assert doc.sha256 == hashlib.sha256(data).hexdigest()
    assert doc.variables == {"encoding": "utf-8", "encoding_confidence": "certain (valid UTF-8)"}
    assert doc.warnings == ()
    assert doc.file_format == "txt"


def test_corpus_metadata() -> None:
    weekly, feed = (load_document(path) for path in CORPUS)
    assert weekly.meta.title == "Putin Names Conditions for Ukraine Peace Talks"
    assert weekly.meta.language == "en"
    assert feed.meta.title == (
        "Putin Sets Condition for Ukraine Peace Talks: Full Ukrainian Withdrawal From New "
        "Russian Regions"
    )
    assert feed.meta.language == "en, ru"  # the live feed mixes in Russian items

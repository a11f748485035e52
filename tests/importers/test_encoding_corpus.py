"""The labelled encoding corpus (``encoding_corpus``): the score the decoder must keep."""

from __future__ import annotations

from tests.importers.encoding_corpus import score

# Measured with ``uv run python -m tests.importers.encoding_corpus`` (84 files). Before the
# decoder used charset-normalizer's ranking: 56 exact (66.7 %), 17 wrong without a warning.
# charset-normalizer alone: 72 exact (85.7 %), 12 silently wrong (Turkish and Central European
# as cp1252, short KOI8-R as Shift_JIS). Now: 82 exact (97.6 %); both misses (Serbian in Mac
# Cyrillic, a one-sentence Hebrew cp1255 text) carry a warning.
MIN_EXACT_SHARE = 0.97


def test_corpus_is_decoded_exactly_and_never_silently_wrong() -> None:
    outcomes, _ = score()
    exact = sum(outcome.exact for outcome in outcomes)
    silent = [outcome.sample.name for outcome in outcomes if outcome.silent_wrong]
    assert exact >= MIN_EXACT_SHARE * len(outcomes), [
        (outcome.sample.name, outcome.detail) for outcome in outcomes if not outcome.exact
    ]
    assert silent == []


def test_every_script_of_the_corpus_is_covered() -> None:
    _, per_script = score()
    assert set(per_script) >= {
        "cyrillic", "western", "central", "baltic", "turkish", "greek", "hebrew", "arabic",
        "thai", "japanese", "korean", "chinese", "unicode", "cyrillic-short", "latin-short",
    }  # fmt: skip

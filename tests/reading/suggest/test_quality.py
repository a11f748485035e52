"""The engine's measured quality on the evaluation set (tests/reading/eval), held to the
thresholds of issue 17 so that a regression fails. ``bench/bench_suggestions.py`` prints the
same figures."""

from __future__ import annotations

from tests.reading.eval.scoring import load_texts, score_conditions, score_texts

# The fixed slice: every labelled text (the sample corpus, the texts written to tune the
# engine, and the held-out texts written after it).
SLICE = (
    "sample_000",
    "sample_003",
    "en_wire",
    "ru_lenta",
    "uk_novyny",
    "en_holdout",
    "ru_holdout",
    "uk_holdout",
    "en_holdout2",
    "ru_holdout2",
)


def test_mentions_statements_and_speakers_meet_the_thresholds() -> None:
    misses: list[str] = []
    scores = score_texts(load_texts(SLICE), misses)
    assert scores.mentions_labelled >= 200
    assert scores.statements_labelled >= 100
    assert scores.mention_precision >= 0.95, misses
    assert scores.mention_recall >= 0.95, misses
    assert scores.statements_found_share >= 0.85, misses
    assert scores.speaker_right_share >= 0.90, misses


def test_conditions_coded_in_one_sample_source_are_proposed_in_the_other() -> None:
    misses: list[str] = []
    scores = score_conditions(misses)
    assert scores.labelled >= 20
    assert scores.recall >= 0.8, misses

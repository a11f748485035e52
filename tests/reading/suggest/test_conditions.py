"""Conditions across sources: passages wording a condition coded elsewhere, with the reason."""

from __future__ import annotations

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import CodedWording, ReadingCode, ReadingInputs, Suggestion
from desktop_app.reading.suggest.engine import suggest_for_source

WITHDRAW = ReadingCode(1, "Conditions/Withdrawal", "Withdrawal", CodeKind.CONDITION)
NATO = ReadingCode(
    2,
    "Conditions/Renounce NATO",
    "Renounce NATO",
    CodeKind.CONDITION,
    ("join NATO", "вступления в НАТО"),
)
CODED = "troops must withdraw from the regions within their administrative borders"
WORDINGS = (
    CodedWording(1, 10, 0, len(CODED), CODED, "en"),
    CodedWording(1, 11, 5, 60, "the withdrawal of troops from the four regions", "en"),
)


def conditions(text: str, language: str = "en", source_id: int = 20) -> list[Suggestion]:
    inputs = ReadingInputs((WITHDRAW, NATO), WORDINGS, frozenset({"condition"}))
    return list(suggest_for_source(source_id, text, language, inputs).suggestions)


def test_a_passage_wording_a_coded_condition_is_proposed_with_the_reason() -> None:
    text = (
        "Moscow insists. "
        "Kyiv must withdraw its troops from the regions, within the administrative borders."
    )
    [found] = conditions(text)
    assert found.code_ids == (1,)
    assert found.rule == "condition:overlap"
    assert text[found.start : found.end] == text[16:-1]  # the clause, not the sentence's end
    assert found.reason.startswith("shares withdraw · troops · regions · within · administrative")
    assert "with 2 coded wordings of Conditions/Withdrawal" in found.reason
    assert 0.5 < found.score <= 0.95


def test_unrelated_text_and_the_coded_passage_itself_are_not_proposed() -> None:
    assert conditions("The weather in the regions was mild and the troops rested.") == []
    assert conditions(CODED + ".", source_id=10) == []  # coded there already


def test_keywords_in_any_language_find_a_condition_without_wordings() -> None:
    [found] = conditions("Он потребовал отказа от вступления в НАТО навсегда.", "ru")
    assert found.code_ids == (2,)
    assert found.rule == "condition:keyword"
    assert found.reason == "has the keyword “вступления в НАТО” of Conditions/Renounce NATO"
    [found] = conditions("Ukraine may never join NATO, he said.")
    assert found.code_ids == (2,)

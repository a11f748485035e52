"""Reported statements: who speaks, not who is spoken about; every quotation style."""

from __future__ import annotations

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import ReadingCode, ReadingInputs, Suggestion
from desktop_app.reading.suggest.engine import prepare, suggest_for_source

PUTIN, AUSTIN, STOLTENBERG, PESKOV, REJECTS, CRITICIZES = 1, 2, 3, 4, 5, 6
CODES = (
    ReadingCode(
        PUTIN, "Speakers/Vladimir Putin", "Vladimir Putin", CodeKind.SPEAKER, ("Putin", "Путин")
    ),
    ReadingCode(AUSTIN, "Speakers/Lloyd Austin", "Lloyd Austin", CodeKind.SPEAKER, ("Austin",)),
    ReadingCode(
        STOLTENBERG,
        "Speakers/Jens Stoltenberg",
        "Jens Stoltenberg",
        CodeKind.SPEAKER,
        ("Столтенберг",),
    ),
    ReadingCode(
        PESKOV, "Speakers/Dmitry Peskov", "Dmitry Peskov", CodeKind.SPEAKER, ("Песков", "Пєсков")
    ),
    ReadingCode(REJECTS, "Reactions/Rejects", "Rejects", CodeKind.REACTION),
    ReadingCode(CRITICIZES, "Reactions/Kritik", "Kritik", CodeKind.REACTION, ("Criticism",)),
)
READING = prepare(ReadingInputs(CODES, kinds=frozenset({"statement"})))


def statements(text: str, language: str = "en") -> list[Suggestion]:
    return list(suggest_for_source(3, text, language, READING).suggestions)


def test_the_speaker_is_who_speaks_not_who_is_spoken_about() -> None:
    [found] = statements("Lloyd Austin said Putin was 'not in a position to dictate' anything.")
    assert found.code_ids == (AUSTIN,)
    assert found.rule == "statement:cue:said"
    [found] = statements("Столтенберг заявил, что не считает предложение Путина мирным.", "ru")
    assert found.code_ids == (STOLTENBERG,)
    [found] = statements("По словам Пескова, предложение Путина остается в силе.", "ru")
    assert found.code_ids == (PESKOV,)
    assert found.rule == "statement:attribution:по словам"


def test_a_pronoun_subject_takes_the_paragraphs_last_speaker() -> None:
    text = "Putin spoke for an hour. Austin said the plan was old. He also demanded a reply."
    found = statements(text)
    assert [s.code_ids for s in found] == [(AUSTIN,), (AUSTIN,)]
    assert found[1].rule == "statement:pronoun:He"
    text = "Песков прилетел утром. Он заявил, что ответа нет."
    assert [s.code_ids for s in statements(text, "ru")] == [(PESKOV,)]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("«Мы готовы к переговорам хоть завтра», — сказал Песков.", "ru"),
        ("„Мы готові до переговорів уже завтра“, — сказав Пєсков.", "uk"),
        ("“We are ready to talk as soon as tomorrow,” Putin said.", "en"),
        ('"We are ready to talk as soon as tomorrow," said Putin.', "en"),
        ("‹We are ready to talk as soon as tomorrow,› Putin said.", "en"),
        ("— Мы готовы к переговорам хоть завтра, — сказал Песков.", "ru"),
    ],
)
def test_quotations_in_every_style_are_the_span(text: str, language: str) -> None:
    [found] = statements(text, language)
    assert found.code_ids in ((PESKOV,), (PUTIN,))
    quote = text[found.start : found.end]
    assert quote.startswith(("Мы готов", "We are", "Мы готовы"))
    assert "сказал" not in quote and "said" not in quote


def test_the_reported_clause_is_the_span_and_the_stance_maps_to_the_projects_reactions() -> None:
    text = "Austin rejected the plan, and Putin criticised the reply."
    found = statements(text)
    assert [s.code_ids for s in found] == [(AUSTIN, REJECTS), (PUTIN, CRITICIZES)]
    text = "Austin said that the plan was dead."
    [found] = statements(text)
    assert text[found.start : found.end] == "the plan was dead."


def test_a_quotation_running_over_paragraphs_keeps_its_speaker_and_a_dash_attributes() -> None:
    text = "Putin said: “We will do it.\n\n“And we will do it again.”\n\nPutin is wrong – Austin"
    found = statements(text)
    assert [s.code_ids for s in found] == [(PUTIN,), (PUTIN,), (AUSTIN,)]
    assert found[1].rule == "statement:quote"
    assert found[2].rule == "statement:dash:–"


def test_speech_without_a_known_speaker_is_proposed_without_codes() -> None:
    [found] = statements("Russian media reported that Putin was seeking a truce.")
    assert found.code_ids == ()
    assert "not in the codebook" in found.reason
    assert statements("Putin's plan is long. The weather is fine.") == []

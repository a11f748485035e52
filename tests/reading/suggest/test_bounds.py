"""Bad or odd input stays bounded and says what was limited."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
import textwrap

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import ReadingCode, ReadingInputs
from desktop_app.reading.suggest import engine
from desktop_app.reading.suggest.cues import CueError, lexicon_from_data
from desktop_app.reading.suggest.engine import prepare, suggest_for_source
from desktop_app.reading.suggest.mentions import MAX_PER_CODE

PUTIN = ReadingCode(1, "Speakers/Vladimir Putin", "Vladimir Putin", CodeKind.SPEAKER, ("Putin",))
THE = ReadingCode(2, "Speakers/Everyone", "The People", CodeKind.SPEAKER, ("the", "И", "ЕС"))


def test_a_huge_source_where_an_alias_matches_everywhere_is_cut_with_notes() -> None:
    text = "Putin said that Kyiv must go. " * 170_000  # 5,100,000 characters
    result = suggest_for_source(1, text, "en", ReadingInputs((PUTIN,)))
    mentions = [s for s in result.suggestions if s.kind == "mention"]
    assert len(mentions) == MAX_PER_CODE
    assert all(s.end <= engine.MAX_READ_CHARS for s in result.suggestions)
    assert len([s for s in result.suggestions if s.kind == "statement"]) == engine.MAX_STATEMENTS
    notes = " | ".join(result.limited)
    assert f"read the first {engine.MAX_READ_CHARS:,} of {len(text):,} characters" in notes
    assert "Speakers/Vladimir Putin: only the first 500 mentions proposed" in notes


def test_an_empty_codebook_other_scripts_and_unsafe_aliases_propose_nothing_odd() -> None:
    empty = suggest_for_source(1, "Putin said so. «Да», — сказал он.", None, ReadingInputs())
    assert [s.kind for s in empty.suggestions] == ["statement", "statement"]
    assert all(s.code_ids == () for s in empty.suggestions)
    other = "普京说，和平谈判可以开始。 قال بوتين إن المحادثات ممكنة. the и ЕС the и ЕС"
    result = suggest_for_source(1, other, "zh", ReadingInputs((PUTIN, THE)))
    assert result.suggestions == ()
    assert len(engine.prepare(ReadingInputs((THE,))).mentions.unsafe) == 3


def test_a_cue_file_that_is_not_a_lexicon_is_refused_with_a_reason() -> None:
    with pytest.raises(CueError, match="“speech” must be a list"):
        lexicon_from_data({"speech": "said"}, lemma=False, where="cues_xx.json")
    with pytest.raises(CueError, match="expected a JSON object"):
        lexicon_from_data(["said"], lemma=False, where="cues_xx.json")


def test_an_analyst_extended_lexicon_is_used() -> None:
    extra = lexicon_from_data(
        {"speech": ["mused"], "stance": {"Rejects": ["scoffed at"]}}, lemma=False
    )
    rejects = ReadingCode(3, "Reactions/Rejects", "Rejects", CodeKind.REACTION)
    reading = prepare(ReadingInputs((PUTIN, rejects)), lexicons={"en": extra})
    found = suggest_for_source(1, "Putin mused aloud. Putin scoffed at the plan.", "en", reading)
    statements = [s for s in found.suggestions if s.kind == "statement"]
    assert [s.code_ids for s in statements] == [(1,), (1, 3)]


def test_the_whole_engine_runs_with_sockets_refused_from_a_fresh_start() -> None:
    """In a fresh interpreter (so the dictionaries load there), with every connection refused
    before anything is imported."""
    script = textwrap.dedent(
        """
        import json, socket, sys
        def refuse(*args, **kwargs):
            raise OSError("network access")
        socket.socket.connect = refuse
        socket.create_connection = refuse
        from tests.reading.eval.scoring import load_codes, load_texts
        from desktop_app.domain.suggestions import ReadingInputs
        from desktop_app.reading.suggest.engine import prepare, suggest_for_source
        from desktop_app.reading.suggest.candidates import speaker_candidates
        reading = prepare(ReadingInputs(load_codes()))
        texts = load_texts()
        kinds = set()
        for t in texts:
            found = suggest_for_source(1, t.text, t.language, reading).suggestions
            kinds |= {s.kind for s in found}
        sources = [(i, t.text, t.language) for i, t in enumerate(texts)]
        sources.append((99, "Глава МИД Дмитрий Кулеба заявил: нет. Dmytro Kuleba agreed.", "ru"))
        candidates = speaker_candidates(sources, reading)
        print(json.dumps({"kinds": sorted(kinds), "candidates": len(candidates)}))
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False, timeout=300
    )
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])
    assert report["kinds"] == ["condition", "mention", "statement"]
    assert report["candidates"] == 1
    assert socket.create_connection is not None

"""Scores the reading engine on the evaluation set (``texts/*.json`` beside ``texts/*.txt``,
made by ``build_labels.py``; the codebook in ``codebook.json``).

* Mentions: a proposed mention is right when it overlaps a labelled mention of the same code;
  precision over proposed mentions, recall over labelled ones (each label counted once).
* Statements (sentence level): a labelled statement is found when a proposed statement
  overlaps it; its speaker is right when that suggestion's codes hold the labelled speaker (or
  no speaker at all when the label says the speaker is not in the codebook).
* Conditions (the sample corpus): each hand-coded condition passage of ``services/sample.py``
  is proposed when the engine, given the other source's coded wordings and the conditions'
  keywords, proposes that condition over it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import (
    CodedWording,
    ReadingCode,
    ReadingInputs,
    Suggestion,
    SuggestionKind,
)
from desktop_app.reading.suggest.engine import PreparedReading, prepare, suggest_for_source
from desktop_app.services import sample

HERE = Path(__file__).resolve().parent
TEXTS = HERE / "texts"
SAMPLE_FILES = {1: "sample_000", 2: "sample_003"}


@dataclass(frozen=True)
class Labelled:
    name: str
    text: str
    language: str
    mentions: list[dict[str, object]]
    statements: list[dict[str, object]]


def load_codes() -> tuple[ReadingCode, ...]:
    data = json.loads((HERE / "codebook.json").read_text(encoding="utf-8"))
    return tuple(
        ReadingCode(
            i, c["path"], c["path"].split("/", 1)[1], CodeKind(c["kind"]), tuple(c["aliases"])
        )
        for i, c in enumerate(data["codes"], start=1)
    )


def load_texts(names: Iterable[str] | None = None) -> list[Labelled]:
    wanted = set(names) if names is not None else None
    found: list[Labelled] = []
    for path in sorted(TEXTS.glob("*.json")):
        if wanted is not None and path.stem not in wanted:
            continue
        labels = json.loads(path.read_text(encoding="utf-8"))
        text = (TEXTS / labels["text"]).read_text(encoding="utf-8")
        found.append(
            Labelled(path.stem, text, labels["language"], labels["mentions"], labels["statements"])
        )
    return found


def _overlaps(s: Suggestion, label: dict[str, object]) -> bool:
    return s.start < int(str(label["end"])) and int(str(label["start"])) < s.end


@dataclass
class Scores:
    mentions_proposed: int = 0
    mentions_right: int = 0
    mentions_labelled: int = 0
    mentions_found: int = 0
    statements_labelled: int = 0
    statements_found: int = 0
    speakers_right: int = 0
    statements_proposed: int = 0
    statements_unlabelled: int = 0

    @property
    def mention_precision(self) -> float:
        return self.mentions_right / max(1, self.mentions_proposed)

    @property
    def mention_recall(self) -> float:
        return self.mentions_found / max(1, self.mentions_labelled)

    @property
    def statements_found_share(self) -> float:
        return self.statements_found / max(1, self.statements_labelled)

    @property
    def speaker_right_share(self) -> float:
        return self.speakers_right / max(1, self.statements_found)

    @property
    def statement_precision(self) -> float:
        return 1 - self.statements_unlabelled / max(1, self.statements_proposed)


def score_texts(texts: list[Labelled], misses: list[str] | None = None) -> Scores:
    codes = load_codes()
    paths = {c.code_id: c.path for c in codes}
    kinds: frozenset[SuggestionKind] = frozenset({"mention", "statement"})
    reading = prepare(ReadingInputs(codes, kinds=kinds))
    scores = Scores()
    for labelled in texts:
        result = suggest_for_source(1, labelled.text, labelled.language, reading)
        _score_mentions(
            labelled, [s for s in result.suggestions if s.kind == "mention"], paths, scores, misses
        )
        _score_statements(
            labelled,
            [s for s in result.suggestions if s.kind == "statement"],
            paths,
            scores,
            misses,
        )
    return scores


def _score_mentions(
    labelled: Labelled,
    proposed: list[Suggestion],
    paths: dict[int, str],
    scores: Scores,
    misses: list[str] | None,
) -> None:
    scores.mentions_proposed += len(proposed)
    scores.mentions_labelled += len(labelled.mentions)
    matched: set[int] = set()
    for s in proposed:
        hit = next(
            (
                i
                for i, m in enumerate(labelled.mentions)
                if i not in matched and _overlaps(s, m) and m["code"] == paths[s.code_ids[0]]
            ),
            None,
        )
        if hit is None:
            if misses is not None:
                misses.append(
                    f"{labelled.name}: extra mention “{labelled.text[s.start : s.end]}” "
                    f"{paths[s.code_ids[0]]}"
                )
            continue
        matched.add(hit)
        scores.mentions_right += 1
    scores.mentions_found += len(matched)
    if misses is not None:
        for i, m in enumerate(labelled.mentions):
            if i not in matched:
                misses.append(f"{labelled.name}: missed mention “{m['quote']}” {m['code']}")


def _score_statements(
    labelled: Labelled,
    proposed: list[Suggestion],
    paths: dict[int, str],
    scores: Scores,
    misses: list[str] | None,
) -> None:
    scores.statements_labelled += len(labelled.statements)
    scores.statements_proposed += len(proposed)
    for s in proposed:
        if not any(_overlaps(s, label) for label in labelled.statements):
            scores.statements_unlabelled += 1
            if misses is not None:
                misses.append(
                    f"{labelled.name}: unlabelled statement “{labelled.text[s.start : s.end][:70]}”"
                )
    for label in labelled.statements:
        over = [s for s in proposed if _overlaps(s, label)]
        if not over:
            if misses is not None:
                misses.append(f"{labelled.name}: missed statement “{str(label['quote'])[:70]}”")
            continue
        scores.statements_found += 1
        best = max(
            over,
            key=lambda s: (
                min(s.end, int(str(label["end"]))) - max(s.start, int(str(label["start"])))
            ),
        )
        speakers = [paths[c] for c in best.code_ids if paths[c].startswith("Speakers/")]
        right = (label["speaker"] in speakers) if label["speaker"] is not None else not speakers
        scores.speakers_right += right
        if not right and misses is not None:
            misses.append(
                f"{labelled.name}: wrong speaker {speakers or None} for {label['speaker']}: "
                f"“{str(label['quote'])[:60]}”"
            )


@dataclass
class ConditionScores:
    labelled: int = 0
    proposed_across: int = 0  # other source's wordings and keywords
    proposed_wordings_only: int = 0  # other source's wordings, no keywords
    suggestions: int = 0
    suggestions_unlabelled: int = 0

    @property
    def recall(self) -> float:
        return self.proposed_across / max(1, self.labelled)

    @property
    def recall_wordings_only(self) -> float:
        return self.proposed_wordings_only / max(1, self.labelled)


def sample_condition_marks(
    texts: dict[int, str], codes: tuple[ReadingCode, ...]
) -> list[CodedWording]:
    by_name = {c.name: c.code_id for c in codes if c.kind is CodeKind.CONDITION}
    found: list[CodedWording] = []
    for source_id, marks in ((1, sample.NEWSWEEK_MARKS), (2, sample.FEED_MARKS)):
        seen: dict[str, int] = {}
        for mark in marks:
            start = -1
            for _ in range(seen.get(mark.quote, 0) + 1):
                start = texts[source_id].index(mark.quote, start + 1)
            seen[mark.quote] = seen.get(mark.quote, 0) + 1
            for name in mark.codes:
                if name in by_name:
                    language = "ru" if any("а" <= ch <= "я" for ch in mark.quote) else "en"
                    found.append(
                        CodedWording(
                            by_name[name],
                            source_id,
                            start,
                            start + len(mark.quote),
                            mark.quote,
                            language,
                        )
                    )
    return found


def score_conditions(misses: list[str] | None = None) -> ConditionScores:
    codes = load_codes()
    texts = {
        sid: (TEXTS / f"{name}.txt").read_text(encoding="utf-8")
        for sid, name in SAMPLE_FILES.items()
    }
    languages = {1: "en", 2: "en, ru, es"}
    gold = sample_condition_marks(texts, codes)
    bare = tuple(
        ReadingCode(
            c.code_id, c.path, c.name, c.kind, () if c.kind is CodeKind.CONDITION else c.aliases
        )
        for c in codes
    )
    kinds: frozenset[SuggestionKind] = frozenset({"condition"})
    scores = ConditionScores(labelled=len(gold))
    for source_id, text in texts.items():
        others = tuple(w for w in gold if w.source_id != source_id)
        here = [w for w in gold if w.source_id == source_id]
        with_keywords = _conditions(
            prepare(ReadingInputs(codes, others, kinds)), source_id, text, languages[source_id]
        )
        wordings_only = _conditions(
            prepare(ReadingInputs(bare, others, kinds)), source_id, text, languages[source_id]
        )
        scores.suggestions += len(with_keywords)
        for s in with_keywords:
            if not any(
                s.code_ids[0] == w.code_id and s.start < w.end and w.start < s.end for w in here
            ):
                scores.suggestions_unlabelled += 1
        for w in here:
            hit = any(
                s.code_ids[0] == w.code_id and s.start < w.end and w.start < s.end
                for s in with_keywords
            )
            scores.proposed_across += hit
            scores.proposed_wordings_only += any(
                s.code_ids[0] == w.code_id and s.start < w.end and w.start < s.end
                for s in wordings_only
            )
            if not hit and misses is not None:
                misses.append(f"condition not proposed: {w.code_id} “{w.text[:70]}”")
    return scores


def _conditions(
    reading: PreparedReading, source_id: int, text: str, language: str
) -> list[Suggestion]:
    return list(suggest_for_source(source_id, text, language, reading).suggestions)

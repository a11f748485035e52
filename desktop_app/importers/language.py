"""Which language(s) a text is written in, as ISO 639-1 codes ("en", or "en, ru" when mixed).

py3langid classifies one string at a time and is unreliable on very short strings, while the
sources analysts import are often mixed (a live feed with English, Russian and Spanish items). So
the text is cut into lines, each line long enough to judge is classified on its own, and every
language is weighted by the letters of the lines it won. The main language comes first; another
language is added only when it covers a substantial share of the text (``SECOND_LANGUAGE_SHARE``)
and was recognised with high confidence, so one misjudged short line does not make an English
article "en, fr". Lines the model is unsure about are not counted, and a text with too few
letters, or too ambiguous, gets "" (unknown) rather than a guess: py3langid calls a lone
"Заявление МИД" Bulgarian.
"""

from __future__ import annotations

import logging
import re
import threading
from collections import Counter
from typing import Any

logger = logging.getLogger(__name__)

MIN_TEXT_LETTERS = 12  # below this, "" (unknown)
MIN_LINE_LETTERS = 20  # lines shorter than this are not judged on their own
MIN_LINE_CONFIDENCE = 0.5  # lines judged less surely than this are not counted at all
MIN_TEXT_CONFIDENCE = 0.6  # a text without judgeable lines needs this much to get a language
SECOND_LANGUAGE_SHARE = 0.1  # share of judged letters a further language must reach
MIN_CONFIDENCE = 0.9  # lines judged less surely than this count only for the main language
MAX_LANGUAGES = 3
MAX_LINES = 100  # long texts are sampled evenly, so detection time stays bounded
MAX_LINE_CHARS = 200  # a line is judged by its start (enough for the model), weighted in full

_NON_LETTERS_RE = re.compile(r"[\W\d_]+")

_identifier: Any = None
_identifier_lock = threading.Lock()


def _classify(text: str) -> tuple[str, float]:
    """(language, probability) from a private py3langid identifier.

    A private instance with normalised probabilities: the module-level one in py3langid is
    shared global state (``set_languages`` changes it for every caller) and reports raw scores.
    """
    global _identifier  # noqa: PLW0603 - a lazily built, process-wide read-only model
    if _identifier is None:
        with _identifier_lock:
            if _identifier is None:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    language, probability = _identifier.classify(text)
    return str(language), float(probability)


def _letters(text: str) -> int:
    return len(_NON_LETTERS_RE.sub("", text))


def _sample(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_LINES:
        return lines
    step = len(lines) / MAX_LINES
    return [lines[int(i * step)] for i in range(MAX_LINES)]


def detect_language(text: str) -> str:
    """The main language of ``text``, plus any other language covering a substantial share,
    as comma-separated ISO 639-1 codes ("en", "en, ru"); "" when there is too little text."""
    total_letters = _letters(text[: MAX_LINES * MAX_LINE_CHARS])
    if total_letters < MIN_TEXT_LETTERS:
        return ""
    lines = _sample(text.split("\n"))
    judged = [(line, n) for line in lines if (n := _letters(line)) >= MIN_LINE_LETTERS]
    weights: Counter[str] = Counter()
    sure_weights: Counter[str] = Counter()
    for line, letters in judged:
        language, probability = _classify(line[:MAX_LINE_CHARS])
        if probability < MIN_LINE_CONFIDENCE:
            continue
        weights[language] += letters
        if probability >= MIN_CONFIDENCE:
            sure_weights[language] += letters
    if not weights:  # only short or ambiguous lines: judge the text as a whole, strictly
        language, probability = _classify(text[: 4 * MAX_LINE_CHARS])
        return language if probability >= MIN_TEXT_CONFIDENCE else ""
    main = weights.most_common(1)[0][0]
    total = sum(weights.values())
    others = [
        language
        for language, weight in sure_weights.most_common()
        if language != main and weight / total >= SECOND_LANGUAGE_SHARE
    ]
    return ", ".join([main, *others][:MAX_LANGUAGES])

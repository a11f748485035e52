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

Classifying every line costs about half a millisecond per line — far more than reading,
decoding and storing the file — so most texts never get there. Each line is first profiled from
its UTF-8 bytes (letters, script, the letters that tell Cyrillic alphabets apart), which costs a
few microseconds:

* A line gets a language without the model when its own letters say so plainly (see
  :func:`_plain_language`): Cyrillic with the Russian "ы"/"э" at a Russian rate, no letters of
  other Cyrillic alphabets and few "ъ" is Russian (Bulgarian, Ukrainian, Serbian, Belarusian and
  the Turkic alphabets all fail one of these); Cyrillic with "і"/"ї"/"є"/"ґ" at a Ukrainian rate
  and none of "ы", "э", "ъ", "ё" is Ukrainian; plain ASCII prose in which English function words
  ("the", "and", "that"…) are common is English.
* A text whose judged lines all share one alphabet family — all Russian-looking, all
  Ukrainian-looking, all Cyrillic without telling letters, or all unaccented Latin — cannot be a
  mix of Russian and English, Russian and Ukrainian, or English and Spanish, so it is judged as a
  whole: by the plain signs above over all its lines, else by one model call on a bounded sample
  spread over the text (``SAMPLE_LINES`` line starts). Only when that call is unsure does the
  text go line by line. Unaccented Latin lines of which some read as English while a long one
  has no English function word at all are no family: the other may be Indonesian or Swahili.
  The price: a mix of such look-alike languages with no English in it (Indonesian with Malay)
  reports only the main one.
* Every other text (scripts or alphabets differ between lines, accented Latin, other scripts) is
  judged line by line as described first, each line by its plain signs or else by the model.
"""

from __future__ import annotations

import codecs
import logging
import re
import threading
from collections import Counter
from dataclasses import dataclass
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
PROFILE_CHARS = 500  # a line is profiled by its start (more than the model judges), its
# letters extrapolated to its whole length
SAMPLE_LINES = 2  # line starts a text of one alphabet family is judged on, spread over it

# Plain signs (see the module docstring). Russian prose has about 2.2 % "ы" + "э" and 0.04 % "ъ";
# Bulgarian has no "ы"/"э" and about 2 % "ъ"; Ukrainian has about 6.5 % "і" + "ї" + "є" + "ґ".
# The thresholds sit far from the other languages, so a quoted word does not flip a text.
RUSSIAN_MARK_SHARE = 0.0025
RUSSIAN_MAX_HARD_SIGN_SHARE = 0.005
UKRAINIAN_MARK_SHARE = 0.02
MIN_MARKS = 2
MIN_PLAIN_LETTERS = 100  # fewer letters than this always go to the model
# English function words that are not also common words of other Latin-script languages
# ("a", "an", "in", "is", "it", "on", "to", "was", "for", "by", "her", "will", "also"… are left out
# for Dutch, German, Danish, Frisian, Breton, Turkish, Polish…). In English prose they are about a
# fifth of all words; in other languages almost none.
ENGLISH_WORDS = frozenset(
    b"the and of that with from this which were have been would their they said has had "
    b"are its his not but be who what there".split()
)
ENGLISH_WORD_SHARE = 0.1
MIN_ENGLISH_WORDS = 3
MIN_WORDS_FOR_MARKS = 25  # an English-looking line this long without any ENGLISH_WORDS is suspect

_NON_LETTERS_RE = re.compile(r"[\W\d_]+")
_ENOUGH_LETTERS_RE = re.compile(rf"[^\W\d_](?:[\W\d_]*[^\W\d_]){{{MIN_TEXT_LETTERS - 1}}}")

_identifier: Any = None
_identifier_lock = threading.Lock()


def _classify(text: str) -> tuple[str, float]:
    """(language, probability) from a private py3langid identifier.

    A private instance with normalised probabilities: the module-level one in py3langid is
    shared global state (``set_languages`` changes it for every caller) and reports raw scores.
    Loaded from the unpacked copy in the user's cache (``langid_model``) after the first time.
    """
    global _identifier  # noqa: PLW0603 - a lazily built, process-wide read-only model
    if _identifier is None:
        with _identifier_lock:
            if _identifier is None:
                from desktop_app.importers.langid_model import load_identifier

                _identifier = load_identifier()
    language, probability = _identifier.classify(text)
    return str(language), float(probability)


def _letters(text: str) -> int:
    """The letters in ``text`` by Unicode classes: what :func:`_profile` counts from bytes (a
    test holds them together), at some 50 ns a character."""
    return len(_NON_LETTERS_RE.sub("", text))


# -- line profiles from UTF-8 bytes ----------------------------------------------------------
#
# Counting with bytes.count and bytes.translate runs in C at memory speed; a regular expression
# with Unicode classes costs some 50 ns per character, more than the rest of an import.

_ASCII_LETTERS = bytes(b for b in range(128) if chr(b).isalpha())
# ASCII punctuation and digits → spaces, letters → lower case: words for the English count.
_ASCII_WORDS = bytes(b if chr(b).isalpha() and b < 0x80 else 0x20 for b in range(256)).lower()


def _keeping(kept: bytes) -> bytes:
    """The bytes to delete so that only ``kept`` remain (count them with ``len``)."""
    return bytes(b for b in range(256) if b not in kept)


# Every non-ASCII character has one lead byte (0xC2-0xF4). Leads of characters that are not
# letters: Latin-1 symbols (U+0080-U+00BF: NBSP, «, », °…), combining marks (U+0300-U+033F),
# general punctuation, currency, arrows, maths, boxes (U+2000-U+2FFF); emoji are counted apart.
_DELETE_ALL_BUT_LEADS = _keeping(bytes(range(0xC0, 0x100)))
_DELETE_ALL_BUT_SYMBOL_LEADS = _keeping(b"\xc2\xcc\xe2")
_DELETE_ALL_BUT_CYRILLIC_LEADS = _keeping(b"\xd0\xd1\xd2\xd3")  # U+0400-U+04FF
_DELETE_ALL_BUT_LATIN_LEADS = _keeping(bytes(range(0xC3, 0xCA)))  # U+00C0-U+024F
# The lower-case Russian and Ukrainian alphabets as a charmap codec (ASCII kept as it is):
# encoding a line with errors="ignore" keeps exactly their letters, so comparing with all the
# Cyrillic lead bytes tells whether letters of other alphabets occur — Belarusian "ў", Serbian
# and Macedonian "ђ", "ј", "љ"…, Turkic "ә", "ң", "ө"… — at C speed.
_RUSSIAN_UKRAINIAN = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяіїєґ"
_RUSSIAN_UKRAINIAN_CODEC = codecs.charmap_build(
    "".join(map(chr, range(0x80)))
    + _RUSSIAN_UKRAINIAN
    + "\ufffe" * (0x80 - len(_RUSSIAN_UKRAINIAN))
)
_ASCII = bytes(range(0x80))


def _count(text: str, letters: str) -> int:
    return sum(text.count(letter) for letter in letters)


@dataclass(frozen=True, slots=True)
class _Line:
    """What a line's bytes say: its letters (extrapolated past ``PROFILE_CHARS``), its alphabet
    family and the counts the plain signs need."""

    text: str
    letters: int
    family: str  # latin-ascii, latin-accented, ru, uk, cyrillic, cyrillic-other or other
    cyrillic: int = 0
    russian_marks: int = 0
    hard_signs: int = 0
    ukrainian_marks: int = 0
    words: int = 0  # latin-ascii lines: words, and how many are English function words
    english: int = 0


def _profile(line: str) -> _Line:
    head = line[:PROFILE_CHARS]
    scale = len(line) / len(head) if head else 1.0
    if head.isascii():
        data = head.encode("ascii")
        return _latin_ascii(
            line, round(scale * (len(data) - len(data.translate(None, _ASCII_LETTERS)))), data
        )
    lower = head.lower()
    data = lower.encode("utf-8", "surrogatepass")
    ascii_letters = len(data) - len(data.translate(None, _ASCII_LETTERS))
    symbols = len(data.translate(None, _DELETE_ALL_BUT_SYMBOL_LEADS)) + data.count(b"\xf0\x9f")
    letters = ascii_letters + len(data.translate(None, _DELETE_ALL_BUT_LEADS)) - symbols
    total = max(0, round(letters * scale))
    if letters <= 0:
        return _Line(line, total, "other")
    cyrillic = len(data.translate(None, _DELETE_ALL_BUT_CYRILLIC_LEADS))
    accented = len(data.translate(None, _DELETE_ALL_BUT_LATIN_LEADS))
    if cyrillic >= 0.8 * letters and accented <= 0.02 * letters:
        russian = _count(lower, "ыэ")
        hard = lower.count("ъ")
        ukrainian = _count(lower, "іїєґ")
        known = codecs.charmap_encode(lower, "ignore", _RUSSIAN_UKRAINIAN_CODEC)[0]
        if hard > RUSSIAN_MAX_HARD_SIGN_SHARE * cyrillic or (
            len(known.translate(None, _ASCII)) < cyrillic
        ):
            family = "cyrillic-other"  # "ъ" at a Bulgarian rate, or another alphabet
        elif ukrainian and (russian or hard or "ё" in lower):
            family = "cyrillic-other"  # Russian and Ukrainian letters in one line
        elif russian:
            family = "ru"
        elif ukrainian:
            family = "uk"
        else:
            family = "cyrillic"
        return _Line(line, total, family, cyrillic, russian, hard, ukrainian)
    if ascii_letters + accented >= 0.8 * letters:
        if accented:
            return _Line(line, total, "latin-accented")
        return _latin_ascii(line, total, data)
    return _Line(line, total, "other")


def _latin_ascii(line: str, letters: int, data: bytes) -> _Line:
    words = data.translate(_ASCII_WORDS).split()
    english = sum(map(ENGLISH_WORDS.__contains__, words))
    return _Line(line, letters, "latin-ascii", words=len(words), english=english)


def _plain_language(lines: list[_Line], family: str) -> str:
    """The language these lines of ``family`` plainly are, from their letters alone; ""
    when that takes the model (see the module docstring)."""
    if sum(line.letters for line in lines) < MIN_PLAIN_LETTERS:
        return ""
    if family == "ru":
        cyrillic = sum(line.cyrillic for line in lines)
        russian = sum(line.russian_marks for line in lines)
        hard = sum(line.hard_signs for line in lines)
        plain = (
            russian >= max(MIN_MARKS, RUSSIAN_MARK_SHARE * cyrillic)
            and hard <= RUSSIAN_MAX_HARD_SIGN_SHARE * cyrillic
        )
        return "ru" if plain else ""
    if family == "uk":
        cyrillic = sum(line.cyrillic for line in lines)
        ukrainian = sum(line.ukrainian_marks for line in lines)
        return "uk" if ukrainian >= max(MIN_MARKS, UKRAINIAN_MARK_SHARE * cyrillic) else ""
    if family == "latin-ascii" and _english(lines) and not _unmarked(lines):
        return "en"
    return ""


def _english(lines: list[_Line]) -> bool:
    """Whether English function words are common enough in these lines to call them English."""
    words = sum(line.words for line in lines)
    english = sum(line.english for line in lines)
    return english >= max(MIN_ENGLISH_WORDS, ENGLISH_WORD_SHARE * words)


def _unmarked(lines: list[_Line]) -> bool:
    """Whether a line of some length has no English function word at all: in a text with
    English in it, probably another language written without accents (Indonesian, Swahili…)."""
    return any(line.words >= MIN_WORDS_FOR_MARKS and not line.english for line in lines)


def _one_family(lines: list[_Line]) -> str:
    """The alphabet family every line belongs to, so the text cannot mix languages that the
    line-by-line judgement would tell apart (see the module docstring); "" if there is none.
    Unaccented Latin lines of which some read as English and others do not are no family."""
    families = {line.family for line in lines}
    if len(families) == 2 and "cyrillic" in families:  # Russian lines without "ы"/"э"…
        families.discard("cyrillic")
    family = families.pop() if len(families) == 1 else ""
    if family == "latin-ascii" and _unmarked(lines) and any(_english([line]) for line in lines):
        return ""
    return family if family in ("latin-ascii", "ru", "uk", "cyrillic") else ""


def _sample(lines: list[str]) -> list[str]:
    if len(lines) <= MAX_LINES:
        return lines
    step = len(lines) / MAX_LINES
    return [lines[int(i * step)] for i in range(MAX_LINES)]


def _spread(lines: list[_Line], count: int) -> list[_Line]:
    if len(lines) <= count:
        return lines
    step = len(lines) / count
    return [lines[int(i * step)] for i in range(count)]


def detect_language(text: str) -> str:
    """The main language of ``text``, plus any other language covering a substantial share,
    as comma-separated ISO 639-1 codes ("en", "en, ru"); "" when there is too little text."""
    if _ENOUGH_LETTERS_RE.search(text[: MAX_LINES * MAX_LINE_CHARS]) is None:
        return ""
    judged = [
        profile
        for line in _sentences_of_mixed(_sample(text.split("\n")))
        if len(line) >= MIN_LINE_LETTERS and (profile := _profile(line)).letters >= MIN_LINE_LETTERS
    ]
    family = _one_family(judged) if judged else ""
    if family:
        plain = _plain_language(judged, family)
        if plain:
            return plain
        sample = "\n".join(line.text[:MAX_LINE_CHARS] for line in _spread(judged, SAMPLE_LINES))
        language, probability = _classify(sample)
        if probability >= MIN_CONFIDENCE:
            return language
    # Plain signs judge single lines only among alphabets they know: next to a Kyrgyz line, a
    # line with "ы" and none of "ң", "ө", "ү" may be Kyrgyz too.
    known = all(line.family not in ("cyrillic-other", "other") for line in judged)
    weights: Counter[str] = Counter()
    sure_weights: Counter[str] = Counter()
    scripts: dict[str, Counter[str]] = {}  # language → letters per script of its lines
    for line in judged:
        language = _plain_language([line], line.family) if known else ""
        if language:
            probability = 1.0
        else:
            language, probability = _classify(line.text[:MAX_LINE_CHARS])
        if probability < MIN_LINE_CONFIDENCE:
            continue
        weights[language] += line.letters
        scripts.setdefault(language, Counter())[_script(line.family)] += line.letters
        if probability >= MIN_CONFIDENCE:
            sure_weights[language] += line.letters
    if not weights:  # only short or ambiguous lines: judge the text as a whole, strictly
        language, probability = _classify(text[: 4 * MAX_LINE_CHARS])
        return language if probability >= MIN_TEXT_CONFIDENCE else ""
    main = weights.most_common(1)[0][0]
    total = sum(weights.values())
    main_script = scripts[main].most_common(1)[0][0]
    # A further language counts when the model was sure of its lines — or when they are in
    # another script than the main language's (English lines in a Russian paste): the script
    # is evidence enough that they are another language, though short lines leave the model
    # less sure of which.
    others = [
        language
        for language, weight in weights.most_common()
        if language != main
        and weight / total >= SECOND_LANGUAGE_SHARE
        and (
            sure_weights[language] / total >= SECOND_LANGUAGE_SHARE
            or scripts[language].most_common(1)[0][0] != main_script
        )
    ]
    return ", ".join([main, *others][:MAX_LANGUAGES])


_SENTENCE_END_RE = re.compile(r"(?<=[.!?…»”])\s+")
MIXED_SCRIPT_LETTERS = 10  # letters of each script that make a line worth cutting into sentences


def _sentences_of_mixed(lines: list[str]) -> list[str]:
    """The lines, with each line that has both Latin and Cyrillic words in it (a pasted
    paragraph quoting one language in another) cut into sentences, so each is judged on its
    own."""
    found: list[str] = []
    for line in lines:
        head = line[: PROFILE_CHARS * 4]
        if not head.isascii() and _mixed_scripts(head.encode("utf-8", "surrogatepass")):
            found.extend(_SENTENCE_END_RE.split(line))
        else:
            found.append(line)
    return found


def _mixed_scripts(data: bytes) -> bool:
    """Whether UTF-8 ``data`` holds ``MIXED_SCRIPT_LETTERS`` each of A-Z/a-z and of U+0400-U+04FF,
    counted in C: the ASCII letters, and the lead bytes 0xD0-0xD3 every character of that
    Cyrillic block starts with and nothing else does (two regular expressions listing every
    letter cost a quarter of a folder import's language detection)."""
    latin = len(data) - len(data.translate(None, _ASCII_LETTERS))
    return latin >= MIXED_SCRIPT_LETTERS and (
        len(data.translate(None, _DELETE_ALL_BUT_CYRILLIC_LEADS)) >= MIXED_SCRIPT_LETTERS
    )


def _script(family: str) -> str:
    if family.startswith("latin"):
        return "latin"
    if family in ("ru", "uk", "cyrillic", "cyrillic-other"):
        return "cyrillic"
    return family

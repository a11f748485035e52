"""Decoding the bytes of a plain-text file (.txt, .md) without guessing silently wrong.

Order of evidence, strongest first:

1. A byte-order mark (UTF-8, UTF-16 LE/BE, UTF-32) decides.
2. UTF-32 without a byte-order mark decodes strictly (no other file does for long); UTF-16
   without one shows itself by zero bytes in every other position.
3. ISO-2022-JP/KR escape sequences in 7-bit text decide (that text is valid UTF-8 too).
4. Bytes that decode as strict UTF-8 are UTF-8: in any other encoding, text with non-ASCII
   letters almost never happens to form valid UTF-8 sequences. This is also the fast path.
5. Otherwise charset-normalizer ranks the legacy encodings (mess and language coherence), and
   its best match is taken — except between code pages of one script, where the labelled
   corpus (``tests/importers/encoding_corpus.py``) shows its ranking is not enough:

   - Cyrillic (cp1251, KOI8-R/U, Mac Cyrillic, cp866, ISO 8859-5 map the same letters to
     different bytes): each candidate's decoding is scored for *implausibility*
     (:func:`implausibility`): symbols that do not occur in prose, words mixing Latin and
     Cyrillic letters, capitals after lowercase letters ("пРЕЗИДЕНТ" is KOI8-R read as
     cp1251), letters of neither the Russian nor the Ukrainian alphabet, improbable Cyrillic
     letter frequencies. When charset-normalizer reads the text differently, a warning names
     its reading.
   - Latin (cp1252, cp1250, ISO 8859-2, cp1254, ISO 8859-9, cp1257…): the library reads
     Turkish and Hungarian as cp1252 ("Ýstanbul", "õ" for "ő"); the decoding whose letters are
     best explained by one language's alphabet wins (:func:`_latin_choice`).

   When the runner-up is nearly as good, the guess rests on little text, or even the winner
   reads badly, the document carries a warning naming the encoding that was chosen, so the
   analyst can check.

The chosen encoding is reported (``ImportedDocument.variables["encoding"]``).
"""

from __future__ import annotations

import codecs
import logging
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice, zip_longest
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app.errors import ImportRefused
from desktop_app.i18n import gettext, ngettext

if TYPE_CHECKING:
    from charset_normalizer.models import CharsetMatch

logger = logging.getLogger(__name__)

# The legacy encodings analysts meet, in order of preference when two decode alike: Windows
# Cyrillic and Western, then the older Cyrillic families (KOI8 from Unix mail and old Russian
# sites, Mac Cyrillic, DOS 866, ISO 8859-5), and Latin-1 last (it differs from cp1252 only in
# 0x80-0x9F, which in Latin-1 are control characters).
LEGACY_CANDIDATES = (
    "cp1251",
    "cp1252",
    "koi8-r",
    "koi8-u",
    "mac-cyrillic",
    "cp866",
    "iso8859-5",
    "latin-1",
)

CYRILLIC_CANDIDATES = frozenset(LEGACY_CANDIDATES) - {"cp1252", "latin-1"}

# Consulted only when none of the above reads well, together with charset-normalizer's
# proposals: Central European, Greek, Turkish, Hebrew, Arabic, Baltic, and the common CJK
# multi-byte encodings.
EXTRA_CANDIDATES = (
    "cp1250",
    "cp1253",
    "cp1254",
    "cp1255",
    "cp1256",
    "cp1257",
    "iso8859-2",
    "iso8859-7",
    "shift_jis",
    "euc-jp",
    "gb18030",
    "big5",
    "euc-kr",
)

# Share of control characters (other than tab, line feed, carriage return, form feed and
# vertical tab) above which a "text" file is treated as binary. Text editors never write them;
# random bytes contain about 10 %.
MAX_CONTROL_SHARE = 0.01
# How much of a large file the legacy-encoding scoring looks at (lines with non-ASCII bytes).
SCORING_SAMPLE_BYTES = 64 * 1024
CERTAIN_UTF8 = "certain (valid UTF-8)"
CERTAIN_BOM = "certain (byte-order mark)"
# Minimum margin (in implausibility points) between the chosen decoding and the runner-up for
# the choice to count as certain.
CERTAIN_MARGIN = 4.0
# Scoring rounds (see ``_score_candidates``): tokens per candidate in the quick round, how far
# behind the best a candidate may be to go on, and tokens in the full round.
QUICK_TOKENS = 40
QUICK_MARGIN = 30.0
MAX_SCORED_TOKENS = 400
# Implausibility per non-ASCII character above which even the best decoding reads badly.
POOR_SCORE_PER_CHAR = 0.5

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    (codecs.BOM_UTF32_BE, "utf-32-be", "UTF-32 BE"),
    (codecs.BOM_UTF8, "utf-8", "UTF-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
    (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
)

# Letter frequencies of Russian prose (per cent), with the Ukrainian letters at typical
# Ukrainian rates, used to tell real Cyrillic text from Cyrillic letters produced by the wrong
# code page. Other Cyrillic letters (Serbian, Macedonian…) get a low floor.
_CYRILLIC_FREQ = {
    "о": 10.97, "е": 8.45, "а": 8.01, "и": 7.35, "н": 6.70, "т": 6.26, "с": 5.47, "р": 4.73,
    "в": 4.54, "л": 4.40, "к": 3.49, "м": 3.21, "д": 2.98, "п": 2.81, "у": 2.62, "я": 2.01,
    "ы": 1.90, "ь": 1.74, "г": 1.70, "з": 1.65, "б": 1.59, "ч": 1.44, "й": 1.21, "х": 0.97,
    "ж": 0.94, "ш": 0.73, "ю": 0.64, "ц": 0.48, "щ": 0.36, "э": 0.32, "ф": 0.26, "ъ": 0.04,
    "ё": 0.04, "і": 3.0, "ї": 0.6, "є": 0.4, "ґ": 0.05,
}  # fmt: skip
_CYRILLIC_FLOOR = 0.005
# Bits per letter a real Russian or Ukrainian text averages (its entropy is about 4.4); only the
# excess over this costs, so correct decodings score near zero on this count.
_CYRILLIC_EXPECTED_BITS = 4.7

# Punctuation and symbols that occur in ordinary prose in any of the candidate encodings.
_PROSE_SYMBOLS = frozenset("«»„“”‘’‚‹›–—…•·№°§€£¥$%‰†‡©®™ ­±×½¼¾²³¹´¨¸¡¿ªº")

# Non-letters that do sit between two letters in real words: apostrophes, soft hyphen, the
# Catalan middle dot, the non-breaking hyphen.
_INNER_PUNCTUATION = frozenset("’ʼ\xad·‑")

# C0 controls other than whitespace, and DEL. C1 controls (U+0080-U+009F) are left out: in a
# decoded text they mean mojibake (UTF-8 read as Latin-1 and saved again), not binary data.
_BINARY_CONTROL_RE = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_WORD_RE = re.compile(r"[^\W\d_]+")
# Each whitespace character, kept by re.split: the tokens are rebuilt from the pieces between.
_SPACE_SPLIT_RE = re.compile(r"(\s)")
# Whitespace outside ASCII (NEL, NBSP, the typographic spaces…), as str.isspace and \s see it.
_NON_ASCII_SPACES = tuple(chr(c) for c in range(0x80, 0x3001) if chr(c).isspace())


@dataclass(frozen=True)
class DecodedText:
    """A decoded text, the encoding it was read with, and doubts worth telling the analyst."""

    text: str
    encoding: str
    warnings: tuple[str, ...] = ()
    # How sure the choice of encoding is, in words Source Details shows after the encoding.
    confidence: str = "certain"

    @property
    def variables(self) -> dict[str, str]:
        """What a source keeps of the decoding (Source Details shows both)."""
        return {"encoding": self.encoding, "encoding_confidence": self.confidence}


# The confidence of a decoding the analyst chose (``parley import --encoding``, Source Details).
CHOSEN = "chosen by the analyst"


def uncertain(confidence: str) -> bool:
    """Whether a decoding's confidence (``DecodedText.confidence``) is a guess the analyst may
    want to correct: anything short of certain or high."""
    return bool(confidence) and not confidence.startswith(("certain", "high", CHOSEN))


def known_encoding(name: str) -> str:
    """Python's name for the text encoding called ``name`` ("windows-1251" → "cp1251"); raises
    ``LookupError`` for a name that is no text encoding (base64, rot13…)."""
    try:
        codec = codecs.lookup(name.strip()).name
        "".encode(codec)  # a bytes-to-bytes or str-to-str codec is no text encoding
        b"".decode(codec)
    except (LookupError, UnicodeError, TypeError):
        raise LookupError(name) from None
    return codec


def decode_text(data: bytes, path: Path, encoding: str | None = None) -> DecodedText:
    """Decode the bytes of a plain-text file, or refuse them as not text. ``encoding`` (a name
    :func:`known_encoding` accepts) replaces detection: bytes it does not define refuse the
    file rather than put replacement characters in the analyst's quotes."""
    decoded = _decode(data, path) if encoding is None else decode_as(data, encoding, path)
    _refuse_binary(decoded.text, path)
    return decoded


def decode_as(data: bytes, encoding: str, path: Path) -> DecodedText:
    """``data`` in the encoding the analyst named (its own byte-order mark left out), or
    ImportRefused saying how many byte sequences it does not define and where the first is."""
    codec = known_encoding(encoding)
    payload = data
    for bom, bom_codec, _ in _BOMS:
        if data.startswith(bom) and codec == bom_codec:
            payload = data[len(bom) :]
    try:
        return DecodedText(payload.decode(codec), codec, (), CHOSEN)
    except UnicodeDecodeError as error:
        first = error.start + len(data) - len(payload)
    bad = payload.decode(codec, errors="replace").count("\ufffd") - payload.count("\ufffd".encode())
    count = max(bad, 1)
    raise ImportRefused(
        path,
        ngettext(
            "is not {codec} text: {n} byte sequence is not {codec}, the first at byte {first:,}",
            "is not {codec} text: {n} byte sequence(s) are not {codec}, "
            "the first at byte {first:,}",
            count,
        ).format(codec=codec, first=first),
        gettext("name the encoding the file was saved in, or let Parley detect it"),
    )


def _decode(data: bytes, path: Path) -> DecodedText:
    for bom, codec, label in _BOMS:
        if data.startswith(bom):
            return _decode_unicode(data[len(bom) :], codec, label, path)
    utf32 = _bomless_utf32(data) if b"\x00" in data[:4096] else None
    if utf32 is not None:
        label = "UTF-32 LE" if utf32.endswith("le") else "UTF-32 BE"
        note = _no_bom_note(label)
        return DecodedText(
            data.decode(utf32),
            label,
            (note,),
            "likely (no byte-order mark; zero bytes as in UTF-32)",
        )
    # UTF-16 before UTF-8: ASCII in UTF-16 is valid UTF-8 too, with a NUL after every letter.
    utf16 = _bomless_utf16(data) if b"\x00" in data[:4096] else None
    if utf16 is not None:
        label = "UTF-16 LE" if utf16.endswith("le") else "UTF-16 BE"
        decoded = _decode_unicode(data, utf16, label, path)
        note = _no_bom_note(label)
        return DecodedText(
            decoded.text,
            decoded.encoding,
            (note, *decoded.warnings),
            "likely (no byte-order mark; zero bytes as in UTF-16)",
        )
    iso2022 = _iso2022(data)
    if iso2022 is not None:
        return iso2022
    try:
        return DecodedText(data.decode("utf-8"), "utf-8", (), CERTAIN_UTF8)
    except UnicodeDecodeError:
        pass
    return _decode_legacy(data)


def _decode_unicode(payload: bytes, codec: str, label: str, path: Path) -> DecodedText:
    try:
        return DecodedText(payload.decode(codec), label, (), CERTAIN_BOM)
    except UnicodeDecodeError:
        text = payload.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if bad * 20 > max(len(text), 1):
            raise ImportRefused(
                path,
                gettext(
                    "is not a text file (it starts like {label} text, but most of it "
                    "does not decode)"
                ).format(label=label),
                gettext("check that this is the file you meant to import"),
            ) from None
        warning = ngettext(
            "{n} invalid {label} sequence(s) were replaced with “\ufffd”",
            "{n} invalid {label} sequence(s) were replaced with “\ufffd”",
            bad,
        ).format(label=label)
        return DecodedText(text, label, (warning,), CERTAIN_BOM)


def _bomless_utf16(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the zero bytes sit in every other position, else None."""
    sample = data[:4096]
    if len(sample) < 8 or len(sample) % 2:
        return None
    half = len(sample) // 2
    even_zeros = sample[0::2].count(0)
    odd_zeros = sample[1::2].count(0)
    if odd_zeros > 0.3 * half and even_zeros < 0.02 * half:
        return "utf-16-le"
    if even_zeros > 0.3 * half and odd_zeros < 0.02 * half:
        return "utf-16-be"
    return None


def _bomless_utf32(data: bytes) -> str | None:
    """ "utf-32-le"/"utf-32-be" when the whole file decodes strictly as UTF-32 into text
    without NULs: four-byte units above U+10FFFF or in the surrogates make any other file
    fail within a few characters."""
    if len(data) < 16 or len(data) % 4:
        return None
    for codec in ("utf-32-le", "utf-32-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        if text.count("\x00") <= MAX_CONTROL_SHARE * len(text):
            return codec
    return None


# Escape sequences that designate a double-byte set in ISO-2022-JP (JIS X 0208) and
# ISO-2022-KR (KS X 1001): 7-bit text that is also valid ASCII and UTF-8.
_ISO2022 = (
    ("iso2022-jp", "ISO-2022-JP", (b"\x1b$B", b"\x1b$@", b"\x1b(J")),
    ("iso2022-kr", "ISO-2022-KR", (b"\x1b$)C",)),
)


def _iso2022(data: bytes) -> DecodedText | None:
    if b"\x1b" not in data[:65536] or not data.isascii():
        return None
    for codec, label, escapes in _ISO2022:
        if any(escape in data for escape in escapes):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            return DecodedText(text, codec, (), f"certain ({label} escape sequences)")
    return None


def _refuse_binary(text: str, path: Path) -> None:
    if not text:
        return
    sample = text[:65536]
    nuls = sample.count("\x00")
    if nuls > MAX_CONTROL_SHARE * len(sample):
        raise ImportRefused(
            path,
            gettext("is not a text file (it is full of NUL bytes)"),
            gettext("check the file's content"),
        )
    controls = len(_BINARY_CONTROL_RE.findall(sample))
    if controls > MAX_CONTROL_SHARE * len(sample):
        raise ImportRefused(
            path,
            gettext("is not a text file (it contains binary data)"),
            gettext("import the document in its original format (.docx, .pdf, .html…)"),
        )


# --- legacy single-byte encodings -------------------------------------------------------------


def _decode_legacy(data: bytes) -> DecodedText:
    """charset-normalizer proposes; Parley decides only between code pages of one script
    where measurements show the library's ranking is not enough (see ``tests/importers/
    encoding_corpus.py``): Cyrillic code pages by :func:`implausibility`, Latin code pages by
    the alphabets of the languages written in them (:func:`_latin_choice`)."""
    sample = _scoring_sample(data)
    matches = _charset_normalizer_matches(sample)
    script = _script_of(str(matches[0])) if matches else ""
    if matches and _codec_name(matches[0].encoding).startswith(("utf-16", "utf-32")):
        return _library_choice(data, matches)
    scores = _Scores(sample)
    scored = _score_candidates(scores, LEGACY_CANDIDATES)
    parley_script = ""
    if not _reads_poorly(scored[0]):
        parley_script = "cyrillic" if scored[0][2] in CYRILLIC_CANDIDATES else "latin"
    # The library's reading without language evidence (no coherence: "Japanese" half-width
    # katakana for a KOI8-R sentence) does not outweigh a Cyrillic reading that reads well.
    unsupported = not matches or script in ("latin", "") or matches[0].coherence == 0
    if script == "cyrillic" or (parley_script == "cyrillic" and unsupported):
        proposed = (_codec_name(m.encoding) for m in matches)
        chosen = _parley_choice(data, scores, tuple(dict.fromkeys((*LEGACY_CANDIDATES, *proposed))))
        if chosen.warnings or not matches or str(matches[0]) == sample.decode(chosen.encoding):
            return chosen
        # The two disagree: Parley's scoring is kept (it tells cp1251 from KOI8-R and Mac
        # Cyrillic in short texts), but the analyst is told of the library's reading.
        other = _codec_name(matches[0].encoding)
        return DecodedText(
            chosen.text,
            chosen.encoding,
            (_uncertain_warning(chosen.encoding, other),),
            f"low ({other} reads almost as well)",
        )
    # No letters at all in the library's best reading: a Latin code page read as symbols.
    if script in ("latin", ""):
        return _latin_choice(data, sample, [_codec_name(m.encoding) for m in matches])
    if matches:
        return _library_choice(data, matches)
    return _parley_choice(data, scores, (*LEGACY_CANDIDATES, *EXTRA_CANDIDATES))


def _parley_choice(data: bytes, sample: _Scores, candidates: tuple[str, ...]) -> DecodedText:
    scored = _score_candidates(sample, candidates)
    poor = _reads_poorly(scored[0])
    best_score, _, best_codec, _ = scored[0]
    warnings: list[str] = []
    runner_up = scored[1] if len(scored) > 1 else None
    confidence = "high (no other encoding reads as well)"
    if runner_up is not None and runner_up[0] - best_score >= CERTAIN_MARGIN:
        confidence = f"high (reads clearly better than {runner_up[2]})"
    if poor:
        confidence = "low (no encoding reads well)"
        warnings.append(_unrecognised_warning(best_codec))
    elif runner_up is not None and runner_up[0] - best_score < CERTAIN_MARGIN:
        confidence = f"low ({runner_up[2]} reads almost as well)"
        warnings.append(_uncertain_warning(best_codec, runner_up[2]))
    logger.debug("legacy decoding scores: %s", [(s[2], round(s[0], 1)) for s in scored])
    return _decoded_whole(data, best_codec, warnings, confidence)


def _decoded_whole(data: bytes, codec: str, warnings: list[str], confidence: str) -> DecodedText:
    """The whole file in the encoding chosen from a sample of it: bytes beyond the sample
    that the encoding does not define become "\ufffd", counted in a warning."""
    try:
        return DecodedText(data.decode(codec), codec, tuple(warnings), confidence)
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
    bad = text.count("\ufffd")
    warning = ngettext(
        "{n} byte(s) undefined in {codec} were replaced with “\ufffd”",
        "{n} byte(s) undefined in {codec} were replaced with “\ufffd”",
        bad,
    ).format(codec=codec)
    return DecodedText(text, codec, (*warnings, warning), confidence)


def _no_bom_note(label: str) -> str:
    return gettext("the file has no byte-order mark; it was read as {label}").format(label=label)


def _unrecognised_warning(codec: str) -> str:
    return gettext(
        "the text encoding could not be recognised with certainty; it was read as "
        "{codec} — if letters look wrong, choose another reading in Source Details "
        "or import it with --encoding"
    ).format(codec=codec)


def _uncertain_warning(codec: str, other: str) -> str:
    return gettext(
        "the text encoding is uncertain: read as {codec}, but it might be "
        "{other} — if letters look wrong, choose another reading in Source Details "
        "or import it with --encoding"
    ).format(codec=codec, other=other)


# Code pages of the Latin script, in order of preference when two read alike.
LATIN_CANDIDATES = (
    "cp1252",
    "cp1250",
    "iso8859-2",
    "cp1254",
    "iso8859-9",
    "cp1257",
    "iso8859-13",
    "iso8859-15",
    "latin-1",
)

# Share of a Latin decoding's non-ASCII letters outside the best-fitting alphabet above which it
# reads poorly (a paragraph quoting French, German and Spanish has 3 of 11 outside).
POOR_UNEXPLAINED_SHARE = 0.3

# How many more unexplained letters the runner-up must have for the choice to count as certain.
LATIN_MARGIN = 1

# The non-ASCII letters of the languages written in Latin code pages (lower case).
_ALPHABETS = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíòóù",  # Italian
    "åäöæøéü",  # Nordic
    "áðéíóúýþæö",  # Icelandic
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Croatian, Slovene, Bosnian
    "ăâîșțşţ",  # Romanian
    "çğıöşüâîû",  # Turkish
    "ąčęėįšųūž",  # Lithuanian
    "āčēģīķļņšūž",  # Latvian
    "äõöüšž",  # Estonian
    "ëç",  # Albanian
)


def _latin_choice(data: bytes, sample: bytes, proposed: list[str]) -> DecodedText:
    """The Latin code page whose decoding is best explained by one language's alphabet:
    charset-normalizer reads Turkish and Central European text as cp1252 ("Ýstanbul")
    as often as not, since the letters it yields there are all plausible Latin letters."""
    candidates = tuple(
        dict.fromkeys((*LATIN_CANDIDATES, *(c for c in proposed if c in LATIN_CANDIDATES)))
    )
    ranked = []
    seen: set[str] = set()
    for rank, codec in enumerate(candidates):
        try:
            text = sample.decode(codec)
        except UnicodeDecodeError:
            continue
        if text in seen:
            continue
        seen.add(text)
        unexplained, letters = _unexplained_letters(text)
        ranked.append((unexplained, rank, codec, letters))
    ranked.sort()
    unexplained, _, best, letters = ranked[0]
    runner_up = ranked[1] if len(ranked) > 1 else None
    warnings: list[str] = []
    confidence = "high (the letters are those of one language)"
    if letters and unexplained > POOR_UNEXPLAINED_SHARE * letters:
        confidence = "low (no encoding reads well)"
        warnings.append(_unrecognised_warning(best))
    elif runner_up is not None and runner_up[0] - unexplained < LATIN_MARGIN and letters:
        confidence = f"low ({runner_up[2]} reads almost as well)"
        warnings.append(_uncertain_warning(best, runner_up[2]))
    return _decoded_whole(data, best, warnings, confidence)


def _unexplained_letters(text: str) -> tuple[int, int]:
    """(characters no single language explains, non-ASCII letters) of a Latin decoding:
    letters outside the best-fitting alphabet, symbols inside words, C1 controls."""
    letters: dict[str, int] = {}
    odd = 0
    for token in _tokens(text, MAX_SCORED_TOKENS * 4):
        last = len(token) - 1
        for i, ch in enumerate(token):
            if ch < "\x80":
                continue
            if ch.isalpha():
                lower = "i\u0307" if ch == "İ" else ch.lower()
                letters[lower] = letters.get(lower, 0) + 1
            elif unicodedata.category(ch) == "Cc" or (
                0 < i < last
                and ch not in _INNER_PUNCTUATION
                and token[i - 1].isalpha()
                and token[i + 1].isalpha()
            ):
                odd += 1
    total = sum(letters.values())
    explained = max(
        sum(
            n
            for letter, n in letters.items()
            if letter in alphabet or (letter == "i\u0307" and "ı" in alphabet)
        )
        for alphabet in _ALPHABETS
    )
    return total - explained + odd, total


def candidate_encodings(data: bytes, chosen: str, limit: int = 4) -> list[str]:
    """Up to ``limit`` encodings worth showing the analyst for these bytes, ``chosen`` first:
    Parley's scored code pages and charset-normalizer's ranking taken in turn, each one that
    decodes the whole file without error into a text none before it gave."""
    sample = _scoring_sample(data)
    proposed = [_codec_name(m.encoding) for m in _charset_normalizer_matches(sample)]
    every = tuple(dict.fromkeys((*LEGACY_CANDIDATES, *EXTRA_CANDIDATES, *LATIN_CANDIDATES)))
    scored = [entry[2] for entry in _score_candidates(sample, every)]
    turns = [chosen]
    for pair in zip_longest(scored, proposed, fillvalue=""):
        turns.extend(codec for codec in pair if codec)
    found: list[str] = []
    seen: set[str] = set()
    for name in dict.fromkeys(turns):
        try:
            codec = known_encoding(name)
            text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            continue
        if text not in seen:
            seen.add(text)
            found.append(codec)
        if len(found) == limit:
            break
    return found


def _library_choice(data: bytes, matches: list[CharsetMatch]) -> DecodedText:
    """charset-normalizer's best match (scripts Parley does not model: Greek, Hebrew,
    Arabic, Thai, CJK, UTF-16/32 without a byte-order mark)."""
    best = matches[0]
    codec = _codec_name(best.encoding)
    text = data.decode(codec, errors="replace")
    warnings: list[str] = []
    language = best.language if best.language != "Unknown" else ""
    confidence = f"high (charset-normalizer{', ' + language if language else ''})"
    if codec.startswith(("utf-16", "utf-32")):
        label = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
        warnings.append(_no_bom_note(label))
        confidence = "likely (no byte-order mark)"
        return DecodedText(text, label, tuple(warnings), confidence)
    others = [m for m in matches[1:] if str(m) != str(best)]
    multibyte = sum(1 for ch in text[:65536] if ch >= "\x80")
    if best.chaos > 0.1 or "\ufffd" in text:
        confidence = "low (no encoding reads well)"
        warnings.append(_unrecognised_warning(codec))
    elif multibyte < MIN_EVIDENCE_CHARACTERS:
        confidence = "low (too little text to be sure)"
        warnings.append(_unrecognised_warning(codec))
    elif others and others[0].chaos - best.chaos < 0.02 and others[0].coherence >= best.coherence:
        other = _codec_name(others[0].encoding)
        confidence = f"low ({other} reads almost as well)"
        warnings.append(_uncertain_warning(codec, other))
    return DecodedText(text, codec, tuple(warnings), confidence)


# Non-ASCII characters below which a guess from the bytes' structure alone carries a warning.
MIN_EVIDENCE_CHARACTERS = 60


def _codec_name(encoding: str) -> str:
    return encoding.replace("_", "-")


def _script_of(text: str) -> str:
    """ "latin", "cyrillic", or another script's name, by most non-ASCII letters; "" when none."""
    # Count characters in C (Counter), then name each distinct one once: a text has a few
    # hundred distinct characters, where naming every character cost 1.4 ms per 2 KB file.
    counts: dict[str, int] = {}
    for ch, seen in Counter(text[:65536]).items():
        if ch >= "\x80" and ch.isalpha():
            script = _script_name(ch)
            counts[script] = counts.get(script, 0) + seen
    return max(counts, key=counts.__getitem__) if counts else ""


@lru_cache(maxsize=4096)
def _script_name(ch: str) -> str:
    return unicodedata.name(ch, "?").split(" ")[0].lower()


def _reads_poorly(entry: tuple[float, int, str, list[str]]) -> bool:
    score, _, _, tokens = entry
    scored = tokens[:MAX_SCORED_TOKENS]
    non_ascii = sum(map(len, scored)) - len("".join(scored).encode("ascii", "ignore"))
    return score > POOR_SCORE_PER_CHAR * non_ascii


class _Scores:
    """One sample's decoding and implausibility per code page, each computed once however many
    rankings ask for it (a Cyrillic file is ranked among the legacy code pages, then among
    those and charset-normalizer's proposals)."""

    def __init__(self, sample: bytes) -> None:
        self.sample = sample
        self._decoded: dict[str, str | None] = {}
        self._quick: dict[str, float] = {}
        self._full: dict[str, tuple[float, list[str]]] = {}

    def decoded(self, codec: str) -> str | None:
        if codec not in self._decoded:
            try:
                self._decoded[codec] = self.sample.decode(codec)
            except (UnicodeDecodeError, LookupError):
                self._decoded[codec] = None
        return self._decoded[codec]

    def quick(self, codec: str, decoded: str) -> float:
        if codec not in self._quick:
            self._quick[codec] = _implausibility(_tokens(decoded, QUICK_TOKENS, _spaces_of(codec)))
        return self._quick[codec]

    def full(self, codec: str, decoded: str) -> tuple[float, list[str]]:
        if codec not in self._full:
            tokens = _tokens(decoded, MAX_SCORED_TOKENS, _spaces_of(codec))
            self._full[codec] = (_implausibility(tokens), tokens)
        return self._full[codec]


def _score_candidates(
    sample: bytes | _Scores, candidates: tuple[str, ...]
) -> list[tuple[float, int, str, list[str]]]:
    """(implausibility, rank, codec, tokens) of each candidate decoding, best first.

    Candidates that decode to the same text as a better-ranked one are dropped (KOI8-R and
    KOI8-U agree on Russian; cp1252 and Latin-1 on most Western text). Scoring runs in two
    rounds: every candidate on its first ``QUICK_TOKENS`` words, then only those still close
    to the best on up to ``MAX_SCORED_TOKENS`` — the wrong code pages are usually obvious
    within a sentence. A candidate dropped in the first round trails by far more than
    ``CERTAIN_MARGIN``. Decoding the whole sample is cheap; finding the words is not, so each
    decoding is searched only for as many words as its round scores. Given :class:`_Scores`,
    what an earlier ranking of the same sample computed is reused."""
    scores = sample if isinstance(sample, _Scores) else _Scores(sample)
    decodings: list[tuple[int, str, str]] = []
    seen: set[str] = set()
    for rank, codec in enumerate(candidates):
        decoded = scores.decoded(codec)
        if decoded is not None and decoded not in seen:
            seen.add(decoded)
            decodings.append((rank, codec, decoded))
    quick = sorted(
        (scores.quick(codec, decoded), rank, codec, decoded) for rank, codec, decoded in decodings
    )
    close = [entry for entry in quick if entry[0] <= quick[0][0] + QUICK_MARGIN]
    scored = []
    for _, rank, codec, decoded in close:
        score, tokens = scores.full(codec, decoded)
        scored.append((score, rank, codec, tokens))
    return sorted(scored)


@lru_cache(maxsize=64)
def _spaces_of(codec: str) -> tuple[str, ...]:
    """The non-ASCII whitespace a decoding with ``codec`` can hold: for a single-byte code page
    those among its 256 characters (cp1251: only NBSP), else any."""
    try:
        characters = bytes(range(256)).decode(codec, errors="replace")
    except LookupError:
        return _NON_ASCII_SPACES
    if len(characters) != 256:  # a multi-byte encoding
        return _NON_ASCII_SPACES
    return tuple(ch for ch in characters if ch >= "\x80" and ch.isspace())


def _tokens(
    text: str, limit: int | None = None, spaces: tuple[str, ...] = _NON_ASCII_SPACES
) -> list[str]:
    """Whitespace-separated tokens containing non-ASCII characters (the first ``limit``):
    ASCII decodes alike in every candidate, so only these carry evidence.

    The tokens are those of the pattern ``\\S*[^\\x00-\\x7f]\\S*``, which may take a non-ASCII
    space as a token's non-ASCII character ("смысла».\\xa0Le" is one token), found in one pass
    by :func:`_tokens_with_spaces`: the pattern itself backtracks over every long ASCII token,
    quadratically. Without non-ASCII whitespace they are exactly the words of ``str.split``
    that are not ASCII — found many times faster. ``spaces`` are the non-ASCII whitespace
    characters ``text`` may contain at all."""
    if any(space in text for space in spaces):
        return list(islice(_tokens_with_spaces(text), limit))
    return list(islice((token for token in text.split() if not token.isascii()), limit))


def _tokens_with_spaces(text: str) -> Iterator[str]:
    """What ``\\S*[^\\x00-\\x7f]\\S*`` finds, left to right, in linear time. A search from a
    run of non-spaces matches when the run holds a non-ASCII character or is followed by a
    non-ASCII space; greedy, it then takes that space and the whole next run too, and the
    next search begins at the space after that run (which may itself start a match)."""
    pieces = _SPACE_SPLIT_RE.split(text)  # runs at even indexes, single spaces between
    run_taken = False  # the run at ``index`` was the tail of the previous token
    for index in range(0, len(pieces), 2):
        run = "" if run_taken else pieces[index]
        space = pieces[index + 1] if index + 1 < len(pieces) else ""
        run_taken = False
        if space and not space.isascii():
            yield run + space + pieces[index + 2]
            run_taken = True
        elif not run.isascii():
            yield run


def _scoring_sample(data: bytes) -> bytes:
    """The whole file if small; else its lines that contain non-ASCII bytes, up to a budget
    (ASCII decodes alike in every candidate, so it carries no evidence)."""
    if len(data) <= SCORING_SAMPLE_BYTES:
        return data
    lines: list[bytes] = []
    size = 0
    for line in data.splitlines():
        if not line.isascii():
            lines.append(line)
            size += len(line) + 1
            if size >= SCORING_SAMPLE_BYTES:
                break
    return b"\n".join(lines)


def _charset_normalizer_matches(sample: bytes) -> list[CharsetMatch]:
    """charset-normalizer's matches, best first (its ranking by chaos and coherence)."""
    from charset_normalizer import from_bytes

    return list(from_bytes(sample))


@lru_cache(maxsize=4096)
def _char_class(ch: str) -> tuple[str, float]:
    """(script, cost) of a non-ASCII character: script is "latin", "cyrillic", "greek",
    "letter" (other scripts) or "" for non-letters; cost is what its mere presence adds."""
    if ch.isalpha():
        name = unicodedata.name(ch, "")
        if name.startswith("LATIN"):
            return "latin", 0.0
        if name.startswith("CYRILLIC"):
            # Letters of neither the Russian nor the Ukrainian alphabet (Serbian "њ", "Џ"…)
            # are what capitals turn into when Mac and Windows Cyrillic are confused.
            return "cyrillic", 0.0 if ch.lower() in _CYRILLIC_FREQ else 4.0
        if name.startswith("GREEK"):
            return "greek", 0.0
        return "letter", 0.5  # a script not modelled here: neither praised nor blamed much
    if ch.isspace() or ch.isdigit() or ch in _PROSE_SYMBOLS:
        return "", 0.0
    category = unicodedata.category(ch)
    if category == "Cc":
        return "", 10.0  # C1 controls: never in text, only in Latin-1 misreadings
    if category in ("Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sc"):
        return "", 1.0  # punctuation, but not of the kind prose uses in these languages
    return "", 3.0  # box drawing, maths, private use…


def implausibility(text: str) -> float:
    """How little ``text`` reads like prose; 0 is perfectly ordinary (see the module
    docstring). Used by other importers to choose between two decodings of the same bytes."""
    return _implausibility(_tokens(text, MAX_SCORED_TOKENS))


def _implausibility(tokens: list[str]) -> float:
    cost = 0.0
    cyrillic_bits = 0.0
    cyrillic_letters = 0
    for token in tokens:
        token_cost, letters, bits = _token_score(token)
        cost += token_cost
        cyrillic_letters += letters
        cyrillic_bits += bits
    if cyrillic_letters:
        excess = cyrillic_bits / cyrillic_letters - _CYRILLIC_EXPECTED_BITS
        cost += max(0.0, excess) * cyrillic_letters
    return cost


@lru_cache(maxsize=16384)
def _token_score(token: str) -> tuple[float, int, float]:
    """(cost, Cyrillic letters, their bits) of one token; cached, as prose repeats words."""
    cost = _token_cost(token)
    letters = 0
    bits = 0.0
    for word in _WORD_RE.findall(token):
        cost += _word_cost(word)
        for ch in word:
            if ch >= "\x80" and _char_class(ch)[0] == "cyrillic":
                letters += 1
                bits += _cyrillic_bits(ch.lower())
    return cost, letters, bits


@lru_cache(maxsize=256)
def _cyrillic_bits(ch: str) -> float:
    return -math.log2(_CYRILLIC_FREQ.get(ch, _CYRILLIC_FLOOR) / 100)


def _token_cost(token: str) -> float:
    """Costly characters, and punctuation wedged between two letters ("«" in "З«ападный" is
    a capital letter read in the wrong code page; an apostrophe there is fine)."""
    cost = 0.0
    last = len(token) - 1
    for i, ch in enumerate(token):
        if ch < "\x80":
            continue
        script, char_cost = _char_class(ch)
        cost += char_cost
        if (
            not script
            and 0 < i < last
            and ch not in _INNER_PUNCTUATION
            and token[i - 1].isalpha()
            and token[i + 1].isalpha()
        ):
            cost += 2.0
    return cost


def _word_cost(word: str) -> float:
    """Mixed scripts and irregular capitals within one word."""
    scripts = {_char_class(ch)[0] if ch >= "\x80" else "latin" for ch in word}
    cost = 0.0
    if len(scripts) > 1:
        cost += 2.0 * len(word)
    if len(word) > 1:
        # Capitals after a lowercase letter: "пРЕЗИДЕНТ" (KOI8-R read as cp1251) costs 8.
        first_lower = next((i for i, ch in enumerate(word) if ch.islower()), len(word))
        cost += 2.0 * sum(1 for ch in word[first_lower + 1 :] if ch.isupper())
        if scripts == {"latin"} and len(word) >= 4:
            accented = sum(1 for ch in word if ch >= "\x80")
            if accented / len(word) > 0.6:
                cost += accented
    return cost

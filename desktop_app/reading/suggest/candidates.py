"""People named in the sources but missing from the codebook: "new speaker?" candidates.

No named-entity model fits (none ships offline in a PyPI wheel for Russian, Ukrainian and
English under a licence a desktop app can carry, at a size worth it), so a capitalised-name rule
does the work:

* Latin script: two or three capitalised words in a row ("Dmytro Kuleba"), none of them a word
  the texts also write in lower case ("Foreign Ministry" is found as "ministry" somewhere) or a
  common title or place word (``NOT_NAMES``);
* Cyrillic: two or three capitalised words in a row, each a name by the dictionary
  (pymorphy3's Name/Surn/Patr tags) or unknown to it, one of them tagged ("Дмитро Кулеба",
  "Сергея Лаврова"), or a single word the dictionary knows only as a surname.

Titles and places before a name are dropped ("Foreign Minister Dmytro Kuleba").

Spellings of one person are grouped by the Latin skeleton of the surname without its ending
(Кулеба, Кулеби, Kuleba → "kuleb"); a lone surname joins the group of a full name. Names that
are aliases of a code already are left out.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from desktop_app.domain.suggestions import NameMention, SpeakerCandidate
from desktop_app.reading.morphology import MorphLanguage, analyser, cyrillic_language, is_cyrillic
from desktop_app.reading.suggest.engine import PreparedReading
from desktop_app.reading.suggest.mentions import find_mentions
from desktop_app.reading.suggest.tokens import Token, Words, fold, latin_skeleton, morph_language

MAX_CANDIDATES = 200
MAX_MENTIONS = 200
NOT_NAMES = frozenset(
    """
    the a an and of in on at for to by mr mrs ms dr sir president prime minister secretary general
    chief spokesman spokeswoman foreign ministry affairs defense defence office council union
    nations united states state republic republics people's european eastern western northern
    southern russian ukrainian american british french german turkish chinese russia ukraine
    america britain france germany turkey china europe west east north south monday tuesday
    wednesday thursday friday saturday sunday january february march april may june july august
    september october november december kremlin white house nato eu un security exit source
    """.split()
)
_TRANSLIT = str.maketrans(
    {
        "а": "a", "б": "b", "в": "v", "г": "h", "ґ": "g", "д": "d", "е": "e", "є": "ie",
        "ё": "e", "ж": "zh", "з": "z", "и": "i", "і": "i", "ї": "i", "й": "i", "к": "k",
        "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t",
        "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "",
        "ы": "y", "ь": "", "э": "e", "ю": "iu", "я": "ia", "'": "", "’": "", "ʼ": "",
    }
)  # fmt: skip


def group_key(surname: str) -> str:
    """Kuleba, Кулеба and Кулеби share "kuleb"; Russian г and Ukrainian г both become h, as
    do Latin g and h, so Sergei/Serhii meet."""
    latin = fold(surname).translate(_TRANSLIT) if is_cyrillic(surname) else fold(surname)
    skeleton = latin_skeleton(latin.replace("g", "h"))
    return skeleton.rstrip("aeiouy") or skeleton


def _name_tags(word: str, morph: MorphLanguage | None) -> set[str]:
    parses = analyser(cyrillic_language(word, morph or "ru")).parse(word)
    return {tag for p in parses[:3] for tag in ("Name", "Surn", "Patr") if tag in p.tag}


def _only_surname(word: str, morph: MorphLanguage | None) -> bool:
    parses = analyser(cyrillic_language(word, morph or "ru")).parse(word)
    return bool(parses) and all("Surn" in p.tag for p in parses)


def _runs(words: list[Token], text: str) -> list[list[Token]]:
    """Runs of capitalised words separated by one space."""
    runs: list[list[Token]] = []
    current: list[Token] = []
    for word in words:
        capital = word.text[:1].isupper() and not word.text.isupper()
        joined = current and text[current[-1].end : word.start] == " "
        if capital and (joined or not current):
            current.append(word)
            continue
        if current:
            runs.append(current)
        current = [word] if capital else []
    if current:
        runs.append(current)
    return runs


def _name_capable(word: str, morph: MorphLanguage | None) -> bool:
    return bool(_name_tags(word, morph)) or not analyser(
        cyrillic_language(word, morph or "ru")
    ).word_is_known(word)


def _trailing(run: list[Token], keep: list[bool]) -> list[Token]:
    """The run's last words that pass: titles and places come first ("Foreign Minister Dmytro
    Kuleba", "МИД Украины Дмитрий Кулеба")."""
    size = 0
    while size < len(run) and keep[len(run) - 1 - size]:
        size += 1
    return run[len(run) - size :][-3:] if size else []


def _names_in_run(
    run: list[Token], lower: set[str], morph: MorphLanguage | None
) -> list[list[Token]]:
    if is_cyrillic(run[0].text):
        name = _trailing(run, [_name_capable(w.text, morph) for w in run])
        if len(name) >= 2 and any(_name_tags(w.text, morph) for w in name):
            return [name]
        if len(run) == 1 and _only_surname(run[0].text, morph):
            return [run]
        return []
    name = _trailing(
        run, [fold(w.text) not in NOT_NAMES and fold(w.text) not in lower for w in run]
    )
    return [name] if name and (len(name) >= 2 or len(run) >= 2) else []


def speaker_candidates(
    sources: Iterable[tuple[int, str, str | None]], reading: PreparedReading
) -> list[SpeakerCandidate]:
    """New-speaker candidates in ``sources`` ((source id, text, language) each), most often
    named first."""
    found: dict[str, list[tuple[int, NameMention, int]]] = defaultdict(list)
    lone: dict[str, list[tuple[int, NameMention, int]]] = defaultdict(list)
    for source_id, text, language in sources:
        morph = morph_language(language)
        words = Words(text, min(len(text), 1_000_000))
        lower = {fold(w.text) for w in words.all if w.text[:1].islower()}
        known = find_mentions(reading.mentions, text, words.all, morph).mentions
        for run in _runs(words.all, text):
            if len(run) == 1 and fold(run[0].text) not in NOT_NAMES | lower:
                word = run[0]
                if not any(m.start < word.end and word.start < m.end for m in known):
                    mention = NameMention(word.start, word.end, word.text)
                    lone[group_key(word.text)].append((source_id, mention, 1))
            for name in _names_in_run(run, lower, morph):
                start, end = name[0].start, name[-1].end
                if any(m.start < end and start < m.end for m in known):
                    continue
                key = group_key(name[-1].text)
                if len(key) < 3:
                    continue
                found[key].append((source_id, NameMention(start, end, text[start:end]), len(name)))
    candidates: list[SpeakerCandidate] = []
    for key, mentions in found.items():
        seen = {(sid, m.start) for sid, m, _ in mentions}
        mentions.extend(x for x in lone.get(key, ()) if (x[0], x[1].start) not in seen)
        mentions.sort(key=lambda x: (x[0], x[1].start))
        full = Counter(m.text for _, m, size in mentions if size > 1)
        if not full:
            continue  # a lone capitalised word is not enough to propose someone
        forms = Counter(m.text for _, m, _ in mentions)
        best = full.most_common(1)[0][0]
        aliases = tuple(f for f, _ in forms.most_common() if f != best)[:8]
        listed = tuple((sid, m) for sid, m, _ in mentions[:MAX_MENTIONS])
        candidates.append(SpeakerCandidate(best, aliases, listed))
    candidates.sort(key=lambda c: (-len(c.mentions), c.name))
    return candidates[:MAX_CANDIDATES]

from __future__ import annotations

from desktop_app.domain.textfold import find_all, fold


def test_cyrillic_case_folds() -> None:
    assert fold("ПУТИН") == fold("путин") == fold("Путин")


def test_diacritics_fold_in_latin_and_cyrillic() -> None:
    assert fold("Café Zürich") == "cafe zurich"
    assert fold("Ёлка") == fold("елка")


def test_find_all_maps_back_to_original_spans() -> None:
    text = "😀 Путин said; ПУТИН again; путин."
    hits = find_all(text, "путин")
    assert [text[s:e] for s, e in hits] == ["Путин", "ПУТИН", "путин"]


def test_expanding_folds_map_to_whole_characters() -> None:
    text = "Die Straße ist STRASSE"
    hits = find_all(text, "strasse")
    assert [text[s:e] for s, e in hits] == ["Straße", "STRASSE"]


def test_empty_needle_finds_nothing() -> None:
    assert find_all("anything", "  ") == []


def test_whole_text_folding_equals_per_character_folding() -> None:
    from desktop_app.domain.textfold import _fold_char

    characters = [chr(c) for c in range(0x10000) if not 0xD800 <= c < 0xE000]
    different = [ch for ch in characters if fold(ch) != _fold_char(ch)]
    assert different == []
    mixed = "Ёлка ПУТИН Straße café ǅ ﬁ Σίσυφος 𝕏 😀 İstanbul Å ẞ й"
    assert fold(mixed) == "".join(_fold_char(ch) for ch in mixed)


def test_the_byte_level_mark_stripping_knows_where_marks_are() -> None:
    """The lead bytes ``fold`` lets through without the table name blocks without combining
    marks; the marks it strips from bytes (lead 0xCC) are all combining."""
    import unicodedata

    from desktop_app.domain import textfold

    def block(lead: int, second: int | None = None) -> range:
        if lead < 0xE0:
            start = (lead & 0x1F) << 6
            return range(start, start + 0x40)
        if second is None:
            start = (lead & 0x0F) << 12
            return range(start, start + 0x1000)
        start = ((lead & 0x0F) << 12) | ((second & 0x3F) << 6)
        return range(start, start + 0x40)

    def marks(code_points: range) -> list[int]:
        return [
            c for c in code_points if not 0xD800 <= c < 0xE000 and unicodedata.combining(chr(c))
        ]

    for lead in textfold._LEADS_WITHOUT_MARKS:
        assert marks(block(lead)) == [], hex(lead)
    assert len(marks(block(textfold._MARK_LEAD))) == 0x40
    flagged = {bytes_[1] for bytes_ in textfold._E2_SUB_BLOCKS_WITH_MARKS}
    for second in range(0x80, 0xC0):
        assert bool(marks(block(0xE2, second))) == (second in flagged), hex(second)
    assert marks(range(0x1F000, 0x20000)) == []


def test_folding_takes_the_table_for_rarer_marks() -> None:
    from desktop_app.domain.textfold import _fold_char

    # Cyrillic titlo (U+0483), Hebrew points, combining enclosing circle (U+20DD), grapheme
    # joiner (U+034F, not a combining mark: kept), Greek letters next to marks.
    for text in ("Ѿ҃ ПУТИН", "שָׁלוֹם Café", "A\u20dd é", "a\u034fé", "Ͱ é", "Ё 😀 \U000101fd"):
        assert fold(text) == "".join(_fold_char(ch) for ch in text)


def test_one_to_one_texts_find_the_same_spans_as_the_character_map() -> None:
    import random

    from desktop_app.domain.textfold import _folds_one_to_one, fold_with_map

    def by_map(text: str, needle: str) -> list[tuple[int, int]]:
        folded, origin = fold_with_map(text)
        wanted, found, start = fold(needle), [], 0
        if not wanted:  # a needle of combining marks alone finds nothing
            return []
        while (start := folded.find(wanted, start)) != -1:
            found.append((origin[start], origin[start + len(wanted) - 1] + 1))
            start += len(wanted)
        return found

    rng = random.Random(11)
    one_to_one = "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВЁЙЪ aAeEéÉüÜçÇ ΣσςΆά 😀—«»"
    expanding = "ßẞﬁİǅ\u0301\u0308각🄀𝕏"
    for alphabet, expected in ((one_to_one, True), (one_to_one + expanding, False)):
        for _ in range(300):
            text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 60)))
            start = rng.randrange(len(text))
            needle = text[start : start + rng.randint(1, 4)]
            assert find_all(text, needle) == by_map(text, needle), (text, needle)
            if expected:
                assert _folds_one_to_one(text)
        assert _folds_one_to_one(alphabet) is expected

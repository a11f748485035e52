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

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

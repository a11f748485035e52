"""The language model unpacked once into the user's cache and mapped from there: the same
answers as py3langid's own loading, the cache reused, a broken or unwritable cache harmless."""

from __future__ import annotations

from pathlib import Path

import pytest
from py3langid import modelio
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from desktop_app.importers import langid_model
from tests.importers.labelled_languages import labelled_texts


def _answers(identifier: object) -> list[tuple[str, float]]:
    classify = identifier.classify  # type: ignore[attr-defined]
    return [classify(part) for _, text in labelled_texts() for part in (text[:200], text[:2000])]


def test_the_cached_model_answers_exactly_as_py3langid_loads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    reference = _answers(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
    first = langid_model.load_identifier()  # unpacks, and writes the cache
    assert langid_model.cache_path().is_file()

    def no_unpacking(path: Path) -> None:
        raise AssertionError(f"{path} was unpacked again")

    monkeypatch.setattr(modelio, "load_model", no_unpacking)
    second = langid_model.load_identifier()  # from the cache alone
    assert _answers(first) == reference
    assert _answers(second) == reference


def test_a_cache_cut_short_is_made_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PARLEY_CACHE_DIR", str(tmp_path))
    langid_model.load_identifier()
    cached = langid_model.cache_path()
    whole = cached.read_bytes()
    cached.write_bytes(whole[: len(whole) // 3])
    identifier = langid_model.load_identifier()
    assert identifier.classify("Правительство России в среду одобрило проект бюджета")[0] == "ru"
    assert cached.read_bytes() == whole
    assert [p.name for p in tmp_path.iterdir()] == [cached.name]  # no half-written leftovers


def test_an_unwritable_cache_folder_only_means_the_slow_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the cache folder would be")
    monkeypatch.setenv("PARLEY_CACHE_DIR", str(blocker / "cache"))
    identifier = langid_model.load_identifier()
    assert (
        identifier.classify("The government said on Monday that the talks would go on")[0] == "en"
    )


def test_another_models_copy_is_replaced_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PARLEY_CACHE_DIR", str(tmp_path))
    stale = tmp_path / "py3langid-model-1-0123456789abcdef.bin"
    stale.write_bytes(b"an older py3langid's model")
    langid_model.load_identifier()
    assert [p.name for p in tmp_path.iterdir()] == [langid_model.cache_path().name]

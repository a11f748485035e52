"""How sure the encoding detection was, in Ukrainian and Russian: every confidence the
importers store — over the labelled encoding corpus, HTML pages with and without a declared
charset, and the analyst's own choice — is a form ``shown_confidence`` knows, so Source Details
never shows a Ukrainian line ending in "low (KOI8-R reads almost as well)"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.errors import ImportRefused
from desktop_app.importers.charsets import CHOSEN, decode_text
from desktop_app.importers.confidence_text import shown_confidence
from desktop_app.importers.htmlhead import decode_html
from tests.importers.encoding_corpus import samples

# The English level words of a stored confidence; none may be left in a translated one.
ENGLISH = re.compile(r"\b(certain|high|likely|low|reads|declared|mark|chosen|letters)\b")


def stored_confidences(tmp_path: Path) -> set[str]:
    found = {CHOSEN}
    for sample in samples():
        path = tmp_path / f"{sample.name}.txt"
        data = sample.text.encode(sample.encoding)
        try:
            found.add(decode_text(data, path).confidence)
        except ImportRefused:  # a refused sample stores no confidence
            continue
    page = "<html><head>{}</head><body><p>Заявление президента о переговорах.</p></body></html>"
    for head, encoding in (
        ('<meta charset="windows-1251">', "cp1251"),
        ("", "cp1251"),
        ('<meta charset="utf-8">', "utf-8"),
    ):
        data = page.format(head).encode(encoding)
        found.add(decode_html(data, tmp_path / "page.html").confidence)
    mostly = page.format('<meta charset="utf-8">').encode() + "Ещё текст".encode() * 40 + b"\xff"
    found.add(decode_html(mostly, tmp_path / "page.html").confidence)
    return found


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_every_stored_confidence_reads_in_the_language(code: str, tmp_path: Path) -> None:
    stored = stored_confidences(tmp_path)
    assert len(stored) >= 8  # the corpus reaches certain, high, likely and low forms
    with i18n.language(code):
        shown = {confidence: shown_confidence(confidence) for confidence in stored}
    english = {s: t for s, t in shown.items() if ENGLISH.search(t)}
    assert english == {}
    assert all(re.search("[а-яіїєґ]", text) for text in shown.values()), shown


def test_english_is_the_stored_text_and_fields_are_carried_over() -> None:
    assert shown_confidence("low (KOI8-R reads almost as well)") == (
        "low (KOI8-R reads almost as well)"
    )
    with i18n.language("uk"):
        assert shown_confidence("low (KOI8-R reads almost as well)") == (
            "низька (KOI8-R читається майже так само добре)"
        )
        assert shown_confidence("high (declared by the page; 3 invalid replaced)").endswith(": 3)")
        # A form this Parley does not know (a newer one's) is shown as stored.
        assert shown_confidence("fairly sure (a new rule)") == "fairly sure (a new rule)"

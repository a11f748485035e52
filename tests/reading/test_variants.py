"""The token diff and the quotation finder behind Variants and quote fidelity, on real texts."""

from __future__ import annotations

from desktop_app.domain.variants import ChangeKind, DiffOp
from desktop_app.reading.variants import (
    QuoteItem,
    alike,
    compare,
    direct_quote,
    quote_pairs,
    quoted_spans,
    tokens,
)
from tests.conftest import CORPUS_FILES

NEWSWEEK_WORDING = (
    "it must be from the entire territory of these regions within their administrative "
    "borders as they existed at the time of their incorporation into Ukraine"
)
FEED_WORDING = (
    "specifically from the entire territory of these regions within their administrative "
    "borders as they existed when they joined Ukraine"
)


def _diff(reference: str, wording: str, language: str = "en") -> list[tuple[str, str, str, str]]:
    found = compare(tokens(reference, language), tokens(wording, language), reference, wording)
    return [(d.op.value, d.reference, d.wording, d.kind.value) for d in found]


def test_the_two_corpus_reports_word_putins_borders_sentence_differently() -> None:
    texts = {path.name: path.read_text(encoding="utf-8") for path in CORPUS_FILES}
    assert any(NEWSWEEK_WORDING in text for text in texts.values())
    assert any(FEED_WORDING in text for text in texts.values())
    reference, wording = tokens(NEWSWEEK_WORDING, "en"), tokens(FEED_WORDING, "en")
    assert alike([t.key for t in reference], [t.key for t in wording]) > 0.5
    differences = _diff(NEWSWEEK_WORDING, FEED_WORDING)
    assert ("changed", "at the time of their incorporation into", "when they joined", "") in (
        differences
    )
    assert differences[0][:3] == ("changed", "it must be", "specifically")
    assert differences[0][3] == ChangeKind.MODAL.value  # "must" went


def test_omitted_and_added_words_and_their_positions() -> None:
    reference = "peace talks would require the lifting of Western sanctions"
    wording = "talks would require the lifting of sanctions on Russia"
    found = compare(tokens(reference), tokens(wording), reference, wording)
    assert [(d.op, d.reference, d.wording) for d in found] == [
        (DiffOp.OMITTED, "peace", ""),
        (DiffOp.OMITTED, "Western", ""),
        (DiffOp.ADDED, "", "on Russia"),
    ]
    western = found[1]
    assert reference[slice(*western.reference_span)] == "Western"
    assert wording[slice(*found[2].wording_span)] == "on Russia"
    assert found[2].as_text() == "adds (place name): on Russia"
    assert found[0].as_text() == "omits: peace"


def test_kinds_of_change_are_named_where_clear() -> None:
    cases = {
        ("Putin demanded a withdrawal", "Putin asked for a withdrawal"): ChangeKind.CUE,
        ("Troops must leave Kyiv now", "Troops could leave Kyiv now"): ChangeKind.MODAL,
        ("Troops must leave Kyiv now", "Troops must leave Kiev now"): ChangeKind.PLACE,
        ("He named 4 regions in 2022", "He named 5 regions in 2022"): ChangeKind.NUMBER,
        ("said Dmitry Peskov today", "said Maria Zakharova today"): ChangeKind.NAME,
        ("a very long speech", "a lengthy speech"): ChangeKind.WORDS,
    }
    for (reference, wording), kind in cases.items():
        found = compare(tokens(reference), tokens(wording), reference, wording)
        assert [d.kind for d in found] == [kind], (reference, wording)
        assert found[0].op == DiffOp.CHANGED


def test_russian_is_compared_by_dictionary_forms() -> None:
    reference = "Путин потребовал вывода украинских войск из новых регионов"
    inflected = "Путина потребовали вывод украинские войска из новых регионах"
    assert _diff(reference, inflected, "ru") == []
    changed = "Путин попросил вывода украинских войск из новых регионов"
    assert _diff(reference, changed, "ru") == [
        ("changed", "потребовал", "попросил", ChangeKind.CUE.value)
    ]
    to_kiev = "Путин потребовал вывода украинских войск из Киева"
    assert _diff(reference, to_kiev, "ru")[0][3] == ChangeKind.PLACE.value


def test_quotations_in_every_style_and_over_paragraphs() -> None:
    text = (
        "He said: “one two three.” Then «четыре „пять“ шесть», „sieben acht“ and "
        '"nine ten". Russia’s plan and the ‘eleven twelve’ words.\n'
        "“Open quote running to the end of its paragraph\n“and on again.”"
    )
    found = [text[s:e] for s, e in quoted_spans(text)]
    assert found == [
        "one two three.",
        "четыре „пять“ шесть",
        "sieben acht",
        "nine ten",
        "eleven twelve",
        "Open quote running to the end of its paragraph",
        "and on again.",
    ]
    spans = quoted_spans(text)
    starts = [s for s, _ in spans]
    said = text.index("said")
    quote = text.index("one")
    # A passage coded with the quotation marks around it: the words inside them.
    assert direct_quote(spans, starts, said, text.index("Then")) == (quote, quote + 14)
    # A passage coded inside a quotation: itself.
    assert direct_quote(spans, starts, quote + 4, quote + 7) == (quote + 4, quote + 7)
    plain = text.index("Then")
    assert direct_quote(spans, starts, plain, plain + 4) is None


def test_quote_fidelity_finds_a_dropped_word_and_ignores_where_quotes_start() -> None:
    items = [
        QuoteItem(1, 10, "We will do it immediately. We will guarantee the uninterrupted and "
                  "safe withdrawal of Ukrainian forces."),
        QuoteItem(1, 11, "We will guarantee the safe withdrawal of Ukrainian forces."),
        QuoteItem(1, 12, "guarantee the uninterrupted and safe withdrawal"),  # shorter, same words
        QuoteItem(2, 13, "We will guarantee the safe withdrawal of Ukrainian forces."),
        QuoteItem(1, 10, "We will guarantee the safe withdrawal of Ukrainian forces."),
    ]  # fmt: skip
    pairs = quote_pairs(items)
    assert [(a, b) for a, b, _ in pairs] == [(0, 1)]  # another speaker, the same source: no pair
    (difference,) = pairs[0][2]
    assert (difference.op, difference.reference, difference.wording) == (
        DiffOp.OMITTED,
        "uninterrupted and",
        "",
    )


def test_a_short_change_at_a_quotes_end_is_a_mismatch() -> None:
    pairs = quote_pairs(
        [QuoteItem(1, 1, "We will do it immediately"), QuoteItem(1, 2, "We will do it at once")]
    )
    assert [(d.op, d.reference, d.wording) for d in pairs[0][2]] == [
        (DiffOp.CHANGED, "immediately", "at once")
    ]

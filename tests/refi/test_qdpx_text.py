"""Decoding, normal form and position conventions of REFI-QDA plain-text sources; the GUID and
code-description vocabulary shared by reader and writer."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.domain.model import SpeakerDetails
from desktop_app.domain.refi_vocabulary import (
    format_code_description,
    normalise_guid,
    parse_code_description,
    split_aliases,
)
from desktop_app.importers import qdpx_text

CRLF_TEXT = "Line one\r\nПутин 🙂 said\r\nthe end"


def _map(raw: str, label: str, bom: bool = False) -> qdpx_text.PositionMap:
    maps = qdpx_text.candidate_maps(qdpx_text.DecodedText(raw, bom, 0))
    return next(m for m in maps if m.label == label)


def test_normal_form_has_only_newlines_and_no_controls() -> None:
    raw = "a\r\nb\rc\u2028d\x00e\x0cf\tg"
    assert qdpx_text.normalise(raw) == "a\nb\nc\nde\nf\tg"
    assert qdpx_text.normalise("plain 🙂 text\n") == "plain 🙂 text\n"


def test_positions_counting_crlf_as_two_map_into_normalised_text() -> None:
    text = qdpx_text.normalise(CRLF_TEXT)
    standard = _map(CRLF_TEXT, qdpx_text.STANDARD)
    start = CRLF_TEXT.index("Путин")
    end = CRLF_TEXT.index("the end") + len("the end")
    assert text[standard(start) : standard(end)] == "Путин 🙂 said\nthe end"
    # A boundary between CR and LF keeps the line break out of the span.
    assert text[standard(0) : standard(CRLF_TEXT.index("\n"))] == "Line one"


def test_positions_counting_crlf_as_one_map_into_normalised_text() -> None:
    text = qdpx_text.normalise(CRLF_TEXT)
    collapsed = CRLF_TEXT.replace("\r\n", "\n")
    as_one = _map(CRLF_TEXT, qdpx_text.CRLF_AS_ONE)
    start = collapsed.index("Путин")
    assert text[as_one(start) : as_one(start + 5)] == "Путин"


def test_dropped_controls_shift_later_positions() -> None:
    raw = "a\x00b\r\nПутин"
    text = qdpx_text.normalise(raw)
    standard = _map(raw, qdpx_text.STANDARD)
    start = raw.index("Путин")
    assert text[standard(start) : standard(start + 5)] == "Путин"


def test_a_text_without_cr_or_bom_has_one_convention() -> None:
    maps = qdpx_text.candidate_maps(qdpx_text.DecodedText("one\ntwo", False, 0))
    assert [m.label for m in maps] == [qdpx_text.STANDARD]
    assert maps[0](5) == 5


@pytest.mark.parametrize(
    ("label", "positions"),
    [
        (qdpx_text.STANDARD, lambda raw, s, e: (s, e)),
        (
            qdpx_text.CRLF_AS_ONE,
            lambda raw, s, e: (s - raw[:s].count("\r\n"), e - raw[:e].count("\r\n")),
        ),
    ],
)
def test_names_decide_the_convention(
    label: str, positions: Callable[[str, int, int], tuple[int, int]]
) -> None:
    raw = "Intro\r\n" * 5 + "Putin named conditions.\r\nZelensky rejected them."
    text = qdpx_text.normalise(raw)
    spans = [("Putin named conditions.", 0), ("Zelensky rejected", 0), ("Intro", 3)]
    selections = []
    for quote, skip in spans:
        index = -1
        for _ in range(skip + 1):
            index = raw.index(quote, index + 1)
        start, end = positions(raw, index, index + len(quote))
        selections.append((start, end, quote))
    chosen = qdpx_text.choose_map(
        text, qdpx_text.candidate_maps(qdpx_text.DecodedText(raw, False, 0)), selections
    )
    assert chosen.label == label
    for start, end, quote in selections:
        assert text[chosen(start) : chosen(end)] == quote


def test_without_telling_names_the_standard_convention_wins() -> None:
    maps = qdpx_text.candidate_maps(qdpx_text.DecodedText(CRLF_TEXT, False, 0))
    chosen = qdpx_text.choose_map(qdpx_text.normalise(CRLF_TEXT), maps, [(0, 4, "Quotation 1:1")])
    assert chosen.label == qdpx_text.STANDARD


@pytest.mark.parametrize(
    ("name", "matches"),
    [
        ("Путин 🙂 said\r\nthe end", True),  # white space squeezed on both sides
        ("Путин 🙂 sa…", True),  # truncated with an ellipsis
        ("Путин 🙂 said...", True),
        ("Путин 🙂 sai", True),  # cut without an ellipsis, long enough to count
        ("Пу", False),  # too short a prefix to tell anything
        ("something else", False),
        ("", False),
    ],
)
def test_name_matching(name: str, matches: bool) -> None:
    text = qdpx_text.normalise(CRLF_TEXT)
    start = text.index("Путин")
    assert qdpx_text.name_matches(text, start, len(text), name) is matches


def test_decoding_drops_a_bom_and_reports_undecodable_bytes() -> None:
    with_bom = qdpx_text.decode(b"\xef\xbb\xbfabc")
    assert (with_bom.raw, with_bom.had_bom, with_bom.replaced) == ("abc", True, 0)
    broken = qdpx_text.decode(b"ok \xff\xfe\xfd end \xef\xbf\xbd")
    assert broken.replaced == 3
    assert broken.raw.endswith("end \ufffd")
    utf16 = qdpx_text.decode("Путин".encode("utf-16"))
    assert utf16.raw == "Путин"


def test_a_bom_counted_as_character_zero_is_a_candidate() -> None:
    maps = qdpx_text.candidate_maps(qdpx_text.DecodedText("abc def", True, 0))
    counted = next(m for m in maps if m.label.endswith("BOM counted"))
    assert (counted(0), counted(1), counted(5)) == (0, 0, 4)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("6F1D3C52-2B7E-4E8A-9C41-7A0D8E5B3F10", "6f1d3c52-2b7e-4e8a-9c41-7a0d8e5b3f10"),
        ("{6f1d3c52-2b7e-4e8a-9c41-7a0d8e5b3f10}", "6f1d3c52-2b7e-4e8a-9c41-7a0d8e5b3f10"),
        (" {6F1D3C52-2B7E-4E8A-9C41-7A0D8E5B3F10} ", "6f1d3c52-2b7e-4e8a-9c41-7a0d8e5b3f10"),
        ("code-1", None),
        ("", None),
        (None, None),
    ],
)
def test_guid_spellings(raw: str | None, expected: str | None) -> None:
    assert normalise_guid(raw) == expected


def test_code_details_round_trip_through_a_description() -> None:
    speaker = SpeakerDetails(
        aliases=("Путин", "Putin; V.", "back\\slash"),
        role="President\nof Russia",
        affiliation="Kremlin",
        side="Russia",
    )
    text = format_code_description("Named the terms.\nTwice.", "Territory", speaker)
    assert "Aliases: Путин; Putin\\; V.; back\\\\slash" in text
    parsed = parse_code_description(text)
    assert parsed.body == "Named the terms.\nTwice."
    assert parsed.category == "Territory"
    assert parsed.speaker() == speaker


def test_descriptions_without_details_stay_whole() -> None:
    assert format_code_description("Just text.") == "Just text."
    parsed = parse_code_description("Just text.\nRole of NATO: unclear")
    assert parsed.body == "Just text.\nRole of NATO: unclear"
    assert parsed.fields == {}
    only = parse_code_description(format_code_description("", speaker=SpeakerDetails(side="West")))
    assert (only.body, only.speaker().side) == ("", "West")


def test_aliases_split_on_unescaped_semicolons() -> None:
    assert split_aliases("a; b\\;c ;; d") == ("a", "b;c", "d")


@pytest.mark.parametrize(
    ("data", "plain"),
    [
        (b'<?xml version="1.0" encoding="utf-8"?>\n<Project/>', True),
        (b"\xef\xbb\xbf<!-- c --><?pi x?>\r\n<Project/>", True),
        (b"<Project/>", True),
        (b"<!DOCTYPE Project><Project/>", False),
        (b'<?xml version="1.0"?><!-- c --><!DOCTYPE P []><P/>', False),
        (b'<?xml version="1.0" encoding="UTF-16"?><Project/>', False),
        ('<?xml version="1.0"?><Project/>'.encode("utf-16"), False),
        (b"<?xml version='1.0'", False),
        (b"<!-- never closed", False),
        (b"", False),
        (b"garbage", False),
    ],
)
def test_only_a_prolog_without_any_dtd_takes_the_fast_parser(data: bytes, plain: bool) -> None:
    from desktop_app.importers.qdpx_xml import prolog_without_dtd

    assert prolog_without_dtd(data) is plain

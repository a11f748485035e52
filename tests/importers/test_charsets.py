"""Legacy-encoding scoring: the faster word split finds the same evidence as the regex did."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from desktop_app.importers import charsets
from tests.importers.samples import RU_PARAGRAPH, UK_PARAGRAPH, WESTERN_PARAGRAPH


def test_split_agrees_with_the_regex_on_whitespace() -> None:
    spaces = re.compile(r"\s")
    characters = (chr(c) for c in range(0x3100))
    assert [ch for ch in characters if bool(spaces.fullmatch(ch)) != ch.isspace()] == []


def test_non_ascii_spaces_are_all_known() -> None:
    spaces = [chr(c) for c in range(0x80, 0x110000) if chr(c).isspace()]
    assert list(charsets._NON_ASCII_SPACES) == spaces


@pytest.mark.parametrize(
    "text",
    [
        f"{RU_PARAGRAPH} {WESTERN_PARAGRAPH}\r\nabc\x1c{UK_PARAGRAPH}\n\tZürich",
        # Non-ASCII whitespace: the pattern makes it part of a token ("смысла».\xa0Le").
        f"{RU_PARAGRAPH}\u00a0{WESTERN_PARAGRAPH}\u2003abc a\xa0b\xa0c\x85 {UK_PARAGRAPH}",
    ],
)
def test_tokens_are_what_the_pattern_finds(text: str) -> None:
    expected = re.findall(r"\S*[^\x00-\x7f]\S*", text)
    assert charsets._tokens(text) == expected
    assert charsets._tokens(text, 7) == expected[:7]


def test_a_long_cp1251_text_is_scored_on_its_first_words_and_decoded_whole() -> None:
    text = "\n".join([RU_PARAGRAPH] * 200 + [UK_PARAGRAPH])
    data = text.encode("cp1251")
    assert len(data) > charsets.SCORING_SAMPLE_BYTES
    decoded = charsets.decode_text(data, charsets.Path("ru.txt"))
    assert (decoded.text, decoded.encoding, decoded.warnings) == (text, "cp1251", ())
    text = "\n".join([UK_PARAGRAPH.replace("«", "").replace("»", "")] * 300)
    decoded = charsets.decode_text(text.encode("koi8-u"), charsets.Path("uk.txt"))
    assert (decoded.text, decoded.encoding) == (text, "koi8-u")


def test_a_code_page_names_the_non_ascii_spaces_it_can_decode_to() -> None:
    assert charsets._spaces_of("cp1251") == ("\xa0",)
    assert charsets._spaces_of("latin-1") == ("\x85", "\xa0")
    assert charsets._spaces_of("gb18030") == charsets._NON_ASCII_SPACES
    text = RU_PARAGRAPH.replace(" — ", "\xa0— ")
    decoded = text.encode("cp1251").decode("cp1251")
    expected = re.findall(r"\S*[^\x00-\x7f]\S*", decoded)
    assert charsets._tokens(decoded, None, charsets._spaces_of("cp1251")) == expected


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab é\xa0\u2003\x85\t\n\x1c.»"), max_size=40))
def test_tokens_match_the_pattern_for_any_mix_of_spaces(text: str) -> None:
    """The one-pass token finder is the backtracking pattern's exact equal, without its cost."""
    expected = re.findall(r"\S*[^\x00-\x7f]\S*", text)
    assert charsets._tokens(text, 10_000) == expected


def test_bytes_beyond_the_scoring_sample_undefined_in_the_chosen_code_page_are_counted() -> None:
    # Only the first 64 KiB of non-ASCII lines are scored; a byte cp1251 leaves undefined
    # after them is replaced and said, not a crash.
    data = (RU_PARAGRAPH + "\n").encode("cp1251") * 400 + b"\x98 end\n"
    decoded = charsets.decode_text(data, Path("long.txt"))
    assert decoded.encoding == "cp1251"
    assert decoded.text.endswith("\ufffd end\n")
    assert decoded.warnings == ("1 byte(s) undefined in cp1251 were replaced with “\ufffd”",)


@pytest.mark.parametrize(
    ("codec", "text"),
    [("iso2022_jp", "政府は予算案を決定した。"), ("iso2022_kr", "정부는 예산안을 의결했다.")],
)
def test_seven_bit_iso2022_text_is_read_not_refused_as_binary(codec: str, text: str) -> None:
    decoded = charsets.decode_text(text.encode(codec), Path("x.txt"))
    assert (decoded.text, decoded.warnings) == (text, ())
    assert decoded.confidence.startswith("certain (ISO-2022")


@pytest.mark.parametrize("codec", ["utf-32-le", "utf-32-be"])
def test_utf32_without_bom_is_read_with_a_note_not_refused_as_nul_bytes(codec: str) -> None:
    decoded = charsets.decode_text(UK_PARAGRAPH.encode(codec), Path("x.txt"))
    label = codec.upper().replace("-LE", " LE").replace("-BE", " BE")
    assert (decoded.text, decoded.encoding) == (UK_PARAGRAPH, label)
    assert decoded.warnings == (f"the file has no byte-order mark; it was read as {label}",)

"""Plain-text files: every encoding the product promises, decoded exactly and reported."""

from __future__ import annotations

import codecs

import pytest

from desktop_app.importers.loader import load_document
from tests.importers.conftest import WriteFile
from tests.importers.samples import (
    EN_PARAGRAPH,
    RU_PARAGRAPH,
    RU_SECOND_PARAGRAPH,
    RU_SHORT,
    UK_PARAGRAPH,
    WESTERN_PARAGRAPH,
)

RU_NEWS = f"Путин назвал условия переговоров\n\n{RU_PARAGRAPH}\n\n{RU_SECOND_PARAGRAPH}\n"


def test_utf8_without_bom(write_file: WriteFile) -> None:
    doc = load_document(write_file("news.txt", RU_NEWS.encode("utf-8")))
    assert doc.text == RU_NEWS
    assert doc.variables == {"encoding": "utf-8", "encoding_confidence": "certain (valid UTF-8)"}
    assert doc.warnings == ()
    assert doc.meta.title == "Путин назвал условия переговоров"
    assert doc.meta.language == "ru"
    assert doc.file_format == "txt"
    assert doc.original_name == "news.txt"


def test_utf8_with_bom_drops_the_bom(write_file: WriteFile) -> None:
    doc = load_document(write_file("news.txt", codecs.BOM_UTF8 + RU_NEWS.encode("utf-8")))
    assert doc.text == RU_NEWS
    assert doc.variables["encoding"] == "UTF-8"


@pytest.mark.parametrize(
    ("bom", "codec", "label"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le", "UTF-16 LE"),
        (codecs.BOM_UTF16_BE, "utf-16-be", "UTF-16 BE"),
        (codecs.BOM_UTF32_LE, "utf-32-le", "UTF-32 LE"),
    ],
)
def test_utf16_and_utf32_with_bom(
    write_file: WriteFile, bom: bytes, codec: str, label: str
) -> None:
    text = f"{EN_PARAGRAPH}\r\n\r\n{RU_PARAGRAPH}\r\nEmoji after: 😀 done\r\n"
    doc = load_document(write_file("wide.txt", bom + text.encode(codec)))
    assert doc.text == text.replace("\r\n", "\n")
    assert doc.variables["encoding"] == label
    assert doc.warnings == ()


def test_utf16_without_bom_is_recognised_and_reported(write_file: WriteFile) -> None:
    doc = load_document(write_file("nobom.txt", EN_PARAGRAPH.encode("utf-16-le")))
    assert doc.text == EN_PARAGRAPH
    assert doc.variables["encoding"] == "UTF-16 LE"
    assert doc.warnings == ("the file has no byte-order mark; it was read as UTF-16 LE",)


@pytest.mark.parametrize("codec", ["cp1251", "koi8-r", "mac-cyrillic"])
def test_russian_single_byte_encodings(write_file: WriteFile, codec: str) -> None:
    text = RU_NEWS.replace("«", '"').replace("»", '"')  # KOI8-R has no guillemets
    doc = load_document(write_file("ru.txt", text.encode(codec)))
    assert doc.text == text
    assert doc.variables["encoding"] == codec
    assert doc.warnings == ()
    assert doc.meta.language == "ru"


def test_cp1251_with_guillemets_and_dashes(write_file: WriteFile) -> None:
    text = f"{RU_PARAGRAPH} — {RU_SECOND_PARAGRAPH}"
    doc = load_document(write_file("ru.txt", text.encode("cp1251")))
    assert doc.text == text
    assert doc.variables["encoding"] == "cp1251"


def test_ukrainian_cp1251_and_koi8u(write_file: WriteFile) -> None:
    doc = load_document(write_file("uk.txt", UK_PARAGRAPH.encode("cp1251")))
    assert (doc.text, doc.variables["encoding"]) == (UK_PARAGRAPH, "cp1251")
    text = UK_PARAGRAPH.replace("«", '"').replace("»", '"')
    doc = load_document(write_file("uk8.txt", text.encode("koi8-u")))
    assert (doc.text, doc.variables["encoding"]) == (text, "koi8-u")
    assert doc.meta.language == "uk"


def test_short_cp1251_sentence_is_decoded_right(write_file: WriteFile) -> None:
    doc = load_document(write_file("short.txt", RU_SHORT.encode("cp1251")))
    assert doc.text == RU_SHORT
    assert doc.variables["encoding"] == "cp1251"


def test_short_all_capitals_cp1251_headline(write_file: WriteFile) -> None:
    headline = "ПУТИН НАЗВАЛ УСЛОВИЯ ДЛЯ НАЧАЛА МИРНЫХ ПЕРЕГОВОРОВ"
    doc = load_document(write_file("caps.txt", headline.encode("cp1251")))
    assert (doc.text, doc.variables["encoding"]) == (headline, "cp1251")


def test_cp1252_typographic_quotes_and_accents(write_file: WriteFile) -> None:
    doc = load_document(write_file("fr.txt", WESTERN_PARAGRAPH.encode("cp1252")))
    assert doc.text == WESTERN_PARAGRAPH
    assert doc.variables["encoding"] == "cp1252"
    assert doc.warnings == ()


def test_latin1_text(write_file: WriteFile) -> None:
    text = "Grüße aus Köln: Der Präsident äußerte sich zur Lage. Ça suffit, señor."
    doc = load_document(write_file("de.txt", text.encode("latin-1")))
    assert doc.text == text
    assert doc.variables["encoding"] in {"cp1252", "latin-1"}  # identical for these bytes


def test_crlf_and_cr_line_endings_become_lf(write_file: WriteFile) -> None:
    doc = load_document(write_file("crlf.txt", b"Title line\r\n\r\nBody one\r\nBody two\r\n"))
    assert doc.text == "Title line\n\nBody one\nBody two\n"
    doc = load_document(write_file("cr.txt", b"Title line\r\rBody one\rBody two\r"))
    assert doc.text == "Title line\n\nBody one\nBody two\n"


def test_title_is_first_non_empty_line_trimmed(write_file: WriteFile) -> None:
    long_title = "Word " * 40
    doc = load_document(write_file("t.txt", f"\n   \n  {long_title}\nbody text follows here"))
    assert doc.meta.title == ("Word " * 23).strip() + "…"
    assert len(doc.meta.title) <= 120
    assert doc.text == f"\n   \n  {long_title}\nbody text follows here"


def test_sha256_is_of_the_original_bytes(write_file: WriteFile) -> None:
    import hashlib

    data = codecs.BOM_UTF8 + b"Same text\r\n"
    doc = load_document(write_file("h.txt", data))
    assert doc.sha256 == hashlib.sha256(data).hexdigest()


def test_a_few_stray_control_characters_are_removed_with_a_warning(write_file: WriteFile) -> None:
    text = EN_PARAGRAPH + "\x00" + EN_PARAGRAPH
    doc = load_document(write_file("nul.txt", text.encode("utf-8")))
    assert doc.text == EN_PARAGRAPH + EN_PARAGRAPH
    assert doc.warnings == ("1 control character(s) that cannot be displayed were removed",)


def test_dot_text_suffix_and_upper_case_suffix(write_file: WriteFile) -> None:
    assert load_document(write_file("a.text", "Hello there")).text == "Hello there"
    assert load_document(write_file("B.TXT", "Hello again")).text == "Hello again"


def test_mojibake_is_text_not_binary(write_file: WriteFile) -> None:
    # UTF-8 once read as Latin-1 and saved as UTF-8 again: "’" became "â\x80\x99".
    garbled = "Kyiv’s answer: “no”. " * 20
    data = garbled.encode("utf-8").decode("latin-1").encode("utf-8")
    doc = load_document(write_file("mojibake.txt", data))
    assert doc.text == garbled.encode("utf-8").decode("latin-1").translate(
        dict.fromkeys(range(0x80, 0xA0))
    )
    assert doc.warnings == ("120 control character(s) that cannot be displayed were removed",)


def test_greek_and_central_european_code_pages_are_found_beyond_the_usual_ones(
    write_file: WriteFile,
) -> None:
    greek = (
        "Ο Ρώσος πρόεδρος Βλαντιμίρ Πούτιν έθεσε την Παρασκευή όρους για ειρηνευτικές "
        "συνομιλίες με την Ουκρανία, ζητώντας την αποχώρηση των ουκρανικών στρατευμάτων."
    )
    doc = load_document(write_file("el.txt", greek.encode("cp1253")))
    assert (doc.text, doc.variables["encoding"], doc.warnings) == (greek, "cp1253", ())
    polish = (
        "Prezydent Rosji Władimir Putin postawił w piątek warunki rozmów pokojowych z Ukrainą, "
        "żądając wycofania wojsk z czterech regionów."
    )
    doc = load_document(write_file("pl.txt", polish.encode("cp1250")))
    assert (doc.text, doc.variables["encoding"]) == (polish, "cp1250")


def test_unrecognisable_encoding_is_never_silent(write_file: WriteFile) -> None:
    japanese = "ロシアのプーチン大統領は金曜日、ウクライナとの和平交渉の条件を示した。"
    doc = load_document(write_file("ja.txt", japanese.encode("shift_jis")))
    assert len(doc.warnings) == 1
    assert doc.warnings[0].startswith("the text encoding ")
    assert doc.variables["encoding"] in doc.warnings[0]

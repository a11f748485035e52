"""RTF: code-page escapes (cp1251 Cyrillic), Unicode escapes, the info group."""

from __future__ import annotations

import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers.loader import load_document
from tests.importers.conftest import WriteFile
from tests.importers.samples import RU_PARAGRAPH


def _escaped(text: str, codepage: str = "cp1251") -> str:
    """``text`` as RTF spells it: ASCII as is, everything else as \\'xx bytes."""
    return "".join(
        ch if ch.isascii() else "".join(f"\\'{b:02x}" for b in ch.encode(codepage)) for ch in text
    )


def _unicode_escaped(text: str) -> str:
    """``text`` with non-ASCII as \\uN escapes (surrogate pairs for astral characters), each
    followed by a "?" fallback, as Word writes it with \\uc1."""
    out = []
    for ch in text:
        if ch.isascii():
            out.append(ch)
            continue
        for unit in (
            [ord(ch)]
            if ord(ch) < 0x10000
            else [0xD800 + ((ord(ch) - 0x10000) >> 10), 0xDC00 + ((ord(ch) - 0x10000) & 0x3FF)]
        ):
            out.append(f"\\u{unit - 0x10000 if unit > 0x7FFF else unit}?")
    return "".join(out)


WORDPAD_RU = (
    r"{\rtf1\ansi\ansicpg1251\deff0\nouicompat\deflang1049{\fonttbl{\f0\fnil\fcharset204 Calibri;}}"
    "\r\n"
    r"{\info{\title "
    + _escaped("Условия Путина")
    + r"}{\author "
    + _escaped("Пресс-служба")
    + r"}{\creatim\yr2024\mo6\dy14\hr10\min30}}"
    "\r\n"
    r"\viewkind4\uc1\pard\sa200\sl276\slmult1\f0\fs22\lang1049 "
    + _escaped("Путин назвал условия переговоров")
    + r"\par"
    "\r\n" + _escaped(RU_PARAGRAPH) + r"\par"
    "\r\n}\r\n"
)


def test_cp1251_wordpad_document(write_file: WriteFile) -> None:
    doc = load_document(write_file("ru.rtf", WORDPAD_RU.encode("ascii")))
    assert doc.text == f"Путин назвал условия переговоров\n{RU_PARAGRAPH}"
    assert doc.meta.title == "Условия Путина"
    assert doc.meta.author == "Пресс-служба"
    # The file's creation date is not the publication date: kept as the file date.
    assert doc.meta.published == ""
    assert doc.variables["file_date"] == "2024-06-14T10:30:00"
    assert doc.meta.language == "ru"
    assert doc.variables == {"encoding": "cp1251", "file_date": "2024-06-14T10:30:00"}
    assert doc.file_format == "rtf"


def test_ansi_fonts_in_a_cp1251_document_are_read_as_cp1251(write_file: WriteFile) -> None:
    rtf = (
        r"{\rtf1\ansi\ansicpg1251\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}\f0 "
        + _escaped(RU_PARAGRAPH)
        + r"\par}"
    )
    assert load_document(write_file("ansi.rtf", rtf)).text == RU_PARAGRAPH


def test_western_ansi_fonts_stay_western(write_file: WriteFile) -> None:
    text = "Le président a dénoncé une “manœuvre” naïve."
    rtf = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}\f0 "
        + _escaped(text, "cp1252")
        + r"\par}"
    )
    assert load_document(write_file("fr.rtf", rtf)).text == text


def test_unicode_escapes_including_astral_characters(write_file: WriteFile) -> None:
    text = "Подоляк: «издевательство» 😀 — café"
    rtf = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\froman\fcharset0 Times;}}\f0\uc1 "
        + _unicode_escaped(text)
        + r"\par}"
    )
    assert load_document(write_file("u.rtf", rtf)).text == text


def test_special_characters_lines_and_tables(write_file: WriteFile) -> None:
    rtf = (
        r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Kyiv \ldblquote rejects\rdblquote  \emdash  firmly."
        r"\line Same paragraph.\par\trowd\cellx1000\cellx2000 Term\cell Source\cell\row"
        r"\pard After the table\par}"
    )
    doc = load_document(write_file("t.rtf", rtf))
    assert doc.text == "Kyiv “rejects” — firmly.\nSame paragraph.\nTerm|Source|\nAfter the table"
    assert doc.meta.title == "Kyiv “rejects” — firmly."


def test_two_documents_back_to_back_are_both_imported(write_file: WriteFile) -> None:
    """A Russian WordPad document followed by a Western one (another code page), as a mail
    merge or ``cat a.rtf b.rtf`` writes them: all the text, in order, and a warning."""
    western = "Le président a dénoncé une “manœuvre” naïve."
    second = (
        r"{\rtf1\ansi\ansicpg1252\deff0{\fonttbl{\f0\fswiss\fcharset0 Arial;}}"
        r"{\info{\title Second}}\f0 " + _escaped(western, "cp1252") + r"\par Fin.\par}"
    )
    doc = load_document(write_file("two.rtf", (WORDPAD_RU + second + "\r\n").encode("ascii")))
    assert doc.text == (f"Путин назвал условия переговоров\n{RU_PARAGRAPH}\n\n{western}\nFin.")
    assert doc.meta.title == "Условия Путина"  # the first document's
    assert any("2 RTF documents one after another" in w for w in doc.warnings)


def test_text_outside_the_rtf_group_is_counted_as_left_out(write_file: WriteFile) -> None:
    rtf = r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0 Kyiv rejects it.\par}" + "\r\nstray tail}\r\n"
    doc = load_document(write_file("tail.rtf", rtf))
    assert doc.text == "Kyiv rejects it."
    assert any("9 characters outside the RTF document(s)" in w for w in doc.warnings)
    one = load_document(write_file("one.rtf", r"{\rtf1\ansi{\f0 Just one.\par}}" + "}\r\n"))
    assert (one.text, one.warnings) == ("Just one.", ())


def test_not_an_rtf_file(write_file: WriteFile) -> None:
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("note.rtf", "Just text, saved with the wrong extension."))
    assert refused.value.reason == "is not an RTF file"


def test_rtf_without_text(write_file: WriteFile) -> None:
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("empty.rtf", r"{\rtf1\ansi{\fonttbl{\f0 Arial;}}\f0\par\par}"))
    assert refused.value.reason == "contains no text"

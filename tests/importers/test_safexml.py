"""One rule for XML in every format: a DTD (and so any entity) is refused, one line, and no text
is ever dropped silently — built with real files of each format."""

from __future__ import annotations

import codecs
import io
import zipfile
from pathlib import Path

import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers import safexml
from desktop_app.importers.loader import load_document
from tests.importers.builders import docx_bytes, odt_bytes, rewrite_members, with_doctype
from tests.importers.conftest import WriteFile

ENTITY = '<!DOCTYPE w:document [<!ENTITY co "ACME">]>'
SENTENCE = "The minister of &co; said that talks will resume next week."
DOCX_REFUSAL = (
    "report.docx: declares a DTD or entities, which Parley never reads (a safety rule) — "
    "open it in Word and save it again, then import the new file"
)


def _docx_with_entity() -> bytes:
    return rewrite_members(
        docx_bytes("PLACEHOLDER"),
        {
            "word/document.xml": lambda xml: with_doctype(xml, ENTITY).replace(
                b"PLACEHOLDER", SENTENCE.encode()
            )
        },
    )


def test_a_docx_entity_is_refused_instead_of_cutting_the_run(write_file: WriteFile) -> None:
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("report.docx", _docx_with_entity()))
    assert str(refused.value) == DOCX_REFUSAL


def test_every_xml_part_of_a_docx_is_vetted(write_file: WriteFile) -> None:
    """Core properties, styles, relationships, the content types: python-docx parses them all."""
    original = docx_bytes("Kyiv rejects the terms.", title="Statement")
    names = [
        n for n in zipfile.ZipFile(io.BytesIO(original)).namelist() if n.endswith((".xml", ".rels"))
    ]
    assert {"word/document.xml", "docProps/core.xml", "word/styles.xml"} <= set(names)
    for name in names:
        data = rewrite_members(original, {name: lambda xml: with_doctype(xml, "<!DOCTYPE x>")})
        with pytest.raises(ImportRefused) as refused:
            load_document(write_file("report.docx", data))
        assert str(refused.value) == DOCX_REFUSAL, name


def test_a_dtd_hidden_in_an_odd_encoding_or_name_is_found(write_file: WriteFile) -> None:
    """UTF-16 without a byte-order mark, UTF-32, and a part whose name does not end in .xml: the
    check reads as lxml (python-docx's parser) reads, not by file name."""
    original = docx_bytes("PLACEHOLDER")
    for encoding in ("utf-16-le", "utf-16-be", "utf-32"):

        def recode(xml: bytes, encoding: str = encoding) -> bytes:
            text = with_doctype(xml, ENTITY).decode("utf-8")
            return text.replace('encoding="UTF-8"', f'encoding="{encoding}"').encode(encoding)

        data = rewrite_members(original, {"word/document.xml": recode})
        with pytest.raises(ImportRefused) as refused:
            load_document(write_file("report.docx", data))
        assert str(refused.value) == DOCX_REFUSAL, encoding
    extra = io.BytesIO(original)
    with zipfile.ZipFile(extra, "a") as archive:
        archive.writestr("customXml/item1.bin", '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>')
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("report.docx", extra.getvalue()))
    assert str(refused.value) == DOCX_REFUSAL


def test_a_docx_with_pictures_and_no_dtd_still_imports(write_file: WriteFile) -> None:
    extra = io.BytesIO(docx_bytes("Kyiv rejects the terms."))
    with zipfile.ZipFile(extra, "a") as archive:
        archive.writestr("word/media/image1.png", b"\x89PNG\r\n\x1a\n" + bytes(1000))
        archive.writestr("word/media/odd.bin", b"<not xml at all")
    assert load_document(write_file("pictures.docx", extra.getvalue())).text == (
        "Kyiv rejects the terms."
    )


@pytest.mark.parametrize("member", ["content.xml", "meta.xml"])
def test_odt_refuses_a_dtd_in_the_same_words(write_file: WriteFile, member: str) -> None:
    data = odt_bytes("<text:p>The minister of &amp; said.</text:p>", {"dc:title": "T"})
    data = rewrite_members(data, {member: lambda xml: with_doctype(xml, "<!DOCTYPE x []>")})
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("report.odt", data))
    assert str(refused.value) == (
        "report.odt: declares a DTD or entities, which Parley never reads (a safety rule) — "
        "open it in LibreOffice and save it again, then import the new file"
    )


def test_html_keeps_an_undeclared_looking_entity_as_text(write_file: WriteFile) -> None:
    """Web pages are read by HTML parsers, which never expand a DTD's entities: nothing is cut,
    the reference stays as the browser would show it."""
    page = (
        '<!DOCTYPE html [<!ENTITY co "ACME">]><html><head><title>Talks</title></head><body>'
        f"<article><p>{SENTENCE}</p></article></body></html>"
    )
    assert load_document(write_file("page.html", page)).text == SENTENCE


@pytest.mark.parametrize(
    ("data", "plain"),
    [
        (b"<a/>", True),
        (b"\xef\xbb\xbf<?xml version='1.0'?><!-- c --><a/>", True),
        (b"<\xd0\xb4/>", True),  # a non-ASCII element name in UTF-8
        ("<a/>".encode("utf-16-le"), False),  # "<\0": UTF-16 without a byte-order mark
        ("<!DOCTYPE a><a/>".encode("utf-16-le"), False),
        (b"<!DOCTYPE a><a/>", False),
        (b"< a/>", False),
        (b'<?xml version="1.0" encoding="utf-7"?><a/>', False),
    ],
)
def test_the_fast_path_vouches_only_for_what_it_can_see(data: bytes, plain: bool) -> None:
    assert safexml.prolog_without_dtd(data) is plain


@pytest.mark.parametrize(
    "data",
    [
        b"<!DOCTYPE a><a/>",
        b'<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>',
        '<!DOCTYPE a [<!ENTITY c "x">]><a>&c;</a>'.encode("utf-32"),
        '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE a><a/>'.encode("utf-16-be"),
        codecs.BOM_UTF16_LE + "<!DOCTYPE a><a/>".encode("utf-16-le"),
    ],
)
def test_declares_dtd_reads_every_encoding(data: bytes) -> None:
    assert safexml.could_be_xml(data[:64])
    assert safexml.declares_dtd(data)


def test_parse_refuses_and_reports_damage_apart(tmp_path: Path) -> None:
    with pytest.raises(ImportRefused) as refused:
        safexml.parse(b"<!DOCTYPE a><a/>", tmp_path / "x.qdpx", todo="do", member="project.qde")
    assert refused.value.reason == (
        "project.qde declares a DTD or entities, which Parley never reads (a safety rule)"
    )
    with pytest.raises(safexml.NotWellFormed) as broken:
        safexml.parse(b"<a><b></a>", tmp_path / "x.qdpx", todo="do")
    assert (broken.value.line, broken.value.column) == (1, 9)
    assert safexml.parse("<a>ü</a>".encode("utf-16"), tmp_path / "x", todo="do").text == "ü"


def test_binary_parts_are_not_taken_for_xml() -> None:
    assert not safexml.could_be_xml(b"\x89PNG\r\n\x1a\n")
    assert not safexml.could_be_xml(b"\xff\xd8\xff\xe0")
    assert safexml.could_be_xml(b"  \n<?xml")

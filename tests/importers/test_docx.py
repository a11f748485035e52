"""Word documents: paragraphs and tables in order, tracked changes accepted, core properties."""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml

from desktop_app.errors import ImportRefused
from desktop_app.importers.loader import load_document
from tests.importers.builders import odt_bytes
from tests.importers.conftest import WriteFile
from tests.importers.samples import RU_PARAGRAPH

W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _save(document: docx.document.Document) -> bytes:
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _press_release() -> docx.document.Document:
    document = docx.Document()
    properties = document.core_properties
    properties.title = "Statement on the so-called peace proposal"
    properties.author = "MFA Press Office"
    properties.created = datetime(2024, 6, 14, 10, 30)
    properties.language = "ru-RU"
    document.add_heading("Заявление МИД", level=1)
    document.add_paragraph(RU_PARAGRAPH)
    document.add_paragraph("")  # spacing the author typed; not text
    paragraph = document.add_paragraph("Вторая часть ")
    paragraph.add_run("с выделением").bold = True
    paragraph.add_run(" и разрывом").add_break()
    paragraph.add_run("строки\tс табуляцией.")
    table = document.add_table(rows=3, cols=3)
    for row, values in enumerate(
        [("Условие", "Источник", "Дата"), ("Вывод войск", "", "14.06"), ("НАТО", "ТАСС", "")]
    ):
        for column, value in enumerate(values):
            table.cell(row, column).text = value
    document.add_heading("После таблицы", level=2)
    document.add_paragraph("Конец.")
    return document


def test_text_in_document_order_with_tables(write_file: WriteFile) -> None:
    doc = load_document(write_file("release.docx", _save(_press_release())))
    assert doc.text == (
        "Заявление МИД\n\n"
        f"{RU_PARAGRAPH}\n\n"
        "Вторая часть с выделением и разрывом\nстроки\tс табуляцией.\n\n"
        "Условие | Источник | Дата\n"
        "Вывод войск |  | 14.06\n"
        "НАТО | ТАСС\n\n"
        "После таблицы\n\n"
        "Конец."
    )
    assert doc.file_format == "docx"
    assert doc.warnings == ()


def test_core_properties(write_file: WriteFile) -> None:
    doc = load_document(write_file("release.docx", _save(_press_release())))
    assert doc.meta.title == "Statement on the so-called peace proposal"
    assert doc.meta.author == "MFA Press Office"
    # The file's creation date is not the publication date: kept as the file date.
    assert doc.meta.published == ""
    assert doc.variables["file_date"] == "2024-06-14T10:30:00+00:00"
    assert doc.meta.language == "ru"


def test_without_properties_title_is_first_line(write_file: WriteFile) -> None:
    document = docx.Document()
    document.core_properties.title = ""
    document.add_paragraph("Kyiv rejects the conditions")
    document.add_paragraph("Body.")
    doc = load_document(write_file("plain.docx", _save(document)))
    assert doc.meta.title == "Kyiv rejects the conditions"


def test_merged_cells_are_not_repeated(write_file: WriteFile) -> None:
    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    table.cell(0, 0).merge(table.cell(0, 1)).text = "Wide heading"
    table.cell(0, 2).text = "Right"
    table.cell(1, 0).text = "a"
    table.cell(1, 1).text = "b"
    table.cell(1, 2).text = "c"
    doc = load_document(write_file("merged.docx", _save(document)))
    assert doc.text == "Wide heading | Right\na | b | c"


def test_tracked_changes_read_as_accepted_and_content_controls_included(
    write_file: WriteFile,
) -> None:
    document = docx.Document()
    paragraph = document.add_paragraph("Kyiv ")
    paragraph._p.append(
        parse_xml(
            f'<w:del {W_NS} w:id="1" w:author="x"><w:r><w:delText>accepts</w:delText></w:r></w:del>'
        )
    )
    paragraph._p.append(
        parse_xml(f'<w:ins {W_NS} w:id="2" w:author="x"><w:r><w:t>rejects</w:t></w:r></w:ins>')
    )
    paragraph.add_run(" the terms.")
    document.element.body.insert(
        len(document.element.body) - 1,
        parse_xml(
            f"<w:sdt {W_NS}><w:sdtPr/><w:sdtContent><w:p><w:r><w:t>In a content control."
            "</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    doc = load_document(write_file("tracked.docx", _save(document)))
    assert doc.text == "Kyiv rejects the terms.\n\nIn a content control."


def test_truncated_docx_is_damaged(write_file: WriteFile) -> None:
    data = _save(_press_release())
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("cut.docx", data[: len(data) // 2]))
    assert str(refused.value) == (
        "cut.docx: the .docx file is damaged — open it in Word and save it again, then import "
        "the new file"
    )


def test_corrupt_xml_inside_docx_is_damaged(write_file: WriteFile, tmp_path: Path) -> None:
    import zipfile

    source = io.BytesIO(_save(_press_release()))
    target = io.BytesIO()
    with zipfile.ZipFile(source) as original, zipfile.ZipFile(target, "w") as copy:
        for item in original.infolist():
            content = original.read(item.filename)
            if item.filename == "word/document.xml":
                content = content[: len(content) // 2]
            copy.writestr(item, content)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("broken.docx", target.getvalue()))
    assert refused.value.reason == "the .docx file is damaged"


def test_zip_that_is_not_a_word_document(write_file: WriteFile) -> None:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("notes.txt", "just a zip")
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("archive.docx", buffer.getvalue()))
    assert refused.value.reason == "is a zip archive, not a Word .docx file"


def test_odt_named_docx(write_file: WriteFile) -> None:
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("misnamed.docx", odt_bytes("<text:p>Hello</text:p>")))
    assert str(refused.value) == (
        "misnamed.docx: is an OpenDocument file named .docx — rename it to .odt and import it again"
    )


def test_legacy_doc_and_encrypted_docx(write_file: WriteFile) -> None:
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(504)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("old.docx", ole + b"WordDocument".ljust(512, b"\0")))
    assert refused.value.reason == "is an old Word .doc file, not a .docx"
    encrypted = ole + "EncryptionInfo".encode("utf-16-le") + bytes(400)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("secret.docx", encrypted))
    assert refused.value.reason == "the .docx file is password-protected"


def test_text_file_named_docx(write_file: WriteFile) -> None:
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("notes.docx", "plain text, not a Word file"))
    assert refused.value.reason == "is not a Word .docx file"


def test_document_without_text(write_file: WriteFile) -> None:
    document = docx.Document()
    document.add_paragraph("")
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("empty.docx", _save(document)))
    assert refused.value.reason == "contains no text"


def test_billion_laughs_in_document_xml_is_refused_quickly(write_file: WriteFile) -> None:
    import time
    import zipfile

    document = docx.Document()
    document.add_paragraph("PLACEHOLDER")
    entities = '<!ENTITY lol0 "lol">' + "".join(
        f'<!ENTITY lol{level} "{f"&lol{level - 1};" * 10}">' for level in range(1, 10)
    )
    source = zipfile.ZipFile(io.BytesIO(_save(document)))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w") as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename == "word/document.xml":
                content = content.replace(
                    b"?>", f"?><!DOCTYPE w:document [{entities}]>".encode(), 1
                ).replace(b"PLACEHOLDER", b"&lol9;")
            archive.writestr(item, content)
    started = time.perf_counter()
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("laughs.docx", target.getvalue()))
    assert refused.value.reason == (
        "declares a DTD or entities, which Parley never reads (a safety rule)"
    )
    assert time.perf_counter() - started < 5

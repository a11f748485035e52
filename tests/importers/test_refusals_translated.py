"""A refused file says what and what to do in the language Parley speaks (issue 20): each format
reader's own reasons, the advice for a file whose content is another format, and the plural of
a count — read from real files. English stays word for word as scripts know it."""

from __future__ import annotations

import pytest

from desktop_app import i18n
from desktop_app.errors import ImportRefused
from desktop_app.importers.loader import load_document
from tests.importers.builders import docx_bytes, pdf_bytes
from tests.importers.conftest import WriteFile

SCANNED = {
    "en": "scan.pdf: has no text layer (scanned?) — run OCR on it first (e.g. in Acrobat or "
    "with ocrmypdf), then import the result",
    "uk": "scan.pdf: не має текстового шару (скан?) — спершу розпізнайте текст (OCR, наприклад "
    "в Acrobat або за допомогою ocrmypdf), потім імпортуйте результат",
    "ru": "scan.pdf: не имеет текстового слоя (скан?) — сначала распознайте текст (OCR, "
    "например в Acrobat или с помощью ocrmypdf), затем импортируйте результат",
}

PDF_AS_DOCX = {
    "en": "report.docx: is not a Word .docx file (it looks like a PDF document) — rename it to "
    ".pdf and import it again",
    "uk": "report.docx: не є файлом Word .docx (схоже на документ PDF) — перейменуйте його на "
    ".pdf та імпортуйте ще раз",
    "ru": "report.docx: не является файлом Word .docx (похоже на документ PDF) — переименуйте "
    "его в .pdf и импортируйте ещё раз",
}

DOCX_AS_PDF = {
    "en": "notes.pdf: is not a PDF file (it looks like a zip archive or Office document)",
    "uk": "notes.pdf: не є файлом PDF (схоже на zip-архів або документ Office)",
    "ru": "notes.pdf: не является файлом PDF (похоже на zip-архив или документ Office)",
}

# "is not utf-8 text: N byte sequence(s)…" for 1, 2 and 5 bad sequences.
BAD_BYTES = {
    "uk": ["1 послідовність байтів не є", "2 послідовності байтів не є", "5 послідовностей"],
    "ru": ["1 последовательность байтов не является", "2 последовательности", "5 последовательн"],
}


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_a_scanned_pdf_is_refused_in_the_language(code: str, write_file: WriteFile) -> None:
    path = write_file("scan.pdf", pdf_bytes([[], []], image_pages=frozenset({0, 1})))
    with i18n.language(code), pytest.raises(ImportRefused) as refused:
        load_document(path)
    assert str(refused.value) == SCANNED[code]


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_a_file_of_another_format_is_named_in_the_language(
    code: str, write_file: WriteFile
) -> None:
    pdf_named_docx = write_file("report.docx", pdf_bytes([["Putin set conditions."]]))
    docx_named_pdf = write_file("notes.pdf", docx_bytes("Zelensky rejected them."))
    with i18n.language(code):
        with pytest.raises(ImportRefused) as as_docx:
            load_document(pdf_named_docx)
        with pytest.raises(ImportRefused) as as_pdf:
            load_document(docx_named_pdf)
    assert str(as_docx.value) == PDF_AS_DOCX[code]
    assert str(as_pdf.value).startswith(DOCX_AS_PDF[code])
    assert as_pdf.value.todo  # and what to do, in the same language
    assert (as_pdf.value.todo.isascii()) == (code == "en")


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_the_count_of_bad_bytes_agrees_with_its_noun(code: str, write_file: WriteFile) -> None:
    found = []
    for bad in (1, 2, 5):
        path = write_file(f"bad{bad}.txt", b"Putin " + b"\xff " * bad + b"set conditions.")
        with i18n.language(code), pytest.raises(ImportRefused) as refused:
            load_document(path, encoding="utf-8")
        found.append(refused.value.reason)
    for reason, expected in zip(found, BAD_BYTES[code], strict=True):
        assert expected in reason, reason
    assert i18n.current() == i18n.ENGLISH

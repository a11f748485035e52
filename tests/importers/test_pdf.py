"""PDFs with a text layer, and every way a PDF can fail to give one."""

from __future__ import annotations

import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers import limits
from desktop_app.importers.loader import load_document
from tests.importers.builders import encrypted_pdf, pdf_bytes, with_pdf_metadata
from tests.importers.conftest import WriteFile

PAGE_ONE = [
    "Putin Names Conditions for Peace Talks",
    "Russian President Vladimir Putin on Friday promised a ceasefire",
    "in Ukraine, provided that several conditions are met by Kyiv.",
]
PAGE_TWO = ["Kyiv rejected the proposal the same day."]
EXPECTED = "\n".join(PAGE_ONE) + "\n\n" + "\n".join(PAGE_TWO)
METADATA = {
    "/Title": "Conditions for peace talks",
    "/Author": "Think Tank Analyst",
    "/CreationDate": "D:20240614103000+03'00'",
}


def test_pages_in_order_and_metadata(write_file: WriteFile) -> None:
    doc = load_document(write_file("brief.pdf", pdf_bytes([PAGE_ONE, PAGE_TWO], metadata=METADATA)))
    assert doc.text == EXPECTED
    assert doc.meta.title == "Conditions for peace talks"
    assert doc.meta.author == "Think Tank Analyst"
    # The file's creation date is not the publication date: kept as the file date.
    assert doc.meta.published == ""
    assert doc.variables["file_date"] == "2024-06-14T10:30:00+03:00"
    assert doc.meta.language == "en"
    assert doc.file_format == "pdf"
    assert doc.variables == {"pages": "2", "file_date": "2024-06-14T10:30:00+03:00"}
    assert doc.warnings == ()


def test_cyrillic_text_layer(write_file: WriteFile, cyrillic_font: str) -> None:
    lines = [
        "Путин назвал условия мирных переговоров с Украиной",
        "«Это издевательство», — Подоляк.",
    ]
    doc = load_document(write_file("ru.pdf", pdf_bytes([lines], cyrillic_font)))
    assert doc.text == "\n".join(lines)
    assert doc.meta.language == "ru"


def test_producer_junk_titles_are_ignored(write_file: WriteFile) -> None:
    data = pdf_bytes([PAGE_ONE], metadata={"/Title": "Microsoft Word - brief_v3.docx"})
    doc = load_document(write_file("brief.pdf", data))
    assert doc.meta.title == "Putin Names Conditions for Peace Talks"


def test_owner_restricted_pdf_opens_with_the_empty_password(write_file: WriteFile) -> None:
    data = encrypted_pdf(pdf_bytes([PAGE_ONE, PAGE_TWO]), user_password="")
    assert load_document(write_file("secured.pdf", data)).text == EXPECTED


@pytest.mark.parametrize("algorithm", ["AES-256", "RC4-128"])
def test_password_protected_pdf(write_file: WriteFile, algorithm: str) -> None:
    data = encrypted_pdf(pdf_bytes([PAGE_ONE]), user_password="secret", algorithm=algorithm)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("locked.pdf", data))
    assert str(refused.value) == (
        "locked.pdf: the PDF is password-protected — remove the password and import again"
    )


def test_image_only_pdf_needs_ocr(write_file: WriteFile) -> None:
    data = pdf_bytes([[], []], image_pages=frozenset({0, 1}))
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("scan.pdf", data))
    assert refused.value.reason == "has no text layer (scanned?)"
    assert refused.value.todo.startswith("run OCR on it first")


def test_some_pages_without_text_give_a_warning(write_file: WriteFile) -> None:
    data = pdf_bytes([PAGE_ONE, [], PAGE_TWO], image_pages=frozenset({1}))
    doc = load_document(write_file("mixed.pdf", data))
    assert doc.text == EXPECTED
    assert doc.warnings == (
        "1 of 3 pages have no text layer (scanned?) and are missing from the text: page(s) 2",
    )


def test_not_a_pdf(write_file: WriteFile) -> None:
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("report.pdf", "This is a plain text file, not a PDF."))
    assert str(refused.value) == "report.pdf: is not a PDF file — check the file's type"
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("photo.pdf", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(100)))
    assert refused.value.reason == "is not a PDF file (it looks like an image)"


def test_truncated_pdf(write_file: WriteFile) -> None:
    data = pdf_bytes([PAGE_ONE, PAGE_TWO])
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("cut.pdf", data[: len(data) // 2]))
    assert refused.value.reason == "the PDF file is truncated (an incomplete download or copy?)"


def test_damaged_pdf(write_file: WriteFile) -> None:
    data = b"%PDF-1.4\n" + bytes(range(256)) * 20 + b"\n%%EOF\n"
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("garbage.pdf", data))
    assert refused.value.reason == "the PDF file is damaged"


def test_page_limit(write_file: WriteFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_PDF_PAGES", 2)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("long.pdf", pdf_bytes([PAGE_TWO] * 3)))
    assert refused.value.reason == "has 3 pages (the limit is 2)"


def test_text_limit_stops_extraction_early(
    write_file: WriteFile, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 50)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("long.pdf", pdf_bytes([PAGE_ONE, PAGE_TWO])))
    assert refused.value.reason == "is too long: more than 50 characters of text"


def test_broken_metadata_does_not_cost_the_text(write_file: WriteFile) -> None:
    data = with_pdf_metadata(pdf_bytes([PAGE_TWO]), {"/CreationDate": "yesterday-ish"})
    doc = load_document(write_file("odd.pdf", data))
    assert doc.text == PAGE_TWO[0]
    assert doc.meta.published == ""


def test_control_characters_in_metadata_are_cleaned_like_body_text(write_file: WriteFile) -> None:
    """A NUL in the title (as some PDF producers pad it) and other controls in the author."""
    data = with_pdf_metadata(
        pdf_bytes([PAGE_TWO]),
        {"/Title": "Conditions\x00 for peace\x07 talks\x00\x00", "/Author": "Think\x1b Tank\x0c"},
    )
    doc = load_document(write_file("nul.pdf", data))
    assert doc.meta.title == "Conditions for peace talks"
    assert doc.meta.author == "Think Tank"

"""Markdown is imported as written; only its metadata is read."""

from __future__ import annotations

from desktop_app.importers.loader import load_document
from tests.importers.conftest import WriteFile
from tests.importers.samples import EN_PARAGRAPH, RU_PARAGRAPH

NOTE = f"""Intro line before the heading

# Putin's conditions, **annotated** #

{EN_PARAGRAPH}

## Reactions

* Kyiv: *rejects*
"""


def test_text_is_kept_as_written_and_title_is_first_h1(write_file: WriteFile) -> None:
    doc = load_document(write_file("notes.md", NOTE))
    assert doc.text == NOTE
    assert doc.meta.title == "Putin's conditions, **annotated**"
    assert doc.file_format == "md"
    assert doc.variables == {"encoding": "utf-8", "encoding_confidence": "certain (valid UTF-8)"}


def test_front_matter_metadata(write_file: WriteFile) -> None:
    text = (
        "---\r\n"
        'title: "Условия Путина"\r\n'
        "author: Analyst Desk\r\n"
        "date: 2024-06-14\r\n"
        "url: https://example.org/putin\r\n"
        "tags: [a, b]\r\n"
        "---\r\n"
        f"{RU_PARAGRAPH}\r\n"
    )
    doc = load_document(write_file("ru.markdown", text.encode("cp1251")))
    assert doc.text == text.replace("\r\n", "\n")
    assert doc.meta.title == "Условия Путина"
    assert doc.meta.author == "Analyst Desk"
    assert doc.meta.published == "2024-06-14"
    assert doc.meta.url == "https://example.org/putin"
    assert doc.meta.language == "ru"
    assert doc.variables["encoding"] == "cp1251"
    assert doc.variables["encoding_confidence"].startswith("high (")


def test_without_heading_the_title_is_the_first_line(write_file: WriteFile) -> None:
    doc = load_document(write_file("plain.md", "#hashtag is not a heading\n\nBody text."))
    assert doc.meta.title == "#hashtag is not a heading"

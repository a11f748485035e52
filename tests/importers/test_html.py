"""Saved web pages: the article without the page furniture, and the page's metadata."""

from __future__ import annotations

import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers.loader import load_document
from tests.importers.conftest import WriteFile
from tests.importers.samples import RU_PARAGRAPH, RU_SECOND_PARAGRAPH

ARTICLE_PAGE = """<!DOCTYPE html>
<html lang="en-US">
<head>
<meta charset="utf-8">
<title>Putin Names Conditions for Ukraine Peace Talks | World Weekly</title>
<meta property="og:title" content="Putin Names Conditions for Ukraine Peace Talks">
<meta property="og:site_name" content="World Weekly">
<meta property="og:url" content="https://weekly.example.com/world/putin-conditions?utm=feed">
<link rel="canonical" href="https://weekly.example.com/world/putin-conditions">
<meta name="author" content="Jane Doe">
<meta property="article:published_time" content="2024-06-14T12:30:00+00:00">
<style>body { font-family: sans-serif; } .hidden { display: none }</style>
<script>var tracking = "Do not extract this script text";</script>
</head>
<body>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience.
<button>Accept all cookies</button></div>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li>
<li><a href="/politics">Politics</a></li></ul></nav></header>
<main>
<article>
<h1>Putin Names Conditions for Ukraine Peace Talks</h1>
<p>Russian President Vladimir Putin on Friday promised a ceasefire in Ukraine, provided that
several conditions are met by Kyiv.</p>
<p>During a wide-ranging speech to foreign ministry officials, Putin stated that Russia would be
ready to enter talks as soon as &ldquo;tomorrow&rdquo; to negotiate an end to the conflict.</p>
<div class="ad-banner advertisement">Buy cheap flights now! Advertisement</div>
<p>He also demanded that Ukraine give up all plans to join NATO, saying that the
&ldquo;moral responsibility for the continuation of bloodshed&rdquo; would be on the West.</p>
<p>Ukrainian presidential adviser Mykhailo Podolyak rejected the proposal, calling it
&ldquo;offensive to common sense&rdquo;.</p>
</article>
</main>
<aside class="related"><h3>Related stories</h3><ul><li><a href="/a">Another story</a></li></ul>
</aside>
<footer><p>&copy; 2024 World Weekly. All rights reserved.</p><a href="/privacy">Privacy</a></footer>
<script>document.write("more script");</script>
</body>
</html>
"""

ARTICLE_TEXT = (
    "Putin Names Conditions for Ukraine Peace Talks\n\n"
    "Russian President Vladimir Putin on Friday promised a ceasefire in Ukraine, provided that "
    "several conditions are met by Kyiv.\n\n"
    "During a wide-ranging speech to foreign ministry officials, Putin stated that Russia would be "
    "ready to enter talks as soon as “tomorrow” to negotiate an end to the conflict.\n\n"
    "He also demanded that Ukraine give up all plans to join NATO, saying that the "
    "“moral responsibility for the continuation of bloodshed” would be on the West.\n\n"
    "Ukrainian presidential adviser Mykhailo Podolyak rejected the proposal, calling it "
    "“offensive to common sense”."
)


def test_article_text_without_page_furniture(write_file: WriteFile) -> None:
    doc = load_document(write_file("weekly.html", ARTICLE_PAGE))
    assert doc.text == ARTICLE_TEXT
    assert doc.file_format == "html"
    assert doc.variables == {
        "encoding": "utf-8",
        "encoding_confidence": "certain (declared by the page)",
        "extraction": "article",
    }
    assert doc.warnings == ()


def test_page_metadata(write_file: WriteFile) -> None:
    doc = load_document(write_file("weekly.htm", ARTICLE_PAGE))
    meta = doc.meta
    assert meta.title == "Putin Names Conditions for Ukraine Peace Talks"
    assert meta.outlet == "World Weekly"
    assert meta.author == "Jane Doe"
    assert meta.published == "2024-06-14T12:30:00+00:00"
    assert meta.url == "https://weekly.example.com/world/putin-conditions"
    assert meta.language == "en"


def _russian_page(charset_tag: str) -> str:
    return f"""<html><head>{charset_tag}<title>Условия Путина</title>
<meta name="date" content="2024-06-14"></head>
<body><nav><a href="/">Главная</a> <a href="/news">Новости</a></nav>
<article><h1>Путин назвал условия переговоров</h1>
<p>{RU_PARAGRAPH}</p>
<p>{RU_SECOND_PARAGRAPH}</p></article>
<footer>Все права защищены</footer></body></html>"""


RUSSIAN_TEXT = f"Путин назвал условия переговоров\n\n{RU_PARAGRAPH}\n\n{RU_SECOND_PARAGRAPH}"


@pytest.mark.parametrize(
    ("charset_tag", "codec", "expected_encoding"),
    [
        ('<meta charset="windows-1251">', "cp1251", "cp1251"),
        (
            '<meta http-equiv="Content-Type" content="text/html; charset=koi8-r">',
            "koi8-r",
            "koi8-r",
        ),
        ("", "cp1251", "cp1251"),  # no declaration: detected
    ],
)
def test_declared_and_detected_charsets(
    write_file: WriteFile, charset_tag: str, codec: str, expected_encoding: str
) -> None:
    page, expected = _russian_page(charset_tag), RUSSIAN_TEXT
    if codec == "koi8-r":  # KOI8-R has no guillemets
        page = page.replace("«", '"').replace("»", '"')
        expected = expected.replace("«", '"').replace("»", '"')
    doc = load_document(write_file("ru.html", page.encode(codec)))
    assert doc.text == expected
    assert doc.variables["encoding"] == expected_encoding
    assert doc.meta.published == "2024-06-14"
    assert doc.meta.language == "ru"


def test_latin1_label_means_windows_1252_as_in_browsers(write_file: WriteFile) -> None:
    paragraph = "Le président a posé des “conditions” — jugées naïves par Kyiv. " * 4
    page = (
        '<html><head><meta charset="iso-8859-1"><title>Conditions</title></head>'
        f"<body><article><p>{paragraph.strip()}</p></article></body></html>"
    )
    doc = load_document(write_file("fr.html", page.encode("cp1252")))
    assert doc.text == paragraph.strip()
    assert doc.variables["encoding"] == "cp1252"


def test_wrong_declaration_falls_back_to_the_real_encoding(write_file: WriteFile) -> None:
    page = _russian_page('<meta charset="windows-1252">')
    doc = load_document(write_file("ru.html", page.encode("utf-8")))
    assert doc.text == RUSSIAN_TEXT
    assert doc.variables["encoding"] == "utf-8"


def test_a_utf8_page_with_a_few_invalid_bytes_stays_utf8(write_file: WriteFile) -> None:
    """A page declared UTF-8 with three bad bytes (a lone cp1252 apostrophe, a cut-off letter,
    a stray 0xFF) is UTF-8 with three replacement characters, not re-read as cp1250."""
    german = "Die Bürger kämpfen für ihre Freiheit, hieß es in Zürich."
    page = _russian_page('<meta charset="utf-8">').replace(
        "</article>", f"<p>{german} Zeuge: PLACEHOLDER</p></article>"
    )
    data = page.encode("utf-8").replace(b"PLACEHOLDER", b"Putin\x92s \xd0 words \xff.")
    doc = load_document(write_file("ru.html", data))
    assert doc.variables["encoding"] == "utf-8"
    assert doc.text.startswith(RUSSIAN_TEXT)
    assert german in doc.text
    assert "Putin\ufffds \ufffd words \ufffd." in doc.text
    [warning] = [w for w in doc.warnings if "invalid" in w]
    assert "3 invalid byte sequences" in warning


@pytest.mark.parametrize("codec", ["cp1251", "mac-cyrillic"])
def test_a_page_in_another_encoding_labelled_utf8_is_redetected(
    write_file: WriteFile, codec: str
) -> None:
    page = _russian_page('<meta charset="utf-8">')
    doc = load_document(write_file("ru.html", page.encode(codec)))
    assert doc.text == RUSSIAN_TEXT
    assert doc.variables["encoding"] == codec
    assert any("declares the utf-8 encoding" in w for w in doc.warnings)


def test_a_short_western_page_labelled_utf8_is_redetected(write_file: WriteFile) -> None:
    """Few non-ASCII letters, all of them invalid UTF-8: cp1252, not UTF-8 with "\ufffd"."""
    paragraph = "Le président a posé des conditions, jugées naïves par Kyiv à Genève. " * 3
    page = (
        '<html><head><meta charset="utf-8"><title>Conditions</title></head>'
        f"<body><article><p>{paragraph.strip()}</p></article></body></html>"
    )
    doc = load_document(write_file("fr.html", page.encode("cp1252")))
    assert doc.text == paragraph.strip()
    assert doc.variables["encoding"] == "cp1252"


def test_declared_language_that_the_text_contradicts_is_corrected(write_file: WriteFile) -> None:
    page = _russian_page('<meta charset="utf-8">').replace("<html>", '<html lang="en">')
    doc = load_document(write_file("ru.html", page))
    assert doc.meta.language == "ru"
    assert doc.variables["declared_language"] == "en"
    assert doc.warnings == (
        "the file declares language “en”, but the text reads as “ru”; “ru” was recorded",
    )


def test_whitespace_inside_paragraphs_collapses_as_a_browser_shows_it(
    write_file: WriteFile,
) -> None:
    page = (
        "<script>alert('x')</script><nav>Home | News</nav>"
        "<p>Statement by the  ministry\nspokesperson.<br>Kyiv rejects the terms.</p>"
        "<div class='cookie-notice'>Accept cookies</div><p>Second paragraph.</p>"
        "<footer>Contacts</footer>"
    )
    doc = load_document(write_file("statement.html", page))
    assert doc.text == (
        "Statement by the ministry spokesperson.\nKyiv rejects the terms.\n\nSecond paragraph."
    )
    assert doc.meta.title == "Statement by the ministry spokesperson."


def test_fragment_trafilatura_rejects_falls_back_to_the_visible_text(
    write_file: WriteFile,
) -> None:
    page = "<p>Statement by the ministry.<br>Kyiv rejects   the terms.</p>"
    doc = load_document(write_file("fragment.html", page))
    assert doc.text == "Statement by the ministry.\nKyiv rejects the terms."
    assert doc.variables["extraction"] == "page text"
    assert doc.warnings == (
        "no article was recognised in the page; its visible text was imported without menus, "
        "headers and footers — check for leftovers",
    )


def test_page_without_any_text_is_refused(write_file: WriteFile) -> None:
    page = (
        "<html><head><title>App</title><script>render()</script></head>"
        "<body><nav><a href='/'>Home</a></nav><div id='root'></div></body></html>"
    )
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("app.html", page))
    assert refused.value.reason == (
        "contains no readable text (the page may load its content with JavaScript)"
    )


def test_a_pdf_named_html_is_refused(write_file: WriteFile) -> None:
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("page.html", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n"))
    assert refused.value.reason == "is not a web page (it looks like a PDF document)"
    assert refused.value.todo == "rename it to .pdf and import it again"

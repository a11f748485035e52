"""The conservative body-text fallback for pages without recognisable article markup."""

from __future__ import annotations

from desktop_app.importers.htmlbody import body_text


def test_furniture_is_left_out_and_blocks_become_paragraphs() -> None:
    page = """<html><head><title>T</title><style>p {}</style></head><body>
    <header><a href="/">Site</a></header>
    <nav role="navigation">Home · World</nav>
    <div id="gdpr-consent">We use cookies</div>
    <div class="ad">Advert</div>
    <div role="banner">Banner text</div>
    <h1>Headline  of the
       statement</h1>
    <p>First paragraph with <b>bold</b> and <a href="#">a link</a>.<br>A new line.</p>
    <div hidden>Hidden text</div><span aria-hidden="true">icon</span>
    <ul><li>First item</li><li>Second item</li></ul>
    <table><tr><th>Condition</th><th>Source</th></tr><tr><td>NATO</td><td>TASS</td></tr></table>
    <pre>  kept   as
    written</pre>
    <aside>Sidebar</aside><form><input name="q"><button>Search</button></form>
    <footer>© Outlet</footer><script>var x = "<p>not text</p>";</script>
    </body></html>"""
    assert body_text(page) == (
        "Headline of the statement\n\n"
        "First paragraph with bold and a link.\nA new line.\n\n"
        "First item\n\nSecond item\n\n"
        "Condition | Source\n\nNATO | TASS\n\n"
        "  kept   as\n    written"
    )


def test_header_and_footer_inside_an_article_are_kept() -> None:
    page = (
        "<article><header><h1>Headline</h1><p>By A. Writer</p></header><p>Body.</p>"
        "<footer>Filed under: politics</footer></article><footer>Site footer</footer>"
    )
    assert body_text(page) == "Headline\n\nBy A. Writer\n\nBody.\n\nFiled under: politics"


def test_entities_and_non_breaking_spaces() -> None:
    assert body_text("<p>&laquo;Peace&nbsp;talks&raquo; &amp; &#8220;terms&#8221;</p>") == (
        "«Peace\u00a0talks» & “terms”"
    )


def test_unclosed_skipped_element_does_not_swallow_the_body() -> None:
    assert body_text("<head><title>Unclosed<body><p>Visible text</p>") == "Visible text"


def test_nothing_visible() -> None:
    assert body_text("<script>x()</script><nav>Menu</nav>") == ""

"""OpenDocument text: blocks in order, ODF whitespace rules, meta.xml, safe XML parsing."""

from __future__ import annotations

import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers.loader import load_document
from tests.importers.builders import odt_bytes
from tests.importers.conftest import WriteFile
from tests.importers.samples import RU_PARAGRAPH

BODY = (
    "<text:tracked-changes><text:changed-region text:id='c1'><text:deletion>"
    "<text:p>Deleted text must not appear.</text:p></text:deletion></text:changed-region>"
    "</text:tracked-changes>"
    '<text:h text:outline-level="1">Заявление  МИД</text:h>'
    f"<text:p>{RU_PARAGRAPH}</text:p>"
    "<text:p/>"
    "<text:p>Kyiv <text:span>rejects</text:span> it.<text:s text:c='2'/>Two spaces."
    "<text:line-break/>Next line<text:tab/>tabbed.</text:p>"
    "<text:p>\n      Pretty\n      printed <text:span> spans </text:span> here\n    </text:p>"
    "<text:list><text:list-item><text:p>First condition</text:p></text:list-item>"
    "<text:list-item><text:p>Second condition<text:note text:note-class='footnote'>"
    "<text:note-citation>1</text:note-citation><text:note-body><text:p>A footnote.</text:p>"
    "</text:note-body></text:note></text:p></text:list-item></text:list>"
    "<text:section text:name='s'><text:p>Inside a section"
    "<office:annotation><text:p>A reviewer's comment</text:p></office:annotation>.</text:p>"
    "</text:section>"
    "<table:table><table:table-header-rows><table:table-row>"
    "<table:table-cell><text:p>Condition</text:p></table:table-cell>"
    "<table:table-cell><text:p>Source</text:p></table:table-cell></table:table-row>"
    "</table:table-header-rows><table:table-row>"
    "<table:table-cell table:number-columns-spanned='2'><text:p>Both</text:p>"
    "<text:p>columns</text:p></table:table-cell><table:covered-table-cell/></table:table-row>"
    "</table:table>"
    "<text:p><draw:frame><draw:text-box><text:p>Text box</text:p></draw:text-box></draw:frame>"
    "After the frame.</text:p>"
)

EXPECTED = (
    "Заявление МИД\n\n"
    f"{RU_PARAGRAPH}\n\n"
    "Kyiv rejects it.  Two spaces.\nNext line\ttabbed.\n\n"
    "Pretty printed spans here\n\n"
    "First condition\n\n"
    "Second condition\n\n"
    "Inside a section.\n\n"
    "Condition | Source\n"
    "Both columns\n\n"
    "After the frame."
)

META = {
    "dc:title": "Statement of the Ministry",
    "meta:initial-creator": "Press Office",
    "dc:creator": "Last Editor",
    "meta:creation-date": "2024-06-14T09:15:00.123456789",
    "dc:date": "2024-06-20T12:00:00",
    "dc:language": "ru-RU",
}


def test_text_in_order_with_odf_whitespace_rules(write_file: WriteFile) -> None:
    doc = load_document(write_file("statement.odt", odt_bytes(BODY, META)))
    assert doc.text == EXPECTED
    assert doc.file_format == "odt"


def test_meta_xml(write_file: WriteFile) -> None:
    doc = load_document(write_file("statement.odt", odt_bytes(BODY, META)))
    assert doc.meta.title == "Statement of the Ministry"
    assert doc.meta.author == "Press Office"
    # The file's creation date is not the publication date: kept as the file date.
    assert doc.meta.published == ""
    assert doc.variables["file_date"] == "2024-06-14T09:15:00"
    assert doc.meta.language == "ru"
    assert doc.warnings == ()


def test_without_meta_title_is_first_line(write_file: WriteFile) -> None:
    doc = load_document(write_file("bare.odt", odt_bytes("<text:p>Kyiv answers</text:p>")))
    assert doc.meta.title == "Kyiv answers"
    assert doc.meta.published == ""


def test_entity_declarations_are_refused(write_file: WriteFile) -> None:
    doctype = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
    data = odt_bytes("<text:p>&lol2;</text:p>", doctype=doctype)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("laughs.odt", data))
    assert refused.value.reason == (
        "declares a DTD or entities, which Parley never reads (a safety rule)"
    )


def test_spreadsheet_is_not_a_text_document(write_file: WriteFile) -> None:
    data = odt_bytes("", mimetype="application/vnd.oasis.opendocument.spreadsheet")
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("table.odt", data))
    assert refused.value.reason == (
        "is not an OpenDocument text document (application/vnd.oasis.opendocument.spreadsheet)"
    )


def test_password_protected_odt(write_file: WriteFile) -> None:
    data = odt_bytes(
        "<text:p>x</text:p>",
        manifest_extra="<manifest:encryption-data manifest:checksum='x'/>",
    )
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("secret.odt", data))
    assert refused.value.reason == "the .odt file is password-protected"


def test_truncated_and_malformed_odt(write_file: WriteFile) -> None:
    data = odt_bytes(BODY, META)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("cut.odt", data[: len(data) - 200]))
    assert refused.value.reason == "the .odt file is damaged"
    broken = odt_bytes("<text:p>unclosed")
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("broken.odt", broken))
    assert refused.value.reason == "the .odt file is damaged"


def test_not_a_zip(write_file: WriteFile) -> None:
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("fake.odt", b"%PDF-1.4\n"))
    assert refused.value.reason == "is not an OpenDocument .odt file (it looks like a PDF document)"

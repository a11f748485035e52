"""Builders for the binary formats the importer tests read: real files, made in the test."""

from __future__ import annotations

import io
import zipfile
from xml.sax.saxutils import escape

ODF_NAMESPACES = (
    'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
    'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
    'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
    'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" '
    'xmlns:dc="http://purl.org/dc/elements/1.1/" '
    'xmlns:dc-extra="http://purl.org/dc/elements/1.1/extra"'
)

ODT_MIMETYPE = "application/vnd.oasis.opendocument.text"


def odt_bytes(
    body_xml: str,
    meta: dict[str, str] | None = None,
    *,
    mimetype: str = ODT_MIMETYPE,
    manifest_extra: str = "",
) -> bytes:
    """An .odt package: ``body_xml`` goes inside ``<office:text>``; ``meta`` maps qualified
    meta.xml element names ("dc:title", "meta:creation-date") to their text."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-content {ODF_NAMESPACES} '
        f'office:version="1.3"><office:body><office:text>{body_xml}</office:text></office:body>'
        "</office:document-content>"
    )
    fields = "".join(f"<{k}>{escape(v)}</{k}>" for k, v in (meta or {}).items())
    meta_xml = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta {ODF_NAMESPACES} '
        f'office:version="1.3"><office:meta>{fields}</office:meta></office:document-meta>'
    )
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?>\n<manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0">'
        f'<manifest:file-entry manifest:full-path="/" manifest:media-type="{mimetype}"/>'
        '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml">'
        f"{manifest_extra}</manifest:file-entry></manifest:manifest>"
    )
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr(zipfile.ZipInfo("mimetype"), mimetype)  # stored, first, as ODF wants
        archive.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        archive.writestr("meta.xml", meta_xml, zipfile.ZIP_DEFLATED)
        archive.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buffer.getvalue()

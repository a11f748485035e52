"""Builders for the binary formats the importer tests read: real files, made in the test."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
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
    doctype: str = "",
) -> bytes:
    """An .odt package: ``body_xml`` goes inside ``<office:text>``; ``meta`` maps qualified
    meta.xml element names ("dc:title", "meta:creation-date") to their text; ``doctype`` is put
    before content.xml's root element."""
    content = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{doctype}<office:document-content '
        f"{ODF_NAMESPACES} "
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


def zip_of_zeros(path: str, member: str, size: int, extra: dict[str, bytes] | None = None) -> None:
    """Write a zip holding ``member`` = ``size`` zero bytes (a zip bomb when ``size`` is large),
    streamed in 1 MB chunks at the fastest compression level, so building a 1 GB bomb takes a
    couple of seconds and a megabyte of memory."""
    chunk = bytes(1 << 20)
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        for name, content in (extra or {}).items():
            archive.writestr(name, content)
        with archive.open(member, "w", force_zip64=True) as handle:
            remaining = size
            while remaining > 0:
                handle.write(chunk[: min(remaining, len(chunk))])
                remaining -= len(chunk)


def with_declared_size(
    data: bytes, member: str, declared: int, *, compressed: bool = False
) -> bytes:
    """A copy of zip ``data`` whose central directory claims ``member`` unpacks to
    ``declared`` bytes (or, with ``compressed``, took ``declared`` compressed bytes) — a
    directory that lies, as a crafted bomb's would."""
    name = member.encode()
    position = data.find(b"PK\x01\x02")
    while position >= 0:
        name_length = int.from_bytes(data[position + 28 : position + 30], "little")
        if data[position + 46 : position + 46 + name_length] == name:
            patched = bytearray(data)
            at = position + (20 if compressed else 24)
            patched[at : at + 4] = declared.to_bytes(4, "little")
            return bytes(patched)
        position = data.find(b"PK\x01\x02", position + 4)
    raise ValueError(f"{member} is not in the archive")


def pdf_bytes(
    pages: list[list[str]],
    font: str = "Helvetica",
    *,
    metadata: dict[str, str] | None = None,
    image_pages: frozenset[int] = frozenset(),
) -> bytes:
    """A PDF with one text line per entry of each page (reportlab); pages whose index is in
    ``image_pages`` get only a grey picture, like a scan. ``metadata`` ("/Title",
    "/CreationDate"…) is set with pypdf, which lets every field be chosen."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=True)
    for index, lines in enumerate(pages):
        if index in image_pages:
            from PIL import Image

            pdf.drawImage(ImageReader(Image.new("L", (120, 60), 128)), 72, 600, 240, 120)
        pdf.setFont(font, 11)
        for number, line in enumerate(lines):
            pdf.drawString(56, 780 - 16 * number, line)
        pdf.showPage()
    pdf.save()
    data = buffer.getvalue()
    return with_pdf_metadata(data, metadata) if metadata else data


def with_pdf_metadata(data: bytes, metadata: dict[str, str]) -> bytes:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.add_metadata(metadata)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def encrypted_pdf(data: bytes, user_password: str, algorithm: str = "AES-256") -> bytes:
    """``data`` encrypted with pypdf; an empty ``user_password`` makes a PDF anyone may open
    but whose owner restricted it (the common "secured" PDF)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(data)))
    writer.encrypt(user_password=user_password, owner_password="owner-secret", algorithm=algorithm)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def docx_bytes(*paragraphs: str, title: str = "") -> bytes:
    """A Word document saved by python-docx, one paragraph per argument (placeholders a test
    rewrites in the XML are fine: they are plain words)."""
    import docx

    document = docx.Document()
    if title:
        document.core_properties.title = title
    for paragraph in paragraphs:
        document.add_paragraph(paragraph)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def rewrite_members(data: bytes, rewrite: dict[str, Callable[[bytes], bytes]]) -> bytes:
    """A copy of zip ``data`` with the named members' bytes passed through their function."""
    source = zipfile.ZipFile(io.BytesIO(data))
    target = io.BytesIO()
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for item in source.infolist():
            content = source.read(item.filename)
            if item.filename in rewrite:
                content = rewrite[item.filename](content)
            archive.writestr(item, content)
    return target.getvalue()


def with_doctype(xml: bytes, doctype: str) -> bytes:
    """``xml`` with ``doctype`` put right after its XML declaration (or at the start)."""
    if xml.startswith(b"<?xml"):
        end = xml.index(b"?>") + 2
        return xml[:end] + doctype.encode() + xml[end:]
    return doctype.encode() + xml

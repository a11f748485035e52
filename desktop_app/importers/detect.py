"""What a file really is, from its first bytes — because file names lie.

The loader dispatches by suffix (that is what the analyst chose), then asks :func:`sniff` whether
the content agrees: a ".pdf" that does not start like a PDF is refused as "not a PDF file"
instead of being handed to a parser that would fail with a cryptic message, and a ".txt" that
is really a zip archive or a JPEG is refused as "not a text file", naming what it looks like.
"""

from __future__ import annotations

from enum import StrEnum

from desktop_app.i18n import N_, gettext


class Kind(StrEnum):
    """Content kinds recognisable from magic bytes. ``TEXTLIKE`` means "no known binary
    signature": plain text, Markdown or HTML, told apart by the suffix."""

    PDF = "pdf"
    ZIP = "zip"
    OLE = "ole"  # Compound File Binary: legacy .doc/.xls, or an encrypted Office file
    RTF = "rtf"
    IMAGE = "image"
    EXECUTABLE = "executable"
    ARCHIVE = "archive"
    MEDIA = "media"
    TEXTLIKE = "textlike"


DESCRIPTIONS: dict[Kind, str] = {
    Kind.PDF: N_("a PDF document"),
    Kind.ZIP: N_("a zip archive or Office document"),
    Kind.OLE: N_("a legacy Microsoft Office file (.doc, .xls) or an encrypted Office document"),
    Kind.RTF: N_("an RTF document"),
    Kind.IMAGE: N_("an image"),
    Kind.EXECUTABLE: N_("a program"),
    Kind.ARCHIVE: N_("a compressed archive"),
    Kind.MEDIA: N_("an audio or video file"),
    Kind.TEXTLIKE: N_("text"),
}

# Readers accept "%PDF-" anywhere in the first 1024 bytes (some generators put junk or a
# MacBinary header first), so the PDF importer does too (see ``looks_like_pdf``); ``sniff`` only
# calls a file a PDF when it starts like one, so that a text merely mentioning "%PDF-" near its
# top stays text.
PDF_HEADER_WINDOW = 1024

_SIGNATURES: tuple[tuple[bytes, Kind], ...] = (
    (b"PK\x03\x04", Kind.ZIP),
    (b"PK\x05\x06", Kind.ZIP),  # empty archive
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", Kind.OLE),
    (b"\x89PNG\r\n\x1a\n", Kind.IMAGE),
    (b"\xff\xd8\xff", Kind.IMAGE),
    (b"GIF87a", Kind.IMAGE),
    (b"GIF89a", Kind.IMAGE),
    (b"II*\x00", Kind.IMAGE),
    (b"MM\x00*", Kind.IMAGE),
    (b"BM", Kind.IMAGE),
    (b"MZ", Kind.EXECUTABLE),
    (b"\x7fELF", Kind.EXECUTABLE),
    (b"\xcf\xfa\xed\xfe", Kind.EXECUTABLE),
    (b"\xca\xfe\xba\xbe", Kind.EXECUTABLE),
    (b"\x1f\x8b", Kind.ARCHIVE),
    (b"7z\xbc\xaf\x27\x1c", Kind.ARCHIVE),
    (b"Rar!\x1a\x07", Kind.ARCHIVE),
    (b"BZh", Kind.ARCHIVE),
    (b"\xfd7zXZ\x00", Kind.ARCHIVE),
    (b"\x28\xb5\x2f\xfd", Kind.ARCHIVE),
    (b"ID3", Kind.MEDIA),
    (b"OggS", Kind.MEDIA),
    (b"fLaC", Kind.MEDIA),
    (b"\x1aE\xdf\xa3", Kind.MEDIA),
)


def sniff(data: bytes) -> Kind:
    """The kind of content ``data`` holds, judged from its first bytes."""
    head = data[:64]
    stripped = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if stripped.startswith(b"{\\rtf"):
        return Kind.RTF
    for signature, kind in _SIGNATURES:
        # "BM" and "MZ" are short enough to start an ordinary text; require the binary
        # bytes that follow in a real bitmap/executable header.
        if head.startswith(signature) and (len(signature) > 2 or _binary_after(head, 2)):
            return kind
    if head[4:12] in (b"ftypisom", b"ftypmp42", b"ftypM4A ", b"ftypqt  ", b"ftypheic"):
        return Kind.MEDIA
    if head.startswith(b"RIFF") and head[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return Kind.IMAGE if head[8:12] == b"WEBP" else Kind.MEDIA
    if head.startswith(b"%PDF-"):
        return Kind.PDF
    return Kind.TEXTLIKE


def looks_like_pdf(data: bytes) -> bool:
    """Whether a file offered as .pdf carries a PDF header where readers look for one."""
    return b"%PDF-" in data[:PDF_HEADER_WINDOW]


def _binary_after(head: bytes, offset: int) -> bool:
    """True if the few bytes after ``offset`` include a control byte no text would hold."""
    return any(byte < 0x09 for byte in head[offset : offset + 8])


def is_odf_text(mimetype: bytes) -> bool:
    """Whether an ODF package's ``mimetype`` member names a text document (.odt/.ott)."""
    return mimetype.strip().startswith(b"application/vnd.oasis.opendocument.text")


_WHAT_TO_DO: dict[Kind, str] = {
    Kind.PDF: N_("rename it to .pdf and import it again"),
    Kind.ZIP: N_("if it is a Word or LibreOffice document, give it the .docx or .odt extension"),
    Kind.OLE: N_("open it in Word or LibreOffice, save it as .docx and import that file"),
    Kind.RTF: N_("rename it to .rtf and import it again"),
    Kind.IMAGE: N_("Parley imports text; run OCR on the image first"),
    Kind.EXECUTABLE: N_("check that this is the file you meant to import"),
    Kind.ARCHIVE: N_("unpack it and import the files inside"),
    Kind.MEDIA: N_("Parley imports text documents only"),
    Kind.TEXTLIKE: N_("check that this is the file you meant to import"),
}


def what_to_do(kind: Kind) -> str:
    """Advice for a file whose content (``kind``) does not match its suffix."""
    return gettext(_WHAT_TO_DO[kind])

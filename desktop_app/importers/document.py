"""What an importer hands to the services: one document's text and metadata."""

from __future__ import annotations

from dataclasses import dataclass, field

from desktop_app.domain.model import SourceMeta


@dataclass(frozen=True)
class ImportedDocument:
    """A decoded document ready to become a source.

    ``text`` is final: line endings normalised to ``\\n`` (see ``importers/textnorm.py``), and
    every later offset counts code points into it. ``sha256`` is of the original bytes, so the
    same file imported twice is recognised.
    """

    text: str
    meta: SourceMeta
    original_name: str
    file_format: str  # "txt", "html", "docx", "odt", "pdf", "md", "rtf", "paste", "qdpx"
    sha256: str
    variables: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()
    # The file's bytes when its text encoding was a guess (``charsets.uncertain``), so the
    # analyst can read it in another encoding later; empty otherwise.
    original: bytes = field(default=b"", repr=False)

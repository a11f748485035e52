"""Helpers for building projects in tests through the real services."""

from __future__ import annotations

import hashlib

from desktop_app.domain.model import Code, CodeKind, SourceMeta, SpeakerDetails
from desktop_app.importers.document import ImportedDocument
from desktop_app.services import codebook, sources
from desktop_app.services.project import Project


def document(text: str, title: str = "Source", **meta: str) -> ImportedDocument:
    return ImportedDocument(
        text=text,
        meta=SourceMeta(title=title, **meta),
        original_name=f"{title}.txt",
        file_format="txt",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def add_source(project: Project, text: str, title: str = "Source", **meta: str) -> int:
    report = sources.add_documents(project, [document(text, title, **meta)])
    return report.added[0].id


def add_code(
    project: Project, kind: CodeKind, name: str, aliases: tuple[str, ...] = (), side: str = ""
) -> Code:
    root = codebook.root_of_kind(project, kind)
    details = SpeakerDetails(aliases=aliases, side=side) if aliases or side else None
    return codebook.create_code(project, root.id, name, speaker=details)

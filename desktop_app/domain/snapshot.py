"""Everything an export or a comparison reads, copied out of the database at one moment.

Workers and exporters get a snapshot, never a live session: they run off the GUI thread and
must not see half of a later change.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from desktop_app.domain.model import Annotation, Case, Code, CodeKind, Link, Source


@dataclass(frozen=True)
class ProjectSnapshot:
    name: str
    guid: str
    sources: tuple[Source, ...]
    texts: dict[int, str]
    codes: tuple[Code, ...]
    annotations: tuple[Annotation, ...]
    links: tuple[Link, ...] = ()
    cases: tuple[Case, ...] = ()
    coders: tuple[str, ...] = ()
    created_at: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @cached_property
    def codes_by_id(self) -> dict[int, Code]:
        return {code.id: code for code in self.codes}

    @cached_property
    def sources_by_id(self) -> dict[int, Source]:
        return {source.id: source for source in self.sources}

    @cached_property
    def annotations_by_id(self) -> dict[int, Annotation]:
        return {annotation.id: annotation for annotation in self.annotations}

    def codes_of_kind(self, kind: CodeKind) -> list[Code]:
        """Non-root codes of a kind, in codebook order."""
        return [c for c in self.codes if c.kind == kind and not c.is_root]

    def annotations_of(self, source_id: int) -> list[Annotation]:
        return [a for a in self.annotations if a.source_id == source_id]

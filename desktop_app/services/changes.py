"""What an operation changed, so each view can decide whether it must refresh (Anki's
"change sets"). Derived from the storage change log, never assembled by hand."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from desktop_app.domain.model import Annotation
from desktop_app.storage.transaction import RowChange


@dataclass(frozen=True)
class ChangeSet:
    label: str
    sources: frozenset[int] = field(default_factory=frozenset)
    # Sources added, removed, or whose text was replaced (read in another encoding).
    source_texts: frozenset[int] = field(default_factory=frozenset)
    codes: frozenset[int] = field(default_factory=frozenset)
    # Of ``codes``, those whose own row did not change: only how many annotations they hold
    # (mark-up). Empty when unknown (a colleague's change): then every code is read again.
    recounted: frozenset[int] = field(default_factory=frozenset)
    annotations: frozenset[int] = field(default_factory=frozenset)
    links: frozenset[int] = field(default_factory=frozenset)
    project: bool = False
    outlets: bool = False  # an outlet added, edited, merged or deleted
    undo: bool = False  # produced by undo or redo
    # Sources whose rejected suggestions changed (a rejection, or its undo).
    suggestions: frozenset[int] = field(default_factory=frozenset)
    # The annotations named above as the operation committed them, when it read them back
    # (a few, made in this window): the views show these instead of reading them again.
    # None: not read back (undo, a colleague's change, a large change); an id named in
    # ``annotations`` but absent here was deleted.
    stored: Mapping[int, Annotation] | None = field(default=None, compare=False, repr=False)

    @property
    def empty(self) -> bool:
        return not (
            self.sources
            or self.codes
            or self.annotations
            or self.links
            or self.project
            or self.outlets
            or self.suggestions
        )

    @classmethod
    def from_rows(cls, label: str, changes: Iterable[RowChange], undo: bool = False) -> ChangeSet:
        sources: set[int] = set()
        added_or_removed: set[int] = set()
        codes: set[int] = set()
        code_rows: set[int] = set()
        annotations: set[int] = set()
        links: set[int] = set()
        suggestions: set[int] = set()
        project = False
        outlets = False
        for change in changes:
            image = change.after if change.after is not None else change.before
            assert image is not None
            table = change.table
            if table == "sources":
                sources.add(image["id"])
                if (
                    change.before is None
                    or change.after is None
                    or change.before.get("text") != change.after.get("text")
                ):
                    added_or_removed.add(image["id"])
            elif table in ("source_variables", "case_sources"):
                sources.add(image["source_id"])
            elif table == "codes":
                codes.add(image["id"])
                code_rows.add(image["id"])
            elif table == "annotations":
                annotations.add(image["id"])
                sources.add(image["source_id"])
            elif table == "annotation_codes":
                annotations.add(image["annotation_id"])
                codes.add(image["code_id"])
            elif table == "links":
                links.add(image["id"])
                annotations.update((image["from_id"], image["to_id"]))
            elif table == "outlets":
                outlets = True
            elif table == "rejected_suggestions":
                suggestions.add(image["source_id"])
            else:
                project = True
        return cls(
            label=label,
            sources=frozenset(sources),
            source_texts=frozenset(added_or_removed),
            codes=frozenset(codes),
            recounted=frozenset(codes - code_rows),
            annotations=frozenset(annotations),
            links=frozenset(links),
            project=project,
            outlets=outlets,
            undo=undo,
            suggestions=frozenset(suggestions),
        )

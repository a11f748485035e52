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
    # How the number of annotations changed: per code (codings added − removed) and per
    # source (annotations added − removed), counted from the rows. ``counted_sources``: the
    # sources named only because their annotations changed (their own rows did not). A view
    # holding exact counts can apply these instead of counting again.
    coding_deltas: Mapping[int, int] = field(default_factory=dict, compare=False, repr=False)
    annotation_deltas: Mapping[int, int] = field(default_factory=dict, compare=False, repr=False)
    counted_sources: frozenset[int] = field(default_factory=frozenset)

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
        source_rows: set[int] = set()
        coding_deltas: dict[int, int] = {}
        annotation_deltas: dict[int, int] = {}
        project = False
        outlets = False
        for change in changes:
            image = change.after if change.after is not None else change.before
            assert image is not None
            table = change.table
            # +1 for a row made, -1 for one removed, 0 for one edited.
            step = (change.after is not None) - (change.before is not None)
            if table == "sources":
                sources.add(image["id"])
                source_rows.add(image["id"])
                if (
                    change.before is None
                    or change.after is None
                    or change.before.get("text") != change.after.get("text")
                ):
                    added_or_removed.add(image["id"])
            elif table in ("source_variables", "case_sources"):
                sources.add(image["source_id"])
                source_rows.add(image["source_id"])
            elif table == "codes":
                codes.add(image["id"])
                code_rows.add(image["id"])
            elif table == "annotations":
                annotations.add(image["id"])
                sources.add(image["source_id"])
                if change.before is not None and change.after is not None:
                    moved = change.before["source_id"] != change.after["source_id"]
                    if moved:  # (never by mark-up; counted both ways all the same)
                        old_source = change.before["source_id"]
                        sources.add(old_source)
                        annotation_deltas[old_source] = annotation_deltas.get(old_source, 0) - 1
                        step = 1
                key = image["source_id"]
                annotation_deltas[key] = annotation_deltas.get(key, 0) + step
            elif table == "annotation_codes":
                annotations.add(image["annotation_id"])
                codes.add(image["code_id"])
                if change.before is not None and change.after is not None:
                    old_code = change.before["code_id"]
                    if old_code != change.after["code_id"]:
                        codes.add(old_code)
                        coding_deltas[old_code] = coding_deltas.get(old_code, 0) - 1
                        step = 1
                key = image["code_id"]
                coding_deltas[key] = coding_deltas.get(key, 0) + step
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
            coding_deltas=coding_deltas,
            annotation_deltas=annotation_deltas,
            counted_sources=frozenset(sources - source_rows),
        )

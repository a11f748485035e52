"""Importing a REFI-QDA ``.qdpx`` project (MAXQDA, NVivo, ATLAS.ti, QualCoder, Parley).

The archive is read and checked completely before the project is touched; then everything goes
in as ONE operation — one transaction, one undo step — or not at all. Into an existing project
the import merges: codes by GUID or by (parent, name), sources with the same text are recognised
as duplicates (their selections join the source already there), and a GUID the project already
uses for something else is replaced by a fresh one. What could not be carried over is listed in
``QdpxImportResult.notes``, as the standard asks. Export lives in ``services.exports``.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.clock import now_iso
from desktop_app.domain.bulk import collector_paused
from desktop_app.domain.model import CoderOrigin, CodingStatus
from desktop_app.domain.refi_vocabulary import (
    derived_guid,
    field_for_variable,
    outlet_detail_for_variable,
    status_from_text,
)
from desktop_app.domain.textfold import fold
from desktop_app.errors import Cancelled
from desktop_app.i18n import N_plural, gettext
from desktop_app.importers.qdpx import read_qdpx
from desktop_app.importers.qdpx_archive import Limits
from desktop_app.importers.qdpx_codes import plan_codes
from desktop_app.importers.qdpx_guids import GuidPool
from desktop_app.importers.qdpx_model import LossReport, QdpxProject, QdpxSource
from desktop_app.progress import CancelCheck, ProgressCallback
from desktop_app.services.outlets import OutletFacts, add_outlet_facts, settle_outlets
from desktop_app.services.project import Project
from desktop_app.storage import bulk, project_meta
from desktop_app.storage import codebook as code_store
from desktop_app.storage import sources as source_store
from desktop_app.storage.transaction import Transaction

log = logging.getLogger(__name__)


# Column widths the schema declares (PostgreSQL enforces them; SQLite does not).
_WIDTHS = {"published": 40, "language": 40, "coder": 200, "case": 500, "relation": 100}
_FIELDS = ("outlet", "author", "published", "url", "language")
UNNAMED_LINK = "linked to"


@dataclass
class QdpxImportResult:
    archive: Path
    project_name: str = ""
    sources: int = 0
    duplicates: int = 0
    codes: int = 0
    codes_matched: int = 0
    annotations: int = 0
    codings: int = 0
    links: int = 0
    cases: int = 0
    coders: int = 0
    source_ids: list[int] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def summary(self) -> str:
        codes = (
            gettext("{count} new code(s) ({matched} matched existing ones)")
            if self.codes_matched
            else gettext("{count} new code(s)")
        )
        parts = [
            gettext("{count} source(s)").format(count=self.sources),
            gettext("{count} annotation(s) with {codings} coding(s)").format(
                count=self.annotations, codings=self.codings
            ),
            codes.format(count=self.codes, matched=self.codes_matched),
            gettext("{count} link(s)").format(count=self.links),
            gettext("{count} case(s)").format(count=self.cases),
            gettext("{count} new coder(s)").format(count=self.coders),
        ]
        line = gettext("imported {name}: {parts}").format(
            name=self.archive.name, parts=", ".join(parts)
        )
        if self.duplicates:
            line += gettext("; {count} source(s) were already in the project").format(
                count=self.duplicates
            )
        return line


def _outlet_facts(variables: dict[str, str]) -> OutletFacts:
    """The outlet details among a source's left-over variables (taken out of them)."""
    found: dict[str, str] = {}
    for name in list(variables):
        detail = outlet_detail_for_variable(name)
        if detail is not None:
            found.setdefault(detail, variables.pop(name))
    return OutletFacts(
        groups=found.get("groups", ""), country=found.get("country", ""), type=found.get("type", "")
    )


def _fit(value: str, width: int) -> str:
    return value if len(value) <= width else value[: width - 1] + "…"


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _quoted(text: str) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= 40 else flat[:39] + '…'}”"


class _Import:
    """One import inside one transaction: each step maps archive keys to project ids."""

    def __init__(
        self, tx: Transaction, parsed: QdpxProject, archive: Path, cancelled: CancelCheck | None
    ) -> None:
        self.tx = tx
        self.parsed = parsed
        self.archive = archive
        self.cancelled = cancelled
        self.now = now_iso()
        self.pool = GuidPool(bulk.taken_guids(tx))
        self.losses = LossReport()
        self.info: list[str] = []
        self.result = QdpxImportResult(archive, parsed.name)
        self.code_ids: dict[str, int] = {}
        self.root_keys: set[str] = set()
        self.user_ids: dict[str, int] = {}
        self.source_ids: dict[str, int] = {}
        self.merged_sources: set[int] = set()  # existing sources that archive sources duplicate
        self.selection_ids: dict[str, int] = {}
        self.earlier_annotations: set[int] = set()  # annotations that were in the project before

    def run(self) -> QdpxImportResult:
        if self.parsed.position_note:
            self.info.append(self.parsed.position_note)
        for step in (self._codes, self._coders, self._sources, self._annotations, self._links):
            self._check_cancel()
            step()
        self._cases()
        self._check_cancel()
        clashes = ", ".join(f"{n} {kind}(s)" for kind, n in self.pool.clashes.items())
        if clashes:
            self.info.append(
                gettext(
                    "{clashes} had GUIDs this project already uses for something else (or the "
                    "archive used twice); they were given new GUIDs"
                ).format(clashes=clashes)
            )
        losses = LossReport()  # what the archive held that Parley cannot keep, then the rest
        losses.merge(self.parsed.losses)
        losses.merge(self.losses)
        self.result.notes = [*self.info, *losses.lines()]
        return self.result

    def _check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    # -- codebook and coders -------------------------------------------------------------------

    def _codes(self) -> None:
        plan = plan_codes(self.parsed, code_store.list_codes(self.tx), self.pool)
        self.code_ids = dict(plan.existing)
        self.root_keys = plan.root_keys
        new_ids: dict[int, int] = {}
        for depth in sorted({p.depth for p in plan.planned}):
            level = [(i, p) for i, p in enumerate(plan.planned) if p.depth == depth]
            rows = []
            for _, planned in level:
                parent = planned.parent_id
                if planned.parent_index is not None:
                    parent = new_ids[planned.parent_index]
                rows.append({**planned.values, "parent_id": parent})
            for (index, _), new_id in zip(level, bulk.insert_codes(self.tx, rows), strict=True):
                new_ids[index] = new_id
        self.code_ids.update({key: new_ids[i] for key, i in plan.planned_index.items()})
        self.result.codes = len(plan.planned)
        self.result.codes_matched = plan.matched
        for name in plan.merged_duplicates:
            self.losses.add(
                N_plural(
                    "{n} code named like a sibling, merged into it",
                    "{n} codes named like a sibling, merged into it",
                ),
                _quoted(name),
            )

    def _coders(self) -> None:
        existing = bulk.coders(self.tx)
        by_guid = {guid.lower(): coder_id for coder_id, guid, _ in existing}
        by_name = {name: coder_id for coder_id, _, name in existing}
        rows: list[dict[str, Any]] = []
        row_of_user: dict[str, int] = {}  # user key → index in rows
        row_of_name: dict[str, int] = {}
        for user in self.parsed.users:
            if user.key in self.user_ids or user.key in row_of_user:
                continue
            if user.guid and self.pool.holder(user.guid) == "coder" and user.guid in by_guid:
                self.user_ids[user.key] = by_guid[user.guid]
                continue
            name = _fit(user.name or f"User {user.key[:8]}", _WIDTHS["coder"])
            if name in by_name:
                self.user_ids[user.key] = by_name[name]
            elif name in row_of_name:  # two users of one name: one coder, as names are unique
                row_of_user[user.key] = row_of_name[name]
            else:
                row_of_name[name] = row_of_user[user.key] = len(rows)
                rows.append(
                    {
                        "guid": self.pool.claim(user.guid, "coder"),
                        "name": name,
                        "created_at": self.now,
                    }
                )
        ids = bulk.insert_coders(self.tx, rows)
        for row in rows:  # the other tool's users, not people of this team
            project_meta.set_coder_origin(self.tx, row["name"], CoderOrigin.IMPORTED)
        self.user_ids.update({key: ids[index] for key, index in row_of_user.items()})
        self.result.coders = len(rows)

    # -- sources -------------------------------------------------------------------------------

    def _sources(self) -> None:
        sources = [s for s in self.parsed.sources if s.text]
        for empty in (s for s in self.parsed.sources if not s.text):
            self.losses.add(N_plural("{n} empty source", "{n} empty sources"), _quoted(empty.title))
        existing = bulk.text_digests(self.tx, {len(s.text) for s in sources})
        # Sources from files are keyed by the hash of their original bytes, which can equal
        # the hash of another text here (a CRLF file whose stored text has LF): the content
        # hash is unique per project, so such a source is keyed by its GUID and text instead.
        taken = source_store.find_by_sha256(self.tx, {_digest(s.text) for s in sources})
        position = source_store.next_position(self.tx)
        rows: list[dict[str, Any]] = []
        extras: list[dict[str, str]] = []
        facts: list[OutletFacts] = []
        fresh: list[QdpxSource] = []
        twins: list[tuple[QdpxSource, QdpxSource]] = []
        first_with_text: dict[str, QdpxSource] = {}
        for source in sources:
            digest = _digest(source.text)
            if digest in existing:
                source_id, title = existing[digest]
                self._map_source(source, source_id)
                self.merged_sources.add(source_id)
                self.result.duplicates += 1
                self.info.append(
                    gettext(
                        "{source} is already in the project as {title} "
                        "(same text); its coded selections were merged into it"
                    ).format(source=_quoted(source.title), title=_quoted(title))
                )
                continue
            if digest in first_with_text:
                twins.append((source, first_with_text[digest]))
                continue
            first_with_text[digest] = source
            key = _digest(f"{source.guid}\n{source.text}") if digest in taken else digest
            row, variables = self._source_row(source, key, position + len(rows))
            rows.append(row)
            facts.append(_outlet_facts(variables))
            extras.append(variables)
            fresh.append(source)
        outlets = settle_outlets(self.tx, [(row["outlet"], row["url"]) for row in rows])
        for row, outlet in zip(rows, outlets, strict=True):
            row["outlet"] = outlet or row["outlet"]
        self.info.extend(add_outlet_facts(self.tx, list(zip(outlets, facts, strict=True))))
        ids = bulk.insert_sources(self.tx, rows)
        for source, source_id in zip(fresh, ids, strict=True):
            self._map_source(source, source_id)
        for twin, first in twins:
            self._map_source(twin, self.source_ids[first.key])
            self.result.duplicates += 1
            self.info.append(
                gettext(
                    "{source} has the same text as {other} in the "
                    "archive; their selections were put on one source"
                ).format(source=_quoted(twin.title), other=_quoted(first.title))
            )
        bulk.insert_source_variables(
            self.tx,
            [
                {"source_id": source_id, "name": name, "value": value}
                for source_id, variables in zip(ids, extras, strict=True)
                for name, value in variables.items()
            ],
        )
        self.result.sources = len(ids)
        self.result.source_ids = ids

    def _map_source(self, source: QdpxSource, source_id: int) -> None:
        for key in (source.key, *source.other_keys):
            self.source_ids.setdefault(key, source_id)

    def _source_row(
        self, source: QdpxSource, digest: str, position: int
    ) -> tuple[dict[str, Any], dict[str, str]]:
        """The source's row, and the variables that fill no column of it."""
        fields: dict[str, str] = {}
        status = CodingStatus.TODO
        extras: dict[str, str] = {}
        for name, value in source.variables.items():
            target = field_for_variable(name)
            found_status = status_from_text(value) if target == "status" else None
            if found_status is not None:
                status = found_status
            elif (
                target in _FIELDS
                and target not in fields
                and len(value) <= _WIDTHS.get(target, 10**9)
            ):
                fields[target] = value
            else:
                extras[_fit(name, 200)] = value
        row = {
            "guid": self.pool.claim(source.guid, "source"),
            "title": source.title,
            **{name: fields.get(name, "") for name in _FIELDS},
            "original_name": self.archive.name,
            "file_format": "qdpx",
            "sha256": digest,
            "imported_at": self.now,
            "status": status.value,
            "characters": len(source.text),
            "text": source.text,
            "folded_text": fold(source.text),
            "position": position,
        }
        return row, extras

    # -- annotations and links -------------------------------------------------------------

    def _codes_of(self, code_keys: list[str]) -> list[int]:
        codes: list[int] = []
        for key in code_keys:
            if key in self.root_keys:
                self.losses.add(
                    N_plural(
                        "{n} coding with a Conditions/Speakers/Reactions folder itself "
                        "(Parley codes with the codes under them)",
                        "{n} codings with a Conditions/Speakers/Reactions folder itself "
                        "(Parley codes with the codes under them)",
                    )
                )
            elif key in self.code_ids:
                if self.code_ids[key] not in codes:
                    codes.append(self.code_ids[key])
            else:
                self.losses.add(
                    N_plural(
                        "{n} coding with a code the archive does not define",
                        "{n} codings with a code the archive does not define",
                    )
                )
        return codes

    def _annotations(self) -> None:
        # Only selections on sources already in the project can already be in it.
        on_merged = [
            s
            for src in self.parsed.sources
            if self.source_ids.get(src.key) in self.merged_sources
            for s in src.selections
        ]
        guids = [s.guid for s in on_merged if s.guid]
        guids += [
            derived_guid(s.guid, "coded by", user_key)
            for s in on_merged
            if s.guid
            for user_key, _ in s.codings_by_user()[1:]
        ]
        existing = bulk.annotation_ids_by_guid(self.tx, guids)
        present = bulk.span_ids(self.tx, self.merged_sources)
        rows: list[dict[str, Any]] = []
        row_codes: list[list[int]] = []
        keys: list[str] = []
        for source in self.parsed.sources:
            source_id = self.source_ids.get(source.key)
            if source_id is None:
                continue
            merging = source_id in self.merged_sources
            for selection in source.selections:
                # One annotation per person who coded the selection: an annotation has one
                # coder, and each Coding has its own creatingUser. The selection's creator (or
                # the first coder) keeps the selection's GUID, so links and a later import of
                # the same archive find it; the others get GUIDs derived from it and the user.
                groups = [
                    (user_key, codes)
                    for user_key, keys in selection.codings_by_user()
                    if (codes := self._codes_of(keys))
                ]
                if not groups:
                    self.losses.add(
                        N_plural(
                            "{n} selection without a usable code (skipped)",
                            "{n} selections without a usable code (skipped)",
                        ),
                        _quoted(selection.name),
                    )
                    continue
                for index, (user_key, codes) in enumerate(groups):
                    guid = selection.guid
                    if index and selection.guid:
                        guid = derived_guid(selection.guid, "coded by", user_key)
                    if merging:
                        # On a source already here, a selection with a GUID the project knows,
                        # or with the same span and codes, is an annotation it has (perhaps
                        # edited since): the project's version stays, and links can still
                        # reach it.
                        span = (source_id, selection.start, selection.end, frozenset(codes))
                        earlier = existing.get(guid or "", present.get(span))
                        if earlier is not None:
                            self.selection_ids.setdefault(selection.key, earlier)
                            self.earlier_annotations.add(earlier)
                            continue
                    coder = self.user_ids.get(user_key)
                    if user_key and coder is None:
                        self.losses.add(
                            N_plural(
                                "{n} coding by a user the archive does not list",
                                "{n} codings by a user the archive does not list",
                            )
                        )
                    created = selection.created_at or self.now
                    rows.append(
                        {
                            "guid": self.pool.claim(guid, "annotation"),
                            "source_id": source_id,
                            "start": selection.start,
                            "end": selection.end,
                            "quote": source.text[selection.start : selection.end],
                            "note": selection.note,
                            "coder_id": coder,
                            "created_at": created,
                            "updated_at": selection.modified_at or created,
                        }
                    )
                    row_codes.append(codes)
                    keys.append(selection.key)
        ids = bulk.insert_annotations(self.tx, rows, row_codes)
        for key, annotation_id in zip(keys, ids, strict=True):
            self.selection_ids.setdefault(key, annotation_id)
        self.result.annotations = len(ids)
        self.result.codings = sum(len(codes) for codes in row_codes)

    def _links(self) -> None:
        present = bulk.link_keys(self.tx, self.earlier_annotations)
        rows: list[dict[str, Any]] = []
        for link in self.parsed.links:
            origin = self.selection_ids.get(link.origin_key)
            target = self.selection_ids.get(link.target_key)
            if origin is None or target is None or origin == target:
                self.losses.add(
                    N_plural(
                        "{n} link not between two imported selections (Parley links spans)",
                        "{n} links not between two imported selections (Parley links spans)",
                    ),
                    _quoted(link.name or "link"),
                )
                continue
            relation = _fit(link.name or UNNAMED_LINK, _WIDTHS["relation"])
            if (origin, target, relation) in present:
                continue
            present.add((origin, target, relation))
            if link.direction in ("Associative", "Bidirectional"):
                self.losses.add(
                    N_plural(
                        "{n} two-way link kept as a one-way link",
                        "{n} two-way links kept as one-way links",
                    )
                )
            rows.append(
                {
                    "guid": self.pool.claim(link.guid, "link"),
                    "from_id": origin,
                    "to_id": target,
                    "relation": relation,
                    "created_at": self.now,
                }
            )
        self.result.links = len(bulk.insert_links(self.tx, rows))

    # -- cases ---------------------------------------------------------------------------------

    def _cases(self) -> None:
        existing = bulk.case_members(self.tx)
        pairs: list[tuple[int, int]] = []
        rows: list[dict[str, Any]] = []
        members_of_new: list[set[int]] = []
        for case in self.parsed.cases:
            members = {self.source_ids[k] for k in case.source_keys if k in self.source_ids}
            missing = sum(1 for k in case.source_keys if k not in self.source_ids)
            if missing:
                self.losses.add(
                    N_plural(
                        "{n} case member that is not an imported source",
                        "{n} case members that are not imported sources",
                    ),
                    _quoted(case.name),
                    missing,
                )
            if case.guid and self.pool.holder(case.guid) == "case" and case.guid in existing:
                case_id, current = existing[case.guid]
                pairs.extend((case_id, s) for s in sorted(members - current))
                continue
            rows.append(
                {
                    "guid": self.pool.claim(case.guid, "case"),
                    "name": _fit(case.name, _WIDTHS["case"]),
                    "description": case.description,
                }
            )
            members_of_new.append(members)
        ids = bulk.insert_cases(self.tx, rows)
        for case_id, members in zip(ids, members_of_new, strict=True):
            pairs.extend((case_id, s) for s in sorted(members))
        bulk.insert_case_sources(self.tx, pairs)
        self.result.cases = len(ids)


def import_qdpx(
    project: Project,
    path: Path,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    *,
    limits: Limits | None = None,
) -> QdpxImportResult:
    """Import a whole ``.qdpx`` project into ``project`` as one undoable operation.

    Raises ImportRefused (one clear line) for an archive that is not a project, is damaged or
    hostile, and Cancelled when ``cancelled()`` turns true; either way the project is unchanged.
    """
    path = Path(path)
    # 50,000 selections read and 150,000 row images logged, none of them in a cycle: full
    # collections walking them all were a quarter of the import (domain.bulk).
    with collector_paused():
        parsed = read_qdpx(path, limits=limits, progress=progress, cancelled=cancelled)
        total = len(parsed.sources)
        if progress is not None:
            progress(total, total, gettext("storing"))
        with project.operation(gettext("Import “{name}”").format(name=path.name)) as tx:
            result = _Import(tx, parsed, path, cancelled).run()
    log.info("%s", result.summary())
    return result

"""How each source told it: variant groups (every wording of a condition; a speaker's statement
told by two or more sources) against a reference wording, and direct quotations that differ.

The reference of a group is the analyst's pinned wording (kept in the project's settings under
``variant_reference:<group>``; pinning is one undoable operation) or else the earliest
published source's wording that most other sources' wordings retell. Wordings in the
reference's language are diffed word by word (:mod:`desktop_app.reading.variants`) when they
tell the same passage; the others stand beside it, marked with their language.

:func:`variant_report` reads a snapshot only (the window computes it off the GUI thread, the
exports from the snapshot they write).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, replace

from desktop_app.domain.model import Code, CodeKind, Source
from desktop_app.domain.snapshot import AnnotationTuple, ProjectSnapshot
from desktop_app.domain.variants import (
    GroupKey,
    GroupKind,
    QuoteMismatch,
    QuoteWording,
    VariantGroup,
    VariantReport,
    Wording,
)
from desktop_app.errors import InvalidChange, NotFound
from desktop_app.reading import variants as diffing
from desktop_app.reading.morphology import lemma
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from desktop_app.storage import project_meta

PIN_PREFIX = "variant_reference:"
_CANDIDATES = 6  # reference candidates weighed in the earliest source (the longest)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’ʼ\-]\w+)*")


def code_path(code: Code, by_id: Mapping[int, Code]) -> str:
    """ "Conditions/Withdrawal from four regions": the code's names from its root down."""
    names = [code.name]
    seen = {code.id}
    parent = code.parent_id
    while parent is not None and parent in by_id and parent not in seen:
        seen.add(parent)
        names.append(by_id[parent].name)
        parent = by_id[parent].parent_id
    return "/".join(reversed(names))


# -- pinning the reference -------------------------------------------------------------------


def pins(project: Project) -> dict[str, int]:
    """The analyst's pinned references: group key text → annotation id."""
    with project.read() as reader:
        found = project_meta.settings_with_prefix(reader, PIN_PREFIX)
    return {key[len(PIN_PREFIX) :]: int(value) for key, value in found.items() if value.isdigit()}


def pin_reference(project: Project, group: GroupKey, annotation_id: int | None) -> None:
    """Make ``annotation_id`` the reference wording of ``group`` (None: back to the earliest
    published) — one undoable change."""
    if annotation_id is not None:
        snapshot = load_snapshot(project)
        if annotation_id not in snapshot.annotation_rows_by_id:
            raise NotFound(
                f"there is no annotation {annotation_id}", "pick a wording the group shows"
            )
        found = variant_report(snapshot).group(group.text)
        if found is None or annotation_id not in {w.annotation_id for w in found.all_wordings}:
            raise InvalidChange(
                f"annotation {annotation_id} is not a wording of this group",
                "pick one of the wordings the group shows",
            )
    label = "Pin the reference wording" if annotation_id else "Unpin the reference wording"
    with project.operation(label) as tx:
        project_meta.set_setting(tx, PIN_PREFIX + group.text, str(annotation_id or ""))


def project_report(project: Project) -> VariantReport:
    """Variants and quote mismatches of the whole project as it is now."""
    return variant_report(load_snapshot(project), pins(project))


# -- the report --------------------------------------------------------------------------------


@dataclass
class _Prepared:
    """What the report reads of one annotation, made once however many groups it is in."""

    row: AnnotationTuple
    source: Source
    language: str
    keys: list[str]
    grams: frozenset[tuple[str, ...]]


class _Builder:
    def __init__(self, snapshot: ProjectSnapshot, pinned: Mapping[str, int]) -> None:
        self.snapshot = snapshot
        self.pinned = pinned
        self.codes = snapshot.codes_by_id
        self.sources = snapshot.sources_by_id
        self.prepared: dict[int, _Prepared] = {}
        self.key_cache: dict[tuple[str, str], str] = {}
        self.source_languages = {
            s.id: [part.strip() for part in s.language.split(",") if part.strip()]
            for s in snapshot.sources
        }
        self.outlets = {s.id: s.outlet for s in snapshot.sources}

    def order(self, row: AnnotationTuple) -> tuple[int, str, int, int]:
        published = self.sources[row.source_id].published
        return (0 if published else 1, published, row.source_id, row.start)

    def prepare(self, row: AnnotationTuple) -> _Prepared:
        found = self.prepared.get(row.id)
        if found is not None:
            return found
        languages = self.source_languages.get(row.source_id, [])
        language = (
            languages[0] if len(languages) == 1 else diffing.language_of(row.quote, languages)
        )
        keys = [self._key(word, language) for word in _WORD.findall(row.quote)]
        size = 3 if len(keys) >= diffing.TRIPLES else 1
        grams = frozenset(tuple(keys[i : i + size]) for i in range(len(keys) - size + 1))
        found = _Prepared(row, self.sources[row.source_id], language, keys, grams)
        self.prepared[row.id] = found
        return found

    def _key(self, word: str, language: str) -> str:
        cached = self.key_cache.get((word, language))
        if cached is None:
            if language in ("ru", "uk") or _CYRILLIC.search(word):
                morph = language if language in ("ru", "uk") else None
                cached = lemma(word, morph)
            else:
                cached = lemma(word)
            self.key_cache[(word, language)] = cached
        return cached

    # -- groups ----------------------------------------------------------------------------

    def groups(self) -> list[VariantGroup]:
        members: dict[GroupKey, list[AnnotationTuple]] = defaultdict(list)
        speaker_of: dict[int, list[int]] = {}
        for row in self.snapshot.annotation_rows:
            conditions = [c for c in row.code_ids if self._kind(c) == CodeKind.CONDITION]
            speakers = [c for c in row.code_ids if self._kind(c) == CodeKind.SPEAKER]
            speaker_of[row.id] = speakers
            for condition in conditions:
                members[GroupKey(GroupKind.CONDITION, condition_id=condition)].append(row)
                for speaker in speakers:
                    key = GroupKey(GroupKind.STATEMENT, condition_id=condition, speaker_id=speaker)
                    members[key].append(row)
        rows_by_id = self.snapshot.annotation_rows_by_id
        for link in self.snapshot.links:
            answer = rows_by_id.get(link.from_id)
            if answer is None:
                continue
            for speaker in speaker_of.get(answer.id, ()):
                key = GroupKey(GroupKind.STATEMENT, speaker_id=speaker, target_id=link.to_id)
                members[key].append(answer)
        made = []
        for key, rows in members.items():
            if len({row.source_id for row in rows}) >= 2:
                made.append(self.group(key, rows))
        made.sort(key=self._group_order)
        return made

    def _kind(self, code_id: int) -> CodeKind | None:
        code = self.codes.get(code_id)
        return None if code is None or code.is_root else code.kind

    def _group_order(self, group: VariantGroup) -> tuple[int, int, int, str]:
        positions = {code.id: index for index, code in enumerate(self.snapshot.codes)}
        key = group.key
        return (
            positions.get(key.condition_id or -1, len(positions)),
            0 if key.kind == GroupKind.CONDITION else 1,
            positions.get(key.speaker_id or -1, -1),
            group.label,
        )

    def group(self, key: GroupKey, rows: list[AnnotationTuple]) -> VariantGroup:
        rows = sorted(dict.fromkeys(rows), key=self.order)
        prepared = [self.prepare(row) for row in rows]
        pinned_id = self.pinned.get(key.text)
        reference = next((p for p in prepared if p.row.id == pinned_id), None)
        pinned = reference is not None
        if reference is None:
            reference = self._default_reference(prepared)
        ref_tokens = diffing.tokens(reference.row.quote, reference.language)
        wordings = [self._wording(p, reference, ref_tokens) for p in prepared if p is not reference]
        condition = self.codes.get(key.condition_id) if key.condition_id is not None else None
        speaker = self.codes.get(key.speaker_id) if key.speaker_id is not None else None
        return VariantGroup(
            key=key,
            label=self._label(key, condition, speaker),
            condition=code_path(condition, self.codes) if condition else "",
            speaker=code_path(speaker, self.codes) if speaker else "",
            reference=self._plain(reference),
            wordings=tuple(wordings),
            pinned=pinned,
        )

    def _label(self, key: GroupKey, condition: Code | None, speaker: Code | None) -> str:
        if key.target_id is not None:
            target = self.snapshot.annotation_rows_by_id.get(key.target_id)
            said = " ".join(target.quote.split()) if target else f"annotation {key.target_id}"
            said = said if len(said) <= 60 else said[:59] + "…"
            who = speaker.name if speaker else "?"
            return f"{who} answering “{said}”"
        if speaker is not None and condition is not None:
            return f"{speaker.name} on {condition.name}"
        return condition.name if condition else "?"

    def _default_reference(self, prepared: list[_Prepared]) -> _Prepared:
        """The earliest source's wording that most other sources' wordings retell (the
        longest first when none does)."""
        first_source = prepared[0].row.source_id
        candidates = [p for p in prepared if p.row.source_id == first_source]
        if len(candidates) == 1:
            return candidates[0]
        candidates.sort(key=lambda p: -len(p.keys))
        candidates = candidates[:_CANDIDATES]
        others = [p for p in prepared if p.row.source_id != first_source]
        best = candidates[0]
        best_score = -1
        for candidate in candidates:
            score = sum(
                1
                for other in others
                if other.language == candidate.language
                and _alike(candidate, other) >= diffing.ALIKE
            )
            if score > best_score:
                best, best_score = candidate, score
        return best

    def _wording(
        self, prepared: _Prepared, reference: _Prepared, ref_tokens: list[diffing.Token]
    ) -> Wording:
        plain = self._plain(prepared)
        if prepared.language != reference.language or not prepared.language:
            return plain
        similarity = _alike(reference, prepared)
        if similarity < diffing.ALIKE:
            return replace(plain, alike=similarity)
        differences = diffing.compare(
            ref_tokens,
            diffing.tokens(prepared.row.quote, prepared.language),
            reference.row.quote,
            prepared.row.quote,
        )
        return replace(plain, differences=differences, compared=True, alike=similarity)

    def _plain(self, prepared: _Prepared) -> Wording:
        row, source = prepared.row, prepared.source
        return Wording(
            annotation_id=row.id,
            source_id=row.source_id,
            source=source.label,
            outlet=source.outlet,
            groups=(),
            published=source.published,
            language=prepared.language,
            start=row.start,
            end=row.end,
            quote=row.quote,
        )

    # -- quotations ------------------------------------------------------------------------

    def mismatches(self) -> list[QuoteMismatch]:
        spans: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        items: list[tuple[tuple[int, str, int, int], int, QuoteWording]] = []
        seen: set[tuple[int, int, int, int]] = set()
        for row in self.snapshot.annotation_rows:
            speakers = [c for c in row.code_ids if self._kind(c) == CodeKind.SPEAKER]
            if not speakers:
                continue
            if row.source_id not in spans:
                found = diffing.quoted_spans(self.snapshot.texts.get(row.source_id, ""))
                spans[row.source_id] = (found, [s for s, _ in found])
            quoted, starts = spans[row.source_id]
            if not quoted:
                continue
            inside = diffing.direct_quote(quoted, starts, row.start, row.end)
            if inside is None:
                continue
            text = self.snapshot.texts[row.source_id][inside[0] : inside[1]]
            if len(_WORD.findall(text)) < 2:
                continue
            source = self.sources[row.source_id]
            for speaker in speakers:
                if (speaker, row.source_id, *inside) in seen:
                    continue
                seen.add((speaker, row.source_id, *inside))
                wording = QuoteWording(
                    annotation_id=row.id,
                    source_id=row.source_id,
                    source=source.label,
                    outlet=source.outlet,
                    published=source.published,
                    start=inside[0],
                    end=inside[1],
                    quote=text,
                )
                items.append((self.order(row), speaker, wording))
        items.sort(key=lambda item: (item[0], item[1]))
        pairs = diffing.quote_pairs(
            [diffing.QuoteItem(speaker, w.source_id, w.quote) for _, speaker, w in items]
        )
        found_mismatches = []
        for first, second, differences in pairs:
            speaker_code = self.codes[items[first][1]]
            found_mismatches.append(
                QuoteMismatch(
                    speaker=code_path(speaker_code, self.codes),
                    speaker_name=speaker_code.name,
                    wordings=(items[first][2], items[second][2]),
                    differences=differences,
                )
            )
        return found_mismatches


def _alike(a: _Prepared, b: _Prepared) -> float:
    if len(a.keys) >= diffing.TRIPLES and len(b.keys) >= diffing.TRIPLES:
        shorter = min(len(a.grams), len(b.grams))
        return len(a.grams & b.grams) / shorter if shorter else 0.0
    return diffing.alike(a.keys, b.keys)


def variant_report(
    snapshot: ProjectSnapshot, pinned: Mapping[str, int] | None = None
) -> VariantReport:
    """The variant groups and quote mismatches of ``snapshot``; ``pinned`` names the analyst's
    references (group key text → annotation id)."""
    builder = _Builder(snapshot, pinned or {})
    return VariantReport(groups=tuple(builder.groups()), mismatches=tuple(builder.mismatches()))

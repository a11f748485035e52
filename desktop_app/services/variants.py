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
from collections.abc import Callable, Collection, Mapping
from operator import itemgetter
from typing import NamedTuple

from desktop_app.domain.comparison import compare
from desktop_app.domain.model import Code, CodeKind, Source
from desktop_app.domain.outlet_coverage import OutletFindings, code_path, outlet_findings
from desktop_app.domain.snapshot import AnnotationTuple, ProjectSnapshot
from desktop_app.domain.variants import (
    Difference,
    GroupKey,
    GroupKind,
    QuoteMismatch,
    QuoteWording,
    VariantGroup,
    VariantReport,
    Wording,
)
from desktop_app.errors import InvalidChange
from desktop_app.i18n import gettext
from desktop_app.reading import variants as diffing
from desktop_app.reading.morphology import lemma
from desktop_app.services import markup
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from desktop_app.storage import project_meta

PIN_PREFIX = "variant_reference:"
_LABEL_CHARS = 60
_BY_ORDER = itemgetter(3)  # _Prepared.order
_new_wording = tuple.__new__  # Wording(...) without the generated __new__'s Python frame
_CANDIDATES = 6  # reference candidates weighed in the earliest source (the longest)
_CYRILLIC = re.compile("[\u0400-\u04ff]")
_POSSESSIVE = re.compile(r"(?<=\w)['’ʼ`]s\b|(?<=s)['’ʼ`](?!\w)")
_APOSTROPHE = re.compile("['’ʼ`]")
_WORD = re.compile(r"\d+(?:[.,]\d+)*|\w+(?:['’ʼ\-]\w+)*")


# -- pinning the reference -------------------------------------------------------------------


def pins(project: Project) -> dict[str, int]:
    """The analyst's pinned references: group key text → annotation id."""
    with project.read() as reader:
        found = project_meta.settings_with_prefix(reader, PIN_PREFIX)
    return {key[len(PIN_PREFIX) :]: int(value) for key, value in found.items() if value.isdigit()}


def pin_reference(project: Project, group: GroupKey, annotation_id: int | None) -> None:
    """Make ``annotation_id`` the reference wording of ``group`` (None: back to the earliest
    published) — one undoable change."""
    if annotation_id is not None and not _belongs(project, group, annotation_id):
        raise InvalidChange(
            gettext("annotation {id} is not a wording of this group").format(id=annotation_id),
            gettext("pick one of the wordings the group shows"),
        )
    label = (
        gettext("Pin the reference wording")
        if annotation_id
        else gettext("Unpin the reference wording")
    )
    with project.operation(label) as tx:
        project_meta.set_setting(tx, PIN_PREFIX + group.text, str(annotation_id or ""))


def _belongs(project: Project, group: GroupKey, annotation_id: int) -> bool:
    """Whether the annotation is one of ``group``'s wordings (its codes, or its link)."""
    annotation = markup.get_annotation(project, annotation_id)  # NotFound when there is none
    codes = set(annotation.code_ids)
    if group.condition_id is not None and group.condition_id not in codes:
        return False
    if group.speaker_id is not None and group.speaker_id not in codes:
        return False
    if group.target_id is not None:
        links = markup.list_links(project, [annotation_id])
        return any(k.from_id == annotation_id and k.to_id == group.target_id for k in links)
    return True


def project_report(project: Project) -> VariantReport:
    """Variants and quote mismatches of the whole project as it is now."""
    return variant_report(load_snapshot(project), pins(project))


class HowTold(NamedTuple):
    """How each source told it: the variants and quote mismatches, with the blindspots and
    first reports of coverage by outlet group (what ``parley compare --variants`` prints)."""

    variants: VariantReport
    outlets: OutletFindings
    codes: Mapping[int, Code]  # the codebook, by id (the findings name conditions by path)


def how_told(snapshot: ProjectSnapshot, pinned: Mapping[str, int] | None = None) -> HowTold:
    findings = outlet_findings(compare(snapshot))
    return HowTold(variant_report(snapshot, pinned), findings, snapshot.codes_by_id)


def project_how_told(project: Project) -> HowTold:
    return how_told(load_snapshot(project), pins(project))


# -- the report --------------------------------------------------------------------------------


class _Prepared(NamedTuple):
    """What the report reads of one annotation, made once however many groups it is in."""

    row: AnnotationTuple
    source: Source
    language: str
    order: tuple[int, str, int, int]


class _Builder:
    def __init__(
        self, snapshot: ProjectSnapshot, pinned: Mapping[str, int], wanted: set[int] | None
    ) -> None:
        self.snapshot = snapshot
        self.rows = (
            snapshot.annotation_rows
            if wanted is None
            else [row for row in snapshot.annotation_rows if row.source_id in wanted]
        )
        self.pinned = pinned
        self.codes = snapshot.codes_by_id
        self.sources = snapshot.sources_by_id
        self.prepared: dict[int, _Prepared] = {}
        self.triples: dict[int, frozenset[tuple[str, ...]]] = {}
        self.keys_of: dict[int, list[str]] = {}
        self.condition_told: dict[int, VariantGroup] = {}  # each condition's group, once made
        self.key_cache: dict[str, dict[str, str]] = defaultdict(dict)
        self.source_languages = {
            s.id: [part.strip() for part in s.language.split(",") if part.strip()]
            for s in snapshot.sources
        }
        kinds = {c.id: c.kind for c in snapshot.codes if not c.is_root}
        self.conditions = {i for i, kind in kinds.items() if kind == CodeKind.CONDITION}
        self.speakers = {i for i, kind in kinds.items() if kind == CodeKind.SPEAKER}
        self.positions = {code.id: index for index, code in enumerate(snapshot.codes)}
        self.outlets: dict[int, tuple[str, tuple[str, ...]]] = {}
        # What every wording of a source repeats: (label, outlet, groups, published).
        self.facts: dict[int, tuple[str, str, tuple[str, ...], str]] = {}
        for source in snapshot.sources:
            outlet = snapshot.outlet_of(source)
            self.outlets[source.id] = (
                (outlet.name, outlet.groups) if outlet is not None else (source.outlet, ())
            )
            name, groups = self.outlets[source.id]
            self.facts[source.id] = (source.label, name, groups, source.published)

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
        found = _Prepared(row, self.sources[row.source_id], language, self.order(row))
        self.prepared[row.id] = found
        return found

    def keys(self, prepared: _Prepared) -> list[str]:
        """The wording's word keys, made when first asked for (only the wordings weighed
        against a reference in their language need them)."""
        row = prepared.row
        found = self.keys_of.get(row.id)
        if found is not None:
            return found
        language = prepared.language
        if language not in ("ru", "uk") and not _CYRILLIC.search(row.quote):
            # What lemma() gives such words (case-folded, without a possessive), in C loops.
            folded = row.quote.casefold()
            if _APOSTROPHE.search(folded):
                folded = _POSSESSIVE.sub("", folded)
            found = _WORD.findall(folded)
        else:
            found = self._keys(row.quote, language)
        self.keys_of[row.id] = found
        return found

    def _keys(self, text: str, language: str) -> list[str]:
        words = _WORD.findall(text)
        cache = self.key_cache[language]
        try:
            return list(map(cache.__getitem__, words))
        except KeyError:  # words not seen before: their keys are made once
            return [cache.get(word) or self._key(word, language) for word in words]

    def _key(self, word: str, language: str) -> str:
        if language in ("ru", "uk") or _CYRILLIC.search(word):
            morph = language if language in ("ru", "uk") else None
            key = lemma(word, morph)
        else:
            key = lemma(word)
        self.key_cache[language][word] = key
        return key

    # -- groups ----------------------------------------------------------------------------

    def groups(self) -> list[VariantGroup]:
        # Keyed by plain tuples (kind, condition, speaker, target): hashed at C speed.
        members: dict[tuple[GroupKind, int, int, int], list[AnnotationTuple]] = defaultdict(list)
        speaker_of: dict[int, list[int]] = {}
        conditions_set, speakers_set = self.conditions, self.speakers
        condition_kind, statement_kind = GroupKind.CONDITION, GroupKind.STATEMENT
        is_speaker, is_condition = speakers_set.__contains__, conditions_set.__contains__
        for row in self.rows:
            codes = row.code_ids
            speakers = list(filter(is_speaker, codes))
            if speakers:
                speaker_of[row.id] = speakers
            for condition in filter(is_condition, codes):
                members[condition_kind, condition, 0, 0].append(row)
                for speaker in speakers:
                    members[statement_kind, condition, speaker, 0].append(row)
        rows_by_id = self.snapshot.annotation_rows_by_id
        for link in self.snapshot.links:
            answer = rows_by_id.get(link.from_id)
            if answer is None:
                continue
            for speaker in speaker_of.get(answer.id, ()):
                answering = members[statement_kind, 0, speaker, link.to_id]
                if answer not in answering:
                    answering.append(answer)
        made = []
        # Conditions first: a statement told against its condition's reference reuses the
        # condition's wordings (the same reference gives the same differences).
        ordered = sorted(members.items(), key=lambda item: item[0][0] != condition_kind)
        for (kind, condition, speaker, target), rows in ordered:
            if len({row.source_id for row in rows}) >= 2:  # two sources at least
                key = GroupKey(kind, condition or None, speaker or None, target or None)
                made.append(self.group(key, rows))
        made.sort(key=self._group_order)
        return made

    def _group_order(self, group: VariantGroup) -> tuple[int, int, int, str]:
        positions = self.positions
        key = group.key
        return (
            positions.get(key.condition_id or -1, len(positions)),
            0 if key.kind == GroupKind.CONDITION else 1,
            positions.get(key.speaker_id or -1, -1),
            group.label,
        )

    def group(self, key: GroupKey, rows: list[AnnotationTuple]) -> VariantGroup:
        prepared = sorted(map(self.prepare, rows), key=_BY_ORDER)
        pinned_id = self.pinned.get(key.text)
        pinned = [p for p in prepared if p.row.id == pinned_id]
        told = self._as_condition_told(key, prepared) if not pinned else None
        if told is not None:
            return told
        candidates = pinned or self._candidates(prepared)
        similarity = _Similarity(candidates, self.keys, self.triples)
        measure, languages = similarity.measure, similarity.languages
        alike = [measure(p) if p.language in languages else None for p in prepared]
        chosen = similarity.best(alike, prepared)
        reference = candidates[chosen]
        ref_tokens = diffing.tokens(reference.row.quote, reference.language)
        wordings = []
        # Most wordings of a big group are in another language or share nothing with the
        # reference: made here as plain tuples, in one loop (tens of thousands per project).
        facts, language, make = self.facts, reference.language, _new_wording
        for p, scores in zip(prepared, alike, strict=True):
            if p is reference:
                continue
            measured = scores[chosen] if scores else 0.0
            if measured and p.language == language:
                wordings.append(self._wording(p, reference, ref_tokens, measured))
                continue
            row = p.row
            label, outlet, groups, published = facts[row[2]]
            same = p.language == language and bool(language)
            wordings.append(
                make(
                    Wording,
                    (
                        row[0],
                        row[2],
                        label,
                        outlet,
                        groups,
                        published,
                        p.language,
                        row[3],
                        row[4],
                        row[5],
                        (),
                        False,
                        measured if same else 0.0,
                    ),
                )
            )
        made = self._made(key, self._wording(reference, None, [], 1.0), wordings, bool(pinned))
        if key.kind == GroupKind.CONDITION and key.condition_id is not None:
            self.condition_told[key.condition_id] = made
        return made

    def _made(
        self, key: GroupKey, reference: Wording, wordings: list[Wording], pinned: bool
    ) -> VariantGroup:
        condition = self.codes.get(key.condition_id) if key.condition_id is not None else None
        speaker = self.codes.get(key.speaker_id) if key.speaker_id is not None else None
        return VariantGroup(
            key=key,
            label=self._label(key, condition, speaker),
            condition=code_path(condition, self.codes) if condition else "",
            speaker=code_path(speaker, self.codes) if speaker else "",
            reference=reference,
            wordings=tuple(wordings),
            pinned=pinned,
        )

    def _as_condition_told(self, key: GroupKey, prepared: list[_Prepared]) -> VariantGroup | None:
        """A speaker's statement on a condition whose reference wording is the speaker's (in
        the statement's earliest source): told against that same reference, its wordings are
        the condition's."""
        if key.kind != GroupKind.STATEMENT or key.condition_id is None:
            return None
        told = self.condition_told.get(key.condition_id)
        if told is None or told.pinned:
            return None
        reference = told.reference
        first_source = prepared[0].row.source_id
        if reference.source_id != first_source:
            return None
        ids = {p.row.id for p in prepared}
        if reference.annotation_id not in ids:
            return None
        by_id = {w.annotation_id: w for w in told.wordings}
        wordings = [by_id[p.row.id] for p in prepared if p.row.id != reference.annotation_id]
        return self._made(key, reference, wordings, False)

    def _label(self, key: GroupKey, condition: Code | None, speaker: Code | None) -> str:
        if key.target_id is not None:
            target = self.snapshot.annotation_rows_by_id.get(key.target_id)
            said = " ".join(target.quote.split()) if target else f"annotation {key.target_id}"
            said = said if len(said) <= _LABEL_CHARS else said[: _LABEL_CHARS - 1] + "…"
            who = speaker.name if speaker else "?"
            return f"{who} answering “{said}”"
        if speaker is not None and condition is not None:
            return f"{speaker.name} on {condition.name}"
        return condition.name if condition else "?"

    @staticmethod
    def _candidates(prepared: list[_Prepared]) -> list[_Prepared]:
        """The earliest source's wordings (its longest few): the reference is the one most
        other sources' wordings retell."""
        first_source = prepared[0].row.source_id
        candidates = [p for p in prepared if p.row.source_id == first_source]
        candidates.sort(key=lambda p: -len(p.row.quote))
        return candidates[:_CANDIDATES]

    def _wording(
        self,
        prepared: _Prepared,
        reference: _Prepared | None,
        ref_tokens: list[diffing.Token],
        similarity: float,
    ) -> Wording:
        row, source = prepared.row, prepared.source
        differences: tuple[Difference, ...] = ()
        compared = False
        if reference is not None:
            if prepared.language != reference.language or not prepared.language:
                similarity = 0.0
            elif 0 < similarity < diffing.ALIKE:  # a word changed in every few?
                ratio = diffing.word_ratio(self.keys(reference), self.keys(prepared))
                similarity = ratio if ratio >= diffing.RATIO_ALIKE else similarity
            if similarity >= diffing.ALIKE:
                compared = True
                differences = diffing.compare(
                    ref_tokens,
                    diffing.tokens(row.quote, prepared.language),
                    reference.row.quote,
                    row.quote,
                )
        outlet, groups = self.outlets[row.source_id]
        return _new_wording(
            Wording,
            (
                row.id,
                row.source_id,
                source.label,
                outlet,
                groups,
                source.published,
                prepared.language,
                row.start,
                row.end,
                row.quote,
                differences,
                compared,
                similarity,
            ),
        )

    # -- quotations ------------------------------------------------------------------------

    def mismatches(self) -> list[QuoteMismatch]:
        spans: dict[int, tuple[list[tuple[int, int]], list[int]]] = {}
        items: list[tuple[tuple[int, str, int, int], int, QuoteWording]] = []
        seen: set[tuple[int, int, int, int]] = set()
        for row in self.rows:
            speakers = [c for c in row.code_ids if c in self.speakers]
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
                    outlet=self.outlets[row.source_id][0],
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


class _Similarity:
    """How alike each wording of a group is to each reference candidate, in one pass over the
    wordings' word triples (looked up in the candidates' triples)."""

    def __init__(
        self,
        candidates: list[_Prepared],
        keys_of: Callable[[_Prepared], list[str]],
        triples: dict[int, frozenset[tuple[str, ...]]],
    ) -> None:
        self.candidates = candidates
        self.keys_of = keys_of
        self.candidate_keys = [keys_of(c) for c in candidates]
        self.triples = triples  # by annotation id, shared by every group
        self.index: dict[tuple[str, ...], list[int]] = {}
        self.sizes: list[int] = []
        self.grams: set[tuple[str, ...]] = set()
        self.languages = {candidate.language for candidate in candidates}
        for number, keys in enumerate(self.candidate_keys):
            grams = set(_triples(keys))
            self.sizes.append(len(grams))
            self.grams |= grams
            for gram in grams:
                self.index.setdefault(gram, []).append(number)

    def measure(self, prepared: _Prepared) -> list[float] | None:
        """How alike ``prepared`` is to each candidate; None when it shares nothing with any
        (most wordings of a big group: a cheap answer, skipped by :meth:`best`)."""
        if prepared.language not in self.languages:
            return None
        keys = self.keys_of(prepared)
        if len(keys) < diffing.TRIPLES:
            return [diffing.alike(c, keys) for c in self.candidate_keys]
        triples = self.triples.get(prepared.row.id)
        if triples is None:  # made once, for the wordings some reference is weighed against
            triples = self.triples[prepared.row.id] = frozenset(_triples(keys))
        shared = self.grams & triples
        if not shared:
            return None
        hits = [0] * len(self.candidates)
        for gram in shared:
            for number in self.index[gram]:
                hits[number] += 1
        own = len(keys) - 2
        return [
            diffing.alike(c, keys)
            if len(c) < diffing.TRIPLES
            else min(1.0, hit / max(1, min(size, own)))
            for c, hit, size in zip(self.candidate_keys, hits, self.sizes, strict=True)
        ]

    def best(self, alike: list[list[float] | None], prepared: list[_Prepared]) -> int:
        """The candidate most other sources' wordings in its language retell."""
        if len(self.candidates) == 1:
            return 0
        first_source = self.candidates[0].row.source_id
        scores = [0] * len(self.candidates)
        for p, measured in zip(prepared, alike, strict=True):
            if measured is None or p.row.source_id == first_source:
                continue
            for number, value in enumerate(measured):
                if value >= diffing.ALIKE and p.language == self.candidates[number].language:
                    scores[number] += 1
        return max(range(len(scores)), key=lambda n: (scores[n], -n))


def _triples(keys: list[str]) -> zip[tuple[str, str, str]]:
    return zip(keys, keys[1:], keys[2:], strict=False)


def variant_report(
    snapshot: ProjectSnapshot,
    pinned: Mapping[str, int] | None = None,
    source_ids: Collection[int] | None = None,
) -> VariantReport:
    """The variant groups and quote mismatches of ``snapshot`` (of the sources ``source_ids``
    only, when given); ``pinned`` names the analyst's references (group key text → annotation
    id)."""
    builder = _Builder(snapshot, pinned or {}, None if source_ids is None else set(source_ids))
    return VariantReport(groups=tuple(builder.groups()), mismatches=tuple(builder.mismatches()))

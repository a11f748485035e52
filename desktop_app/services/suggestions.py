"""Reviewing suggestions: which are shown, and accepting or rejecting them.

The engine (:mod:`desktop_app.services.suggestions_engine`) proposes; nothing is applied until
the analyst accepts. Accepting makes an ordinary annotation that records where it came from
(``origin``, "suggestion:<kind>:<rule>"), rejecting remembers the suggestion in the project
so it is never proposed again; each is one undoable operation with its change set. A
suggestion already covered by an annotation with the same codes, or rejected, is not shown.

:class:`SuggestionBook` keeps an open project's suggestions per source between those
computations (see :mod:`desktop_app.services.suggestion_book`).
"""

from __future__ import annotations

import uuid
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping, Sequence
from typing import NamedTuple

from desktop_app.clock import now_iso
from desktop_app.domain.model import Annotation
from desktop_app.domain.spans import preview, trim_span
from desktop_app.domain.suggestions import Suggestion
from desktop_app.errors import InvalidChange
from desktop_app.i18n import gettext, ngettext
from desktop_app.services.project import Project
from desktop_app.services.validation import checked_codes, checked_stored_span, trimmed_span
from desktop_app.storage import annotations as annotation_store
from desktop_app.storage import sources as source_store
from desktop_app.storage import suggestions as store
from desktop_app.storage.suggestions import RejectionKey
from desktop_app.storage.transaction import Reader, Transaction

ORIGIN_PREFIX = "suggestion:"


def origin_of(suggestion: Suggestion) -> str:
    """What an annotation accepted from ``suggestion`` records as its origin."""
    rule = suggestion.rule
    if rule.startswith(f"{suggestion.kind}:"):
        rule = rule[len(suggestion.kind) + 1 :]
    return (
        f"{ORIGIN_PREFIX}{suggestion.kind}:{rule}" if rule else f"{ORIGIN_PREFIX}{suggestion.kind}"
    )


def is_assisted(annotation: Annotation) -> bool:
    """Whether the annotation was accepted from a suggestion (not marked by hand)."""
    return annotation.origin.startswith(ORIGIN_PREFIX)


def rejection_key(suggestion: Suggestion) -> RejectionKey:
    return RejectionKey(
        suggestion.source_id,
        suggestion.start,
        suggestion.end,
        suggestion.kind,
        tuple(sorted(set(suggestion.code_ids))),
    )


# -- which are shown ---------------------------------------------------------------------------


def covered(suggestion: Suggestion, annotations: Iterable[Annotation]) -> bool:
    """Whether annotations of the same source already say what ``suggestion`` says: together,
    those overlapping at least half of its span carry all its codes."""
    if not suggestion.code_ids:
        return False
    wanted = set(suggestion.code_ids)
    half = (suggestion.end - suggestion.start) / 2
    found: set[int] = set()
    for annotation in annotations:
        overlap = min(annotation.end, suggestion.end) - max(annotation.start, suggestion.start)
        if overlap > 0 and overlap >= half:
            found.update(annotation.code_ids)
            if wanted <= found:
                return True
    return False


def shown_of(
    suggestions: Iterable[Suggestion],
    annotations: Sequence[Annotation],
    rejected: set[RejectionKey],
) -> tuple[Suggestion, ...]:
    """``suggestions`` (of one source) without those rejected or covered by ``annotations``
    (that source's, ordered by start)."""
    ordered = sorted(annotations, key=lambda a: a.start)
    starts = [a.start for a in ordered]
    longest = max((a.end - a.start for a in ordered), default=0)
    kept = []
    for suggestion in suggestions:
        if rejection_key(suggestion) in rejected:
            continue
        low = bisect_left(starts, suggestion.start - longest)
        high = bisect_right(starts, suggestion.end)
        if covered(suggestion, ordered[low:high]):
            continue
        kept.append(suggestion)
    return tuple(kept)


def shown_in(
    reader: Reader, found: Mapping[int, Sequence[Suggestion]]
) -> dict[int, tuple[Suggestion, ...]]:
    """Per source, the suggestions of ``found`` that are shown (see :func:`shown_of`)."""
    ids = sorted(found)
    if not ids:
        return {}
    annotations: dict[int, list[Annotation]] = {i: [] for i in ids}
    for annotation in annotation_store.list_annotations(reader, source_ids=ids):
        annotations[annotation.source_id].append(annotation)
    rejected = store.rejections(reader, ids)
    return {i: shown_of(found[i], annotations[i], rejected) for i in ids}


def visible(
    project: Project, found: Mapping[int, Sequence[Suggestion]]
) -> dict[int, tuple[Suggestion, ...]]:
    with project.read() as reader:
        return shown_in(reader, found)


# -- accepting and rejecting ---------------------------------------------------------------------


def accept(
    project: Project,
    suggestion: Suggestion,
    *,
    start: int | None = None,
    end: int | None = None,
    code_ids: Sequence[int] | None = None,
    note: str = "",
) -> Annotation:
    """Make ``suggestion`` an annotation (with the bounds and codes the analyst edited, when
    given); one undoable operation. Blanks at either end are left out, as in mark-up by hand.
    Accepted in another form, the suggestion as proposed is remembered as dealt with (like a
    rejection, in the same operation), so it is not shown again beside what was made of it."""
    source_id = suggestion.source_id
    start = suggestion.start if start is None else start
    end = suggestion.end if end is None else end
    wanted = list(suggestion.code_ids if code_ids is None else code_ids)
    with project.read() as reader:
        quote = checked_stored_span(reader, source_id, start, end)
        codes = checked_codes(reader, wanted)
    lead, trail = trim_span(quote, 0, len(quote))
    start, end, quote = start + lead, start + trail, quote[lead:trail]
    names = " + ".join(c.name for c in codes)
    span = _Span(source_id, start, end, quote, origin_of(suggestion), tuple(c.id for c in codes))
    edited = (start, end) != (suggestion.start, suggestion.end) or set(span.code_ids) != set(
        suggestion.code_ids
    )
    with project.operation(
        gettext("Accept “{quote}” as {names}").format(quote=preview(quote), names=names)
    ) as tx:
        (annotation_id,) = _mark(tx, project, [span], note)
        if edited:  # the suggestion as proposed is dealt with: not shown again
            store.reject(tx, [(rejection_key(suggestion), suggestion.rule)], project.coder_id(tx))
    assert tx.annotations_after is not None
    return tx.annotations_after[annotation_id]


def accept_all(project: Project, suggestions: Sequence[Suggestion]) -> int:
    """Accept every suggestion given that names its codes, in one undoable operation; returns
    how many annotations were made or given codes. Those without codes (a statement whose
    speaker was not found) are left for the analyst."""
    ready = [s for s in suggestions if s.code_ids]
    if not ready:
        return 0
    with project.read() as reader:
        texts = source_store.texts(reader, sorted({s.source_id for s in ready}))
        checked_codes(reader, sorted({c for s in ready for c in s.code_ids}))
    spans = []
    for s in ready:
        start, end, quote = trimmed_span(texts.get(s.source_id), s.start, s.end)
        spans.append(_Span(s.source_id, start, end, quote, origin_of(s), s.code_ids))
    count = len(spans)
    label = ngettext("Accept {n} suggestion", "Accept {n} suggestions", count)
    with project.operation(label) as tx:
        done = set(_mark(tx, project, spans, ""))
    return len(done)


def reject(project: Project, suggestion: Suggestion) -> None:
    """Remember ``suggestion`` as rejected (never proposed again); one undoable operation."""
    with project.read() as reader:
        found = source_store.span_of(reader, suggestion.source_id, suggestion.start, suggestion.end)
    if found is None:
        raise InvalidChange(
            gettext("that source no longer exists"), gettext("refresh the source list")
        )
    with project.operation(
        gettext("Reject suggestion “{quote}”").format(quote=preview(found[1]))
    ) as tx:
        store.reject(tx, [(rejection_key(suggestion), suggestion.rule)], project.coder_id(tx))


class _Span(NamedTuple):
    source_id: int
    start: int
    end: int
    quote: str
    origin: str
    code_ids: tuple[int, ...]


def _mark(tx: Transaction, project: Project, spans: Sequence[_Span], note: str) -> list[int]:
    """Annotate each span with its codes; a span already marked with exactly these bounds gets
    the codes added (and keeps its own origin). The annotations' ids, in order."""
    source_ids = sorted({s.source_id for s in spans})
    existing = {
        (a.source_id, a.start, a.end): (a.id, set(a.code_ids))
        for a in annotation_store.list_annotations(tx, source_ids=source_ids)
    }
    coder = project.coder_id(tx)
    now = now_iso()
    ids = []
    for span in spans:
        where = (span.source_id, span.start, span.end)
        same = existing.get(where)
        if same is not None:
            annotation_id, codes = same
            codes |= set(span.code_ids)
            annotation_store.set_codes(tx, annotation_id, codes)
            ids.append(annotation_id)
            continue
        annotation_id = annotation_store.insert_annotation(
            tx,
            {
                "guid": str(uuid.uuid4()),
                "source_id": span.source_id,
                "start": span.start,
                "end": span.end,
                "quote": span.quote,
                "note": note,
                "coder_id": coder,
                "created_at": now,
                "updated_at": now,
                "origin": span.origin,
            },
            span.code_ids,
        )
        existing[where] = (annotation_id, set(span.code_ids))
        ids.append(annotation_id)
    return ids

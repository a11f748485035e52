"""Adjudication: deciding each difference between two coders into an adjudicated layer.

For each difference :func:`desktop_app.domain.agreement_detail.agreement_detail` lists, the
adjudicator keeps the first coder's version, the second's, both, neither, or an edited span.
What is kept becomes annotations of the coder :data:`ADJUDICATED_CODER` (origin
``adjudicated``, so agreement never compares it as a person); the deliverables are then made
from that layer (``parley export PROJECT OUT --coder Adjudicated``).

Every decision is **one operation** — one transaction, one step of undo — that writes the
annotations it keeps and records the decision itself as a project setting
(``adjudication:<hash of the difference>``: the decision and the annotations it made), so the
view knows which differences are decided and undo takes back both. Deciding a difference
again replaces the earlier decision's annotations in the same operation.

:func:`take_agreed` copies the spans both coders marked identically (same code, same bounds)
into the layer, also as one operation, so the layer holds the whole mark-up, not only the
disputed part.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum

from desktop_app.clock import now_iso
from desktop_app.domain.agreement import merge_units
from desktop_app.domain.agreement_detail import Side, SpanDifference
from desktop_app.domain.model import ADJUDICATED_CODER, CoderOrigin
from desktop_app.errors import InvalidChange
from desktop_app.i18n import N_, gettext
from desktop_app.services.markup import preview
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from desktop_app.services.validation import checked_codes, checked_stored_span
from desktop_app.storage import annotations as store
from desktop_app.storage import project_meta
from desktop_app.storage.transaction import Transaction

DECISION_PREFIX = "adjudication:"


class Decision(StrEnum):
    """What to keep of a difference; the value is the key that decides it in the window."""

    FIRST = "1"
    SECOND = "2"
    BOTH = "B"
    NEITHER = "N"
    EDIT = "E"

    @property
    def label(self) -> str:
        return {
            "1": N_("keep the first coder's"),
            "2": N_("keep the second coder's"),
            "B": N_("keep both"),
            "N": N_("keep neither"),
            "E": N_("edited"),
        }[self.value]


@dataclass(frozen=True)
class Decided:
    decision: Decision
    annotation_ids: tuple[int, ...]  # what the decision added to the adjudicated layer


def difference_key(difference: SpanDifference) -> str:
    """The setting that records the decision on ``difference``: stable while the coders' spans
    stay as they are (a changed span is a new difference, undecided)."""

    def side(found: Side | None) -> str:
        return "-" if found is None else f"{found.start}:{found.end}:{found.code_id}"

    parts = (
        str(difference.source_id),
        difference.first_coder,
        difference.second_coder,
        difference.what,
        side(difference.first),
        side(difference.second),
    )
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False)
    return DECISION_PREFIX + digest.hexdigest()


def decisions(project: Project) -> dict[str, Decided]:
    """Every decision recorded in the project, by :func:`difference_key`."""
    with project.read() as reader:
        recorded = project_meta.settings_with_prefix(reader, DECISION_PREFIX)
    found: dict[str, Decided] = {}
    for key, value in recorded.items():
        try:
            data = json.loads(value)
            found[key] = Decided(Decision(data["decision"]), tuple(data["annotations"]))
        except (ValueError, KeyError, TypeError):
            continue  # not one of ours: ignored, never fatal
    return found


def decide(
    project: Project,
    difference: SpanDifference,
    decision: Decision,
    edited: tuple[int, int, int] | None = None,
) -> Decided:
    """Decide ``difference``: keep the first coder's side, the second's, both, neither, or —
    with :attr:`Decision.EDIT` — ``edited`` as (start, end, code id). One undoable operation."""
    if decision is Decision.EDIT:
        if edited is None:
            raise InvalidChange(
                gettext("an edited decision needs a span and a code"), gettext("choose them")
            )
        start, end, code_id = edited
        with project.read() as reader:
            quote = checked_stored_span(reader, difference.source_id, start, end)
            checked_codes(reader, [code_id])
        kept = [Side(start, end, code_id, quote)]
    else:
        chosen = {
            Decision.FIRST: (difference.first,),
            Decision.SECOND: (difference.second,),
            Decision.BOTH: (difference.first, difference.second),
            Decision.NEITHER: (),
        }[decision]
        kept = [side for side in chosen if side is not None]
    key = difference_key(difference)
    earlier = decisions(project).get(key)
    shown = difference.first or difference.second
    assert shown is not None
    label = gettext("Adjudicate “{quote}”: {decision}").format(
        quote=preview(shown.quote), decision=gettext(decision.label)
    )
    with project.operation(label) as tx:
        if earlier is not None:
            store.delete_annotations(tx, earlier.annotation_ids)
        added = _keep(tx, difference.source_id, kept)
        project_meta.set_setting(
            tx, key, json.dumps({"decision": decision.value, "annotations": added})
        )
    return Decided(decision, tuple(added))


def take_agreed(
    project: Project, first: str, second: str, source_ids: Sequence[int] | None = None
) -> int:
    """Copy every span ``first`` and ``second`` marked identically (one code, the same bounds,
    overlapping spans of one code taken together as agreement does) into the adjudicated
    layer, where the layer lacks it; one undoable operation. Returns how many were copied."""
    snapshot = load_snapshot(project, source_ids)
    units: dict[tuple[str, int, int], list[tuple[int, int]]] = {}
    for a in snapshot.annotations:
        if a.coder in (first, second):
            for code_id in a.code_ids:
                units.setdefault((a.coder, a.source_id, code_id), []).append((a.start, a.end))
    agreed: list[tuple[int, Side]] = []
    for (coder, source_id, code_id), spans in sorted(units.items()):
        if coder != first:
            continue
        theirs = set(merge_units(units.get((second, source_id, code_id), ())))
        text = snapshot.texts.get(source_id, "")
        agreed.extend(
            (source_id, Side(s, e, code_id, text[s:e]))
            for s, e in merge_units(spans)
            if (s, e) in theirs
        )
    if not agreed:
        return 0
    copied = 0
    label = gettext("Adjudicate: take what {first} and {second} agree on")
    with project.operation(label.format(first=first, second=second)) as tx:
        for source_id, side in agreed:
            copied += len(_keep(tx, source_id, [side]))
    return copied


def _keep(tx: Transaction, source_id: int, sides: Sequence[Side]) -> list[int]:
    """Write ``sides`` as the adjudicated layer's annotations, each unless the layer already
    has that very span with that code (two differences may share a side)."""
    coder_id = project_meta.ensure_coder(tx, ADJUDICATED_CODER)
    origins = project_meta.coder_origins(tx)
    if origins.get(ADJUDICATED_CODER) != CoderOrigin.ADJUDICATED.value:
        project_meta.set_coder_origin(tx, ADJUDICATED_CODER, CoderOrigin.ADJUDICATED.value)
    present = {
        (a.start, a.end, code_id)
        for a in store.list_annotations(tx, source_ids=[source_id])
        if a.coder == ADJUDICATED_CODER
        for code_id in a.code_ids
    }
    now = now_iso()
    added: list[int] = []
    for side in sides:
        if (side.start, side.end, side.code_id) in present:
            continue
        present.add((side.start, side.end, side.code_id))
        added.append(
            store.insert_annotation(
                tx,
                {
                    "guid": str(uuid.uuid4()),
                    "source_id": source_id,
                    "start": side.start,
                    "end": side.end,
                    "quote": side.quote,
                    "note": "",
                    "coder_id": coder_id,
                    "created_at": now,
                    "updated_at": now,
                },
                [side.code_id],
            )
        )
    return added


def decided_count(differences: Sequence[SpanDifference], found: Mapping[str, Decided]) -> int:
    return sum(1 for d in differences if difference_key(d) in found)

"""Intercoder agreement for a project: who agreed with whom, on which kinds and codes.

Reads one snapshot of the project and hands it to the pure statistics in
:mod:`desktop_app.domain.agreement`; the window's agreement view, the workbook's ``Agreement``
sheet and ``parley agreement`` all show what :func:`project_agreement` returns.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.domain.agreement import AgreementReport, CodedSpan, compute_agreement
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.errors import NotFound
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot


def project_agreement(
    project: Project,
    coders: Sequence[str] | None = None,
    source_ids: Iterable[int] | None = None,
) -> AgreementReport:
    """Agreement between ``coders`` (default: everyone who marked up anything) over
    ``source_ids`` (default: all sources)."""
    return snapshot_agreement(load_snapshot(project, source_ids), coders)


def snapshot_agreement(
    snapshot: ProjectSnapshot, coders: Sequence[str] | None = None
) -> AgreementReport:
    """The same from a snapshot already taken (an export has one)."""
    spans = [
        CodedSpan(a.coder, a.source_id, a.start, a.end, code_id)
        for a in snapshot.annotations
        for code_id in a.code_ids
    ]
    if coders:
        known = {s.coder for s in spans}
        missing = [c for c in coders if c not in known]
        if missing:
            raise NotFound(
                f"no annotations by {', '.join(missing)}",
                f"coders with annotations: {', '.join(sorted(known)) or 'none'}",
            )
    lengths = {s.id: s.characters for s in snapshot.sources}
    return compute_agreement(spans, lengths, snapshot.codes, coders)


AGREEMENT_COLUMNS = ("Kind", "Code", "Sources", "Alpha (unitized)", "Kappa (presence)", "Agreement")


def agreement_table(report: AgreementReport) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """The report as one table — header and rows — for the workbook's ``Agreement`` sheet and
    the command line, so both show the same numbers. Numbers stay numbers (None: undefined);
    after the fixed columns come spans per coder, then kappa per pair of coders."""
    pairs = [(a, b) for a, b in _pairs(report.coders)]
    header = (
        *AGREEMENT_COLUMNS,
        *(f"Spans: {coder}" for coder in report.coders),
        *(f"Kappa: {a} / {b}" for a, b in pairs),
    )
    rows: list[tuple[object, ...]] = []
    for row in report.rows:
        by_pair = {(p.first, p.second): p.kappa for p in row.pairs}
        rows.append(
            (
                row.kind.root_name,
                "" if row.is_kind else row.name,
                row.sources,
                row.alpha_u,
                row.kappa,
                row.agreement,
                *(row.spans.get(coder, 0) for coder in report.coders),
                *(by_pair.get(pair) for pair in pairs),
            )
        )
    return header, rows


def _pairs(coders: Sequence[str]) -> list[tuple[str, str]]:
    return [(a, b) for i, a in enumerate(coders) for b in coders[i + 1 :]]

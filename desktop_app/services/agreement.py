"""Intercoder agreement for a project: the use case.

Reads one snapshot of the project and hands it to the pure statistics in
:mod:`desktop_app.domain.agreement`; the window's agreement view, the workbook's ``Agreement``
sheet and ``parley agreement`` all show what :func:`~desktop_app.domain.agreement.agreement_table`
makes of the report.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from desktop_app.domain.agreement import AgreementReport, snapshot_agreement
from desktop_app.domain.agreement_detail import AgreementDetail, agreement_detail
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


def project_agreement_detail(
    project: Project,
    coders: Sequence[str] | None = None,
    source_ids: Iterable[int] | None = None,
) -> tuple[AgreementReport, AgreementDetail, dict[int, str]]:
    """The report, where the coders differ (per source, and span by span), and the code names
    the differences need — from one snapshot."""
    snapshot = load_snapshot(project, source_ids)
    report = snapshot_agreement(snapshot, coders)
    names = {code.id: code.name for code in snapshot.codes}
    return report, agreement_detail(snapshot, report), names

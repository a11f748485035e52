"""A small project with outlets in two groups, built through the real services: the Russian
state media report a neutral status the Western outlets (all coded) leave out, the one Western
report of lifted sanctions is a blindspot of the Russian state media, and TASS reports the
withdrawal first."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.domain.model import Code, CodeKind, CodingStatus
from desktop_app.domain.outlets import Outlet, OutletType
from desktop_app.services import markup, outlets, sources
from desktop_app.services.project import Project
from tests.builders import add_code, document

RUSSIAN = "Russian state media"
WESTERN = "Western"

WITHDRAWAL = "Kyiv must withdraw its troops from the four regions."
NEUTRAL = "Ukraine must stay neutral."
SANCTIONS = "The West must lift its sanctions."


@dataclass(frozen=True)
class OutletProject:
    withdrawal: Code
    neutral: Code
    sanctions: Code
    tass: int  # source ids
    ria: int
    rt: int
    reuters: int
    bbc: int


def _source(project: Project, title: str, text: str, **meta: str) -> int:
    report = sources.add_documents(project, [document(text, title, **meta)])
    return report.added[0].id


def _mark(project: Project, source_id: int, text: str, *codes: tuple[str, Code]) -> None:
    for sentence, code in codes:
        start = text.index(sentence)
        markup.annotate(project, source_id, start, start + len(sentence), [code.id])


def build_outlet_project(project: Project) -> OutletProject:
    for name, group, domain, kind in (
        ("TASS", RUSSIAN, "tass.com", OutletType.NEWS_AGENCY),
        ("RIA Novosti", RUSSIAN, "ria.ru", OutletType.STATE_MEDIA),
        ("RT", RUSSIAN, "rt.com", OutletType.STATE_MEDIA),
        ("Reuters", WESTERN, "reuters.com", OutletType.NEWS_AGENCY),
        ("BBC", WESTERN, "bbc.co.uk", OutletType.PUBLIC_BROADCASTER),
    ):
        outlets.add_outlet(
            project, Outlet(0, "", name, groups=(group,), domains=(domain,), type=kind)
        )
    withdrawal = add_code(project, CodeKind.CONDITION, "Withdrawal from four regions")
    neutral = add_code(project, CodeKind.CONDITION, "Neutral status")
    sanctions = add_code(project, CodeKind.CONDITION, "Lifting of sanctions")
    russian_text = f"Putin said: {WITHDRAWAL} {NEUTRAL}"
    tass = _source(
        project,
        "Putin sets terms",
        russian_text,
        outlet="TASS",
        url="https://tass.com/politics/1",
        published="2024-06-14T10:30+03:00",
    )
    ria = _source(  # no site name: the domain says it is RIA Novosti
        project,
        "Putin's terms",
        russian_text + " Peace is near.",
        url="https://www.ria.ru/20240614/terms.html",
        published="2024-06-14T08:00Z",
    )
    rt = _source(project, "RT on the terms", "Putin spoke.", outlet="RT", published="")
    western_text = f"Putin demanded: {WITHDRAWAL} He also said: {SANCTIONS}"
    reuters = _source(
        project,
        "Putin demands withdrawal",
        western_text,
        outlet="reuters",  # another spelling of the outlet
        url="https://www.reuters.com/world/1",
        published="2024-06-14T09:15Z",
    )
    bbc = _source(
        project,
        "Kremlin's terms",
        f"Putin's demand: {WITHDRAWAL}",
        outlet="BBC",
        published="2024-06-15",
    )
    _mark(project, tass, russian_text, (WITHDRAWAL, withdrawal), (NEUTRAL, neutral))
    _mark(project, ria, russian_text, (WITHDRAWAL, withdrawal), (NEUTRAL, neutral))
    _mark(project, reuters, western_text, (WITHDRAWAL, withdrawal), (SANCTIONS, sanctions))
    _mark(project, bbc, f"Putin's demand: {WITHDRAWAL}", (WITHDRAWAL, withdrawal))
    sources.set_status(project, [tass, ria, reuters, bbc], CodingStatus.DONE)
    sources.set_status(project, [rt], CodingStatus.IN_PROGRESS)
    return OutletProject(withdrawal, neutral, sanctions, tass, ria, rt, reuters, bbc)

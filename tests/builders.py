"""Helpers for building projects in tests through the real services."""

from __future__ import annotations

import hashlib
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.model import Code, CodeKind, CodingStatus, SourceMeta, SpeakerDetails
from desktop_app.importers.document import ImportedDocument
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project


def document(text: str, title: str = "Source", **meta: str) -> ImportedDocument:
    return ImportedDocument(
        text=text,
        meta=SourceMeta(title=title, **meta),
        original_name=f"{title}.txt",
        file_format="txt",
        sha256=hashlib.sha256(text.encode("utf-8")).hexdigest(),
    )


def add_source(project: Project, text: str, title: str = "Source", **meta: str) -> int:
    report = sources.add_documents(project, [document(text, title, **meta)])
    return report.added[0].id


def add_code(
    project: Project, kind: CodeKind, name: str, aliases: tuple[str, ...] = (), side: str = ""
) -> Code:
    root = codebook.root_of_kind(project, kind)
    details = SpeakerDetails(aliases=aliases, side=side) if aliases or side else None
    return codebook.create_code(project, root.id, name, speaker=details)


# -- two analysts on one project ---------------------------------------------------------------

TWO_CODERS_TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."


@contextmanager
def opened_as(target: str | Path, coder: str) -> Iterator[Project]:
    """The project at ``target`` (a file or a server URL) opened by ``coder``, closed after."""
    project = Project.open(target, coder=coder)
    try:
        yield project
    finally:
        project.close()


@dataclass(frozen=True)
class TwoCoders:
    first: int  # source ids
    second: int
    condition: Code  # "Conditions set"
    rejects: Code  # "Rejects"


def mark_two_coders(alice: Project, bob: Project) -> TwoCoders:
    """Two sources marked by two analysts: both mark the same condition in each source; alice
    marks "Rejects" over 22–45 in both, bob over 22–44 in the first only."""
    first = add_source(alice, TWO_CODERS_TEXT, title="First")
    second = add_source(alice, TWO_CODERS_TEXT + " Again.", title="Second")
    condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
    rejects = add_code(alice, CodeKind.REACTION, "Rejects")
    for source_id in (first, second):
        markup.annotate(alice, source_id, 0, 21, [condition.id])
        markup.annotate(bob, source_id, 0, 21, [condition.id])
        markup.annotate(alice, source_id, 22, 45, [rejects.id])
    markup.annotate(bob, first, 22, 44, [rejects.id])
    return TwoCoders(first, second, condition, rejects)


# -- a random project ----------------------------------------------------------------------------

RANDOM_WORDS = (
    "Putin demanded withdrawal Путин потребовал вывода войск Подоляк rejected Kyiv Киев Kiev "
    "neutrality sanctions Zelensky Зеленский Rasputin Путина Kyivan talks ceasefire"
).split()


def build_random(project: Project, seed: int = 7) -> list[int]:
    """Six sources with 150 random annotations (several codes each, child conditions, links
    within and across sources, mixed statuses), built through the services; the source ids."""
    rng = random.Random(seed)
    conditions = [add_code(project, CodeKind.CONDITION, f"Condition {i}") for i in range(5)]
    speakers = [
        add_code(project, CodeKind.SPEAKER, "Vladimir Putin", ("Putin", "Путин"), "Russia"),
        add_code(project, CodeKind.SPEAKER, "Zelensky", ("Зеленский",), "Ukraine"),
        add_code(project, CodeKind.SPEAKER, "Nobody", (), ""),
    ]
    stances = [add_code(project, CodeKind.REACTION, name) for name in ("Rejects", "Supports")]
    places = codebook.create_code(project, None, "Places")
    kyiv = codebook.create_code(
        project, places.id, "Kyiv", speaker=SpeakerDetails(aliases=("Kiev", "Киев"))
    )
    child = codebook.create_code(project, conditions[0].id, "Donetsk")
    codes = [*conditions, child, *speakers, *stances, places, kyiv]
    ids: list[int] = []
    texts: dict[int, str] = {}
    for index in range(6):
        text = " ".join(rng.choice(RANDOM_WORDS) for _ in range(120))
        source_id = add_source(project, text, f"Source {index}", outlet=f"Outlet {index % 3}")
        texts[source_id] = text
        ids.append(source_id)
    annotation_ids: list[int] = []
    for _ in range(150):
        source_id = rng.choice(ids)
        start = rng.randrange(0, len(texts[source_id]) - 30)
        end = start + rng.randrange(1, 30)
        chosen = rng.sample(codes, rng.randrange(1, 4))
        made = markup.annotate(project, source_id, start, end, [c.id for c in chosen])
        annotation_ids.append(made.id)
    for _ in range(40):
        a, b = rng.sample(annotation_ids, 2)
        markup.link(project, a, b)  # the same link twice is kept once
    sources.set_status(project, ids[:2], CodingStatus.DONE)
    return ids

"""Projects for the variants and quote-fidelity tests, built through the real services."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.model import CodeKind, CodingStatus
from desktop_app.domain.outlets import Outlet
from desktop_app.services import markup, outlets, sources
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

# Two reports of one statement: the later one drops a word from inside the quote and puts
# "at once" for "immediately"; a Russian report tells the same condition.
FIRST_TEXT = (
    "Putin said: “We will do it immediately. Obviously, we will guarantee the uninterrupted "
    "and safe withdrawal of Ukrainian forces.”\n\nHe demanded that Kyiv withdraw its troops."
)
SECOND_TEXT = (
    'The president promised: "We will do it at once. Obviously, we will guarantee the safe '
    'withdrawal of Ukrainian forces," he said.\n\nHe asked that Kiev withdraw its troops.'
)
RUSSIAN_TEXT = (
    "«Мы сделаем это немедленно. Разумеется, мы гарантируем беспрепятственный и безопасный "
    "вывод украинских войск», — заявил Путин. Украина должна стать нейтральной."
)
TASS_TEXT = "Путин потребовал, чтобы Украина стала нейтральной страной."
NEUTRAL_RU = "Украина должна стать нейтральной"
NEUTRAL_TASS = "Украина стала нейтральной страной"
WESTERN = "Western"
RUSSIAN = "Russian state media"
FIRST_QUOTE = (
    "We will do it immediately. Obviously, we will guarantee the uninterrupted and safe "
    "withdrawal of Ukrainian forces."
)
SECOND_QUOTE = (
    "We will do it at once. Obviously, we will guarantee the safe withdrawal of Ukrainian forces,"
)
RUSSIAN_QUOTE = (
    "Мы сделаем это немедленно. Разумеется, мы гарантируем беспрепятственный и безопасный "
    "вывод украинских войск"
)


@dataclass(frozen=True)
class QuotedProject:
    path: Path
    first: int  # source ids
    second: int
    russian: int
    tass: int
    condition: int
    neutral: int
    speaker: int
    annotations: dict[str, int]  # "first", "second", "russian", "first-demand", "second-ask"


def build_quoted(folder: Path) -> QuotedProject:
    path = folder / "quoted.parley"
    with Project.open(path, create=True, coder="analyst") as project:
        for name, group in (("Wire", WESTERN), ("Daily", WESTERN), ("Лента", RUSSIAN)):
            outlets.add_outlet(project, Outlet(0, "", name, groups=(group,)))
        outlets.add_outlet(project, Outlet(0, "", "ТАСС", groups=(RUSSIAN,)))
        condition = add_code(project, CodeKind.CONDITION, "Withdrawal of forces").id
        neutral = add_code(project, CodeKind.CONDITION, "Neutral status").id
        speaker = add_code(project, CodeKind.SPEAKER, "Vladimir Putin", ("Путин",)).id
        first = add_source(
            project, FIRST_TEXT, "First report", outlet="Wire", published="2024-06-14T10:00",
            language="en",
        )  # fmt: skip
        second = add_source(
            project, SECOND_TEXT, "Second report", outlet="Daily", published="2024-06-14T12:30",
            language="en",
        )  # fmt: skip
        russian = add_source(
            project, RUSSIAN_TEXT, "Russian report", outlet="Лента", published="2024-06-15",
            language="ru",
        )  # fmt: skip
        tass = add_source(
            project, TASS_TEXT, "TASS report", outlet="ТАСС", published="2024-06-14T09:00",
            language="ru",
        )  # fmt: skip
        for source, text, quote in (
            (russian, RUSSIAN_TEXT, NEUTRAL_RU),
            (tass, TASS_TEXT, NEUTRAL_TASS),
        ):
            start = text.index(quote)
            markup.annotate(project, source, start, start + len(quote), [neutral])
        marks = {
            "first": (first, FIRST_TEXT, FIRST_QUOTE),
            "second": (second, SECOND_TEXT, SECOND_QUOTE),
            "russian": (russian, RUSSIAN_TEXT, RUSSIAN_QUOTE),
            "first-demand": (first, FIRST_TEXT, "He demanded that Kyiv withdraw its troops"),
            "second-ask": (second, SECOND_TEXT, "He asked that Kiev withdraw its troops"),
        }
        annotations = {}
        for name, (source, text, quote) in marks.items():
            start = text.index(quote)
            annotations[name] = markup.annotate(
                project, source, start, start + len(quote), [condition, speaker]
            ).id
        sources.set_status(project, [first, second, russian, tass], CodingStatus.DONE)
        project.history.clear()
    return QuotedProject(
        path, first, second, russian, tass, condition, neutral, speaker, annotations
    )

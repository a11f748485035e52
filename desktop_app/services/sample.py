"""The sample project a new user sees on first run: the two corpus reports of the same speech,
already marked up with conditions, speakers (with aliases across spellings and scripts),
reactions and the links between reactions and what they answer.

Spans are found by their exact wording in the imported text, never by hard-coded offsets, so the
mark-up stays right whatever the importer's line-ending rules are; a wording that is missing or
ambiguous is a bug in this file and fails loudly (a test builds the sample).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path

from desktop_app import paths
from desktop_app.domain import palette
from desktop_app.domain.model import (
    SAMPLE_CODER,
    CodeKind,
    CoderOrigin,
    CodingStatus,
    SourceMeta,
    SpeakerDetails,
)
from desktop_app.errors import ParleyError
from desktop_app.i18n import N_, gettext
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project

log = logging.getLogger(__name__)

NEWSWEEK_FILE = "000_1094804f0c5760cb.txt"
FEED_FILE = "003_5d4df97f4eee4e75.txt"

# (name, category, description)
CONDITIONS = [
    (
        N_("Withdrawal from four regions"),
        N_("Territory"),
        N_(
            "Ukrainian forces leave the Donetsk, Luhansk, Zaporizhzhia and Kherson regions within "
            "their administrative borders."
        ),
    ),
    (
        N_("Renounce NATO membership"),
        N_("Alignment"),
        N_("Kyiv officially gives up its plans to join NATO."),
    ),
    (
        N_("Non-aligned status"),
        N_("Alignment"),
        N_("Ukraine becomes neutral, outside military blocs."),
    ),
    (N_("Non-nuclear status"), N_("Security"), N_("Ukraine does not seek nuclear weapons.")),
    (
        N_("Demilitarisation and denazification"),
        N_("Security"),
        N_("Limits on Ukraine's armed forces and the Kremlin's 'denazification' demand."),
    ),
    (
        N_("Lifting of Western sanctions"),
        N_("Economy"),
        N_("Western sanctions on Russia are lifted."),
    ),
    (
        N_("Recognition of new territories"),
        N_("Territory"),
        N_("The annexed regions are recognised internationally as Russian."),
    ),
    (
        N_("Land route to Crimea"),
        N_("Territory"),
        N_("A guaranteed land corridor ('easement') to Crimea through Kherson and Zaporizhzhia."),
    ),
]

# (name, aliases, role, affiliation, side)
SPEAKERS = [
    (
        "Vladimir Putin",
        (
            "Putin",
            "Путин",
            "Владимир Путин",
            "the Russian President",
            "президент России",
            "head of state",
        ),
        N_("President of Russia"),
        N_("Kremlin"),
        "Russia",
    ),
    (
        "Volodymyr Zelensky",
        ("Zelensky", "Vladimir Zelensky", "Зеленский"),
        N_("President of Ukraine"),
        N_("Office of the President of Ukraine"),
        "Ukraine",
    ),
    (
        "Mykhailo Podolyak",
        ("Podolyak", "Podoliak", "Mikhail Podoliak", "Михаил Подоляк", "Подоляк"),
        N_("Adviser to the head of the Presidential Office"),
        N_("Office of the President of Ukraine"),
        "Ukraine",
    ),
    (
        "Jens Stoltenberg",
        ("Stoltenberg", "Столтенберг", "Йенс Столтенберг"),
        N_("NATO Secretary General"),
        N_("NATO"),
        "West",
    ),
    (
        "Lloyd Austin",
        ("Ллойд Остин", "US defense chief", "глава Пентагона", "Pentagon", "Пентагон"),
        N_("US Secretary of Defense"),
        N_("US Department of Defense"),
        "West",
    ),
    (
        "Maria Zakharova",
        ("Zakharova", "Мария Захарова"),
        N_("Foreign Ministry spokeswoman"),
        N_("Russian Foreign Ministry"),
        "Russia",
    ),
]

# Colours from the palette every kind and stance is told apart in (domain/palette.py).
STANCES = [
    (N_("Rejects"), palette.VERMILLION, N_("Refuses the proposal or condition outright.")),
    (N_("Criticizes"), palette.YELLOW, N_("Finds fault with the proposal without a flat refusal.")),
    (
        N_("Defends proposal"),
        palette.REDDISH_PURPLE,
        N_("Argues for the proposal or blames others for refusing it."),
    ),
    (N_("Welcomes"), palette.SKY_BLUE, N_("Receives the proposal positively.")),
]

# A user-added root: places whose spelling varies between sources.
PLACES = [
    ("Kyiv", ("Kiev", "Киев")),
    ("Luhansk", ("Lugansk", "Луганск")),
    ("Zaporizhzhia", ("Zaporozhye", "Запорожье")),
    ("Crimea", ("Крым", "Crimean peninsula")),
]


@dataclass(frozen=True)
class Mark:
    """One annotation of the sample: exact wording (with ``occurrence`` for repeats), codes
    by name, and optionally a link to the mark with ``answers`` as its key."""

    quote: str
    codes: tuple[str, ...]
    key: str = ""
    answers: str = ""
    note: str = ""
    occurrence: int = 1


NEWSWEEK_MARKS = [
    Mark(
        "provided that Ukrainian troops are withdrawn from several key regions",
        ("Withdrawal from four regions", "Vladimir Putin"),
        key="nw-withdraw",
    ),
    Mark(
        "He also demanded that Ukraine give up all plans to join NATO",
        ("Renounce NATO membership", "Vladimir Putin"),
        key="nw-nato",
    ),
    Mark(
        "it must be from the entire territory of these regions within their administrative "
        "borders as they existed at the time of their incorporation into Ukraine",
        ("Withdrawal from four regions", "Vladimir Putin"),
    ),
    Mark(
        "officially declare rejection of plans to join NATO",
        ("Renounce NATO membership", "Vladimir Putin"),
    ),
    Mark(
        "Kyiv would need to withdraw troops from the Zaporizhzhia, Kherson, Donetsk and "
        "Luhansk regions",
        ("Withdrawal from four regions",),
        note="The outlet's paraphrase, not a quote.",
    ),
    Mark(
        "he will continue to fight until all disputed regions of Ukraine have been liberated",
        ("Rejects", "Volodymyr Zelensky"),
        answers="nw-withdraw",
        note="A standing position, reported as context rather than a direct answer.",
    ),
    Mark(
        "peace negotiations would also require the lifting of Western sanctions on Russia",
        ("Lifting of Western sanctions", "Vladimir Putin"),
        note="Reported via Meduza.",
    ),
    Mark("non-aligned status", ("Non-aligned status", "Vladimir Putin")),
    Mark(
        "If Kyiv and Western capitals reject it, that is their choice, their political and "
        "moral responsibility for the continuation of bloodshed.",
        ("Defends proposal", "Vladimir Putin"),
    ),
    Mark("Kyiv", ("Kyiv",)),
    Mark("Kiev", ("Kyiv",)),
    Mark("Luhansk", ("Luhansk",)),
    Mark("Zaporizhzhia", ("Zaporizhzhia",)),
]

FEED_MARKS = [
    Mark(
        "Ukrainian forces must withdraw from the entire territory of the Donetsk and Lugansk "
        "People's Republics, and the Zaporozhye and Kherson regions",
        ("Withdrawal from four regions", "Vladimir Putin"),
        key="feed-withdraw",
    ),
    Mark(
        "specifically from the entire territory of these regions within their administrative "
        "borders as they existed when they joined Ukraine",
        ("Withdrawal from four regions", "Vladimir Putin"),
    ),
    Mark(
        "formally renounces plans to join NATO",
        ("Renounce NATO membership", "Vladimir Putin"),
        key="feed-nato",
    ),
    Mark(
        "If Kiev and the Western capitals refuse it, as they have previously, then ultimately, "
        "it is their matter. Their political and moral responsibility for the continuation of "
        "bloodshed",
        ("Defends proposal", "Vladimir Putin"),
    ),
    Mark(
        "with a condition that Russia has a cemented land route to Crimea",
        ("Land route to Crimea", "Vladimir Putin"),
    ),
    Mark(
        "Михаил Подоляк заявил, что новая мирная инициатива Москвы не содержит «реального "
        "мирного предложения»",
        ("Rejects", "Mykhailo Podolyak"),
        answers="feed-withdraw",
    ),
    Mark(
        "Подоляк добавил, что предлагаемый российским президентом внеблоковый статус якобы "
        "сделает Украину беззащитной.",
        ("Criticizes", "Mykhailo Podolyak"),
        answers="feed-neutral",
    ),
    Mark("полный вывод ВСУ из новых регионов России", ("Withdrawal from four regions",)),
    Mark("отказ Киева от вступления в НАТО", ("Renounce NATO membership",)),
    Mark(
        "нейтральный и безъядерный статус",
        ("Non-aligned status", "Non-nuclear status"),
        key="feed-neutral",
    ),
    Mark("демилитаризация и денацификация Украины", ("Demilitarisation and denazification",)),
    Mark(
        'В Пентагоне считают, что Путин "не вправе" ставить Украине условия о мире',
        ("Rejects", "Lloyd Austin"),
    ),
    Mark(
        "Столтенберг заявил, что не считает предложение Путина по Украине мирным",
        ("Rejects", "Jens Stoltenberg"),
    ),
    Mark(
        "Украинские войска должна быть выведены со всей территории новых российских регионов",
        ("Withdrawal from four regions", "Vladimir Putin"),
    ),
    Mark(
        "глава Пентагона Ллойд Остин сказал, что Москва не может диктовать Киеву условия "
        "достижения мира",
        ("Rejects", "Lloyd Austin"),
    ),
    Mark(
        "Putin ‘not in position’ to name peace conditions for Ukraine – US defense chief",
        ("Rejects", "Lloyd Austin"),
    ),
    Mark(
        "La OTAN no considera pacífica la propuesta de Putin para poner fin al conflicto en "
        "Ucrania",
        ("Criticizes", "Jens Stoltenberg"),
    ),
    Mark(
        "Ukrainian presidential adviser Podolyak rejects Russian President Putin's peace "
        "proposal to Kyiv",
        ("Rejects", "Mykhailo Podolyak"),
    ),
    Mark(
        "a withdrawal of Ukrainian forces from Russia’s new territories",
        ("Withdrawal from four regions", "Vladimir Putin"),
    ),
    Mark(
        "which should be internationally recognized",
        ("Recognition of new territories", "Vladimir Putin"),
    ),
    Mark(
        "a promise by Kiev not to join NATO or seek to obtain nuclear weapons",
        ("Renounce NATO membership", "Non-nuclear status", "Vladimir Putin"),
    ),
    Mark("the lifting of sanctions on Russia", ("Lifting of Western sanctions", "Vladimir Putin")),
    Mark(
        "the Russian president was offering “no real peace proposal” and showing “no desire to "
        "end the war.”",
        ("Rejects", "Mykhailo Podolyak"),
        answers="feed-nato",
    ),
    Mark("Moscow’s plan was a “complete sham”", ("Criticizes", "Mykhailo Podolyak")),
    Mark(
        "the request to withdraw Ukraine’s forces from Russia’s new territories was not an "
        "indication of good will but of Moscow’s desire to achieve its military goals and "
        "“occupy even more Ukrainian territory.”",
        ("Criticizes", "Jens Stoltenberg"),
        answers="feed-withdraw",
    ),
    Mark(
        "Kiev and NATO’s refusal indicates their desire to “rob the Ukrainian people of a "
        "chance for peace.”",
        ("Defends proposal", "Maria Zakharova"),
    ),
    Mark("Lugansk", ("Luhansk",)),
    Mark("Zaporozhye", ("Zaporizhzhia",)),
    Mark("Crimea", ("Crimea",)),
    Mark("Kiev", ("Kyiv",)),
    Mark("Kyiv", ("Kyiv",)),
]

SOURCE_DETAILS = {
    NEWSWEEK_FILE: (
        SourceMeta(
            title="Putin Names Conditions for Ukraine Peace Talks",
            outlet="Newsweek (via aggregator)",
            published="2024-06-14",
            language="en",
        ),
        CodingStatus.DONE,
        NEWSWEEK_MARKS,
    ),
    FEED_FILE: (
        SourceMeta(
            title="Putin Sets Condition for Ukraine Peace Talks: Full Ukrainian Withdrawal "
            "From New Russian Regions",
            outlet="Russian state outlet (live feed)",
            published="2024-06-14",
            language="en, ru, es",
        ),
        CodingStatus.IN_PROGRESS,
        FEED_MARKS,
    ),
}


class SampleError(ParleyError):
    """The bundled sample is inconsistent with its mark-up (a packaging bug)."""


def _span(text: str, mark: Mark) -> tuple[int, int]:
    start = -1
    for _ in range(mark.occurrence):
        start = text.find(mark.quote, start + 1)
        if start == -1:
            raise SampleError(
                gettext("sample wording not found: “{quote}”").format(quote=mark.quote[:60]),
                gettext("reinstall Parley"),
            )
    return start, start + len(mark.quote)


def build_sample_project(path: Path) -> None:
    """Create the sample project at ``path`` (which must not exist yet)."""
    if path.exists():
        raise SampleError(
            gettext("{path} already exists").format(path=path),
            gettext("open it, or remove it first"),
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".building")
    for leftover in (partial, Path(f"{partial}-wal"), Path(f"{partial}-shm")):
        leftover.unlink(missing_ok=True)
    with Project.open(partial, create=True, coder=SAMPLE_CODER) as project:
        _fill(project)
        project.set_coder_origin(SAMPLE_CODER, CoderOrigin.SAMPLE)
        # Built under a temporary file name; the project's own name is the final one.
        project.rename(path.stem)
        project.history.clear()
    partial.replace(path)
    log.info("built the sample project at %s", path)


def _fill(project: Project) -> None:
    code_ids = _build_codebook(project)
    files = [paths.resource("sample", name) for name in SOURCE_DETAILS]
    report = sources.import_paths(project, files)
    if report.refused or len(report.added) != len(files):
        raise SampleError(
            gettext("the sample sources could not be imported"), gettext("reinstall Parley")
        )
    by_name = {s.original_name: s for s in report.added}
    keyed: dict[str, int] = {}
    pending_links: list[tuple[int, str]] = []
    for file_name, (meta, status, marks) in SOURCE_DETAILS.items():
        source = by_name[file_name]
        sources.update_metadata(project, source.id, meta)
        text = sources.get_text(project, source.id)
        seen: dict[str, int] = {}
        for mark in marks:
            # Repeated short wordings (place names) take successive occurrences.
            occurrence = seen.get(mark.quote, 0) + 1 if len(mark.quote) < 20 else mark.occurrence
            seen[mark.quote] = occurrence
            start, end = _span(text, Mark(mark.quote, mark.codes, occurrence=occurrence))
            annotation = markup.annotate(
                project, source.id, start, end, [code_ids[c] for c in mark.codes], note=mark.note
            )
            if mark.key:
                keyed[mark.key] = annotation.id
            if mark.answers:
                pending_links.append((annotation.id, mark.answers))
        sources.set_status(project, [source.id], status)
    for annotation_id, key in pending_links:
        markup.link(project, annotation_id, keyed[key], "responds to")
    project.history.clear()  # the sample starts with nothing to undo


def _build_codebook(project: Project) -> dict[str, int]:
    ids: dict[str, int] = {}
    root = codebook.root_of_kind(project, CodeKind.CONDITION)
    for name, category, description in CONDITIONS:
        ids[name] = codebook.create_code(
            project,
            root.id,
            gettext(name),
            category=gettext(category),
            description=gettext(description),
        ).id
    root = codebook.root_of_kind(project, CodeKind.SPEAKER)
    for name, aliases, role, affiliation, side in SPEAKERS:
        ids[name] = codebook.create_code(
            project,
            root.id,
            name,
            speaker=SpeakerDetails(
                aliases=aliases, role=gettext(role), affiliation=gettext(affiliation), side=side
            ),
        ).id
    root = codebook.root_of_kind(project, CodeKind.REACTION)
    for name, color, description in STANCES:
        ids[name] = codebook.create_code(
            project, root.id, gettext(name), color=color, description=gettext(description)
        ).id
    places = codebook.create_code(
        project,
        None,
        gettext("Places"),
        color="#7f8c8d",
        description=gettext("Places whose spelling varies."),
    )
    for name, aliases in PLACES:
        ids[name] = codebook.create_code(
            project, places.id, name, speaker=SpeakerDetails(aliases=aliases)
        ).id
    return ids

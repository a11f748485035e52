"""Projects the export tests share (workbook, CSV/JSON, briefing): the sample project and a small
project full of hostile content, both built through the real services on disk."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.model import CodeKind, CodingStatus, SpeakerDetails
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project
from desktop_app.services.snapshot import load_snapshot
from tests.builders import document

# Control characters in a source's text: every C0 control but tab, line feed, carriage return
# and NUL. Importers strip controls from texts, and SQLite's substr() (which mark-up uses to
# check a span) stops at a NUL, so a NUL goes where an analyst can still type or paste one:
# a note, and a source's author.
CONTROL_CHARS = "".join(chr(c) for c in range(1, 32) if chr(c) not in "\t\n\r")
NUL_NOTE = f"note[\x00{CONTROL_CHARS}]"
FORMULAS = ('=HYPERLINK("http://evil.example","click")', "+1", "-2", "@SUM(A1:A2)", "=1+1")
LONG_SPAN = 40_000


def build_sample(folder: Path) -> Path:
    """The sample project (two corpus reports, marked up) in ``folder``."""
    path = folder / "sample.parley"
    build_sample_project(path)
    return path


def snapshot_of(path: Path, source_ids: tuple[int, ...] | None = None) -> ProjectSnapshot:
    with Project.open(path) as project:
        return load_snapshot(project, source_ids)


@dataclass(frozen=True)
class Hostile:
    """Ids and exact texts of what :func:`build_hostile` put into the project."""

    formula_source: int
    long_source: int
    rtl_source: int
    formula_quotes: tuple[str, ...]
    control_quote: str
    markup_quote: str
    emoji_quote: str
    rtl_quotes: tuple[str, ...]
    long_quote: str
    condition: int
    other_condition: int
    speaker: int
    stance: int


def build_hostile(project: Project) -> Hostile:
    """Three sources whose text and metadata try every way to break a spreadsheet.

    * formula source (done): each formula-looking line coded with the condition; a span with
      control characters (its note and the source's author hold a NUL too); markup-like text;
      emoji; a title with ``[]:*?/\\``.
    * long source (to do): one 40,000-character span coded with the condition.
    * right-to-left source (in progress): Arabic and Hebrew quotes.
    """
    root = {k: codebook.root_of_kind(project, k).id for k in CodeKind if k != CodeKind.OTHER}
    condition = codebook.create_code(project, root[CodeKind.CONDITION], "=Withdrawal+")
    other_condition = codebook.create_code(project, root[CodeKind.CONDITION], "Neutrality")
    speaker = codebook.create_code(
        project,
        root[CodeKind.SPEAKER],
        "@Speaker <b>&amp;",
        speaker=SpeakerDetails(aliases=("Оратор",), side="Ukraine"),
    )
    stance = codebook.create_code(project, root[CodeKind.REACTION], "-Rejects")

    control_quote = f"ctrl[{CONTROL_CHARS}]end"
    markup_quote = "<b>&amp; &lt;script&gt;</b>"
    emoji_quote = "peace 🕊️ 👍🏽 talks"
    lines = [*FORMULAS, control_quote, markup_quote, emoji_quote]
    text = "\n".join(lines) + "\n"
    formula_source = sources.add_documents(
        project,
        [
            document(
                text,
                title='=cmd|"/C calc"!A0 [draft]: *what?* a/b\\c',
                outlet="@outlet",
                author="nul\x00author",
                published="2024-06-14",
            )
        ],
    ).added[0]
    offset = 0
    spans = []
    for line in lines:
        spans.append((offset, offset + len(line)))
        offset += len(line) + 1
    for (start, end), line in zip(spans, lines, strict=True):
        codes = [condition.id] if line in FORMULAS else [speaker.id, stance.id]
        note = NUL_NOTE if line == control_quote else "=note()"
        markup.annotate(project, formula_source.id, start, end, codes, note=note)

    long_quote = ("Слово word " * (LONG_SPAN // 11 + 1))[:LONG_SPAN]
    long_text = "Before. " + long_quote + " After."
    long_source = sources.add_documents(
        project, [document(long_text, title="Long", outlet="Outlet L", published="2024-06-15")]
    ).added[0]
    start = long_text.index(long_quote)
    markup.annotate(project, long_source.id, start, start + LONG_SPAN, [condition.id])

    rtl_quotes = ("السلام عليكم ورحمة الله", "שלום עולם ומה שלומך")
    rtl_text = f"{rtl_quotes[0]}.\n{rtl_quotes[1]}."
    rtl_source = sources.add_documents(
        project,
        [document(rtl_text, title="RTL", outlet="Outlet R", published="2024-06-16", language="ar")],
    ).added[0]
    for quote in rtl_quotes:
        start = rtl_text.index(quote)
        markup.annotate(project, rtl_source.id, start, start + len(quote), [other_condition.id])

    sources.set_status(project, [formula_source.id], CodingStatus.DONE)
    sources.set_status(project, [rtl_source.id], CodingStatus.IN_PROGRESS)
    return Hostile(
        formula_source=formula_source.id,
        long_source=long_source.id,
        rtl_source=rtl_source.id,
        formula_quotes=FORMULAS,
        control_quote=control_quote,
        markup_quote=markup_quote,
        emoji_quote=emoji_quote,
        rtl_quotes=rtl_quotes,
        long_quote=long_quote,
        condition=condition.id,
        other_condition=other_condition.id,
        speaker=speaker.id,
        stance=stance.id,
    )


def add_many_sources(project: Project, count: int = 40) -> list[int]:
    """``count`` sources with 200+-character titles full of characters sheet names forbid."""
    documents = [
        document(
            f"Text {index}: Putin spoke.",
            title=f"[{index:02d}] Report: who said what? *Analysis* / part \\ {index} " + "x" * 200,
            outlet=f"Outlet {index}",
            published=f"2024-06-{index % 28 + 1:02d}",
        )
        for index in range(count)
    ]
    return [s.id for s in sources.add_documents(project, documents).added]


CROWD_SOURCES = 18
CROWD_OUTLETS = ("Wire A", "Daily B", "Radio C", "Портал Г")


def build_crowd(folder: Path) -> Path:
    """The sample project and ``CROWD_SOURCES`` more sources re-telling it: each quotes a
    rotating handful of the sample's coded passages (real corpus wording, so speakers' aliases
    and places occur in the texts) and is marked with the same codes, so conditions are
    reported by more sources than a briefing names, wordings are shared between sources,
    reactions answer conditions, and statuses are mixed."""
    path = build_sample(folder)
    with Project.open(path) as project:
        marks = [(a.quote, a.code_ids) for a in markup.list_annotations(project) if a.quote]
        stance_ids = {c.id for c in codebook.list_codes(project) if c.kind == CodeKind.REACTION}
        condition_ids = {c.id for c in codebook.list_codes(project) if c.kind == CodeKind.CONDITION}
        documents, chosen = [], []
        for index in range(CROWD_SOURCES):
            picked = [marks[(index * 5 + k * 3) % len(marks)] for k in range(4 + index % 5)]
            text = "\n\n".join(f"{k + 1}. {quote}" for k, (quote, _) in enumerate(picked))
            documents.append(
                document(
                    text,
                    title=f"Retold {index + 1}: " + " ".join(picked[0][0].split()[:8]),
                    outlet=CROWD_OUTLETS[index % len(CROWD_OUTLETS)],
                    published=f"2024-06-{15 + index % 10:02d}",
                )
            )
            chosen.append(picked)
        added = sources.add_documents(project, documents).added
        for source, picked in zip(added, chosen, strict=True):
            text = sources.get_text(project, source.id)
            at = 0
            reactions, conditions = [], []
            for quote, code_ids in picked:
                start = text.index(quote, at)
                at = start + len(quote)
                made = markup.annotate(project, source.id, start, at, list(code_ids))
                if stance_ids & set(code_ids):
                    reactions.append(made.id)
                elif condition_ids & set(code_ids):
                    conditions.append(made.id)
            if reactions and conditions:
                markup.link(project, reactions[0], conditions[-1])
        ids = [s.id for s in added]
        sources.set_status(project, ids[::3], CodingStatus.DONE)
        sources.set_status(project, ids[1::3], CodingStatus.IN_PROGRESS)
    return path

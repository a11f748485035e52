"""The PDF briefing: what an analyst sends round — title page, key findings, conditions with
their best quotes, who said what, reactions with a chart, the source coverage matrix and an
appendix of every excerpt.

Called by ``services.exports`` with a snapshot and a temporary path (the service renames it into
place, so a failure or a cancel leaves nothing behind). The numbers come from
``domain.comparison``, the same computation the window and the workbook show.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from reportlab.platypus import Flowable, PageBreak
from reportlab.platypus.doctemplate import LayoutError

from desktop_app.domain.bulk import collector_paused
from desktop_app.domain.comparison import compare
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.errors import Cancelled, ExportError
from desktop_app.exporting.briefing_coverage import coverage_section
from desktop_app.exporting.briefing_front import TitleFacts, key_findings, title_page
from desktop_app.exporting.briefing_layout import BriefingDocument, PageTexts
from desktop_app.exporting.briefing_parts import BriefingContext
from desktop_app.exporting.briefing_sections import (
    conditions_section,
    reactions_section,
    speakers_section,
)
from desktop_app.exporting.briefing_style import Styles, geometry, side_colors
from desktop_app.exporting.briefing_text import REPLACEMENT, TextMarkup
from desktop_app.exporting.briefing_variants import variant_parts
from desktop_app.exporting.briefing_wordings import appendix_part, prepare
from desktop_app.exporting.contract import CancelCheck, ExportOptions, ProgressCallback
from desktop_app.exporting.fonts import register_fonts
from desktop_app.i18n import gettext, long_date, ngettext
from desktop_app.version import __version__

log = logging.getLogger(__name__)

# Share of the progress bar spent building the story; laying it out takes the rest.
STORY_SHARE = 15


def _today() -> str:
    return long_date(datetime.now().astimezone().date())


@dataclass
class ComposedBriefing:
    """The story and what the pages around it need."""

    story: list[Flowable]
    context: BriefingContext
    facts: TitleFacts


def compose_briefing(
    snapshot: ProjectSnapshot,
    options: ExportOptions,
    report: Callable[[int, str], None] | None = None,
    check: Callable[[], None] | None = None,
) -> ComposedBriefing:
    """Every flowable of the briefing, in order (the benchmark lays the same story out bare).

    Tens of thousands of excerpts, paragraphs and table rows are made here at once: the cyclic
    collector is paused meanwhile (each full collection would walk the snapshot and everything
    built so far, a quarter of the time at newsroom scale)."""
    with collector_paused():
        return _compose(snapshot, options, report, check)


def _compose(
    snapshot: ProjectSnapshot,
    options: ExportOptions,
    report: Callable[[int, str], None] | None,
    check: Callable[[], None] | None,
) -> ComposedBriefing:
    coverage = register_fonts()
    page = geometry(options.page_size)
    comparison = compare(snapshot, options.source_ids)
    ctx = BriefingContext(
        comparison=comparison,
        styles=Styles(),
        text=TextMarkup(coverage),
        geometry=page,
        side_colors=side_colors(list(comparison.sides())),
    )
    found = prepare(ctx, options.appendix)  # before the body cites excerpts
    facts = TitleFacts(
        title=" ".join(options.title.split()) or snapshot.name or "Parley briefing",
        analyst=" ".join(options.analyst.split()),
        classification=" ".join(options.classification.split()),
        date=_today(),
        project=snapshot.name,
        version=__version__,
    )
    parts: list[tuple[str, Callable[[], list[Flowable]]]] = [
        ("title page", lambda: title_page(ctx, facts)),
        ("key findings", lambda: key_findings(ctx)),
        ("conditions", lambda: conditions_section(ctx)),
        ("who said what", lambda: speakers_section(ctx)),
        ("reactions", lambda: reactions_section(ctx)),
        ("source coverage", lambda: coverage_section(ctx)),
        *variant_parts(ctx, options.variants),
        ("appendix", lambda: appendix_part(ctx, found, tick=check)),
    ]
    story: list[Flowable] = []
    for index, (label, build) in enumerate(parts):
        if check is not None:
            check()
        if report is not None:
            report(
                index * STORY_SHARE // len(parts),
                gettext("writing part {number} of {total}").format(
                    number=index + 1, total=len(parts)
                ),
            )
        # Every main section after the findings starts on a new page (not the closing line
        # that stands for the appendix when there is none).
        if index >= 2 and not (label == "appendix" and ctx.appendix == "none"):
            story.append(PageBreak())
        story += build()
    return ComposedBriefing(story, ctx, facts)


def write_briefing(
    snapshot: ProjectSnapshot,
    path: Path,
    options: ExportOptions,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> list[str]:
    """Write the briefing of ``snapshot`` to ``path``; returns notes for the user (e.g. that
    some characters could not be printed)."""

    def report(done: int, label: str) -> None:
        if progress is not None:
            progress(done, 100, label)

    def check() -> None:
        if cancelled is not None and cancelled():
            log.info("briefing cancelled while building the story")
            raise Cancelled()

    report(0, gettext("comparing sources"))
    check()
    composed = compose_briefing(snapshot, options, report, check)
    check()
    ctx, facts, text = composed.context, composed.facts, composed.context.text
    comparison = ctx.comparison

    def layout_progress(done: int, total: int, label: str) -> None:
        report(STORY_SHARE + done * (100 - STORY_SHARE) // max(1, total), label)

    document = BriefingDocument(
        str(path),
        ctx.geometry,
        PageTexts(
            header=text.plain(gettext("{title} · Briefing").format(title=facts.title)),
            classification=text.plain(facts.classification),
            footer=text.plain(f"Parley {__version__} · {facts.date}"),
        ),
        title=facts.title,
        author=facts.analyst,
        subject=(
            f"Briefing on {len(comparison.sources):,} sources: conditions, speakers and "
            "reactions as each source reported them"
        ),
        creator=f"Parley {__version__}",
        keywords=[k for k in ("Parley", "briefing", snapshot.name, facts.classification) if k],
        progress=layout_progress,
        cancelled=cancelled,
    )
    try:
        document.build_story(composed.story)
    except LayoutError as exc:  # a bug in the briefing's layout, not in the user's data
        log.exception("briefing layout failed")
        raise ExportError(
            gettext("the briefing could not be laid out (something is taller than a page)"),
            gettext("export the workbook instead, and send the log file to support"),
        ) from exc
    report(100, gettext("done"))
    log.info(
        "briefing: %d sources, %d excerpts, %d pages",
        len(comparison.sources),
        len(comparison.excerpts),
        document.page,
    )
    notes: list[str] = []
    if text.replaced:
        examples = " ".join(sorted(text.replaced)[:8])
        notes.append(
            ngettext(
                "{n} character no shipped font can show ({examples}) "
                "printed as “{replacement}” in the briefing; the workbook keeps them as written.",
                "{n} characters no shipped font can show ({examples}) "
                "printed as “{replacement}” in the briefing; the workbook keeps them as written.",
                len(text.replaced),
            ).format(examples=examples, replacement=REPLACEMENT)
        )
    if text.right_to_left:
        notes.append(
            gettext(
                "Right-to-left text (Hebrew, Arabic) is in the briefing character for character, "
                "but printed left to right with unjoined letters (the PDF library has no "
                "bidirectional layout); read those quotes in the workbook or the window."
            )
        )
    return notes

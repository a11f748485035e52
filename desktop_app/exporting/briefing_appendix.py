"""The appendix: every coded passage of the chosen sources, whole, with its citation.

Grouped by source (an outline entry each); every excerpt carries its number (E1, E2, …, the
numbers the body cites), its position, its codes and note, and the quote exactly as written.
Long quotes are cut into several paragraphs (see ``briefing_text.chunks``), so a 40,000
character span flows over pages in linear time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph

from desktop_app.domain.comparison import Excerpt
from desktop_app.domain.dates import short_date, shown_date
from desktop_app.domain.model import Source
from desktop_app.exporting.briefing_parts import BriefingContext, heading, names_list
from desktop_app.exporting.briefing_text import chunks, shorten
from desktop_app.exporting.fonts import SANS
from desktop_app.i18n import gettext, ngettext

log = logging.getLogger(__name__)

Tick = Callable[[], None]
HEAD_FONT = f'<font name="{SANS}" size="7.5" color="#5d6673">'
TICK_EVERY = 256


def _source_heading(
    ctx: BriefingContext, source: Source, number: int, excerpts: int
) -> list[Flowable]:
    title, _ = shorten(source.label, 160)
    story = heading(ctx, f"{number}. {title}", 1, style=ctx.styles.appendix_source)
    facts = [
        ctx.text.inline(v)
        for v in (source.outlet, shown_date(source.published), source.author)
        if v
    ]
    facts.append(gettext("coding {status}").format(status=gettext(source.status.label)))
    facts.append(ngettext("{n} excerpt", "{n} excerpts", excerpts))
    if source.url:
        facts.append(ctx.text.inline(shorten(source.url, 80)[0]))
    return [*story, Paragraph(" · ".join(facts), ctx.styles.meta)]


def _where(ctx: BriefingContext, source: Source, number: int) -> str:
    """Markup saying which source an excerpt is from, short enough to repeat on every excerpt
    (a source's excerpts may run over many pages, away from its heading)."""
    parts = [f"source {number}"]
    parts += [ctx.text.inline(v) for v in (source.outlet, short_date(source.published)) if v]
    return ", ".join(parts)


def _excerpt(ctx: BriefingContext, excerpt: Excerpt, where: str) -> list[Flowable]:
    number = ctx.numbers[excerpt.annotation_id]
    anchor = f'<a name="E{number}"/>' if excerpt.annotation_id in ctx.cited else ""
    span = gettext("characters {start}–{end}").format(start=excerpt.start, end=excerpt.end)
    head = [f"<b>E{number}</b>", where, span]
    if excerpt.codes:
        head.append(ctx.text.inline(excerpt.code_names))
    head_markup = f"{anchor}{HEAD_FONT}{' · '.join(head)}</font><br/>"
    pieces = chunks(excerpt.quote)
    styles = ctx.styles
    if len(pieces) == 1:
        flowables: list[Flowable] = [
            Paragraph(head_markup + ctx.text.block(excerpt.quote), styles.excerpt)
        ]
    else:
        flowables = [Paragraph(head_markup + ctx.text.block(pieces[0]), styles.excerpt_open)]
        flowables += [
            Paragraph(ctx.text.block(piece.strip("\n")), styles.excerpt_cont)
            for piece in pieces[1:-1]
        ]
        flowables.append(Paragraph(ctx.text.block(pieces[-1].strip("\n")), styles.excerpt_close))
    if excerpt.note.strip():
        flowables.append(
            Paragraph(f"Note: {ctx.text.block(excerpt.note.strip())}", styles.excerpt_note)
        )
    return flowables


def appendix_section(ctx: BriefingContext, tick: Tick | None = None) -> list[Flowable]:
    """The appendix. Build it after the body: only excerpts the body cites get a link anchor
    (50,000 named destinations would cost more than they are worth)."""
    comparison = ctx.comparison
    story = heading(ctx, gettext("Appendix: all excerpts"), 0)
    story.append(
        Paragraph(
            ngettext(
                "{n} coded passage, source by source, each "
                "exactly as written. Positions count characters (Unicode code points) of the "
                "source's plain text, end exclusive.",
                "{n} coded passages, source by source, each "
                "exactly as written. Positions count characters (Unicode code points) of the "
                "source's plain text, end exclusive.",
                len(comparison.excerpts),
            ),
            ctx.styles.lead,
        )
    )
    by_source: dict[int, list[Excerpt]] = {}
    for excerpt in comparison.excerpts:
        by_source.setdefault(excerpt.source_id, []).append(excerpt)
    silent: list[Source] = []
    done = 0
    for number, source in enumerate(comparison.sources, 1):
        excerpts = by_source.get(source.id, [])
        if not excerpts:
            silent.append(source)
            continue
        story += _source_heading(ctx, source, number, len(excerpts))
        where = _where(ctx, source, number)
        for excerpt in excerpts:
            story += _excerpt(ctx, excerpt, where)
            done += 1
            if tick is not None and done % TICK_EVERY == 0:
                tick()
    if silent:
        story.append(
            Paragraph(
                gettext("No coded passages yet in ")
                + names_list(
                    [f"<i>{ctx.text.inline(shorten(s.title, 60)[0])}</i>" for s in silent],
                    limit=20,
                )
                + ".",
                ctx.styles.more,
            )
        )
    return story

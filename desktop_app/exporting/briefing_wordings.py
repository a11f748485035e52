"""The briefing's appendix, in the analyst's choice of three modes (``ExportOptions.appendix``):

* ``"all"`` — every excerpt whole, source by source (``briefing_appendix``): thousands of pages
  at newsroom scale, for a briefing that must stand alone;
* ``"wordings"`` (the default) — for each condition, each source that reports it with its
  wording: the excerpt the body would quote for that source (``best_excerpt``), up to
  ``WORDING_CHARS`` characters, and the numbers of its other excerpts of the condition;
* ``"none"`` — no appendix, only a closing line saying where the excerpts are.

Excerpt numbers (E1, E2, …) are the same in every mode and are the rows of the workbook's
Excerpts sheet, in order, which always holds every coded passage whole; the body's citations
link only to excerpts the appendix lists (:attr:`BriefingContext.listed`).
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph

from desktop_app.domain.comparison import Excerpt
from desktop_app.domain.dates import short_date
from desktop_app.errors import ExportError
from desktop_app.exporting.briefing_appendix import appendix_section
from desktop_app.exporting.briefing_parts import (
    BriefingContext,
    best_excerpt,
    heading,
    names_list,
    plural,
)
from desktop_app.exporting.briefing_text import shorten
from desktop_app.exporting.contract import APPENDIX_MODES

Tick = Callable[[], None]
WORDING_CHARS = 400  # longer wordings are cut here; the workbook has them whole
MORE_NUMBERS = 8  # other excerpt numbers named per source and condition, then "and N more"
TICK_EVERY = 256
WORDINGS_TITLE = "Appendix: wordings of each condition"
WORKBOOK = (
    "the workbook’s Excerpts sheet (export the project as an Excel workbook), which holds "
    "every coded passage whole, one row per excerpt in this order"
)


def check_mode(mode: str) -> str:
    """``mode`` if it is one of ``APPENDIX_MODES``; else the one-line error the user sees."""
    if mode not in APPENDIX_MODES:
        raise ExportError(
            f"unknown appendix “{mode}”", f"choose {names_list(list(APPENDIX_MODES))}"
        )
    return mode


Wording = tuple[int, Excerpt, list[Excerpt]]  # source number, its wording, the other excerpts
Wordings = list[tuple[int, list[Wording]]]  # per condition id


def wordings(ctx: BriefingContext) -> Wordings:
    """Per condition (codebook order, those reported only): per source (project order) its
    number, its wording and the condition's other excerpts there."""
    comparison = ctx.comparison
    found: Wordings = []
    for condition in comparison.conditions:
        rows: list[Wording] = []
        for number, source in enumerate(comparison.sources, 1):
            if not comparison.condition_cells.count((condition.id, source.id)):
                continue
            excerpts = comparison.condition_cells[(condition.id, source.id)]
            best = best_excerpt(excerpts)
            rows.append((number, best, [e for e in excerpts if e is not best]))
        if rows:
            found.append((condition.id, rows))
    return found


def prepare(ctx: BriefingContext, mode: str) -> Wordings:
    """Set which excerpts the appendix will list, before the body cites any; the wordings
    (empty unless the mode is "wordings"), for :func:`appendix_part`."""
    ctx.appendix = check_mode(mode)
    found: Wordings = []
    if mode == "all":
        ctx.listed = None
    elif mode == "none":
        ctx.listed = frozenset()
    else:
        found = wordings(ctx)
        ctx.listed = frozenset(best.annotation_id for _, rows in found for _, best, _ in rows)
    return found


def numbers_note(ctx: BriefingContext) -> str:
    """The title page's sentence on excerpt numbers and where every excerpt is."""
    if ctx.appendix == "all":
        return "Excerpt numbers (E1, E2, …) refer to the appendix, which lists every coded passage."
    if ctx.appendix == "wordings":
        return (
            "The appendix gives each source’s wording of each condition. Excerpt numbers "
            f"(E1, E2, …) refer to {WORKBOOK}."
        )
    return f"Excerpt numbers (E1, E2, …) refer to {WORKBOOK}."


def _wording(ctx: BriefingContext, number: int, best: Excerpt, others: list[Excerpt]) -> Paragraph:
    """One source's wording: bold number, italic outlet and date, the quote, its excerpt
    numbers. Plain ``<b>``/``<i>`` only: a ``<font color>`` tag costs reportlab's parser more
    than the rest of the entry, and there are tens of thousands of entries at newsroom scale."""
    source = best.source
    where = ", ".join(
        ctx.text.inline(v) for v in (source.outlet, short_date(source.published)) if v
    )
    quote, cut = shorten(best.quote.strip(), WORDING_CHARS)
    excerpt_number = ctx.numbers[best.annotation_id]
    anchor = f'<a name="E{excerpt_number}"/>' if best.annotation_id in ctx.cited else ""
    tail = [f"E{excerpt_number}"]
    if cut:
        tail.append("cut here, whole in the workbook")
    if others:
        named = [f"E{ctx.numbers[e.annotation_id]}" for e in others]
        tail.append("also " + names_list(named, limit=MORE_NUMBERS))
    return Paragraph(
        f"{anchor}<b>{number}.</b> {f'<i>{where}</i> ' if where else ''}"
        f"“{ctx.text.block(quote)}” {' · '.join(tail)}",
        ctx.styles.excerpt,
    )


def wordings_section(
    ctx: BriefingContext, found: Wordings, tick: Tick | None = None
) -> list[Flowable]:
    """Each condition's wording, source by source. Build it after the body (anchors only for
    the excerpts the body cites)."""
    names = {c.id: c.name for c in ctx.comparison.conditions}
    story = heading(ctx, WORDINGS_TITLE, 0)
    story.append(
        Paragraph(
            "How each source worded each condition: the sources that report it (numbered as "
            "in the coverage table), each with the passage this briefing would quote for it"
            f", cut at {WORDING_CHARS:,} characters, and the numbers of its other excerpts of "
            f"the condition. Every excerpt is in {WORKBOOK}.",
            ctx.styles.lead,
        )
    )
    if not found:
        story.append(Paragraph("No source reports a condition yet.", ctx.styles.more))
    done = 0
    for condition_id, rows in found:
        story += heading(ctx, names[condition_id], 1)
        story.append(Paragraph(plural(len(rows), "source"), ctx.styles.meta))
        for number, best, others in rows:
            story.append(_wording(ctx, number, best, others))
            done += 1
            if tick is not None and done % TICK_EVERY == 0:
                tick()
    return story


def closing_note(ctx: BriefingContext) -> list[Flowable]:
    """With no appendix: where the excerpts are, at the end of the last section."""
    passages = plural(ctx.comparison.excerpt_count, "coded passage")
    return [
        Paragraph(
            f"This briefing has no appendix: the {passages} it draws on are in {WORKBOOK}.",
            ctx.styles.lead,
        )
    ]


def appendix_part(
    ctx: BriefingContext, found: Wordings, tick: Tick | None = None
) -> list[Flowable]:
    """The appendix of the mode ``prepare`` set (``found``: what it returned)."""
    if ctx.appendix == "all":
        return appendix_section(ctx, tick=tick)
    if ctx.appendix == "wordings":
        return wordings_section(ctx, found, tick)
    return closing_note(ctx)

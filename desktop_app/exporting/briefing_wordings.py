"""The briefing's appendix, in the analyst's choice of three modes (``ExportOptions.appendix``):

* ``"all"`` — every excerpt whole, source by source (``briefing_appendix``): thousands of pages
  at newsroom scale, for a briefing that must stand alone;
* ``"wordings"`` (the default) — for each condition, its distinct wordings (quotes equal but
  for case and spacing), the most used first, each with the numbers of the sources that used
  it and its first excerpt's number; at most ``MAX_WORDINGS`` a condition, so the appendix
  stays tens of pages at newsroom scale (when every source words it its own way) and whole for
  a small project;
* ``"none"`` — no appendix, only a closing line saying where the excerpts are.

Excerpt numbers (E1, E2, …) are the same in every mode and are the rows of the workbook's
Excerpts sheet, in order, which always holds every coded passage whole; the body's citations
link only to excerpts the appendix lists (:attr:`BriefingContext.listed`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from reportlab.platypus import Flowable, Paragraph

from desktop_app.domain.comparison import Excerpt
from desktop_app.domain.model import Code
from desktop_app.domain.textfold import fold
from desktop_app.errors import ExportError
from desktop_app.exporting.briefing_appendix import appendix_section
from desktop_app.exporting.briefing_parts import BriefingContext, heading, names_list
from desktop_app.exporting.briefing_text import shorten
from desktop_app.exporting.contract import APPENDIX_MODES
from desktop_app.i18n import N_, gettext, ngettext, number_text

Tick = Callable[[], None]
WORDING_CHARS = 400  # longer wordings are cut here; the workbook has them whole
MAX_WORDINGS = 30  # per condition, the most used first; the rest are counted
SOURCE_NUMBERS = 12  # source numbers named per wording, then "and N more"
TICK_EVERY = 64
WORDINGS_TITLE = N_("Appendix: wordings of each condition")
WORKBOOK = N_(
    "the workbook’s Excerpts sheet (export the project as an Excel workbook), which holds "
    "every coded passage whole, one row per excerpt in this order"
)


@dataclass
class Wording:
    """One way a condition was worded (quotes equal after case folding and spacing) and the
    sources that worded it so."""

    excerpt: Excerpt  # the first excerpt with this wording, in project order
    sources: list[int] = field(default_factory=list)  # source numbers, in project order


@dataclass
class ConditionWordings:
    condition: Code
    shown: list[Wording]  # the most used first, at most MAX_WORDINGS
    wordings: int  # distinct wordings in all
    sources: int  # sources reporting the condition


def check_mode(mode: str) -> str:
    """``mode`` if it is one of ``APPENDIX_MODES``; else the one-line error the user sees."""
    if mode not in APPENDIX_MODES:
        raise ExportError(
            gettext("unknown appendix “{mode}”").format(mode=mode),
            gettext("choose {modes}").format(modes=names_list(list(APPENDIX_MODES))),
        )
    return mode


def wordings(ctx: BriefingContext) -> list[ConditionWordings]:
    """Per condition (codebook order, those reported only): its distinct wordings, each with
    the sources that used it, the most used first."""
    comparison = ctx.comparison
    numbers = {source.id: number for number, source in enumerate(comparison.sources, 1)}
    found: list[ConditionWordings] = []
    for condition in comparison.conditions:
        by_text: dict[str, Wording] = {}
        row = comparison.condition_row(condition.id)  # the reporting sources
        reporting = len(row)
        said = [(numbers[source.id], excerpt) for source, cell in row for excerpt in cell]
        keys = _folded([" ".join(excerpt.quote.split()) for _, excerpt in said])
        for (number, excerpt), key in zip(said, keys, strict=True):
            wording = by_text.get(key)
            if wording is None:
                wording = by_text[key] = Wording(excerpt)
            if not wording.sources or wording.sources[-1] != number:
                wording.sources.append(number)
        if not by_text:
            continue
        ranked = sorted(by_text.values(), key=lambda w: -len(w.sources))  # stable: first seen
        found.append(ConditionWordings(condition, ranked[:MAX_WORDINGS], len(ranked), reporting))
    return found


def _folded(texts: list[str]) -> list[str]:
    """``[fold(t) for t in texts]`` in one call: ``fold`` works character by character and
    keeps a line feed, which none of these one-line texts holds (thousands of short calls
    cost more than the folding)."""
    if not any("\n" in text for text in texts):
        folded = fold("\n".join(texts)).split("\n")
        if len(folded) == len(texts):
            return folded
    return [fold(text) for text in texts]


def prepare(ctx: BriefingContext, mode: str) -> list[ConditionWordings]:
    """Set which excerpts the appendix will list, before the body cites any; the wordings
    (empty unless the mode is "wordings"), for :func:`appendix_part`."""
    ctx.appendix = check_mode(mode)
    found: list[ConditionWordings] = []
    if mode == "all":
        ctx.listed = None
    elif mode == "none":
        ctx.listed = frozenset()
    else:
        found = wordings(ctx)
        ctx.listed = frozenset(w.excerpt.annotation_id for c in found for w in c.shown)
    return found


def numbers_note(ctx: BriefingContext) -> str:
    """The title page's sentence on excerpt numbers and where every excerpt is."""
    if ctx.appendix == "all":
        return gettext(
            "Excerpt numbers (E1, E2, …) refer to the appendix, which lists every coded passage."
        )
    refer = gettext("Excerpt numbers (E1, E2, …) refer to {workbook}.").format(
        workbook=gettext(WORKBOOK)
    )
    if ctx.appendix == "wordings":
        lead = gettext(
            "The appendix gives each condition’s wordings and the sources that used them."
        )
        return f"{lead} {refer}"
    return refer


def _wording(ctx: BriefingContext, wording: Wording) -> Paragraph:
    """A wording, then its sources' numbers and its excerpt number. Plain ``<i>`` only: a
    ``<font color>`` tag costs reportlab's parser more than the rest of the entry."""
    excerpt = wording.excerpt
    quote, cut = shorten(excerpt.quote.strip(), WORDING_CHARS)
    number = ctx.numbers[excerpt.annotation_id]
    anchor = f'<a name="E{number}"/>' if excerpt.annotation_id in ctx.cited else ""
    sources = names_list([str(n) for n in wording.sources], limit=SOURCE_NUMBERS)
    said = ngettext("source {numbers}", "sources {numbers}", len(wording.sources)).format(
        numbers=sources
    )
    tail = [f"<i>{said}</i>", f"E{number}"]
    if cut:
        tail.append(gettext("cut here, whole in the workbook"))
    return Paragraph(f"{anchor}“{ctx.text.block(quote)}” — {' · '.join(tail)}", ctx.styles.excerpt)


def wordings_section(
    ctx: BriefingContext, found: list[ConditionWordings], tick: Tick | None = None
) -> list[Flowable]:
    """Each condition's wordings and who used them. Build it after the body (anchors only for
    the excerpts the body cites)."""
    story = heading(ctx, gettext(WORDINGS_TITLE), 0)
    story.append(
        Paragraph(
            gettext(
                "How the sources worded each condition: its distinct wordings (equal but for "
                "case and spacing), the most used first, each with the numbers of the sources "
                "that used it (as in the coverage table) and its first excerpt, cut at {chars} "
                "characters; at most {most} a condition. Every excerpt is in {workbook}."
            ).format(
                chars=number_text(WORDING_CHARS),
                most=MAX_WORDINGS,
                workbook=gettext(WORKBOOK),
            ),
            ctx.styles.lead,
        )
    )
    if not found:
        story.append(Paragraph(gettext("No source reports a condition yet."), ctx.styles.more))
    for done, entry in enumerate(found, 1):
        story += heading(ctx, entry.condition.name, 1)
        facts = (
            ngettext("{n} source", "{n} sources", entry.sources).format(
                n=number_text(entry.sources)
            )
            + " · "
            + ngettext("{n} wording", "{n} wordings", entry.wordings).format(
                n=number_text(entry.wordings)
            )
        )
        if entry.wordings > len(entry.shown):
            facts += gettext("; the {n} most used here, every one in the workbook").format(
                n=len(entry.shown)
            )
        story.append(Paragraph(facts, ctx.styles.meta))
        story += [_wording(ctx, wording) for wording in entry.shown]
        if tick is not None and done % 4 == 0:
            tick()
    return story


def closing_note(ctx: BriefingContext) -> list[Flowable]:
    """With no appendix: where the excerpts are, at the end of the last section."""
    count = ctx.comparison.excerpt_count
    return [
        Paragraph(
            ngettext(
                "This briefing has no appendix: the {n} coded passage it draws on is in "
                "{workbook}.",
                "This briefing has no appendix: the {n} coded passages it draws on are in "
                "{workbook}.",
                count,
            ).format(n=number_text(count), workbook=gettext(WORKBOOK)),
            ctx.styles.lead,
        )
    ]


def appendix_part(
    ctx: BriefingContext, found: list[ConditionWordings], tick: Tick | None = None
) -> list[Flowable]:
    """The appendix of the mode ``prepare`` set (``found``: what it returned)."""
    if ctx.appendix == "all":
        return appendix_section(ctx, tick=tick)
    if ctx.appendix == "wordings":
        return wordings_section(ctx, found, tick)
    return closing_note(ctx)

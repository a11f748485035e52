"""The briefing's "How each source told it": direct quotations of one speaker that differ
between sources, and for each condition the most telling differences between the sources'
wordings and the reference wording.

The data is the export service's :class:`~desktop_app.domain.variants.VariantReport` (the
language work happens below the services, not here); this module only sets it in type. Bounded
like the rest of the body: the workbook's ``Variants`` and ``Quote mismatches`` sheets hold
everything.
"""

from __future__ import annotations

from collections.abc import Callable

from reportlab.platypus import Flowable, Paragraph

from desktop_app.domain.dates import shown_date
from desktop_app.domain.variants import (
    Difference,
    DiffOp,
    GroupKind,
    QuoteMismatch,
    QuoteWording,
    VariantReport,
    Wording,
    most_telling,
)
from desktop_app.exporting.briefing_parts import BriefingContext, LeftRule, heading, plural
from desktop_app.exporting.briefing_text import shorten

SECTION_TITLE = "How each source told it"
MISMATCHES_SHOWN = 12
CONDITIONS_SHOWN = 30
TELLING_PER_CONDITION = 3
QUOTE_CHARS = 400
WORDS_CHARS = 160


def variant_parts(
    ctx: BriefingContext, report: VariantReport | None
) -> list[tuple[str, Callable[[], list[Flowable]]]]:
    """The briefing's part for this section (none without a report)."""
    if report is None:
        return []
    return [("how each source told it", lambda: variants_section(ctx, report))]


def variants_section(ctx: BriefingContext, report: VariantReport) -> list[Flowable]:
    story = heading(ctx, SECTION_TITLE, 0)
    story.append(
        Paragraph(
            "Where sources quote one speaker in different words, and how each source's wording "
            "of a condition differs from the reference wording (the earliest published, unless "
            "the analyst pinned another). The workbook's Variants and Quote mismatches sheets "
            "list every wording.",
            ctx.styles.lead,
        )
    )
    story += _mismatches(ctx, report.mismatches)
    story += _telling(ctx, report)
    return story


def _source(ctx: BriefingContext, wording: Wording | QuoteWording) -> str:
    parts = [ctx.text.inline(wording.outlet)] if wording.outlet else []
    parts.append(f"“{ctx.text.inline(shorten(wording.source, 60)[0])}”")
    if wording.published:
        parts.append(ctx.text.inline(shown_date(wording.published)))
    return " · ".join(parts)


def _difference(ctx: BriefingContext, difference: Difference) -> str:
    reference = ctx.text.inline(shorten(difference.reference, WORDS_CHARS)[0])
    wording = ctx.text.inline(shorten(difference.wording, WORDS_CHARS)[0])
    kind = f" ({difference.kind.value})" if difference.kind.value else ""
    if difference.op == DiffOp.OMITTED:
        return f"omits: <strike>{reference}</strike>"
    if difference.op == DiffOp.ADDED:
        return f"adds: <u>{wording}</u>"
    return f"changes{kind}: <strike>{reference}</strike> → <u>{wording}</u>"


def _mismatches(ctx: BriefingContext, mismatches: tuple[QuoteMismatch, ...]) -> list[Flowable]:
    styles = ctx.styles
    story = heading(ctx, "Quote mismatches", 1)
    if not mismatches:
        story.append(Paragraph("No two sources quote one speaker differently.", styles.body))
        return story
    story.append(
        Paragraph(
            f"{plural(len(mismatches), 'direct quotation')} of a speaker differ from an "
            "earlier source's quotation of the same words, inside the quotation marks:",
            styles.body,
        )
    )
    for mismatch in mismatches[:MISMATCHES_SHOWN]:
        story.append(Paragraph(ctx.text.inline(mismatch.speaker_name), styles.h3))
        for wording in mismatch.wordings:
            quote = ctx.text.block(shorten(wording.quote, QUOTE_CHARS)[0])
            story.append(LeftRule(Paragraph(f"“{quote}”", styles.quote)))
            story.append(Paragraph(_source(ctx, wording), styles.citation))
        for difference in mismatch.differences:
            story.append(Paragraph("• " + _difference(ctx, difference), styles.body))
    if len(mismatches) > MISMATCHES_SHOWN:
        story.append(
            Paragraph(
                f"{plural(len(mismatches) - MISMATCHES_SHOWN, 'more mismatch', 'more mismatches')}"
                " in the workbook's Quote mismatches sheet.",
                styles.more,
            )
        )
    return story


def _telling(ctx: BriefingContext, report: VariantReport) -> list[Flowable]:
    styles = ctx.styles
    story = heading(ctx, "The most telling differences", 1)
    groups = [
        g
        for g in report.groups
        if g.key.kind == GroupKind.CONDITION and any(w.differences for w in g.wordings)
    ]
    if not groups:
        story.append(
            Paragraph(
                "No two sources word a condition's passage differently in the same language.",
                styles.body,
            )
        )
        return story
    for group in groups[:CONDITIONS_SHOWN]:
        story.append(Paragraph(ctx.text.inline(group.label), styles.h3))
        reference = ctx.text.block(shorten(group.reference.quote, QUOTE_CHARS)[0])
        story.append(LeftRule(Paragraph(f"“{reference}”", styles.quote)))
        story.append(Paragraph(f"Reference: {_source(ctx, group.reference)}", styles.citation))
        for wording, difference in most_telling(group, TELLING_PER_CONDITION):
            story.append(
                Paragraph(f"• {_source(ctx, wording)} {_difference(ctx, difference)}", styles.body)
            )
    if len(groups) > CONDITIONS_SHOWN:
        story.append(
            Paragraph(
                f"{plural(len(groups) - CONDITIONS_SHOWN, 'more condition')} in the workbook's "
                "Variants sheet.",
                styles.more,
            )
        )
    return story

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
from desktop_app.domain.outlet_coverage import OutletFindings, outlet_findings
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
from desktop_app.exporting.briefing_parts import BriefingContext, LeftRule, heading
from desktop_app.exporting.briefing_text import shorten
from desktop_app.exporting.chart_groups import coverage_chart
from desktop_app.i18n import N_, gettext, ngettext

SECTION_TITLE = N_("How each source told it")
MISMATCHES_SHOWN = 12
CONDITIONS_SHOWN = 30
TELLING_PER_CONDITION = 3
OTHERS_SHOWN = 6
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
    story = heading(ctx, gettext(SECTION_TITLE), 0)
    story.append(
        Paragraph(
            gettext(
                "Where sources quote one speaker in different words, and how each source's "
                "wording of a condition differs from the reference wording (the earliest "
                "published, unless the analyst pinned another). The workbook's Variants and "
                "Quote mismatches sheets list every wording."
            ),
            ctx.styles.lead,
        )
    )
    findings = outlet_findings(ctx.comparison)
    story += _mismatches(ctx, report.mismatches)
    story += _blindspots(ctx, findings)
    story += _first_reports(ctx, findings)
    story += _telling(ctx, report)
    return story


def _blindspots(ctx: BriefingContext, findings: OutletFindings) -> list[Flowable]:
    styles, coverage = ctx.styles, findings.coverage
    story = heading(ctx, gettext("Blindspots"), 1)
    if not coverage.groups:
        story.append(
            Paragraph(
                gettext(
                    "No compared source belongs to an outlet sorted into a group (Source › "
                    "Outlets sorts them), so there is no coverage by group to compare."
                ),
                styles.body,
            )
        )
        return story
    rule = findings.rule
    story.append(
        Paragraph(
            ngettext(
                "A blindspot is a condition reported by at least {share} % of one group's fully "
                "coded outlets and by none of another group's (one with at least {n} fully coded "
                "outlet).",
                "A blindspot is a condition reported by at least {share} % of one group's fully "
                "coded outlets and by none of another group's (one with at least {n} fully coded "
                "outlets).",
                rule.min_coded,
            ).format(share=round(rule.reported_share * 100)),
            styles.lead,
        )
    )
    if findings.blindspots:
        for blindspot in findings.blindspots:
            story.append(Paragraph("• " + ctx.text.inline(blindspot.text), styles.body))
    else:
        story.append(Paragraph(gettext("No blindspots under this rule."), styles.body))
    names = [c.name for c in coverage.conditions]
    shares = {
        (condition.name, group): coverage.cell(condition.id, group).share
        for condition in coverage.conditions
        for group in coverage.groups
    }
    reported = [n for n in names if any(shares.get((n, g), 0) for g in coverage.groups)]
    if reported:
        story.append(Paragraph(gettext("Coverage by outlet group"), styles.h3))
        story.append(
            coverage_chart(
                [ctx.text.plain(n) for n in reported],
                [ctx.text.plain(g) for g in coverage.groups],
                {(ctx.text.plain(c), ctx.text.plain(g)): v for (c, g), v in shares.items()},
                ctx.geometry.frame_width,
            )
        )
        story.append(
            Paragraph(
                gettext("Share of each group's fully coded outlets that report the condition."),
                styles.citation,
            )
        )
    return story


def _first_reports(ctx: BriefingContext, findings: OutletFindings) -> list[Flowable]:
    styles = ctx.styles
    story = heading(ctx, gettext("First reports"), 1)
    if not findings.first_reports:
        story.append(Paragraph(gettext("No dated source reports a condition."), styles.body))
        return story
    for first in findings.first_reports[:CONDITIONS_SHOWN]:
        published = first.first.published
        when = shown_date(published) if published else gettext("date unknown")
        later = ", ".join(
            f"{ctx.text.inline(o.outlet)} {ctx.text.inline(o.lag)}"
            for o in first.others[:OTHERS_SHOWN]
        )
        more = len(first.others) - OTHERS_SHOWN
        if more > 0:
            later += ngettext(" and {n} more outlet", " and {n} more outlets", more)
        line = gettext("• <b>{condition}</b>: first {outlet} ({when})").format(
            condition=ctx.text.inline(first.condition.name),
            outlet=ctx.text.inline(first.first.outlet),
            when=ctx.text.inline(when),
        )
        if later:
            line += gettext("; then {later}").format(later=later)
        story.append(Paragraph(line, styles.body))
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
    kind = ctx.text.inline(difference.kind.label)
    struck, underlined = f"<strike>{reference}</strike>", f"<u>{wording}</u>"
    # The same messages as the workbook's (Difference.as_text), set in type here.
    if difference.op == DiffOp.OMITTED:
        template = gettext("omits ({kind}): {words}") if kind else gettext("omits: {words}")
        return ctx.text.inline(template).format(kind=kind, words=struck)
    if difference.op == DiffOp.ADDED:
        template = gettext("adds ({kind}): {words}") if kind else gettext("adds: {words}")
        return ctx.text.inline(template).format(kind=kind, words=underlined)
    if kind:
        template = gettext("changes ({kind}): {reference} → {wording}")
    else:
        template = gettext("changes: {reference} → {wording}")
    return ctx.text.inline(template).format(kind=kind, reference=struck, wording=underlined)


def _mismatches(ctx: BriefingContext, mismatches: tuple[QuoteMismatch, ...]) -> list[Flowable]:
    styles = ctx.styles
    story = heading(ctx, gettext("Quote mismatches"), 1)
    if not mismatches:
        none = gettext("No two sources quote one speaker differently.")
        story.append(Paragraph(none, styles.body))
        return story
    story.append(
        Paragraph(
            ngettext(
                "{n} direct quotation of a speaker differs from an earlier source's quotation "
                "of the same words, inside the quotation marks:",
                "{n} direct quotations of a speaker differ from an earlier source's quotation "
                "of the same words, inside the quotation marks:",
                len(mismatches),
            ),
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
                ngettext(
                    "{n} more mismatch in the workbook's Quote mismatches sheet.",
                    "{n} more mismatches in the workbook's Quote mismatches sheet.",
                    len(mismatches) - MISMATCHES_SHOWN,
                ),
                styles.more,
            )
        )
    return story


def _telling(ctx: BriefingContext, report: VariantReport) -> list[Flowable]:
    styles = ctx.styles
    story = heading(ctx, gettext("The most telling differences"), 1)
    groups = [
        g
        for g in report.groups
        if g.key.kind == GroupKind.CONDITION and any(w.differences for w in g.wordings)
    ]
    if not groups:
        story.append(
            Paragraph(
                gettext(
                    "No two sources word a condition's passage differently in the same language."
                ),
                styles.body,
            )
        )
        return story
    for group in groups[:CONDITIONS_SHOWN]:
        story.append(Paragraph(ctx.text.inline(group.label), styles.h3))
        reference = ctx.text.block(shorten(group.reference.quote, QUOTE_CHARS)[0])
        story.append(LeftRule(Paragraph(f"“{reference}”", styles.quote)))
        reference_line = gettext("Reference: {source}").format(source=_source(ctx, group.reference))
        story.append(Paragraph(reference_line, styles.citation))
        for wording, difference in most_telling(group, TELLING_PER_CONDITION):
            story.append(
                Paragraph(f"• {_source(ctx, wording)} {_difference(ctx, difference)}", styles.body)
            )
    if len(groups) > CONDITIONS_SHOWN:
        story.append(
            Paragraph(
                ngettext(
                    "{n} more condition in the workbook's Variants sheet.",
                    "{n} more conditions in the workbook's Variants sheet.",
                    len(groups) - CONDITIONS_SHOWN,
                ),
                styles.more,
            )
        )
    return story

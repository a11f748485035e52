"""The body of the briefing: conditions with their best quotes, who said what, and reactions
by stance and side with a chart.

The body summarises; the appendix is complete. So each part shows a bounded number of quotes
(the best per source, per speaker topic, per stance and side) and says how many more there are,
and a project of 2,000 sources still gives a body an analyst can read.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence

from reportlab.platypus import Flowable, Paragraph, Spacer

from desktop_app.domain.comparison import Excerpt, ReactionRow
from desktop_app.domain.model import Code, Source
from desktop_app.exporting.briefing_parts import (
    BriefingContext,
    best_excerpt,
    excerpt_ref,
    heading,
    names_list,
    names_of,
    quote_block,
)
from desktop_app.exporting.briefing_text import shorten
from desktop_app.exporting.charts import reactions_chart
from desktop_app.exporting.fonts import FALLBACK
from desktop_app.i18n import gettext, ngettext, number_text

log = logging.getLogger(__name__)

SOURCES_PER_CONDITION = 10
STATEMENTS_PER_SPEAKER = 8
REACTIONS_PER_GROUP = 8
LISTED_NAMES = 8
SHORT_TITLE = 60
TARGET_CHARS = 90


def _title(ctx: BriefingContext, source: Source) -> str:
    return f"“{ctx.text.inline(shorten(source.label, SHORT_TITLE)[0])}”"


def _code_path(ctx: BriefingContext, code: Code) -> str:
    """A nested code's name with its ancestors under the root ("Withdrawal › Donetsk")."""
    names = [code.name]
    codes = ctx.comparison.snapshot.codes_by_id
    parent = codes.get(code.parent_id) if code.parent_id is not None else None
    while parent is not None and not parent.is_root:
        names.append(parent.name)
        parent = codes.get(parent.parent_id) if parent.parent_id is not None else None
    return " › ".join(reversed(names))


# -- conditions ------------------------------------------------------------------------------


def conditions_section(ctx: BriefingContext) -> list[Flowable]:
    comparison, styles = ctx.comparison, ctx.styles
    story = heading(ctx, gettext("Conditions"), 0)
    if not comparison.conditions:
        story.append(Paragraph(gettext("The codebook has no conditions yet."), styles.body))
        return story
    story.append(
        Paragraph(
            gettext(
                "Each condition with the best wording from every source that reports it — a direct "
                "quote before a paraphrase — and where it stands in the source. The appendix holds "
                "every wording."
            ),
            styles.lead,
        )
    )
    total = len(comparison.sources)
    unreported: list[Code] = []
    for condition in comparison.conditions:
        cells = comparison.condition_row(condition.id)
        if not cells:
            unreported.append(condition)
            continue
        story += heading(ctx, _code_path(ctx, condition), 1)
        facts = [ctx.text.inline(condition.category)] if condition.category else []
        facts.append(
            ngettext(
                "reported by {count} of {n} source", "reported by {count} of {n} sources", total
            ).format(count=number_text(len(cells)))
        )
        story.append(Paragraph(" · ".join(facts), styles.meta))
        if condition.description:
            story.append(Paragraph(ctx.text.block(condition.description), styles.lead))
        for _, cell in cells[:SOURCES_PER_CONDITION]:
            best = best_excerpt(cell)
            lead_parts = []
            if best.speakers:
                lead_parts.append(ctx.text.inline(best.speaker_names))
            if len(cell) > 1:
                wordings = len(cell)
                lead_parts.append(
                    ngettext(
                        "1 of {n} wording in this source",
                        "1 of {n} wordings in this source",
                        wordings,
                    )
                )
            story += quote_block(ctx, best, lead=", ".join(lead_parts))
        rest = cells[SOURCES_PER_CONDITION:]
        if rest:
            story.append(
                Paragraph(
                    gettext("Also reported by ")
                    + names_of(rest, lambda found: _title(ctx, found[0]), LISTED_NAMES)
                    + ".",
                    styles.more,
                )
            )
        story += _absent(ctx, condition, {s.id for s, _ in cells})
    if unreported:
        story.append(Spacer(1, 6))
        story.append(
            Paragraph(
                gettext("Not reported by any of these sources: ")
                + names_list([f"<b>{ctx.text.inline(c.name)}</b>" for c in unreported], limit=20)
                + ".",
                styles.body,
            )
        )
    return story


def _absent(ctx: BriefingContext, condition: Code, reporting: set[int]) -> list[Flowable]:
    """Who does not report a condition, telling "not reported" from "not coded yet"."""
    not_reported: list[Source] = []
    not_coded: list[Source] = []
    for coverage in ctx.comparison.coverage:
        if coverage.source.id in reporting:
            continue
        (not_reported if coverage.is_done else not_coded).append(coverage.source)
    lines = []
    if not_reported:
        lines.append(
            gettext("Not reported by ")
            + names_of(not_reported, lambda s: _title(ctx, s), LISTED_NAMES)
            + "."
        )
    if not_coded:
        lines.append(
            gettext("Not (yet) found in ")
            + names_of(not_coded, lambda s: _title(ctx, s), LISTED_NAMES)
            + gettext(", whose coding is not finished.")
        )
    return [Paragraph(" ".join(lines), ctx.styles.more)] if lines else []


# -- speakers --------------------------------------------------------------------------------


def _what(ctx: BriefingContext, excerpt: Excerpt) -> str:
    """What a statement is, in words: the conditions it sets, its stance, or just a statement."""
    parts = []
    if excerpt.conditions:
        label = gettext("Conditions") if len(excerpt.conditions) > 1 else gettext("Condition")
        parts.append(f"{label}: " + ", ".join(ctx.text.inline(c.name) for c in excerpt.conditions))
    if excerpt.stances:
        parts.append(
            gettext("Stance: ") + ", ".join(ctx.text.inline(c.name) for c in excerpt.stances)
        )
    return "; ".join(parts) or gettext("Statement")


def _speaker_topics(excerpts: Sequence[Excerpt]) -> list[Excerpt]:
    """At most :data:`STATEMENTS_PER_SPEAKER` statements: first the best one per topic
    (condition or stance) in order of appearance, then the rest in source order."""
    topics: dict[tuple[int, ...], list[Excerpt]] = {}
    for excerpt in excerpts:
        topics.setdefault(excerpt.condition_ids + excerpt.stance_ids, []).append(excerpt)
    chosen = [best_excerpt(group) for group in topics.values()][:STATEMENTS_PER_SPEAKER]
    if len(chosen) < STATEMENTS_PER_SPEAKER:
        picked = {e.annotation_id for e in chosen}
        chosen += [e for e in excerpts if e.annotation_id not in picked][
            : STATEMENTS_PER_SPEAKER - len(chosen)
        ]
    order = {e.annotation_id: index for index, e in enumerate(excerpts)}
    return sorted(chosen, key=lambda e: order[e.annotation_id])


def speakers_section(ctx: BriefingContext) -> list[Flowable]:
    comparison, styles = ctx.comparison, ctx.styles
    story = heading(ctx, gettext("Who said what"), 0)
    speakers = [
        (speaker, statements)
        for speaker in comparison.speakers
        if (statements := comparison.speaker_statements(speaker.id))
    ]
    if not speakers:
        story.append(
            Paragraph(gettext("No statements are attributed to speakers yet."), styles.body)
        )
        return story
    story.append(
        Paragraph(
            gettext(
                "Each speaker's statements across the sources, one per topic first; the names the "
                "sources use for them show how to search further."
            ),
            styles.lead,
        )
    )
    variants = comparison.naming_variants
    for speaker, statements in speakers:
        story += heading(ctx, _code_path(ctx, speaker), 1)
        details = speaker.speaker
        facts = [ctx.text.inline(v) for v in (details.role, details.affiliation, details.side) if v]
        in_sources = len({e.source_id for e in statements})
        facts.append(
            gettext("{statements} {sources}").format(
                statements=ngettext("{n} statement", "{n} statements", len(statements)),
                sources=ngettext("in {n} source", "in {n} sources", in_sources),
            )
        )
        story.append(Paragraph(" · ".join(facts), styles.meta))
        names: dict[str, int] = {}
        for found in variants.get(speaker.id, {}).values():
            for name in found:
                names[name] = names.get(name, 0) + 1
        if len(names) > 1 or (names and speaker.name not in names):
            story.append(
                Paragraph(
                    gettext("Named in the sources as ")
                    + ", ".join(
                        f"“{ctx.text.inline(name)}” ({ngettext('{n} source', '{n} sources', n)})"
                        for name, n in names.items()
                    )
                    + ".",
                    styles.more,
                )
            )
        shown = _speaker_topics(statements)
        for excerpt in shown:
            story += quote_block(ctx, excerpt, lead=_what(ctx, excerpt))
        if len(statements) > len(shown):
            story.append(
                Paragraph(
                    ngettext(
                        "{n} more statement in the appendix.",
                        "{n} more statements in the appendix.",
                        len(statements) - len(shown),
                    ),
                    styles.more,
                )
            )
    return story


# -- reactions -------------------------------------------------------------------------------


def _swatch(ctx: BriefingContext, side: str) -> str:
    color = ctx.side_colors.get(side)
    hex_color = color.hexval()[2:] if color is not None else "b5bac1"
    return f'<font name="{FALLBACK}" color="#{hex_color}">■</font>'


def _responds_to(ctx: BriefingContext, row: ReactionRow) -> str:
    if not row.responds_to:
        return ""
    target = row.responds_to[0]
    text, _ = shorten(" ".join(target.quote.split()), TARGET_CHARS)
    others = len(row.responds_to) - 1
    more = ngettext(" and {n} more", " and {n} more", others) if others else ""
    return gettext("Responds to “{text}” ({ref}){more}").format(
        text=ctx.text.inline(text), ref=excerpt_ref(ctx, target), more=more
    )


def reactions_section(ctx: BriefingContext) -> list[Flowable]:
    comparison, styles = ctx.comparison, ctx.styles
    story = heading(ctx, gettext("Reactions"), 0)
    if not comparison.reactions:
        story.append(Paragraph(gettext("No reactions are coded in these sources."), styles.body))
        return story
    sides = list(comparison.sides())
    story.append(
        Paragraph(
            ngettext(
                "{n} reaction by stance, each bar split by the side of the speaker "
                "(as the codebook gives it).",
                "{n} reactions by stance, each bar split by the side of the speaker "
                "(as the codebook gives it).",
                len(comparison.reactions),
            ),
            styles.lead,
        )
    )
    counts = comparison.stance_side_counts()
    plain_counts: dict[tuple[str, str], int] = {}
    for (stance_name, side), number in counts.items():
        key = (ctx.text.plain(stance_name), ctx.text.plain(side))
        plain_counts[key] = plain_counts.get(key, 0) + number
    plain_sides = [ctx.text.plain(side) for side in sides]
    story.append(
        reactions_chart(
            [ctx.text.plain(c.name) for c in comparison.stances],
            plain_sides,
            plain_counts,
            {ctx.text.plain(side): ctx.side_colors[side] for side in sides},
            ctx.geometry.frame_width,
        )
    )
    story.append(Spacer(1, 8))
    for stance, rows in comparison.reactions_by_stance().items():
        story += heading(ctx, f"{stance.name} — {len(rows):,}", 1, outline_title=stance.name)
        if stance.description:
            story.append(Paragraph(ctx.text.block(stance.description), styles.lead))
        by_side: dict[str, list[ReactionRow]] = {side: [] for side in sides}
        for row in rows:
            by_side.setdefault(row.side_label, []).append(row)
        for side, side_rows in by_side.items():
            if not side_rows:
                continue
            story.append(
                Paragraph(
                    f"{_swatch(ctx, side)} {ctx.text.inline(side)} · {len(side_rows):,}",
                    styles.h3,
                )
            )
            for row in side_rows[:REACTIONS_PER_GROUP]:
                story += quote_block(
                    ctx,
                    row.excerpt,
                    lead=_responds_to(ctx, row),
                    prefix=f"<b>{ctx.text.inline(row.speaker_name)}</b>: ",
                )
            if len(side_rows) > REACTIONS_PER_GROUP:
                story.append(
                    Paragraph(
                        ngettext(
                            "{n} more reaction in the appendix.",
                            "{n} more reactions in the appendix.",
                            len(side_rows) - REACTIONS_PER_GROUP,
                        ),
                        styles.more,
                    )
                )
    return story

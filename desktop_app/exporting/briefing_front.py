"""The briefing's first pages: the title page and the key findings, written from the data.

Findings are sentences an analyst would otherwise write by hand: how many sources from how many
outlets, which conditions every source reported and which only some did (named, with the
sources), who reacted and how, and the names that vary between sources.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Spacer, Table

from desktop_app.domain.dates import short_date
from desktop_app.domain.model import Code, CodingStatus
from desktop_app.exporting.briefing_layout import body_pages
from desktop_app.exporting.briefing_parts import BriefingContext, heading, names_list, names_of
from desktop_app.exporting.briefing_style import RULE
from desktop_app.exporting.briefing_text import shorten
from desktop_app.exporting.briefing_wordings import numbers_note
from desktop_app.exporting.fonts import SANS
from desktop_app.i18n import N_, gettext, ngettext, number_text

log = logging.getLogger(__name__)

NAMED_SOURCES = 5  # name at most this many sources in one finding; count the rest
NAMING_FINDINGS = 6
SHORT_TITLE = 60
CELL_CHARS = 300


@dataclass(frozen=True)
class TitleFacts:
    title: str
    analyst: str
    classification: str
    date: str  # as printed, e.g. "14 June 2024"
    project: str
    version: str


def title_page(ctx: BriefingContext, facts: TitleFacts) -> list[Flowable]:
    styles, text = ctx.styles, ctx.text
    comparison = ctx.comparison
    outlets = {s.outlet.strip() for s in comparison.sources if s.outlet.strip()}
    dates = [short_date(p) for p in sorted(s.published for s in comparison.sources if s.published)]
    span = ""
    if dates:
        span = (
            dates[0]
            if dates[0] == dates[-1]
            else gettext("{first} to {last}").format(first=dates[0], last=dates[-1])
        )
    sources = _count_sources(len(comparison.sources)) + " " + _from_outlets(len(outlets))
    rows = [
        (N_("Prepared by"), facts.analyst or "—"),
        (N_("Date"), facts.date),
        (N_("Project"), facts.project),
        (
            N_("Sources"),
            sources + (gettext(", published {span}").format(span=span) if span else ""),
        ),
        (N_("Excerpts"), _passages(comparison.excerpt_count)),
    ]
    table = Table(
        [
            [
                Paragraph(gettext(label), styles.title_note),
                # A table cell cannot run over a page: keep typed-in values to a few lines.
                Paragraph(text.inline(shorten(value, CELL_CHARS)[0]), styles.title_meta),
            ]
            for label, value in rows
        ],
        colWidths=[32 * mm, ctx.geometry.frame_width - 32 * mm],
        hAlign="LEFT",
    )
    table.setStyle(
        [
            ("FONTNAME", (0, 0), (-1, -1), SANS),
            ("VALIGN", (0, 0), (-1, -1), "BASELINE"),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ("LINEABOVE", (0, 0), (-1, 0), 0.6, RULE),
            ("LINEBELOW", (0, -1), (-1, -1), 0.6, RULE),
        ]
    )
    story: list[Flowable] = [
        Spacer(1, 38 * mm),
        Paragraph(gettext("BRIEFING"), styles.kicker),
        Paragraph(text.inline(facts.title), styles.title),
        Paragraph(
            gettext("Conditions set, speakers and reactions, as each source reported them"),
            styles.lead,
        ),
        Spacer(1, 16 * mm),
        table,
    ]
    if facts.classification:
        story.append(Paragraph(text.inline(facts.classification), styles.classification))
    story += [
        Spacer(1, 24 * mm),
        Paragraph(
            gettext(
                "Every quotation is reproduced exactly as it stands in its source. Positions are "
                "character offsets (Unicode code points, end exclusive) into the source's plain "
                "text, so each quote can be found again."
            )
            + " "
            + numbers_note(ctx),
            styles.title_note,
        ),
        Spacer(1, 3 * mm),
        Paragraph(
            gettext("Made with Parley {version}.").format(version=text.inline(facts.version)),
            styles.title_note,
        ),
        body_pages(),
        PageBreak(),
    ]
    return story


def _number(number: int) -> str:
    return number_text(number)


def _count_sources(number: int) -> str:
    # Translators: the object of "compares": 1 джерело, 2 джерела, 5 джерел.
    return ngettext("{n} source", "{n} sources", number)


def _from_outlets(number: int) -> str:
    return ngettext("from {n} outlet", "from {n} outlets", number)


def _passages(number: int) -> str:
    return ngettext("{n} coded passage", "{n} coded passages", number)


def _source_names(ctx: BriefingContext, sources: list) -> list[str]:
    return [f"“{ctx.text.inline(shorten(s.label, SHORT_TITLE)[0])}”" for s in sources]


def _code_names(ctx: BriefingContext, codes: tuple[Code, ...] | list[Code]) -> list[str]:
    return [f"<b>{ctx.text.inline(c.name)}</b>" for c in codes]


def _sources_finding(ctx: BriefingContext) -> str:
    comparison = ctx.comparison
    sources = comparison.sources
    outlets = Counter(s.outlet.strip() for s in sources if s.outlet.strip())
    status = Counter(s.status for s in sources)
    excerpts = comparison.excerpt_count
    sentence = gettext("This briefing compares {sources} {outlets}, {passages}.").format(
        sources=_count_sources(len(sources)),
        outlets=_from_outlets(len(outlets)),
        passages=ngettext("with {n} coded passage", "with {n} coded passages", excerpts),
    )
    done = status[CodingStatus.DONE]
    if done == len(sources):
        sentence += " " + gettext("Every source is fully coded.")
    else:
        parts = []
        if done:
            parts.append(ngettext("{n} fully coded", "{n} fully coded", done))
        progress, todo = status[CodingStatus.IN_PROGRESS], status[CodingStatus.TODO]
        if progress:
            parts.append(ngettext("{n} in progress", "{n} in progress", progress))
        if todo:
            parts.append(ngettext("{n} not started", "{n} not started", todo))
        sentence += " " + gettext(
            "Coding: {parts} — where a source is not fully coded, a missing condition may "
            "simply not be coded yet."
        ).format(parts=", ".join(parts))
    return sentence


def _conditions_findings(ctx: BriefingContext) -> list[str]:
    comparison = ctx.comparison
    total = len(comparison.sources)
    if not comparison.conditions:
        return [gettext("The codebook has no conditions yet.")]
    findings: list[str] = []
    everywhere = comparison.reported_by_all()
    if everywhere:
        names = names_list(_code_names(ctx, everywhere), limit=12)
        if total == 1:
            said = gettext("The source reports {names}.")
        elif total == 2:
            said = gettext("Both sources report {names}.")
        else:
            said = ngettext(
                "All {n} sources report {names}.", "All {n} sources report {names}.", total
            )
        findings.append(said.format(names=names))
    elif total:
        findings.append(gettext("No condition is reported by every source."))
    # Conditions reported by the same sources make one sentence: "X and Y are reported by
    # only 1 of 2: “Feed”" reads better than a sentence per condition.
    groups: dict[tuple[int, ...], list[Code]] = {}
    for condition in comparison.reported_by_some():
        key = tuple(s.id for s in comparison.condition_sources(condition.id))
        groups.setdefault(key, []).append(condition)
    by_id = {s.id: s for s in comparison.sources}
    for key, conditions in groups.items():
        names = names_list(_code_names(ctx, conditions), limit=12)
        # The verb agrees with the conditions: "X is reported", "X and Y are reported".
        one = len(conditions) == 1
        if len(key) <= NAMED_SOURCES:
            who = names_list(_source_names(ctx, [by_id[i] for i in key]))
            said = (
                gettext("{names} is reported by only {count} of {total}: {who}.")
                if one
                else gettext("{names} are reported by only {count} of {total}: {who}.")
            )
            findings.append(
                said.format(names=names, count=_number(len(key)), total=_number(total), who=who)
            )
        else:
            reporting = set(key)
            missing = [s for s in comparison.sources if s.id not in reporting]
            said = (
                gettext("{names} is reported by {count} of {total} sources; not by {who}.")
                if one
                else gettext("{names} are reported by {count} of {total} sources; not by {who}.")
            )
            who = names_of(missing, lambda s: _source_names(ctx, [s])[0], NAMED_SOURCES)
            findings.append(
                said.format(names=names, count=_number(len(key)), total=_number(total), who=who)
            )
    nowhere = comparison.reported_by_none()
    if nowhere and total:
        findings.append(
            gettext("No source reports {names}.").format(
                names=names_list(_code_names(ctx, nowhere), limit=12)
            )
        )
    return findings


def _reaction_findings(ctx: BriefingContext) -> list[str]:
    comparison = ctx.comparison
    if not comparison.reactions:
        return [gettext("No reactions are coded in these sources.")]
    speakers = {r.speaker_name for r in comparison.reactions}
    reactions = len(comparison.reactions)
    findings = [
        ngettext(
            "{n} reaction from {speakers} is coded.",
            "{n} reactions from {speakers} are coded.",
            reactions,
        ).format(speakers=ngettext("{n} speaker", "{n} speakers", len(speakers)))
    ]
    for stance, rows in comparison.reactions_by_stance().items():
        by_side: dict[str, list[str]] = {}
        for row in rows:
            names = by_side.setdefault(row.side_label, [])
            if row.speaker_name not in names:
                names.append(row.speaker_name)
        side_counts = Counter(row.side_label for row in rows)
        parts = [
            f"{ctx.text.inline(side)} {side_counts[side]:,} ("
            + names_list([ctx.text.inline(n) for n in names], limit=4)
            + ")"
            for side, names in by_side.items()
        ]
        findings.append(
            f"<b>{ctx.text.inline(stance.name)}</b> — "
            + ngettext("{n} reaction", "{n} reactions", len(rows))
            + ": "
            + "; ".join(parts)
            + "."
        )
    return findings


def _naming_findings(ctx: BriefingContext) -> list[str]:
    """Codes whose sources use more than one name for them, most varied first."""
    comparison = ctx.comparison
    codes = ctx.comparison.snapshot.codes_by_id
    found: list[tuple[int, str]] = []
    for code_id, per_source in comparison.naming_variants.items():
        uses: Counter[str] = Counter()
        for names in per_source.values():
            uses.update(names)
        if len(uses) < 2 or code_id not in codes:
            continue
        variants = ", ".join(
            f"“{ctx.text.inline(name)}” ({_count_sources(n)})" for name, n in uses.most_common(6)
        )
        found.append(
            (
                len(uses),
                gettext("{name} appears as {variants}.").format(
                    name=f"<b>{ctx.text.inline(codes[code_id].name)}</b>", variants=variants
                ),
            )
        )
    found.sort(key=lambda item: -item[0])
    return [sentence for _, sentence in found[:NAMING_FINDINGS]]


def key_findings(ctx: BriefingContext) -> list[Flowable]:
    styles = ctx.styles
    story: list[Flowable] = heading(ctx, gettext("Key findings"), 0)
    groups = [
        (gettext("Sources"), [_sources_finding(ctx)]),
        (gettext("Conditions"), _conditions_findings(ctx)),
        (gettext("Reactions"), _reaction_findings(ctx)),
        (gettext("Names that vary between sources"), _naming_findings(ctx)),
    ]
    for title, findings in groups:
        if not findings:
            continue
        story.append(Paragraph(title, styles.h3))
        story.extend(Paragraph(f, styles.finding, bulletText="•") for f in findings)
    return story

"""Pieces every section of the briefing uses: the shared context, headings that become outline
entries, quotes with a rule on the left, citations, and the choice of a "best" quote.

Every piece of data that reaches a ``Paragraph`` passes through :class:`TextMarkup` here; the
sections only ever put their own fixed words around it.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from itertools import count
from typing import TypeVar

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph

from desktop_app.domain.comparison import Comparison, Excerpt
from desktop_app.domain.dates import shown_date
from desktop_app.domain.model import Source
from desktop_app.exporting.briefing_layout import OutlineEntry
from desktop_app.exporting.briefing_style import RULE, Geometry, Styles
from desktop_app.exporting.briefing_text import TextMarkup, shorten
from desktop_app.exporting.fonts import SANS
from desktop_app.i18n import gettext, ngettext

log = logging.getLogger(__name__)
_T = TypeVar("_T")

BODY_QUOTE_CHARS = 700  # longer quotes are cut in the body; the appendix has them whole
CITED_TITLE_CHARS = 60
NOTE_FONT = f' <font name="{SANS}" size="7.5" color="#5d6673">'
OPENING_QUOTES = "\"“«„‘'‹「"
CLOSING_QUOTES = "\"”»“’'›」"


@dataclass
class BriefingContext:
    """What every section needs, made once per export."""

    comparison: Comparison
    styles: Styles
    text: TextMarkup
    geometry: Geometry
    side_colors: dict[str, colors.Color]
    numbers: dict[int, int] = field(default_factory=dict)  # annotation id → appendix number
    cited: set[int] = field(default_factory=set)  # annotation ids the body links to
    # Annotation ids with an entry in the appendix (a citation links only to those); None:
    # every excerpt (the appendix mode "all"). See ``briefing_wordings``.
    listed: frozenset[int] | None = None
    appendix: str = "all"  # the appendix mode (contract.APPENDIX_MODES)
    _keys: count = field(default_factory=lambda: count(1))

    def __post_init__(self) -> None:
        if not self.numbers:
            # Numbered without making the excerpts (only the "all" appendix needs them all).
            self.numbers = {a: n for n, a in enumerate(self.comparison.excerpt_ids, 1)}

    def outline_key(self) -> str:
        return f"outline-{next(self._keys)}"


def heading(
    ctx: BriefingContext,
    title: str,
    level: int,
    outline_title: str | None = None,
    style: ParagraphStyle | None = None,
) -> list[Flowable]:
    """A section (level 0) or subsection (level 1) heading with its PDF outline entry."""
    style = style or (ctx.styles.h1 if level == 0 else ctx.styles.h2)
    outline = ctx.text.outline(outline_title or title)
    return [
        OutlineEntry(ctx.outline_key(), outline, level),
        Paragraph(ctx.text.inline(title), style),
    ]


class LeftRule(Flowable):
    """A flowable with a thin vertical rule at its left, the way quotations are set in print.

    Splits with its content, so a long quote can run over a page break.
    """

    def __init__(self, content: Flowable, indent: float = 10, color: colors.Color = RULE) -> None:
        super().__init__()
        self.content = content
        self.indent = indent
        self.color = color

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        width, height = self.content.wrapOn(
            self.canv, available_width - self.indent, available_height
        )
        self.width, self.height = width + self.indent, height
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        parts = self.content.splitOn(self.canv, available_width - self.indent, available_height)
        return [LeftRule(part, self.indent, self.color) for part in parts]

    def getSpaceBefore(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.content.getSpaceBefore())

    def getSpaceAfter(self) -> float:  # noqa: N802 - reportlab's name
        return float(self.content.getSpaceAfter())

    def draw(self) -> None:
        self.canv.saveState()
        self.canv.setStrokeColor(self.color)
        self.canv.setLineWidth(1.6)
        self.canv.line(1, 1, 1, self.height - 1)
        self.canv.restoreState()
        self.content.drawOn(self.canv, self.indent, 0)


def source_label(ctx: BriefingContext, source: Source, title_chars: int = CITED_TITLE_CHARS) -> str:
    """Markup naming a source: outlet, “title”, date."""
    title, _ = shorten(source.label, title_chars)
    parts = [ctx.text.inline(source.outlet)] if source.outlet else []
    parts.append(f"“{ctx.text.inline(title)}”")
    if source.published:
        parts.append(ctx.text.inline(shown_date(source.published)))
    return " · ".join(parts)


def excerpt_ref(ctx: BriefingContext, excerpt: Excerpt) -> str:
    """``E12``, linked to the excerpt's entry in the appendix."""
    number = ctx.numbers[excerpt.annotation_id]
    if ctx.listed is not None and excerpt.annotation_id not in ctx.listed:
        return f"E{number}"  # not in this briefing's appendix: the workbook's row
    ctx.cited.add(excerpt.annotation_id)
    return f'<a href="#E{number}" color="#1f3a5f">E{number}</a>'


def citation(ctx: BriefingContext, excerpt: Excerpt, lead: str = "") -> Paragraph:
    """The line under a quote: who said it (when known), where, when, and the position."""
    pieces = [lead] if lead else []
    pieces.append(source_label(ctx, excerpt.source))
    pieces.append(gettext("characters {start}–{end}").format(start=excerpt.start, end=excerpt.end))
    pieces.append(excerpt_ref(ctx, excerpt))
    return Paragraph(" · ".join(pieces), ctx.styles.citation)


def quote_block(
    ctx: BriefingContext, excerpt: Excerpt, lead: str = "", prefix: str = ""
) -> list[Flowable]:
    """A quote as it stands in the source (cut in the body when very long) and its citation.

    ``prefix`` is markup put before the quote (e.g. a speaker's name in bold); ``lead`` goes at
    the start of the citation line.
    """
    text, cut = shorten(excerpt.quote.strip(), BODY_QUOTE_CHARS)
    body = ctx.text.block(text)
    if cut:
        whole = (
            gettext("[…] full text in the appendix, {excerpt}")
            if ctx.listed is None
            else gettext("[…] full text in the workbook, {excerpt}")
        )
        body += f"{NOTE_FONT}{whole.format(excerpt=excerpt_ref(ctx, excerpt))}</font>"
    return [
        LeftRule(Paragraph(prefix + body, ctx.styles.quote)),
        citation(ctx, excerpt, lead),
    ]


def is_direct(excerpt: Excerpt) -> bool:
    """Whether the quote is the speaker's own words: it carries quotation marks, or sits
    between them in the source."""
    quote = excerpt.quote.strip()
    if not quote:
        return False
    if any(mark in quote for mark in OPENING_QUOTES[:2] + "«„"):
        return True
    before = excerpt.context_before.rstrip()[-1:]
    after = excerpt.context_after.lstrip()[:1]
    return bool(before and before in OPENING_QUOTES and after and after in CLOSING_QUOTES)


def best_excerpt(excerpts: Sequence[Excerpt]) -> Excerpt:
    """The quote that shows a source's wording best: a direct quote before a paraphrase, one
    with a speaker before one without, then the fuller wording (up to a paragraph's length, so a
    whole coded article does not win), then the earliest."""
    return max(
        excerpts,
        key=lambda e: (is_direct(e), bool(e.speaker_ids), min(e.length, 400), -e.start),
    )


def names_list(names: Iterable[str], limit: int = 6, total: int | None = None) -> str:
    """ "A, B and C" — or "A, B, C and 12 more" past ``limit``. The items are markup already
    (escaped by the caller); only fixed words are added. ``total``: how many there are, when
    ``names`` holds only the first ``limit`` (see :func:`names_of`)."""
    items = list(names)
    count = len(items) if total is None else total
    if count > limit:
        more = ngettext("{n} more", "{n} more", count - limit)
        return gettext("{names} and {last}").format(names=", ".join(items[:limit]), last=more)
    if len(items) <= 1:
        return "".join(items)
    return gettext("{names} and {last}").format(names=", ".join(items[:-1]), last=items[-1])


def names_of(items: Sequence[_T], name: Callable[[_T], str], limit: int = 6) -> str:
    """``names_list`` of the items' names, naming only the items it shows: "and 1,990 more"
    costs nothing per source."""
    return names_list([name(item) for item in items[:limit]], limit, total=len(items))


def plural(number: int, word: str, plural_word: str | None = None) -> str:
    return f"{number:,} {word if number == 1 else (plural_word or word + 's')}"

"""Pages of the briefing: templates, running header and footer, "Page N of M", PDF outline,
metadata, and progress/cancel while platypus lays the story out.

"Page N of M" in one pass: every footer draws "of" followed by a form XObject that is defined
only once the last page is known (PDF resolves the name at the end). The usual alternatives —
building twice (``multiBuild``) or deferring every page to ``save`` — double the time or break
the outline's page references.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, NextPageTemplate, PageTemplate

from desktop_app.errors import Cancelled
from desktop_app.exporting.briefing_style import (
    ACCENT,
    CLASSIFICATION,
    FAINT,
    MUTED,
    RULE,
    Geometry,
)
from desktop_app.exporting.contract import CancelCheck, ProgressCallback
from desktop_app.exporting.fonts import SANS, SANS_BOLD
from desktop_app.i18n import gettext

log = logging.getLogger(__name__)

TOTAL_PAGES_FORM = "ParleyTotalPages"
HEADER_SIZE = 7.5
FOOTER_SIZE = 7.5


@dataclass(frozen=True)
class PageTexts:
    """What the running header and footer say (already plain text, drawn with drawString, so no
    escaping is involved)."""

    header: str
    classification: str
    footer: str


class TotalPagesCanvas(Canvas):
    """A canvas that, on saving, defines the form holding the total page count."""

    def save(self) -> None:
        if self._code:  # a page still open: reportlab's save would show it
            self.showPage()
        total = str(self.getPageNumber() - 1)
        self.beginForm(TOTAL_PAGES_FORM, lowerx=-2, lowery=-4, upperx=80, uppery=12)
        self.setFont(SANS, FOOTER_SIZE)
        self.setFillColor(MUTED)
        self.drawString(0, 0, total)
        self.endForm()
        super().save()


class OutlineEntry(Flowable):
    """An invisible mark in the story: where it lands becomes a bookmark in the PDF outline."""

    def __init__(self, key: str, title: str, level: int) -> None:
        super().__init__()
        self.key = key
        self.title = title
        self.level = level
        self.width = self.height = 0

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        # Bookmark the spot (not just the page) so the reader lands on the heading.
        self.canv.bookmarkHorizontal(self.key, 0, 12)
        self.canv.addOutlineEntry(self.title, self.key, self.level, closed=self.level > 0)


def _fit(canvas: Canvas, text: str, font: str, size: float, width: float) -> str:
    """``text`` shortened with an ellipsis so it fits ``width`` points."""
    if canvas.stringWidth(text, font, size) <= width:
        return text
    low, high = 0, len(text)
    while low < high:
        middle = (low + high + 1) // 2
        if canvas.stringWidth(text[:middle] + "…", font, size) <= width:
            low = middle
        else:
            high = middle - 1
    return text[:low].rstrip() + "…"


class BriefingDocument(BaseDocTemplate):
    """A title page, then body pages with a running header and footer."""

    def __init__(
        self,
        filename: str,
        geometry: Geometry,
        texts: PageTexts,
        *,
        title: str,
        author: str,
        subject: str,
        creator: str,
        keywords: list[str],
        progress: ProgressCallback | None = None,
        cancelled: CancelCheck | None = None,
    ) -> None:
        super().__init__(
            filename,
            pagesize=(geometry.page_width, geometry.page_height),
            leftMargin=geometry.left,
            rightMargin=geometry.right,
            topMargin=geometry.top,
            bottomMargin=geometry.bottom,
            title=title,
            author=author,
            subject=subject,
            creator=creator,
            keywords=keywords,
            producer=creator,
            # Not reportlab's Helvetica: it is never embedded, and every font should be.
            initialFontName=SANS,
            initialFontSize=10,
        )
        self.geometry = geometry
        self.texts = texts
        self._progress = progress
        self._cancelled = cancelled
        self._story_length = 1
        self._laid_out = 0
        self._reported = -1
        self.addPageTemplates(
            [
                PageTemplate("title", [_frame(geometry, "title")], onPage=self._draw_title_page),
                PageTemplate("body", [_frame(geometry, "body")], onPage=self._draw_body_page),
            ]
        )

    # -- building -----------------------------------------------------------------------------

    def build_story(self, story: list[Flowable]) -> None:
        self._story_length = max(1, len(story))
        self.build(story, canvasmaker=TotalPagesCanvas)

    def afterFlowable(self, flowable: Flowable) -> None:  # noqa: N802 - reportlab's hook name
        self._laid_out += 1
        # Every 16th flowable is a few milliseconds apart: Cancel feels immediate, and the
        # check costs nothing measurable.
        if self._laid_out & 15:
            return
        if self._cancelled is not None and self._cancelled():
            log.info("briefing cancelled after %d flowables", self._laid_out)
            raise Cancelled()
        if self._progress is not None:
            percent = min(99, self._laid_out * 100 // self._story_length)
            if percent != self._reported:
                self._reported = percent
                self._progress(
                    percent, 100, gettext("laying out page {page}").format(page=self.page)
                )

    # -- page decoration ----------------------------------------------------------------------

    def _draw_title_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        g = self.geometry
        canvas.saveState()
        canvas.setFillColor(ACCENT)
        canvas.rect(0, g.page_height - 9, g.page_width, 9, stroke=0, fill=1)
        if self.texts.classification:
            self._draw_classification(canvas, g.page_height - g.top / 2 - 2)
            self._draw_classification(canvas, g.bottom / 2 - 2)
        canvas.restoreState()

    def _draw_classification(self, canvas: Canvas, y: float) -> None:
        g = self.geometry
        text = _fit(
            canvas,
            self.texts.classification.upper(),
            SANS_BOLD,
            HEADER_SIZE + 0.5,
            g.frame_width,
        )
        canvas.setFont(SANS_BOLD, HEADER_SIZE + 0.5)
        canvas.setFillColor(CLASSIFICATION)
        canvas.drawCentredString(g.page_width / 2, y, text)

    def _draw_body_page(self, canvas: Canvas, doc: BaseDocTemplate) -> None:
        g = self.geometry
        canvas.saveState()
        top_line = g.page_height - g.top + 10
        header_y = top_line + 5
        width = g.frame_width
        classification = self.texts.classification.upper()
        if classification:
            classification = _fit(canvas, classification, SANS_BOLD, HEADER_SIZE, width * 0.4)
            canvas.setFont(SANS_BOLD, HEADER_SIZE)
            canvas.setFillColor(CLASSIFICATION)
            canvas.drawRightString(g.left + width, header_y, classification)
            used = canvas.stringWidth(classification, SANS_BOLD, HEADER_SIZE) + 12
        else:
            used = 0
        canvas.setFont(SANS, HEADER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(
            g.left, header_y, _fit(canvas, self.texts.header, SANS, HEADER_SIZE, width - used)
        )
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.4)
        canvas.line(g.left, top_line, g.left + width, top_line)

        bottom_line = g.bottom - 10
        footer_y = bottom_line - 11
        canvas.line(g.left, bottom_line, g.left + width, bottom_line)
        label = gettext("Page {page} of ").format(page=doc.page)
        canvas.setFont(SANS, FOOTER_SIZE)
        canvas.setFillColor(MUTED)
        canvas.drawString(g.left, footer_y, label)
        canvas.saveState()
        canvas.translate(g.left + canvas.stringWidth(label, SANS, FOOTER_SIZE), footer_y)
        canvas.doForm(TOTAL_PAGES_FORM)
        canvas.restoreState()
        if classification:
            canvas.setFont(SANS_BOLD, FOOTER_SIZE)
            canvas.setFillColor(CLASSIFICATION)
            canvas.drawCentredString(g.left + width / 2, footer_y, classification)
        canvas.setFont(SANS, FOOTER_SIZE)
        canvas.setFillColor(FAINT)
        footer = _fit(canvas, self.texts.footer, SANS, FOOTER_SIZE, width * 0.3)
        canvas.drawRightString(g.left + width, footer_y, footer)
        canvas.restoreState()


def body_pages() -> NextPageTemplate:
    """Put this on the title page's story: what follows uses the body template."""
    return NextPageTemplate("body")


def _frame(geometry: Geometry, name: str) -> Frame:
    """The text area of a page: the whole space inside the margins, no padding."""
    return Frame(
        geometry.left,
        geometry.bottom,
        geometry.frame_width,
        geometry.frame_height,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id=name,
    )

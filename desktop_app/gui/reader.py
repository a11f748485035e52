"""The reader: a source's immutable text, selectable, with its highlights painted underneath.

This module is the one place where offsets cross between the model's Unicode code points and
Qt's UTF-16 units (:class:`~desktop_app.domain.offsets.Utf16Map`); everything it takes and
gives is in code points.

Highlights are painted in :meth:`ReaderView.paintEvent` for the visible blocks only, before the
text, so 2,000 spans cost no more than the few dozen on screen and adding one is a repaint, not
a rebuild (ExtraSelections would re-send every span on each change). Overlapping spans blend
their translucent fills, and each span also draws an underline at its own depth (layer), so a
span nested inside another stays visible.
"""

from __future__ import annotations

import logging
import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import (
    QEasingCurve,
    QEvent,
    QPoint,
    QRect,
    QRectF,
    Qt,
    QVariantAnimation,
    Signal,
)
from PySide6.QtGui import (
    QBrush,
    QColor,
    QContextMenuEvent,
    QFont,
    QHelpEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QTextBlock,
    QTextCursor,
    QTextLayout,
    QTextLine,
    QTextOption,
)
from PySide6.QtWidgets import QPlainTextEdit, QToolTip, QWidget

from desktop_app.domain.model import CodeKind
from desktop_app.domain.offsets import Utf16Map
from desktop_app.domain.palette import FILL_ALPHA
from desktop_app.gui.highlights import Span, SpanIndex
from desktop_app.gui.theme import is_dark
from desktop_app.gui.translation import translate

log = logging.getLogger(__name__)

MARK_KEYS = {
    Qt.Key.Key_C: CodeKind.CONDITION,
    Qt.Key.Key_S: CodeKind.SPEAKER,
    Qt.Key.Key_R: CodeKind.REACTION,
}
FILL_ALPHA_LIGHT, FILL_ALPHA_DARK = FILL_ALPHA["light"], FILL_ALPHA["dark"]
UNDERLINE_STEP = 3
MAX_UNDERLINE_LAYERS = 4
HIT_COLOR = "#f5c518"


def display_text(text: str) -> str:
    """The text as handed to Qt, one UTF-16 unit sequence per code point sequence.

    QTextDocument turns "\\r\\n" into one block separator, which would shift every later offset
    by one; the CR becomes a space (same length, invisible at a line end) so the document keeps
    exactly one position per code unit of the stored text.
    """
    return text.replace("\r\n", " \n")


def _x(line: QTextLine, position: int) -> float:
    """Horizontal position of a cursor in a laid-out line (PySide returns (x, position))."""
    result: Any = line.cursorToX(position)
    return float(result[0] if isinstance(result, tuple) else result)


# Where a span lies on one laid-out paragraph: (left, top, width, height) rectangles relative
# to the paragraph's layout origin, keyed by (paragraph position, span start, span end) in UTF-16.
_BlockRects = dict[tuple[int, int, int], list[tuple[float, float, float, float]]]
_BLOCK_RECTS_KEPT = 20_000  # entries; a dense source on screen needs a few hundred


class _VisibleLines:
    """The paragraphs on screen for one paint. A span's rectangles are found by a binary
    search over them, and remembered per paragraph (``cache``, valid while the text and its
    layout stay as they are), so a repaint after a new highlight measures only that one
    instead of every span on screen again."""

    def __init__(self, blocks: list[tuple[QTextBlock, QRectF]], cache: _BlockRects) -> None:
        self.cache = cache
        self.starts: list[int] = []  # UTF-16 position where each paragraph begins
        self.blocks: list[tuple[int, int, QTextLayout, float, float, bool]] = []
        for block, geometry in blocks:
            layout = block.layout()
            origin = geometry.topLeft() + layout.position()
            end = block.position() + block.length() - 1  # the paragraph separator is not text
            self.starts.append(block.position())
            bidi = _RIGHT_TO_LEFT.search(block.text()) is not None
            self.blocks.append((block.position(), end, layout, origin.x(), origin.y(), bidi))

    def rects(self, u_start: int, u_end: int) -> list[QRectF]:
        """Rectangles covering UTF-16 positions ``[u_start, u_end)`` on these paragraphs."""
        rects: list[QRectF] = []
        index = max(bisect_right(self.starts, u_start) - 1, 0)
        for position, end, layout, x0, y0, bidi in self.blocks[index:]:
            if position >= u_end:
                break
            if end < u_start:
                continue
            key = (position, u_start, u_end)
            local = self.cache.get(key)
            if local is None:
                local = self.cache[key] = _block_rects(
                    layout, position, end, (u_start, u_end), bidi=bidi
                )
            rects.extend(QRectF(x0 + x, y0 + y, w, h) for x, y, w, h in local)
        return rects


def _block_rects(
    layout: QTextLayout, position: int, end: int, span: tuple[int, int], *, bidi: bool = False
) -> list[tuple[float, float, float, float]]:
    """``span`` (UTF-16 ``[start, end)``) on the lines of one paragraph, relative to its layout
    origin. In a paragraph with right-to-left text the span's glyphs are measured run by run:
    where the direction changes, a cursor position has two places on the line, and the
    rectangle between two cursors would cover the neighbouring words instead."""
    u_start, u_end = span
    found: list[tuple[float, float, float, float]] = []
    for index in range(layout.lineCount()):
        line = layout.lineAt(index)
        line_start = position + line.textStart()
        if line_start >= u_end:
            break
        line_end = min(line_start + line.textLength(), end)
        a, b = max(u_start, line_start), min(u_end, line_end)
        if a >= b:
            continue
        runs = _run_extents(line, a - position, b - a) if bidi else []
        if runs:
            found.extend((x, line.y(), width, line.height()) for x, width in runs)
            continue
        x1, x2 = _x(line, a - position), _x(line, b - position)
        found.append((min(x1, x2), line.y(), abs(x2 - x1), line.height()))
    return found


# Strong right-to-left scripts: Hebrew, Arabic, Syriac, Thaana, N'Ko… and their presentation
# forms and astral blocks. A paragraph with none of them is measured the fast way.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def _run_extents(line: QTextLine, start: int, length: int) -> list[tuple[float, float]]:
    """(left, width) of the glyphs of ``[start, start + length)`` on ``line``, joined where
    they touch (a word and the space after it in one run, two runs side by side)."""
    edges = sorted(
        (run.boundingRect().left(), run.boundingRect().right())
        for run in line.glyphRuns(start, length)
    )
    joined: list[list[float]] = []
    for left, right in edges:
        if joined and left <= joined[-1][1] + 0.5:
            joined[-1][1] = max(joined[-1][1], right)
        else:
            joined.append([left, right])
    return [(left, right - left) for left, right in joined]


class ReaderView(QPlainTextEdit):
    """Read-only, selectable text of one source with its annotations highlighted."""

    mark_requested = Signal(object)  # CodeKind
    recent_requested = Signal(int)  # 1..9
    delete_requested = Signal(int)  # Delete on a highlight: its annotation (the innermost)
    annotation_activated = Signal(int)  # double-click on a highlight
    context_requested = Signal(QPoint, list)  # global position, annotation ids there

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reader")
        self.setAccessibleName(translate("Reader", "Source text"))
        self.setAccessibleDescription(
            translate(
                "Reader",
                "The current source. Select text, then press C, S or R to mark it, or 1 to 9 for a "
                "recent code. Delete removes the annotation at the cursor.",
            )
        )
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setWordWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
        self.setCenterOnScroll(False)
        self.document().setDocumentMargin(18)
        self.setMouseTracking(True)
        self.source_id: int | None = None
        self._text = ""
        self._map = Utf16Map("")
        self._index = SpanIndex()
        self._hits: list[tuple[int, int]] = []
        self._current_hit: tuple[int, int] | None = None
        self._flash: tuple[int, int] | None = None
        self._flash_strength = 0.0
        # Suggestions (start, end, colour): dashed outlines, never filled like an annotation.
        self._ghosts: list[tuple[int, int, str]] = []
        self._current_ghost: tuple[int, int] | None = None
        # Highlight rectangles measured in earlier paints, valid for one text laid out at one
        # width in one font (see _VisibleLines).
        self._text_generation = 0
        self._block_rects: _BlockRects = {}
        self._rects_layout: tuple[int, int, str] | None = None
        self._animation = QVariantAnimation(self)
        self._animation.setDuration(1100)
        self._animation.setStartValue(1.0)
        self._animation.setEndValue(0.0)
        self._animation.setEasingCurve(QEasingCurve.Type.InQuad)
        self._animation.valueChanged.connect(self._on_flash)
        # Tooltips are written on hover, not for every span up front (2,000 spans: 50 ms).
        self.describe: Callable[[int], str] = lambda _annotation_id: ""

    # -- content ---------------------------------------------------------------------------

    def show_source(self, source_id: int | None, text: str, spans: Iterable[Span] = ()) -> None:
        self.source_id = source_id
        self._text = text
        self._text_generation += 1
        self._map = Utf16Map(text)
        self._hits = []
        self._current_hit = None
        self._flash = None
        self._ghosts = []
        self._current_ghost = None
        self._index.reset(spans)
        self.setPlainText(display_text(text))
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def clear_source(self, placeholder: str = "") -> None:
        self.show_source(None, "")
        self.setPlaceholderText(placeholder)

    @property
    def text(self) -> str:
        return self._text

    def set_spans(self, spans: Iterable[Span]) -> None:
        self._index.reset(spans)
        self.viewport().update()

    def upsert_spans(self, spans: Iterable[Span]) -> None:
        for span in spans:
            self._index.upsert(span)
        self.viewport().update()

    def remove_spans(self, annotation_ids: Iterable[int]) -> None:
        for annotation_id in annotation_ids:
            self._index.remove(annotation_id)
        self.viewport().update()

    def annotations_at_cursor(self) -> list[int]:
        """Annotations holding the character after the text cursor, innermost first."""
        position = self._map.to_code_points(self.textCursor().position())
        return [s.annotation_id for s in self._index.at(position)]

    def annotations_at_anchor(self) -> list[int]:
        """Annotations where the selection began (the caret before Shift+arrows or a drag),
        innermost first. A selection begun just after a highlight's last character (where a
        click at its end puts the caret) counts as begun in it."""
        anchor = self._map.to_code_points(self.textCursor().anchor())
        inside = [s.annotation_id for s in self._index.at(anchor)]
        ending = [] if anchor == 0 else [s for s in self._index.at(anchor - 1) if s.end == anchor]
        return inside + [s.annotation_id for s in ending if s.annotation_id not in inside]

    def spans(self) -> list[Span]:
        return self._index.spans()

    def span(self, annotation_id: int) -> Span | None:
        return self._index.get(annotation_id)

    def set_search_hits(
        self, hits: Sequence[tuple[int, int]], current: tuple[int, int] | None = None
    ) -> None:
        self._hits = list(hits)
        self._current_hit = current
        self.viewport().update()

    def set_ghosts(
        self, ghosts: Sequence[tuple[int, int, str]], current: tuple[int, int] | None = None
    ) -> None:
        """Suggestions to draw as ghosts: (start, end, colour) in code points; ``current`` is
        drawn heavier."""
        self._ghosts = sorted(ghosts)
        self._current_ghost = current
        self.viewport().update()

    def ghosts(self) -> list[tuple[int, int, str]]:
        return list(self._ghosts)

    @property
    def current_ghost(self) -> tuple[int, int] | None:
        return self._current_ghost

    # -- code points <-> Qt ----------------------------------------------------------------

    def selected_span(self) -> tuple[int, int] | None:
        """The selection in code points, or None when nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        start = self._map.to_code_points(cursor.selectionStart())
        end = self._map.to_code_points(cursor.selectionEnd())
        if end < self._map.length_cp and cursor.selectionEnd() > self._map.to_utf16(end):
            end += 1  # a selection ending inside a surrogate pair takes the whole character
        return (start, end) if end > start else None

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)

    def position_at(self, point: QPoint) -> int:
        """Code point under a viewport position."""
        return self._map.to_code_points(self.cursorForPosition(point).position())

    def span_rect(self, start: int, end: int) -> QRect:
        """Viewport rectangle around the first line of a span (to place the mark-up popup)."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(start))
        first = self.cursorRect(cursor)
        cursor.setPosition(self._map.to_utf16(end))
        last = self.cursorRect(cursor)
        return first.united(last) if last.top() == first.top() else first

    def reveal(self, start: int, end: int, flash: bool = True) -> None:
        """Scroll a span into the middle of the view and, if asked, flash it."""
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._map.to_utf16(end))
        self.setTextCursor(cursor)
        cursor.setPosition(self._map.to_utf16(start))
        self.setTextCursor(cursor)
        self.centerCursor()
        if flash:
            self._flash = (start, end)
            self._animation.stop()
            self._animation.start()
        self.viewport().update()

    def visible_range(self) -> tuple[int, int]:
        """Code points of the first and (one past) the last visible characters."""
        blocks = self._visible_blocks(self.viewport().rect())
        if not blocks:
            return 0, 0
        first, last = blocks[0][0], blocks[-1][0]
        return (
            self._map.to_code_points(first.position()),
            self._map.to_code_points(min(last.position() + last.length() - 1, self._utf16_len)),
        )

    @property
    def _utf16_len(self) -> int:
        return self._map.length_utf16

    # -- keys and mouse --------------------------------------------------------------------

    def keyPressEvent(self, event: QKeyEvent) -> None:
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if plain == Qt.KeyboardModifier.NoModifier:
            key = Qt.Key(event.key())
            if key in MARK_KEYS:
                self.mark_requested.emit(MARK_KEYS[key])
                event.accept()
                return
            if Qt.Key.Key_1 <= key <= Qt.Key.Key_9:
                self.recent_requested.emit(int(key) - int(Qt.Key.Key_0))
                event.accept()
                return
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                found = self.annotations_at_cursor()
                self.delete_requested.emit(found[0] if found else -1)
                event.accept()
                return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        position = self.position_at(event.position().toPoint())
        found = self._index.at(position)
        if found and not self.textCursor().hasSelection():
            self.annotation_activated.emit(found[0].annotation_id)
            return
        super().mouseDoubleClickEvent(event)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        position = self.position_at(event.pos())
        ids = [s.annotation_id for s in self._index.at(position)]
        self.context_requested.emit(event.globalPos(), ids)

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            found = self._index.at(self.position_at(event.pos()))
            tips = [tip for s in found if (tip := s.tooltip or self.describe(s.annotation_id))]
            if tips:
                QToolTip.showText(event.globalPos(), "<hr>".join(tips), self.viewport())
            else:
                QToolTip.hideText()
            return True
        return super().viewportEvent(event)

    # -- painting --------------------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self._index) or self._hits or self._flash or self._ghosts:
            painter = QPainter(self.viewport())
            try:
                self._paint_overlays(painter, event.rect())
            finally:
                painter.end()
        super().paintEvent(event)

    def _visible_blocks(self, area: QRect) -> list[tuple[QTextBlock, QRectF]]:
        offset = self.contentOffset()
        block = self.firstVisibleBlock()
        found: list[tuple[QTextBlock, QRectF]] = []
        while block.isValid():
            geometry = self.blockBoundingGeometry(block).translated(offset)
            if geometry.top() > area.bottom():
                break
            if geometry.bottom() >= area.top() and block.isVisible():
                found.append((block, geometry))
            block = block.next()
        return found

    def _paint_overlays(self, painter: QPainter, area: QRect) -> None:
        found = self._visible_blocks(area)
        if not found:
            return
        first, last = found[0][0], found[-1][0]
        blocks = self._visible_lines(found)
        low = self._map.to_code_points(first.position())
        high = self._map.to_code_points(last.position() + last.length())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        alpha = FILL_ALPHA_DARK if is_dark() else FILL_ALPHA_LIGHT
        spans = sorted(self._index.overlapping(low, high), key=lambda s: s.layer)
        for span in spans:
            fill = QColor(span.color)
            fill.setAlpha(alpha)
            line_color = QColor(span.color)
            depth = min(span.layer, MAX_UNDERLINE_LAYERS - 1) * UNDERLINE_STEP
            for rect in self._rects(span.start, span.end, blocks):
                painter.fillRect(rect, fill)
                painter.fillRect(
                    QRectF(rect.left(), rect.bottom() - 2 - depth, rect.width(), 2), line_color
                )
        if self._ghosts:
            self._paint_ghosts(painter, low, high, blocks)
        if self._hits:
            hit_fill = QColor(HIT_COLOR)
            hit_fill.setAlpha(150)
            for start, end in self._hits:
                if end <= low or start >= high:
                    continue
                for rect in self._rects(start, end, blocks):
                    painter.fillRect(rect, hit_fill)
            if self._current_hit is not None:
                painter.setPen(QPen(self.palette().color(QPalette.ColorRole.Text), 1.5))
                for rect in self._rects(*self._current_hit, blocks):
                    painter.drawRect(rect)
        if self._flash is not None and self._flash_strength > 0:
            outline = QColor(self.palette().color(QPalette.ColorRole.Highlight))
            outline.setAlphaF(self._flash_strength)
            painter.setPen(QPen(outline, 2.5))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            for rect in self._rects(*self._flash, blocks):
                painter.drawRect(rect.adjusted(-1, -1, 1, 1))

    def _paint_ghosts(self, painter: QPainter, low: int, high: int, blocks: _VisibleLines) -> None:
        """Suggestions: a dashed outline in the colour of their first code, no fill and no
        underline (an annotation has both); the current one thicker, with a light hatch."""
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for start, end, color in self._ghosts:
            if start >= high:
                break
            if end <= low:
                continue
            current = (start, end) == self._current_ghost
            pen = QPen(QColor(color), 2.0 if current else 1.2, Qt.PenStyle.DashLine)
            painter.setPen(pen)
            for rect in self._rects(start, end, blocks):
                box = rect.adjusted(0.5, 0.5, -0.5, -0.5)
                if current:
                    hatch = QColor(color)
                    hatch.setAlpha(170)
                    painter.fillRect(box, QBrush(hatch, Qt.BrushStyle.BDiagPattern))
                painter.drawRect(box)

    def _visible_lines(self, found: list[tuple[QTextBlock, QRectF]]) -> _VisibleLines:
        layout_now = (self._text_generation, self.viewport().width(), self.font().key())
        if layout_now != self._rects_layout or len(self._block_rects) > _BLOCK_RECTS_KEPT:
            self._block_rects.clear()
            self._rects_layout = layout_now
        return _VisibleLines(found, self._block_rects)

    def span_rects(self, start: int, end: int) -> list[QRectF]:
        """Where ``[start, end)`` (code points) is drawn on the viewport now."""
        found = self._visible_blocks(self.viewport().rect())
        return self._rects(start, end, self._visible_lines(found)) if found else []

    def _rects(self, start: int, end: int, lines: _VisibleLines) -> list[QRectF]:
        """Rectangles covering ``[start, end)`` (code points) on the visible lines."""
        return lines.rects(self._map.to_utf16(start), self._map.to_utf16(end))

    def _on_flash(self, value: float) -> None:
        self._flash_strength = float(value)
        if self._flash_strength <= 0.0:
            self._flash = None
        self.viewport().update()

    def set_point_size(self, size: int) -> None:
        font = QFont(self.font())
        font.setPointSize(size)
        self.setFont(font)

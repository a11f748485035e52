"""A one-line label that never asks for more width than it is given: text too long for it ends in
"…" and the whole text is in its tooltip. A long source title must not push the reader's panels
apart (a QLabel's minimum width is its whole text)."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QPainter, QPaintEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class ElidedLabel(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setWordWrap(False)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self._tip = ""

    def set_full_text(self, text: str, tip: str = "") -> None:
        """Show ``text`` (elided when it does not fit); the tooltip holds ``tip`` and, when they
        differ, the whole text."""
        self.setText(text)
        self._tip = tip
        self._update_tip()

    def elided_text(self) -> str:
        rect = self.contentsRect()
        return self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())

    def is_elided(self) -> bool:
        return self.elided_text() != self.text()

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        return QSize(0, hint.height())

    def resizeEvent(self, event: object) -> None:
        super().resizeEvent(event)  # type: ignore[arg-type]
        self._update_tip()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.setFont(self.font())
        rect = self.contentsRect()
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(rect, int(align), self.elided_text())

    def _update_tip(self) -> None:
        parts = [p for p in (self._tip, self.text()) if p]
        if len(parts) == 2 and parts[0] == parts[1]:
            parts = parts[:1]
        self.setToolTip("\n".join(parts))

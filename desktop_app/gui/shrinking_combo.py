"""A drop-down that asks for its whole longest item when there is room and gives way to a few
characters when there is not (the current item elided, the whole one in the tooltip): a row of
filters in Ukrainian or Russian must not push the window's side panels narrow."""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QComboBox, QWidget

SHRUNK_CHARACTERS = 6  # the least a filter shows: enough to tell its items apart


class ShrinkingComboBox(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.currentTextChanged.connect(self.setToolTip)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        arrow = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent) + 24
        least = self.fontMetrics().averageCharWidth() * SHRUNK_CHARACTERS + arrow
        return QSize(min(hint.width(), least + self.iconSize().width()), hint.height())

"""Icons by name from ``resources/icons`` (SVG, so they are sharp at any scale factor), and
small colour swatches painted at the screen's device-pixel ratio."""

from __future__ import annotations

from functools import lru_cache

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPainter, QPixmap

from desktop_app import paths


@lru_cache(maxsize=64)
def icon(name: str) -> QIcon:
    path = paths.resource("icons", f"{name}.svg")
    return QIcon(str(path)) if path.is_file() else QIcon()


@lru_cache(maxsize=256)
def swatch(color: str, shape: str = "square", size: int = 12) -> QIcon:
    """A coloured square, circle or triangle for the codebook and the sources list."""
    screen = QGuiApplication.primaryScreen()
    ratio = screen.devicePixelRatio() if screen is not None else 1.0
    pixmap = QPixmap(int(size * ratio), int(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(color).darker(130))
    painter.setBrush(QColor(color))
    box = QRectF(1.5, 1.5, size - 3, size - 3)
    if shape == "circle":
        painter.drawEllipse(box)
    elif shape == "triangle":
        from PySide6.QtCore import QPointF
        from PySide6.QtGui import QPolygonF

        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(box.center().x(), box.top()),
                    QPointF(box.right(), box.bottom()),
                    QPointF(box.left(), box.bottom()),
                ]
            )
        )
    elif shape == "half":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
        painter.setBrush(QColor(color))
        painter.drawPie(box, 90 * 16, 180 * 16)
    elif shape == "ring":
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(box)
    else:
        painter.drawRoundedRect(box, 2, 2)
    painter.end()
    return QIcon(pixmap)

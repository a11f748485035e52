"""Light and dark palettes, following the system unless the analyst chose one.

On Windows and macOS the native styles follow the system scheme themselves; elsewhere (Linux,
and always when the analyst forces a scheme) Parley uses Fusion with one of two palettes, so the
window looks the same on every desktop environment.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from desktop_app.domain.palette import BACKGROUNDS

log = logging.getLogger(__name__)

_NATIVE_STYLE_PLATFORMS = ("win32", "darwin")


def _dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2b2d31"), QColor(BACKGROUNDS["dark"]), QColor("#e6e6e6")
    disabled = QColor("#7d8088")
    roles = {
        QPalette.ColorRole.Window: window,
        QPalette.ColorRole.WindowText: text,
        QPalette.ColorRole.Base: base,
        QPalette.ColorRole.AlternateBase: QColor("#26282c"),
        QPalette.ColorRole.ToolTipBase: QColor("#3a3d42"),
        QPalette.ColorRole.ToolTipText: text,
        QPalette.ColorRole.PlaceholderText: disabled,
        QPalette.ColorRole.Text: text,
        QPalette.ColorRole.Button: QColor("#33363b"),
        QPalette.ColorRole.ButtonText: text,
        QPalette.ColorRole.BrightText: QColor("#ff6b6b"),
        QPalette.ColorRole.Link: QColor("#6ea8ff"),
        QPalette.ColorRole.Highlight: QColor("#3d6fb6"),
        QPalette.ColorRole.HighlightedText: QColor("#ffffff"),
        QPalette.ColorRole.Light: QColor("#45484e"),
        QPalette.ColorRole.Midlight: QColor("#3a3d42"),
        QPalette.ColorRole.Mid: QColor("#303236"),
        QPalette.ColorRole.Dark: QColor("#18191b"),
        QPalette.ColorRole.Shadow: QColor("#0d0d0e"),
    }
    for role, color in roles.items():
        palette.setColor(role, color)
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_prefers_dark() -> bool:
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def is_dark(app: QApplication | None = None) -> bool:
    """Whether the palette in use is dark (by the lightness of its text background)."""
    target = app or QApplication.instance()
    if not isinstance(target, QApplication):
        return False
    return target.palette().color(QPalette.ColorRole.Base).lightness() < 128


def apply_appearance(app: QApplication, appearance: str) -> None:
    """``appearance`` is "system", "light" or "dark"."""
    dark = appearance == "dark" or (appearance == "system" and system_prefers_dark())
    native = sys.platform in _NATIVE_STYLE_PLATFORMS and appearance == "system"
    if native:
        app.setPalette(QPalette())  # the native style's own, which follows the system
        return
    if app.style().name().lower() != "fusion":
        app.setStyle("Fusion")
    app.setPalette(_dark_palette() if dark else app.style().standardPalette())
    log.debug("appearance %s (dark=%s)", appearance, dark)

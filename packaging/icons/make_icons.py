"""Render every application icon the three desktops need from the one source image.

    uv run python packaging/icons/make_icons.py

Reads ``resources/icons/app/parley.svg`` and writes, beside it:

- ``parley-<N>.png`` for N in 16 … 1024 (Linux hicolor sizes, the window icon, the macOS set),
- ``parley.ico`` (Windows: 16, 24, 32, 48, 64, 128, 256 in one file),
- ``parley.icns`` (macOS: 16 … 1024, the retina pairs included).

Qt (QtSvg ships in PySide6-Essentials) draws the SVG at each size, so small sizes are rendered,
not shrunk from a big bitmap; Pillow packs the .ico and .icns on any OS, so the macOS icon does
not need ``iconutil``. The outputs are committed: a build never needs this script, only a change
of the source image does.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PIL import Image

# A maintainer's tool outside the app's layers: Qt only draws the SVG here.
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ROOT = Path(__file__).resolve().parents[2]
ICON_DIR = ROOT / "resources" / "icons" / "app"
SOURCE = ICON_DIR / "parley.svg"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render(renderer: QSvgRenderer, size: int) -> Image.Image:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return Image.open(io.BytesIO(bytes(data.data()))).convert("RGBA")


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    renderer = QSvgRenderer(str(SOURCE))
    if not renderer.isValid():
        print(f"cannot read {SOURCE}", file=sys.stderr)
        return 1
    images = {size: render(renderer, size) for size in PNG_SIZES}
    for size, image in images.items():
        image.save(ICON_DIR / f"parley-{size}.png", optimize=True)
    largest_ico = images[max(ICO_SIZES)]
    largest_ico.save(
        ICON_DIR / "parley.ico",
        sizes=[(s, s) for s in ICO_SIZES],
        append_images=[images[s] for s in ICO_SIZES if s != max(ICO_SIZES)],
    )
    largest_icns = images[max(ICNS_SIZES)]
    largest_icns.save(
        ICON_DIR / "parley.icns",
        append_images=[images[s] for s in ICNS_SIZES if s != max(ICNS_SIZES)],
    )
    print(f"wrote {len(images)} PNGs, parley.ico and parley.icns to {ICON_DIR.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())

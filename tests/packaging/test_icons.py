"""The application icon in every size Windows, macOS and Linux need, all from one source."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PIL import IcnsImagePlugin, Image

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons" / "app"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def test_the_source_image_is_an_svg() -> None:
    root = ET.parse(ICONS / "parley.svg").getroot()
    assert root.tag == "{http://www.w3.org/2000/svg}svg"
    assert root.get("viewBox") == "0 0 256 256"


@pytest.mark.parametrize("size", [*HICOLOR_SIZES, 1024])
def test_png_sizes(size: int) -> None:
    with Image.open(ICONS / f"parley-{size}.png") as image:
        assert image.format == "PNG"
        assert image.size == (size, size)
        assert image.mode == "RGBA"
        # transparent corners: an icon, not a picture on a square
        assert image.getpixel((0, 0))[3] == 0  # type: ignore[index]


def test_windows_ico_holds_16_to_256() -> None:
    with Image.open(ICONS / "parley.ico") as image:
        sizes = set(image.info["sizes"])
    assert {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)} <= sizes


def test_macos_icns_holds_the_retina_set() -> None:
    with (ICONS / "parley.icns").open("rb") as handle:
        sizes = set(IcnsImagePlugin.IcnsFile(handle).itersizes())
    for size in (128, 256, 512):
        assert (size, size, 1) in sizes
        assert (size, size, 2) in sizes
    assert (16, 16, 2) in sizes and (32, 32, 2) in sizes

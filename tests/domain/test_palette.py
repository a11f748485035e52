"""Every kind and stance can be told apart: the palette's colours differ by a measurable colour
distance (CIEDE2000) with normal vision and with simulated deuteranopia and protanopia, as solid
underlines and as the reader's tints on the light and the dark background."""

from __future__ import annotations

import itertools
import math

import pytest

from desktop_app.domain.model import DEFAULT_KIND_COLORS, CodeKind
from desktop_app.domain.palette import (
    BACKGROUNDS,
    FILL_ALPHA,
    KIND_COLORS,
    STANCE_COLORS,
    stance_color,
)

RGB = tuple[float, float, float]
Lab = tuple[float, float, float]

# Machado, Oliveira & Fernandes (2009), severity 1.0, applied to linear RGB.
SIMULATIONS: dict[str, tuple[RGB, RGB, RGB] | None] = {
    "normal vision": None,
    "deuteranopia": (
        (0.367322, 0.860646, -0.227968),
        (0.280085, 0.672501, 0.047413),
        (-0.011820, 0.042940, 0.968881),
    ),
    "protanopia": (
        (0.152286, 1.052583, -0.204868),
        (0.114503, 0.786281, 0.099216),
        (-0.003882, -0.048116, 1.051998),
    ),
}
# Smallest CIEDE2000 distance allowed between two colours of the palette. Solid underlines:
# clearly different at a glance (about ten just-noticeable differences). Tints: at least a
# couple of just-noticeable differences, on top of their different underlines.
MIN_SOLID = 10.0
MIN_TINT = 2.5


def rgb(hex_color: str) -> RGB:
    value = hex_color.lstrip("#")
    return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))


def to_linear(channel: float) -> float:
    c = channel / 255
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def from_linear(channel: float) -> float:
    c = min(max(channel, 0.0), 1.0)
    return 255 * (12.92 * c if c <= 0.0031308 else 1.055 * c ** (1 / 2.4) - 0.055)


def simulate(color: RGB, matrix: tuple[RGB, RGB, RGB] | None) -> RGB:
    if matrix is None:
        return color
    linear = [to_linear(c) for c in color]
    r, g, b = (from_linear(sum(m * c for m, c in zip(row, linear, strict=True))) for row in matrix)
    return (r, g, b)


def over(color: RGB, background: RGB, alpha: float) -> RGB:
    r, g, b = (alpha * c + (1 - alpha) * k for c, k in zip(color, background, strict=True))
    return (r, g, b)


def lab(color: RGB) -> Lab:
    r, g, b = (to_linear(c) for c in color)
    x = (0.4124564 * r + 0.3575761 * g + 0.1804375 * b) / 0.95047
    y = 0.2126729 * r + 0.7151522 * g + 0.0721750 * b
    z = (0.0193339 * r + 0.1191920 * g + 0.9503041 * b) / 1.08883

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    fx, fy, fz = f(x), f(y), f(z)
    return (116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz))


def ciede2000(first: Lab, second: Lab) -> float:
    """Sharma, Wu & Dalal (2005)'s formulation."""
    l1, a1, b1 = first
    l2, a2, b2 = second
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dl, dc = l2 - l1, c2p - c1p
    dh_angle = 0.0
    if c1p * c2p:
        dh_angle = h2p - h1p
        if dh_angle > 180:
            dh_angle -= 360
        elif dh_angle < -180:
            dh_angle += 360
    dh = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh_angle / 2))
    l_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if not c1p * c2p:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    else:
        h_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    sl = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    sc = 1 + 0.045 * cp_mean
    sh = 1 + 0.015 * cp_mean * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt((dl / sl) ** 2 + (dc / sc) ** 2 + (dh / sh) ** 2 + rt * (dc / sc) * (dh / sh))


PALETTE = {
    **{f"kind {kind.value}": color for kind, color in KIND_COLORS.items()},
    **{f"stance {i + 1}": color for i, color in enumerate(STANCE_COLORS)},
}


def test_ciede2000_matches_sharmas_reference_pairs() -> None:
    # Pairs 1, 7 and 17 of Sharma, Wu & Dalal's test data.
    assert ciede2000((50, 2.6772, -79.7751), (50, 0, -82.7485)) == pytest.approx(2.0425, abs=1e-4)
    assert ciede2000((50, 0, 0), (50, -1, 2)) == pytest.approx(2.3669, abs=1e-4)
    assert ciede2000((50, 2.5, 0), (73, 25, -18)) == pytest.approx(27.1492, abs=1e-4)


def test_the_simulation_makes_reds_and_greens_alike() -> None:
    """The deficiency simulation is real: the old 'welcomes' and speaker greens, and a red and
    a green of equal lightness, come out close once simulated."""
    red, green = rgb("#c0392b"), rgb("#5a8a00")
    normal = ciede2000(lab(red), lab(green))
    deutan = ciede2000(*(lab(simulate(c, SIMULATIONS["deuteranopia"])) for c in (red, green)))
    assert deutan < normal / 2


@pytest.mark.parametrize("vision", list(SIMULATIONS))
def test_every_kind_and_stance_differs_as_an_underline(vision: str) -> None:
    matrix = SIMULATIONS[vision]
    seen = {name: lab(simulate(rgb(color), matrix)) for name, color in PALETTE.items()}
    for (first, a), (second, b) in itertools.combinations(seen.items(), 2):
        distance = ciede2000(a, b)
        assert distance >= MIN_SOLID, f"{first} and {second}: ΔE00 {distance:.1f} ({vision})"


@pytest.mark.parametrize("appearance", list(BACKGROUNDS))
@pytest.mark.parametrize("vision", list(SIMULATIONS))
def test_every_kind_and_stance_differs_as_a_tint(vision: str, appearance: str) -> None:
    matrix = SIMULATIONS[vision]
    background = rgb(BACKGROUNDS[appearance])
    alpha = FILL_ALPHA[appearance] / 255
    seen = {
        name: lab(simulate(over(rgb(color), background, alpha), matrix))
        for name, color in PALETTE.items()
    }
    for (first, a), (second, b) in itertools.combinations(seen.items(), 2):
        distance = ciede2000(a, b)
        assert distance >= MIN_TINT, (
            f"{first} and {second} tinted on {appearance}: ΔE00 {distance:.1f} ({vision})"
        )


@pytest.mark.parametrize("appearance", list(BACKGROUNDS))
def test_every_underline_stands_out_from_the_background(appearance: str) -> None:
    background = lab(rgb(BACKGROUNDS[appearance]))
    for name, color in PALETTE.items():
        assert ciede2000(lab(rgb(color)), background) >= 20, (name, appearance)


def test_kinds_use_the_palette_and_stances_take_the_next_free_colour() -> None:
    assert KIND_COLORS == DEFAULT_KIND_COLORS
    assert stance_color(set()) == STANCE_COLORS[0]
    assert stance_color({STANCE_COLORS[0]}) == STANCE_COLORS[1]
    assert stance_color(set(STANCE_COLORS)) == KIND_COLORS[CodeKind.REACTION]


def test_new_stances_take_the_stance_colours(project_path: object) -> None:
    from pathlib import Path

    from desktop_app.services import codebook
    from desktop_app.services.project import Project

    with Project.open(Path(str(project_path))) as project:
        root = codebook.root_of_kind(project, CodeKind.REACTION)
        made = [codebook.create_code(project, root.id, name) for name in ("Rejects", "Doubts")]
        assert [c.color for c in made] == list(STANCE_COLORS[:2])
        child = codebook.create_code(project, made[0].id, "Flatly")
        assert child.color == made[0].color  # below a stance: the stance's colour

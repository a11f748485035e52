"""The colours of kinds and stances: one palette in which each is told from every other — by
people with common colour-vision deficiencies too, in the light and the dark appearance.

The eight colours are Okabe and Ito's palette for colour-blind readers (2008), with its black
(invisible on the dark background) replaced by Paul Tol's indigo. In the reader a mark-up is a
tint (``FILL_ALPHA``) over the text's background with a solid underline; the tests measure the
CIEDE2000 distance between every two of them, as seen with normal vision and with simulated
deuteranopia and protanopia (Machado et al. 2009), solid and as tints on both backgrounds.

Stances take the stance colours in order as they are created under Reactions (see
:func:`desktop_app.services.codebook.create_code`); a project keeps the colours it has.
"""

from __future__ import annotations

from desktop_app.domain.model import DEFAULT_KIND_COLORS, CodeKind

BLUE = "#0072b2"
BLUISH_GREEN = "#009e73"
ORANGE = "#e69f00"
INDIGO = "#332288"
VERMILLION = "#d55e00"
YELLOW = "#f0e442"
REDDISH_PURPLE = "#cc79a7"
SKY_BLUE = "#56b4e9"

# The kinds' colours are the model's defaults: condition blue, speaker bluish green, reaction
# orange, other indigo.
KIND_COLORS: dict[CodeKind, str] = DEFAULT_KIND_COLORS

# The first stances' colours, in the order stances are usually added: rejects, criticises,
# defends, welcomes (green is the speakers': "welcomes" is sky blue).
STANCE_COLORS: tuple[str, ...] = (VERMILLION, YELLOW, REDDISH_PURPLE, SKY_BLUE)

# The reader's backgrounds, and how opaque a mark-up's tint is on each.
BACKGROUNDS = {"light": "#ffffff", "dark": "#1f2023"}
FILL_ALPHA = {"light": 77, "dark": 102}  # of 255


def stance_color(taken: set[str]) -> str:
    """The first stance colour no sibling uses yet (the reaction colour when all are taken)."""
    for color in STANCE_COLORS:
        if color not in taken:
            return color
    return KIND_COLORS[CodeKind.REACTION]

"""How sure the encoding detection was, in the interface language.

A source keeps its detection's confidence as English data ("low (KOI8-R reads almost as
well)") in its ``encoding_confidence`` variable: ``charsets.uncertain`` reads it, exports and
REFI-QDA carry it, and projects made before translations hold it. Source Details shows it
through :func:`shown_confidence`, which knows every form the importers store; a form it does
not know (a newer Parley's) is shown as stored.
"""

from __future__ import annotations

import re

from desktop_app.i18n import N_, gettext

# Each stored form (a regular expression over the whole text) → its message; a named group is
# the message's field of the same name (an encoding's or a language's name, a count).
_FORMS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(pattern), message)
    for pattern, message in (
        (r"certain \(valid UTF-8\)", N_("certain (valid UTF-8)")),
        (r"certain \(byte-order mark\)", N_("certain (byte-order mark)")),
        (r"certain \(declared by the page\)", N_("certain (declared by the page)")),
        (r"certain \((?P<label>.+) escape sequences\)", N_("certain ({label} escape sequences)")),
        (
            r"high \(declared by the page; (?P<count>\d+) invalid replaced\)",
            N_("high (declared by the page; invalid sequences replaced: {count})"),
        ),
        (r"high \(no other encoding reads as well\)", N_("high (no other encoding reads as well)")),
        (
            r"high \(reads clearly better than (?P<other>.+)\)",
            N_("high (reads clearly better than {other})"),
        ),
        (
            r"high \(the letters are those of one language\)",
            N_("high (the letters are those of one language)"),
        ),
        (r"high \(charset-normalizer\)", N_("high (charset-normalizer)")),
        (
            r"high \(charset-normalizer, (?P<language>.+)\)",
            N_("high (charset-normalizer, language: {language})"),
        ),
        (r"likely \(no byte-order mark\)", N_("likely (no byte-order mark)")),
        (
            r"likely \(no byte-order mark; zero bytes as in (?P<label>.+)\)",
            N_("likely (no byte-order mark; zero bytes as in {label})"),
        ),
        (r"low \(no encoding reads well\)", N_("low (no encoding reads well)")),
        (r"low \(too little text to be sure\)", N_("low (too little text to be sure)")),
        (r"low \((?P<other>.+) reads almost as well\)", N_("low ({other} reads almost as well)")),
        (r"chosen by the analyst", N_("chosen by the analyst")),
        (r"certain", N_("certain")),
    )
)


def shown_confidence(stored: str) -> str:
    """``stored`` (a source's ``encoding_confidence``) in the current language."""
    for pattern, message in _FORMS:
        found = pattern.fullmatch(stored)
        if found is not None:
            return gettext(message).format(**found.groupdict())
    return stored

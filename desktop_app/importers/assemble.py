"""The steps every format shares after extraction: normalise, check, fill in, fingerprint.

Format modules return an :class:`Extracted` — the text as the file holds it and whatever
metadata the file declares. :func:`finish` turns that into the final
:class:`~desktop_app.importers.document.ImportedDocument`: text normalised (``textnorm``),
refused if empty or too long, title defaulting to the first line, language detected.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.domain.model import SourceMeta
from desktop_app.errors import ImportRefused
from desktop_app.i18n import gettext, ngettext
from desktop_app.importers import limits
from desktop_app.importers.document import ImportedDocument
from desktop_app.importers.textnorm import (
    count_removed_controls,
    detect_language,
    normalise_field,
    normalise_text,
)

logger = logging.getLogger(__name__)

TITLE_MAX_CHARS = 120


@dataclass(frozen=True)
class Extracted:
    """What a format module found in a file, before the shared finishing steps."""

    text: str
    meta: SourceMeta = field(default_factory=SourceMeta)
    variables: dict[str, str] = field(default_factory=dict)
    warnings: tuple[str, ...] = ()


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def finish(
    extracted: Extracted,
    *,
    path: Path,
    original_name: str,
    file_format: str,
    sha256: str,
) -> ImportedDocument:
    """Normalise and check ``extracted`` and fill in what the file did not say."""
    warnings = list(extracted.warnings)
    removed = count_removed_controls(extracted.text)
    text = normalise_text(extracted.text)
    if removed:
        warnings.append(
            ngettext(
                "{n} control character(s) that cannot be displayed were removed",
                "{n} control character(s) that cannot be displayed were removed",
                removed,
            )
        )
    if not text.strip():
        raise ImportRefused(
            path,
            gettext("contains no text"),
            gettext("check that this is the document you meant to import"),
        )
    if len(text) > limits.MAX_TEXT_CHARS:
        raise ImportRefused(
            path,
            gettext("is too long: {count} characters of text (the limit is {limit})").format(
                count=f"{len(text):,}", limit=f"{limits.MAX_TEXT_CHARS:,}"
            ),
            gettext("split it into smaller documents and import those"),
        )
    variables = dict(extracted.variables)
    language, note = _reconcile_language(normalise_field(extracted.meta.language), text)
    if note:
        warnings.append(note)
        variables["declared_language"] = normalise_field(extracted.meta.language)
    found = extracted.meta
    meta = replace(
        found,
        title=clean_title(found.title) or first_line_title(text),
        outlet=normalise_field(found.outlet),
        author=normalise_field(found.author),
        published=normalise_field(found.published),
        url=normalise_field(found.url),
        language=language,
    )
    return ImportedDocument(
        text=text,
        meta=meta,
        original_name=original_name,
        file_format=file_format,
        sha256=sha256,
        variables=variables,
        warnings=tuple(warnings),
    )


def _reconcile_language(declared: str, text: str) -> tuple[str, str]:
    """(language, warning). What the text reads as wins over what the file declares: templates
    stamp "en-US" on documents in any language. The declaration counts when the text is too
    short to judge; a disagreement is reported so the analyst can check."""
    detected = detect_language(text)
    primary = declared.strip().replace("_", "-").split("-")[0].lower()
    if not detected:
        return primary, ""
    if primary and primary not in detected.split(", "):
        return detected, gettext(
            "the file declares language “{declared}”, but the text reads as “{detected}”; "
            "“{detected}” was recorded"
        ).format(declared=declared, detected=detected)
    return detected, ""


def clean_title(title: str | None) -> str:
    """A metadata title on one line, whitespace collapsed, shortened to ``TITLE_MAX_CHARS``."""
    if not title:
        return ""
    return shorten(normalise_field(title))


def first_line_title(text: str) -> str:
    """The first non-empty line of ``text``, trimmed, shortened to ``TITLE_MAX_CHARS``."""
    for line in text.split("\n"):
        if line.strip():
            return shorten(" ".join(line.split()))
    return ""


def shorten(line: str) -> str:
    """``line`` cut at a word boundary to at most ``TITLE_MAX_CHARS`` characters, with "…"."""
    if len(line) <= TITLE_MAX_CHARS:
        return line
    cut = line[: TITLE_MAX_CHARS - 1]
    space = cut.rfind(" ")
    if space > TITLE_MAX_CHARS // 2:
        cut = cut[:space]
    return cut.rstrip(" ,;:-–—") + "…"

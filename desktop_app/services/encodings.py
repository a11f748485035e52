"""Reading a source in another text encoding, when the import had to guess one.

A text-like file whose encoding was uncertain keeps its bytes in the project (see
``ImportedDocument.original`` and ``storage.sources.keep_originals``). Source Details offers the
best few encodings for those bytes with the first lines of the text under each
(:func:`encoding_choice`); choosing one is one undoable operation (:func:`redecode`) that
replaces the text through the same importer as the file's first import. Annotations are
offsets into the text, so a source that has any is refused: the text under them would change.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.domain.model import Source
from desktop_app.domain.textfold import fold
from desktop_app.errors import ImportRefused, InvalidChange
from desktop_app.i18n import gettext, ngettext
from desktop_app.importers.charsets import CHOSEN, candidate_encodings, known_encoding
from desktop_app.importers.confidence_text import shown_confidence
from desktop_app.importers.document import ImportedDocument
from desktop_app.importers.loader import load_bytes
from desktop_app.services.project import Project
from desktop_app.services.sources import get_source, get_text
from desktop_app.storage import sources as store

PREVIEW_LINES = 4
PREVIEW_LINE_CHARS = 100
MAX_READINGS = 4


@dataclass(frozen=True)
class Reading:
    """The text of a source under one encoding: its first lines, for the analyst to compare."""

    encoding: str
    preview: str
    characters: int
    current: bool


@dataclass(frozen=True)
class EncodingChoice:
    """The encodings a source can be read in, the current one first, and why choosing another
    is refused now ("" when it is not)."""

    readings: tuple[Reading, ...]
    refusal: str


def detection_confidence(stored: str) -> str:
    """How sure a source's encoding detection was (its ``encoding_confidence``), in the
    interface language, for Source Details."""
    return shown_confidence(stored)


def encoding_name(name: str) -> str:
    """Python's name for a text encoding ("Windows-1251" → "cp1251"), or InvalidChange."""
    try:
        return known_encoding(name)
    except LookupError:
        raise InvalidChange(
            gettext("“{name}” is not a text encoding Parley knows").format(name=name),
            gettext(
                "name one such as utf-8, cp1251, koi8-r, cp1252, iso8859-2, shift_jis or gb18030"
            ),
        ) from None


def encoding_choice(project: Project, source_id: int) -> EncodingChoice | None:
    """The readings Source Details offers; None when the source kept no bytes (its encoding
    was certain, or it is not a file Parley decodes)."""
    source = get_source(project, source_id)
    data = _original(project, source)
    if not data:
        return None
    current = _current_codec(source)
    readings: list[Reading] = []
    for codec in candidate_encodings(data, current or "utf-8", MAX_READINGS):
        if codec == current:
            text = get_text(project, source_id)
        else:
            try:
                text = _document(data, source, codec).text
            except InvalidChange:
                continue
        readings.append(Reading(codec, preview(text), len(text), codec == current))
    return EncodingChoice(tuple(readings), _refusal(source))


def redecode(project: Project, source_id: int, encoding: str) -> Source:
    """Replace the source's text with its kept bytes read in ``encoding``: one operation, undone
    as one. The title and language follow when they were the import's own (not edited)."""
    source = get_source(project, source_id)
    codec = encoding_name(encoding)
    if source.annotation_count:
        raise InvalidChange(*_refusal_parts(source))
    data = _original(project, source)
    if not data:
        raise InvalidChange(
            gettext("“{title}” kept no copy of its file (its encoding was not in doubt)").format(
                title=source.title
            ),
            gettext(
                "import the file again in the encoding you want (the command line's --encoding)"
            ),
        )
    document = _document(data, source, codec)
    values: dict[str, object] = {
        "text": document.text,
        "folded_text": fold(document.text),
        "characters": len(document.text),
    }
    current = _current_codec(source)
    if current:
        before = _document(data, source, current)
        if source.title == before.meta.title:
            values["title"] = document.meta.title
        if source.language == before.meta.language:
            values["language"] = document.meta.language
    with project.operation(
        gettext("Read “{title}” as {codec}").format(title=source.title, codec=codec)
    ) as tx:
        store.update_source(tx, source_id, values)
        store.set_variables(tx, source_id, {"encoding": codec, "encoding_confidence": CHOSEN})
    return get_source(project, source_id)


def preview(text: str) -> str:
    """The first few non-empty lines of a text, each shortened to fit a list row."""
    lines = [line.strip() for line in text.splitlines() if line.strip()][:PREVIEW_LINES]
    return "\n".join(
        line if len(line) <= PREVIEW_LINE_CHARS else line[: PREVIEW_LINE_CHARS - 1] + "…"
        for line in lines
    )


def _refusal(source: Source) -> str:
    if not source.annotation_count:
        return ""
    what, todo = _refusal_parts(source)
    return f"{what} — {todo}"


def _refusal_parts(source: Source) -> tuple[str, str]:
    """Why a source with annotations is not read in another encoding, and what to do."""
    return (
        ngettext(
            "“{title}” has {n} annotation: reading it in another encoding would move them",
            "“{title}” has {n} annotations: reading it in another encoding would move them",
            source.annotation_count,
        ).format(title=source.title),
        gettext("remove them first"),
    )


def _original(project: Project, source: Source) -> bytes:
    with project.read() as reader:
        return store.original_bytes(reader, source.sha256)


def _current_codec(source: Source) -> str:
    try:
        return known_encoding(source.variables.get("encoding", ""))
    except LookupError:
        return ""


def _document(data: bytes, source: Source, codec: str) -> ImportedDocument:
    try:
        return load_bytes(data, Path(source.original_name), codec)
    except ImportRefused as refused:
        raise InvalidChange(
            gettext("“{title}” {reason}").format(title=source.title, reason=refused.reason),
            refused.todo,
        ) from None

"""The importers' front door: which files to import, and one file → one ImportedDocument.

:func:`load_document` dispatches by suffix — the type the analyst chose — and each format module
checks the content agrees (a ".pdf" that is not a PDF is refused as such). Whatever goes wrong,
the caller gets :class:`~desktop_app.errors.ImportRefused` with one clear line, never another
exception: a failure inside a third-party parser is logged with its traceback and reported as
"could not be read". Limits live in :mod:`desktop_app.importers.limits` (re-exported here);
they are read at call time, so patch them there.
"""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from desktop_app.domain.model import SourceMeta
from desktop_app.errors import ImportRefused
from desktop_app.i18n import gettext
from desktop_app.importers import limits
from desktop_app.importers.assemble import Extracted, clean_title, finish, sha256_hex
from desktop_app.importers.charsets import uncertain
from desktop_app.importers.document import ImportedDocument
from desktop_app.importers.limits import MAX_FILE_BYTES, MAX_TEXT_CHARS, describe_bytes
from desktop_app.importers.textnorm import normalise_text

__all__ = [
    "MAX_FILE_BYTES",
    "MAX_TEXT_CHARS",
    "SUPPORTED_SUFFIXES",
    "document_from_text",
    "iter_source_files",
    "load_bytes",
    "load_document",
]

logger = logging.getLogger(__name__)

Extractor = Callable[[bytes, Path], Extracted]

# suffix → (file_format recorded on the source, module that reads it)
_FORMATS: dict[str, tuple[str, str]] = {
    ".txt": ("txt", "text"),
    ".text": ("txt", "text"),
    ".md": ("md", "markdown"),
    ".markdown": ("md", "markdown"),
    ".html": ("html", "html"),
    ".htm": ("html", "html"),
    ".docx": ("docx", "docx"),
    ".odt": ("odt", "odt"),
    ".pdf": ("pdf", "pdf"),
    ".rtf": ("rtf", "rtf"),
}

SUPPORTED_SUFFIXES: frozenset[str] = frozenset(_FORMATS)
ARCHIVE_SUFFIX = ".qdpx"  # a REFI-QDA project: imported whole by services.refi, not as a source

_SUPPORTED_LIST = ".txt, .html, .docx, .odt, .pdf, .md, .rtf"


def _extractor(module: str) -> Extractor:
    """The extraction function of a format module, imported on first use: trafilatura, pypdf
    and python-docx take a while to import, and a text-only import should not pay for them."""
    if module == "text":
        from desktop_app.importers.text import extract_text

        return extract_text
    if module == "markdown":
        from desktop_app.importers.markdown import extract_markdown

        return extract_markdown
    if module == "html":
        from desktop_app.importers.html import extract_html

        return extract_html
    if module == "docx":
        from desktop_app.importers.docx import extract_docx

        return extract_docx
    if module == "odt":
        from desktop_app.importers.odt import extract_odt

        return extract_odt
    if module == "pdf":
        from desktop_app.importers.pdf import extract_pdf

        return extract_pdf
    if module == "rtf":
        from desktop_app.importers.rtf import extract_rtf

        return extract_rtf
    raise ValueError(f"no importer module {module!r}")


# Formats whose bytes are decoded by Parley's text decoder, so an encoding can be forced.
_DECODED_MODULES = frozenset({"text", "markdown", "html"})


def load_document(path: Path, encoding: str | None = None) -> ImportedDocument:
    """Read one file and return its text and metadata, or raise ImportRefused (only).
    ``encoding`` (a name ``charsets.known_encoding`` accepts) replaces detection for the formats
    Parley decodes itself (.txt, .md, .html); the others name their own."""
    path = Path(path)
    return load_bytes(b"", path, encoding)


def load_bytes(data: bytes, path: Path, encoding: str | None = None) -> ImportedDocument:
    """Like :func:`load_document` for bytes already read (a source's kept original, see
    ``ImportedDocument.original``); with empty ``data`` the file at ``path`` is read."""
    suffix = path.suffix.lower()
    file_format, module = _FORMATS.get(suffix, (suffix.lstrip(".") or "file", ""))
    try:
        data = data or _read(path, suffix)
        extracted = _extract(module, data, path, encoding)
        document = finish(
            extracted,
            path=path,
            original_name=path.name,
            file_format=file_format,
            sha256=sha256_hex(data),
        )
        if uncertain(extracted.variables.get("encoding_confidence", "")) and (
            len(data) <= limits.MAX_KEPT_ORIGINAL_BYTES
        ):
            document = replace(document, original=data)
        return document
    except ImportRefused:
        raise
    except MemoryError:
        logger.exception("out of memory while importing %s", path)
        raise ImportRefused(
            path,
            gettext("is too large to import with the memory available"),
            gettext("close other programs"),
        ) from None
    except Exception as error:  # any parser failure becomes one clear line; details to the log
        logger.exception("unexpected error while importing %s", path)
        raise ImportRefused(
            path,
            gettext("could not be read: the {file_format} reader failed ({error})").format(
                file_format=file_format, error=type(error).__name__
            ),
            gettext(
                "check that the file opens in its usual program; if it does, "
                "please report this with the log file"
            ),
        ) from error


def _extract(module: str, data: bytes, path: Path, encoding: str | None) -> Extracted:
    if encoding is None:
        return _extractor(module)(data, path)
    if module not in _DECODED_MODULES:
        extracted = _extractor(module)(data, path)
        note = gettext("the encoding {encoding} was not used: this format names its own").format(
            encoding=encoding
        )
        return replace(extracted, warnings=(*extracted.warnings, note))
    if module == "text":
        from desktop_app.importers.text import extract_text

        return extract_text(data, path, encoding)
    if module == "markdown":
        from desktop_app.importers.markdown import extract_markdown

        return extract_markdown(data, path, encoding)
    from desktop_app.importers.html import extract_html

    return extract_html(data, path, encoding)


def _read(path: Path, suffix: str) -> bytes:
    """The file's bytes, after the checks that need no content: exists, is a regular file,
    has a supported type, is not empty, is not too large, can be read."""
    try:
        info = path.stat()
    except FileNotFoundError:
        raise ImportRefused(
            path, gettext("does not exist"), gettext("check the file name and folder")
        ) from None
    except PermissionError:
        raise ImportRefused(
            path,
            gettext("cannot be read (permission denied)"),
            gettext("check the file's permissions"),
        ) from None
    except OSError as error:
        raise ImportRefused(
            path, gettext("cannot be read ({strerror})").format(strerror=error.strerror or error)
        ) from None
    except ValueError:  # e.g. a NUL character in the name
        raise ImportRefused(path, gettext("cannot be read (the file name is not valid)")) from None
    if stat.S_ISDIR(info.st_mode):
        readable = os.access(path, os.R_OK | os.X_OK)
        raise ImportRefused(
            path,
            gettext("is a folder, not a file")
            if readable
            else gettext("is a folder that cannot be read"),
            gettext("import the folder itself to add the files in it")
            if readable
            else gettext("check the folder's permissions"),
        )
    if not stat.S_ISREG(info.st_mode):
        raise ImportRefused(
            path, gettext("is not a regular file"), gettext("choose a document file")
        )
    if suffix not in SUPPORTED_SUFFIXES:
        shown = suffix or gettext("(no extension)")
        raise ImportRefused(
            path,
            gettext("unsupported file type {suffix} — Parley imports {supported}").format(
                suffix=shown, supported=_SUPPORTED_LIST
            ),
            gettext("convert the document to one of these formats"),
        )
    if info.st_size == 0:
        raise ImportRefused(
            path, gettext("is empty (0 bytes)"), gettext("check that the file was saved")
        )
    if info.st_size > limits.MAX_FILE_BYTES:
        raise ImportRefused(
            path,
            gettext("is too large ({size}; the limit is {limit})").format(
                size=describe_bytes(info.st_size), limit=describe_bytes(limits.MAX_FILE_BYTES)
            ),
            gettext("split it into smaller documents and import those"),
        )
    try:
        with path.open("rb") as handle:
            # Ask for what stat() announced (read(n) allocates n bytes up front), and only if
            # more arrives — the file grew, or stat() lies as on /proc — read on to the limit.
            data = handle.read(info.st_size + 1)
            if len(data) > info.st_size:
                data += handle.read(limits.MAX_FILE_BYTES + 1 - len(data))
    except PermissionError:
        raise ImportRefused(
            path,
            gettext("cannot be read (permission denied)"),
            gettext("check the file's permissions"),
        ) from None
    except OSError as error:
        raise ImportRefused(
            path, gettext("cannot be read ({strerror})").format(strerror=error.strerror or error)
        ) from None
    if len(data) > limits.MAX_FILE_BYTES:  # it grew after stat(), or stat() lied (e.g. /proc)
        raise ImportRefused(
            path,
            gettext("is too large (the limit is {limit})").format(
                limit=describe_bytes(limits.MAX_FILE_BYTES)
            ),
            gettext("split it into smaller documents and import those"),
        )
    if not data:
        raise ImportRefused(
            path, gettext("is empty (0 bytes)"), gettext("check that the file was saved")
        )
    return data


def iter_source_files(
    paths: Iterable[Path], skipped: list[Path] | None = None, archives: list[Path] | None = None
) -> Iterator[Path]:
    """The files to import for what the analyst chose (or dropped).

    REFI-QDA archives (``.qdpx``, named or found in a folder) are whole projects, not sources:
    when ``archives`` is given they are appended to it (their real paths) rather than yielded or
    skipped, for the caller to import each on its own (``services.refi``) or to list.

    A named file is yielded as given, whatever its suffix, so that :func:`load_document` can
    say why an unsupported one is refused. A folder is walked recursively in sorted order,
    skipping hidden entries (names starting with ".") and files of unsupported types — those are
    appended to ``skipped`` (when given) as the folder's name and the path inside it, so the
    analyst can see what was left out.
    Paths that do not exist are yielded too (and refused by ``load_document``); a sub-folder
    that cannot be listed is yielded so its refusal names it. Symbolic links to folders are
    followed once, never round in circles.
    """
    for given in paths:
        path = Path(given)
        if path.is_dir():
            yield from _walk(path, set(), path, skipped, archives)
        elif archives is not None and path.suffix.lower() == ARCHIVE_SUFFIX:
            archives.append(path)
        else:
            yield path


def _walk(
    folder: Path,
    seen: set[Path],
    root: Path,
    skipped: list[Path] | None,
    archives: list[Path] | None,
) -> Iterator[Path]:
    try:
        real = folder.resolve()
        if real in seen:
            return
        seen.add(real)
        entries = sorted(folder.iterdir(), key=lambda p: (p.name.casefold(), p.name))
    except OSError:
        logger.warning("cannot list folder %s", folder, exc_info=True)
        yield folder
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
        except OSError:
            is_dir = False
        if is_dir:
            yield from _walk(entry, seen, root, skipped, archives)
        elif entry.suffix.lower() in SUPPORTED_SUFFIXES:
            yield entry
        elif archives is not None and entry.suffix.lower() == ARCHIVE_SUFFIX:
            archives.append(entry)
        elif skipped is not None:
            skipped.append(Path(root.name) / entry.relative_to(root))


def document_from_text(
    text: str, title: str = "", original_name: str = "clipboard"
) -> ImportedDocument:
    """A document from pasted text: normalised like a file's, title from the first line unless
    given, language detected, SHA-256 of the normalised text's UTF-8 bytes (so pasting the same
    text twice is recognised as a duplicate)."""
    name = original_name or "clipboard"
    normalised = normalise_text(text)
    if not normalised.strip():
        raise ImportRefused(
            name,
            gettext("is empty (the pasted text contains only whitespace)"),
            gettext("copy some text first"),
        )
    extracted = Extracted(text=normalised, meta=SourceMeta(title=clean_title(title)))
    return finish(
        extracted,
        path=Path(name),
        original_name=name,
        file_format="paste",
        sha256=sha256_hex(normalised.encode("utf-8")),
    )

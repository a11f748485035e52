"""Rich Text Format (.rtf): the text striprtf finds, decoded with the document's code page.

RTF is 7-bit text that spells non-ASCII characters as ``\\'xx`` bytes of a code page and as
``\\uN`` Unicode escapes. striprtf decodes ``\\'xx`` with the code page of the current font's
``\\fcharset`` (204 → cp1251) or else the document's ``\\ansicpg``, and ``\\uN`` directly; its
``encoding`` argument is only the default when the document names no code page, so it is given
the ``\\ansicpg`` code page found here (cp1252 when there is none). Two repairs around it:

* Some converters declare ``\\ansicpg1251`` but label every font ``\\fcharset0`` ("ANSI");
  striprtf then reads Cyrillic bytes as Western ("Ïóòèí"). When that can happen, the text is also
  decoded with ANSI fonts taken to mean the document's code page, and the decoding that reads
  more like prose (``charsets``' plausibility score) is kept.
* Characters outside the Basic Multilingual Plane arrive as two ``\\uN`` surrogate halves; the
  shared normalisation joins them into one character.

Some tools write several RTF documents back to back in one file (a mail merge, notes appended by
concatenation); striprtf stops at the end of the first. Each top-level ``{\\rtf …}`` group is
converted on its own (with its own code page) and the texts are joined by a blank line, with a
warning that says so; anything else outside the groups is left out, and the warning says how
much.

Title, author and creation date come from the ``{\\info …}`` group when present (the first
document's). Paragraph
and line breaks are line feeds; table cells are separated by "|", one row per line.
"""

from __future__ import annotations

import logging
import re
from datetime import datetime
from pathlib import Path

from desktop_app.domain.model import SourceMeta
from desktop_app.errors import ImportRefused
from desktop_app.i18n import gettext, ngettext
from desktop_app.importers.assemble import Extracted, clean_title
from desktop_app.importers.charsets import implausibility
from desktop_app.importers.dates import file_date_only, iso_from_datetime
from desktop_app.importers.detect import DESCRIPTIONS, Kind, sniff, what_to_do

logger = logging.getLogger(__name__)

_ANSICPG_RE = re.compile(rb"\\ansicpg(\d{3,5})")
_FCHARSET0_RE = re.compile(r"\\fcharset0(?![0-9])")
_BRACE_RE = re.compile(r"\\[\\{}]|[{}]")  # group braces, skipping escaped ones
_NOT_COUNTED_RE = re.compile(r"[\s\x00{}]+")  # not "text left out" between documents
# Windows code page → the \fcharset number that means it.
_CHARSET_OF_CODEPAGE = {
    1250: 238, 1251: 204, 1253: 161, 1254: 162, 1255: 177, 1256: 178, 1257: 186, 1258: 163,
    874: 222, 932: 128, 936: 134, 949: 129, 950: 136,
}  # fmt: skip
_INFO_FIELD_RE = r"\{\\%s\b\s?((?:[^{}\\]|\\[^{}]|\{[^{}]*\})*)\}"
_CREATIM_RE = re.compile(
    r"\{\\creatim\s*\\yr(\d{4})(?:\\mo(\d{1,2}))?(?:\\dy(\d{1,2}))?(?:\\hr(\d{1,2}))?"
    r"(?:\\min(\d{1,2}))?"
)


def extract_rtf(data: bytes, path: Path) -> Extracted:
    """Text and metadata of an RTF document."""
    kind = sniff(data)
    if kind is not Kind.RTF:
        if kind is Kind.TEXTLIKE:
            raise ImportRefused(
                path, gettext("is not an RTF file"), gettext("check the file's type")
            )
        raise ImportRefused(
            path,
            gettext("is not an RTF file (it looks like {kind})").format(
                kind=gettext(DESCRIPTIONS[kind])
            ),
            what_to_do(kind),
        )
    codepage = _codepage(data)
    source = data.decode(codepage, errors="replace")  # RTF is 7-bit; raw 8-bit bytes are rare
    warnings: list[str] = []
    documents, left_out = _documents(source)
    if len(documents) == 1 and not left_out:
        text = _convert(source, codepage, warnings)
    else:
        texts = []
        for document in documents:
            own = _codepage(document.encode(codepage, errors="replace"))
            texts.append(_convert(document, own, warnings).strip("\n"))
        text = "\n\n".join(t for t in texts if t)
        if len(documents) > 1:
            warnings.append(
                gettext(
                    "the file holds {count} RTF documents one after another; their texts "
                    "were imported in order, separated by a blank line"
                ).format(count=len(documents))
            )
        if left_out:
            warnings.append(
                ngettext(
                    "{n} characters outside the RTF document(s) (not RTF) were left out",
                    "{n} characters outside the RTF document(s) (not RTF) were left out",
                    left_out,
                )
            )
    meta, variables = file_date_only(_metadata(source, codepage), {"encoding": codepage})
    return Extracted(
        text=text.strip("\n"),
        meta=meta,
        variables=variables,
        warnings=tuple(warnings),
    )


def _documents(source: str) -> tuple[list[str], int]:
    """The top-level ``{\\rtf …}`` groups of ``source`` (an unclosed last one runs to the end),
    and how many characters lie outside them (white space and stray braces not counted). One
    document and nothing else — the usual file — costs one scan of the braces."""
    documents: list[str] = []
    left_out = 0
    depth = start = last_end = 0
    for token in _BRACE_RE.finditer(source):
        brace = token.group()
        if brace == "{":
            if depth == 0:
                left_out += _visible(source[last_end : token.start()])
                start = token.start()
            depth += 1
        elif brace == "}" and depth > 0:
            depth -= 1
            if depth == 0:
                last_end = token.end()
                left_out += _keep(source[start:last_end], documents)
    if depth > 0:
        last_end = len(source)
        left_out += _keep(source[start:], documents)
    left_out += _visible(source[last_end:])
    if not documents:
        return [source], 0
    return documents, left_out


def _visible(chunk: str) -> int:
    return len(_NOT_COUNTED_RE.sub("", chunk))


def _keep(group: str, documents: list[str]) -> int:
    """Keep ``group`` if it is an RTF document; else how many characters it leaves out."""
    if group.startswith("{\\rtf"):
        documents.append(group)
        return 0
    return _visible(group)


def _codepage(data: bytes) -> str:
    match = _ANSICPG_RE.search(data[:4096])
    if match:
        candidate = f"cp{int(match.group(1))}"
        try:
            "".encode(candidate)
        except LookupError:
            logger.info("unknown RTF code page %s", candidate)
        else:
            return candidate
    return "cp1252"


def _convert(source: str, codepage: str, warnings: list[str]) -> str:
    text = _striprtf(source, codepage, warnings)
    charset = _CHARSET_OF_CODEPAGE.get(int(codepage[2:]))
    if charset is None or not _FCHARSET0_RE.search(source) or "\\'" not in source:
        return text
    alternative = _striprtf(_FCHARSET0_RE.sub(f"\\\\fcharset{charset}", source), codepage, [])
    if implausibility(alternative) < implausibility(text):
        logger.info("RTF fonts marked ANSI read with the document code page %s", codepage)
        return alternative
    return text


def _striprtf(source: str, codepage: str, warnings: list[str]) -> str:
    from striprtf.striprtf import rtf_to_text

    try:
        return str(rtf_to_text(source, encoding=codepage, errors="strict"))
    except UnicodeDecodeError:
        warnings.append(
            gettext(
                "some characters are not valid in the document's code page ({codepage}) and "
                "were replaced with “\ufffd”"
            ).format(codepage=codepage)
        )
        return str(rtf_to_text(source, encoding=codepage, errors="replace"))


def _metadata(source: str, codepage: str) -> SourceMeta:
    info_start = source.find("{\\info")
    if info_start < 0:
        return SourceMeta()
    info = source[info_start : info_start + 20_000]
    return SourceMeta(
        title=clean_title(_info_text(info, "title", codepage)),
        author=clean_title(_info_text(info, "author", codepage)),
        published=_created(info),
    )


def _info_text(info: str, field: str, codepage: str) -> str:
    match = re.search(_INFO_FIELD_RE % field, info)
    if match is None:
        return ""
    # Decode the field's escapes by converting it as a tiny document of its own.
    return _striprtf(f"{{\\rtf1\\ansi\\ansicpg{codepage[2:]} {match.group(1)}}}", codepage, [])


def _created(info: str) -> str:
    match = _CREATIM_RE.search(info)
    if match is None:
        return ""
    year, month, day, hour, minute = (int(g) if g else None for g in match.groups())
    try:
        if hour is None and minute is None:
            return iso_from_datetime(datetime(year or 1, month or 1, day or 1))
        return iso_from_datetime(datetime(year or 1, month or 1, day or 1, hour or 0, minute or 0))
    except ValueError:
        return ""

"""Reading a REFI-QDA ``.qdpx`` project into plain data (:mod:`qdpx_model`).

This module knows the standard's XML and the vendors' habits; it knows nothing of Parley's
database. What cannot become Parley data — picture, audio and video sources, PDF selections by
coordinates, sets, graphs, memos attached to nothing Parley keeps — is listed in
``QdpxProject.losses``, as the standard asks (section 7), never silently dropped.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from xml.etree.ElementTree import Element

from desktop_app.domain.refi_vocabulary import (
    DESCRIPTION_VARIABLE,
    NOTES_VARIABLE,
    normalise_guid,
    reference_key,
)
from desktop_app.errors import Cancelled, ImportRefused
from desktop_app.i18n import N_, N_plural, gettext
from desktop_app.importers import limits, qdpx_text
from desktop_app.importers.qdpx_archive import Limits, QdpxArchive
from desktop_app.importers.qdpx_model import (
    LossReport,
    QdpxCase,
    QdpxCode,
    QdpxLink,
    QdpxProject,
    QdpxSelection,
    QdpxSource,
    QdpxUser,
)
from desktop_app.importers.qdpx_xml import Names, local, parse, timestamp
from desktop_app.progress import CancelCheck, ProgressCallback

log = logging.getLogger(__name__)


_COLOR = re.compile(r"^#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
MAX_CODE_DEPTH = 100  # deeper trees are not codebooks but attempts to exhaust the stack
_MEDIA = {
    "PictureSource": N_plural(
        "{n} picture source (Parley keeps text only)",
        "{n} picture sources (Parley keeps text only)",
    ),
    "AudioSource": N_plural(
        "{n} audio source (Parley keeps text only)", "{n} audio sources (Parley keeps text only)"
    ),
    "VideoSource": N_plural(
        "{n} video source (Parley keeps text only)", "{n} video sources (Parley keeps text only)"
    ),
}


def _quoted(text: str, limit: int = 40) -> str:
    flat = " ".join(text.split())
    return f"“{flat if len(flat) <= limit else flat[: limit - 1] + '…'}”"


def _color(value: str | None) -> str:
    match = _COLOR.match((value or "").strip())
    if match is None:
        return ""
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    return "#" + digits.lower()


def _int(value: str | None) -> int | None:
    try:
        return int((value or "").strip())
    except ValueError:
        return None


class _Reader:
    def __init__(
        self,
        archive: QdpxArchive,
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> None:
        self.archive = archive
        self.progress = progress
        self.cancelled = cancelled
        self.losses = LossReport()
        self.notes: dict[str, str] = {}  # note key → text
        self.used_notes: set[str] = set()
        self.variables: dict[str, str] = {}  # variable key → name
        self.n = Names()  # replaced by the document's own namespace once it is parsed
        # sources whose selections wait for the archive's unit: (source, selections, readings)
        self.unplaced: list[
            tuple[
                QdpxSource, list[QdpxSelection], list[tuple[qdpx_text.PositionMap, qdpx_text.Fit]]
            ]
        ] = []

    # -- whole project -------------------------------------------------------------------------

    def read(self) -> QdpxProject:
        member = self.archive.project_member
        root = parse(self.archive.read_project(), self.archive.path, member)
        self.n = Names.of(root)
        if local(root.tag) != "Project":
            what = "a codebook (.qdc)" if local(root.tag) == "CodeBook" else f"<{local(root.tag)}>"
            raise ImportRefused(
                self.archive.path,
                gettext("{member} holds {what}, not a REFI-QDA project").format(
                    member=member, what=what
                ),
                gettext("export the whole project as .qdpx from the other program"),
            )
        self._read_notes(root)
        self._read_variables(root)
        users = self._users(root)
        codebook = root.find(self.n.CodeBook)
        codes_element = codebook.find(self.n.Codes) if codebook is not None else None
        codes = (
            [self._code(c, 1) for c in codes_element.findall(self.n.Code)]
            if codes_element is not None
            else []
        )
        sources = self._sources(root)
        unit = qdpx_text.choose_unit(
            [scored for _, _, scored in self.unplaced], root.get("origin", "")
        )
        for source, raw_selections, scored in self.unplaced:
            position_map = qdpx_text.best_of(scored, unit.unit)
            if position_map.label != qdpx_text.STANDARD:
                log.info("%s: positions read as %s", source.title, position_map.label)
            source.position_convention = position_map.label
            source.selections = self._place(raw_selections, position_map, source.text, source.title)
        project = QdpxProject(
            name=root.get("name", "").strip() or self.archive.path.stem,
            users=users,
            codes=codes,
            sources=sources,
            cases=self._cases(root),
            links=self._links(root),
            losses=self.losses,
            origin=root.get("origin", ""),
            position_note=unit.note,
        )
        self._report_unsupported(root)
        return project

    def _check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise Cancelled()

    def _within_limit(self, text: str, what: str) -> str:
        """``text``, unless it is longer than any importer accepts for one source (the same
        limit as a .txt or .docx file); the archive reader already bounded the bytes."""
        if len(text) > limits.MAX_TEXT_CHARS:
            raise ImportRefused(
                self.archive.path,
                gettext(
                    "{what} is too long: {count:,} characters of text (the limit is {limit:,})"
                ).format(what=what, count=len(text), limit=limits.MAX_TEXT_CHARS),
                gettext("split it in the other program and export the project again"),
            )
        return text

    def _text_member(self, reference: str, what: str) -> qdpx_text.DecodedText | None:
        """The decoded text behind a ``plainTextPath``; None (and a loss) when it cannot be read
        from inside the archive."""
        scheme = reference.partition("://")[0].lower() if "://" in reference else "internal"
        if scheme != "internal":
            self.losses.add(
                N_plural(
                    "{n} source kept outside the archive (not read, for safety)",
                    "{n} sources kept outside the archive (not read, for safety)",
                ),
                _quoted(what),
            )
            return None
        member = self.archive.internal_member(reference)
        if member is None:
            self.losses.add(
                N_plural(
                    "{n} source file missing from the archive",
                    "{n} source files missing from the archive",
                ),
                _quoted(what),
            )
            return None
        decoded = qdpx_text.decode(self.archive.read_member(member))
        if decoded.replaced:
            self.losses.add(
                N_plural(
                    "{n} source not in UTF-8; undecodable bytes became “�”",
                    "{n} sources not in UTF-8; undecodable bytes became “�”",
                ),
                _quoted(what),
            )
        return decoded

    # -- notes, variables, users -----------------------------------------------------------

    def _read_notes(self, root: Element) -> None:
        notes = root.find(self.n.Notes)
        for note in notes.findall(self.n.Note) if notes is not None else ():
            key = reference_key(note.get("guid"))
            text = note.findtext(self.n.PlainTextContent, "")
            path = note.get("plainTextPath")
            if not text and path:
                decoded = self._text_member(path, note.get("name", "note"))
                text = decoded.raw if decoded is not None else ""
            text = qdpx_text.normalise(text).strip()
            title = note.get("name", "").strip()
            self._within_limit(text, f"note {_quoted(title or 'note')}")
            if title and text and not text.startswith(title):
                text = f"{title}\n{text}"
            self.notes[key] = text or title

    def _note_refs(self, element: Element) -> list[str]:
        texts = []
        for ref in element.findall(self.n.NoteRef):
            key = reference_key(ref.get("targetGUID"))
            if key in self.notes:
                self.used_notes.add(key)
                if self.notes[key]:
                    texts.append(self.notes[key])
        return texts

    def _read_variables(self, root: Element) -> None:
        variables = root.find(self.n.Variables)
        for variable in variables.findall(self.n.Variable) if variables is not None else ():
            name = " ".join(variable.get("name", "").split())
            if name:
                self.variables[reference_key(variable.get("guid"))] = name

    def _variable_values(self, element: Element, owner: str) -> dict[str, str]:
        values: dict[str, str] = {}
        for value in element.findall(self.n.VariableValue):
            ref = value.find(self.n.VariableRef)
            name = self.variables.get(
                reference_key(ref.get("targetGUID") if ref is not None else "")
            )
            if name is None:
                self.losses.add(
                    N_plural(
                        "{n} variable value naming no defined variable",
                        "{n} variable values naming no defined variable",
                    ),
                    owner,
                )
                continue
            text = next(
                (
                    (v.text or "").strip()
                    for v in value
                    if isinstance(v.tag, str) and local(v.tag) != "VariableRef"
                ),
                "",
            )
            if text:
                values[name] = text
        return values

    def _users(self, root: Element) -> list[QdpxUser]:
        users = root.find(self.n.Users)
        return [
            QdpxUser(
                key=reference_key(user.get("guid")),
                guid=normalise_guid(user.get("guid")),
                name=" ".join((user.get("name") or user.get("id") or "").split()),
            )
            for user in (users.findall(self.n.User) if users is not None else ())
        ]

    # -- codes ---------------------------------------------------------------------------------

    def _code(self, element: Element, depth: int) -> QdpxCode:
        if depth > MAX_CODE_DEPTH:
            raise ImportRefused(
                self.archive.path,
                gettext("its code tree is nested more than {depth} levels deep").format(
                    depth=MAX_CODE_DEPTH
                ),
                gettext("export the project again from the other program"),
            )
        return QdpxCode(
            key=reference_key(element.get("guid")),
            guid=normalise_guid(element.get("guid")),
            name=" ".join(element.get("name", "").split()),
            codable=element.get("isCodable", "true").strip().lower() not in ("false", "0"),
            color=_color(element.get("color")),
            description=element.findtext(self.n.Description, "").strip(),
            notes=self._note_refs(element),
            children=[self._code(c, depth + 1) for c in element.findall(self.n.Code)],
        )

    # -- sources ---------------------------------------------------------------------------

    def _sources(self, root: Element) -> list[QdpxSource]:
        container = root.find(self.n.Sources)
        elements = list(container) if container is not None else []
        result: list[QdpxSource] = []
        for done, element in enumerate(elements):
            self._check_cancel()
            if not isinstance(element.tag, str):
                continue
            kind = local(element.tag)
            name = element.get("name", "") or kind
            if self.progress is not None:
                self.progress(done, len(elements), name)
            if kind == "TextSource":
                source = self._text_source(element, element, "txt")
            elif kind == "PDFSource":
                source = self._pdf_source(element)
            elif kind in _MEDIA:
                self.losses.add(_MEDIA[kind], _quoted(name))
                continue
            else:
                self.losses.add(
                    N_plural(
                        "{n} source of a kind Parley does not know",
                        "{n} sources of a kind Parley does not know",
                    ),
                    f"<{kind}>",
                )
                continue
            if source is not None:
                result.append(source)
        return result

    def _pdf_source(self, element: Element) -> QdpxSource | None:
        name = element.get("name", "") or "PDF"
        pdf_selections = len(element.findall(self.n.PDFSelection))
        if pdf_selections:
            self.losses.add(
                N_plural(
                    "{n} PDF selection by page coordinates (Parley codes text only)",
                    "{n} PDF selections by page coordinates (Parley codes text only)",
                ),
                _quoted(name),
                count=pdf_selections,
            )
        representation = element.find(self.n.Representation)
        if representation is None:
            self.losses.add(
                N_plural(
                    "{n} PDF source without a plain-text representation",
                    "{n} PDF sources without a plain-text representation",
                ),
                _quoted(name),
            )
            return None
        return self._text_source(representation, element, "pdf")

    def _text_source(self, element: Element, outer: Element, file_format: str) -> QdpxSource | None:
        """A TextSource (or a PDF's text Representation, with ``outer`` the PDFSource)."""
        title = " ".join((outer.get("name") or element.get("name") or "").split()) or "Untitled"
        decoded: qdpx_text.DecodedText | None
        path = element.get("plainTextPath")
        if path:
            decoded = self._text_member(path, title)
            if decoded is None:
                return None
        elif element.find(self.n.PlainTextContent) is not None:
            content = element.findtext(self.n.PlainTextContent, "")
            had_bom = content.startswith("\ufeff")
            decoded = qdpx_text.DecodedText(content[1:] if had_bom else content, had_bom, 0)
        else:
            without = (
                N_plural(
                    "{n} text source without plain text (only rich text: import its .docx "
                    "separately)",
                    "{n} text sources without plain text (only rich text: import their .docx "
                    "separately)",
                )
                if element.get("richTextPath")
                else N_plural(
                    "{n} text source without plain text", "{n} text sources without plain text"
                )
            )
            self.losses.add(without, _quoted(title))
            return None
        text = self._within_limit(qdpx_text.normalise(decoded.raw), f"source {_quoted(title)}")
        raw_selections = self._raw_selections(element, title)
        scored = qdpx_text.fits(
            text,
            qdpx_text.candidate_maps(decoded),
            [(s.start, s.end, s.name) for s in raw_selections],
        )
        variables = self._variable_values(element, _quoted(title))
        if outer is not element:
            variables = {**self._variable_values(outer, _quoted(title)), **variables}
        description = outer.findtext(self.n.Description, "").strip()
        if description:
            variables.setdefault(DESCRIPTION_VARIABLE, description)
        source_notes = self._note_refs(element) + (
            self._note_refs(outer) if outer is not element else []
        )
        if source_notes:
            variables.setdefault(NOTES_VARIABLE, "\n\n".join(source_notes))
        whole = len(element.findall(self.n.Coding)) + (
            len(outer.findall(self.n.Coding)) if outer is not element else 0
        )
        if whole:
            self.losses.add(
                N_plural(
                    "{n} coding of whole sources (Parley codes spans of text)",
                    "{n} codings of whole sources (Parley codes spans of text)",
                ),
                _quoted(title),
                count=whole,
            )
        other_keys = (reference_key(element.get("guid")),) if outer is not element else ()
        source = QdpxSource(
            key=reference_key(outer.get("guid")),
            guid=normalise_guid(outer.get("guid")),
            title=title,
            text=text,
            file_format=file_format,
            variables=variables,
            other_keys=other_keys,
            created_at=timestamp(outer.get("creationDateTime")),
            user_key=reference_key(outer.get("creatingUser")),
        )
        # Placed once every source is read: the unit of positions is decided per archive.
        self.unplaced.append((source, raw_selections, scored))
        return source

    def _raw_selections(self, element: Element, title: str) -> list[QdpxSelection]:
        found = []
        for selection in element.findall(self.n.PlainTextSelection):
            start = _int(selection.get("startPosition"))
            end = _int(selection.get("endPosition"))
            name = selection.get("name", "")
            if start is None or end is None:
                self.losses.add(
                    N_plural(
                        "{n} selection without whole-number positions",
                        "{n} selections without whole-number positions",
                    ),
                    _quoted(title),
                )
                continue
            note_parts = [
                selection.findtext(self.n.Description, "").strip(),
                *self._note_refs(selection),
            ]
            codings = [
                (ref, coding.get("creatingUser"))
                for coding in selection.findall(self.n.Coding)
                if (ref := coding.find(self.n.CodeRef)) is not None
            ]
            found.append(
                QdpxSelection(
                    key=reference_key(selection.get("guid")),
                    guid=normalise_guid(selection.get("guid")),
                    name=name,
                    start=start,
                    end=end,
                    code_keys=[reference_key(ref.get("targetGUID")) for ref, _ in codings],
                    user_key=reference_key(selection.get("creatingUser")),
                    coding_user_keys=[reference_key(user) for _, user in codings],
                    created_at=timestamp(selection.get("creationDateTime")),
                    modified_at=timestamp(selection.get("modifiedDateTime")),
                    note="\n\n".join(part for part in note_parts if part),
                )
            )
        return found

    def _place(
        self,
        selections: list[QdpxSelection],
        position_map: qdpx_text.PositionMap,
        text: str,
        title: str,
    ) -> list[QdpxSelection]:
        """Selections moved into the normalised text; those outside it are reported."""
        placed = []
        for selection in selections:
            start, end = position_map(selection.start), position_map(selection.end)
            if not 0 <= start < end <= len(text):
                self.losses.add(
                    N_plural(
                        "{n} selection outside their source's text (skipped)",
                        "{n} selections outside their source's text (skipped)",
                    ),
                    f"{_quoted(title)} {selection.start}–{selection.end} of {len(text)} characters",
                )
                continue
            selection.start, selection.end = start, end
            placed.append(selection)
        return placed

    # -- cases and links -------------------------------------------------------------------

    def _cases(self, root: Element) -> list[QdpxCase]:
        container = root.find(self.n.Cases)
        cases: list[QdpxCase] = []
        for element in container.findall(self.n.Case) if container is not None else ():
            name = " ".join(element.get("name", "").split()) or f"Case {len(cases) + 1}"
            for tag, what in (
                ("CodeRef", N_plural("{n} code attached to cases", "{n} codes attached to cases")),
                ("VariableValue", N_plural("{n} case variable value", "{n} case variable values")),
                (
                    "SelectionRef",
                    N_plural("{n} selection attached to cases", "{n} selections attached to cases"),
                ),
            ):
                count = len(element.findall(self.n.prefix + tag))
                if count:
                    self.losses.add(what, _quoted(name), count=count)
            description = "\n\n".join(
                part
                for part in (
                    element.findtext(self.n.Description, "").strip(),
                    *self._note_refs(element),
                )
                if part
            )
            cases.append(
                QdpxCase(
                    key=reference_key(element.get("guid")),
                    guid=normalise_guid(element.get("guid")),
                    name=name,
                    description=description,
                    source_keys=[
                        reference_key(r.get("targetGUID"))
                        for r in element.findall(self.n.SourceRef)
                    ],
                )
            )
        return cases

    def _links(self, root: Element) -> list[QdpxLink]:
        container = root.find(self.n.Links)
        return [
            QdpxLink(
                key=reference_key(element.get("guid")),
                guid=normalise_guid(element.get("guid")),
                name=" ".join(element.get("name", "").split()),
                direction=element.get("direction", "").strip(),
                origin_key=reference_key(element.get("originGUID")),
                target_key=reference_key(element.get("targetGUID")),
            )
            for element in (container.findall(self.n.Link) if container is not None else ())
        ]

    def _report_unsupported(self, root: Element) -> None:
        for container, item, what in (
            (
                "Sets",
                "Set",
                N_plural("{n} set (Parley has no sets)", "{n} sets (Parley has no sets)"),
            ),
            ("Graphs", "Graph", N_plural("{n} graph", "{n} graphs")),
        ):
            found = root.find(self.n.prefix + container)
            names = (
                [_quoted(e.get("name", "") or item) for e in found.findall(self.n.prefix + item)]
                if found is not None
                else []
            )
            for name in names:
                self.losses.add(what, name)
        unused = [key for key in self.notes if key not in self.used_notes]
        for key in unused:
            self.losses.add(
                N_plural(
                    "{n} note (memo) attached to nothing Parley keeps",
                    "{n} notes (memo) attached to nothing Parley keeps",
                ),
                _quoted(self.notes[key]),
            )
        if root.findtext(self.n.Description, "").strip() or root.find(self.n.NoteRef) is not None:
            self.losses.add(N_("the project's own description and notes"))


def read_qdpx(
    path: Path,
    *,
    limits: Limits | None = None,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> QdpxProject:
    """Read ``path`` into plain data, or raise ImportRefused with one clear line."""
    with QdpxArchive(Path(path), limits) as archive:
        project = _Reader(archive, progress, cancelled).read()
    log.info(
        "read %s: %d sources, %d top-level codes, %d links",
        path,
        len(project.sources),
        len(project.codes),
        len(project.links),
    )
    return project

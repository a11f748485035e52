"""Writing a project as a REFI-QDA ``.qdpx`` (project exchange, QDA-XML 1.0).

The archive holds ``project.qde`` (namespace ``urn:QDA-XML:project:1.0``, elements in the order
``Project.xsd`` demands) and ``sources/<GUID>.txt`` — each source's plain text exactly as Parley
stores and annotates it, UTF-8 without a byte-order mark, so every ``PlainTextSelection``'s
``startPosition``/``endPosition`` are Parley's own offsets: code points, 0-based, end exclusive.

GUIDs are Parley's stored ones; what Parley keeps no GUID for (codings, variables, users) gets a
GUID derived from stable names, so exporting the same project twice gives the same GUIDs. The
three built-in roots become top-level codes with ``isCodable="false"``. Parley-only code details
(speaker aliases, role, affiliation, side; condition categories) ride in code descriptions (see
:mod:`desktop_app.domain.refi_vocabulary`); source metadata becomes project ``Variables``.

Validity against the bundled ``resources/refi-qda/Project.xsd`` is proven by the tests (with
lxml, a development dependency), not checked at run time: the writer only ever emits elements
in the schema's order, and run-time validation would add a native library to every installer to
re-check what the tests already guarantee.
"""

from __future__ import annotations

import logging
import re
import zipfile
from collections.abc import Callable
from datetime import UTC, date, datetime
from pathlib import Path
from xml.etree.ElementTree import Element, ElementTree, SubElement, indent

from desktop_app import __version__
from desktop_app.domain.model import Annotation, Code, Source
from desktop_app.domain.refi_vocabulary import (
    DESCRIPTION_VARIABLE,
    FIELD_VARIABLES,
    NAMESPACE,
    OUTLET_VARIABLES,
    derived_guid,
    field_for_variable,
    format_code_description,
    normalise_guid,
    outlet_detail_for_variable,
)
from desktop_app.domain.snapshot import ProjectSnapshot
from desktop_app.errors import Cancelled, ExportError
from desktop_app.exporting.contract import CancelCheck, ExportOptions, ProgressCallback
from desktop_app.i18n import gettext

log = logging.getLogger(__name__)

MAX_INTERNAL_FILE = 2**31 - 1  # the standard's limit for one internal file (section 8.5)
NAME_CHARS = 100  # a selection's name: its quote, cut to this many characters with "…"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_RGB = re.compile(r"^#([0-9a-fA-F]{6}|[0-9a-fA-F]{3})$")
_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_DATETIME = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$")


class _Writer:
    def __init__(self, snapshot: ProjectSnapshot) -> None:
        self.snapshot = snapshot
        self.replaced = 0  # characters XML cannot hold, replaced by U+FFFD
        self.renamed_variables: list[str] = []
        self.user_guids = {name: derived_guid("user", name) for name in snapshot.coders}

    # -- text hygiene --------------------------------------------------------------------------

    def _safe(self, text: str) -> str:
        """Text XML 1.0 can hold. Element text also loses "\\r" (a parser would drop it anyway);
        Parley's own texts never contain one."""
        cleaned, count = _NOT_XML.subn("\ufffd", text)
        self.replaced += count
        return cleaned

    def _text(self, parent: Element, tag: str, text: str) -> Element:
        element = SubElement(parent, tag)
        element.text = self._safe(text.replace("\r\n", "\n").replace("\r", "\n"))
        return element

    def _user(self, name: str) -> str | None:
        if not name:
            return None
        return self.user_guids.setdefault(name, derived_guid("user", name))

    # -- the document --------------------------------------------------------------------------

    def project(self, progress: ProgressCallback | None, cancelled: CancelCheck | None) -> Element:
        snapshot = self.snapshot
        root = Element("Project")
        root.set("xmlns", NAMESPACE)
        root.set("name", self._safe(snapshot.name or "Parley project"))
        root.set("origin", f"Parley {__version__}")
        if _is_datetime(snapshot.created_at):
            root.set("creationDateTime", snapshot.created_at)
        root.set("modifiedDateTime", datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"))
        self._users(root)
        self._codebook(root)
        variables = self._variables(root)
        self._cases(root)
        self._sources(root, variables, progress, cancelled)
        self._links(root)
        return root

    def _users(self, root: Element) -> None:
        names = sorted(
            set(self.snapshot.coders) | {a.coder for a in self.snapshot.annotations if a.coder}
        )
        if not names:
            return
        users = SubElement(root, "Users")
        for name in names:
            guid = self._user(name)
            assert guid is not None
            SubElement(users, "User", guid=guid, name=self._safe(name))

    def _codebook(self, root: Element) -> None:
        codes_element = SubElement(SubElement(root, "CodeBook"), "Codes")
        elements: dict[int, Element] = {}
        for code in self.snapshot.codes:  # parents come before their children
            parent = elements.get(code.parent_id) if code.parent_id is not None else None
            container = parent if parent is not None else codes_element
            elements[code.id] = self._code(container, code)

    def _code(self, container: Element, code: Code) -> Element:
        element = SubElement(
            container,
            "Code",
            guid=_guid(code.guid, "code"),
            name=self._safe(code.name),
            isCodable="false" if code.builtin else "true",
        )
        if _RGB.match(code.color or ""):
            element.set("color", code.color)
        description = format_code_description(code.description, code.category, code.speaker)
        if description:
            self._text(element, "Description", description)
        return element

    def _variables(self, root: Element) -> list[tuple[str, str, str, Callable[[Source], str]]]:
        """Define the Variables that have a value somewhere: (guid, name, type, getter)."""
        sources = self.snapshot.sources
        candidates: list[tuple[str, Callable[[Source], str]]] = [
            (label, _field_getter(field)) for field, label in FIELD_VARIABLES.items()
        ]
        candidates += [
            (label, self._outlet_getter(detail)) for detail, label in OUTLET_VARIABLES.items()
        ]
        extra_names = sorted(
            {name for s in sources for name in s.variables if name != DESCRIPTION_VARIABLE}
        )
        for name in extra_names:
            written = name
            if field_for_variable(name) is not None or outlet_detail_for_variable(name):
                written = f"{name} (variable)"
                self.renamed_variables.append(name)
            candidates.append((written, _variable_getter(name)))
        defined = []
        for name, getter in candidates:
            values = [v for s in sources if (v := getter(s))]
            if not values:
                continue
            kind = "Text"
            if all(_is_date(v) for v in values):
                kind = "Date"
            elif all(_is_datetime(v) for v in values):
                kind = "DateTime"
            guid = derived_guid(self.snapshot.guid, "variable", name)
            defined.append((guid, name, kind, getter))
        if defined:
            container = SubElement(root, "Variables")
            for guid, name, kind, _ in defined:
                SubElement(
                    container, "Variable", guid=guid, name=self._safe(name), typeOfVariable=kind
                )
        return defined

    def _outlet_getter(self, detail: str) -> Callable[[Source], str]:
        """A source's outlet's groups ("a; b"), country or type, "" when it has no outlet."""

        def get(source: Source) -> str:
            outlet = self.snapshot.outlet_of(source)
            if outlet is None:
                return ""
            if detail == "groups":
                return outlet.groups_text
            return outlet.country if detail == "country" else outlet.type_label

        return get

    def _cases(self, root: Element) -> None:
        if not self.snapshot.cases:
            return
        exported = self.snapshot.sources_by_id
        container = SubElement(root, "Cases")
        for case in self.snapshot.cases:
            element = SubElement(
                container, "Case", guid=_guid(case.guid, "case"), name=self._safe(case.name)
            )
            if case.description:
                self._text(element, "Description", case.description)
            for source_id in case.source_ids:
                if source_id in exported:
                    SubElement(
                        element, "SourceRef", targetGUID=_guid(exported[source_id].guid, "source")
                    )

    def _sources(
        self,
        root: Element,
        variables: list[tuple[str, str, str, Callable[[Source], str]]],
        progress: ProgressCallback | None,
        cancelled: CancelCheck | None,
    ) -> None:
        sources = self.snapshot.sources
        if not sources:
            return
        by_source: dict[int, list[Annotation]] = {}
        for annotation in self.snapshot.annotations:
            by_source.setdefault(annotation.source_id, []).append(annotation)
        container = SubElement(root, "Sources")
        for done, source in enumerate(sources):
            if cancelled is not None and cancelled():
                raise Cancelled()
            if progress is not None:
                progress(done, len(sources), source.title)
            guid = _guid(source.guid, "source")
            element = SubElement(
                container,
                "TextSource",
                guid=guid,
                name=self._safe(source.title),
                plainTextPath=f"internal://{guid}.txt",
            )
            if _is_datetime(source.imported_at):
                element.set("creationDateTime", source.imported_at)
            description = source.variables.get(DESCRIPTION_VARIABLE, "")
            if description:
                self._text(element, "Description", description)
            text = self.snapshot.texts.get(source.id, "")
            for annotation in by_source.get(source.id, ()):
                self._selection(element, annotation, text)
            for variable_guid, _name, kind, getter in variables:
                value = getter(source)
                if value:
                    holder = SubElement(element, "VariableValue")
                    SubElement(holder, "VariableRef", targetGUID=variable_guid)
                    self._text(holder, f"{kind}Value", value)

    def _selection(self, parent: Element, annotation: Annotation, text: str) -> None:
        quote = text[annotation.start : annotation.end] or annotation.quote
        name = quote if len(quote) <= NAME_CHARS else quote[: NAME_CHARS - 1] + "…"
        element = SubElement(
            parent,
            "PlainTextSelection",
            guid=_guid(annotation.guid, "annotation"),
            name=self._safe(name),
            startPosition=str(annotation.start),
            endPosition=str(annotation.end),
        )
        user = self._user(annotation.coder)
        if user:
            element.set("creatingUser", user)
        created = annotation.created_at if _is_datetime(annotation.created_at) else ""
        if created:
            element.set("creationDateTime", created)
        if user and _is_datetime(annotation.updated_at):
            element.set("modifyingUser", user)
            element.set("modifiedDateTime", annotation.updated_at)
        if annotation.note:
            self._text(element, "Description", annotation.note)
        codes = self.snapshot.codes_by_id
        for code_id in annotation.code_ids:
            code = codes.get(code_id)
            if code is None:
                continue
            code_guid = _guid(code.guid, "code")
            coding = SubElement(element, "Coding", guid=derived_guid(annotation.guid, code_guid))
            if user:
                coding.set("creatingUser", user)
            if created:
                coding.set("creationDateTime", created)
            SubElement(coding, "CodeRef", targetGUID=code_guid)

    def _links(self, root: Element) -> None:
        annotations = self.snapshot.annotations_by_id
        links = [
            link
            for link in self.snapshot.links
            if link.from_id in annotations and link.to_id in annotations
        ]
        if not links:
            return
        container = SubElement(root, "Links")
        for link in links:
            SubElement(
                container,
                "Link",
                guid=_guid(link.guid, "link"),
                name=self._safe(link.relation),
                direction="OneWay",
                originGUID=_guid(annotations[link.from_id].guid, "annotation"),
                targetGUID=_guid(annotations[link.to_id].guid, "annotation"),
            )

    def notes(self) -> list[str]:
        """What the standard cannot carry, for the person exporting (section 7)."""
        notes = []
        detailed = [
            c
            for c in self.snapshot.codes
            if c.category
            or c.speaker.aliases
            or c.speaker.role
            or c.speaker.affiliation
            or c.speaker.side
        ]
        if detailed:
            notes.append(
                gettext(
                    "{count} code(s) have details the standard has no field for (speakers' "
                    "aliases, role, affiliation and side; conditions' categories); they are "
                    "written into the code descriptions as “Key: value” lines, which Parley reads "
                    "back and other programs show as text"
                ).format(count=len(detailed))
            )
        if self.snapshot.sources:
            notes.append(
                gettext(
                    "sources' original file names, formats and checksums are not part of the "
                    "standard and stay in Parley; outlet, date, language, author, URL and coding "
                    "status are written as Variables"
                )
            )
        for name in self.renamed_variables:
            notes.append(
                gettext("the source variable “{name}” was written as “{name} (variable)”").format(
                    name=name
                )
            )
        if self.replaced:
            notes.append(
                gettext(
                    "{count} character(s) that XML cannot hold were replaced by “\ufffd” in "
                    "names, notes or descriptions (source texts are unchanged)"
                ).format(count=self.replaced)
            )
        return notes


def _guid(value: str, kind: str) -> str:
    """The stored GUID in the standard's form; a stored value that is not a GUID gets a stable
    derived one (it never happens for data Parley created)."""
    return normalise_guid(value) or derived_guid(kind, value)


def _is_date(value: str) -> bool:
    if not _DATE.match(value):
        return False
    try:
        date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_datetime(value: str) -> bool:
    if not value or not _DATETIME.match(value):
        return False
    try:
        datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def _field_getter(field: str) -> Callable[[Source], str]:
    if field == "status":
        return lambda source: source.status.label
    return lambda source: str(getattr(source, field) or "").strip()


def _variable_getter(name: str) -> Callable[[Source], str]:
    return lambda source: source.variables.get(name, "")


def write_qdpx(
    snapshot: ProjectSnapshot,
    path: Path,
    options: ExportOptions,
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
) -> list[str]:
    """Write ``snapshot`` to ``path`` (the caller makes it atomic); returns notes on what the
    standard could not carry."""
    del options  # nothing to choose: the standard fixes the layout
    writer = _Writer(snapshot)
    root = writer.project(progress, cancelled)
    texts = []
    for source in snapshot.sources:
        data = snapshot.texts.get(source.id, "").encode("utf-8")
        if len(data) > MAX_INTERNAL_FILE:
            raise ExportError(
                gettext("“{title}” is larger than the 2 GB a REFI-QDA source may hold").format(
                    title=source.title
                ),
                gettext("export without that source"),
            )
        texts.append((f"sources/{_guid(source.guid, 'source')}.txt", data))
    indent(root)  # analysts do open project.qde; text-bearing elements are left as they are
    stamp = datetime.now().timetuple()[:6]
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        project_info = zipfile.ZipInfo("project.qde", date_time=stamp)
        project_info.compress_type = zipfile.ZIP_DEFLATED
        with archive.open(project_info, "w") as handle:
            ElementTree(root).write(handle, encoding="utf-8", xml_declaration=True)
        for name, data in texts:
            if cancelled is not None and cancelled():
                raise Cancelled()
            archive.writestr(name, data)
    if progress is not None:
        progress(len(texts), len(texts), "done")
    log.info(
        "wrote %s: %d sources, %d selections",
        path,
        len(snapshot.sources),
        len(snapshot.annotations),
    )
    return writer.notes()

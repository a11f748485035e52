"""Adding, editing and removing sources.

Files are parsed before the transaction opens (parsing is slow and may fail); then every good
document is inserted in one transaction, so an import is all-or-nothing per call and one undo
removes it. Bad files are reported, never half-imported.
"""

from __future__ import annotations

import logging
import uuid
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from desktop_app.clock import now_iso
from desktop_app.domain.dates import NotADate, parse_date
from desktop_app.domain.model import CodingStatus, Source, SourceMeta
from desktop_app.domain.outlets import outlet_key
from desktop_app.domain.textfold import fold
from desktop_app.errors import Cancelled, ImportRefused, InvalidChange, NotFound
from desktop_app.i18n import gettext, ngettext
from desktop_app.importers.document import ImportedDocument
from desktop_app.progress import CancelCheck, ProgressCallback
from desktop_app.services.outlets import settle_outlets
from desktop_app.services.project import Project
from desktop_app.storage import sources as store
from desktop_app.textsafe import printable_name

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Duplicate:
    name: str
    existing_title: str


@dataclass
class ImportReport:
    added: list[Source] = field(default_factory=list)
    duplicates: list[Duplicate] = field(default_factory=list)
    refused: list[ImportRefused] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    # Files in imported folders left out as not a supported type (folder name / path inside).
    skipped: list[Path] = field(default_factory=list)
    # REFI-QDA projects (.qdpx) among the paths or in the folders: not sources, so not imported
    # here; the caller imports each as its own operation (services.refi) or lists them.
    archives: list[Path] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.refused


def list_sources(project: Project, ids: Iterable[int] | None = None) -> list[Source]:
    with project.read() as reader:
        return store.list_sources(reader, ids)


def source_ids(project: Project) -> list[int]:
    """Every source's id, in the sources' order."""
    with project.read() as reader:
        return store.source_ids(reader)


def texts_of(project: Project, source_ids: Iterable[int]) -> dict[int, str]:
    """The plain texts of ``source_ids`` (absent: deleted), in one read."""
    with project.read() as reader:
        return store.texts(reader, source_ids)


def get_source(project: Project, source_id: int) -> Source:
    with project.read() as reader:
        source = store.get_source(reader, source_id)
    if source is None:
        raise NotFound(
            gettext("there is no source {source_id}").format(source_id=source_id),
            gettext("it may have been deleted"),
        )
    return source


def get_text(project: Project, source_id: int) -> str:
    with project.read() as reader:
        text = store.get_text(reader, source_id)
    if text is None:
        raise NotFound(
            gettext("there is no source {source_id}").format(source_id=source_id),
            gettext("it may have been deleted"),
        )
    return text


def resolve_source(project: Project, reference: str) -> Source:
    """A source named by id, GUID, or a unique (case-insensitive) title prefix."""
    sources = list_sources(project)
    if reference.isdigit():
        for source in sources:
            if source.id == int(reference):
                return source
    for source in sources:
        if source.guid.lower() == reference.strip("{}").lower():
            return source
    folded = fold(reference)
    matches = [s for s in sources if fold(s.title).startswith(folded)]
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise InvalidChange(
            gettext("“{reference}” matches {count} sources").format(
                reference=reference, count=len(matches)
            ),
            gettext("give the source's id instead"),
        )
    raise NotFound(
        gettext("there is no source “{reference}”").format(reference=reference),
        gettext("list them with 'parley info'"),
    )


def add_documents(
    project: Project, documents: Sequence[ImportedDocument], label: str | None = None
) -> ImportReport:
    """Add already-loaded documents in one operation; same-bytes duplicates are skipped.

    The duplicate check runs inside the write transaction: two imports of the same files at
    once queue there, so the second finds what the first stored (and the database's unique
    index on the content hash is the backstop)."""
    report = ImportReport()
    if not documents:
        return report
    documents = [_storable(d) for d in documents]
    for document in documents:
        report.warnings.extend(f"{document.original_name}: {w}" for w in document.warnings)
    if label is None:
        with project.read() as reader:
            label = _label(_fresh(documents, store.find_by_sha256(reader, _digests(documents))))
    if not label:
        report.duplicates = _duplicates(documents, project)
        return report
    with project.operation(label) as tx:
        existing = store.find_by_sha256(tx, _digests(documents))
        fresh = _fresh(documents, existing)
        report.duplicates = _duplicate_list(documents, existing)
        if not fresh:
            return report
        position = store.next_position(tx)
        now = now_iso()
        outlets = settle_outlets(tx, [(d.meta.outlet, d.meta.url) for d in fresh])
        rows = [
            _row(d, now, position + index, outlet)
            for index, (d, outlet) in enumerate(zip(fresh, outlets, strict=True))
        ]
        ids = store.insert_sources(tx, rows)
        store.add_variables(
            tx, {i: d.variables for i, d in zip(ids, fresh, strict=True) if d.variables}
        )
        store.keep_originals(tx, {d.sha256: d.original for d in fresh if d.original})
    report.added = store.inserted_sources(tx)
    return report


def paste_text(project: Project, text: str) -> ImportReport:
    """Add pasted text as a new source (one undoable operation, "Paste a new source"): normalised
    like a file, titled by its first line; the same text pasted twice is reported as a duplicate.
    Raises :class:`~desktop_app.errors.ImportRefused` for text that is only whitespace."""
    from desktop_app.importers.loader import document_from_text  # as import_paths: lazily

    return add_documents(project, [document_from_text(text)], "Paste a new source")


def _storable(document: ImportedDocument) -> ImportedDocument:
    """A document whose name can be stored and shown (undecodable bytes of a file name become
    U+FFFD; the file was read by its real name) and which has a title."""
    name = printable_name(document.original_name)
    title = printable_name(document.meta.title) or Path(name).stem or name
    if name == document.original_name and title == document.meta.title:
        return document
    return replace(document, original_name=name, meta=replace(document.meta, title=title))


def _digests(documents: Sequence[ImportedDocument]) -> list[str]:
    return [d.sha256 for d in documents]


def _fresh(
    documents: Sequence[ImportedDocument], existing: dict[str, tuple[int, str]]
) -> list[ImportedDocument]:
    """The documents to add: not in the project, and each content once."""
    seen: set[str] = set()
    fresh: list[ImportedDocument] = []
    for document in documents:
        if document.sha256 not in existing and document.sha256 not in seen:
            seen.add(document.sha256)
            fresh.append(document)
    return fresh


def _duplicate_list(
    documents: Sequence[ImportedDocument], existing: dict[str, tuple[int, str]]
) -> list[Duplicate]:
    duplicates: list[Duplicate] = []
    seen: dict[str, str] = {}
    for document in documents:
        if document.sha256 in existing:
            duplicates.append(Duplicate(document.original_name, existing[document.sha256][1]))
        elif document.sha256 in seen:
            duplicates.append(Duplicate(document.original_name, seen[document.sha256]))
        else:
            seen[document.sha256] = document.meta.title or document.original_name
    return duplicates


def _duplicates(documents: Sequence[ImportedDocument], project: Project) -> list[Duplicate]:
    with project.read() as reader:
        return _duplicate_list(documents, store.find_by_sha256(reader, _digests(documents)))


def _label(fresh: Sequence[ImportedDocument]) -> str:
    if not fresh:
        return ""
    count = len(fresh)
    if count == 1:
        return gettext("Import “{title}”").format(title=fresh[0].meta.title)
    return ngettext("Import {n} source", "Import {n} sources", count)


def _row(d: ImportedDocument, now: str, position: int, outlet: str) -> dict[str, object]:
    return {
        "guid": str(uuid.uuid4()),
        "title": d.meta.title,
        "outlet": outlet or d.meta.outlet,
        "author": d.meta.author,
        "published": d.meta.published,
        "url": d.meta.url,
        "language": d.meta.language,
        "original_name": d.original_name,
        "file_format": d.file_format,
        "sha256": d.sha256,
        "imported_at": now,
        "status": CodingStatus.TODO.value,
        "characters": len(d.text),
        "text": d.text,
        "folded_text": fold(d.text),
        "position": position,
    }


def import_paths(
    project: Project,
    paths: Iterable[Path],
    progress: ProgressCallback | None = None,
    cancelled: CancelCheck | None = None,
    encoding: str | None = None,
) -> ImportReport:
    """Import files and folders (recursively). One bad file does not stop the good ones;
    cancelling leaves the project exactly as it was. ``encoding`` (see
    ``services.encodings.encoding_name``) reads every .txt, .md and .html file in it."""
    from desktop_app.importers.loader import iter_source_files, load_document

    skipped: list[Path] = []
    archives: list[Path] = []
    files = list(iter_source_files([Path(p) for p in paths], skipped, archives))
    documents: list[ImportedDocument] = []
    refused: list[ImportRefused] = []
    for done, path in enumerate(files):
        if cancelled is not None and cancelled():
            raise Cancelled()
        if progress is not None:
            progress(done, len(files), path.name)
        try:
            documents.append(load_document(path, encoding))
        except ImportRefused as refusal:
            log.info("refused %s: %s", path, refusal)
            refused.append(refusal)
    if cancelled is not None and cancelled():
        raise Cancelled()
    if progress is not None:
        progress(len(files), len(files), gettext("storing"))
    report = add_documents(project, documents)
    report.refused = refused
    report.skipped = skipped
    report.archives = archives
    return report


def update_metadata(project: Project, source_id: int, meta: SourceMeta) -> Source:
    values = {name: getattr(meta, name).strip() for name in store.EDITABLE_FIELDS}
    if not values["title"]:
        raise InvalidChange(gettext("a source needs a title"), gettext("type a title"))
    try:  # stored as ISO whatever form it was typed in, so it sorts and shows alike
        values["published"] = parse_date(values["published"])
    except NotADate as refused:
        what, _, todo = str(refused).partition(" — ")
        raise InvalidChange(what, todo) from None
    current = get_source(project, source_id)
    with project.operation(gettext("Edit details of “{title}”").format(title=current.title)) as tx:
        if outlet_key(values["outlet"]) != outlet_key(current.outlet) or (
            values["url"] != current.url and not values["outlet"]
        ):  # a new outlet name is an outlet (an existing one's spelling is that one)
            (found,) = settle_outlets(tx, [(values["outlet"], values["url"])])
            values["outlet"] = found or values["outlet"]
        store.update_source(tx, source_id, values)
    return get_source(project, source_id)


def set_variables(project: Project, source_id: int, variables: dict[str, str]) -> Source:
    current = get_source(project, source_id)
    with project.operation(gettext("Edit details of “{title}”").format(title=current.title)) as tx:
        store.set_variables(tx, source_id, variables)
    return get_source(project, source_id)


def set_status(project: Project, source_ids: Sequence[int], status: CodingStatus) -> None:
    sources = list_sources(project, source_ids)
    if not sources:
        return
    count = len(sources)
    label = (
        gettext("Mark “{title}” as {status}")
        if count == 1
        else ngettext("Mark {n} source as {status}", "Mark {n} sources as {status}", count)
    ).format(title=sources[0].title, status=gettext(status.label))
    with project.operation(label) as tx:
        for source in sources:
            store.update_source(tx, source.id, {"status": status.value})


def delete_sources(project: Project, source_ids: Sequence[int]) -> None:
    sources = list_sources(project, source_ids)
    if not sources:
        return
    count = len(sources)
    label = (
        gettext("Delete “{title}”").format(title=sources[0].title)
        if count == 1
        else ngettext("Delete {n} source", "Delete {n} sources", count)
    )
    with project.operation(label) as tx:
        for source in sources:
            store.delete_source(tx, source.id)

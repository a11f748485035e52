"""The reading engine over an open project: builds the engine's plain inputs from the codebook
and the coded conditions, and runs it for one source or for all.

Read-only: nothing here changes the project (accepting and rejecting suggestions are operations
of ``services/suggestions.py``). Safe to call from a worker thread: each call reads through its
own ``project.read()``, and the engine itself is pure.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence

from desktop_app.domain.model import Code, CodeKind
from desktop_app.domain.suggestions import (
    SUGGESTION_KINDS,
    CodedWording,
    ReadingCode,
    ReadingInputs,
    SpeakerCandidate,
    SuggestionKind,
    SuggestionResult,
)
from desktop_app.errors import Cancelled
from desktop_app.reading.suggest import aliases, candidates
from desktop_app.reading.suggest.engine import PreparedReading, prepare, suggest_for_source
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project


def code_paths(codes: Sequence[Code]) -> dict[int, str]:
    """ "Root/…/Name" of every code (e.g. "Speakers/Vladimir Putin")."""
    by_id = {c.id: c for c in codes}
    paths: dict[int, str] = {}

    def path(code: Code) -> str:
        known = paths.get(code.id)
        if known is not None:
            return known
        parent = by_id.get(code.parent_id) if code.parent_id is not None else None
        found = code.name if parent is None else f"{path(parent)}/{code.name}"
        paths[code.id] = found
        return found

    for code in codes:
        path(code)
    return paths


def code_paths_of(project: Project) -> dict[int, str]:
    """ "Root/Name" of every code of the project, by id."""
    return code_paths(codebook.list_codes(project))


def reading_codes(codes: Sequence[Code]) -> tuple[ReadingCode, ...]:
    paths = code_paths(codes)
    return tuple(
        ReadingCode(c.id, paths[c.id], c.name, c.kind, c.speaker.aliases)
        for c in codes
        if not c.is_root
    )


def reading_inputs(
    project: Project, kinds: Iterable[SuggestionKind] = SUGGESTION_KINDS
) -> ReadingInputs:
    """The engine's inputs from the project as it is now."""
    codes = codebook.list_codes(project)
    condition_ids = {c.id for c in codes if c.kind is CodeKind.CONDITION and not c.is_root}
    languages = {s.id: s.language or None for s in sources.list_sources(project)}
    wordings = tuple(
        CodedWording(code_id, a.source_id, a.start, a.end, a.quote, languages.get(a.source_id))
        for a in markup.list_annotations(project)
        for code_id in a.code_ids
        if code_id in condition_ids
    )
    return ReadingInputs(reading_codes(codes), wordings, frozenset(kinds))


def prepared(
    project: Project, kinds: Iterable[SuggestionKind] = SUGGESTION_KINDS
) -> PreparedReading:
    return prepare(reading_inputs(project, kinds))


def suggest_source(
    project: Project, source_id: int, reading: PreparedReading | None = None
) -> SuggestionResult:
    """What the engine proposes in one source (``reading`` from :func:`prepared`, to reuse)."""
    reading = reading or prepared(project)
    source = sources.get_source(project, source_id)
    text = sources.get_text(project, source_id)
    return suggest_for_source(source_id, text, source.language or None, reading)


def suggest_all(
    project: Project,
    reading: PreparedReading | None = None,
    source_ids: Iterable[int] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[SuggestionResult]:
    """Every source's suggestions (or those of ``source_ids``), in source order; stops early,
    with what it has, when ``cancelled()`` turns true."""
    reading = reading or prepared(project)
    results: list[SuggestionResult] = []
    for source in sources.list_sources(project, source_ids):
        if cancelled():
            break
        text = sources.get_text(project, source.id)
        results.append(suggest_for_source(source.id, text, source.language or None, reading))
    return results


def alias_problem(alias: str) -> str | None:
    """Why ``alias`` is unsafe to match (too short, only common words) — never matched, so the
    codebook can flag it — or None when it is fine."""
    return aliases.alias_problem(alias)


def speaker_candidates(
    project: Project,
    reading: PreparedReading | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> list[SpeakerCandidate]:
    """People named in the sources but missing from the codebook ("new speaker?"), with their
    spellings grouped and where each is mentioned; most mentioned first. ``cancelled()`` is
    asked between sources: when it turns true, :class:`~desktop_app.errors.Cancelled`."""
    reading = reading or prepared(project, ("mention",))
    listed = sources.list_sources(project)

    def texts() -> Iterator[tuple[int, str, str | None]]:
        for source in listed:
            if cancelled():
                raise Cancelled("looking for new speakers was stopped")
            yield source.id, sources.get_text(project, source.id), source.language or None

    return candidates.speaker_candidates(texts(), reading)

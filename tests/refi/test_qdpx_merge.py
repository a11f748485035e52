"""Importing into a project that already holds work: merging, duplicates, GUID clashes, and the
whole import as one undoable, cancellable operation."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.errors import Cancelled
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from desktop_app.storage import cases as case_store
from tests.builders import add_source
from tests.refi.archives import (
    G,
    basic_codebook,
    code,
    project_xml,
    selection,
    text_source,
    write_qdpx,
)
from tests.refi.test_qdpx_vendors import spans

TEXT = "Putin demanded a withdrawal. Kyiv rejected it. Путин повторил."


def _archive(
    tmp_path: Path,
    *,
    extra_sources: str = "",
    name: str = "a",
    respell: dict[str, str] | None = None,
) -> Path:
    sel = selection(G["sel1"], 0, 27, "Putin demanded a withdrawal", [G["withdrawal"], G["putin"]])
    sel += selection(G["sel2"], 29, 46, "Kyiv rejected it.", [G["rejects"]], user=G["user1"])
    source = text_source(G["src1"], "Report", path=f"internal://{G['src1']}.txt", selections=sel)
    links = (
        f'<Link guid="{G["link1"]}" name="responds to" originGUID="{G["sel2"]}" '
        f'targetGUID="{G["sel1"]}"/>'
    )
    cases = f'<Case guid="{G["case1"]}" name="Kremlin"><SourceRef targetGUID="{G["src1"]}"/></Case>'
    qde = project_xml(
        users=f'<User guid="{G["user1"]}" name="Olga"/>',
        codes=basic_codebook(),
        cases=cases,
        sources=source + extra_sources,
        links=links,
    )
    for old, new in (respell or {}).items():
        qde = qde.replace(old, new)
    return write_qdpx(tmp_path / f"{name}.qdpx", qde, {f"sources/{G['src1']}.txt": TEXT})


def _state(project: Project) -> tuple[object, ...]:
    with project.read() as reader:
        cases = case_store.list_cases(reader)
    return (
        sources.list_sources(project),
        codebook.list_codes(project),
        markup.list_annotations(project),
        markup.list_links(project),
        cases,
    )


def test_importing_twice_adds_nothing_the_second_time(project: Project, tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    first = import_qdpx(project, archive)
    assert (first.sources, first.annotations, first.links, first.cases, first.coders) == (
        1,
        2,
        1,
        1,
        1,
    )
    before = _state(project)
    second = import_qdpx(project, archive)
    assert (second.sources, second.duplicates, second.annotations, second.codes) == (0, 1, 0, 0)
    assert second.codes_matched == 5  # Withdrawal, Putin, Rejects, Tone and Hostile
    assert any("already in the project" in note for note in second.notes)
    after = _state(project)
    assert after[1:] == before[1:]
    assert [s.id for s in after[0]] == [s.id for s in before[0]]  # type: ignore[attr-defined]


def test_codes_merge_by_guid_then_by_parent_and_name(project: Project, tmp_path: Path) -> None:
    conditions = codebook.root_of_kind(project, CodeKind.CONDITION)
    renamed = codebook.create_code(project, conditions.id, "Withdrawal of troops")
    speakers = codebook.root_of_kind(project, CodeKind.SPEAKER)
    putin = codebook.create_code(project, speakers.id, "vladimir PUTIN")
    result = import_qdpx(project, _archive(tmp_path, respell={G["withdrawal"]: renamed.guid}))
    assert result.codes_matched == 2
    names = [c.name for c in codebook.list_codes(project)]
    assert "Withdrawal" not in names  # matched by GUID: the project's name stays
    assert names.count("vladimir PUTIN") == 1 and "Vladimir Putin" not in names
    demand = next(a for a in markup.list_annotations(project) if a.start == 0)
    assert set(demand.code_ids) == {renamed.id, putin.id}


def test_a_source_with_the_same_text_receives_the_selections(
    project: Project, tmp_path: Path
) -> None:
    existing = add_source(project, TEXT, "Already here")
    code = codebook.create_code(
        project, codebook.root_of_kind(project, CodeKind.REACTION).id, "Rejects"
    )
    earlier = markup.annotate(project, existing, 29, 46, [code.id])
    result = import_qdpx(project, _archive(tmp_path))
    assert (result.sources, result.duplicates) == (0, 1)
    assert [s.id for s in sources.list_sources(project)] == [existing]
    assert spans(project) == {
        (
            "Already here",
            "Putin demanded a withdrawal",
            frozenset({"Withdrawal", "Vladimir Putin"}),
        ),
        ("Already here", "Kyiv rejected it.", frozenset({"Rejects"})),
    }
    assert result.annotations == 1  # the rejection was there already
    [link] = markup.list_links(project)  # the archive's link reaches the project's own span
    demand = next(a for a in markup.list_annotations(project) if a.id != earlier.id)
    assert (link.from_id, link.to_id) == (earlier.id, demand.id)
    with project.read() as reader:
        [case] = case_store.list_cases(reader)
    assert case.source_ids == (existing,)


def test_a_guid_used_for_something_else_is_replaced(project: Project, tmp_path: Path) -> None:
    clash = codebook.create_code(project, None, "Unrelated")
    sel = selection(G["sel1"], 0, 5, "Putin", [G["putin"]])
    source = text_source(clash.guid.upper(), "Report", content=TEXT, selections=sel)
    archive = write_qdpx(
        tmp_path / "clash.qdpx", project_xml(codes=basic_codebook(), sources=source)
    )
    result = import_qdpx(project, archive)
    [imported] = sources.list_sources(project)
    assert imported.guid != clash.guid
    assert any("1 source(s) had GUIDs this project already uses" in n for n in result.notes)


def test_same_text_twice_in_one_archive_becomes_one_source(
    project: Project, tmp_path: Path
) -> None:
    twin = text_source(
        G["src2"],
        "Report (copy)",
        content=TEXT,
        selections=selection(G["sel3"], 47, 52, "Путин", [G["putin"]]),
    )
    result = import_qdpx(project, _archive(tmp_path, extra_sources=twin))
    assert (result.sources, result.duplicates, result.annotations) == (1, 1, 3)
    assert any("same text as" in note for note in result.notes)


def test_same_named_sibling_codes_in_the_archive_merge(project: Project, tmp_path: Path) -> None:
    codes = code(
        G["cond_root"],
        "Conditions",
        code(G["withdrawal"], "Withdrawal") + code(G["nato"], "WITHDRAWAL"),
        codable=False,
    )
    sel = selection(G["sel1"], 0, 5, "Putin", [G["withdrawal"]]) + selection(
        G["sel2"], 6, 14, "demanded", [G["nato"]]
    )
    source = text_source(G["src1"], "Report", content=TEXT, selections=sel)
    result = import_qdpx(
        project, write_qdpx(tmp_path / "s.qdpx", project_xml(codes=codes, sources=source))
    )
    assert result.codes == 1
    assert any("named like a sibling" in n for n in result.notes)
    assert {c for a in markup.list_annotations(project) for c in a.code_ids} == {
        next(c.id for c in codebook.list_codes(project) if c.name == "Withdrawal")
    }


def test_one_undo_removes_the_whole_import_and_redo_restores_it(
    project: Project, tmp_path: Path
) -> None:
    add_source(project, "Earlier work.", "Earlier")
    before = _state(project)
    import_qdpx(project, _archive(tmp_path))
    imported = _state(project)
    assert project.undo_label == "Import “a.qdpx”"
    project.undo()
    assert _state(project) == before
    project.redo()
    assert _state(project) == imported


@pytest.mark.parametrize("when", ["reading", "storing"])
def test_cancelling_leaves_the_project_unchanged(
    project: Project, tmp_path: Path, when: str
) -> None:
    before = _state(project)
    seen: list[str] = []

    def progress(_done: int, _total: int, what: str) -> None:
        seen.append(what)

    def cancelled() -> bool:
        return when == "reading" or "storing" in seen

    with pytest.raises(Cancelled):
        import_qdpx(project, _archive(tmp_path), progress=progress, cancelled=cancelled)
    assert _state(project) == before
    assert project.undo_label is None


def test_progress_is_reported(project: Project, tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    import_qdpx(project, _archive(tmp_path), progress=lambda d, t, w: calls.append((d, t, w)))
    assert calls[0] == (0, 1, "Report")
    assert calls[-1] == (1, 1, "storing")

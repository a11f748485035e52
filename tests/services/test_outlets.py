"""Outlets: matched at import by site name or domain, edited, renamed and merged — each one
undoable operation."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from desktop_app.domain.model import SourceMeta
from desktop_app.domain.outlets import Outlet, OutletType
from desktop_app.errors import InvalidChange
from desktop_app.services import outlets, sources
from desktop_app.services.project import Project
from tests.builders import add_source


def _by_name(project: Project) -> dict[str, Outlet]:
    return {o.name: o for o in outlets.list_outlets(project)}


def test_an_unknown_site_name_becomes_an_outlet_with_its_domain(project: Project) -> None:
    first = add_source(project, "One.", "A", outlet="Meduza", url="https://www.meduza.io/news/1")
    assert _by_name(project)["Meduza"].domains == ("meduza.io",)
    # Later: no site name, same domain (a subdomain): the same outlet.
    second = add_source(project, "Two.", "B", url="https://en.meduza.io/feature/2")
    # Another spelling of the name: the same outlet, under its own name.
    third = add_source(project, "Three.", "C", outlet="MEDUZA ")
    names = {s.id: s.outlet for s in sources.list_sources(project)}
    assert names == {first: "Meduza", second: "Meduza", third: "Meduza"}
    assert _by_name(project)["Meduza"].source_count == 3
    # Neither a site name nor a known domain: no outlet.
    fourth = add_source(project, "Four.", "D", url="https://example.org/x")
    assert sources.get_source(project, fourth).outlet == ""
    assert set(_by_name(project)) == {"Meduza"}


def test_a_known_outlet_gains_the_domain_of_a_source_it_names(project: Project) -> None:
    outlets.add_outlet(project, Outlet(0, "", "Kommersant"))
    add_source(project, "One.", "A", outlet="kommersant", url="https://www.kommersant.ru/doc/1")
    assert _by_name(project)["Kommersant"].domains == ("kommersant.ru",)
    later = add_source(project, "Two.", "B", url="https://kommersant.ru/doc/2")
    assert sources.get_source(project, later).outlet == "Kommersant"


def test_editing_a_source_outlet_links_it(project: Project) -> None:
    outlets.add_outlet(project, Outlet(0, "", "RIA Novosti", aliases=("РИА Новости",)))
    source_id = add_source(project, "Text.", "A")
    source = sources.get_source(project, source_id)
    sources.update_metadata(project, source_id, replace(source.meta, outlet="риа новости"))
    assert sources.get_source(project, source_id).outlet == "RIA Novosti"
    sources.update_metadata(project, source_id, replace(source.meta, outlet="Interfax"))
    assert set(_by_name(project)) == {"RIA Novosti", "Interfax"}
    project.undo()  # one step: the edit and the outlet it made
    assert set(_by_name(project)) == {"RIA Novosti"}
    assert sources.get_source(project, source_id).outlet == "RIA Novosti"


def test_merging_two_spellings_is_one_undoable_operation(project: Project) -> None:
    one = add_source(
        project, "One.", "A", outlet="Kyiv Independent", url="https://kyivindependent.com/a"
    )
    two = add_source(project, "Two.", "B", outlet="The Kyiv Independent")
    found = _by_name(project)
    keep = outlets.update_outlet(
        project,
        replace(found["Kyiv Independent"], groups=("Ukrainian",), type=OutletType.INDEPENDENT),
    )
    other = outlets.update_outlet(
        project, replace(found["The Kyiv Independent"], country="Ukraine", groups=("Independent",))
    )
    merged = outlets.merge_outlets(project, keep.id, [other.id])
    assert merged.groups == ("Ukrainian", "Independent")
    assert merged.country == "Ukraine"
    assert merged.type == OutletType.INDEPENDENT
    assert merged.aliases == ("The Kyiv Independent",)
    assert merged.source_count == 2
    assert set(_by_name(project)) == {"Kyiv Independent"}
    assert {sources.get_source(project, i).outlet for i in (one, two)} == {"Kyiv Independent"}
    # A later import under the merged spelling lands in the kept outlet.
    three = add_source(project, "Three.", "C", outlet="the kyiv independent")
    assert sources.get_source(project, three).outlet == "Kyiv Independent"
    project.undo()
    assert project.undo_label == "Merge “The Kyiv Independent” into outlet “Kyiv Independent”"
    project.undo()
    assert set(_by_name(project)) == {"Kyiv Independent", "The Kyiv Independent"}
    assert sources.get_source(project, two).outlet == "The Kyiv Independent"
    project.redo()
    assert set(_by_name(project)) == {"Kyiv Independent"}


def test_renaming_an_outlet_renames_it_in_its_sources(project: Project) -> None:
    source_id = add_source(project, "One.", "A", outlet="Ria")
    ria = _by_name(project)["Ria"]
    renamed = outlets.update_outlet(project, replace(ria, name="RIA Novosti"))
    assert renamed.aliases == ("Ria",)
    assert sources.get_source(project, source_id).outlet == "RIA Novosti"


def test_bad_outlet_edits_change_nothing(project: Project) -> None:
    add_source(project, "One.", "A", outlet="TASS")
    add_source(project, "Two.", "B", outlet="RT")
    before = outlets.list_outlets(project)
    tass = _by_name(project)["TASS"]
    with pytest.raises(InvalidChange, match="needs a name"):
        outlets.update_outlet(project, replace(tass, name="  "))
    with pytest.raises(InvalidChange, match="already the outlet “RT”"):
        outlets.update_outlet(project, replace(tass, aliases=("rt",)))
    with pytest.raises(InvalidChange, match="already the outlet"):
        outlets.add_outlet(project, Outlet(0, "", "tass"))
    with pytest.raises(InvalidChange, match="select two outlets"):
        outlets.merge_outlets(project, tass.id, [tass.id])
    assert outlets.list_outlets(project) == before


def test_deleting_an_outlet_leaves_its_sources_text(project: Project) -> None:
    source_id = add_source(project, "One.", "A", outlet="TASS")
    outlets.delete_outlet(project, _by_name(project)["TASS"].id)
    assert outlets.list_outlets(project) == []
    assert sources.get_source(project, source_id).meta == SourceMeta(title="A", outlet="TASS")


def test_saved_web_pages_find_their_outlet_by_site_name_and_by_domain(
    project: Project, tmp_path: Path
) -> None:
    named = tmp_path / "tass-1.html"
    named.write_text(
        "<html lang='ru'><head><title>Путин назвал условия</title>"
        "<meta property='og:site_name' content='ТАСС'>"
        "<link rel='canonical' href='https://en.tass.ru/politics/1'></head>"
        "<body><p>Путин назвал условия переговоров с Украиной.</p></body></html>",
        encoding="utf-8",
    )
    unnamed = tmp_path / "tass-2.html"
    unnamed.write_text(
        "<html lang='ru'><head><title>Условия</title>"
        "<meta property='og:url' content='https://tass.ru/politika/2'></head>"
        "<body><p>Кремль повторил условия: вывод войск из четырёх регионов.</p></body></html>",
        encoding="utf-8",
    )
    report = sources.import_paths(project, [named])
    assert [s.outlet for s in report.added] == ["ТАСС"]
    tass = _by_name(project)["ТАСС"]
    assert tass.domains == ("tass.ru",)  # the registered domain, not en.tass.ru
    report = sources.import_paths(project, [unnamed])
    assert [s.outlet for s in report.added] == ["ТАСС"]  # no site name: by its domain
    assert _by_name(project)["ТАСС"].source_count == 2

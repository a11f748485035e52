"""Outlets travel through REFI-QDA as source Variables: Outlet, Outlet group (groups separated
by ";"), Outlet country, Outlet type — written on export, read back into outlets on import."""

from __future__ import annotations

import zipfile
from dataclasses import replace
from pathlib import Path
from xml.etree import ElementTree

from desktop_app.domain.outlets import OutletType
from desktop_app.services import exports, outlets
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from tests.outlet_project import RUSSIAN, build_outlet_project
from tests.refi.archives import NS

Q = f"{{{NS}}}"


def _values_by_source(archive: Path) -> dict[str, dict[str, str]]:
    with zipfile.ZipFile(archive) as handle:
        root = ElementTree.fromstring(handle.read("project.qde"))
    names = {v.get("guid"): v.get("name", "") for v in root.iter(f"{Q}Variable")}
    found: dict[str, dict[str, str]] = {}
    for source in root.iter(f"{Q}TextSource"):
        values = found.setdefault(source.get("name", ""), {})
        for holder in source.iter(f"{Q}VariableValue"):
            ref = holder.find(f"{Q}VariableRef")
            assert ref is not None
            value = next((c.text or "" for c in holder if c.tag != f"{Q}VariableRef"), "")
            values[names[ref.get("targetGUID")]] = value
    return found


def test_outlet_variables_round_trip(project: Project, tmp_path: Path) -> None:
    build_outlet_project(project)
    tass = next(o for o in outlets.list_outlets(project) if o.name == "TASS")
    outlets.update_outlet(project, replace(tass, country="Russia", groups=(RUSSIAN, "Wires")))
    archive = tmp_path / "outlets.qdpx"
    exports.export(project, archive)

    values = _values_by_source(archive)["Putin sets terms"]
    assert values["Outlet"] == "TASS"
    assert values["Outlet group"] == f"{RUSSIAN}; Wires"
    assert values["Outlet country"] == "Russia"
    assert values["Outlet type"] == "News agency"

    copy = Project.open(tmp_path / "copy.parley", create=True)
    try:
        result = import_qdpx(copy, archive)
        by_name = {o.name: o for o in outlets.list_outlets(copy)}
        assert set(by_name) == {"TASS", "RIA Novosti", "RT", "Reuters", "BBC"}
        assert by_name["TASS"].groups == (RUSSIAN, "Wires")
        assert by_name["TASS"].country == "Russia"
        assert by_name["TASS"].type == OutletType.NEWS_AGENCY
        assert by_name["BBC"].type == OutletType.PUBLIC_BROADCASTER
        assert by_name["TASS"].source_count == 1
        # Carried by the outlet, not left on the sources as variables.
        from desktop_app.services import sources

        assert all("Outlet group" not in s.variables for s in sources.list_sources(copy))
        assert result.sources == 5
        copy.undo()  # the outlets came with the import, and go with it
        assert outlets.list_outlets(copy) == []
    finally:
        copy.close()

"""Exporting a project as REFI-QDA: layout, schema validity, positions, GUIDs, details."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

import pytest

from desktop_app.domain.model import CodeKind, CodingStatus, SpeakerDetails
from desktop_app.services import codebook, exports, markup, sources
from desktop_app.services.project import Project
from tests.builders import add_source
from tests.refi.archives import NS, schema_errors

Q = f"{{{NS}}}"
TEXT = "🙂🇺🇦 Путин потребовал: «вывести войска».\nPodolyak rejected it."


def _qde(path: Path) -> ElementTree.Element:
    with zipfile.ZipFile(path) as archive:
        return ElementTree.fromstring(archive.read("project.qde"))


def _marked_up(project: Project) -> dict[str, int]:
    source_id = add_source(
        project, TEXT, "State feed", outlet="TASS", published="2024-06-14", language="ru, en"
    )
    sources.set_variables(project, source_id, {"Region": "Europe", "Description": "Live feed"})
    sources.set_status(project, [source_id], CodingStatus.DONE)
    conditions = codebook.root_of_kind(project, CodeKind.CONDITION)
    withdrawal = codebook.create_code(
        project,
        conditions.id,
        "Withdrawal",
        description="Leave four regions.",
        category="Territory",
    )
    putin = codebook.create_code(
        project,
        codebook.root_of_kind(project, CodeKind.SPEAKER).id,
        "Vladimir Putin",
        speaker=SpeakerDetails(aliases=("Путин", "Putin"), role="President", side="Russia"),
    )
    rejects = codebook.create_code(
        project, codebook.root_of_kind(project, CodeKind.REACTION).id, "Rejects"
    )
    tone = codebook.create_code(project, None, "Tone", color="#123456")
    start = TEXT.index("Путин")
    demand = markup.annotate(
        project, source_id, start, TEXT.index("».") + 2, [withdrawal.id, putin.id], note="key"
    )
    answer = markup.annotate(
        project, source_id, TEXT.index("Podolyak"), len(TEXT), [rejects.id, tone.id]
    )
    markup.link(project, answer.id, demand.id)
    return {
        "source": source_id,
        "withdrawal": withdrawal.id,
        "putin": putin.id,
        "demand": demand.id,
        "answer": answer.id,
    }


def test_export_layout_and_schema(project: Project, tmp_path: Path) -> None:
    _marked_up(project)
    out = tmp_path / "out.qdpx"
    result = exports.export(project, out)
    assert result.path == out
    assert schema_errors(out) == []
    with zipfile.ZipFile(out) as archive:
        names = archive.namelist()
        source = sources.list_sources(project)[0]
        assert names == ["project.qde", f"sources/{source.guid}.txt"]
        data = archive.read(names[1])
    assert not data.startswith(b"\xef\xbb\xbf")
    assert data.decode("utf-8") == TEXT
    root = _qde(out)
    assert root.tag == f"{Q}Project"
    text_source = root.find(f"{Q}Sources/{Q}TextSource")
    assert text_source is not None
    assert text_source.get("plainTextPath") == f"internal://{source.guid}.txt"
    assert text_source.get("name") == "State feed"
    assert text_source.findtext(f"{Q}Description") == "Live feed"


def test_selections_use_code_points_end_exclusive(project: Project, tmp_path: Path) -> None:
    ids = _marked_up(project)
    exports.export(project, tmp_path / "out.qdpx")
    root = _qde(tmp_path / "out.qdpx")
    demand = markup.get_annotation(project, ids["demand"])
    element = next(s for s in root.iter(f"{Q}PlainTextSelection") if s.get("guid") == demand.guid)
    start, end = int(element.get("startPosition", "")), int(element.get("endPosition", ""))
    # Two astral characters (three code points with the flag's two regional indicators) precede.
    assert (start, end) == (demand.start, demand.end)
    assert TEXT[start:end] == "Путин потребовал: «вывести войска»."
    assert element.get("name") == TEXT[start:end]
    assert element.findtext(f"{Q}Description") == "key"
    code_refs = {ref.get("targetGUID") for ref in element.iter(f"{Q}CodeRef")}
    codes = {c.id: c.guid for c in codebook.list_codes(project)}
    assert code_refs == {codes[ids["withdrawal"]], codes[ids["putin"]]}


def test_guids_are_stable_across_exports(project: Project, tmp_path: Path) -> None:
    _marked_up(project)
    first, second = tmp_path / "a.qdpx", tmp_path / "b.qdpx"
    exports.export(project, first)
    exports.export(project, second)

    def guids(path: Path) -> list[tuple[str, str]]:
        return [
            (element.tag, element.get(attribute, ""))
            for element in _qde(path).iter()
            for attribute in ("guid", "targetGUID", "creatingUser", "originGUID")
            if element.get(attribute)
        ]

    assert guids(first) == guids(second)
    stored = {c.guid for c in codebook.list_codes(project)} | {
        a.guid for a in markup.list_annotations(project)
    }
    exported = {guid for _, guid in guids(first)}
    assert stored <= exported


def test_codebook_roots_colours_and_speaker_details(project: Project, tmp_path: Path) -> None:
    _marked_up(project)
    exports.export(project, tmp_path / "out.qdpx")
    codes = _qde(tmp_path / "out.qdpx").find(f"{Q}CodeBook/{Q}Codes")
    assert codes is not None
    top = {c.get("name"): c for c in codes.findall(f"{Q}Code")}
    assert list(top) == ["Conditions", "Speakers", "Reactions", "Tone"]
    assert [top[n].get("isCodable") for n in top] == ["false", "false", "false", "true"]
    assert top["Tone"].get("color") == "#123456"
    putin = top["Speakers"].find(f"{Q}Code")
    assert putin is not None
    assert putin.get("name") == "Vladimir Putin"
    assert putin.findtext(f"{Q}Description") == (
        "Aliases: Путин; Putin\nRole: President\nSide: Russia"
    )
    withdrawal = top["Conditions"].find(f"{Q}Code")
    assert withdrawal is not None
    assert withdrawal.findtext(f"{Q}Description") == "Leave four regions.\n\nCategory: Territory"


def test_metadata_becomes_variables(project: Project, tmp_path: Path) -> None:
    _marked_up(project)
    exports.export(project, tmp_path / "out.qdpx")
    root = _qde(tmp_path / "out.qdpx")
    defined = {
        v.get("guid"): (v.get("name"), v.get("typeOfVariable")) for v in root.iter(f"{Q}Variable")
    }
    values = {}
    for value in root.iter(f"{Q}VariableValue"):
        ref = value.find(f"{Q}VariableRef")
        assert ref is not None
        name, kind = defined[ref.get("targetGUID")]
        element = value.find(f"{Q}{kind}Value")
        assert element is not None, (name, kind)
        values[name] = element.text
    assert values == {
        "Outlet": "TASS",
        "Date": "2024-06-14",
        "Language": "ru, en",
        "Status": "done",
        "Region": "Europe",
    }
    assert ("Date", "Date") in defined.values()


def test_links_and_cases(project: Project, tmp_path: Path) -> None:
    from desktop_app.storage import cases as case_store

    ids = _marked_up(project)
    source = sources.get_source(project, ids["source"])
    with project.operation("Add case") as tx:
        case_store.insert_case(
            tx, "0f0e0d0c-0b0a-4000-8000-000000000001", "Russia", "", [source.id]
        )
    exports.export(project, tmp_path / "out.qdpx")
    assert schema_errors(tmp_path / "out.qdpx") == []
    root = _qde(tmp_path / "out.qdpx")
    link = root.find(f"{Q}Links/{Q}Link")
    assert link is not None
    assert link.get("name") == "responds to"
    assert link.get("direction") == "OneWay"
    assert link.get("originGUID") == markup.get_annotation(project, ids["answer"]).guid
    assert link.get("targetGUID") == markup.get_annotation(project, ids["demand"]).guid
    case = root.find(f"{Q}Cases/{Q}Case")
    assert case is not None
    assert case.get("name") == "Russia"
    assert [r.get("targetGUID") for r in case.iter(f"{Q}SourceRef")] == [source.guid]


def test_export_of_chosen_sources_keeps_only_their_markup(project: Project, tmp_path: Path) -> None:
    ids = _marked_up(project)
    other = add_source(project, "Another text entirely.", "Other")
    code = codebook.create_code(project, ids["withdrawal"], "Sub")
    markup.annotate(project, other, 0, 7, [code.id])
    out = tmp_path / "subset.qdpx"
    exports.export(project, out, exports.ExportOptions(source_ids=(other,)))
    assert schema_errors(out) == []
    root = _qde(out)
    assert [s.get("name") for s in root.iter(f"{Q}TextSource")] == ["Other"]
    assert len(list(root.iter(f"{Q}PlainTextSelection"))) == 1
    assert root.find(f"{Q}Links") is None


def test_export_says_what_the_standard_cannot_carry(project: Project, tmp_path: Path) -> None:
    _marked_up(project)
    notes = exports.export(project, tmp_path / "out.qdpx").notes
    assert any("aliases" in note and "descriptions" in note for note in notes)
    assert any("original file names" in note for note in notes)


def test_characters_xml_cannot_hold_are_replaced_visibly(project: Project, tmp_path: Path) -> None:
    source_id = add_source(project, "Plain text here.", "Control\x01title")
    code = codebook.create_code(
        project, codebook.root_of_kind(project, CodeKind.CONDITION).id, "Code"
    )
    markup.annotate(project, source_id, 0, 5, [code.id], note="bad \x02 note")
    result = exports.export(project, tmp_path / "out.qdpx")
    assert schema_errors(tmp_path / "out.qdpx") == []
    assert any("replaced" in note for note in result.notes)
    root = _qde(tmp_path / "out.qdpx")
    source = root.find(f"{Q}Sources/{Q}TextSource")
    assert source is not None
    assert source.get("name") == "Control\ufffdtitle"


def test_an_empty_project_exports_valid(project: Project, tmp_path: Path) -> None:
    exports.export(project, tmp_path / "empty.qdpx")
    assert schema_errors(tmp_path / "empty.qdpx") == []


def test_cancelling_an_export_leaves_no_file(project: Project, tmp_path: Path) -> None:
    from desktop_app.errors import Cancelled

    _marked_up(project)
    with pytest.raises(Cancelled):
        exports.export(project, tmp_path / "out.qdpx", cancelled=lambda: True)
    assert list(tmp_path.glob("*.qdpx*")) == []

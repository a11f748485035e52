"""Importing archives shaped like MAXQDA, NVivo, ATLAS.ti and QualCoder write them.

Each archive is built by hand in ``tmp_path`` with one vendor habit at a time, and the test
checks what lands in the project: texts, spans (by their quotes), codes and metadata.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind, CodingStatus
from desktop_app.services import codebook, markup, sources
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from tests.refi.archives import (
    G,
    basic_codebook,
    code,
    project_xml,
    selection,
    text_source,
    write_qdpx,
)

ARTICLE = (
    "Moscow, June 14.\r\n"
    "Путин назвал условия: Ukrainian troops must withdraw 🙂 from four regions.\r\n"
    "Podolyak rejected the demand as absurd.\r\n"
)
NORMALISED = ARTICLE.replace("\r\n", "\n")
DEMAND = "Ukrainian troops must withdraw 🙂 from four regions."
ANSWER = "Podolyak rejected the demand as absurd."


def spans(project: Project) -> set[tuple[str, str, frozenset[str]]]:
    """(source title, quote, code names) of every annotation."""
    names = {c.id: c.name for c in codebook.list_codes(project)}
    titles = {s.id: s.title for s in sources.list_sources(project)}
    return {
        (titles[a.source_id], a.quote, frozenset(names[c] for c in a.code_ids))
        for a in markup.list_annotations(project)
    }


def _positions(text: str, quote: str, crlf_as_one: bool = False) -> tuple[int, int]:
    start = text.index(quote)
    end = start + len(quote)
    if crlf_as_one:
        start -= text[:start].count("\r\n")
        end -= text[:end].count("\r\n")
    return start, end


def _two_selections(text: str, *, crlf_as_one: bool, spell: Callable[[str], str] = str) -> str:
    demand = _positions(text, DEMAND, crlf_as_one)
    answer = _positions(text, ANSWER, crlf_as_one)
    return selection(
        spell(G["sel1"]), *demand, DEMAND[:20] + "…", [spell(G["withdrawal"]), spell(G["putin"])]
    ) + selection(spell(G["sel2"]), *answer, ANSWER, [spell(G["rejects"])])


EXPECTED = {
    ("Article", DEMAND, frozenset({"Withdrawal", "Vladimir Putin"})),
    ("Article", ANSWER, frozenset({"Rejects"})),
}


def test_atlas_ti_layout_upper_case_guids_and_crlf_as_one(project: Project, tmp_path: Path) -> None:
    upper = str.upper
    codes = basic_codebook().replace(G["withdrawal"], upper(G["withdrawal"]))
    for key in ("putin", "rejects"):
        codes = codes.replace(G[key], upper(G[key]))
    source = text_source(
        upper(G["src1"]),
        "Article",
        path=f"internal://{upper(G['src1'])}.txt",
        selections=_two_selections(ARTICLE, crlf_as_one=True, spell=upper),
    )
    archive = write_qdpx(
        tmp_path / "atlas.qdpx",
        project_xml(codes=codes, sources=source),
        {f"Sources/{upper(G['src1'])}.TXT": ARTICLE},
        qde_name="Project.qde",
    )
    result = import_qdpx(project, archive)
    assert (result.sources, result.annotations, result.codings) == (1, 2, 3)
    assert sources.get_text(project, result.source_ids[0]) == NORMALISED
    assert spans(project) == EXPECTED
    assert sources.list_sources(project)[0].guid == G["src1"]


def test_nvivo_braced_guids_crlf_as_two_and_a_bom(project: Project, tmp_path: Path) -> None:
    def braced(guid: str) -> str:
        return "{" + guid.upper() + "}"

    codes = basic_codebook()
    for key in ("withdrawal", "putin", "rejects"):
        codes = codes.replace(G[key], braced(G[key]))
    source = text_source(
        braced(G["src1"]),
        "Article",
        path=f"internal://{braced(G['src1'])}.txt",
        selections=_two_selections(ARTICLE, crlf_as_one=False, spell=braced),
    )
    archive = write_qdpx(
        tmp_path / "nvivo.qdpx",
        project_xml(codes=codes, sources=source),
        {f"sources/{G['src1']}.txt": b"\xef\xbb\xbf" + ARTICLE.encode("utf-8")},
    )
    result = import_qdpx(project, archive)
    assert result.annotations == 2
    assert sources.get_text(project, result.source_ids[0]) == NORMALISED
    assert spans(project) == EXPECTED


def test_positions_counting_a_bom_as_character_zero(project: Project, tmp_path: Path) -> None:
    text = NORMALISED
    start, end = _positions(text, DEMAND)
    source = text_source(
        G["src1"],
        "Article",
        path=f"internal://{G['src1']}.txt",
        selections=selection(G["sel1"], start + 1, end + 1, DEMAND, [G["withdrawal"]]),
    )
    archive = write_qdpx(
        tmp_path / "bom.qdpx",
        project_xml(codes=basic_codebook(), sources=source),
        {f"sources/{G['src1']}.txt": "\ufeff" + text},
    )
    import_qdpx(project, archive)
    assert spans(project) == {("Article", DEMAND, frozenset({"Withdrawal"}))}


@pytest.mark.parametrize(
    ("qde_name", "folder"),
    [
        ("project.qde", ""),
        ("Project.QDE", ""),
        ("My Study.qde", ""),
        ("export/project.qde", "export/"),
    ],
)
def test_any_qde_name_and_a_wrapping_folder(
    project: Project, tmp_path: Path, qde_name: str, folder: str
) -> None:
    source = text_source(
        G["src1"],
        "Article",
        path=f"internal://{G['src1']}.txt",
        selections=_two_selections(NORMALISED, crlf_as_one=False),
    )
    archive = write_qdpx(
        tmp_path / "named.qdpx",
        project_xml(codes=basic_codebook(), sources=source),
        {f"{folder}sources/{G['src1']}.txt": NORMALISED},
        qde_name=qde_name,
    )
    import_qdpx(project, archive)
    assert spans(project) == EXPECTED


def test_plain_text_content_inside_the_project_file(project: Project, tmp_path: Path) -> None:
    source = text_source(
        G["src1"],
        "Article",
        content=NORMALISED,
        selections=_two_selections(NORMALISED, crlf_as_one=False),
    )
    archive = write_qdpx(
        tmp_path / "inline.qdpx", project_xml(codes=basic_codebook(), sources=source)
    )
    import_qdpx(project, archive)
    assert spans(project) == EXPECTED


def test_positions_past_the_end_are_reported_not_fatal(project: Project, tmp_path: Path) -> None:
    good = _positions(NORMALISED, ANSWER)
    source = text_source(
        G["src1"],
        "Article",
        path=f"internal://{G['src1']}.txt",
        selections=selection(G["sel1"], *good, ANSWER, [G["rejects"]])
        + selection(G["sel2"], 10, 5000, "far away", [G["rejects"]])
        + selection(G["sel3"], -3, 4, "negative", [G["rejects"]])
        + selection(G["sel4"], 7, 7, "empty", [G["rejects"]]),
    )
    archive = write_qdpx(
        tmp_path / "past.qdpx",
        project_xml(codes=basic_codebook(), sources=source),
        {f"sources/{G['src1']}.txt": NORMALISED},
    )
    result = import_qdpx(project, archive)
    assert result.annotations == 1
    note = next(n for n in result.notes if "outside their source's text" in n)
    assert note.startswith("3 selections")
    assert "10–5000" in note


def test_code_kinds_follow_top_level_names_in_any_case(project: Project, tmp_path: Path) -> None:
    codes = (
        code(G["cond_root"], "CONDITIONS", code(G["withdrawal"], "Withdrawal"), codable=False)
        + code(G["spk_root"], "speakers", code(G["putin"], "Vladimir Putin"), codable=False)
        + code(G["react_root"], "ReAcTiOnS", code(G["rejects"], "Rejects"), codable=False)
        + code(G["tone"], "Tone", code(G["hostile"], "Hostile", code(G["nato"], "Very")))
    )
    source = text_source(
        G["src1"],
        "Article",
        content=NORMALISED,
        selections=selection(G["sel1"], 0, 6, "Moscow", [G["hostile"], G["nato"]]),
    )
    result = import_qdpx(
        project, write_qdpx(tmp_path / "kinds.qdpx", project_xml(codes=codes, sources=source))
    )
    assert result.codes == 6  # three children, the Tone root and its two descendants
    by_name = {c.name: c for c in codebook.list_codes(project)}
    assert by_name["Withdrawal"].kind == CodeKind.CONDITION
    assert by_name["Vladimir Putin"].kind == CodeKind.SPEAKER
    assert by_name["Rejects"].kind == CodeKind.REACTION
    assert by_name["Withdrawal"].parent_id == codebook.root_of_kind(project, CodeKind.CONDITION).id
    assert by_name["Tone"].parent_id is None and by_name["Tone"].kind == CodeKind.OTHER
    assert by_name["Very"].parent_id == by_name["Hostile"].id
    assert sum(1 for c in codebook.list_codes(project) if c.name.lower() == "conditions") == 1
    assert spans(project) == {("Article", "Moscow", frozenset({"Hostile", "Very"}))}


def test_colours_descriptions_and_speaker_details_in_descriptions(
    project: Project, tmp_path: Path
) -> None:
    details = "Kremlin's leader.\n\nAliases: Путин; Putin\nRole: President\nSide: Russia"
    codes = code(
        G["spk_root"],
        "Speakers",
        code(G["putin"], "Vladimir Putin", color="#A0B", description=details),
        codable=False,
    )
    import_qdpx(project, write_qdpx(tmp_path / "d.qdpx", project_xml(codes=codes)))
    putin = next(c for c in codebook.list_codes(project) if c.name == "Vladimir Putin")
    assert putin.color == "#aa00bb"
    assert putin.description == "Kremlin's leader."
    assert putin.speaker.aliases == ("Путин", "Putin")
    assert (putin.speaker.role, putin.speaker.side) == ("President", "Russia")


def test_users_become_coders(project: Project, tmp_path: Path) -> None:
    users = (
        f'<User guid="{G["user1"].upper()}" name="Friedrich"/>'
        f'<User guid="{G["user2"]}" name="Sebastian"/>'
    )
    start, end = _positions(NORMALISED, ANSWER)
    source = text_source(
        G["src1"],
        "Article",
        content=NORMALISED,
        selections=selection(G["sel1"], start, end, ANSWER, [G["rejects"]], user=G["user1"]),
    )
    result = import_qdpx(
        project,
        write_qdpx(
            tmp_path / "u.qdpx", project_xml(users=users, codes=basic_codebook(), sources=source)
        ),
    )
    assert result.coders == 2
    assert [a.coder for a in markup.list_annotations(project)] == ["Friedrich"]
    # The other tool's users are not people of this team: agreement leaves them out.
    from desktop_app.domain.model import CoderOrigin
    from desktop_app.services import team

    origins = {c.name: c.origin for c in team.list_coders(project)}
    assert origins["Friedrich"] is CoderOrigin.IMPORTED
    assert origins["Sebastian"] is CoderOrigin.IMPORTED
    project.undo()  # undoing the import forgets them too
    assert all(c.origin is CoderOrigin.PERSON for c in team.list_coders(project))


def test_variables_fill_metadata_and_the_rest_is_kept(project: Project, tmp_path: Path) -> None:
    variables = (
        f'<Variable guid="{G["var_outlet"]}" name="Outlet" typeOfVariable="Text"/>'
        f'<Variable guid="{G["var_date"]}" name="date" typeOfVariable="Date"/>'
        f'<Variable guid="{G["var_lang"]}" name="Language" typeOfVariable="Text"/>'
        f'<Variable guid="{G["var_other"]}" name="Interviewer" typeOfVariable="Text"/>'
        f'<Variable guid="{G["case1"]}" name="Status" typeOfVariable="Text"/>'
    )
    source = text_source(
        G["src1"],
        "Article",
        content=NORMALISED,
        description="Saved from the live feed",
        variables={
            G["var_outlet"]: "Newsweek",
            G["var_date"]: "2024-06-14",
            G["var_lang"]: "en",
            G["var_other"]: "Anna",
            G["case1"]: "In progress",
        },
    )
    import_qdpx(
        project,
        write_qdpx(tmp_path / "v.qdpx", project_xml(variables=variables, sources=source)),
    )
    imported = sources.list_sources(project)[0]
    assert (imported.outlet, imported.published, imported.language) == (
        "Newsweek",
        "2024-06-14",
        "en",
    )
    assert imported.status == CodingStatus.IN_PROGRESS
    assert imported.variables == {"Interviewer": "Anna", "Description": "Saved from the live feed"}


def test_notes_cases_and_links(project: Project, tmp_path: Path) -> None:
    demand = _positions(NORMALISED, DEMAND)
    answer = _positions(NORMALISED, ANSWER)
    notes = (
        f'<Note guid="{G["note1"]}" name="Memo">'
        "<PlainTextContent>Check the Russian wording.</PlainTextContent></Note>"
    )
    source = text_source(
        G["src1"],
        "Article",
        content=NORMALISED,
        selections=selection(
            G["sel1"],
            *demand,
            DEMAND,
            [G["withdrawal"]],
            description="Core demand",
            note_refs=[G["note1"]],
        )
        + selection(G["sel2"], *answer, ANSWER, [G["rejects"]]),
    )
    cases = f'<Case guid="{G["case1"]}" name="Russia"><SourceRef targetGUID="{G["src1"]}"/></Case>'
    links = (
        f'<Link guid="{G["link1"]}" name="answers" direction="OneWay" '
        f'originGUID="{G["sel2"]}" targetGUID="{G["sel1"]}"/>'
    )
    result = import_qdpx(
        project,
        write_qdpx(
            tmp_path / "n.qdpx",
            project_xml(
                codes=basic_codebook(), cases=cases, sources=source, notes=notes, links=links
            ),
        ),
    )
    assert (result.cases, result.links) == (1, 1)
    by_quote = {a.quote: a for a in markup.list_annotations(project)}
    assert by_quote[DEMAND].note == "Core demand\n\nMemo\nCheck the Russian wording."
    [link] = markup.list_links(project)
    assert (link.from_id, link.to_id, link.relation) == (
        by_quote[ANSWER].id,
        by_quote[DEMAND].id,
        "answers",
    )
    from desktop_app.storage import cases as case_store

    with project.read() as reader:
        [case] = case_store.list_cases(reader)
    assert (case.name, case.source_ids) == ("Russia", (result.source_ids[0],))


def test_pdf_text_representation_is_kept_and_coordinates_reported(
    project: Project, tmp_path: Path
) -> None:
    start, end = _positions(NORMALISED, DEMAND)
    pdf = (
        f'<PDFSource guid="{G["pdf1"]}" name="Brief.pdf" path="internal://{G["pdf1"]}.pdf">'
        f'<PDFSelection guid="{G["sel3"]}" name="box" page="0" firstX="1" firstY="2" '
        f'secondX="3" secondY="4"><Coding guid="{G["sel4"]}"><CodeRef targetGUID="{G["rejects"]}"/>'
        "</Coding></PDFSelection>"
        f'<Representation guid="{G["pdfrep"]}" plainTextPath="internal://{G["pdfrep"]}.txt">'
        + selection(G["sel1"], start, end, DEMAND, [G["withdrawal"]])
        + "</Representation></PDFSource>"
    )
    media = (
        f'<PictureSource guid="{G["pic1"]}" name="photo.jpg" path="internal://{G["pic1"]}.jpg"/>'
        f'<AudioSource guid="{G["audio1"]}" name="speech.m4a" path="relative:///speech.m4a"/>'
        f'<VideoSource guid="{G["video1"]}" name="clip.mp4" path="absolute:///C:/clip.mp4"/>'
    )
    sets = f'<Sets><Set guid="{G["set1"]}" name="Key sources"/></Sets>'
    archive = write_qdpx(
        tmp_path / "pdf.qdpx",
        project_xml(codes=basic_codebook(), sources=pdf + media, tail=sets),
        {
            f"sources/{G['pdfrep']}.txt": NORMALISED,
            f"sources/{G['pdf1']}.pdf": b"%PDF-1.4 not really",
            f"sources/{G['pic1']}.jpg": b"\xff\xd8\xff",
        },
    )
    result = import_qdpx(project, archive)
    assert spans(project) == {("Brief.pdf", DEMAND, frozenset({"Withdrawal"}))}
    assert sources.list_sources(project)[0].guid == G["pdf1"]
    notes = "\n".join(result.notes)
    assert "1 PDF selection by page coordinates" in notes
    assert "1 picture source" in notes and "“photo.jpg”" in notes
    assert "1 audio source" in notes and "1 video source" in notes
    assert "1 set" in notes


def test_selections_without_usable_codes_are_skipped_and_said(
    project: Project, tmp_path: Path
) -> None:
    start, end = _positions(NORMALISED, ANSWER)
    source = text_source(
        G["src1"],
        "Article",
        content=NORMALISED,
        selections=selection(G["sel1"], start, end, ANSWER)
        + selection(G["sel2"], 0, 6, "Moscow", [G["cond_root"]])
        + selection(G["sel3"], 0, 6, "Moscow", ["no-such-code"])
        + selection(G["sel4"], 8, 12, "June", [G["rejects"], G["cond_root"]]),
    )
    result = import_qdpx(
        project,
        write_qdpx(tmp_path / "s.qdpx", project_xml(codes=basic_codebook(), sources=source)),
    )
    assert spans(project) == {("Article", "June", frozenset({"Rejects"}))}
    notes = "\n".join(result.notes)
    assert "3 selections without a usable code" in notes
    assert "2 codings with a Conditions/Speakers/Reactions folder itself" in notes
    assert "1 coding with a code the archive does not define" in notes


def test_a_source_file_missing_from_the_archive_is_reported(
    project: Project, tmp_path: Path
) -> None:
    source = text_source(G["src1"], "Lost", path=f"internal://{G['src1']}.txt") + text_source(
        G["src2"], "Kept", content="Still here."
    )
    result = import_qdpx(project, write_qdpx(tmp_path / "m.qdpx", project_xml(sources=source)))
    assert [s.title for s in sources.list_sources(project)] == ["Kept"]
    assert any("missing from the archive" in n and "“Lost”" in n for n in result.notes)


def test_non_utf8_source_bytes_are_replaced_and_reported(project: Project, tmp_path: Path) -> None:
    source = text_source(G["src1"], "Legacy", path=f"internal://{G['src1']}.txt")
    archive = write_qdpx(
        tmp_path / "cp.qdpx",
        project_xml(sources=source),
        {f"sources/{G['src1']}.txt": "Путин".encode("cp1251")},
    )
    result = import_qdpx(project, archive)
    assert sources.get_text(project, result.source_ids[0]) == "\ufffd" * 5
    assert any("not in UTF-8" in n for n in result.notes)


def test_a_file_without_namespace_still_imports(project: Project, tmp_path: Path) -> None:
    source = text_source(G["src1"], "Article", content="Text.")
    archive = write_qdpx(tmp_path / "nons.qdpx", project_xml(sources=source, namespace=None))
    assert import_qdpx(project, archive).sources == 1

"""Round trip: a project exports, imports into a new project and exports again with identical
sources, codes and spans, and every exported file validates against the bundled schema."""

from __future__ import annotations

import zipfile
from pathlib import Path
from xml.etree import ElementTree

from desktop_app.domain.model import CodeKind, SpeakerDetails
from desktop_app.services import codebook, exports, markup, sources
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from desktop_app.services.sample import build_sample_project
from tests.builders import document
from tests.refi.archives import NS, G, project_xml, schema_errors, text_source, write_qdpx
from tests.refi.test_qdpx_vendors import spans

Q = f"{{{NS}}}"
# Reaches Parley from another program with Windows line endings (NVivo counts CRLF as two).
CRLF_REPORT = (
    "Путин 🙂 назвал условия.\r\n"
    "👍🏽 Kyiv must withdraw from four regions.\r\n"
    "Подоляк: «это абсурд».\r\n"
)


def _content(archive: Path) -> dict[str, object]:
    """What an export says, independent of element order and of file names."""
    with zipfile.ZipFile(archive) as handle:
        root = ElementTree.fromstring(handle.read("project.qde"))
        texts: dict[str, str] = {}
        for source in root.iter(f"{Q}TextSource"):
            member = "sources/" + source.get("plainTextPath", "").removeprefix("internal://")
            data = handle.read(member)
            assert not data.startswith(b"\xef\xbb\xbf")
            texts[source.get("guid", "")] = data.decode("utf-8")
    paths: dict[str, tuple[str, ...]] = {}
    codes = set()

    def walk(element: ElementTree.Element, prefix: tuple[str, ...]) -> None:
        for child in element.findall(f"{Q}Code"):
            path = (*prefix, child.get("name", ""))
            paths[child.get("guid", "")] = path
            codes.add(
                (
                    path,
                    child.get("isCodable"),
                    child.get("color"),
                    child.findtext(f"{Q}Description"),
                    # Built-in roots are the importing project's own, with its GUIDs.
                    child.get("guid") if child.get("isCodable") == "true" else None,
                )
            )
            walk(child, path)

    walk(root.find(f"{Q}CodeBook/{Q}Codes"), ())  # type: ignore[arg-type]
    names = {s.get("guid", ""): s.get("name", "") for s in root.iter(f"{Q}TextSource")}
    selections = {}
    for source in root.iter(f"{Q}TextSource"):
        text = texts[source.get("guid", "")]
        for sel in source.iter(f"{Q}PlainTextSelection"):
            start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
            selections[sel.get("guid")] = (
                names[source.get("guid", "")],
                text[start:end],
                frozenset(paths[r.get("targetGUID", "")] for r in sel.iter(f"{Q}CodeRef")),
                sel.findtext(f"{Q}Description"),
            )
    links = {
        (
            selections[link.get("originGUID")][1],
            selections[link.get("targetGUID")][1],
            link.get("name"),
        )
        for link in root.iter(f"{Q}Link")
    }
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{Q}Variable")}
    values = {
        (names[s.get("guid", "")], variables[vv[0].get("targetGUID")], vv[1].text)
        for s in root.iter(f"{Q}TextSource")
        for vv in s.iter(f"{Q}VariableValue")
    }
    return {
        "sources": {names[guid]: text for guid, text in texts.items()},
        "source guids": set(texts),
        "codes": codes,
        "spans": set(selections.values()),
        "selection guids": set(selections),
        "links": links,
        "variables": values,
    }


def _build(project: Project, tmp_path: Path) -> None:
    nvivo = write_qdpx(
        tmp_path / "from-nvivo.qdpx",
        project_xml(
            sources=text_source(
                "{" + G["src1"].upper() + "}", "Kremlin readout", path=f"internal://{G['src1']}.txt"
            )
        ),
        {f"sources/{G['src1']}.txt": CRLF_REPORT.encode("utf-8")},
    )
    import_qdpx(project, nvivo)
    readout = sources.list_sources(project)[0].id
    text = sources.get_text(project, readout)
    assert "\r" not in text
    feed = (
        sources.add_documents(
            project,
            [
                document(
                    "🇷🇺 Прямая трансляция: Путин требует вывода войск. Zelensky: no.",
                    "Live feed",
                    outlet="RIA",
                    published="2024-06-14",
                    language="ru, en",
                )
            ],
        )
        .added[0]
        .id
    )
    feed_text = sources.get_text(project, feed)
    condition_root = codebook.root_of_kind(project, CodeKind.CONDITION)
    withdrawal = codebook.create_code(
        project,
        condition_root.id,
        "Withdrawal",
        description="Leave four regions.",
        category="Territory",
    )
    sub = codebook.create_code(project, withdrawal.id, "Within administrative borders")
    putin = codebook.create_code(
        project,
        codebook.root_of_kind(project, CodeKind.SPEAKER).id,
        "Vladimir Putin",
        speaker=SpeakerDetails(
            aliases=("Путин", "Putin"), role="President", affiliation="Kremlin", side="Russia"
        ),
    )
    rejects = codebook.create_code(
        project, codebook.root_of_kind(project, CodeKind.REACTION).id, "Rejects"
    )
    tone = codebook.create_code(project, None, "Tone", color="#aa5500")
    hostile = codebook.create_code(project, tone.id, "Hostile")

    def span(source_text: str, quote: str) -> tuple[int, int]:
        start = source_text.index(quote)
        return start, start + len(quote)

    whole = markup.annotate(
        project, readout, *span(text, "Путин 🙂 назвал условия."), [putin.id, withdrawal.id]
    )
    overlap = markup.annotate(
        project,
        readout,
        *span(text, "🙂 назвал условия.\n👍🏽 Kyiv must withdraw"),
        [withdrawal.id, sub.id],
        note="Overlaps the line break",
    )
    nested = markup.annotate(project, readout, *span(text, "назвал"), [hostile.id])
    answer = markup.annotate(
        project, readout, *span(text, "«это абсурд»"), [rejects.id, hostile.id]
    )
    markup.annotate(
        project, feed, *span(feed_text, "Путин требует вывода войск."), [putin.id, withdrawal.id]
    )
    markup.annotate(project, feed, *span(feed_text, "Zelensky: no."), [rejects.id])
    markup.link(project, answer.id, whole.id)
    markup.link(project, nested.id, overlap.id, "echoes")


def test_round_trip_keeps_sources_codes_and_spans(project: Project, tmp_path: Path) -> None:
    _build(project, tmp_path)
    first = tmp_path / "first.qdpx"
    exports.export(project, first)
    with Project.open(tmp_path / "copy.parley", create=True, coder="other") as copy:
        result = import_qdpx(copy, first)
        assert result.notes == []
        assert spans(copy) == spans(project)
        second = tmp_path / "second.qdpx"
        exports.export(copy, second)
        copied_codes = codebook.list_codes(copy)
    for archive in (first, second):
        assert schema_errors(archive) == []
    one, two = _content(first), _content(second)
    for key in one:
        assert one[key] == two[key], key
    original = {
        (c.name, c.kind, c.color, c.description, c.category, c.speaker)
        for c in codebook.list_codes(project)
    }
    assert {
        (c.name, c.kind, c.color, c.description, c.category, c.speaker) for c in copied_codes
    } == original


def test_round_trip_of_the_sample_project(tmp_path: Path) -> None:
    sample = tmp_path / "sample.parley"
    build_sample_project(sample)
    first, second = tmp_path / "first.qdpx", tmp_path / "second.qdpx"
    with Project.open(sample) as project:
        exports.export(project, first)
        expected = spans(project)
        expected_links = {
            (a.quote, b.quote, link.relation)
            for link in markup.list_links(project)
            for a in [markup.get_annotation(project, link.from_id)]
            for b in [markup.get_annotation(project, link.to_id)]
        }
        expected_sources = [
            (s.title, s.outlet, s.published, s.language, s.status)
            for s in sources.list_sources(project)
        ]
    with Project.open(tmp_path / "copy.parley", create=True) as copy:
        import_qdpx(copy, first)
        assert spans(copy) == expected
        assert {
            (
                markup.get_annotation(copy, link.from_id).quote,
                markup.get_annotation(copy, link.to_id).quote,
                link.relation,
            )
            for link in markup.list_links(copy)
        } == expected_links
        assert [
            (s.title, s.outlet, s.published, s.language, s.status)
            for s in sources.list_sources(copy)
        ] == expected_sources
        exports.export(copy, second)
    assert schema_errors(first) == [] and schema_errors(second) == []
    assert _content(first) == _content(second)

"""Hostile and broken archives: every one is refused with one clear line, reads nothing outside
the archive, and leaves the project exactly as it was."""

from __future__ import annotations

import gc
import struct
import sys
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers.qdpx_archive import Limits
from desktop_app.services import codebook, sources
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from tests.refi.archives import G, project_xml, text_source, write_qdpx

_opened: list[str] = []
_watching: list[str] = []


def _audit(event: str, args: tuple[object, ...]) -> None:
    if event == "open" and _watching and str(args[0]) in _watching:
        _opened.append(str(args[0]))


sys.addaudithook(_audit)


@pytest.fixture
def watch_file(tmp_path: Path) -> Iterator[Path]:
    """A secret file; any attempt by this process to open it is recorded."""
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP SECRET CONTENT", encoding="utf-8")
    _opened.clear()
    _watching.append(str(secret))
    yield secret
    _watching.clear()


def _refused(project: Project, archive: Path, **kwargs: object) -> ImportRefused:
    with pytest.raises(ImportRefused) as caught:
        import_qdpx(project, archive, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message, message
    assert " — " in message, message  # what went wrong, then what to do
    assert sources.list_sources(project) == []
    assert len(codebook.list_codes(project)) == 3
    assert project.undo_label is None
    return caught.value


def _valid_source() -> tuple[str, dict[str, str]]:
    return (
        text_source(G["src1"], "Article", path=f"internal://{G['src1']}.txt"),
        {f"sources/{G['src1']}.txt": "A harmless text."},
    )


def test_a_dtd_is_refused(project: Project, tmp_path: Path) -> None:
    qde = project_xml(name="p").replace(
        "<Project", "<!DOCTYPE Project [<!ELEMENT Project ANY>]>\n<Project", 1
    )
    error = _refused(project, write_qdpx(tmp_path / "dtd.qdpx", qde))
    assert "DTD" in str(error)


def test_an_external_file_entity_is_never_read(
    project: Project, tmp_path: Path, watch_file: Path
) -> None:
    qde = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE Project [<!ENTITY leak SYSTEM "{watch_file.as_uri()}">]>\n'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="&leak;"><Sources>'
        f'<TextSource guid="{G["src1"]}" name="x"><PlainTextContent>&leak;</PlainTextContent>'
        "</TextSource></Sources></Project>"
    )
    error = _refused(project, write_qdpx(tmp_path / "xxe.qdpx", qde))
    assert "TOP SECRET" not in str(error)
    assert _opened == []


def test_billion_laughs_fails_before_expanding(project: Project, tmp_path: Path) -> None:
    entities = ['<!ENTITY lol0 "lol">'] + [
        f'<!ENTITY lol{i} "{f"&lol{i - 1};" * 10}">' for i in range(1, 10)
    ]
    qde = (
        f'<?xml version="1.0"?>\n<!DOCTYPE Project [{"".join(entities)}]>\n'
        '<Project xmlns="urn:QDA-XML:project:1.0" name="&lol9;"/>'
    )
    error = _refused(project, write_qdpx(tmp_path / "lol.qdpx", qde))
    assert "DTD or entities" in str(error)


@pytest.mark.parametrize(
    "member",
    ["../evil.txt", "sources/../../evil.txt", "/etc/evil.txt", "C:/evil.txt", "..\\evil.txt"],
)
def test_a_member_leaving_the_archive_is_refused(
    project: Project, tmp_path: Path, member: str
) -> None:
    source, files = _valid_source()
    archive = write_qdpx(
        tmp_path / "slip.qdpx", project_xml(sources=source), {**files, member: "x"}
    )
    assert "leaves" in str(_refused(project, archive))


@pytest.mark.parametrize(
    "path",
    [
        "internal://../../etc/passwd",
        "internal:///etc/passwd",
        "internal://..\\..\\boot.ini",
        "../x.txt",
    ],
)
def test_a_plain_text_path_leaving_the_archive_is_refused(
    project: Project, tmp_path: Path, path: str
) -> None:
    source = text_source(G["src1"], "Article", path=path)
    archive = write_qdpx(tmp_path / "slip.qdpx", project_xml(sources=source))
    assert "outside the archive" in str(_refused(project, archive))


def test_external_paths_are_never_opened(
    project: Project, tmp_path: Path, watch_file: Path
) -> None:
    source = text_source(G["src1"], "Outside", path=watch_file.as_uri()) + text_source(
        G["src2"], "Relative", path="relative:///secret.txt"
    )
    result = import_qdpx(project, write_qdpx(tmp_path / "ext.qdpx", project_xml(sources=source)))
    assert _opened == []
    assert result.sources == 0
    assert any("outside the archive (not read" in note for note in result.notes)


def test_per_file_size_is_bounded(project: Project, tmp_path: Path) -> None:
    source = text_source(G["src1"], "Big", path=f"internal://{G['src1']}.txt")
    archive = write_qdpx(
        tmp_path / "big.qdpx", project_xml(sources=source), {f"sources/{G['src1']}.txt": "x" * 5000}
    )
    error = _refused(project, archive, limits=Limits(max_file_bytes=4096))
    assert "larger than 4,096 bytes" in str(error)


def test_total_size_is_bounded(project: Project, tmp_path: Path) -> None:
    sources_xml = "".join(
        text_source(guid, f"Part {i}", path=f"internal://{guid}.txt")
        for i, guid in enumerate((G["src1"], G["src2"], G["src3"]))
    )
    files = {f"sources/{g}.txt": "y" * 3000 for g in (G["src1"], G["src2"], G["src3"])}
    archive = write_qdpx(tmp_path / "many.qdpx", project_xml(sources=sources_xml), files)
    error = _refused(project, archive, limits=Limits(max_file_bytes=4000, max_total_bytes=8000))
    assert "unpacks to more than" in str(error)


def test_project_file_size_is_bounded(project: Project, tmp_path: Path) -> None:
    qde = project_xml(sources=text_source(G["src1"], "Inline", content="z" * 10_000))
    error = _refused(
        project, write_qdpx(tmp_path / "q.qdpx", qde), limits=Limits(max_project_bytes=2048)
    )
    assert "project.qde inside the archive is larger than" in str(error)


def test_too_many_members_are_refused(project: Project, tmp_path: Path) -> None:
    files = {f"sources/{i}.txt": "" for i in range(20)}
    archive = write_qdpx(tmp_path / "crowd.qdpx", project_xml(), files)
    assert "holds 21 files" in str(_refused(project, archive, limits=Limits(max_members=10)))


def test_a_zip_bomb_is_stopped_by_the_limit(project: Project, tmp_path: Path) -> None:
    source = text_source(G["src1"], "Bomb", path=f"internal://{G['src1']}.txt")
    archive = write_qdpx(
        tmp_path / "bomb.qdpx",
        project_xml(sources=source),
        {f"sources/{G['src1']}.txt": b"\0" * (4 * 1024 * 1024)},
    )
    assert archive.stat().st_size < 64 * 1024  # it really is a bomb
    _refused(project, archive, limits=Limits(max_file_bytes=1024 * 1024))


def test_a_member_that_lies_about_its_size_is_refused(project: Project, tmp_path: Path) -> None:
    source, _ = _valid_source()
    name = f"sources/{G['src1']}.txt"
    archive = write_qdpx(tmp_path / "liar.qdpx", project_xml(sources=source), {name: "n" * 200_000})
    data = bytearray(archive.read_bytes())
    # Shrink the declared uncompressed size of the text in the central directory to 10 bytes.
    entry = data.find(b"PK\x01\x02", data.find(name.encode()) + 1)
    while data[entry + 46 : entry + 46 + len(name)] != name.encode():
        entry = data.find(b"PK\x01\x02", entry + 4)
    struct.pack_into("<I", data, entry + 24, 10)
    archive.write_bytes(bytes(data))
    assert "damaged" in str(_refused(project, archive))


def test_an_encrypted_member_is_refused(project: Project, tmp_path: Path) -> None:
    source, files = _valid_source()
    archive = write_qdpx(tmp_path / "locked.qdpx", project_xml(sources=source), files)
    data = bytearray(archive.read_bytes())
    name = next(iter(files)).encode()
    # zipfile cannot write encrypted members: set the "encrypted" flag in both headers.
    for signature, flags_at, name_at in ((b"PK\x03\x04", 6, 30), (b"PK\x01\x02", 8, 46)):
        entry = data.find(signature)
        while data[entry + name_at : entry + name_at + len(name)] != name:
            entry = data.find(signature, entry + 4)
        data[entry + flags_at] |= 0x1
    archive.write_bytes(bytes(data))
    assert "encrypted" in str(_refused(project, archive))


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "not a zip archive"),
        (b"Just some text that was renamed to .qdpx\n", "not a zip archive"),
        (b"PK\x03\x04" + b"\x00" * 40, "not a zip archive"),
        (bytes(range(256)) * 20, "not a zip archive"),
    ],
)
def test_garbage_that_is_not_a_zip(
    project: Project, tmp_path: Path, content: bytes, reason: str
) -> None:
    archive = tmp_path / "garbage.qdpx"
    archive.write_bytes(content)
    assert reason in str(_refused(project, archive))


def test_a_truncated_archive(project: Project, tmp_path: Path) -> None:
    source, files = _valid_source()
    archive = write_qdpx(tmp_path / "cut.qdpx", project_xml(sources=source), files)
    archive.write_bytes(archive.read_bytes()[:-40])
    assert "not a zip archive" in str(_refused(project, archive))


@pytest.mark.parametrize(
    ("qde", "reason"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00", "not well-formed XML"),
        (b"<Project name='x'><Sources>", "not well-formed XML (line 1"),
        (
            b'<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes/></CodeBook>',
            "holds a codebook (.qdc), not a REFI-QDA project",
        ),
        (b"<html><body>Not found</body></html>", "holds <html>"),
    ],
)
def test_a_project_file_that_is_not_a_project(
    project: Project, tmp_path: Path, qde: bytes, reason: str
) -> None:
    assert reason in str(_refused(project, write_qdpx(tmp_path / "x.qdpx", qde)))


def test_a_zip_without_a_project_file(project: Project, tmp_path: Path) -> None:
    archive = tmp_path / "docs.qdpx"
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("word/document.xml", "<w:document/>")
    assert "no .qde file" in str(_refused(project, archive))


def test_two_project_files_are_ambiguous(project: Project, tmp_path: Path) -> None:
    archive = write_qdpx(
        tmp_path / "two.qdpx", project_xml(), {"other.qde": project_xml()}, qde_name="a.qde"
    )
    assert "2 project files" in str(_refused(project, archive))


def test_a_refusal_late_in_the_archive_leaves_nothing_behind(
    project: Project, tmp_path: Path
) -> None:
    # The first source is fine; the second one points outside the archive.
    good = text_source(G["src1"], "Good", content="Fine text.")
    bad = text_source(G["src2"], "Bad", path="internal://../../x.txt")
    _refused(project, write_qdpx(tmp_path / "late.qdpx", project_xml(sources=good + bad)))


@pytest.mark.parametrize(
    "prolog",
    [
        '<?xml version="1.0"?>\n<!-- exported -->\n<?pi data?>\n',
        "\ufeff",
        "  \n",
    ],
)
def test_a_dtd_after_any_prolog_is_refused(project: Project, tmp_path: Path, prolog: str) -> None:
    qde = prolog + '<!DOCTYPE Project [<!ENTITY x "y">]><Project name="&x;"/>'
    assert "DTD" in str(_refused(project, write_qdpx(tmp_path / "p.qdpx", qde)))


def test_a_utf16_project_file_with_a_dtd_is_refused(project: Project, tmp_path: Path) -> None:
    qde = (
        '<?xml version="1.0" encoding="UTF-16"?>'
        '<!DOCTYPE Project [<!ENTITY x "y">]><Project name="&x;"/>'
    )
    archive = write_qdpx(tmp_path / "u16.qdpx", qde.encode("utf-16"))
    assert "DTD" in str(_refused(project, archive))


def test_a_utf16_project_file_without_a_dtd_imports(project: Project, tmp_path: Path) -> None:
    qde = project_xml(sources=text_source(G["src1"], "Статья", content="Текст."))
    qde = qde.replace('encoding="utf-8"', 'encoding="UTF-16"')
    result = import_qdpx(project, write_qdpx(tmp_path / "u16.qdpx", qde.encode("utf-16")))
    assert [s.title for s in sources.list_sources(project)] == ["Статья"]
    assert result.sources == 1


def test_a_code_tree_nested_absurdly_deep_is_refused(project: Project, tmp_path: Path) -> None:
    depth = 5000
    codes = (
        "".join(
            f'<Code guid="{i:08x}-0000-4000-8000-000000000000" name="c{i}" isCodable="true">'
            for i in range(depth)
        )
        + "</Code>" * depth
    )
    archive = write_qdpx(tmp_path / "deep.qdpx", project_xml(codes=codes))
    assert "nested more than 100 levels" in str(_refused(project, archive))


def test_the_garbage_collector_runs_again_after_an_import_or_a_refusal(
    project: Project, tmp_path: Path
) -> None:
    """The import pauses Python's cyclic collector (domain.bulk) and always resumes it."""
    source, files = _valid_source()
    good = write_qdpx(tmp_path / "good.qdpx", project_xml(sources=source), files)
    assert gc.isenabled()
    import_qdpx(project, good)
    assert gc.isenabled()
    assert [s.title for s in sources.list_sources(project)] == ["Article"]
    project.undo()
    bad = write_qdpx(
        tmp_path / "bad.qdpx",
        project_xml(name="p").replace(
            "<Project", "<!DOCTYPE Project [<!ELEMENT Project ANY>]>\n<Project", 1
        ),
    )
    _refused(project, bad)
    assert gc.isenabled()

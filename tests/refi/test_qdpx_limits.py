"""A .qdpx is held to the limits of every other import, checked while it inflates: the text limit
per source, a compression-ratio bound per member and for the whole archive, and a total — on the
bytes really inflated, whatever the zip's headers declare. Each refusal is one line, and the
project (a real one, made for the test) is exactly as it was."""

from __future__ import annotations

import base64
import random
import struct
import time
import tracemalloc
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers import limits
from desktop_app.importers.qdpx_archive import Limits
from desktop_app.services import codebook, sources
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from tests.refi.archives import G, project_xml, text_source, write_qdpx

MIB = 1024 * 1024
GUIDS = (G["src1"], G["src2"], G["src3"], G["pdf1"])


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[Project]:
    project = Project.open(tmp_path / "fresh.parley", create=True)
    yield project
    project.close()


def _refused(project: Project, archive: Path, **kwargs: object) -> str:
    codes_before = codebook.list_codes(project)
    with pytest.raises(ImportRefused) as caught:
        import_qdpx(project, archive, **kwargs)  # type: ignore[arg-type]
    message = str(caught.value)
    assert "\n" not in message, message
    assert message.count(" — ") == 1, message
    assert sources.list_sources(project) == []
    assert codebook.list_codes(project) == codes_before
    assert project.undo_label is None
    return message


def _sources_xml(count: int) -> str:
    return "".join(
        text_source(guid, f"Part {i}", path=f"internal://{guid}.txt")
        for i, guid in enumerate(GUIDS[:count])
    )


def _prose(chars: int, seed: int = 1) -> str:
    """Text that compresses like prose (about 4:3), fast to make in any length."""
    raw = random.Random(seed).randbytes(chars)
    return base64.b64encode(raw).decode("ascii")[:chars]


@pytest.fixture(scope="module")
def issue_archive(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The archive of the report: about 500 KB holding four 125-million-character sources."""
    path = tmp_path_factory.mktemp("bomb") / "four-sources.qdpx"
    chunk = b"x" * MIB
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        archive.writestr("project.qde", project_xml(sources=_sources_xml(4)))
        for guid in GUIDS:
            with archive.open(f"sources/{guid}.txt", "w", force_zip64=True) as handle:
                for _ in range(125):
                    handle.write(chunk)
    assert path.stat().st_size < 600 * 1024
    return path


def test_the_reported_archive_is_refused_while_inflating(
    fresh: Project, issue_archive: Path
) -> None:
    tracemalloc.start()
    started = time.perf_counter()
    try:
        message = _refused(fresh, issue_archive)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "looks like a zip bomb" in message
    assert "compressed" in message
    assert elapsed < 5
    assert peak < 32 * MIB  # a few chunks, never a 125 MB source


def test_a_lying_header_does_not_let_a_bomb_through(fresh: Project, issue_archive: Path) -> None:
    """Declared sizes shrunk to a few bytes (file_size and compressed size, central directory
    and local headers): zipfile stops at the declared size and the CRC fails, or the ratio
    bound catches it — never 125 MB in memory."""
    data = bytearray(issue_archive.read_bytes())
    for guid in GUIDS:
        name = f"sources/{guid}.txt".encode()
        entry = data.find(b"PK\x01\x02")
        while data[entry + 46 : entry + 46 + len(name)] != name:
            entry = data.find(b"PK\x01\x02", entry + 4)
        struct.pack_into("<I", data, entry + 24, 1000)  # uncompressed size: 1000 bytes
    forged = issue_archive.with_name("forged.qdpx")
    forged.write_bytes(bytes(data))
    tracemalloc.start()
    try:
        message = _refused(fresh, forged)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert "damaged" in message or "zip bomb" in message
    assert peak < 32 * MIB


def test_a_header_that_hides_the_ratio_is_caught_by_the_real_count(
    fresh: Project, tmp_path: Path
) -> None:
    """A 19 MB source (under the text limit) that compresses 1000:1, whose central directory
    claims it took 19 MB compressed — so its declared ratio is 1:1 and its CRC is right. The
    archive-wide bound measures against the archive's real size on disk, which no header can
    change."""
    name = f"sources/{G['src1']}.txt"
    archive = tmp_path / "hidden.qdpx"
    with zipfile.ZipFile(archive, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as handle:
        handle.writestr("project.qde", project_xml(sources=_sources_xml(1)))
        handle.writestr(name, b"x" * (19 * MIB))
    data = bytearray(archive.read_bytes())
    entry = data.find(b"PK\x01\x02")
    while data[entry + 46 : entry + 46 + len(name)] != name.encode():
        entry = data.find(b"PK\x01\x02", entry + 4)
    struct.pack_into("<I", data, entry + 20, 19 * MIB)  # compressed size: 19 MB
    archive.write_bytes(bytes(data))
    assert archive.stat().st_size < 64 * 1024
    message = _refused(fresh, archive)
    assert "looks like a zip bomb" in message
    assert "KB unpack to more than 19.0 MB" in message


def test_a_source_over_the_text_limit_is_refused(fresh: Project, tmp_path: Path) -> None:
    """Not a bomb — prose-like text that compresses 4:3 — just longer than any importer takes."""
    text = _prose(limits.MAX_TEXT_CHARS + 1)
    archive = write_qdpx(
        tmp_path / "long.qdpx",
        project_xml(sources=_sources_xml(1)),
        {f"sources/{G['src1']}.txt": text},
    )
    message = _refused(fresh, archive)
    assert message == (
        "long.qdpx: source “Part 0” is too long: 5,000,001 characters of text (the limit is "
        "5,000,000) — split it in the other program and export the project again"
    )


def test_the_text_limit_is_the_importers_own(
    fresh: Project, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One number for every format: lowering ``limits.MAX_TEXT_CHARS`` lowers it for .qdpx too
    (inline text, text files and their byte bound alike); a source at the limit still imports."""
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 1000)
    at_limit = write_qdpx(
        tmp_path / "at.qdpx",
        project_xml(sources=_sources_xml(1)),
        {f"sources/{G['src1']}.txt": _prose(1000)},
    )
    assert import_qdpx(fresh, at_limit).sources == 1
    fresh.undo()
    inline = write_qdpx(
        tmp_path / "inline.qdpx",
        project_xml(sources=text_source(G["src2"], "Inline", content=_prose(1001))),
    )
    assert "“Inline” is too long: 1,001 characters" in _refused(fresh, inline)
    huge = write_qdpx(
        tmp_path / "huge.qdpx",
        project_xml(sources=_sources_xml(1)),
        {f"sources/{G['src1']}.txt": _prose(5000)},
    )
    assert "is too long: more than 1,000 characters of text" in _refused(fresh, huge)


def test_many_small_bombs_are_caught_by_the_whole_archive_ratio(
    fresh: Project, tmp_path: Path
) -> None:
    """Each member below the size where the per-member ratio applies, together far beyond it."""
    count = 4
    archive = write_qdpx(
        tmp_path / "small-bombs.qdpx",
        project_xml(sources=_sources_xml(count)),
        {f"sources/{guid}.txt": "y" * 60_000 for guid in GUIDS[:count]},
    )
    bounds = Limits(ratio_min_bytes=64 * 1024, max_ratio=20)
    message = _refused(fresh, archive, limits=bounds)
    assert "looks like a zip bomb" in message
    assert "unpack to more than" in message


def test_an_honest_archive_passes_every_bound(fresh: Project, tmp_path: Path) -> None:
    archive = write_qdpx(
        tmp_path / "honest.qdpx",
        project_xml(sources=_sources_xml(3)),
        {f"sources/{guid}.txt": _prose(300_000, seed=i) for i, guid in enumerate(GUIDS[:3])},
    )
    result = import_qdpx(fresh, archive, limits=Limits(ratio_min_bytes=1024, max_ratio=5))
    assert result.sources == 3
    assert [s.characters for s in sources.list_sources(fresh)] == [300_000] * 3

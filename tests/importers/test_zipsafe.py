"""Zip containers are vetted before any parser sees them: bombs are refused fast, in little
memory, and a directory that lies about sizes cannot make Parley inflate more than it says."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from pathlib import Path

import docx
import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers import limits
from desktop_app.importers.loader import load_document
from tests.importers.builders import ODT_MIMETYPE, with_declared_size, zip_of_zeros
from tests.importers.conftest import WriteFile

GIGABYTE = 1 << 30
CONTENT_TYPES = (
    b'<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/'
    b'content-types"/>'
)


@pytest.fixture(scope="module")
def gigabyte_bomb(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 4.5 MB zip whose word/document.xml unpacks to 1 GB of zeros (built once, ~2 s)."""
    path = tmp_path_factory.mktemp("bomb") / "bomb.zip"
    zip_of_zeros(str(path), "word/document.xml", GIGABYTE, {"[Content_Types].xml": CONTENT_TYPES})
    return path


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_gigabyte_bomb_is_refused_quickly_in_bounded_memory(
    gigabyte_bomb: Path, tmp_path: Path, suffix: str
) -> None:
    target = tmp_path / f"press-release{suffix}"
    target.write_bytes(gigabyte_bomb.read_bytes())
    tracemalloc.start()
    started = time.perf_counter()
    try:
        with pytest.raises(ImportRefused) as refused:
            load_document(target)
        elapsed = time.perf_counter() - started
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert refused.value.reason == (
        f"looks like a zip bomb, not a genuine {suffix} file: one part would unpack to "
        "1024.0 MB (the limit is 200.0 MB)"
    )
    assert elapsed < 5  # in practice a few milliseconds: only the zip directory is read
    assert peak < 4 * gigabyte_bomb.stat().st_size + (8 << 20)  # the file, not the gigabyte


def test_extreme_compression_ratio_is_refused(write_file: WriteFile, tmp_path: Path) -> None:
    path = tmp_path / "ratio.docx"
    zip_of_zeros(str(path), "word/document.xml", 50 << 20, {"[Content_Types].xml": CONTENT_TYPES})
    with pytest.raises(ImportRefused) as refused:
        load_document(path)
    assert refused.value.reason.startswith("looks like a zip bomb, not a genuine .docx file: ")
    assert refused.value.reason.endswith(" to 1")


@pytest.mark.parametrize("suffix", [".docx", ".odt"])
def test_a_forged_compressed_size_cannot_hide_the_ratio(tmp_path: Path, suffix: str) -> None:
    """The directory claims the 50 MB of zeros took 50 MB compressed, so the member's own
    ratio reads 1:1; measured against the archive's real length it is a bomb all the same."""
    path = tmp_path / "source.zip"
    extra = {"[Content_Types].xml": CONTENT_TYPES} if suffix == ".docx" else {}
    member = "word/document.xml" if suffix == ".docx" else "content.xml"
    zip_of_zeros(str(path), member, 50 << 20, extra)
    forged = with_declared_size(path.read_bytes(), member, 50 << 20, compressed=True)
    assert len(forged) < 1 << 20
    target = tmp_path / f"forged{suffix}"
    target.write_bytes(forged)
    with pytest.raises(ImportRefused) as refused:
        load_document(target)
    assert refused.value.reason.startswith(f"looks like a zip bomb, not a genuine {suffix} file: ")
    assert refused.value.reason.endswith("would unpack to 50.0 MB")


def test_total_size_limit(monkeypatch: pytest.MonkeyPatch, write_file: WriteFile) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_TOTAL_BYTES", 1000)
    document = docx.Document()
    document.add_paragraph("x")
    buffer = io.BytesIO()
    document.save(buffer)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("big.docx", buffer.getvalue()))
    assert refused.value.reason.startswith(
        "looks like a zip bomb, not a genuine .docx file: it would unpack to "
    )


def test_too_many_members(monkeypatch: pytest.MonkeyPatch, write_file: WriteFile) -> None:
    monkeypatch.setattr(limits, "MAX_ZIP_MEMBERS", 3)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("mimetype", ODT_MIMETYPE)
        for number in range(4):
            archive.writestr(f"part{number}.xml", "<x/>")
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("many.odt", buffer.getvalue()))
    assert (
        refused.value.reason == "looks like a zip bomb, not a genuine .odt file: it holds 5 parts"
    )


def test_directory_that_understates_a_size_is_caught_as_damage(write_file: WriteFile) -> None:
    document = docx.Document()
    document.add_paragraph("Kyiv rejects the conditions. " * 200)
    buffer = io.BytesIO()
    document.save(buffer)
    lying = with_declared_size(buffer.getvalue(), "word/document.xml", 100)
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("lying.docx", lying))
    assert refused.value.reason == "the .docx file is damaged"


def test_encrypted_zip_members(write_file: WriteFile) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", CONTENT_TYPES)
    data = bytearray(buffer.getvalue())
    central = data.find(b"PK\x01\x02")
    data[central + 8] |= 0x1  # the "encrypted" flag, as a zip tool's password sets it
    with pytest.raises(ImportRefused) as refused:
        load_document(write_file("locked.docx", bytes(data)))
    assert refused.value.reason == "the .docx file is password-protected"

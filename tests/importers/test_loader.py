"""The loader's contract: which files, one document per file, one clear refusal otherwise."""

from __future__ import annotations

import hashlib
import logging
import os
import random
import shutil
import sys
import tempfile
from pathlib import Path

import pytest

from desktop_app.errors import ImportRefused
from desktop_app.importers import limits, loader
from desktop_app.importers.loader import (
    MAX_FILE_BYTES,
    MAX_TEXT_CHARS,
    SUPPORTED_SUFFIXES,
    document_from_text,
    iter_source_files,
    load_document,
)
from tests.importers.conftest import WriteFile
from tests.importers.samples import EN_PARAGRAPH, RU_PARAGRAPH


def _refusal(path: Path) -> str:
    with pytest.raises(ImportRefused) as refused:
        load_document(path)
    assert refused.value.path == path
    return str(refused.value)


def test_public_constants() -> None:
    expected = {
        ".txt",
        ".text",
        ".html",
        ".htm",
        ".docx",
        ".odt",
        ".pdf",
        ".md",
        ".markdown",
        ".rtf",
    }
    assert expected == SUPPORTED_SUFFIXES
    assert MAX_FILE_BYTES == limits.MAX_FILE_BYTES == 50 * 1024 * 1024
    assert MAX_TEXT_CHARS == limits.MAX_TEXT_CHARS == 5_000_000


@pytest.mark.parametrize("name", ["photo.jpg", "setup.exe", "SHEET.XLSX"])
def test_unsupported_types(write_file: WriteFile, name: str) -> None:
    suffix = Path(name).suffix.lower()
    assert _refusal(write_file(name, b"\xff\xd8\xff\xe0 not really")) == (
        f"{name}: unsupported file type {suffix} — Parley imports .txt, .html, .docx, .odt, .pdf, "
        ".md, .rtf — convert the document to one of these formats"
    )


def test_no_extension(write_file: WriteFile) -> None:
    assert _refusal(write_file("README", "text")).startswith(
        "README: unsupported file type (no extension) — Parley imports"
    )


@pytest.mark.parametrize("name", ["empty.txt", "empty.docx", "empty.pdf", "empty.html"])
def test_empty_files(write_file: WriteFile, name: str) -> None:
    assert _refusal(write_file(name, b"")) == (
        f"{name}: is empty (0 bytes) — check that the file was saved"
    )


def test_whitespace_only_text(write_file: WriteFile) -> None:
    assert _refusal(write_file("blank.txt", " \r\n\t\n  ")) == (
        "blank.txt: is empty (it contains only whitespace) — check that the file was saved"
    )


def test_random_bytes_are_not_text(write_file: WriteFile) -> None:
    noise = random.Random(7).randbytes(4096)
    assert _refusal(write_file("noise.txt", noise)) == (
        "noise.txt: is not a text file (it contains binary data) — import the document in its "
        "original format (.docx, .pdf, .html…)"
    )


def test_nul_filled_text(write_file: WriteFile) -> None:
    path = write_file("crashed.txt", b"Saved before the crash" + bytes(2000))
    assert _refusal(path) == (
        "crashed.txt: is not a text file (it is full of NUL bytes) — check the file's content"
    )


def test_image_named_txt(write_file: WriteFile) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64)
    assert _refusal(write_file("scan.txt", png)) == (
        "scan.txt: is not a text file (it looks like an image) — Parley imports text; run OCR on "
        "the image first"
    )


def test_docx_named_txt(write_file: WriteFile) -> None:
    assert _refusal(write_file("letter.txt", b"PK\x03\x04" + bytes(100))).startswith(
        "letter.txt: is not a text file (it looks like a zip archive or Office document)"
    )


def test_too_large_by_limit(write_file: WriteFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_FILE_BYTES", 1024)
    path = write_file("big.txt", "word " * 500)  # 2,500 bytes
    assert _refusal(path) == (
        "big.txt: is too large (2.4 KB; the limit is 1.0 KB) — split it into smaller documents "
        "and import those"
    )


def test_too_large_sparse_file_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.pdf"
    with path.open("wb") as handle:
        handle.truncate(limits.MAX_FILE_BYTES + 1)  # sparse: no disk space, no reading
    assert _refusal(path) == (
        "huge.pdf: is too large (50.0 MB; the limit is 50.0 MB) — split it into smaller "
        "documents and import those"
    )


def test_too_much_text(write_file: WriteFile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(limits, "MAX_TEXT_CHARS", 100)
    assert _refusal(write_file("long.txt", EN_PARAGRAPH)) == (
        f"long.txt: is too long: {len(EN_PARAGRAPH):,} characters of text (the limit is 100) — "
        "split it into smaller documents and import those"
    )


def test_missing_file(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "gone.txt") == (
        "gone.txt: does not exist — check the file name and folder"
    )


def test_invalid_file_name(tmp_path: Path) -> None:
    assert _refusal(tmp_path / "bad\x00name.txt") == (
        "bad\x00name.txt: cannot be read (the file name is not valid)"
    )


def test_directory(tmp_path: Path) -> None:
    folder = tmp_path / "reports.txt"
    folder.mkdir()
    assert _refusal(folder) == (
        "reports.txt: is a folder, not a file — import the folder itself to add the files in it"
    )


@pytest.mark.skipif(sys.platform == "win32", reason="FIFOs are POSIX")
def test_special_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    assert _refusal(fifo) == "pipe.txt: is not a regular file — choose a document file"


def test_unreadable_file(write_file: WriteFile, monkeypatch: pytest.MonkeyPatch) -> None:
    path = write_file("locked.txt", "secret")
    real_open = Path.open

    def denied(self: Path, *args: object, **kwargs: object) -> object:
        if self == path:
            raise PermissionError(13, "Permission denied")
        return real_open(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "open", denied)
    assert _refusal(path) == (
        "locked.txt: cannot be read (permission denied) — check the file's permissions"
    )


def _refusal_as_nobody(path: Path) -> str:
    """The refusal ``load_document(path)`` gives to the unprivileged user "nobody": a forked
    child drops root and reports through a pipe (a new interpreter could not even start, as
    root's Python lives in root's home)."""
    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into pytest
        os.close(read_end)
        message = "no refusal"
        try:
            os.setgid(65534)
            os.setuid(65534)
            load_document(path)
        except ImportRefused as refused:
            message = str(refused)
        except BaseException as error:  # reported to the parent as text
            message = f"unexpected {type(error).__name__}: {error}"
        finally:
            os.write(write_end, message.encode("utf-8"))
            os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        message = pipe.read().decode("utf-8")
    os.waitpid(pid, 0)
    return message


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permission bits")
def test_unreadable_file_for_real(write_file: WriteFile) -> None:
    """A file the user may not read. Root reads anything, so as root (CI, containers) the
    import runs in a forked child as the unprivileged user "nobody"."""
    if os.geteuid() != 0:
        path = write_file("locked.txt", "secret")
        path.chmod(0)
        try:
            assert _refusal(path).startswith("locked.txt: cannot be read (permission denied)")
        finally:
            path.chmod(0o600)
        return
    folder = Path(tempfile.mkdtemp(prefix="parley-locked-"))
    try:
        folder.chmod(0o755)  # "nobody" may look inside, not read the file
        path = folder / "locked.txt"
        path.write_text("secret", encoding="utf-8")
        path.chmod(0)
        assert _refusal_as_nobody(path).startswith("locked.txt: cannot be read (permission denied)")
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def test_unexpected_library_error_becomes_one_line_and_a_logged_traceback(
    write_file: WriteFile, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    from desktop_app.importers import text

    def explode(data: bytes, path: Path) -> object:
        raise RuntimeError("parser bug")

    monkeypatch.setattr(text, "extract_text", explode)
    with caplog.at_level(logging.ERROR, logger=loader.__name__):
        message = _refusal(write_file("any.txt", "text"))
    assert message == (
        "any.txt: could not be read: the txt reader failed (RuntimeError) — check that the file "
        "opens in its usual program; if it does, please report this with the log file"
    )
    assert caplog.records[-1].exc_info is not None
    assert "parser bug" in caplog.text


def test_out_of_memory_is_a_refusal(write_file: WriteFile, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app.importers import text

    def exhaust(data: bytes, path: Path) -> object:
        raise MemoryError

    monkeypatch.setattr(text, "extract_text", exhaust)
    assert _refusal(write_file("any.txt", "text")).startswith(
        "any.txt: is too large to import with the memory available"
    )


# --- iter_source_files -----------------------------------------------------------------------


def test_folders_are_walked_sorted_skipping_hidden_and_unsupported(tmp_path: Path) -> None:
    for name in [
        "b.txt",
        "A.docx",
        "notes.jpg",
        ".hidden.txt",
        ".git/config.txt",
        "sub/z.pdf",
        "sub/a.HTML",
        "sub/.cache/x.txt",
        "c.md",
    ]:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    found = list(iter_source_files([tmp_path]))
    assert found == [
        tmp_path / "A.docx",
        tmp_path / "b.txt",
        tmp_path / "c.md",
        tmp_path / "sub" / "a.HTML",
        tmp_path / "sub" / "z.pdf",
    ]


def test_archives_are_set_aside_not_skipped_as_unsupported(tmp_path: Path) -> None:
    for name in ["a.txt", "b.QDPX", "sub/c.qdpx", "d.jpg"]:
        path = tmp_path / "in" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text("x")
    named = tmp_path / "named.qdpx"
    named.write_text("x")
    skipped: list[Path] = []
    archives: list[Path] = []
    found = list(iter_source_files([tmp_path / "in", named], skipped, archives))
    assert found == [tmp_path / "in" / "a.txt"]
    assert skipped == [Path("in") / "d.jpg"]
    assert archives == [tmp_path / "in" / "b.QDPX", tmp_path / "in" / "sub" / "c.qdpx", named]
    # Without a list for them (callers that import sources only) they are skipped as before.
    skipped.clear()
    assert list(iter_source_files([tmp_path / "in"], skipped)) == found
    assert Path("in") / "b.QDPX" in skipped


def test_named_files_are_yielded_as_given(tmp_path: Path) -> None:
    jpg, missing, hidden = tmp_path / "photo.jpg", tmp_path / "gone.txt", tmp_path / ".h.txt"
    jpg.write_bytes(b"x")
    hidden.write_text("x")
    assert list(iter_source_files([jpg, missing, hidden])) == [jpg, missing, hidden]


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks need privileges on Windows")
def test_symlinked_folder_loops_end(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "doc.txt").write_text("x")
    (tmp_path / "a" / "loop").symlink_to(tmp_path / "a", target_is_directory=True)
    assert list(iter_source_files([tmp_path])) == [tmp_path / "a" / "doc.txt"]


# --- document_from_text ------------------------------------------------------------------------


def test_pasted_text() -> None:
    pasted = f"\ufeff\r\n  Putin names conditions  \r\n\r\n{EN_PARAGRAPH}\r\n"
    doc = document_from_text(pasted)
    expected = f"\n  Putin names conditions  \n\n{EN_PARAGRAPH}\n"
    assert doc.text == expected
    assert doc.meta.title == "Putin names conditions"
    assert doc.meta.language == "en"
    assert doc.file_format == "paste"
    assert doc.original_name == "clipboard"
    assert doc.sha256 == hashlib.sha256(expected.encode("utf-8")).hexdigest()


def test_pasted_text_with_title_and_name() -> None:
    doc = document_from_text(RU_PARAGRAPH, title="  Заявление\nМИД ", original_name="from web")
    assert doc.meta.title == "Заявление МИД"
    assert doc.original_name == "from web"
    assert doc.meta.language == "ru"


def test_pasting_only_whitespace_is_refused() -> None:
    with pytest.raises(ImportRefused) as refused:
        document_from_text(" \n\t\r\n")
    assert str(refused.value) == (
        "clipboard: is empty (the pasted text contains only whitespace) — copy some text first"
    )

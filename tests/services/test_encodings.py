"""Reading a source in another encoding: offered only where the import guessed, one undoable
operation through the file's own importer, refused once the source has annotations."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind, SourceMeta
from desktop_app.errors import InvalidChange
from desktop_app.services import encodings, markup, sources
from desktop_app.services.project import Project
from desktop_app.storage import sources as store
from tests.builders import add_code

# A DOS (cp866) headline: too short for certainty, and Greek cp737 reads it as letters too.
HEADLINE = "Съезд депутатов"
GREEK = HEADLINE.encode("cp866").decode("cp737")


def _import(project: Project, path: Path, data: bytes) -> int:
    path.write_bytes(data)
    report = sources.import_paths(project, [path])
    assert not report.refused
    return report.added[0].id


def test_a_guessed_encoding_is_offered_and_read_again_as_one_undoable_step(
    project: Project, tmp_path: Path
) -> None:
    source_id = _import(project, tmp_path / "svodka.txt", HEADLINE.encode("cp866"))
    before = sources.get_source(project, source_id)
    assert sources.get_text(project, source_id) == GREEK  # the guess is wrong
    assert before.variables["encoding"] == "cp737"
    assert before.title == GREEK

    choice = encodings.encoding_choice(project, source_id)
    assert choice is not None and choice.refusal == ""
    assert choice.readings[0] == encodings.Reading("cp737", GREEK, len(GREEK), current=True)
    assert encodings.Reading("cp866", HEADLINE, len(HEADLINE), current=False) in choice.readings
    assert 2 <= len(choice.readings) <= encodings.MAX_READINGS

    after = encodings.redecode(project, source_id, "CP866")
    assert sources.get_text(project, source_id) == HEADLINE
    assert after.title == HEADLINE  # the title was the import's own first line: it follows
    assert after.characters == len(HEADLINE)
    assert after.variables["encoding"] == "cp866"
    assert after.variables["encoding_confidence"] == "chosen by the analyst"
    assert project.undo_label == f"Read “{GREEK}” as cp866"

    project.undo()
    assert sources.get_text(project, source_id) == GREEK
    assert sources.get_source(project, source_id).variables["encoding"] == "cp737"
    project.redo()
    assert sources.get_text(project, source_id) == HEADLINE


def test_an_edited_title_is_kept(project: Project, tmp_path: Path) -> None:
    source_id = _import(project, tmp_path / "svodka.txt", HEADLINE.encode("cp866"))
    meta = sources.get_source(project, source_id)
    sources.update_metadata(project, source_id, SourceMeta(title="Congress", language="ru"))
    encodings.redecode(project, source_id, "cp866")
    assert sources.get_source(project, source_id).title == "Congress"
    assert meta.sha256 == sources.get_source(project, source_id).sha256


def test_refused_once_the_source_has_annotations(project: Project, tmp_path: Path) -> None:
    source_id = _import(project, tmp_path / "svodka.txt", HEADLINE.encode("cp866"))
    code = add_code(project, CodeKind.CONDITION, "Congress")
    markup.annotate(project, source_id, 0, 5, [code.id])
    choice = encodings.encoding_choice(project, source_id)
    assert choice is not None
    assert choice.refusal == (
        f"“{GREEK}” has 1 annotation: reading it in another encoding would move them "
        "— remove them first"
    )
    label = project.undo_label
    with pytest.raises(InvalidChange) as refused:
        encodings.redecode(project, source_id, "cp866")
    assert str(refused.value) == choice.refusal
    assert sources.get_text(project, source_id) == GREEK
    assert project.undo_label == label


def test_certain_decodings_keep_no_bytes_and_offer_nothing(
    project: Project, tmp_path: Path
) -> None:
    source_id = _import(project, tmp_path / "utf8.txt", "Переговоры в Стамбуле".encode())
    assert encodings.encoding_choice(project, source_id) is None
    with pytest.raises(InvalidChange, match="kept no copy of its file"):
        encodings.redecode(project, source_id, "cp1251")
    digest = sources.get_source(project, source_id).sha256
    with project.read() as reader:
        assert store.original_bytes(reader, digest) == b""


def test_undoing_the_import_forgets_the_kept_bytes(project: Project, tmp_path: Path) -> None:
    data = HEADLINE.encode("cp866")
    source_id = _import(project, tmp_path / "svodka.txt", data)
    digest = sources.get_source(project, source_id).sha256
    with project.read() as reader:
        assert store.original_bytes(reader, digest) == data
    project.undo()
    with project.read() as reader:
        assert store.original_bytes(reader, digest) == b""


def test_an_unknown_or_undecodable_encoding_is_refused(project: Project, tmp_path: Path) -> None:
    source_id = _import(project, tmp_path / "svodka.txt", HEADLINE.encode("cp866"))
    with pytest.raises(InvalidChange, match="“base64” is not a text encoding Parley knows"):
        encodings.redecode(project, source_id, "base64")
    with pytest.raises(InvalidChange, match="is not utf-8 text: 7 byte sequence"):
        encodings.redecode(project, source_id, "utf-8")
    assert sources.get_text(project, source_id) == GREEK


def test_kept_bytes_fit_a_setting_key_and_must_match_the_source_hash(
    project: Project, tmp_path: Path
) -> None:
    from desktop_app.storage import project_meta
    from desktop_app.storage.schema import SETTING_KEY_CHARS

    source_id = _import(project, tmp_path / "svodka.txt", HEADLINE.encode("cp866"))
    digest = sources.get_source(project, source_id).sha256
    key = store.original_key(digest)
    assert len(key) == SETTING_KEY_CHARS  # PostgreSQL refuses a longer key
    with project.read() as reader:
        assert project_meta.get_setting(reader, key) != ""
    with project.operation("Tamper") as tx:  # other bytes under the key: not this source's
        project_meta.set_setting(tx, key, "0J/RgNC40LLQtdGC")
    assert encodings.encoding_choice(project, source_id) is None

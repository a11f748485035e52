"""The sample project's codebook is written in the language Parley speaks when it builds it
(the window's interface language on first run): names, categories, descriptions and roles;
speakers keep their names and aliases, which are the sources' own."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.domain.model import CodeKind
from desktop_app.errors import InvalidChange
from desktop_app.services import codebook
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("uk", ("Відмова від членства в НАТО", "Відкидає", "Президент Росії")),
        ("ru", ("Отказ от членства в НАТО", "Отвергает", "Президент России")),
    ],
)
def test_the_sample_codebook_in_the_interface_language(
    code: str, expected: tuple[str, str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    condition, stance, role = expected
    monkeypatch.setenv("PARLEY_DATA_DIR", str(tmp_path / "data"))
    path = tmp_path / "sample.parley"
    with i18n.language(code):
        build_sample_project(path)
    with Project.open(path) as project:
        codes = codebook.list_codes(project)
    names = {c.name for c in codes}
    assert condition in names and stance in names
    assert "Renounce NATO membership" not in names
    putin = next(c for c in codes if c.name == "Vladimir Putin")
    assert putin.kind is CodeKind.SPEAKER
    assert putin.speaker is not None and putin.speaker.role == role
    assert "Путин" in putin.speaker.aliases


def test_error_messages_in_the_language(tmp_path: Path) -> None:
    """A refused change says what and what to do in the language Parley speaks."""
    with Project.open(tmp_path / "p.parley", create=True) as project:
        root = codebook.root_of_kind(project, CodeKind.CONDITION)
        for code, expected in (
            ("en", "a code needs a name — type a name"),
            ("uk", "код повинен мати назву — введіть назву"),
            ("ru", "у кода должно быть название — введите название"),
        ):
            with i18n.language(code), pytest.raises(InvalidChange) as refused:
                codebook.create_code(project, root.id, "   ")
            assert str(refused.value) == expected

"""Folder import: one operation, refused files reported, the report as stored."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.errors import Cancelled, ImportRefused
from desktop_app.services import sources
from desktop_app.services.project import Project

RU = "Президент России Владимир Путин в пятницу заявил, что Москва готова начать переговоры."
EN = "Russian President Vladimir Putin on Friday said that Moscow was ready to start talks."


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "a-en.txt").write_text(f"English report\n\n{EN}\n", encoding="utf-8")
    (root / "b-ru.txt").write_bytes(f"Отчёт\r\n\r\n{RU}\r\n".encode("cp1251"))
    (root / "c-empty.txt").write_bytes(b"")
    (root / "sub" / "d-ru.md").write_text(f"# Заголовок\n\n{RU} {RU}\n", encoding="utf-8")
    (root / "e-copy.txt").write_text(f"English report\n\n{EN}\n", encoding="utf-8")
    return root


def test_a_folder_is_one_undoable_operation_and_a_refused_file_stops_nothing(
    project: Project, folder: Path
) -> None:
    seen: list[tuple[int, int, str]] = []
    report = sources.import_paths(project, [folder], progress=lambda *a: seen.append(a))

    assert [s.original_name for s in report.added] == ["a-en.txt", "b-ru.txt", "d-ru.md"]
    assert [r.path.name for r in report.refused] == ["c-empty.txt"]
    assert [d.name for d in report.duplicates] == ["e-copy.txt"]
    assert seen[0] == (0, 5, "a-en.txt") and seen[-1] == (5, 5, "storing")

    # The report is what is stored.
    assert report.added == sources.list_sources(project)
    by_name = {s.original_name: s for s in report.added}
    assert by_name["b-ru.txt"].variables["encoding"] == "cp1251"
    assert by_name["b-ru.txt"].variables["encoding_confidence"].startswith("high (")
    assert by_name["b-ru.txt"].language == "ru"
    assert by_name["a-en.txt"].language == "en"
    assert sources.get_text(project, by_name["b-ru.txt"].id) == f"Отчёт\n\n{RU}\n"

    assert project.undo_label == "Import 3 sources"
    project.undo()
    assert sources.list_sources(project) == []
    project.redo()
    assert sources.list_sources(project) == report.added


def test_cancelling_leaves_the_project_as_it_was(project: Project, folder: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2

    with pytest.raises(Cancelled):
        sources.import_paths(project, [folder], cancelled=cancelled)
    assert sources.list_sources(project) == []
    assert project.undo_label is None


def test_pasted_text_is_one_undoable_source_and_the_same_paste_a_duplicate(
    project: Project,
) -> None:
    report = sources.paste_text(project, f"Заявление МИД\r\n\r\n{RU}")

    [added] = report.added
    assert added.title == "Заявление МИД"
    assert sources.get_text(project, added.id) == f"Заявление МИД\n\n{RU}"
    assert project.undo_label == "Paste a new source"

    again = sources.paste_text(project, f"Заявление МИД\n\n{RU}")
    assert again.added == [] and [d.name for d in again.duplicates] == ["clipboard"]

    with pytest.raises(ImportRefused, match="only whitespace"):
        sources.paste_text(project, " \n\t")
    project.undo()
    assert sources.list_sources(project) == []

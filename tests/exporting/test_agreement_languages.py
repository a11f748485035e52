"""The workbook's agreement sheet in Ukrainian and Russian (issue 20), read back by content: its
headers, the per-coder and per-pair columns, the notes explaining the figures, the per-source and
differences sections, and the Summary's line about the sheet — no English left there."""

from __future__ import annotations

import re
from pathlib import Path

import openpyxl
import pytest

from desktop_app import i18n
from desktop_app.services import exports, markup
from desktop_app.services.exports import ExportOptions
from desktop_app.services.project import Project
from tests.builders import mark_two_coders, opened_as

EXPECTED = {
    "uk": {
        "sheet": "Узгодженість",
        "header": [
            "Вид",
            "Код",
            "Джерела",
            "Альфа (за фрагментами)",
            "Каппа (наявність)",
            "Збіг",
            "Фрагменти: alice",
            "Фрагменти: bob",
            "Каппа: alice / bob",
        ],
        "kinds": ["Умови", "Реакції"],
        "about": ("Про ці показники", "що обчислено і як це читати"),
        "headings": ["Альфа (за фрагментами), αu", "Три кодувальники й більше"],
        "sections": ["За джерелами", "Відмінності"],
        "differences": ["Кодувальник", "Цитата", "Початок", "Кінець", "Код", "Розбіжність"],
        "kinds_of_difference": {"різні межі", "лише alice"},
        "guide": "Узгодженість кодувальників, по рядку на кожен вид коду",
    },
    "ru": {
        "sheet": "Согласованность",
        "header": [
            "Вид",
            "Код",
            "Источники",
            "Альфа (по фрагментам)",
            "Каппа (наличие)",
            "Совпадение",
            "Фрагменты: alice",
            "Фрагменты: bob",
            "Каппа: alice / bob",
        ],
        "kinds": ["Условия", "Реакции"],
        "about": ("Об этих показателях", "что вычислено и как это читать"),
        "headings": ["Альфа (по фрагментам), αu", "Три кодировщика и больше"],
        "sections": ["По источникам", "Различия"],
        "differences": ["Кодировщик", "Цитата", "Начало", "Конец", "Код", "Расхождение"],
        "kinds_of_difference": {"разные границы", "только alice"},
        "guide": "Согласованность кодировщиков, по строке на каждый вид кода",
    },
}

# English words the sheet's own text must not hold in Ukrainian or Russian (names, quotes and
# the literature's references are the project's and the sources' own).
ENGLISH = re.compile(r"\b(the|and|of|per|coder|source|spans?|kappa|agreement|differences?)\b", re.I)


@pytest.fixture
def two_coders(project_path: Path) -> Path:
    with opened_as(project_path, "alice") as alice, opened_as(project_path, "bob") as bob:
        marked = mark_two_coders(alice, bob)
        markup.annotate(bob, marked.second, 0, 9, [marked.condition.id])
    return project_path


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_the_agreement_sheet_in_the_language(code: str, two_coders: Path, tmp_path: Path) -> None:
    expected = EXPECTED[code]
    target = tmp_path / "out.xlsx"
    with Project.open(two_coders) as project:
        exports.export(project, target, ExportOptions(language=code))
    assert i18n.current() == i18n.ENGLISH
    book = openpyxl.load_workbook(target)
    sheet = book[expected["sheet"]]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][: len(expected["header"])] == expected["header"]
    first_column = [row[0] for row in rows]
    assert [k for k in expected["kinds"] if k in first_column] == expected["kinds"]
    about = next(row for row in rows if row[0] == expected["about"][0])
    assert about[1] == expected["about"][1]
    assert set(expected["headings"]) <= set(first_column)
    assert set(expected["sections"]) <= set(first_column)
    assert expected["differences"] == next(
        row[:6] for row in rows if row[0] == expected["differences"][0]
    )
    column = expected["differences"].index(expected["differences"][-1])
    assert expected["kinds_of_difference"] <= {row[column] for row in rows}
    # The explanations beside the headings: whole sentences in the language.
    for row in rows:
        if row[0] in expected["headings"] or row[0] in expected["sections"]:
            text = re.sub(r"\(Krippendorff[^)]*\)|DKPro Agreement|INCEpTION", "", str(row[1]))
            assert not ENGLISH.search(text), text
    summary = book.worksheets[0]
    guides = [str(c.value) for r in summary.iter_rows() for c in r if isinstance(c.value, str)]
    assert any(g.startswith(expected["guide"]) for g in guides)
    assert not any(g.startswith("Intercoder agreement") for g in guides)

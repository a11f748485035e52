"""The workbook and the briefing in English, Ukrainian and Russian, read back by content: sheet
names, headers, the summary, section titles, dates and a key-findings sentence whose numbers
agree with their nouns."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from desktop_app import i18n
from desktop_app.services.exports import ExportOptions, export
from desktop_app.services.project import Project
from tests.exporting.briefing_pdf import pages_text
from tests.exporting.projects import build_sample
from tests.variant_projects import build_quoted

EXPECTED = {
    "en": {
        "sheets": ["Summary", "Conditions by source", "Speakers by source", "Reactions"],
        "excerpt_headers": ["Source", "Outlet", "Date", "Codes", "Speaker", "Stance", "Quote"],
        "summary": "Parley comparison workbook",
        "date": "2024-06-14",
        "sections": ["Key findings", "Conditions", "Who said what", "Reactions"],
        "finding": "This briefing compares 2 sources from 2 outlets, with 44 coded passages.",
        "reactions": "15 reactions from 6 speakers are coded.",
    },
    "uk": {
        "sheets": ["Зведення", "Умови за джерелами", "Спікери за джерелами", "Реакції"],
        "excerpt_headers": ["Джерело", "Видання", "Дата", "Коди", "Спікер", "Позиція", "Цитата"],
        "summary": "Книга порівняння Parley",
        "date": "14 червня 2024 р.",
        "sections": ["Основні висновки", "Умови", "Хто що сказав", "Реакції"],
        "finding": "Ця довідка порівнює 2 джерела з 2 видань, з 44 закодованими фрагментами.",
        "reactions": "Закодовано 15 реакцій від 6 спікерів.",
    },
    "ru": {
        "sheets": ["Сводка", "Условия по источникам", "Спикеры по источникам", "Реакции"],
        "excerpt_headers": ["Источник", "Издание", "Дата", "Коды", "Спикер", "Позиция", "Цитата"],
        "summary": "Книга сравнения Parley",
        "date": "14 июня 2024 г.",
        "sections": ["Основные выводы", "Условия", "Кто что сказал", "Реакции"],
        "finding": (
            "Эта справка сравнивает 2 источника из 2 изданий, с 44 закодированными фрагментами."
        ),
        "reactions": "Закодировано 15 реакций от 6 спикеров.",
    },
}


def plain(text: str) -> str:
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


@pytest.fixture(scope="module")
def sample(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("languages")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("PARLEY_DATA_DIR", str(folder / "data"))
        return build_sample(folder)


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_the_workbook_in_each_language(code: str, sample: Path, tmp_path: Path) -> None:
    expected = EXPECTED[code]
    output = tmp_path / "comparison.xlsx"
    with Project.open(sample) as project:
        export(project, output, ExportOptions(language=code))
    book = openpyxl.load_workbook(output, read_only=True)
    assert book.sheetnames[:4] == expected["sheets"]
    summary = book[book.sheetnames[0]]
    assert summary["A1"].value == expected["summary"]
    excerpts = book[book.sheetnames[4]]
    rows = excerpts.iter_rows(values_only=True)
    headers = list(next(rows))
    assert headers[:7] == expected["excerpt_headers"]
    assert {plain(str(row[2])) for row in rows} == {expected["date"]}
    assert i18n.current() == i18n.ENGLISH  # the language was the export's only


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_the_briefing_in_each_language(code: str, sample: Path, tmp_path: Path) -> None:
    expected = EXPECTED[code]
    output = tmp_path / "briefing.pdf"
    with Project.open(sample) as project:
        export(project, output, ExportOptions(language=code))
    pages = [plain(page) for page in pages_text(output, body_only=True)]
    text = " ".join(pages)
    for title in expected["sections"]:
        assert title in text
    assert expected["finding"] in text
    assert expected["reactions"] in text
    assert expected["date"] in pages[0]


def test_plural_forms_of_the_catalogs() -> None:
    with i18n.language("uk"):
        forms = [i18n.ngettext("{n} reaction", "{n} reactions", n) for n in (1, 3, 5, 11, 21, 22)]
        assert forms == [
            "1 реакція",
            "3 реакції",
            "5 реакцій",
            "11 реакцій",
            "21 реакція",
            "22 реакції",
        ]
    with i18n.language("ru"):
        forms = [i18n.ngettext("from {n} outlet", "from {n} outlets", n) for n in (1, 2, 5, 21)]
        assert forms == ["из 1 издания", "из 2 изданий", "из 5 изданий", "из 21 издания"]


def test_variants_and_outlet_groups_in_ukrainian_and_russian(tmp_path: Path) -> None:
    built = build_quoted(tmp_path)
    workbook, briefing = tmp_path / "uk.xlsx", tmp_path / "ru.pdf"
    with Project.open(built.path, coder="tester") as project:
        export(project, workbook, ExportOptions(language="uk"))
        export(project, briefing, ExportOptions(language="ru"))
    book = openpyxl.load_workbook(workbook, read_only=True)
    assert {"Варіанти", "Розбіжності цитат", "Групи видань"} <= set(book.sheetnames)
    rows = list(book["Варіанти"].iter_rows(values_only=True))
    header = list(rows[0])
    assert header[:2] == ["Умова або заява", "Спікер"]
    told = header.index("Відмінності від еталона")
    assert "змінює: immediately → at once; пропускає: uninterrupted and" in {
        row[told] for row in rows
    }
    book.close()
    section = plain(" ".join(pages_text(briefing, body_only=True)))
    section = section[section.index("Как это подал каждый источник") :]
    assert "Расхождения цитат" in section and "Слепые пятна" in section
    assert (
        "Neutral status: приводят 2 из 2 изданий группы «Russian state media», "
        "ни одно из 2 группы «Western»"
    ) in section
    assert "опускает: uninterrupted and" in section
    assert "Withdrawal of forces: первым — Wire" in section and "Daily +2 ч 30 мин" in section

"""A REFI-QDA import's report in the language Parley speaks (issue 20): the summary line and
each "what could not be kept" line, with the noun agreeing with its number (1 / 2 / 5)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from desktop_app import i18n
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from tests.refi.archives import G, basic_codebook, project_xml, text_source, write_qdpx

TEXT = "Putin demanded a withdrawal. Kyiv rejected it."

EXPECTED = {
    "en": {
        "summary": "imported vendor.qdpx: 1 source(s)",
        "pictures": {
            1: "1 picture source (Parley keeps text only)",
            2: "2 picture sources (Parley keeps text only)",
            5: "5 picture sources (Parley keeps text only)",
        },
    },
    "uk": {
        "summary": "імпортовано vendor.qdpx: джерел: 1",
        "pictures": {
            1: "1 джерело-зображення (Parley зберігає лише текст)",
            2: "2 джерела-зображення (Parley зберігає лише текст)",
            5: "5 джерел-зображень (Parley зберігає лише текст)",
        },
    },
    "ru": {
        "summary": "импортировано vendor.qdpx: источников: 1",
        "pictures": {
            1: "1 источник-изображение (Parley хранит только текст)",
            2: "2 источника-изображения (Parley хранит только текст)",
            5: "5 источников-изображений (Parley хранит только текст)",
        },
    },
}


def _archive(folder: Path, pictures: int) -> Path:
    source = text_source(G["src1"], "Report", path=f"internal://{G['src1']}.txt")
    shown = "".join(
        f'<PictureSource guid="{G["pic1"][:-2]}{n:02d}" name="photo{n}.jpg"/>'
        for n in range(pictures)
    )
    folder.mkdir()
    return write_qdpx(
        folder / "vendor.qdpx",
        project_xml(codes=basic_codebook(), sources=source + shown),
        {f"sources/{G['src1']}.txt": TEXT},
    )


@pytest.mark.parametrize("code", ["en", "uk", "ru"])
def test_the_import_report_in_the_language(code: str, project_path: Path, tmp_path: Path) -> None:
    expected = EXPECTED[code]
    for pictures in (1, 2, 5):
        archive = _archive(tmp_path / f"{code}{pictures}", pictures)
        target = shutil.copyfile(project_path, tmp_path / f"{code}{pictures}.parley")
        with Project.open(target) as project, i18n.language(code):
            result = import_qdpx(project, archive)
            summary = result.summary()
        assert summary.startswith(expected["summary"])
        [line] = [n for n in result.notes if "photo0.jpg" in n]
        assert line.startswith(expected["pictures"][pictures] + ": “photo0.jpg”")
    assert i18n.current() == i18n.ENGLISH

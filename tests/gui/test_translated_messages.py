"""Messages the window builds from pieces, in Ukrainian and Russian: the compare cell's title
agrees with its number of excerpts, and the date field spells the date it read in the
interface language (it was always English)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from desktop_app.gui.compare_model import EXCERPTS_ROLE, MatrixKind
from desktop_app.gui.main_window import MainWindow
from tests.gui.test_compare_view import click, open_compare
from tests.gui.test_encoding_choice import import_headline
from tests.gui.test_source_details import open_details, retype

EXPECTED = {
    "uk": {
        "excerpts": {1: "1 уривок", 2: "2 уривки", 5: "5 уривків"},
        "read": "Прочитано як субота, 15 червня 2024",
    },
    "ru": {
        "excerpts": {1: "1 фрагмент", 2: "2 фрагмента", 5: "5 фрагментов"},
        "read": "Прочитано как суббота, 15 июня 2024",
    },
}


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_compare_cell_titles_agree_with_their_count(
    code: str,
    sample_window_in: Callable[[str], MainWindow],
    qtbot: QtBot,
) -> None:
    window = sample_window_in(code)
    controller = open_compare(qtbot, window, MatrixKind.CONDITIONS)
    view = controller.view
    model = view.model
    by_count = {}
    for row in range(model.rowCount()):
        for column in range(len(model.sources)):
            index = model.index(row, column)
            by_count.setdefault(len(index.data(EXCERPTS_ROLE) or ()), index)
    wanted = EXPECTED[code]["excerpts"]
    assert set(wanted) <= set(by_count), sorted(by_count)
    for count, shown in wanted.items():
        click(qtbot, controller, by_count[count])
        assert view.cell_title.text().endswith(": " + shown)


@pytest.mark.parametrize("code", ["uk", "ru"])
def test_the_date_field_reads_back_in_the_language(
    code: str,
    sample_window_in: Callable[[str], MainWindow],
    qtbot: QtBot,
) -> None:
    window = sample_window_in(code)
    dialog = open_details(window, qtbot)
    retype(qtbot, dialog, "15/06/2024")
    assert dialog.date.reading.text() == EXPECTED[code]["read"]
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())


@pytest.mark.parametrize(
    ("code", "wanted"),
    [
        ("uk", "певність визначення: низька (cp866 читається майже так само добре)"),
        ("ru", "уверенность определения: низкая (cp866 читается почти так же хорошо)"),
    ],
)
def test_source_details_say_how_sure_the_encoding_was_in_the_language(
    code: str,
    wanted: str,
    *,
    sample_window_in: Callable[[str], MainWindow],
    qtbot: QtBot,
    tmp_path: Path,
    reports: list[tuple[str, str, str]],
) -> None:
    """A DOS headline detection is unsure of: the stored confidence is English data, the
    line Source Details shows is in the interface language."""
    window = sample_window_in(code)
    import_headline(qtbot, window, tmp_path)
    assert reports  # the import said its reading was unsure
    dialog = open_details(window, qtbot)
    assert wanted in dialog.facts.text()
    assert "reads almost as well" not in dialog.facts.text()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())

"""Unsafe aliases flagged where they are typed and where they are shown: the code dialog says,
live, why "ЕС" or "the" would never be matched, yet keeps them; the codebook marks them."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop_app.gui.alias_warnings import warning_lines
from desktop_app.gui.codebook_panel import code_label, code_tooltip
from desktop_app.gui.dialogs.code_dialog import CodeDialog
from desktop_app.gui.main_window import MainWindow
from desktop_app.services import codebook
from tests.gui.conftest import active_dialog, type_text


def test_an_unsafe_alias_is_flagged_while_typing_and_kept(
    qtbot: object, window: MainWindow
) -> None:
    project = window.project
    assert project is not None
    putin = next(c for c in window.codes.values() if c.name == "Vladimir Putin")
    panel = window.codebook_panel
    panel.select_code(putin.id)
    panel.tree.setFocus()
    qtbot.keyClick(panel.tree, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    dialog = active_dialog(CodeDialog)
    assert isinstance(dialog, CodeDialog)
    warning = dialog.alias_warning
    assert not warning.isVisibleTo(dialog)  # Путин, Putin…: all fine
    aliases = dialog.aliases
    aliases.setFocus()
    qtbot.keyClick(aliases, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # type: ignore[attr-defined]
    qtbot.keyClick(aliases, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    type_text(aliases, "ЕС")
    assert warning.isVisibleTo(dialog)
    assert "“ЕС” is never matched: too short" in warning.text()
    qtbot.keyClick(aliases, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    qtbot.keyClick(aliases, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    type_text(aliases, "the")
    assert "“the” is never matched: a common word" in warning.text()
    type_text(aliases, " Kremlin leader")
    assert not warning.isVisibleTo(dialog)  # a title with a name in it is safe
    for _ in " Kremlin leader":
        qtbot.keyClick(aliases, Qt.Key.Key_Backspace)  # type: ignore[attr-defined]
    assert "“the”" in warning.text() and warning.isVisibleTo(dialog)
    dialog.accept()  # OK: the alias is kept, only flagged
    QApplication.processEvents()
    window.router.flush()
    saved = codebook.get_code(project, putin.id)
    assert saved.speaker.aliases[-1] == "the"
    short = replace(saved, speaker=replace(saved.speaker, aliases=("ЕС", "Путин")))
    assert code_label(short).endswith("ЕС ⚠ · Путин")
    assert "“the” is never matched: a common word" in code_tooltip(saved)
    item_tip = panel.tree.currentItem().toolTip(0)
    assert "“the” is never matched" in item_tip


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        (
            "uk",
            "⚠ «ЕС» ніколи не шукається: надто коротке, щоб відрізнити його від звичайного тексту",
        ),
        ("ru", "⚠ «ЕС» никогда не ищется: слишком короткое, чтобы отличить его от обычного текста"),
    ],
)
def test_the_warning_in_the_interface_language(
    code: str, expected: str, speaking: Callable[[str], str]
) -> None:
    speaking(code)
    assert warning_lines(["Путин", "ЕС"]) == [expected]

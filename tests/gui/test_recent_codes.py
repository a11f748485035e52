"""The 1–9 bar keeps each code on its digit (issue 13, item 8): using a code again moves
nothing, a new one takes a free digit or the one used longest ago, undone and just-created codes
do not jump to 1, the bar can be pinned, and filling it does not move the panels."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QToolButton

from desktop_app.gui.main_window import MainWindow
from desktop_app.gui.recent_codes import RecentCodes
from desktop_app.gui.settings import Settings
from tests.gui.test_markup import EMOJI_TEXT, paste_source, press_and_pick, select_by_qt_units

WORDS = ("Live", "feed", "June", "Путин", "Kyiv", "must", "withdraw", "troops", "four")


def bar(window: MainWindow) -> list[str]:
    """The bar's buttons as the analyst reads them: "digit name"."""
    return [a.iconText() for a in window.recent_bar.actions() if a.iconText()[:1].isdigit()]


def mark_word(qtbot: object, window: MainWindow, word: str, key: Qt.Key, typed: str) -> None:
    text = window.reader.text
    start = text.index(word)
    select_by_qt_units(window, start, start + len(word))
    popup = press_and_pick(qtbot, window, key, typed)
    qtbot.keyClick(popup.edit, Qt.Key.Key_Return)  # type: ignore[attr-defined]
    window.router.flush()


def press_digit(qtbot: object, window: MainWindow, word: str, digit: int) -> None:
    start = window.reader.text.index(word)
    select_by_qt_units(window, start, start + len(word))
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key(int(Qt.Key.Key_0) + digit))  # type: ignore[attr-defined]
    window.router.flush()


def test_a_code_keeps_its_digit_when_used_again(qtbot: object, window: MainWindow) -> None:
    paste_source(window, EMOJI_TEXT)
    mark_word(qtbot, window, "Путин", Qt.Key.Key_S, "putin")
    mark_word(qtbot, window, "withdraw", Qt.Key.Key_C, "withdr")
    assert bar(window) == ["1 Vladimir Putin", "2 Withdrawal from four regions"]
    press_digit(qtbot, window, "Kyiv", 2)  # the last used is still on 2...
    mark_word(qtbot, window, "Подоляк", Qt.Key.Key_S, "podoli")
    assert bar(window) == [
        "1 Vladimir Putin",
        "2 Withdrawal from four regions",
        "3 Mykhailo Podolyak",
    ]
    press_digit(qtbot, window, "four", 1)
    mark_word(qtbot, window, "troops", Qt.Key.Key_S, "podoli")  # ...and used again by name
    assert bar(window)[:3] == [
        "1 Vladimir Putin",
        "2 Withdrawal from four regions",
        "3 Mykhailo Podolyak",
    ]


def test_a_new_code_takes_the_digit_used_longest_ago(qtbot: object, window: MainWindow) -> None:
    assert window.project is not None
    codes = sorted((c for c in window.codes.values() if not c.builtin), key=lambda c: c.id)
    nine = [c for c in codes if c.name not in ("Mykhailo Podolyak", "Vladimir Putin")][:9]
    assert len(nine) == 9
    # Keys 1–9 taken; key 5's codes were used longest ago, key 2's most recently.
    used = [4, 0, 8, 3, 6, 5, 7, 2, 1]
    window.settings.set_recent_codes(
        window.project.guid, RecentCodes([(c.id,) for c in nine], used)
    )
    window.settings.sync()
    location = window.project.location
    window.commands.close_project.trigger()  # as the next day: read back from the settings
    assert window.open_project(location)
    before = bar(window)
    assert before[4] == f"5 {nine[4].name}"
    paste_source(window, EMOJI_TEXT)
    mark_word(qtbot, window, "Подоляк", Qt.Key.Key_S, "podoli")
    after = bar(window)
    assert after[4] == "5 Mykhailo Podolyak"
    assert after[:4] + after[5:] == before[:4] + before[5:]  # every other code kept its key
    mark_word(qtbot, window, "Путин", Qt.Key.Key_S, "putin")
    assert bar(window)[0] == "1 Vladimir Putin"  # the next oldest: key 1


def test_undone_and_just_created_codes_do_not_jump_to_1(qtbot: object, window: MainWindow) -> None:
    paste_source(window, EMOJI_TEXT)
    mark_word(qtbot, window, "Путин", Qt.Key.Key_S, "putin")
    mark_word(qtbot, window, "withdraw", Qt.Key.Key_C, "withdr")
    mark_word(qtbot, window, "four", Qt.Key.Key_C, "Four-region formula")  # created on the spot
    assert bar(window) == [
        "1 Vladimir Putin",
        "2 Withdrawal from four regions",
        "3 Four-region formula",
    ]
    control = Qt.KeyboardModifier.ControlModifier
    window.activateWindow()
    window.reader.setFocus()
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, control)  # type: ignore[attr-defined]
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, control)  # type: ignore[attr-defined]
    window.router.flush()
    assert "Four-region formula" not in [c.name for c in window.codes.values()]
    assert bar(window) == ["1 Vladimir Putin", "2 Withdrawal from four regions"]
    qtbot.keyClick(window.reader, Qt.Key.Key_Y, control)  # type: ignore[attr-defined]
    qtbot.keyClick(window.reader, Qt.Key.Key_Y, control)  # type: ignore[attr-defined]
    window.router.flush()
    assert bar(window) == [
        "1 Vladimir Putin",
        "2 Withdrawal from four regions",
        "3 Four-region formula",
    ]
    # Undoing a mark leaves the bar as it is: the code is not put back in front.
    qtbot.keyClick(window.reader, Qt.Key.Key_Z, control)  # type: ignore[attr-defined]
    window.router.flush()
    press_digit(qtbot, window, "Kyiv", 1)
    assert bar(window)[:2] == ["1 Vladimir Putin", "2 Withdrawal from four regions"]


def test_a_pinned_bar_keeps_its_codes(qtbot: object, window: MainWindow) -> None:
    paste_source(window, EMOJI_TEXT)
    mark_word(qtbot, window, "Путин", Qt.Key.Key_S, "putin")
    pin = window.recent_bar.widgetForAction(window.markup.pin_action)
    assert isinstance(pin, QToolButton) and pin.isEnabled()
    qtbot.mouseClick(pin, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert window.markup.pin_action.isChecked()
    mark_word(qtbot, window, "withdraw", Qt.Key.Key_C, "withdr")
    assert bar(window) == ["1 Vladimir Putin"]
    assert window.project is not None
    assert Settings().recent_codes(window.project.guid).pinned  # remembered per project
    qtbot.mouseClick(pin, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    mark_word(qtbot, window, "four", Qt.Key.Key_C, "withdr")
    assert bar(window) == ["1 Vladimir Putin", "2 Withdrawal from four regions"]


def test_the_panels_do_not_jump_when_the_bar_first_fills(qtbot: object, window: MainWindow) -> None:
    paste_source(window, EMOJI_TEXT)
    assert bar(window) == []
    qtbot.wait(50)  # type: ignore[attr-defined]
    reader_at = window.reader.mapTo(window, QPoint(0, 0))
    bar_height = window.recent_bar.height()
    mark_word(qtbot, window, "Путин", Qt.Key.Key_S, "putin")
    qtbot.wait(50)  # type: ignore[attr-defined]
    assert bar(window) == ["1 Vladimir Putin"]
    assert window.recent_bar.height() == bar_height
    assert window.reader.mapTo(window, QPoint(0, 0)) == reader_at


def test_an_older_parleys_list_keeps_its_order_as_the_digits() -> None:
    older = RecentCodes.from_json([[7], [3, 4], "junk", [9]])
    assert older.slots == [(7,), (3, 4), (9,)]
    assert older.order == [2, 1, 0]  # the last of the list was used longest ago
    assert RecentCodes.from_json({"slots": "junk", "pinned": 1}) == RecentCodes()
    again = RecentCodes.from_json(RecentCodes([(1,), None, (2,)], [0, 2], True).to_json())
    assert again == RecentCodes([(1,), None, (2,)], [0, 2], True)

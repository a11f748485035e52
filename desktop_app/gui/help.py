"""Help › Getting Started and Help › Keyboard Shortcuts.

The shortcut list is made from the window's own actions when it is opened — every menu, every
entry with a key (the reader's own keys, C/S/R and 1–9, are in their menu entries' text after a
tab) — so it cannot drift from what the keys do. Getting Started is a short illustrated page
from ``resources/help``.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import i18n, paths
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, translate

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)

GUIDE_PAGE = "getting-started.html"


def guide_page() -> Path:
    """Getting Started in the interface language (``getting-started.uk.html``), else English."""
    folder = paths.resource("help")
    translated = folder / GUIDE_PAGE.replace(".html", f".{i18n.current()}.html")
    return translated if translated.is_file() else folder / GUIDE_PAGE


@dataclass(frozen=True)
class Shortcut:
    menu: str  # "Edit", "Mark › Recent Codes"
    command: str  # "Undo", "Condition…"
    keys: str  # "Ctrl+Z", "Ctrl+Shift+Z or Ctrl+Y", "C"


def _plain(text: str) -> str:
    """A menu text as read: no mnemonic ampersands ("&&" is a real one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


# Keys a keyboard has, without a modifier: the rest of a standard shortcut's bindings on X11
# are keys of old Sun keyboards and media keys ("Undo", "Copy", F14, F16…), noise in a list.
_PLAIN_KEYS = {
    Qt.Key.Key_Delete,
    Qt.Key.Key_Backspace,
    Qt.Key.Key_Return,
    Qt.Key.Key_Enter,
    Qt.Key.Key_Escape,
    Qt.Key.Key_Tab,
    Qt.Key.Key_Insert,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
    *(Qt.Key(Qt.Key.Key_F1.value + n) for n in range(12)),
}


def on_a_keyboard(sequence: QKeySequence) -> bool:
    """Whether an analyst can type ``sequence`` on an ordinary keyboard."""
    if sequence.isEmpty():
        return False
    first: QKeyCombination = cast("Any", sequence)[0]  # the stubs lack __getitem__
    if first.keyboardModifiers() & ~Qt.KeyboardModifier.KeypadModifier:
        return True
    key = first.key()
    return key in _PLAIN_KEYS or key.value < Qt.Key.Key_Escape.value


def _keys(action: QAction) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    keys = [s.toString(native) for s in action.shortcuts() if on_a_keyboard(s)]
    _, tab, shown = action.text().partition("\t")
    if tab and shown:  # a key the reader handles itself, shown in the menu text
        keys.append(shown)
    return translate("Help", " or ").join(dict.fromkeys(keys))


# Keys a panel handles itself (in keyPressEvent or an event filter), not through an action, so
# no menu can list them. Kept beside the actions' keys here; each has a test that presses it
# (tests/gui/test_reader_keys.py, test_search_steps.py, test_annotations_panel.py…).
PANEL_KEYS = (
    (
        QT_TRANSLATE_NOOP("Help", "In the reader"),
        QT_TRANSLATE_NOOP("Help", "Mark the selection: condition, speaker, reaction"),
        "C, S, R",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the reader"),
        QT_TRANSLATE_NOOP("Help", "Mark the selection with a recent code"),
        "1 … 9",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the reader"),
        QT_TRANSLATE_NOOP("Help", "Delete the annotation under the cursor"),
        "Delete",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the search box"),
        QT_TRANSLATE_NOOP("Help", "Next hit / previous hit"),
        QT_TRANSLATE_NOOP("Help", "Enter or Down / Shift+Enter or Up"),
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the annotation list"),
        QT_TRANSLATE_NOOP("Help", "Edit the annotation"),
        "Enter",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the annotation list"),
        QT_TRANSLATE_NOOP("Help", "Delete the selected annotations"),
        "Delete",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the codebook"),
        QT_TRANSLATE_NOOP("Help", "Rename the code"),
        "F2",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the codebook"),
        QT_TRANSLATE_NOOP("Help", "Code details"),
        "Enter",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the codebook"),
        QT_TRANSLATE_NOOP("Help", "Delete the code"),
        "Delete",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the compare excerpts"),
        QT_TRANSLATE_NOOP("Help", "Show the excerpt in the reader"),
        "Enter",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the suggestions"),
        QT_TRANSLATE_NOOP("Help", "Accept the suggestion (one undo)"),
        "Enter",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the suggestions"),
        QT_TRANSLATE_NOOP("Help", "Reject it: never proposed again (undoable)"),
        "Delete",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the suggestions"),
        QT_TRANSLATE_NOOP("Help", "Edit its bounds and codes, then accept"),
        "E",
    ),
    (
        QT_TRANSLATE_NOOP("Help", "In the suggestions"),
        QT_TRANSLATE_NOOP("Help", "Next / previous suggestion"),
        QT_TRANSLATE_NOOP("Help", "J / K or Down / Up"),
    ),
)


def panel_keys() -> list[Shortcut]:
    """:data:`PANEL_KEYS` in the interface language."""
    return [
        Shortcut(translate("Help", menu), translate("Help", command), translate("Help", keys))
        for menu, command, keys in PANEL_KEYS
    ]


def shortcut_list(window: QWidget) -> list[Shortcut]:
    """Every menu entry of ``window`` that has a key, in menu order, then keys of actions that
    are in no menu (context actions, toolbars), then the keys panels handle themselves."""
    found: list[Shortcut] = []
    seen: set[int] = set()

    def walk(menu: QMenu, path: str) -> None:
        for action in menu.actions():
            if id(action) in seen:  # in two menus (File › Export To and Export): listed once
                continue
            seen.add(id(action))
            submenu = action.menu()
            if isinstance(submenu, QMenu):
                walk(submenu, f"{path} › {_plain(submenu.title())}")
                continue
            if action.isSeparator():
                continue
            keys = _keys(action)
            if keys:
                found.append(Shortcut(path, _plain(action.text().partition("\t")[0]), keys))

    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            menu = action.menu()
            if isinstance(menu, QMenu):
                walk(menu, _plain(menu.title()))
    for action in window.findChildren(QAction):
        if id(action) in seen or not action.shortcuts():
            continue
        keys = _keys(action)
        if keys and action.text():
            found.append(
                Shortcut(
                    translate("Help", "Elsewhere"), _plain(action.text().partition("\t")[0]), keys
                )
            )
    found.extend(panel_keys())
    return found


class ShortcutsDialog(QDialog):
    """Every shortcut, with a filter; stays open beside the window (not modal)."""

    def __init__(self, parent: QWidget, shortcuts: list[Shortcut]) -> None:
        super().__init__(parent)
        self.setObjectName("shortcuts_dialog")
        self.setWindowTitle(translate("Help", "Keyboard Shortcuts"))
        self.shortcuts = shortcuts
        self.filter = QLineEdit(self)
        self.filter.setPlaceholderText(translate("Help", "Filter: a command, a menu or a key"))
        self.filter.setClearButtonEnabled(True)
        self.table = QTableWidget(len(shortcuts), 3, self)
        self.table.setObjectName("shortcuts_table")
        self.table.setAccessibleName(translate("Help", "Keyboard shortcuts"))
        self.table.setHorizontalHeaderLabels(
            [translate("Help", "Keys"), translate("Help", "Command"), translate("Help", "Menu")]
        )
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        for row, shortcut in enumerate(shortcuts):
            for column, text in enumerate((shortcut.keys, shortcut.command, shortcut.menu)):
                item = QTableWidgetItem(text)
                if column == 0:
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._filter)
        self.resize(620, 640)

    def shown_rows(self) -> list[tuple[str, str, str]]:
        """The rows not filtered out: (keys, command, menu)."""
        rows = []
        for row in range(self.table.rowCount()):
            if self.table.isRowHidden(row):
                continue
            items = [self.table.item(row, column) for column in range(3)]
            keys, command, menu = (i.text() if i is not None else "" for i in items)
            rows.append((keys, command, menu))
        return rows

    def _filter(self, text: str) -> None:
        wanted = text.casefold().strip()
        for row, shortcut in enumerate(self.shortcuts):
            haystack = f"{shortcut.keys} {shortcut.command} {shortcut.menu}".casefold()
            self.table.setRowHidden(row, bool(wanted) and wanted not in haystack)


class GuideDialog(QDialog):
    """Getting Started: select, C/S/R, compare, export — with pictures of the window."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("guide_dialog")
        self.setWindowTitle(translate("Help", "Getting Started with Parley"))
        self.browser = QTextBrowser(self)
        self.browser.setObjectName("guide")
        self.browser.setOpenExternalLinks(True)
        page = guide_page()
        self.browser.setSearchPaths([str(page.parent)])
        try:
            self.browser.setHtml(page.read_text("utf-8"))
        except OSError:
            log.warning("cannot read %s", page, exc_info=True)
            self.browser.setPlainText(
                translate(
                    "Help",
                    "The Getting Started page is missing from this installation — "
                    "reinstall Parley.",
                )
            )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(760, 680)


class HelpController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.shortcuts: ShortcutsDialog | None = None
        self.guide: GuideDialog | None = None
        a = window.commands
        a.keyboard_shortcuts.triggered.connect(self.show_shortcuts)
        a.getting_started.triggered.connect(self.show_guide)

    def show_shortcuts(self) -> None:
        if self.shortcuts is not None:
            self.shortcuts.close()
            self.shortcuts.deleteLater()
        # Made afresh each time: the recent-codes entries and enabled actions change.
        self.shortcuts = ShortcutsDialog(self.window, shortcut_list(self.window))
        self.shortcuts.show()
        self.shortcuts.filter.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_guide(self) -> None:
        if self.guide is None:
            self.guide = GuideDialog(self.window)
        self.guide.show()
        self.guide.raise_()
        self.guide.activateWindow()

"""View › Language: English, Українська, Русский (each in its own language, so anyone finds
theirs), or the system's language. The choice is remembered and applies when Parley next
starts — the menu says so, and the status bar repeats it after a change."""

from __future__ import annotations

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu

from desktop_app import i18n
from desktop_app.gui.settings import Settings
from desktop_app.gui.translation import translate

SYSTEM = ""


class LanguageMenu:
    def __init__(self, window: QMainWindow, view: QMenu, settings: Settings) -> None:
        self.window = window
        self.settings = settings
        self.menu = view.addMenu(translate("LanguageMenu", "&Language"))
        self.menu.setObjectName("language_menu")
        self.menu.setToolTipsVisible(True)
        note = self.menu.addAction(translate("LanguageMenu", "Applies when Parley starts again"))
        note.setEnabled(False)
        self.group = QActionGroup(window)
        self.actions: dict[str, QAction] = {}
        choices = [(SYSTEM, translate("LanguageMenu", "Follow the System"))]
        choices += [(code, i18n.LANGUAGE_NAMES[code]) for code in i18n.LANGUAGES]
        for code, name in choices:
            action = self.menu.addAction(name)
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.actions[code] = action
        chosen = settings.language if settings.language in i18n.LANGUAGES else SYSTEM
        self.actions[chosen].setChecked(True)
        self.group.triggered.connect(lambda action: self.choose(str(action.data())))

    def choose(self, code: str) -> None:
        self.settings.language = code
        self.settings.sync()
        self.window.statusBar().showMessage(
            translate("LanguageMenu", "The new language applies when Parley starts again")
        )

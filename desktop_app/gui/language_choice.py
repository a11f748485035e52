"""The deliverable's language in the export dialog: English, Українська, Русский, the
interface language chosen at first (the command line's ``--language`` defaults to English)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QWidget

from desktop_app import i18n
from desktop_app.gui.translation import translate


def language_box(parent: QWidget) -> QComboBox:
    box = QComboBox(parent)
    box.setObjectName("export_language")
    box.setAccessibleName(translate("LanguageChoice", "Language of the deliverable"))
    box.setToolTip(
        translate(
            "LanguageChoice",
            "Sheet names, headings, sentences and dates of the workbook and the briefing",
        )
    )
    for code in i18n.LANGUAGES:
        box.addItem(i18n.LANGUAGE_NAMES[code], code)
    box.setCurrentIndex(max(0, box.findData(i18n.current())))
    return box

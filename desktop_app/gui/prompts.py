"""Every file picker and message box of the window, in one module.

Tests patch these functions (one seam); the rest of the GUI never calls QFileDialog,
QMessageBox, QColorDialog or QInputDialog directly. Native dialogs are used wherever the
platform has them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from desktop_app.errors import ParleyError
from desktop_app.gui.dialogs.adjudicate_dialog import EditSpanDialog
from desktop_app.gui.dialogs.choose_dialog import ChooseDialog
from desktop_app.gui.dialogs.connect_dialog import ConnectDialog, ServerLogin
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

log = logging.getLogger(__name__)

PROJECT_FILTER = QT_TRANSLATE_NOOP("Prompts", "Parley projects (*.parley);;All files (*)")
IMPORT_FILTER = QT_TRANSLATE_NOOP(
    "Prompts",
    "Documents (*.txt *.text *.md *.markdown *.html *.htm *.docx *.odt *.pdf *.rtf);;All files (*)",
)


def open_project_path(parent: QWidget | None, start: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Prompts", "Open Project"),
        start,
        translate("Prompts", PROJECT_FILTER),
    )
    return Path(chosen) if chosen else None


def new_project_path(parent: QWidget | None, start: str = "") -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(
        parent,
        translate("Prompts", "New Project"),
        start,
        translate("Prompts", PROJECT_FILTER),
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == ".parley" else path.with_name(path.name + ".parley")


def locate_project(parent: QWidget | None, location: str) -> Path | None:
    """Where a project that was moved is now: a file picker starting where it used to be."""
    old = Path(location)
    start = next((str(p) for p in old.parents if p.is_dir()), str(Path.home()))
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Prompts", "Locate %1").replace("%1", old.name),
        str(Path(start) / old.name),
        translate("Prompts", PROJECT_FILTER),
    )
    return Path(chosen) if chosen else None


MISSING_LOCATE, MISSING_OTHER, MISSING_SAMPLE = "locate", "other", "sample"


def missing_project(parent: QWidget | None, location: str) -> str:
    """At start-up, the project open last is not where it was: ``MISSING_LOCATE``,
    ``MISSING_OTHER`` or ``MISSING_SAMPLE`` as the analyst chooses, or "" (closed)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Prompts", "Project Not Found"))
    box.setText(
        arg(translate("Prompts", "The project you worked on last is no longer at\n%1"), location)
    )
    box.setInformativeText(
        translate(
            "Prompts",
            "It may have been moved, renamed or deleted, or its drive is not connected. "
            "Locate it, open another project, or open the sample project.",
        )
    )
    locate = box.addButton(translate("Prompts", "Locate…"), QMessageBox.ButtonRole.AcceptRole)
    buttons: dict[object, str] = {
        locate: MISSING_LOCATE,
        box.addButton(
            translate("Prompts", "Open Other…"), QMessageBox.ButtonRole.ActionRole
        ): MISSING_OTHER,
        box.addButton(
            translate("Prompts", "Open Sample"), QMessageBox.ButtonRole.ActionRole
        ): MISSING_SAMPLE,
    }
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(locate)
    box.exec()
    return buttons.get(box.clickedButton(), "")


def import_file_paths(parent: QWidget | None, start: str = "") -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(
        parent,
        translate("Prompts", "Import Sources"),
        start,
        translate("Prompts", IMPORT_FILTER),
    )
    return [Path(c) for c in chosen]


def import_folder_path(parent: QWidget | None, start: str = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(
        parent, translate("Prompts", "Import a Folder of Sources"), start
    )
    return Path(chosen) if chosen else None


def show_error(parent: QWidget | None, error: ParleyError | str, title: str = "Parley") -> None:
    """A user-facing error: what went wrong, and what to do, as two parts of one dialog."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    if isinstance(error, ParleyError):
        what = error.what[:1].upper() + error.what[1:]
        box.setText(what + ("" if what.endswith((".", "?", "!")) else "."))
        if error.todo:
            box.setInformativeText(error.todo[:1].upper() + error.todo[1:] + ".")
    else:
        box.setText(str(error))
    box.exec()


def show_unexpected(parent: QWidget | None, summary: str, log_file: str) -> None:
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(translate("Prompts", "Parley — Unexpected Problem"))
    box.setText(translate("Prompts", "Something unexpected went wrong: %1").replace("%1", summary))
    box.setInformativeText(
        translate(
            "Prompts",
            "Your work is safe: every change you saw is already stored. "
            "Details are in the log file:\n%1\nPlease report it.",
        ).replace("%1", log_file)
    )
    box.exec()


def show_report(parent: QWidget | None, title: str, text: str, details: str = "") -> None:
    """A summary with an optional list (refused files and their reasons, for instance)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information if not details else QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before something the analyst may not expect; ``action`` labels the yes-button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    return value if ok else None


def pick_color(
    parent: QWidget | None, current: str, title: str = translate("Prompts", "Choose a Colour")
) -> str | None:
    color = QColorDialog.getColor(QColor(current), parent, title)
    return color.name() if color.isValid() else None


def about(parent: QWidget | None, title: str, html: str) -> None:
    QMessageBox.about(parent, title, html)


def export_path(parent: QWidget | None, start: str, file_filter: str, suffix: str) -> Path | None:
    """Where to write an export; the platform's dialog asks before replacing a file."""
    chosen, _ = QFileDialog.getSaveFileName(
        parent, translate("Prompts", "Export To"), start, file_filter
    )
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == suffix else path.with_name(path.name + suffix)


def qdpx_path(parent: QWidget | None, start: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(
        parent,
        translate("Prompts", "Import a REFI-QDA Project"),
        start,
        translate("Prompts", "REFI-QDA projects (*.qdpx);;All files (*)"),
    )
    return Path(chosen) if chosen else None


def export_finished(parent: QWidget | None, title: str, text: str, details: str = "") -> bool:
    """Say an export is written (with its notes); True when the analyst asks to open the
    folder holding it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    if details:
        box.setInformativeText(details)
    open_folder = box.addButton(
        translate("Prompts", "Open Folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    return box.clickedButton() is open_folder


def connect_to_server(
    parent: QWidget | None, initial: ServerLogin | None = None, problem: str = ""
) -> ServerLogin | None:
    """File › Connect to Server…: what was typed, or None if cancelled. ``problem`` (a refused
    password, say) is shown above the buttons."""
    login, accepted = ConnectDialog.ask(parent, initial, problem)
    return login if accepted else None


def choose_many(
    parent: QWidget | None,
    title: str,
    prompt: str,
    items: list[tuple[str, str, bool]],
    minimum: int = 1,
) -> list[str] | None:
    """Tick several of ``items`` ((key, label, ticked)); the ticked keys, or None if cancelled."""
    chosen, accepted = ChooseDialog.ask(parent, title, prompt, items, minimum)
    return chosen if accepted else None


def adjudicated_span(
    parent: QWidget | None,
    text: str,
    *,
    start: int,
    end: int,
    codes: list[tuple[int, str]],
    code_id: int,
) -> tuple[int, int, int] | None:
    """Adjudication's edit: (start, end, code id) the adjudicator settles on, or None."""
    value, accepted = EditSpanDialog.ask(
        parent, text, start=start, end=end, codes=codes, code_id=code_id
    )
    return value if accepted else None


def offer_skip(parent: QWidget | None, error: ParleyError) -> bool:
    """An undo was refused because someone else changed the same things: True when the analyst
    chooses to drop that step from the undo history and go on with the steps before it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("Prompts", "Cannot Undo"))
    what = error.what[:1].upper() + error.what[1:]
    box.setText(what + ("" if what.endswith((".", "?", "!")) else "."))
    box.setInformativeText(
        translate(
            "Prompts",
            "Skip this step to leave it as it is and undo the steps before it, or keep it to "
            "try again later.",
        )
    )
    skip = box.addButton(
        translate("Prompts", "Skip This Step"), QMessageBox.ButtonRole.DestructiveRole
    )
    keep = box.addButton(translate("Prompts", "Keep It"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.exec()
    return box.clickedButton() is skip

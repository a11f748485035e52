"""Codebook editing flows: add, rename, recolour, edit details, move, merge and delete codes.

Each flow asks (a dialog, a picker or a confirmation through :mod:`desktop_app.gui.prompts`)
and then makes one service call; the codebook panel and the highlights follow from the change
set, and Undo takes any of it back.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from desktop_app.domain.model import DEFAULT_KIND_COLORS, Code, CodeKind
from desktop_app.gui import prompts
from desktop_app.gui.codebook_panel import SHAPES
from desktop_app.gui.dialogs.code_dialog import CodeDialog, CodeDraft
from desktop_app.gui.dialogs.pick_dialog import PickDialog
from desktop_app.gui.errors import user_errors
from desktop_app.gui.icons import swatch
from desktop_app.gui.translation import arg, translate
from desktop_app.services import code_edit, codebook

if TYPE_CHECKING:
    from desktop_app.gui.main_window import MainWindow

log = logging.getLogger(__name__)


class CodebookController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.dialog: CodeDialog | PickDialog | None = None
        panel = window.codebook_panel
        panel.add_requested.connect(self.add)
        panel.rename_requested.connect(self.rename)
        panel.recolor_requested.connect(self.recolor)
        panel.details_requested.connect(self.details)
        panel.move_requested.connect(self.move)
        panel.shift_requested.connect(self.shift)
        panel.merge_requested.connect(self.merge)
        panel.delete_requested.connect(self.delete)
        panel.current_changed.connect(lambda _id: self._fill_menu())
        window.commands.add_code.triggered.connect(
            lambda: self.add(panel.current_code_id() or self._root_id(CodeKind.CONDITION))
        )
        window.commands.add_root.triggered.connect(lambda: self.add(None))
        window.menus.codebook_item.aboutToShow.connect(self._fill_menu)
        self._fill_menu()

    def _code(self, code_id: int) -> Code | None:
        return self.window.codes.get(code_id)

    def _root_id(self, kind: CodeKind) -> int | None:
        return next(
            (c.id for c in self.window.codes.values() if c.builtin and c.kind == kind), None
        )

    def _fill_menu(self) -> None:
        menu = self.window.menus.codebook_item
        menu.clear()
        code_id = self.window.codebook_panel.current_code_id()
        if code_id is not None:
            self.window.codebook_panel.build_menu(code_id, menu)
        menu.setEnabled(code_id is not None)

    # -- flows -----------------------------------------------------------------------------

    def add(self, parent_id: int | None) -> None:
        if self.window.project is None:
            return
        parent = self._code(parent_id) if parent_id is not None else None
        kind = parent.kind if parent else CodeKind.OTHER
        color = parent.color if parent else DEFAULT_KIND_COLORS[CodeKind.OTHER]
        where = (
            arg(translate("CodebookActions", "“%1”"), parent.name)
            if parent
            else translate("CodebookActions", "the top level (a new root)")
        )
        dialog = CodeDialog(self.window, kind, None, color, where)
        dialog.submitted.connect(lambda draft: self._create(parent_id, draft))
        self.dialog = dialog
        dialog.open()

    def _create(self, parent_id: int | None, draft: CodeDraft) -> None:
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window):
            created = codebook.create_code(
                project,
                parent_id,
                draft.name,
                color=draft.color,
                description=draft.description,
                category=draft.category,
                speaker=draft.speaker,
            )
            self.window.router.flush()
            self.window.codebook_panel.select_code(created.id)

    def details(self, code_id: int) -> None:
        code = self._code(code_id)
        if code is None or code.builtin:
            return
        dialog = CodeDialog(self.window, code.kind, code, code.color, "")
        dialog.submitted.connect(lambda draft: self._save(code, draft))
        self.dialog = dialog
        dialog.open()

    def _save(self, code: Code, draft: CodeDraft) -> None:
        """Save the dialog's draft, if the code is still as the dialog showed it."""
        project = self.window.project
        if project is None:
            return
        with user_errors(self.window), self.window.team.based_on(code):
            code_edit.edit_code(
                project,
                code.id,
                name=draft.name,
                color=draft.color,
                description=draft.description,
                category=draft.category,
                speaker=draft.speaker,
            )

    def rename(self, code_id: int) -> None:
        code, project = self._code(code_id), self.window.project
        if code is None or project is None or code.builtin:
            return
        name = prompts.ask_text(
            self.window,
            translate("CodebookActions", "Rename Code"),
            translate("CodebookActions", "New name:"),
            code.name,
        )
        if name is not None and name.strip() and name.strip() != code.name:
            with user_errors(self.window), self.window.team.based_on(code):
                codebook.rename_code(project, code_id, name)

    def recolor(self, code_id: int) -> None:
        code, project = self._code(code_id), self.window.project
        if code is None or project is None:
            return
        color = prompts.pick_color(
            self.window, code.color, arg(translate("CodebookActions", "Colour of “%1”"), code.name)
        )
        if color is not None and color.lower() != code.color.lower():
            with user_errors(self.window), self.window.team.based_on(code):
                codebook.recolor_code(project, code_id, color)

    def shift(self, code_id: int, step: int) -> None:
        code, project = self._code(code_id), self.window.project
        if code is None or project is None or code.parent_id is None:
            return
        siblings = [c for c in self.window.codes.values() if c.parent_id == code.parent_id]
        index = next(i for i, c in enumerate(siblings) if c.id == code_id)
        target = index + step
        if 0 <= target < len(siblings):
            with user_errors(self.window):
                codebook.move_code(project, code_id, code.parent_id, target)

    def _pick(
        self, title: str, prompt: str, codes: list[Code], done: Callable[[int], None]
    ) -> None:
        items = [(c.id, self._path(c), swatch(c.color, SHAPES[c.kind])) for c in codes]
        dialog = PickDialog(self.window, title, prompt, items)
        dialog.submitted.connect(done)
        self.dialog = dialog
        dialog.open()

    def _path(self, code: Code) -> str:
        names = [code.name]
        parent = self._code(code.parent_id) if code.parent_id is not None else None
        while parent is not None:
            names.append(parent.name)
            parent = self._code(parent.parent_id) if parent.parent_id is not None else None
        return " › ".join(reversed(names))

    def _subtree(self, code_id: int) -> set[int]:
        found = {code_id}
        changed = True
        while changed:
            changed = False
            for code in self.window.codes.values():
                if code.parent_id in found and code.id not in found:
                    found.add(code.id)
                    changed = True
        return found

    def move(self, code_id: int) -> None:
        code, project = self._code(code_id), self.window.project
        if code is None or project is None or code.is_root:
            return
        inside = self._subtree(code_id)
        parents = [
            c for c in self.window.codes.values() if c.id not in inside and c.id != code.parent_id
        ]

        def done(parent_id: int) -> None:
            with user_errors(self.window):
                codebook.move_code(project, code_id, int(parent_id))

        self._pick(
            translate("CodebookActions", "Move To…"),
            arg(translate("CodebookActions", "Where should “%1” go?"), code.name),
            parents,
            done,
        )

    def merge(self, code_id: int) -> None:
        code, project = self._code(code_id), self.window.project
        if code is None or project is None or code.builtin:
            return
        inside = self._subtree(code_id)
        targets = [
            c
            for c in self.window.codes.values()
            if c.id not in inside and not c.is_root and c.kind == code.kind
        ]

        def done(target_id: int) -> None:
            target = self._code(int(target_id))
            if target is None:
                return
            marks = code.annotation_count
            question = arg(
                translate(
                    "CodebookActions",
                    "Merge “%1” into “%2”? Its %Ln annotation(s) get “%2” instead",
                    "",
                    marks,
                ),
                code.name,
                target.name,
            ) + (
                translate("CodebookActions", " and its name becomes an alias.")
                if code.kind == CodeKind.SPEAKER
                else "."
            )
            if prompts.confirm(
                self.window,
                translate("CodebookActions", "Merge Codes"),
                question,
                translate("CodebookActions", "Merge"),
            ):
                with user_errors(self.window), self.window.team.based_on(code, target):
                    codebook.merge_codes(project, code_id, target.id)

        self._pick(
            translate("CodebookActions", "Merge Into…"),
            arg(translate("CodebookActions", "Which code should “%1” become part of?"), code.name),
            targets,
            done,
        )

    def delete(self, code_id: int) -> None:
        code, project = self._code(code_id), self.window.project
        if code is None or project is None or code.builtin:
            return
        with user_errors(self.window):
            codings, orphans = codebook.impact_of_deleting(project, code_id)
            detail = (
                translate("CodebookActions", "%Ln coding(s) will be removed", "", codings)
                if codings
                else translate("CodebookActions", "It is not used yet")
            )
            if orphans:
                detail += translate(
                    "CodebookActions",
                    ", and %Ln annotation(s) left without any code will be deleted",
                    "",
                    orphans,
                )
            question = arg(
                translate(
                    "CodebookActions",
                    "Delete “%1” and the codes under it? %2. Undo brings it back.",
                ),
                code.name,
                detail,
            )
            if prompts.confirm(
                self.window,
                translate("CodebookActions", "Delete Code"),
                question,
                translate("CodebookActions", "Delete"),
            ):
                with self.window.team.based_on(code):
                    codebook.delete_code(project, code_id)

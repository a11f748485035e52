"""The codebook as a tree: the three built-in roots and any added ones, each code with its
colour and how often it is used. Speakers show their aliases under the name.

The panel only shows and asks; :mod:`desktop_app.gui.codebook_actions` does the changing.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLineEdit,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Code, CodeKind
from desktop_app.domain.textfold import fold
from desktop_app.gui.alias_warnings import marked, warning_lines
from desktop_app.gui.icons import swatch
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, arg, translate

log = logging.getLogger(__name__)

ID_ROLE = Qt.ItemDataRole.UserRole
SHAPES = {
    CodeKind.CONDITION: "square",
    CodeKind.SPEAKER: "circle",
    CodeKind.REACTION: "triangle",
    CodeKind.OTHER: "square",
}
ALIASES_SHOWN = 3


# The built-in roots are stored under their English names (REFI-QDA exchange finds them so);
# the codebook shows them in the interface language.
ROOT_LABELS = (
    QT_TRANSLATE_NOOP("CodebookPanel", "Conditions"),
    QT_TRANSLATE_NOOP("CodebookPanel", "Speakers"),
    QT_TRANSLATE_NOOP("CodebookPanel", "Reactions"),
    QT_TRANSLATE_NOOP("CodebookPanel", "Other"),
)


def code_label(code: Code) -> str:
    if code.is_root and code.name in ROOT_LABELS:
        return translate("CodebookPanel", code.name)
    if code.kind == CodeKind.SPEAKER and code.speaker.aliases and not code.is_root:
        shown = " · ".join(marked(a) for a in code.speaker.aliases[:ALIASES_SHOWN])
        more = "…" if len(code.speaker.aliases) > ALIASES_SHOWN else ""
        return f"{code.name}\n    {shown}{more}"
    return code.name


def code_tooltip(code: Code) -> str:
    lines = [code.name]
    if code.description:
        lines.append(code.description)
    if code.category:
        lines.append(arg(translate("CodebookPanel", "Category: %1"), code.category))
    details = code.speaker
    if details.aliases:
        lines.append(translate("CodebookPanel", "Also: ") + ", ".join(details.aliases))
        lines.extend(warning_lines(details.aliases))
    for label, value in (
        (translate("CodebookPanel", "Role"), details.role),
        (translate("CodebookPanel", "Affiliation"), details.affiliation),
        (translate("CodebookPanel", "Side"), details.side),
    ):
        if value:
            lines.append(f"{label}: {value}")
    marks = code.annotation_count
    lines.append(translate("CodebookPanel", "%Ln annotation(s)", "", marks))
    return "\n".join(lines)


class CodebookPanel(QWidget):
    current_changed = Signal(object)  # code id or None
    add_requested = Signal(object)  # parent id (None: a new root)
    rename_requested = Signal(int)
    recolor_requested = Signal(int)
    details_requested = Signal(int)
    move_requested = Signal(int)
    shift_requested = Signal(int, int)  # id, -1 up / +1 down
    merge_requested = Signal(int)
    delete_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebook_panel")
        self.filter_edit = QLineEdit(self)
        self.filter_edit.setPlaceholderText(translate("CodebookPanel", "Find a code or alias"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(translate("CodebookPanel", "Find a code"))
        self.filter_edit.setToolTip(
            translate("CodebookPanel", "Show only codes whose name or alias matches, in any script")
        )
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("codebook")
        self.tree.setAccessibleName(translate("CodebookPanel", "Codebook"))
        self.tree.setColumnCount(2)
        self.tree.setHeaderLabels(
            [translate("CodebookPanel", "Code"), translate("CodebookPanel", "Marks")]
        )
        self.tree.setUniformRowHeights(False)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context)
        self.tree.currentItemChanged.connect(self._current_item_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _c: self._details(item))
        self.tree.installEventFilter(self)
        self.filter_edit.textChanged.connect(self._apply_filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.filter_edit)
        layout.addWidget(self.tree)
        self.setFocusProxy(self.tree)
        self._items: dict[int, QTreeWidgetItem] = {}
        self._codes: dict[int, Code] = {}

    # -- data ------------------------------------------------------------------------------

    def show_codes(self, codes: Iterable[Code]) -> None:
        """Rebuild the tree, keeping which branches were open and which code was current."""
        codes = list(codes)
        collapsed = {cid for cid, item in self._items.items() if not item.isExpanded()}
        current = self.current_code_id()
        structure = [(c.id, c.parent_id, c.position) for c in codes]
        if structure == [(c.id, c.parent_id, c.position) for c in self._codes.values()]:
            shown, self._codes = self._codes, {c.id: c for c in codes}
            for code in codes:
                if shown.get(code.id) != code:  # after mark-up, a count or two
                    self._fill(self._items[code.id], code)
            return
        self.tree.clear()
        self._items = {}
        self._codes = {c.id: c for c in codes}
        for code in codes:
            parent = self._items.get(code.parent_id) if code.parent_id is not None else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            self._fill(item, code)
            self._items[code.id] = item
        for code_id, item in self._items.items():
            item.setExpanded(code_id not in collapsed)
        if current is not None and current in self._items:
            self.tree.setCurrentItem(self._items[current])
        self._apply_filter(self.filter_edit.text())

    def _fill(self, item: QTreeWidgetItem, code: Code) -> None:
        item.setData(0, ID_ROLE, code.id)
        item.setText(0, code_label(code))
        item.setIcon(0, swatch(code.color, SHAPES[code.kind]))
        item.setText(1, str(code.annotation_count) if code.annotation_count else "")
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        item.setToolTip(0, code_tooltip(code))
        font = item.font(0)
        font.setBold(code.is_root)
        item.setFont(0, font)

    def codes(self) -> list[Code]:
        return list(self._codes.values())

    def current_code_id(self) -> int | None:
        item = self.tree.currentItem()
        return None if item is None else int(item.data(0, ID_ROLE))

    def select_code(self, code_id: int) -> None:
        item = self._items.get(code_id)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def _apply_filter(self, text: str) -> None:
        needle = fold(" ".join(text.split()))
        iterator = QTreeWidgetItemIterator(self.tree)
        while item := iterator.value():
            code = self._codes.get(int(item.data(0, ID_ROLE)))
            if code is None or not needle or code.is_root:
                item.setHidden(False)
            else:
                item.setHidden(not any(needle in fold(n) for n in code.all_names()))
            iterator += 1

    # -- interaction -----------------------------------------------------------------------

    def _current_item_changed(self, current: QTreeWidgetItem | None, _prev: object) -> None:
        self.current_changed.emit(None if current is None else int(current.data(0, ID_ROLE)))

    def _details(self, item: QTreeWidgetItem) -> None:
        code = self._codes.get(int(item.data(0, ID_ROLE)))
        if code is not None and not code.builtin:
            self.details_requested.emit(code.id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.tree and isinstance(event, QKeyEvent):
            code_id = self.current_code_id()
            if event.type() == QKeyEvent.Type.KeyPress and code_id is not None:
                if event.key() == Qt.Key.Key_F2:
                    self.rename_requested.emit(code_id)
                    return True
                if event.key() == Qt.Key.Key_Delete:
                    self.delete_requested.emit(code_id)
                    return True
                if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                    item = self.tree.currentItem()
                    if item is not None:
                        self._details(item)
                    return True
        return super().eventFilter(watched, event)

    def build_menu(self, code_id: int | None, menu: QMenu) -> None:
        """Fill ``menu`` with what can be done to a code (or to the codebook as a whole)."""
        code = self._codes.get(code_id) if code_id is not None else None

        def add(text: str, tip: str, slot: Callable[[], object], enabled: bool = True) -> None:
            action = QAction(text, menu)
            action.setToolTip(tip)
            action.setEnabled(enabled)
            action.triggered.connect(slot)
            menu.addAction(action)

        if code is not None:
            add(
                translate("CodebookPanel", "Add Code Here…"),
                arg(translate("CodebookPanel", "A new code under “%1”"), code.name),
                lambda: self.add_requested.emit(code.id),
            )
        add(
            translate("CodebookPanel", "Add Root…"),
            translate("CodebookPanel", "A new top-level group, like “Tone”"),
            lambda: self.add_requested.emit(None),
        )
        if code is None:
            return
        editable = not code.builtin
        menu.addSeparator()
        add(
            translate("CodebookPanel", "Rename…"),
            translate("CodebookPanel", "Change the code's name (F2)"),
            lambda: self.rename_requested.emit(code.id),
            editable,
        )
        add(
            translate("CodebookPanel", "Colour…"),
            translate("CodebookPanel", "Change the highlight colour"),
            lambda: self.recolor_requested.emit(code.id),
        )
        add(
            translate("CodebookPanel", "Details…"),
            translate(
                "CodebookPanel",
                "Description, category and, for speakers, aliases, role, affiliation and side",
            ),
            lambda: self.details_requested.emit(code.id),
            editable,
        )
        menu.addSeparator()
        add(
            translate("CodebookPanel", "Move Up"),
            translate("CodebookPanel", "Earlier among its siblings"),
            lambda: self.shift_requested.emit(code.id, -1),
            editable and not code.is_root,
        )
        add(
            translate("CodebookPanel", "Move Down"),
            translate("CodebookPanel", "Later among its siblings"),
            lambda: self.shift_requested.emit(code.id, 1),
            editable and not code.is_root,
        )
        add(
            translate("CodebookPanel", "Move To…"),
            translate("CodebookPanel", "Put the code under another parent"),
            lambda: self.move_requested.emit(code.id),
            editable and not code.is_root,
        )
        add(
            translate("CodebookPanel", "Merge Into…"),
            translate("CodebookPanel", "Fold this code into another; its annotations follow"),
            lambda: self.merge_requested.emit(code.id),
            editable,
        )
        menu.addSeparator()
        add(
            translate("CodebookPanel", "Delete…"),
            translate("CodebookPanel", "Delete the code and the codes under it (Delete)"),
            lambda: self.delete_requested.emit(code.id),
            editable,
        )

    def _context(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is not None:
            self.tree.setCurrentItem(item)
        menu = QMenu(self)
        menu.setToolTipsVisible(True)
        self.build_menu(None if item is None else int(item.data(0, ID_ROLE)), menu)
        menu.exec(self.tree.viewport().mapToGlobal(point))

"""The type-ahead mark-up popup: pick or create a code, Enter, done.

Opened by C, S or R (or a toolbar button) next to the selection. Typing filters the codes of the
pressed kind by name or any alias, in any script; Enter applies the highlighted code. When
nothing matches, the list offers “Create …” under the pressed kind's root. Tab (or Ctrl+Enter)
keeps the highlighted code and asks for another one — a speaker, by default — so "condition +
speaker" is one gesture. Backspace in an empty box drops the last picked code; Esc cancels.

The popup never changes the project itself: it calls the ``create`` function it was given for a
new code and reports the picked code ids through :attr:`MarkupPopup.committed`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Code, CodeKind
from desktop_app.domain.textfold import fold
from desktop_app.errors import ParleyError
from desktop_app.gui.codebook_panel import SHAPES
from desktop_app.gui.icons import swatch
from desktop_app.gui.translation import QT_TRANSLATE_NOOP, translate

log = logging.getLogger(__name__)

MAX_LISTED = 60
CREATE_ROLE = Qt.ItemDataRole.UserRole + 1
KIND_TITLES = {
    CodeKind.CONDITION: QT_TRANSLATE_NOOP("MarkupPopup", "Condition"),
    CodeKind.SPEAKER: QT_TRANSLATE_NOOP("MarkupPopup", "Speaker"),
    CodeKind.REACTION: QT_TRANSLATE_NOOP("MarkupPopup", "Reaction"),
    CodeKind.OTHER: QT_TRANSLATE_NOOP("MarkupPopup", "Code"),
}

Lookup = Callable[[str, CodeKind | None], list[Code]]
Create = Callable[[CodeKind, str], Code]


def matched_alias(code: Code, query: str) -> str:
    """The alias that made a code match (shown beside its name), if not the name itself."""
    needle = fold(" ".join(query.split()))
    if not needle or needle in fold(code.name):
        return ""
    return next((a for a in code.speaker.aliases if needle in fold(a)), "")


class MarkupPopup(QFrame):
    committed = Signal(list)  # code ids, in the order picked
    cancelled = Signal()

    def __init__(
        self,
        parent: QWidget,
        lookup: Lookup,
        create: Create | None,
        kind: CodeKind | None,
        context: str = "",
    ) -> None:
        super().__init__(parent, Qt.WindowType.Popup | Qt.WindowType.FramelessWindowHint)
        self.setObjectName("markup_popup")
        self.setAccessibleName(translate("MarkupPopup", "Pick a code"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._lookup = lookup
        self._create = create
        self._first_kind = kind
        self.kind = kind
        self.picked: list[Code] = []
        self._navigated = False
        self._done = False
        self.heading = QLabel(self)
        self.heading.setObjectName("popup_heading")
        self.heading.setWordWrap(True)
        self.context = context
        self.chips = QLabel(self)
        self.chips.setObjectName("popup_chips")
        self.chips.setVisible(False)
        self.edit = QLineEdit(self)
        self.edit.setAccessibleName(translate("MarkupPopup", "Code name or alias"))
        self.edit.setPlaceholderText(translate("MarkupPopup", "Type a name or alias…"))
        self.list = QListWidget(self)
        self.list.setAccessibleName(translate("MarkupPopup", "Matching codes"))
        self.list.setUniformItemSizes(True)
        self.list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.hint = QLabel(self)
        self.hint.setObjectName("popup_hint")
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.setSpacing(6)
        for widget in (self.heading, self.chips, self.edit, self.list, self.hint):
            layout.addWidget(widget)
        self.setMinimumWidth(380)
        self.list.setMinimumHeight(8 * (self.fontMetrics().height() + 6))
        self.edit.textChanged.connect(self._refill)
        self.edit.installEventFilter(self)
        self.list.itemDoubleClicked.connect(lambda _item: self._accept(commit=True))
        self._update_heading()
        self._refill("")

    # -- showing ---------------------------------------------------------------------------

    def show_near(self, anchor: QRect) -> None:
        """Show below ``anchor`` (global coordinates), kept on the screen."""
        self.adjustSize()
        screen = QGuiApplication.screenAt(anchor.center()) or QGuiApplication.primaryScreen()
        bounds = screen.availableGeometry()
        x = min(max(anchor.left(), bounds.left()), bounds.right() - self.width())
        y = anchor.bottom() + 6
        if y + self.height() > bounds.bottom():
            y = max(bounds.top(), anchor.top() - self.height() - 6)
        self.move(QPoint(x, y))
        self.show()
        self.edit.setFocus()

    def _update_heading(self) -> None:
        what = translate("MarkupPopup", KIND_TITLES[self.kind] if self.kind else "Code")
        second = translate("MarkupPopup", " (another code)") if self.picked else ""
        context = (
            translate("MarkupPopup", " for “%1”").replace("%1", self.context)
            if self.context and not self.picked
            else ""
        )
        self.heading.setText(f"<b>{what}{second}</b>{context}")
        if self.picked:
            self.chips.setText(
                translate("MarkupPopup", "Picked: ") + " + ".join(c.name for c in self.picked)
            )
            self.chips.setVisible(True)
        else:
            self.chips.setVisible(False)
        self.hint.setText(
            translate("MarkupPopup", "Enter: apply · Tab: add another code · Esc: cancel")
            if not self.picked
            else translate(
                "MarkupPopup",
                "Enter: apply all · Tab: add another · Backspace: drop last · Esc: cancel",
            )
        )
        self.hint.setStyleSheet("")

    # -- the list --------------------------------------------------------------------------

    def _refill(self, query: str) -> None:
        self.list.clear()
        self._navigated = False
        picked_ids = {c.id for c in self.picked}
        found = [c for c in self._lookup(query, self._search_kind(query)) if c.id not in picked_ids]
        for code in found[:MAX_LISTED]:
            alias = matched_alias(code, query)
            text = f"{code.name}   — {alias}" if alias else code.name
            item = QListWidgetItem(swatch(code.color, SHAPES[code.kind]), text)
            item.setData(Qt.ItemDataRole.UserRole, code.id)
            item.setToolTip(code.description or code.name)
            self.list.addItem(item)
        name = " ".join(query.split())
        exact = any(fold(c.name) == fold(name) for c in found)
        if name and not exact and self._create is not None and self.kind is not None:
            under = translate("CodebookPanel", self.kind.root_name)
            item = QListWidgetItem(
                translate("MarkupPopup", "Create “%1” under %2")
                .replace("%2", under)
                .replace("%1", name)
            )
            item.setData(CREATE_ROLE, name)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)

    def _search_kind(self, query: str) -> CodeKind | None:
        """The first pick searches the pressed kind; later picks search every kind once the
        analyst types, and list the speakers while the box is empty."""
        if not self.picked:
            return self._first_kind
        return self.kind if not query.strip() else None

    # -- keys ------------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.edit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._key(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def _key(self, event: QKeyEvent) -> bool:
        key = event.key()
        ctrl = bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier)
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
            steps = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8}
            step = steps.get(Qt.Key(key), -8)
            if self.list.count():
                row = min(max(self.list.currentRow() + step, 0), self.list.count() - 1)
                self.list.setCurrentRow(row)
                self._navigated = True
            return True
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self._accept(commit=not ctrl)
            return True
        if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
            self._accept(commit=False)
            return True
        if key == Qt.Key.Key_Escape:
            self.close()
            return True
        if key == Qt.Key.Key_Backspace and not self.edit.text() and self.picked:
            self.picked.pop()
            if not self.picked:
                self.kind = self._first_kind
            self._update_heading()
            self._refill("")
            return True
        return False

    def _accept(self, commit: bool) -> None:
        """Take the highlighted code (creating it if asked); then apply or ask for another."""
        typed = bool(self.edit.text().strip())
        take = typed or self._navigated or not self.picked
        item = self.list.currentItem()
        if take and item is not None:
            code = self._code_of(item)
            if code is None:
                return
            self.picked.append(code)
        elif take and not self.picked:
            self._say(
                translate(
                    "MarkupPopup", "Nothing matches: type a name to create it, or Esc to cancel"
                )
            )
            return
        if commit:
            if not self.picked:
                return
            self._done = True
            self.committed.emit([c.id for c in self.picked])
            self.close()
            return
        if self.kind != CodeKind.SPEAKER:
            self.kind = CodeKind.SPEAKER
        self._update_heading()
        self.edit.clear()
        self._refill("")

    def _code_of(self, item: QListWidgetItem) -> Code | None:
        name = item.data(CREATE_ROLE)
        if name:
            assert self._create is not None and self.kind is not None
            try:
                return self._create(self.kind, str(name))
            except ParleyError as error:
                self._say(str(error))
                return None
        code_id = int(item.data(Qt.ItemDataRole.UserRole))
        return next((c for c in self._lookup("", None) if c.id == code_id), None)

    def _say(self, message: str) -> None:
        self.hint.setText(message)
        self.hint.setStyleSheet("color: #c0392b;")

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self._done:
            self._done = True
            self.cancelled.emit()
        super().closeEvent(event)

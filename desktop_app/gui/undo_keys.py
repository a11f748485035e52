"""Ctrl+Z, Ctrl+Shift+Z and Ctrl+Y reach the project's undo history from anywhere in the window.

A text field takes those keys for its own typing (Qt gives a focused ``QLineEdit`` the shortcut
first, whether or not it has anything to undo), so after "Mark All Hits As…" Ctrl+Z in the search
box only took back the query. Here the keys go to the field only while it has typing of its own
to undo or redo; otherwise the window's Undo and Redo commands get them.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)


def pressed_sequence(event: QKeyEvent) -> QKeySequence:
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    return QKeySequence(QKeyCombination(modifiers, Qt.Key(event.key())))


def _is_one_of(pressed: QKeySequence, action: QAction) -> bool:
    return any(
        pressed.matches(keys) == QKeySequence.SequenceMatch.ExactMatch
        for keys in action.shortcuts()
    )


def own_history(widget: QWidget | None, redo: bool) -> bool:
    """Whether a focused field has typing of its own to undo (or redo)."""
    if isinstance(widget, QComboBox) and widget.isEditable():
        widget = widget.lineEdit()
    if isinstance(widget, QLineEdit):
        if widget.isReadOnly():
            return False
        return widget.isRedoAvailable() if redo else widget.isUndoAvailable()
    if isinstance(widget, (QPlainTextEdit, QTextEdit)):
        if widget.isReadOnly():
            return False
        document = widget.document()
        return document.isRedoAvailable() if redo else document.isUndoAvailable()
    return False


class ProjectUndoKeys(QObject):
    """Watches the application's shortcut overrides for ``window``'s undo and redo keys."""

    def __init__(self, window: QMainWindow, undo: QAction, redo: QAction) -> None:
        super().__init__(window)
        self.window = window
        self.undo = undo
        self.redo = redo
        app = QApplication.instance()
        if app is not None:
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        focused = QApplication.focusWidget()
        if focused is None or focused.window() is not self.window or watched is not focused:
            return False
        pressed = pressed_sequence(event)
        if _is_one_of(pressed, self.undo):
            redo = False
        elif _is_one_of(pressed, self.redo):
            redo = True
        else:
            return False
        if own_history(focused, redo):
            return False  # the field undoes its own typing first
        event.ignore()
        return True  # not offered to the field: the window's shortcut fires

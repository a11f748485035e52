"""Undo and redo for every change, as a linear history of logged operations."""

from __future__ import annotations

from dataclasses import dataclass

from desktop_app.storage.transaction import RowChange

HISTORY_LIMIT = 300


@dataclass(frozen=True)
class Operation:
    label: str
    changes: tuple[RowChange, ...]

    def inverse_changes(self) -> list[RowChange]:
        return [change.inverse() for change in reversed(self.changes)]


class History:
    """The undo and redo stacks of one open project (in memory, per window session)."""

    def __init__(self, limit: int = HISTORY_LIMIT) -> None:
        self.limit = limit
        self._undo: list[Operation] = []
        self._redo: list[Operation] = []

    def record(self, operation: Operation) -> None:
        if not operation.changes:
            return
        self._undo.append(operation)
        del self._undo[: -self.limit]
        self._redo.clear()

    @property
    def undo_label(self) -> str | None:
        return self._undo[-1].label if self._undo else None

    @property
    def redo_label(self) -> str | None:
        return self._redo[-1].label if self._redo else None

    def pop_undo(self) -> Operation | None:
        return self._undo.pop() if self._undo else None

    def pop_redo(self) -> Operation | None:
        return self._redo.pop() if self._redo else None

    def push_undo_back(self, operation: Operation) -> None:
        """Put back an operation whose undo failed, so the stacks stay as they were."""
        self._undo.append(operation)

    def push_undone(self, operation: Operation) -> None:
        """After an undo: ``operation`` holds the changes that redo the original."""
        self._redo.append(operation)

    def push_redone(self, operation: Operation) -> None:
        self._undo.append(operation)

    def clear(self) -> None:
        self._undo.clear()
        self._redo.clear()

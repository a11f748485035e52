"""User-facing errors.

Every error an analyst may see says *what* went wrong and *what to do*; the command line prints it
as ``parley: error: <what> — <what to do>`` and the window shows it in a dialog. Details for
developers go to the log, never into these messages.
"""

from __future__ import annotations

from pathlib import Path

from desktop_app.textsafe import printable_name


class ParleyError(Exception):
    """An error the user can act on."""

    def __init__(self, what: str, todo: str = "") -> None:
        super().__init__(what)
        self.what = what
        self.todo = todo

    def __str__(self) -> str:
        return f"{self.what} — {self.todo}" if self.todo else self.what


class ProjectError(ParleyError):
    """The project file cannot be created, opened or upgraded."""


class PasswordNeeded(ProjectError):
    """A team server wants a password, or refused the one given: the window asks again."""


class ImportRefused(ParleyError):
    """One file could not be imported; the project was not changed by it."""

    def __init__(self, path: Path | str, reason: str, todo: str = "") -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{printable_name(self.path.name)}: {reason}", todo)


class ExportError(ParleyError):
    """An export could not be written; no partial file was left behind."""


class NotFound(ParleyError):
    """A source, code or annotation named by the caller does not exist."""


class InvalidChange(ParleyError):
    """A requested change breaks a rule of the model (e.g. a span outside the text)."""


class Cancelled(Exception):
    """Long work was cancelled by the user; whatever it wrote has been rolled back."""


class ConflictError(ParleyError):
    """Someone else changed (or deleted) what this change was based on; nothing was changed.

    ``current`` is the thing as it is now (a domain object, or None when it is gone), so the
    window can show it and let the analyst decide again.
    """

    def __init__(
        self,
        what: str,
        todo: str = "",
        *,
        entity: str = "",
        entity_id: int | None = None,
        current: object | None = None,
    ) -> None:
        super().__init__(what, todo)
        self.entity = entity
        self.entity_id = entity_id
        self.current = current

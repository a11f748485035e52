"""File › Connect to Server…: where a team project lives, and who signs in.

The dialog returns what was typed (:class:`ServerLogin`) and saves nothing: the caller connects
(in a worker) and, if asked to, the service keeps the password in the system keyring. It knows
no services, so opening it never loads the storage layer.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QWidget,
)

from desktop_app.gui.dialogs.base import BaseDialog
from desktop_app.gui.translation import translate

DEFAULT_PORT = 5432


@dataclass(frozen=True)
class ServerLogin:
    """The dialog's answer. ``password`` empty: use the keyring's (or libpq's own sources);
    ``coder`` empty: the coder is the database role."""

    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    password: str = field(default="", repr=False)
    remember: bool = True
    coder: str = ""

    def missing(self) -> str:
        """The first required field left empty ("" when none is)."""
        for name in ("host", "database", "user"):
            if not getattr(self, name).strip():
                return name
        return ""

    def missing_text(self) -> str:
        """What to type, for :meth:`missing` ("" when nothing is missing)."""
        return {
            "host": translate("ConnectDialog", "Type the server's host."),
            "database": translate("ConnectDialog", "Type the server's database."),
            "user": translate("ConnectDialog", "Type the server's user."),
        }.get(self.missing(), "")


class ConnectDialog(BaseDialog):
    def __init__(
        self, parent: QWidget | None, initial: ServerLogin | None = None, problem: str = ""
    ) -> None:
        super().__init__(parent, translate("ConnectDialog", "Connect to Server"), problem)
        start = initial or ServerLogin()
        self.setObjectName("connect_dialog")
        self.host = self._line(
            "host",
            start.host,
            translate("ConnectDialog", "The PostgreSQL server, e.g. db.example.org"),
        )
        self.port = QSpinBox(self)
        self.port.setObjectName("connect_port")
        self.port.setRange(1, 65535)
        self.port.setValue(start.port)
        self.port.setAccessibleName(translate("ConnectDialog", "Port"))
        self.port.setToolTip(
            translate("ConnectDialog", "The server's port; PostgreSQL's usual one is 5432")
        )
        self.database = self._line(
            "database", start.database, translate("ConnectDialog", "The project's database")
        )
        self.user = self._line(
            "user", start.user, translate("ConnectDialog", "Your login role on the server")
        )
        self.password = self._line(
            "password",
            start.password,
            translate(
                "ConnectDialog", "Leave empty to use the password kept in the system keyring"
            ),
        )
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.remember = QCheckBox(
            translate("ConnectDialog", "&Remember password in the system keyring"), self
        )
        self.remember.setObjectName("connect_remember")
        self.remember.setChecked(start.remember)
        self.remember.setToolTip(
            translate(
                "ConnectDialog",
                "Kept by the operating system (Keychain, Credential Manager, Secret Service), "
                "never in Parley's settings or the project",
            )
        )
        self.coder = self._line(
            "coder",
            start.coder,
            translate(
                "ConnectDialog", "Empty: your annotations are recorded under your login role"
            ),
        )
        self.coder.setPlaceholderText(translate("ConnectDialog", "your login role"))
        form = QFormLayout()
        for label, widget in (
            (translate("ConnectDialog", "&Host:"), self.host),
            (translate("ConnectDialog", "P&ort:"), self.port),
            (translate("ConnectDialog", "&Database:"), self.database),
            (translate("ConnectDialog", "&User:"), self.user),
            (translate("ConnectDialog", "&Password:"), self.password),
            ("", self.remember),
            (translate("ConnectDialog", "&Coder name:"), self.coder),
        ):
            form.addRow(label, widget)
        self.host.setMinimumWidth(320)
        self.error.setObjectName("connect_error")
        self.error.setWordWrap(True)
        buttons = self.lay_out(form)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            translate("ConnectDialog", "Connect")
        )
        first_empty = next(
            (edit for edit in (self.host, self.database, self.user) if not edit.text()),
            self.password if problem else self.host,
        )
        first_empty.setFocus()

    def _line(self, name: str, text: str, tip: str) -> QLineEdit:
        edit = QLineEdit(text, self)
        edit.setObjectName(f"connect_{name}")
        edit.setToolTip(tip)
        edit.setAccessibleName(name.capitalize())
        return edit

    def login(self) -> ServerLogin:
        return ServerLogin(
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            password=self.password.text(),
            remember=self.remember.isChecked(),
            coder=" ".join(self.coder.text().split()),
        )

    def accept(self) -> None:
        missing = self.login().missing()
        if missing:
            self.say(self.login().missing_text())
            getattr(self, missing).setFocus()
            return
        super().accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, initial: ServerLogin | None = None, problem: str = ""
    ) -> tuple[ServerLogin, bool]:
        """Show the dialog; what was typed, and whether the analyst chose Connect."""
        dialog = cls(parent, initial, problem)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        login = dialog.login()
        dialog.deleteLater()
        return login, accepted

"""File › Connect to Server…: the dialog returns what was typed and saves nothing."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QDialogButtonBox

from desktop_app.gui.dialogs.connect_dialog import ConnectDialog, ServerLogin
from tests.gui.conftest import active_dialog


def _answer(fill: object, button: QDialogButtonBox.StandardButton) -> None:
    def go() -> None:
        dialog = active_dialog(ConnectDialog)
        assert isinstance(dialog, ConnectDialog)
        fill(dialog)  # type: ignore[operator]
        dialog.findChild(QDialogButtonBox).button(button).click()

    QTimer.singleShot(0, go)


def test_ask_returns_the_typed_login(qtbot: object) -> None:
    def fill(dialog: ConnectDialog) -> None:
        dialog.host.setText(" db.example.org ")
        dialog.port.setValue(6543)
        dialog.database.setText("monitoring")
        dialog.user.setText("alice")
        dialog.password.setText("s3cret")
        dialog.remember.setChecked(False)
        dialog.coder.setText("  Alice   M. ")

    _answer(fill, QDialogButtonBox.StandardButton.Ok)
    login, accepted = ConnectDialog.ask(None)
    assert accepted
    assert login == ServerLogin(
        host="db.example.org",
        port=6543,
        database="monitoring",
        user="alice",
        password="s3cret",
        remember=False,
        coder="Alice M.",
    )
    assert "s3cret" not in repr(login)


def test_cancel_still_returns_the_data_but_not_accepted(qtbot: object) -> None:
    start = ServerLogin(host="db", database="desk", user="bob")
    _answer(lambda _d: None, QDialogButtonBox.StandardButton.Cancel)
    login, accepted = ConnectDialog.ask(None, start, "the server at db wants a password")
    assert not accepted
    assert (login.host, login.database, login.user, login.port) == ("db", "desk", "bob", 5432)


def test_a_missing_field_keeps_the_dialog_open(qtbot: object) -> None:
    dialog = ConnectDialog(None, ServerLogin(host="db", user="bob"))
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    dialog.show()
    dialog.accept()
    assert dialog.isVisible()
    assert "database" in dialog.error.text()
    dialog.database.setText("desk")
    dialog.accept()
    assert not dialog.isVisible()
    assert dialog.result() == ConnectDialog.DialogCode.Accepted


def test_problem_is_shown(qtbot: object) -> None:
    dialog = ConnectDialog(None, ServerLogin(), "The server refused the password.")
    qtbot.addWidget(dialog)  # type: ignore[attr-defined]
    assert not dialog.error.isHidden()
    assert dialog.error.text() == "The server refused the password."
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password

"""Server passwords, kept in the operating system's keyring (Keychain, Credential Manager,
Secret Service) — never in settings, project files, URLs on screen or logs.

Passwords are filed under the service ``Parley`` and the account ``user@host:port/database``.
A keyring that is missing or locked is not an error: the lookup finds nothing, and the server
then says it wants a password (or libpq finds one in ``PGPASSWORD`` or ``~/.pgpass``).
"""

from __future__ import annotations

import contextlib
import logging

from sqlalchemy.engine import URL, make_url

log = logging.getLogger(__name__)

SERVICE = "Parley"


def account(url: str | URL) -> str:
    parsed = make_url(url) if isinstance(url, str) else url
    return (
        f"{parsed.username or ''}@{parsed.host or 'localhost'}:{parsed.port or 5432}"
        f"/{parsed.database or ''}"
    )


def lookup(url: str | URL) -> str | None:
    try:
        import keyring

        return keyring.get_password(SERVICE, account(url))
    except Exception:  # no backend, locked, no D-Bus session: same as "not stored"
        log.info("no password from the keyring for %s", account(url), exc_info=True)
        return None


def store(url: str | URL, password: str) -> bool:
    """Keep ``password`` for this server account; False if no keyring could take it."""
    try:
        import keyring

        keyring.set_password(SERVICE, account(url), password)
        return True
    except Exception:
        log.warning("the keyring did not take the password for %s", account(url), exc_info=True)
        return False


def forget(url: str | URL) -> None:
    try:
        import keyring
        from keyring.errors import PasswordDeleteError

        with contextlib.suppress(PasswordDeleteError):
            keyring.delete_password(SERVICE, account(url))
    except Exception:
        log.info("could not remove the password for %s", account(url), exc_info=True)

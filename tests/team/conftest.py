"""Fixtures for team projects: a real PostgreSQL server, and a ``project`` that runs on both.

The server is started once per test session from the installed binaries (see ``pgserver``); a
template database is migrated once, and each test gets its own database copied from it
(``CREATE DATABASE … TEMPLATE``), the server-side twin of the SQLite template-file trick in
``tests/conftest.py``. A server that cannot be started fails the tests, with the reason: the
locked ``pgserver`` wheel brings its own binaries, so no test waits on a system tool.
"""

from __future__ import annotations

import itertools
import shutil
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.errors import PasswordDeleteError

from desktop_app.services.project import Project
from tests.builders import opened_as
from tests.team import pgserver

TEMPLATE_DB = "parley_template"
TEST_ROLE = "tester"
_numbers = itertools.count(1)


class MemoryKeyring(KeyringBackend):
    """A keyring that forgets everything when the test ends (never the developer's own)."""

    priority = 1  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.passwords.pop((service, username), None) is None:
            raise PasswordDeleteError(username)


@pytest.fixture(autouse=True)
def memory_keyring() -> Iterator[MemoryKeyring]:
    store = MemoryKeyring()
    previous = keyring.get_keyring()
    keyring.set_keyring(store)
    yield store
    keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def pg_server() -> Iterator[pgserver.Server]:
    try:
        server = pgserver.start()
    except pgserver.Unavailable as reason:
        pytest.fail(f"no PostgreSQL server: {reason} (the locked pgserver wheel starts one)")
    yield server
    server.stop()


def admin(server: pgserver.Server, *statements: str, database: str = "postgres") -> list:
    """Run statements as the server's superuser (autocommit); the last one's rows."""
    import psycopg

    rows: list = []
    with psycopg.connect(
        host=server.host,
        port=server.port,
        user=server.superuser,
        dbname=database,
        autocommit=True,
    ) as connection:
        for statement in statements:
            cursor = connection.execute(statement)  # type: ignore[arg-type]
            rows = cursor.fetchall() if cursor.description else []
    return rows


def ensure_role(
    server: pgserver.Server, name: str, *, login: bool = True, in_role: str = ""
) -> None:
    exists = admin(server, f"SELECT 1 FROM pg_roles WHERE rolname = '{name}'")
    if not exists:
        clause = "LOGIN" if login else "NOLOGIN"
        member = f" IN ROLE {in_role}" if in_role else ""
        admin(server, f"CREATE ROLE {name} {clause}{member}")


@pytest.fixture(scope="session")
def pg_template(pg_server: pgserver.Server) -> str:
    """A migrated project database with the three roots, owned by the test role."""
    from desktop_app.services.project import Project

    ensure_role(pg_server, TEST_ROLE)
    admin(
        pg_server,
        f"DROP DATABASE IF EXISTS {TEMPLATE_DB}",
        f"CREATE DATABASE {TEMPLATE_DB} OWNER {TEST_ROLE}",
    )
    with Project.open(pg_server.url(TEMPLATE_DB, TEST_ROLE), create=True, coder=TEST_ROLE):
        pass
    return TEMPLATE_DB


def new_database(server: pgserver.Server, template: str | None, owner: str = TEST_ROLE) -> str:
    name = f"parley_test_{next(_numbers)}"
    admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")
    source = f" TEMPLATE {template}" if template else ""
    admin(server, f"CREATE DATABASE {name}{source} OWNER {owner}")
    return name


def drop_database(server: pgserver.Server, name: str) -> None:
    admin(server, f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture
def pg_url(pg_server: pgserver.Server, pg_template: str) -> Iterator[str]:
    """A fresh project on the server (migrated, with the three roots), as the test role."""
    name = new_database(pg_server, pg_template)
    yield pg_server.url(name, TEST_ROLE)
    drop_database(pg_server, name)


@pytest.fixture
def empty_pg_url(pg_server: pgserver.Server) -> Iterator[str]:
    """An empty database on the server, owned by the test role."""
    ensure_role(pg_server, TEST_ROLE)
    name = new_database(pg_server, None)
    yield pg_server.url(name, TEST_ROLE)
    drop_database(pg_server, name)


@pytest.fixture(params=["sqlite", "postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def project_path(backend: str, request: pytest.FixtureRequest, tmp_path: Path) -> str | Path:
    """A fresh, empty project: a file, or a database on the test server."""
    if backend == "sqlite":
        template: Path = request.getfixturevalue("template_project")
        target = tmp_path / "project.parley"
        shutil.copyfile(template, target)
        return target
    return str(request.getfixturevalue("pg_url"))


@pytest.fixture
def project(project_path: str | Path) -> Iterator[object]:
    from desktop_app.services.project import Project

    opened = Project.open(project_path, coder=TEST_ROLE)
    yield opened
    opened.close()


@pytest.fixture
def alice(project_path: str | Path) -> Iterator[Project]:
    """The project opened by the analyst alice (beside ``bob``, on the same project)."""
    with opened_as(project_path, "alice") as opened:
        yield opened


@pytest.fixture
def bob(project_path: str | Path) -> Iterator[Project]:
    with opened_as(project_path, "bob") as opened:
        yield opened

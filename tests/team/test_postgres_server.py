"""A project on a PostgreSQL server: schema by migrations, the desk's roles, passwords in the
keyring and nowhere else, and errors an analyst can act on."""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from desktop_app.domain.model import CodeKind
from desktop_app.errors import PasswordNeeded, ProjectError
from desktop_app.services import codebook, markup, sources, team
from desktop_app.services.project import Project
from desktop_app.storage.migrations import alembic_config, head_revision
from desktop_app.storage.schema import Base
from tests.builders import add_code, add_source
from tests.team import pgserver
from tests.team.conftest import admin, drop_database, ensure_role, new_database

TEXT = "Putin set conditions. Zelensky rejected them."


def test_migrations_build_the_models_schema_on_postgresql(pg_url: str) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert context.get_current_revision() == head_revision()
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_an_older_server_project_is_backed_up_then_upgraded(
    empty_pg_url: str, isolated_user_dirs: Path
) -> None:
    engine = create_engine(empty_pg_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0002")
        connection.execute(
            text(
                "INSERT INTO sources (guid, title, outlet, author, published, url, language, "
                "original_name, file_format, sha256, imported_at, status, characters, text, "
                "folded_text, position) VALUES ('g1', 'Old', '', '', '', '', 'en', 'old.txt', "
                "'txt', 'x', '2026-01-01T00:00:00Z', 'todo', 9, 'Old text.', 'old text.', 1)"
            )
        )
    engine.dispose()
    with Project.open(empty_pg_url, coder="tester") as project:
        assert sources.get_text(project, 1) == "Old text."
        code = add_code(project, CodeKind.CONDITION, "Withdrawal")
        assert markup.annotate(project, 1, 0, 3, [code.id]).version == 1
        assert sources.get_source(project, 1).version == 1
    backups = list((isolated_user_dirs / "data" / "backups" / "server").glob("*.parley"))
    assert len(backups) == 1 and "before-upgrade-0002" in backups[0].name
    with Project.open(backups[0]) as old:  # a file at 0002: upgraded on opening, like any
        assert sources.get_text(old, 1) == "Old text."
        assert "Withdrawal" not in {c.name for c in codebook.list_codes(old)}  # taken before


def test_two_analysts_opening_an_empty_database_at_once_make_one_project(
    empty_pg_url: str,
) -> None:
    opened: list[Project] = []
    errors: list[BaseException] = []

    def open_it(coder: str) -> None:
        try:
            opened.append(Project.open(empty_pg_url, coder=coder))
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=open_it, args=(name,)) for name in ("ann", "ben")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    try:
        roots = [c.name for c in codebook.list_codes(opened[0]) if c.is_root]
        assert roots == ["Conditions", "Speakers", "Reactions"]
        assert opened[0].guid == opened[1].guid
    finally:
        for project in opened:
            project.close()


@pytest.fixture
def desk_database(pg_server: pgserver.Server) -> Iterator[str]:
    """The README's set-up: a group role owning the database, one login role per analyst."""
    ensure_role(pg_server, "parley_desk", login=False)
    for analyst in ("alice", "bob"):
        ensure_role(pg_server, analyst, in_role="parley_desk")
    name = new_database(pg_server, None, owner="parley_desk")
    yield name
    drop_database(pg_server, name)


def test_each_analyst_signs_in_as_their_own_role(
    pg_server: pgserver.Server, desk_database: str
) -> None:
    with Project.open(pg_server.url(desk_database, "alice")) as alice:
        assert alice.coder == "alice"
        source_id = add_source(alice, TEXT)
        code = add_code(alice, CodeKind.CONDITION, "Withdrawal")
        markup.annotate(alice, source_id, 0, 20, [code.id])
    with Project.open(pg_server.url(desk_database, "bob")) as bob:
        assert bob.coder == "bob"
        markup.annotate(bob, source_id, 22, 45, [code.id])
        coders = {c.name: c.db_role for c in team.list_coders(bob)}
        assert coders == {"alice": "alice", "bob": "bob"}
        assert [a.coder for a in markup.list_annotations(bob)] == ["alice", "bob"]
    owners = admin(
        pg_server,
        "SELECT DISTINCT tableowner FROM pg_tables WHERE schemaname = 'public'",
        database=desk_database,
    )
    assert owners == [("parley_desk",)]  # whoever came first, the desk owns the tables
    with pytest.raises(ProjectError, match="signs in as database role alice"):
        Project.open(pg_server.url(desk_database, "bob"), coder="alice")


@pytest.fixture
def password_role(pg_server: pgserver.Server) -> Iterator[team.ServerAddress]:
    """A role that must give a password (scram-sha-256) on TCP, on a fresh database."""
    if pg_server.folder is None:
        pytest.skip("needs the test session's own server (to edit pg_hba.conf)")
    hba = pg_server.folder / "data" / "pg_hba.conf"
    rule = "host all carol 127.0.0.1/32 scram-sha-256\n"
    if rule not in hba.read_text():
        hba.write_text(rule + hba.read_text())
        admin(pg_server, "SELECT pg_reload_conf()")
    ensure_role(pg_server, "carol")
    admin(pg_server, "ALTER ROLE carol PASSWORD 'correct horse'")
    name = new_database(pg_server, None, owner="carol")
    yield team.ServerAddress(pg_server.host, name, "carol", pg_server.port)
    drop_database(pg_server, name)


def test_the_password_lives_in_the_keyring_only(
    password_role: team.ServerAddress,
    memory_keyring: object,
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.DEBUG)
    address = password_role
    with pytest.raises(PasswordNeeded, match="wants a password"):
        Project.open(address.url())
    with pytest.raises(PasswordNeeded, match="refused the user name or password"):
        team.connect(address, "wrong")
    assert not team.has_stored_password(address)

    with team.connect(address, "correct horse") as project:
        assert project.coder == "carol"
        assert "correct horse" not in project.location
    assert team.has_stored_password(address)
    with Project.open(address.url()) as again:  # from the keyring
        assert again.coder == "carol"

    inline = address.url().replace("carol@", "carol:correct%20horse@")
    with Project.open(inline) as project:
        assert project.location == address.url()  # no password: reopening uses the keyring

    team.forget_password(address)
    with pytest.raises(PasswordNeeded, match="wants a password"):
        Project.open(address.url())
    assert "correct horse" not in caplog.text


def test_server_errors_say_what_to_do(pg_server: pgserver.Server) -> None:
    with pytest.raises(ProjectError, match="no such database"):
        Project.open(pg_server.url("parley_no_such_db", "tester"))
    closed_port = pgserver._free_port()
    with pytest.raises(ProjectError, match="cannot reach the database server"):
        Project.open(f"postgresql://tester@127.0.0.1:{closed_port}/x")
    with pytest.raises(ProjectError, match="not a database address"):
        Project.open("postgresql://tester@127.0.0.1:notaport/x")


def test_a_server_project_from_a_newer_parley_is_refused_untouched(
    pg_server: pgserver.Server, pg_url: str
) -> None:
    name = pg_url.rsplit("/", 1)[1]
    admin(pg_server, "UPDATE alembic_version SET version_num = 'ffff_future'", database=name)
    with pytest.raises(ProjectError, match="newer version of Parley"):
        Project.open(pg_url)
    assert admin(pg_server, "SELECT version_num FROM alembic_version", database=name) == [
        ("ffff_future",)
    ]


def test_a_foreign_database_is_refused(pg_server: pgserver.Server, empty_pg_url: str) -> None:
    name = empty_pg_url.rsplit("/", 1)[1]
    admin(pg_server, "CREATE TABLE things (id integer)", database=name)
    with pytest.raises(ProjectError, match="not a Parley project"):
        Project.open(empty_pg_url)


def test_server_addresses_round_trip() -> None:
    address = team.ServerAddress("db.example.org", "monitoring", "ann.lee", 6543)
    assert address.url() == "postgresql://ann.lee@db.example.org:6543/monitoring"
    assert team.ServerAddress.from_url(address.url()) == address
    assert team.is_server_location(address.url())
    assert not team.is_server_location("/home/ann/desk.parley")
    with pytest.raises(ProjectError, match="host is missing"):
        team.ServerAddress(" ", "monitoring", "ann").check()
    with pytest.raises(ProjectError, match="not a port"):
        team.ServerAddress("h", "d", "u", 70000).check()

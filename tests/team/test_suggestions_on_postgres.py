"""Suggestions on a project that lives on PostgreSQL: the review scenarios of
``tests/services/test_suggestions.py`` again (accept, reject, hiding, undo), and a server
project at revision 0004 upgraded with its mark-up kept as hand-made."""

from __future__ import annotations

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import create_engine, text

from desktop_app.domain.model import CodeKind
from desktop_app.domain.suggestions import Suggestion
from desktop_app.services import markup
from desktop_app.services import suggestions as review
from desktop_app.services.project import Project
from desktop_app.storage.migrations import alembic_config
from tests.builders import add_code
from tests.services.test_suggestions import *  # noqa: F403


@pytest.fixture(params=["postgresql"])
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


def test_a_0004_server_project_is_upgraded_with_its_mark_up_hand_made(
    empty_pg_url: str, isolated_user_dirs: Path
) -> None:
    engine = create_engine(empty_pg_url)
    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), "0004")
        connection.execute(
            text(
                "INSERT INTO sources (guid, title, outlet, author, published, url, language, "
                "original_name, file_format, sha256, imported_at, status, characters, text, "
                "folded_text, position) VALUES ('g1', 'Old', '', '', '', '', 'en', 'old.txt', "
                "'txt', 'x', '2026-01-01T00:00:00Z', 'todo', 12, 'Putin spoke.', "
                "'putin spoke.', 1)"
            )
        )
        connection.execute(
            text(
                'INSERT INTO annotations (guid, source_id, start, "end", quote, note, '
                "created_at, updated_at) VALUES ('a1', 1, 0, 5, 'Putin', '', "
                "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')"
            )
        )
    engine.dispose()
    with Project.open(empty_pg_url, coder="tester") as project:
        (annotation,) = markup.list_annotations(project)
        assert (annotation.quote, annotation.origin) == ("Putin", "")
        putin = add_code(project, CodeKind.SPEAKER, "Vladimir Putin")
        spoke = Suggestion(1, 6, 11, "statement", (putin.id,), 0.7, "", "statement:cue")
        review.reject(project, spoke)
        assert review.visible(project, {1: (spoke,)}) == {1: ()}
        whole = Suggestion(1, 0, 12, "statement", (putin.id,), 1.0, "", "statement:quote")
        assert review.accept(project, whole).origin == "suggestion:statement:quote"

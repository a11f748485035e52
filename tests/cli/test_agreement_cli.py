"""``parley agreement``: agreement by source, and ``--disagreements`` lists the differences
with both quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.domain.model import CodeKind
from desktop_app.services import markup
from desktop_app.services.project import Project
from tests.builders import add_code, add_source

TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."


def test_agreement_text_gives_sources_and_lists_differences_on_request(
    project_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with (
        Project.open(project_path, coder="alice") as alice,
        Project.open(project_path, coder="bob") as bob,
    ):
        first = add_source(alice, TEXT, title="First")
        second = add_source(alice, TEXT + " Again.", title="Second")
        condition = add_code(alice, CodeKind.CONDITION, "Conditions set")
        rejects = add_code(alice, CodeKind.REACTION, "Rejects")
        for source_id in (first, second):
            markup.annotate(alice, source_id, 0, 21, [condition.id])
        markup.annotate(bob, first, 0, 21, [condition.id])
        markup.annotate(bob, second, 0, 20, [rejects.id])  # another code, other bounds

    assert main(["agreement", str(project_path)]) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    at = lines.index("By source, the ones the coders differ on most first:")
    assert lines[at + 2].split()[:2] == [f"#{second}", "Second"]
    assert lines[at + 3].split()[:3] == [f"#{first}", "First", "1.000"]
    assert "1 difference: --disagreements lists them" in out

    assert main(["agreement", str(project_path), "--disagreements"]) == 0
    out = capsys.readouterr().out
    assert (
        f"#{second} “Second”: different codes — alice: Conditions set 0–21 "
        "“Putin set conditions.” | bob: Rejects 0–20 “Putin set conditions”"
    ) in out.splitlines()
    assert "--disagreements lists them" not in out

"""The coder list (Show Annotations, agreement, the export dialog's "Mark-up of") counts each
coder's annotations and sources with one grouped query, equal to counting them one by one."""

from __future__ import annotations

from pathlib import Path

from desktop_app.domain.model import CodeKind
from desktop_app.services import markup, team
from desktop_app.services.project import Project
from tests.builders import add_code, add_source


def test_counts_and_sources_per_coder_match_the_annotations(project_path: Path) -> None:
    with Project.open(project_path, coder="alice") as alice:
        first = add_source(alice, "Kyiv rejected the proposal on Friday.", title="First")
        second = add_source(alice, "Moscow repeated its demands on Friday.", title="Second")
        code = add_code(alice, CodeKind.CONDITION, "Demands")
        markup.annotate(alice, first, 0, 4, [code.id])
        markup.annotate(alice, second, 0, 6, [code.id])
        markup.annotate(alice, second, 7, 15, [code.id])
    with Project.open(project_path, coder="bob") as bob:
        markup.annotate(bob, first, 5, 13, [code.id])
        listed = {c.name: c for c in team.list_coders(bob)}
        annotations = markup.list_annotations(bob)
    for name in ("alice", "bob"):
        own = [a for a in annotations if a.coder == name]
        assert listed[name].annotations == len(own)
        assert listed[name].source_ids == frozenset(a.source_id for a in own)
    assert (listed["alice"].annotations, listed["bob"].annotations) == (3, 1)
    assert listed["bob"].is_me and not listed["alice"].is_me

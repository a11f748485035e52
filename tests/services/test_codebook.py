from __future__ import annotations

import pytest

from desktop_app.domain.model import CodeKind, SpeakerDetails
from desktop_app.errors import InvalidChange
from desktop_app.services import codebook, markup
from desktop_app.services.project import Project
from tests.builders import add_code, add_source


def test_children_take_their_roots_kind(project: Project) -> None:
    code = add_code(project, CodeKind.REACTION, "Rejects")
    assert code.kind == CodeKind.REACTION
    tone = codebook.create_code(project, None, "Tone")
    hostile = codebook.create_code(project, tone.id, "Hostile")
    assert (tone.kind, hostile.kind, tone.is_root) == (CodeKind.OTHER, CodeKind.OTHER, True)


def test_speakers_are_found_by_any_alias_in_any_script(project: Project) -> None:
    add_code(
        project, CodeKind.SPEAKER, "Vladimir Putin", aliases=("Путин", "the Russian President")
    )
    add_code(project, CodeKind.SPEAKER, "Mykhailo Podolyak", aliases=("Podoliak", "Подоляк"))
    assert [c.name for c in codebook.find_codes(project, "ПУТ")] == ["Vladimir Putin"]
    assert [c.name for c in codebook.find_codes(project, "podol")] == ["Mykhailo Podolyak"]
    assert [c.name for c in codebook.find_codes(project, "russian pres")] == ["Vladimir Putin"]
    assert codebook.find_codes(project, "подоляк", CodeKind.CONDITION) == []


def test_duplicate_names_among_siblings_are_refused(project: Project) -> None:
    add_code(project, CodeKind.CONDITION, "Withdrawal")
    with pytest.raises(InvalidChange, match="already exists"):
        add_code(project, CodeKind.CONDITION, "WITHDRAWAL")


def test_builtin_roots_cannot_be_renamed_or_deleted(project: Project) -> None:
    root = codebook.root_of_kind(project, CodeKind.SPEAKER)
    with pytest.raises(InvalidChange):
        codebook.rename_code(project, root.id, "People")
    with pytest.raises(InvalidChange):
        codebook.delete_code(project, root.id)


def test_move_changes_kind_and_refuses_cycles(project: Project) -> None:
    parent = add_code(project, CodeKind.CONDITION, "Territory")
    child = codebook.create_code(project, parent.id, "Crimea route")
    reactions = codebook.root_of_kind(project, CodeKind.REACTION)
    moved = codebook.move_code(project, parent.id, reactions.id)
    assert moved.kind == CodeKind.REACTION
    assert codebook.get_code(project, child.id).kind == CodeKind.REACTION
    with pytest.raises(InvalidChange, match="into itself"):
        codebook.move_code(project, parent.id, child.id)


def test_merge_moves_codings_and_names(project: Project) -> None:
    source_id = add_source(project, "Podoliak said no. Podolyak said no again.")
    a = add_code(project, CodeKind.SPEAKER, "Mykhailo Podolyak", aliases=("Podolyak",))
    b = add_code(project, CodeKind.SPEAKER, "Mikhail Podoliak", aliases=("Подоляк",))
    markup.annotate(project, source_id, 0, 8, [b.id])
    both = markup.annotate(project, source_id, 18, 26, [a.id])
    markup.add_codes(project, both.id, [b.id])
    merged = codebook.merge_codes(project, b.id, a.id)
    assert set(merged.speaker.aliases) == {"Podolyak", "Mikhail Podoliak", "Подоляк"}
    assert [a_.code_ids for a_ in markup.list_annotations(project)] == [(a.id,), (a.id,)]
    assert all(c.id != b.id for c in codebook.list_codes(project))


def test_delete_removes_codings_and_annotations_left_without_codes(project: Project) -> None:
    source_id = add_source(project, "Putin demanded withdrawal.")
    condition = add_code(project, CodeKind.CONDITION, "Withdrawal")
    speaker = add_code(project, CodeKind.SPEAKER, "Putin")
    markup.annotate(project, source_id, 0, 5, [speaker.id, condition.id])
    markup.annotate(project, source_id, 15, 25, [condition.id])
    assert codebook.impact_of_deleting(project, condition.id) == (2, 1)
    assert codebook.delete_code(project, condition.id) == 1
    remaining = markup.list_annotations(project)
    assert [(a.quote, a.code_ids) for a in remaining] == [("Putin", (speaker.id,))]


def test_speaker_details_are_cleaned(project: Project) -> None:
    code = add_code(project, CodeKind.SPEAKER, "Vladimir Putin")
    code = codebook.set_speaker_details(
        project,
        code.id,
        SpeakerDetails(
            aliases=(" Путин ", "путин", "Vladimir  Putin", ""), role="President", side="Russia"
        ),
    )
    assert code.speaker.aliases == ("Путин",)
    assert (code.speaker.role, code.speaker.side) == ("President", "Russia")


def test_colours_are_checked(project: Project) -> None:
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    assert codebook.recolor_code(project, code.id, "#AABBCC").color == "#aabbcc"
    with pytest.raises(InvalidChange, match="colour"):
        codebook.recolor_code(project, code.id, "red")

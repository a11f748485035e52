"""Variants and quote fidelity through the service, on the sample project (the two corpus
reports) and on a project built from three reports of one statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.domain.model import CodeKind
from desktop_app.domain.variants import DiffOp, GroupKind
from desktop_app.errors import InvalidChange, ParleyError
from desktop_app.services import markup, variants
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project
from tests.builders import add_code
from tests.variant_projects import (
    FIRST_QUOTE,
    FIRST_TEXT,
    SECOND_QUOTE,
    SECOND_TEXT,
    build_quoted,
)

CHANGED_WORDS = ("changed", "at the time of their incorporation into", "when they joined")


def _ops(differences: tuple) -> list[tuple[str, str, str]]:
    return [(d.op.value, d.reference, d.wording) for d in differences]


def test_the_sample_shows_how_the_two_reports_word_the_borders_sentence(tmp_path: Path) -> None:
    path = tmp_path / "sample.parley"
    build_sample_project(path)
    with Project.open(path, coder="tester") as project:
        report = variants.project_report(project)
    statement = next(
        g
        for g in report.groups
        if g.key.kind == GroupKind.STATEMENT
        and g.label == "Vladimir Putin on Withdrawal from four regions"
    )
    assert statement.condition == "Conditions/Withdrawal from four regions"
    assert statement.speaker == "Speakers/Vladimir Putin"
    assert "at the time of their incorporation into Ukraine" in statement.reference.quote
    assert statement.reference.outlet == "Newsweek (via aggregator)"
    retold = [w for w in statement.wordings if "when they joined Ukraine" in w.quote]
    assert len(retold) == 1
    assert retold[0].compared
    assert CHANGED_WORDS in _ops(retold[0].differences)
    assert "changes: at the time of their incorporation into → when they joined" in (
        retold[0].differences_text
    )
    # The feed's Russian wording of the condition is in the same group, beside, not diffed.
    russian = [w for w in statement.wordings if w.language == "ru"]
    assert russian and not any(w.compared or w.differences for w in russian)
    # Both reports quote Putin directly: the quotes differ inside the quotation marks.
    (mismatch,) = [m for m in report.mismatches if "joined" in m.wordings[1].quote]
    assert mismatch.speaker == "Speakers/Vladimir Putin"
    assert CHANGED_WORDS in _ops(mismatch.differences)


def test_a_dropped_word_inside_a_quote_is_a_quote_mismatch(tmp_path: Path) -> None:
    built = build_quoted(tmp_path)
    with Project.open(built.path, coder="tester") as project:
        report = variants.project_report(project)
    (mismatch,) = report.mismatches
    first, second = mismatch.wordings
    assert (first.source_id, second.source_id) == (built.first, built.second)
    assert first.quote == FIRST_QUOTE.rstrip(".") + "." and second.quote.startswith(
        SECOND_QUOTE[:20]
    )
    assert _ops(mismatch.differences) == [
        ("changed", "immediately", "at once"),
        ("omitted", "uninterrupted and", ""),
    ]
    assert mismatch.differences[1].op == DiffOp.OMITTED


def test_russian_and_english_wordings_of_one_condition_are_one_group(tmp_path: Path) -> None:
    built = build_quoted(tmp_path)
    with Project.open(built.path, coder="tester") as project:
        report = variants.project_report(project)
    group = report.group(f"condition:c{built.condition}")
    assert group is not None
    assert set(group.languages) == {"en", "ru"}
    assert group.reference.annotation_id == built.annotations["first"]  # the earliest
    by_id = {w.annotation_id: w for w in group.wordings}
    russian = by_id[built.annotations["russian"]]
    assert russian.language == "ru" and not russian.compared and not russian.differences
    second = by_id[built.annotations["second"]]
    assert second.compared
    assert ("omitted", "uninterrupted and", "") in _ops(second.differences)
    asked = by_id[built.annotations["second-ask"]]
    assert not asked.compared  # another passage of the condition: beside, not diffed


def test_the_analyst_pins_another_reference_and_undo_takes_it_back(tmp_path: Path) -> None:
    built = build_quoted(tmp_path)
    with Project.open(built.path, coder="tester") as project:
        group = variants.project_report(project).group(f"condition:c{built.condition}")
        assert group is not None and not group.pinned
        variants.pin_reference(project, group.key, built.annotations["first-demand"])
        pinned = variants.project_report(project).group(group.key.text)
        assert pinned is not None and pinned.pinned
        assert pinned.reference.annotation_id == built.annotations["first-demand"]
        asked = next(
            w for w in pinned.wordings if w.annotation_id == built.annotations["second-ask"]
        )
        kinds = {(d.reference, d.wording): d.kind.value for d in asked.differences}
        assert kinds == {("demanded", "asked"): "cue verb", ("Kyiv", "Kiev"): "place name"}
        project.undo()
        again = variants.project_report(project).group(group.key.text)
        assert again is not None and not again.pinned
        assert again.reference.annotation_id == built.annotations["first"]


def test_pinning_a_wording_of_another_group_is_refused(tmp_path: Path) -> None:
    built = build_quoted(tmp_path)
    with Project.open(built.path, coder="tester") as project:
        report = variants.project_report(project)
        group = report.group(f"condition:c{built.condition}")
        assert group is not None
        with pytest.raises(ParleyError, match="no longer exists"):
            variants.pin_reference(project, group.key, 999_999)
        with pytest.raises(InvalidChange):
            variants.pin_reference(
                project,
                type(group.key)(GroupKind.CONDITION, condition_id=built.neutral),
                built.annotations["first"],
            )
        assert variants.pins(project) == {}
        assert project.undo_label is None


def test_two_sources_answering_one_annotation_are_one_statement(tmp_path: Path) -> None:
    built = build_quoted(tmp_path)
    with Project.open(built.path, coder="tester") as project:
        podolyak = add_code(project, CodeKind.SPEAKER, "Mykhailo Podolyak").id
        rejects = add_code(project, CodeKind.REACTION, "Rejects").id
        answers = []
        for source, text in ((built.first, FIRST_TEXT), (built.second, SECOND_TEXT)):
            start = text.index("He ")
            answers.append(
                markup.annotate(project, source, start, start + 9, [podolyak, rejects]).id
            )
            markup.link(project, answers[-1], built.annotations["first"])
        report = variants.project_report(project)
    group = report.group(f"statement:s{podolyak}:a{built.annotations['first']}")
    assert group is not None
    assert group.label.startswith("Mykhailo Podolyak answering “We will do it immediately.")
    assert {w.annotation_id for w in group.all_wordings} == set(answers)
    assert group.condition == "" and group.speaker == "Speakers/Mykhailo Podolyak"

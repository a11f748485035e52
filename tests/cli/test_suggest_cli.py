"""``parley suggest``: the issue's JSON shape, filters, and --accept-above as one operation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services import markup, sources, suggestions
from desktop_app.services.project import Project
from desktop_app.services.sample import build_sample_project


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    path = tmp_path / "sample.parley"
    build_sample_project(path)
    return path


def suggested(
    capsys: pytest.CaptureFixture[str], *args: str, err: list[str] | None = None
) -> list[dict[str, object]]:
    assert main(["suggest", *args]) == 0
    captured = capsys.readouterr()
    payload = json.loads(captured.out)
    assert set(payload) == {"suggestions"}
    if err is not None:
        err.append(captured.err)
    return list(payload["suggestions"])


def test_json_has_the_issues_shape_and_the_project_is_not_changed(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = sample.read_bytes()
    found = suggested(capsys, str(sample), "--json")
    with Project.open(sample, coder="tester") as project:
        texts = {s.id: sources.get_text(project, s.id) for s in sources.list_sources(project)}
    assert {tuple(sorted(item)) for item in found} == {
        ("codes", "end", "kind", "quote", "reason", "score", "source", "start")
    }
    for item in found:
        source, start, end = (
            int(str(item["source"])),
            int(str(item["start"])),
            int(str(item["end"])),
        )
        assert texts[source][start:end] == item["quote"]
        assert item["kind"] in ("mention", "statement", "condition")
        assert 0 <= float(str(item["score"])) <= 1
        assert all(str(code).count("/") >= 1 for code in item["codes"])  # type: ignore[attr-defined]
    assert {"kind": "statement", "codes": ["Speakers/Mykhailo Podolyak", "Reactions/Rejects"]} in [
        {"kind": i["kind"], "codes": i["codes"]} for i in found
    ]
    # Mark-up already in the sample is not proposed again.
    assert not any(i["quote"] == "Kiev" and i["source"] == 1 for i in found)
    assert sample.read_bytes() == before


def test_kind_and_source_filters(sample: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mentions = suggested(capsys, str(sample), "--json", "--kind", "mention", "--source", "2")
    assert mentions
    assert {(i["kind"], i["source"]) for i in mentions} == {("mention", 2)}
    assert main(["suggest", str(sample), "--kind", "statement"]) == 0
    out = capsys.readouterr().out
    assert out.rstrip().endswith("statements)")
    assert "“He” stands for" in out


def test_accept_above_makes_annotations_in_one_undoable_operation(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with Project.open(sample, coder="tester") as project:
        before = len(markup.list_annotations(project))
    err: list[str] = []
    listed = suggested(capsys, str(sample), "--json", "--accept-above", "0.9", err=err)
    sure = [i for i in listed if float(str(i["score"])) >= 0.9 and i["codes"]]
    assert f"accepted {len(sure)} suggestions" in err[0]  # stdout stays JSON
    with Project.open(sample, coder="tester") as project:
        after = markup.list_annotations(project)
        assert len(after) == before + len(sure)
    assert main(["suggest", str(sample), "--accept-above", "0.9"]) == 0
    assert "accepted 0 suggestions" in capsys.readouterr().out


def test_accept_above_says_how_many_and_records_where_they_came_from(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["suggest", str(sample), "--kind", "mention", "--accept-above", "0.95"]) == 0
    out = capsys.readouterr().out
    count = int(out.split("accepted ", 1)[1].split()[0])
    assert count > 10
    assert "(one undo step)" in out
    with Project.open(sample, coder="tester") as project:
        assisted = [a for a in markup.list_annotations(project) if suggestions.is_assisted(a)]
    assert len(assisted) == count


def test_bad_scores_and_projects_are_refused_in_one_line(
    sample: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["suggest", str(sample), "--accept-above", "2"])
    assert exit_info.value.code == 2
    assert "2 is not between 0 and 1" in capsys.readouterr().err
    assert main(["suggest", str(tmp_path / "missing.parley")]) == 1
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert err[0].startswith("parley: error:")

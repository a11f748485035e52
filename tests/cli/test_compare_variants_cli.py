"""``parley compare PROJECT --variants [--json]`` on the sample and on a built project."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from desktop_app.services.sample import build_sample_project
from tests.variant_projects import build_quoted

WORDING_KEYS = {"source", "outlet", "groups", "language", "start", "end", "quote", "differences"}


def test_the_json_has_the_variants_mismatches_blindspots_and_first_reports(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    built = build_quoted(tmp_path)
    assert main(["compare", str(built.path), "--variants", "--json"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert set(payload) == {"variants", "quote_mismatches", "blindspots", "first_reports"}
    withdrawal = next(
        v
        for v in payload["variants"]
        if v["condition"] == "Conditions/Withdrawal of forces" and v["speaker"] is None
    )
    assert set(withdrawal) == {"condition", "speaker", "reference", "wordings"}
    assert set(withdrawal["reference"]) == WORDING_KEYS
    assert withdrawal["reference"]["source"] == built.first
    assert withdrawal["reference"]["outlet"] == "Wire"
    assert withdrawal["reference"]["groups"] == ["Western"]
    daily = next(
        w for w in withdrawal["wordings"] if w["source"] == built.second and "once" in w["quote"]
    )
    assert set(daily) == WORDING_KEYS
    assert daily["differences"] == [
        {"op": "changed", "reference": "immediately", "wording": "at once"},
        {"op": "omitted", "reference": "uninterrupted and", "wording": ""},
    ]
    russian = next(w for w in withdrawal["wordings"] if w["source"] == built.russian)
    assert (russian["language"], russian["groups"], russian["differences"]) == (
        "ru",
        ["Russian state media"],
        [],
    )
    assert any(v["speaker"] == "Speakers/Vladimir Putin" for v in payload["variants"])
    (mismatch,) = payload["quote_mismatches"]
    assert mismatch["speaker"] == "Speakers/Vladimir Putin"
    assert [w["source"] for w in mismatch["wordings"]] == [built.first, built.second]
    assert {"op": "omitted", "reference": "uninterrupted and", "wording": ""} in (
        mismatch["differences"]
    )
    assert payload["blindspots"] == [
        {
            "condition": "Conditions/Neutral status",
            "reported_by": {"group": "Russian state media", "outlets": ["Лента", "ТАСС"]},
            "absent_from": {"group": "Western", "outlets": ["Daily", "Wire"]},
        }
    ]
    first = payload["first_reports"][0]
    assert (first["condition"], first["source"], first["outlet"]) == (
        "Conditions/Withdrawal of forces",
        built.first,
        "Wire",
    )
    assert first["others"][0] == {"outlet": "Daily", "lag": "+2 h 30 min"}


def test_the_text_shows_the_sample_reports_wording_difference(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "sample.parley"
    build_sample_project(path)
    assert main(["compare", str(path), "--variants"]) == 0
    out = capsys.readouterr().out
    assert "Vladimir Putin on Withdrawal from four regions" in out
    assert "changes: at the time of their incorporation into → when they joined" in out
    assert "Quote mismatches: " in out and "Blindspots: " in out and "First reports: " in out


def test_compare_needs_variants_and_an_existing_project(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["compare", str(tmp_path / "x.parley")])
    assert exit_info.value.code == 2
    assert "--variants" in capsys.readouterr().err
    assert main(["compare", str(tmp_path / "missing.parley"), "--variants"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("parley: error:")
    assert not (tmp_path / "missing.parley").exists()

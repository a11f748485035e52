"""Coverage by outlet group, blindspots and first reports on a project built with outlets."""

from __future__ import annotations

from desktop_app.domain.comparison import compare
from desktop_app.domain.outlet_coverage import outlet_findings
from desktop_app.domain.outlets import BlindspotRule
from desktop_app.services import outlets
from desktop_app.services.project import Project
from desktop_app.services.snapshot import load_snapshot
from tests.outlet_project import RUSSIAN, WESTERN, build_outlet_project


def test_imports_find_their_outlets_by_site_name_and_by_domain(project: Project) -> None:
    built = build_outlet_project(project)
    snapshot = load_snapshot(project)
    by_id = snapshot.sources_by_id
    assert by_id[built.ria].outlet == "RIA Novosti"  # no site name: by ria.ru
    assert by_id[built.reuters].outlet == "Reuters"  # "reuters": the outlet's spelling
    assert {o.name for o in snapshot.outlets} == {"TASS", "RIA Novosti", "RT", "Reuters", "BBC"}
    counts = {o.name: o.source_count for o in outlets.list_outlets(project)}
    assert counts == {"TASS": 1, "RIA Novosti": 1, "RT": 1, "Reuters": 1, "BBC": 1}


def test_group_matrix_counts_fully_coded_outlets(project: Project) -> None:
    built = build_outlet_project(project)
    findings = outlet_findings(compare(load_snapshot(project)))
    coverage = findings.coverage
    assert coverage.groups == (RUSSIAN, WESTERN)
    russian = coverage.cell(built.neutral.id, RUSSIAN)
    assert (russian.k, russian.n, russian.text) == (2, 2, "2 of 2")  # RT is not fully coded
    assert coverage.members[RUSSIAN] == ("RIA Novosti", "RT", "TASS")
    assert coverage.cell(built.neutral.id, WESTERN).text == "0 of 2"
    assert coverage.cell(built.withdrawal.id, WESTERN).reporting == ("BBC", "Reuters")


def test_blindspots_follow_the_rule(project: Project) -> None:
    built = build_outlet_project(project)
    findings = outlet_findings(compare(load_snapshot(project)))
    found = {(b.condition.name, b.reported_group, b.absent_group) for b in findings.blindspots}
    assert found == {
        ("Neutral status", RUSSIAN, WESTERN),
        ("Lifting of sanctions", WESTERN, RUSSIAN),
    }
    neutral = next(b for b in findings.blindspots if b.condition.id == built.neutral.id)
    assert neutral.reported_outlets == ("RIA Novosti", "TASS")
    assert neutral.absent_outlets == ("BBC", "Reuters")
    # More than half of the Western outlets: the one report of sanctions is no longer enough.
    stricter = outlet_findings(compare(load_snapshot(project)), BlindspotRule(0.75, 2))
    assert [b.condition.name for b in stricter.blindspots] == ["Neutral status"]
    # A silent group needs three fully coded outlets: neither group has them.
    assert not outlet_findings(compare(load_snapshot(project)), BlindspotRule(0.5, 3)).blindspots


def test_the_rule_is_a_project_setting_with_undo(project: Project) -> None:
    build_outlet_project(project)
    assert outlets.blindspot_rule(project) == BlindspotRule(0.5, 2)
    outlets.set_blindspot_rule(project, BlindspotRule(0.75, 2))
    snapshot = load_snapshot(project)
    assert snapshot.blindspot_rule == BlindspotRule(0.75, 2)
    assert len(outlet_findings(compare(snapshot)).blindspots) == 1
    project.undo()
    assert outlets.blindspot_rule(project) == BlindspotRule(0.5, 2)


def test_first_reports_and_lags(project: Project) -> None:
    built = build_outlet_project(project)
    findings = outlet_findings(compare(load_snapshot(project)))
    withdrawal = next(f for f in findings.first_reports if f.condition.id == built.withdrawal.id)
    # TASS at 10:30 Moscow time is 07:30 UTC: before RIA's 08:00 UTC.
    assert (withdrawal.first.outlet, withdrawal.first.source_id) == ("TASS", built.tass)
    assert [(r.outlet, r.lag) for r in withdrawal.others] == [
        ("RIA Novosti", "+30 min"),
        ("Reuters", "+1 h 45 min"),
        ("BBC", "+1 day"),
    ]
    sanctions = next(f for f in findings.first_reports if f.condition.id == built.sanctions.id)
    assert sanctions.first.outlet == "Reuters" and sanctions.others == ()


def test_findings_as_json(project: Project) -> None:
    import json

    from desktop_app.domain.outlet_coverage import findings_as_json

    build_outlet_project(project)
    snapshot = load_snapshot(project)
    found = findings_as_json(outlet_findings(compare(snapshot)), snapshot.codes_by_id)
    assert json.loads(json.dumps(found)) == found
    assert found["blindspots"][0] == {
        "condition": "Conditions/Neutral status",
        "reported_by": {"group": RUSSIAN, "outlets": ["RIA Novosti", "TASS"]},
        "absent_from": {"group": WESTERN, "outlets": ["BBC", "Reuters"]},
    }
    first = found["first_reports"][0]
    assert (first["condition"], first["outlet"], first["published"]) == (
        "Conditions/Withdrawal from four regions",
        "TASS",
        "2024-06-14T10:30+03:00",
    )
    assert [o["lag"] for o in first["others"]] == ["+30 min", "+1 h 45 min", "+1 day"]

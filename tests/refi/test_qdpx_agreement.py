"""Done means: the published αu examples, built as ``.qdpx`` archives with the coders as
REFI-QDA Users, imported with ``parley import`` and measured with ``parley agreement --json``,
reproduce to three decimals in every coder order.

The archives are written by hand (``tests/refi/archives.py``), so the import path — Users,
each Coding's creatingUser, positions — is part of what is checked. Values: Krippendorff 2004
p. 254, Krippendorff 1995 p. 57 (on 12 positions, the one length where the paper's figure is
exact; on 24, DKPro Agreement's), DKPro's UnitizingAgreementTest; see tests/domain/test_alpha_u.
"""

from __future__ import annotations

import itertools
import json
import string
from collections.abc import Mapping, Sequence
from pathlib import Path

import pytest

from desktop_app.cli.main import main
from tests.domain.test_alpha_u import C_I, C_J, DKPRO_R0, DKPRO_R1, K_BOTH, stretched
from tests.refi.archives import code, project_xml, selection, text_source, write_qdpx

Units = tuple[tuple[int, int], ...]
# category → one tuple of units per coder, in the order of the study's coders
Study = Mapping[str, Sequence[Units]]


def _guid(kind: int, number: int) -> str:
    return f"{number:08x}-{kind:04x}-4000-8000-{number:08x}0000"


def _archive(
    path: Path, length: int, study: Study, users: Sequence[str], *, shared: bool = False
) -> Path:
    """One source of ``length`` letters; each category a code under Conditions; coder i is the
    User ``users[i]``. With ``shared``, a span every coder marked alike with a category is one
    selection with a Coding per coder (each Coding's own creatingUser)."""
    text = (string.ascii_lowercase * (length // 26 + 1))[:length]
    user_guids = [_guid(1, n) for n in range(len(users))]
    codes = {name: _guid(2, n) for n, name in enumerate(study)}
    children = "".join(code(guid, name) for name, guid in codes.items())
    codebook = code(_guid(3, 0), "Conditions", children, codable=False)
    numbers = itertools.count()
    selections = ""
    for name, coders in study.items():
        alike = set.intersection(*(set(units) for units in coders)) if shared else set()
        for begin, end in sorted(alike):
            selections += selection(
                _guid(4, next(numbers)),
                begin,
                end,
                codes=[codes[name]] * len(coders),
                user=user_guids[0],
                coding_users=user_guids,
            )
        for coder, units in enumerate(coders):
            for begin, end in units:
                if (begin, end) not in alike:
                    selections += selection(
                        _guid(4, next(numbers)),
                        begin,
                        end,
                        codes=[codes[name]],
                        user=user_guids[coder],
                    )
    people = "".join(
        f'<User guid="{guid}" name="{user}"/>' for guid, user in zip(user_guids, users, strict=True)
    )
    source = text_source(_guid(5, 0), "Continuum", content=text, selections=selections)
    return write_qdpx(path, project_xml(users=people, codes=codebook, sources=source))


def _alphas(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], archive: Path, order: Sequence[str]
) -> dict[str, float | None]:
    project = tmp_path / f"{archive.stem}.parley"
    if not project.exists():
        assert main(["import", str(project), str(archive)]) == 0
    args = ["agreement", str(project), "--json"]
    for coder in order:
        args += ["--coder", coder]
    capsys.readouterr()
    assert main(args) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["coders"] == list(order) and payload["left_out"] == []
    return {row["Code"] or row["Kind"]: row["Alpha (unitized)"] for row in payload["rows"]}


def _every_order(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    length: int,
    study: Study,
    expected: Mapping[str, float],
    *,
    shared: bool = False,
) -> None:
    """Every order of the coders on the command line, and the users' names swapped so that
    their alphabetical order is reversed too."""
    count = len(next(iter(study.values())))
    for names in (["Ivan", "Jana", "Kim"][:count], ["Zoe", "Yuri", "Xena"][:count]):
        archive = _archive(tmp_path / f"{names[0]}.qdpx", length, study, names, shared=shared)
        for order in itertools.permutations(names):
            found = _alphas(tmp_path, capsys, archive, order)
            for name, value in expected.items():
                assert found[name] == pytest.approx(value, abs=5e-4), (name, order)


def test_krippendorff_2004_p254_through_qdpx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    study = {"c": (C_I, C_J), "k": (K_BOTH, K_BOTH)}
    # k's units, alike for both coders, are one selection coded by both (two Codings)
    expected = {"c": 0.7286, "k": 1.0, "Conditions": 0.8587}
    _every_order(tmp_path, capsys, 300, study, expected, shared=True)


@pytest.mark.parametrize(
    ("stretch", "expected"),
    [
        (1, {"A": 0.515288, "B": -1.081079, "C": 0.603348, "D": -0.206849}),  # DKPro
        (0.5, {"C": 0.494}),  # Krippendorff 1995, C on 12 positions (and DKPro: .494382)
    ],
    ids=["24 positions", "12 positions"],
)
def test_krippendorff_1995_through_qdpx(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    stretch: float,
    expected: dict[str, float],
) -> None:
    length = 0
    study: dict[str, tuple[Units, Units]] = {}
    for example in expected:
        length, first, second = stretched(example, stretch)
        study[example] = (first, second)
    _every_order(tmp_path, capsys, length, study, expected)


def test_dkpro_unitizing_agreement_case_through_qdpx(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _every_order(tmp_path, capsys, 10, {"A": (DKPRO_R0, DKPRO_R1)}, {"A": -0.7003})


def test_three_coders_through_qdpx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    # [33,37) is marked by all three: one selection with three Codings
    study = {
        "A": (((0, 10), (20, 30), (33, 37)), ((0, 12), (22, 30), (33, 37)), ((5, 10), (33, 37)))
    }
    _every_order(tmp_path, capsys, 40, study, {"A": 0.514882}, shared=True)  # DKPro's value

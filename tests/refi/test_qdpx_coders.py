"""Who coded what in a ``.qdpx``: each ``Coding`` is credited to its own ``creatingUser``
(REFI-QDA's CodingType), read on import and written on export."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from desktop_app.services import codebook, exports, markup
from desktop_app.services.exports import ExportOptions
from desktop_app.services.project import Project
from desktop_app.services.refi import import_qdpx
from tests.refi.archives import (
    NS,
    G,
    basic_codebook,
    project_xml,
    schema_errors,
    selection,
    text_source,
    write_qdpx,
)

Q = f"{{{NS}}}"
TEXT = "Putin set conditions. Zelensky rejected them. Podolyak called it an ultimatum."
USERS = f'<User guid="{G["user1"]}" name="Anna"/><User guid="{G["user2"]}" name="Boris"/>'


def _archive(tmp_path: Path) -> Path:
    # One selection made by Anna, coded Withdrawal by Anna, and Withdrawal and Rejects by
    # Boris; a second selection whose Coding does not name its user (Anna's, as she made it).
    first = selection(
        G["sel1"],
        0,
        21,
        "Putin set conditions.",
        [G["withdrawal"], G["withdrawal"], G["rejects"]],
        user=G["user1"],
        coding_users=[G["user1"], G["user2"], G["user2"]],
    )
    second = selection(G["sel2"], 22, 45, "Zelensky", [G["rejects"]], user=G["user1"])
    source = text_source(G["src1"], "Article", content=TEXT, selections=first + second)
    xml = project_xml(users=USERS, codes=basic_codebook(), sources=source)
    return write_qdpx(tmp_path / "coders.qdpx", xml)


def _coded(project: Project) -> set[tuple[str, int, int, frozenset[str]]]:
    names = {c.id: c.name for c in codebook.list_codes(project)}
    return {
        (a.coder, a.start, a.end, frozenset(names[c] for c in a.code_ids))
        for a in markup.list_annotations(project)
    }


EXPECTED = {
    ("Anna", 0, 21, frozenset({"Withdrawal"})),
    ("Boris", 0, 21, frozenset({"Withdrawal", "Rejects"})),
    ("Anna", 22, 45, frozenset({"Rejects"})),
}


def test_each_coding_is_credited_to_its_own_creating_user(project: Project, tmp_path: Path) -> None:
    result = import_qdpx(project, _archive(tmp_path))
    assert _coded(project) == EXPECTED
    assert result.annotations == 3 and result.codings == 4


def test_importing_the_same_archive_again_adds_nothing(project: Project, tmp_path: Path) -> None:
    archive = _archive(tmp_path)
    import_qdpx(project, archive)
    again = import_qdpx(project, archive)
    assert again.annotations == 0
    assert _coded(project) == EXPECTED


def test_export_writes_each_codings_creating_user(
    project: Project, tmp_path: Path, template_project: Path
) -> None:
    import_qdpx(project, _archive(tmp_path))
    target = tmp_path / "out.qdpx"
    exports.export(project, target, ExportOptions())
    assert schema_errors(target) == []
    with zipfile.ZipFile(target) as handle:
        root = ElementTree.fromstring(handle.read("project.qde"))
    users = {u.get("guid"): u.get("name") for u in root.iter(f"{Q}User")}
    codes = {c.get("guid"): c.get("name") for c in root.iter(f"{Q}Code")}
    credited = set()
    for sel in root.iter(f"{Q}PlainTextSelection"):
        for coding in sel.iter(f"{Q}Coding"):
            ref = coding.find(f"{Q}CodeRef")
            assert ref is not None
            credited.add(
                (
                    users[coding.get("creatingUser")],
                    int(sel.get("startPosition", "")),
                    codes[ref.get("targetGUID")],
                )
            )
    assert credited == {
        ("Anna", 0, "Withdrawal"),
        ("Boris", 0, "Withdrawal"),
        ("Boris", 0, "Rejects"),
        ("Anna", 22, "Rejects"),
    }
    # and it reads back the same into a new project
    shutil.copyfile(template_project, tmp_path / "back.parley")
    with Project.open(tmp_path / "back.parley", coder="tester") as back:
        import_qdpx(back, target)
        assert _coded(back) == EXPECTED

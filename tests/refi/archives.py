"""Building ``.qdpx`` archives in tests, shaped like each vendor writes them.

Everything is written by hand (strings and ``zipfile``) rather than by Parley's exporter, so an
import test cannot pass just because reader and writer share a mistake.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterable, Mapping
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from lxml import etree

from desktop_app import paths

NS = "urn:QDA-XML:project:1.0"

# Fixed GUIDs, written in lower case; vendor tests re-spell them.
G = {
    name: f"{index:08x}-0000-4000-8000-{index:012x}"
    for index, name in enumerate(
        [
            "user1",
            "user2",
            "cond_root",
            "withdrawal",
            "nato",
            "spk_root",
            "putin",
            "react_root",
            "rejects",
            "tone",
            "hostile",
            "src1",
            "src2",
            "src3",
            "sel1",
            "sel2",
            "sel3",
            "sel4",
            "var_outlet",
            "var_date",
            "var_lang",
            "var_other",
            "case1",
            "link1",
            "note1",
            "pdf1",
            "pdfrep",
            "pic1",
            "audio1",
            "video1",
            "set1",
        ],
        start=1,
    )
}


def attrs(**values: object) -> str:
    return "".join(
        f" {name}={quoteattr(str(value))}" for name, value in values.items() if value is not None
    )


def code(
    guid: str,
    name: str,
    children: str = "",
    *,
    codable: bool = True,
    color: str | None = None,
    description: str | None = None,
) -> str:
    inner = (f"<Description>{escape(description)}</Description>" if description else "") + children
    head = attrs(guid=guid, name=name, isCodable=str(codable).lower(), color=color)
    return f"<Code{head}>{inner}</Code>"


def selection(
    guid: str,
    start: int,
    end: int,
    name: str | None = None,
    codes: Iterable[str] = (),
    *,
    user: str | None = None,
    description: str | None = None,
    note_refs: Iterable[str] = (),
    coding_users: Iterable[str | None] = (),
) -> str:
    """A selection with one Coding per code; ``coding_users`` gives each Coding's own
    creatingUser (in step with ``codes``; None or missing: the Coding does not say)."""
    inner = f"<Description>{escape(description)}</Description>" if description else ""
    users = list(coding_users)
    for index, target in enumerate(codes):
        who = attrs(creatingUser=users[index] if index < len(users) else None)
        inner += (
            f'<Coding guid="{guid[:-4]}{index:04x}"{who}><CodeRef targetGUID="{target}"/></Coding>'
        )
    inner += "".join(f'<NoteRef targetGUID="{ref}"/>' for ref in note_refs)
    head = attrs(guid=guid, name=name, startPosition=start, endPosition=end, creatingUser=user)
    return f"<PlainTextSelection{head}>{inner}</PlainTextSelection>"


def text_source(
    guid: str,
    name: str,
    *,
    path: str | None = None,
    content: str | None = None,
    selections: str = "",
    variables: Mapping[str, str] | None = None,
    description: str | None = None,
) -> str:
    inner = f"<Description>{escape(description)}</Description>" if description else ""
    if content is not None:
        inner += f"<PlainTextContent>{escape(content)}</PlainTextContent>"
    inner += selections
    for variable_guid, value in (variables or {}).items():
        inner += (
            f'<VariableValue><VariableRef targetGUID="{variable_guid}"/>'
            f"<TextValue>{escape(value)}</TextValue></VariableValue>"
        )
    return f"<TextSource{attrs(guid=guid, name=name, plainTextPath=path)}>{inner}</TextSource>"


def project_xml(
    *,
    users: str = "",
    codes: str = "",
    variables: str = "",
    cases: str = "",
    sources: str = "",
    notes: str = "",
    links: str = "",
    tail: str = "",
    namespace: str | None = NS,
    name: str = "Vendor project",
    origin: str | None = None,
) -> str:
    xmlns = f' xmlns="{namespace}"' if namespace else ""
    parts = [
        f"<Users>{users}</Users>" if users else "",
        f"<CodeBook><Codes>{codes}</Codes></CodeBook>" if codes else "",
        f"<Variables>{variables}</Variables>" if variables else "",
        f"<Cases>{cases}</Cases>" if cases else "",
        f"<Sources>{sources}</Sources>" if sources else "",
        f"<Notes>{notes}</Notes>" if notes else "",
        f"<Links>{links}</Links>" if links else "",
        tail,
    ]
    return (
        '<?xml version="1.0" encoding="utf-8" standalone="yes"?>\n'
        f"<Project{xmlns}{attrs(name=name, origin=origin)}>{''.join(parts)}</Project>"
    )


def write_qdpx(
    path: Path,
    qde: str | bytes,
    files: Mapping[str, str | bytes] | None = None,
    *,
    qde_name: str = "project.qde",
) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(qde_name, qde.encode("utf-8") if isinstance(qde, str) else qde)
        for name, data in (files or {}).items():
            archive.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def basic_codebook() -> str:
    """Conditions/Withdrawal, Speakers/Putin, Reactions/Rejects and a user root Tone/Hostile."""
    return (
        code(
            G["cond_root"],
            "Conditions",
            code(G["withdrawal"], "Withdrawal", color="#FF0000"),
            codable=False,
        )
        + code(G["spk_root"], "Speakers", code(G["putin"], "Vladimir Putin"), codable=False)
        + code(G["react_root"], "Reactions", code(G["rejects"], "Rejects"), codable=False)
        + code(G["tone"], "Tone", code(G["hostile"], "Hostile"))
    )


_SCHEMA: etree.XMLSchema | None = None


def schema_errors(archive: Path) -> list[str]:
    """Problems ``project.qde`` in ``archive`` has against the bundled Project.xsd ([] = valid)."""
    global _SCHEMA  # noqa: PLW0603 - parse the schema once per test session
    if _SCHEMA is None:
        _SCHEMA = etree.XMLSchema(etree.parse(str(paths.resource("refi-qda", "Project.xsd"))))
    with zipfile.ZipFile(archive) as handle:
        document = etree.fromstring(handle.read("project.qde"))
    _SCHEMA.validate(document)
    return [str(error) for error in _SCHEMA.error_log]

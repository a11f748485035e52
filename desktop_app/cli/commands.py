"""What the command line does, on top of the services (no argument parsing here)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop_app.domain.dates import shown_date
from desktop_app.i18n import gettext
from desktop_app.services import codebook, sources
from desktop_app.services.project import Project
from desktop_app.textsafe import printable_name, terminal_safe

if TYPE_CHECKING:
    from desktop_app.domain.agreement import AgreementReport
    from desktop_app.domain.agreement_detail import Side, SpanDifference

EXIT_OK, EXIT_ERROR = 0, 1


def _open_existing(target: str | Path) -> Project:
    project = Project.open(target, create=False)
    _tell_notices(project)
    return project


def _tell_notices(project: Project) -> None:
    for notice in project.notices:
        _say(f"parley: note: {notice}")


def _say(message: str) -> None:
    print(terminal_safe(message), file=sys.stderr)


def _out(message: str) -> None:
    print(terminal_safe(message))


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def run_import(project_path: str | Path, paths: list[Path], encoding: str | None = None) -> int:
    """Every path is tried and reported, in the order given: a missing file, a refused one or a
    hostile archive is one line and the rest still go in. One refused path alone is the error
    itself; several end with one summary line. An unknown ``encoding`` is refused (raised)
    before anything is opened."""
    if encoding is not None:
        from desktop_app.services.encodings import encoding_name

        encoding = encoding_name(encoding)
    refusals: list[str] = []
    added = 0
    existing_paths = [p for p in paths if p.exists()]
    for missing in (p for p in paths if not p.exists()):
        refusals.append(f"{printable_name(str(missing))} does not exist — check the path")
    # A server project always "existed": nothing of it is ever removed here.
    existed = not isinstance(project_path, Path) or project_path.exists()
    if existing_paths:
        with Project.open(project_path, create=True) as project:
            _tell_notices(project)
            added = _import_into(project, existing_paths, refusals, encoding)
    if not added and not existed and isinstance(project_path, Path):
        # Nothing was imported into a project this call created: leave no empty file behind.
        for leftover in (project_path, *(Path(f"{project_path}{s}") for s in ("-wal", "-shm"))):
            leftover.unlink(missing_ok=True)
    if not refusals:
        return EXIT_OK
    if len(paths) == 1 and len(refusals) == 1:
        _say(f"parley: error: {refusals[0]}")
        return EXIT_ERROR
    for refusal in refusals:
        _say(f"parley: error: {refusal}")
    _say(
        f"parley: {_plural(len(refusals), 'file')} refused, {added} added; "
        "the project holds only the added ones"
    )
    return EXIT_ERROR


def _import_into(
    project: Project, paths: list[Path], refusals: list[str], encoding: str | None = None
) -> int:
    from desktop_app.errors import ParleyError

    added = 0
    others = [p for p in paths if p.suffix.lower() != ".qdpx"]
    archives = [p for p in paths if p.suffix.lower() == ".qdpx"]
    if others:
        report = sources.import_paths(project, others, encoding=encoding)
        added += len(report.added) + len(report.duplicates)
        for source in report.added:
            _out(f"added {source.id}: {source.title} ({source.characters} characters)")
        for duplicate in report.duplicates:
            _say(f"parley: skipped {duplicate.name}: same bytes as “{duplicate.existing_title}”")
        for warning in report.warnings:
            _say(f"parley: warning: {warning}")
        for skipped in report.skipped:
            _say(f"parley: skipped {printable_name(skipped.as_posix())}: not a type Parley imports")
        refusals.extend(str(refusal) for refusal in report.refused)
        archives += report.archives  # .qdpx files found in the folders
    for archive in archives:  # each a whole project: its own operation, its own undo step
        from desktop_app.services.refi import import_qdpx  # only when there is an archive

        try:
            result = import_qdpx(project, archive)
        except ParleyError as refusal:
            refusals.append(str(refusal))
            continue
        added += 1
        _out(result.summary())
        for note in result.notes:
            _say(f"parley: note: {note}")
    return added


def project_info(project_path: str | Path) -> tuple[dict[str, Any], str]:
    with _open_existing(project_path) as project:
        summary = project.summary()
        source_list = sources.list_sources(project)
        codes = codebook.list_codes(project)
    by_id = {c.id: c for c in codes}
    payload: dict[str, Any] = {
        "project": {"name": summary.name, "guid": summary.guid, "path": summary.path},
        "sources": [
            {
                "id": s.id,
                "guid": s.guid,
                "title": s.title,
                "outlet": s.outlet,
                "author": s.author,
                "date": shown_date(s.published),
                "language": s.language,
                "characters": s.characters,
                "status": s.status.value,
                "annotations": s.annotation_count,
            }
            for s in source_list
        ],
        "codebook": [
            {
                "id": c.id,
                "guid": c.guid,
                "name": c.name,
                "kind": c.kind.value,
                "parent": by_id[c.parent_id].name if c.parent_id in by_id else None,
                "color": c.color,
                "annotations": c.annotation_count,
                **({"aliases": list(c.speaker.aliases)} if c.speaker.aliases else {}),
            }
            for c in codes
        ],
        "counts": {
            "sources": summary.source_count,
            "codes": summary.code_count,
            "annotations": summary.annotation_count,
            "links": summary.link_count,
        },
    }
    return payload, terminal_safe(_info_text(payload, codes))


def _info_text(payload: dict[str, Any], codes: list[Any]) -> str:
    lines = [f"{payload['project']['name']}  ({payload['project']['path']})", ""]
    lines.append(f"Sources ({len(payload['sources'])}):")
    for s in payload["sources"]:
        facts = " · ".join(x for x in (s["outlet"], s["author"], s["date"], s["language"]) if x)
        lines.append(
            f"  {s['id']:>4}  {s['title']}"
            + (f"  [{facts}]" if facts else "")
            + f"  {s['characters']} chars, {s['annotations']} annotations, {s['status']}"
        )
    lines.append("")
    lines.append("Codebook:")
    depth: dict[int, int] = {}
    for code in codes:
        level = 0 if code.parent_id is None else depth.get(code.parent_id, 0) + 1
        depth[code.id] = level
        lines.append(f"  {'  ' * level}{code.name}  ({code.annotation_count})")
    counts = payload["counts"]
    lines.append("")
    lines.append(
        f"{counts['sources']} sources · {counts['codes']} codes · "
        f"{counts['annotations']} annotations · {counts['links']} links"
    )
    return "\n".join(lines)


def source_text(project_path: str | Path, reference: str) -> str:
    with _open_existing(project_path) as project:
        source = sources.resolve_source(project, reference)
        return sources.get_text(project, source.id)


def run_export(args: argparse.Namespace) -> int:
    output = Path(args.output)
    from desktop_app.cli.main import project_target
    from desktop_app.services import exports  # only here: `parley import` need not load it

    with _open_existing(project_target(args.project)) as project:
        source_ids = None
        if args.source:
            source_ids = tuple(sources.resolve_source(project, ref).id for ref in args.source)
        options = exports.ExportOptions(
            title=args.title,
            analyst=args.analyst,
            classification=args.classification,
            page_size=args.page_size,
            source_ids=source_ids,
            raw_csv=args.raw_csv,
            coder=args.coder,
            language=args.language,
            appendix=args.appendix,
        )
        result = exports.export(project, output, options)
    _out(f"wrote {result.path}")
    for note in result.notes:
        _say(f"parley: note: {note}")
    return EXIT_OK


def run_copy(source: str | Path, dest: str | Path) -> int:
    from desktop_app.services.copying import copy_project

    report = copy_project(source, dest)
    _out(report.summary)
    return EXIT_OK


def run_agreement(
    project_path: str | Path,
    coders: list[str] | None,
    source_refs: list[str] | None,
    *,
    as_json: bool = False,
    disagreements: bool = False,
) -> int:
    from desktop_app.cli.main import json_text
    from desktop_app.domain.agreement import agreement_table
    from desktop_app.domain.agreement_detail import source_table
    from desktop_app.errors import ParleyError
    from desktop_app.services.agreement import project_agreement_detail

    with _open_existing(project_path) as project:
        source_ids = None
        if source_refs:
            source_ids = [sources.resolve_source(project, ref).id for ref in source_refs]
        report, detail, code_names = project_agreement_detail(project, coders, source_ids)
    if not report.comparable:
        raise ParleyError(
            "; ".join(report.notes) or "nothing to compare",
            gettext("agreement needs two or more coders who marked up the same sources"),
        )
    header, rows = agreement_table(report)
    by_source_header, by_source_rows = source_table(detail, report.coders)
    titles = {r.source_id: r.title for r in detail.by_source}
    if as_json:
        payload = {
            "coders": list(report.coders),
            "sources": list(report.source_ids),
            "counted_as_done": list(report.declared),
            "left_out": [
                {
                    "source": item.source_id,
                    "title": item.title,
                    "not_coded_by": list(item.not_coded_by),
                    "reason": item.reason,
                }
                for item in report.left_out
            ],
            "notes": list(report.notes),
            "rows": [dict(zip(header, row, strict=True)) for row in rows],
            "by_source": [dict(zip(by_source_header, row, strict=True)) for row in by_source_rows],
            "disagreements": [_difference_json(d, titles, code_names) for d in detail.differences],
        }
        print(json_text(payload))
        return EXIT_OK
    _out(_agreement_text(report, header, rows))
    _out(_by_source_text(by_source_rows, len(detail.differences), disagreements))
    if disagreements:
        for d in detail.differences:
            _out(_difference_text(d, titles, code_names))
    for note in report.notes:
        _say(f"parley: note: {note}")
    return EXIT_OK


def _difference_json(
    d: SpanDifference, titles: dict[int, str], code_names: dict[int, str]
) -> dict[str, object]:
    def side(coder: str, found: Side | None) -> dict[str, object]:
        if found is None:
            return {"coder": coder, "code": None, "start": None, "end": None, "quote": None}
        code = code_names.get(found.code_id, "")
        return {
            "coder": coder,
            "code": code,
            "start": found.start,
            "end": found.end,
            "quote": found.quote,
        }

    return {
        "source": d.source_id,
        "title": titles.get(d.source_id, ""),
        "what": d.describe(),
        "first": side(d.first_coder, d.first),
        "second": side(d.second_coder, d.second),
    }


def _by_source_text(rows: list[tuple[object, ...]], differences: int, listed: bool) -> str:
    lines = ["", "By source, the ones the coders differ on most first:"]
    width = max([len(str(row[1])) for row in rows] + [5])
    width = min(width, 40)
    lines.append(f"{'':>6}  {'title':<{width}}  {'αu':>7}  {'kappa':>7}  {'agree':>6}  differences")
    for row in rows:
        title = str(row[1])
        title = title if len(title) <= width else title[: width - 1] + "…"
        lines.append(
            f"{'#' + str(row[0]):>6}  {title:<{width}}  {_number(row[3]):>7}  "
            f"{_number(row[4]):>7}  {_number(row[5], percent=True):>6}  {row[2]}"
        )
    if differences and not listed:
        lines.append("")
        lines.append(f"{_plural(differences, 'difference')}: --disagreements lists them")
    return "\n".join(lines)


def _difference_text(d: SpanDifference, titles: dict[int, str], code_names: dict[int, str]) -> str:
    def side(coder: str, found: Side | None) -> str:
        if found is None:
            return f"{coder}: nothing"
        code = code_names.get(found.code_id, "")
        return f"{coder}: {code} {found.start}–{found.end} “{found.quote}”"

    where = f"#{d.source_id} “{titles.get(d.source_id, '')}”"
    first, second = side(d.first_coder, d.first), side(d.second_coder, d.second)
    return f"{where}: {d.describe()} — {first} | {second}"


def _number(value: object, percent: bool = False) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.0%}" if percent else f"{value:.3f}"
    return str(value)


def _agreement_text(
    report: AgreementReport, header: tuple[str, ...], rows: list[tuple[object, ...]]
) -> str:
    from desktop_app.domain.agreement import FLEISS_COLUMN

    coders = report.coders
    done = f" ({len(report.declared)} marked done)" if report.declared else ""
    left = f", {len(report.left_out)} left out (see the notes)" if report.left_out else ""
    lines = [
        f"Agreement between {', '.join(coders)}: αu over the {len(report.source_ids)} "
        f"source(s) every one coded{done}{left}; kappa and agreement on presence per source "
        "(mean over pairs)",
        "",
    ]
    first_pair = 6 + len(coders)
    pair_heads = [h.removeprefix("Kappa: ") for h in header[first_pair:] if h.startswith("Kappa: ")]
    per_pair = len(pair_heads) > 1
    fleiss = header[-1] == FLEISS_COLUMN
    names = [("  " + str(row[1])) if row[1] else str(row[0]) for row in rows]
    width = max([len(n) for n in names] + [4])
    head = f"{'':<{width}}  {'αu':>7}  {'kappa':>7}  {'agree':>6}  spans ({' / '.join(coders)})"
    if per_pair:
        head += "  kappa " + "  ".join(pair_heads)
    if fleiss:
        head += "  Fleiss"
    lines.append(head)
    for name, row in zip(names, rows, strict=True):
        line = (
            f"{name:<{width}}  {_number(row[3]):>7}  {_number(row[4]):>7}  "
            f"{_number(row[5], percent=True):>6}  {' / '.join(str(v) for v in row[6:first_pair])}"
        )
        if per_pair:
            pair_values = row[first_pair : first_pair + len(pair_heads)]
            line += "  " + "  ".join(_number(v) for v in pair_values)
        if fleiss:
            line += f"  {_number(row[-1]):>6}"
        lines.append(line)
    lines.append("")
    lines.append("—: undefined (no variation, or no source to compare)")
    return "\n".join(lines)


def run_check(project_path: str | Path, *, as_json: bool = False) -> int:
    """Exit 0 when every check passes, 1 when something was found (listed, one line each)."""
    from desktop_app.cli.main import json_text
    from desktop_app.services.check import CHECKS, check_project

    with _open_existing(project_path) as project:
        report = check_project(project)
    if as_json:
        payload = {
            "project": report.location,
            "sound": report.sound,
            "findings": [{"check": f.check, "problem": f.problem} for f in report.findings],
        }
        print(json_text(payload))
    elif report.sound:
        _out(f"{report.location}: no problems found ({', '.join(CHECKS)})")
    else:
        for finding in report.findings:
            _out(f"{finding.check}: {finding.problem}")
        _say(
            f"parley: {_plural(len(report.findings), 'problem')} found in {report.location} — "
            "exports leave out annotations outside their source; restore a backup to undo "
            "damage to the file"
        )
    return EXIT_OK if report.sound else EXIT_ERROR

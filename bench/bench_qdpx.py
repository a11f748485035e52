"""How fast Parley imports a big REFI-QDA project, against the floor of doing the same by hand.

Builds a deterministic synthetic ``.qdpx`` (2,000 sources, 25,000 selections, 50,000 codings,
links, cases, variables) and times, side by side on fresh copies of one empty project:

* **Parley** — ``services.refi.import_qdpx``: safe archive and XML reading, position checks,
  merge planning, and one undoable operation through the logged transaction layer.
* **floor** — a bare ``xml.etree.ElementTree`` parse of the same archive plus plain ``sqlite3``
  inserts of the same rows into the same tables in one transaction (including the folded-text
  column the schema requires), with none of Parley's checks, merging or undo log.

The budget is Parley ≤ 2 × floor at full size. Run: ``uv run python bench/bench_qdpx.py``
(``--quick``: a tenth of the size, a smoke check). After one uncounted warm-up round each side
runs ``--repeat`` times (default 3) and its best wall-clock and CPU times count; the wall-clock
ratio is the one held to the budget.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import shutil
import sqlite3
import sys
import tempfile
import time
import uuid
import zipfile
from pathlib import Path
from xml.etree import ElementTree
from xml.sax.saxutils import escape, quoteattr

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NS = "urn:QDA-XML:project:1.0"
Q = f"{{{NS}}}"
BUDGET = 2.0
WORDS_EN = (
    "the president said conditions ceasefire troops withdraw regions talks sanctions Kyiv "
    "Moscow NATO neutral status peace proposal rejected minister statement according officials"
).split()
WORDS_RU = (
    "президент заявил условия прекращение огня войска вывод регионы переговоры санкции".split()
)


def _guid(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def build_archive(
    path: Path, n_sources: int, n_selections: int, seed: int = 20240614
) -> dict[str, int]:
    """Write the synthetic archive; returns its counts."""
    rng = random.Random(seed)
    users = [(_guid(rng), f"Coder {i}") for i in range(3)]
    codes: list[str] = []
    code_xml = []
    for root_name, children in (
        ("Conditions", 40),
        ("Speakers", 60),
        ("Reactions", 10),
        ("Tone", 6),
    ):
        child_guids = [_guid(rng) for _ in range(children)]
        codes.extend(child_guids)
        inner = "".join(
            f'<Code guid="{g}" name="{root_name} {i}" isCodable="true" '
            f'color="#{rng.randrange(1 << 24):06x}">'
            f"<Description>About {root_name.lower()} {i}</Description></Code>"
            for i, g in enumerate(child_guids)
        )
        code_xml.append(
            f'<Code guid="{_guid(rng)}" name="{root_name}" isCodable="false">{inner}</Code>'
        )
    variables = [
        (_guid(rng), name, kind)
        for name, kind in (("Outlet", "Text"), ("Date", "Date"), ("Language", "Text"))
    ]
    per_source, extra = divmod(n_selections, n_sources)
    sources_xml = []
    files: dict[str, bytes] = {}
    selection_guids: list[str] = []
    source_guids: list[str] = []
    for s in range(n_sources):
        words = [rng.choice(WORDS_RU if rng.random() < 0.3 else WORDS_EN) for _ in range(450)]
        text = " ".join(words[:200]) + ".\n" + " ".join(words[200:]) + " 🙂.\n"
        guid = _guid(rng)
        source_guids.append(guid)
        files[f"sources/{guid}.txt"] = text.encode("utf-8")
        parts = []
        for _ in range(per_source + (1 if s < extra else 0)):
            start = rng.randrange(0, len(text) - 200)
            end = start + rng.randrange(20, 200)
            sel_guid = _guid(rng)
            selection_guids.append(sel_guid)
            user = rng.choice(users)[0]
            codings = "".join(
                f'<Coding guid="{_guid(rng)}" creatingUser="{user}">'
                f'<CodeRef targetGUID="{c}"/></Coding>'
                for c in rng.sample(codes, 2)
            )
            name = quoteattr(text[start:end][:60] + "…")
            parts.append(
                f'<PlainTextSelection guid="{sel_guid}" name={name} '
                f'startPosition="{start}" endPosition="{end}" creatingUser="{user}" '
                f'creationDateTime="2024-06-14T10:00:00Z">{codings}</PlainTextSelection>'
            )
        values = (
            f"Outlet {s % 25}",
            f"2024-06-{1 + s % 28:02d}",
            rng.choice(("en", "ru", "en, ru")),
        )
        parts.extend(
            f'<VariableValue><VariableRef targetGUID="{variable}"/>'
            f"<{kind}Value>{escape(value)}</{kind}Value></VariableValue>"
            for (variable, _, kind), value in zip(variables, values, strict=True)
        )
        sources_xml.append(
            f'<TextSource guid="{guid}" name="Article {s}" plainTextPath="internal://{guid}.txt">'
            + "".join(parts)
            + "</TextSource>"
        )
    links = "".join(
        f'<Link guid="{_guid(rng)}" name="responds to" direction="OneWay" '
        f'originGUID="{a}" targetGUID="{b}"/>'
        for a, b in (rng.sample(selection_guids, 2) for _ in range(n_selections // 25))
    )
    cases = "".join(
        f'<Case guid="{_guid(rng)}" name="Case {c}">'
        + "".join(f'<SourceRef targetGUID="{g}"/>' for g in source_guids[c::10])
        + "</Case>"
        for c in range(10)
    )
    qde = (
        '<?xml version="1.0" encoding="utf-8"?>'
        f'<Project xmlns="{NS}" name="Synthetic">'
        "<Users>" + "".join(f'<User guid="{g}" name="{n}"/>' for g, n in users) + "</Users>"
        "<CodeBook><Codes>" + "".join(code_xml) + "</Codes></CodeBook>"
        "<Variables>"
        + "".join(
            f'<Variable guid="{g}" name="{n}" typeOfVariable="{k}"/>' for g, n, k in variables
        )
        + "</Variables>"
        f"<Cases>{cases}</Cases><Sources>{''.join(sources_xml)}</Sources>"
        f"<Links>{links}</Links></Project>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("project.qde", qde)
        for name, data in files.items():
            archive.writestr(name, data)
    return {
        "sources": n_sources,
        "selections": len(selection_guids),
        "codings": 2 * len(selection_guids),
    }


# -- the floor: bare parse + sqlite3 ---------------------------------------------------------------

CODE_SQL = (
    "INSERT INTO codes (guid, parent_id, name, kind, color, description, position, builtin,"
    " category, aliases, role, affiliation, side)"
    " VALUES (?, ?, ?, ?, ?, ?, ?, 0, '', '[]', '', '', '')"
)
SOURCE_SQL = (
    "INSERT INTO sources (guid, title, outlet, author, published, url, language, original_name,"
    " file_format, sha256, imported_at, status, characters, text, folded_text, position)"
    " VALUES (?, ?, ?, '', ?, '', ?, 'bench.qdpx', 'qdpx', ?, ?, 'todo', ?, ?, ?, ?)"
)
ANNOTATION_SQL = (
    'INSERT INTO annotations (guid, source_id, start, "end", quote, note, coder_id, created_at,'
    " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


class _Clock:
    """Wall-clock and CPU seconds since creation. On a busy machine the CPU figure is the
    steadier one: both sides are single-threaded and CPU-bound."""

    def __init__(self) -> None:
        self.wall = time.perf_counter()
        self.cpu = time.process_time()

    def elapsed(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


def floor_import(archive: Path, database: Path) -> tuple[float, float]:
    """The least work that puts the same rows in the same tables: no safety, no checks, no undo.
    Returns the seconds it took, connection and commit included."""
    from desktop_app.domain.textfold import fold

    started = _Clock()
    now = "2024-06-14T10:00:00Z"
    with zipfile.ZipFile(archive) as handle:
        root = ElementTree.fromstring(handle.read("project.qde"))
        texts = {
            s.get("guid"): handle.read(
                "sources/" + s.get("plainTextPath", "")[len("internal://") :]
            ).decode("utf-8")
            for s in root.iter(f"{Q}TextSource")
        }
    connection = sqlite3.connect(database, isolation_level=None)
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = NORMAL")
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("BEGIN IMMEDIATE")
    cursor = connection.cursor()
    roots = dict(cursor.execute("SELECT name, id FROM codes WHERE parent_id IS NULL"))
    user_ids = {}
    for user in root.iter(f"{Q}User"):
        cursor.execute(
            "INSERT INTO coders (guid, name, created_at) VALUES (?, ?, ?)",
            (user.get("guid"), user.get("name"), now),
        )
        user_ids[user.get("guid")] = cursor.lastrowid
    code_ids = {}
    for top in root.find(f"{Q}CodeBook/{Q}Codes"):  # type: ignore[union-attr]
        parent = roots.get(top.get("name"))
        kind = {"Conditions": "condition", "Speakers": "speaker", "Reactions": "reaction"}.get(
            top.get("name", ""), "other"
        )
        if parent is None:
            cursor.execute(CODE_SQL, (top.get("guid"), None, top.get("name"), kind, "", "", 9))
            parent = cursor.lastrowid
        for position, code in enumerate(top, start=1):
            if code.tag != f"{Q}Code":
                continue
            cursor.execute(
                CODE_SQL,
                (
                    code.get("guid"),
                    parent,
                    code.get("name"),
                    kind,
                    code.get("color"),
                    code.findtext(f"{Q}Description"),
                    position,
                ),
            )
            code_ids[code.get("guid")] = cursor.lastrowid
    variables = {v.get("guid"): v.get("name") for v in root.iter(f"{Q}Variable")}
    source_ids = {}
    selection_ids = {}
    for position, source in enumerate(root.iter(f"{Q}TextSource"), start=1):
        guid = source.get("guid")
        text = texts[guid]
        meta = {
            variables[vv[0].get("targetGUID")]: vv[1].text
            for vv in source.iter(f"{Q}VariableValue")
        }
        cursor.execute(
            SOURCE_SQL,
            (
                guid,
                source.get("name"),
                meta.get("Outlet", ""),
                meta.get("Date", ""),
                meta.get("Language", ""),
                hashlib.sha256(text.encode()).hexdigest(),
                now,
                len(text),
                text,
                fold(text),
                position,
            ),
        )
        source_id = cursor.lastrowid
        source_ids[guid] = source_id
        rows = []
        codings = []
        for sel in source.iter(f"{Q}PlainTextSelection"):
            start, end = int(sel.get("startPosition", "")), int(sel.get("endPosition", ""))
            rows.append(
                (
                    sel.get("guid"),
                    source_id,
                    start,
                    end,
                    text[start:end],
                    "",
                    user_ids.get(sel.get("creatingUser")),
                    now,
                    now,
                )
            )
            codings.append([code_ids[r.get("targetGUID")] for r in sel.iter(f"{Q}CodeRef")])
        for row, codes in zip(rows, codings, strict=True):
            cursor.execute(ANNOTATION_SQL, row)
            selection_ids[row[0]] = cursor.lastrowid
            cursor.executemany(
                "INSERT INTO annotation_codes (annotation_id, code_id) VALUES (?, ?)",
                [(cursor.lastrowid, c) for c in sorted(set(codes))],
            )
    cursor.executemany(
        "INSERT INTO links (guid, from_id, to_id, relation, created_at) VALUES (?, ?, ?, ?, ?)",
        [
            (
                link.get("guid"),
                selection_ids[link.get("originGUID")],
                selection_ids[link.get("targetGUID")],
                link.get("name"),
                now,
            )
            for link in root.iter(f"{Q}Link")
        ],
    )
    for case in root.iter(f"{Q}Case"):
        cursor.execute(
            "INSERT INTO cases (guid, name, description) VALUES (?, ?, '')",
            (case.get("guid"), case.get("name")),
        )
        case_id = cursor.lastrowid
        cursor.executemany(
            "INSERT INTO case_sources (case_id, source_id) VALUES (?, ?)",
            [(case_id, source_ids[r.get("targetGUID")]) for r in case.iter(f"{Q}SourceRef")],
        )
    connection.execute("COMMIT")
    connection.close()
    return started.elapsed()


def parley_import(archive: Path, database: Path) -> tuple[float, float]:
    """Seconds for ``import_qdpx`` alone: opening a project (migration check, rolling backup)
    is paid once per window, not once per import."""
    from desktop_app.services.project import Project
    from desktop_app.services.refi import import_qdpx

    with Project.open(database, coder="bench") as project:
        project.database.wait_for_backup()  # its own thread: not what is measured
        started = _Clock()
        import_qdpx(project, archive)
        return started.elapsed()


def _fold_seconds(archive: Path) -> float:
    """CPU seconds ``textfold.fold`` takes over the archive's texts: the ``folded_text`` column
    both sides must fill, shown so the floor's make-up is plain."""
    from desktop_app.domain.textfold import fold

    with zipfile.ZipFile(archive) as handle:
        texts = [handle.read(n).decode("utf-8") for n in handle.namelist() if n.endswith(".txt")]
    started = time.process_time()
    for text in texts:
        fold(text)
    return time.process_time() - started


def _counts(database: Path) -> dict[str, int]:
    tables = (
        "sources",
        "codes",
        "coders",
        "annotations",
        "annotation_codes",
        "links",
        "cases",
        "case_sources",
    )
    # Parley also records the coder running the import (authorship); the floor has no such idea.
    where = {"coders": " WHERE name != 'bench'"}
    with sqlite3.connect(database) as connection:
        return {
            t: connection.execute(f"SELECT count(*) FROM {t}{where.get(t, '')}").fetchone()[0]
            for t in tables
        }


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="a tenth of the size")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n_sources, n_selections = (200, 2_500) if args.quick else (2_000, 25_000)

    work = Path(tempfile.mkdtemp(prefix="parley-bench-"))
    os.environ.setdefault("PARLEY_DATA_DIR", str(work / "data"))
    os.environ.setdefault("PARLEY_LOG_DIR", str(work / "logs"))
    try:
        from desktop_app.services.project import Project

        archive = work / "synthetic.qdpx"
        counts = build_archive(archive, n_sources, n_selections)
        template = work / "template.parley"
        with Project.open(template, create=True, coder="bench"):
            pass
        timings: dict[str, tuple[float, float]] = {}
        results: dict[str, dict[str, int]] = {}
        # Round 0 warms both up (imports, statement caches, the folding cache) and is not counted.
        for round_number in range(args.repeat + 1):
            for name, run in (("floor", floor_import), ("Parley", parley_import)):
                target = work / f"{name}.parley"
                for leftover in work.glob(f"{name}.parley*"):
                    leftover.unlink()
                shutil.copyfile(template, target)
                wall, cpu = run(archive, target)
                results[name] = _counts(target)
                if round_number == 0:
                    continue
                best = timings.get(name, (wall, cpu))
                timings[name] = (min(best[0], wall), min(best[1], cpu))
        if results["floor"] != results["Parley"]:
            print(f"row counts differ: floor {results['floor']} vs Parley {results['Parley']}")
            return 1
        figure = (
            f"import {counts['sources']:,} sources, {counts['selections']:,} selections, "
            f"{counts['codings']:,} codings ({archive.stat().st_size / 1e6:.1f} MB .qdpx)"
        )
        print(figure)
        print(f"  {'':<16} {'Parley':>8} {'floor':>8} {'ratio':>6}")
        ratios = []
        for index, what in enumerate(("wall clock", "CPU")):
            parley, floor = timings["Parley"][index], timings["floor"][index]
            ratios.append(parley / floor)
            print(f"  {what:<16} {parley:>7.2f}s {floor:>7.2f}s {parley / floor:>6.2f}")
        print(
            f"  of which folding the texts for search (both sides): {_fold_seconds(archive):.2f}s"
        )
        print(f"  rows written by both: {results['Parley']}")
        print(
            f"  best of {args.repeat} runs each after a warm-up run, on fresh copies of one empty"
            " project"
        )
        ratio = ratios[0]
        if args.quick:  # fixed costs (codebook and GUID look-ups, the undo record) weigh more
            print(f"budget (Parley ≤ {BUDGET:.1f} × floor) applies to the full size only")
            return 0
        print(f"budget: Parley ≤ {BUDGET:.1f} × floor — {'met' if ratio <= BUDGET else 'NOT MET'}")
        return 0 if ratio <= BUDGET else 1
    finally:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())

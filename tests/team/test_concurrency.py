"""Two processes make 1,000 edits each to one project, many of them to the same annotations:
no accepted edit is lost, and every edit that was not applied was reported as a conflict."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

from desktop_app.domain.model import CodeKind
from desktop_app.services import markup
from desktop_app.services.project import Project
from tests.builders import add_code, add_source
from tests.team import concurrency_worker

EDITS = 1_000
WORKERS = 2
SHARED = 4  # annotations every worker edits
PRIVATE = 4  # annotations per worker that only it edits
TEXT = " ".join(f"Sentence {n} of the report." for n in range(40))


def test_two_processes_lose_no_update_and_report_every_conflict(
    project_path: str | Path, project: Project, tmp_path: Path
) -> None:
    source_id = add_source(project, TEXT)
    code = add_code(project, CodeKind.CONDITION, "Withdrawal")
    spans = [(n * 27, n * 27 + 20) for n in range(SHARED + WORKERS * PRIVATE)]
    ids = [markup.annotate(project, source_id, s, e, [code.id]).id for s, e in spans]
    shared, rest = ids[:SHARED], ids[SHARED:]
    private = [rest[k * PRIVATE : (k + 1) * PRIVATE] for k in range(WORKERS)]

    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(WORKERS)
    outputs = [tmp_path / f"worker{k}.json" for k in range(WORKERS)]
    processes = [
        context.Process(
            target=concurrency_worker.run,
            args=(
                concurrency_worker.Job(
                    str(project_path), k, EDITS, shared, private[k], str(outputs[k])
                ),
                barrier,
            ),
        )
        for k in range(WORKERS)
    ]
    for process in processes:
        process.start()
    for process in processes:
        process.join(timeout=600)
        assert process.exitcode == 0
    results = [json.loads(path.read_text(encoding="utf-8")) for path in outputs]

    accepted: dict[int, set[str]] = {i: set() for i in ids}
    refused: dict[int, set[str]] = {i: set() for i in ids}
    for result in results:
        for annotation_id, token in result["accepted"]:
            accepted[annotation_id].add(token)
        for annotation_id, token in result["refused"]:
            refused[annotation_id].add(token)
    final = {a.id: a for a in markup.list_annotations(project)}
    lost = 0
    for annotation_id in ids:
        in_note = set(filter(None, final[annotation_id].note.split(";")))
        lost += len(accepted[annotation_id] - in_note)
        assert in_note == accepted[annotation_id]  # nothing lost, nothing refused applied
        # One version per accepted edit: no write went in unseen.
        assert final[annotation_id].version == 1 + len(accepted[annotation_id])
    total_accepted = sum(len(t) for t in accepted.values())
    total_refused = sum(len(t) for t in refused.values())
    assert total_accepted + total_refused == WORKERS * EDITS  # every edit accounted for
    assert lost == 0
    assert all(not refused[i] for k in range(WORKERS) for i in private[k])
    assert total_refused > 0  # the shared annotations really were fought over
    seconds = max(r["seconds"] for r in results)
    print(
        f"\n[{project.database.dialect}] {WORKERS} processes × {EDITS} edits in {seconds:.1f} s: "
        f"{total_accepted} accepted, {total_refused} refused as conflicts "
        f"(all on the {SHARED} shared annotations), 0 lost"
    )

"""One analyst in the concurrency test, run in a process of its own.

It edits notes as fast as it can: half the time one of the annotations every worker edits
(conflicts likely), half the time one only it edits (no conflict possible). Each edit appends a
token to the note the worker read, conditional on the version it read, exactly as the window
does it; the worker records which tokens were accepted and which were refused as conflicts.
"""

from __future__ import annotations

import json
import random
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass(frozen=True)
class Job:
    target: str  # the project: a file or a URL
    worker: int
    edits: int
    shared: list[int]  # annotation ids every worker edits
    private: list[int]  # annotation ids only this worker edits
    out: str  # where the results go (JSON)


def run(job: Job, barrier: Any) -> None:
    target, worker, edits, shared, private, out = (
        job.target,
        job.worker,
        job.edits,
        job.shared,
        job.private,
        job.out,
    )
    from desktop_app.errors import ConflictError
    from desktop_app.services import markup
    from desktop_app.services.project import Project

    rng = random.Random(worker)
    accepted: list[list[Any]] = []
    refused: list[list[Any]] = []
    with Project.open(target, coder=f"analyst{worker}") as project:
        markup.get_annotation(project, shared[0])  # connect before the start line
        barrier.wait(timeout=120)
        started = time.monotonic()
        for number in range(edits):
            annotation_id = rng.choice(shared if rng.random() < 0.5 else private)
            seen = markup.get_annotation(project, annotation_id)
            token = f"{worker}.{number}"
            time.sleep(rng.random() / 1000)  # an analyst's (very short) moment of thought
            try:
                with project.expecting(seen):
                    markup.set_note(project, annotation_id, f"{seen.note}{token};")
            except ConflictError:
                refused.append([annotation_id, token])
            else:
                accepted.append([annotation_id, token])
        elapsed = time.monotonic() - started
    Path(out).write_text(
        json.dumps({"accepted": accepted, "refused": refused, "seconds": elapsed}),
        encoding="utf-8",
    )

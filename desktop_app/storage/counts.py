"""How many annotations some codes hold: what a view needs after mark-up, without counting
the whole project (the codebook's full count groups every coding, ~10 ms at 50,000)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import func, select

from desktop_app.storage.schema import AnnotationCode, AnnotationRow, Coder
from desktop_app.storage.transaction import Reader


def annotations_per_code(reader: Reader, code_ids: Iterable[int]) -> dict[int, int]:
    """Annotations per code for ``code_ids`` (0 for a code with none); uses the code index."""
    wanted = sorted(set(code_ids))
    counts = dict.fromkeys(wanted, 0)
    if wanted:
        query = (
            select(AnnotationCode.code_id, func.count())
            .where(AnnotationCode.code_id.in_(wanted))
            .group_by(AnnotationCode.code_id)
        )
        counts.update((code_id, int(n)) for code_id, n in reader.session.execute(query))
    return counts


def annotations_per_coder_and_source(reader: Reader) -> dict[str, dict[int, int]]:
    """Coder name → source id → annotations: one grouped query, where reading every annotation
    to count them cost a whole project's worth of objects each time a coder list was shown."""
    query = (
        select(Coder.name, AnnotationRow.source_id, func.count())
        .join(Coder, Coder.id == AnnotationRow.coder_id)
        .group_by(Coder.name, AnnotationRow.source_id)
    )
    found: dict[str, dict[int, int]] = {}
    for name, source_id, n in reader.session.execute(query):
        found.setdefault(str(name), {})[int(source_id)] = int(n)
    return found

"""One source per content: merge sources imported twice, then make the content hash unique.

Two imports of the same files started at once could both pass the duplicate check and store
every file twice. The check now runs inside the write transaction; this index is the backstop.
Existing twins (same SHA-256 of the original bytes) are merged first: the first copy keeps the
mark-up, variables and cases of the others when their texts are equal; a twin whose stored text
differs (imported by another Parley version) keeps its own mark-up and is keyed by its text.
What was done is left as a notice the project shows once on opening.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-02
"""

from __future__ import annotations

import hashlib

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _merge_into(connection: sa.Connection, keep: int, twin: int) -> None:
    values = {"keep": keep, "twin": twin}
    connection.execute(
        sa.text("UPDATE annotations SET source_id = :keep WHERE source_id = :twin"), values
    )
    connection.execute(
        sa.text(
            "INSERT INTO source_variables (source_id, name, value) "
            "SELECT :keep, v.name, v.value FROM source_variables v WHERE v.source_id = :twin "
            "AND NOT EXISTS (SELECT 1 FROM source_variables w "
            "WHERE w.source_id = :keep AND w.name = v.name)"
        ),
        values,
    )
    connection.execute(
        sa.text(
            "INSERT INTO case_sources (case_id, source_id) "
            "SELECT c.case_id, :keep FROM case_sources c WHERE c.source_id = :twin "
            "AND NOT EXISTS (SELECT 1 FROM case_sources d "
            "WHERE d.source_id = :keep AND d.case_id = c.case_id)"
        ),
        values,
    )
    connection.execute(sa.text("DELETE FROM source_variables WHERE source_id = :twin"), values)
    connection.execute(sa.text("DELETE FROM case_sources WHERE source_id = :twin"), values)
    connection.execute(sa.text("DELETE FROM sources WHERE id = :twin"), values)


def upgrade() -> None:
    connection = op.get_bind()
    digests = connection.execute(
        sa.text("SELECT sha256 FROM sources GROUP BY sha256 HAVING COUNT(*) > 1")
    ).scalars()
    merged: list[str] = []
    rekeyed: list[str] = []
    for digest in list(digests):
        rows = connection.execute(
            sa.text("SELECT id, guid, title, text FROM sources WHERE sha256 = :d ORDER BY id"),
            {"d": digest},
        ).all()
        keep = rows[0]
        for twin in rows[1:]:
            if twin.text == keep.text:
                _merge_into(connection, keep.id, twin.id)
                merged.append(twin.title)
                continue
            key = _digest(twin.text)
            taken = connection.execute(
                sa.text("SELECT COUNT(*) FROM sources WHERE sha256 = :k"), {"k": key}
            ).scalar_one()
            if taken:
                key = _digest(f"{twin.guid}\n{twin.text}")
            connection.execute(
                sa.text("UPDATE sources SET sha256 = :k WHERE id = :id"), {"k": key, "id": twin.id}
            )
            rekeyed.append(twin.title)
    op.drop_index("ix_sources_sha256", table_name="sources")
    op.create_index("ix_sources_sha256", "sources", ["sha256"], unique=True)
    if merged or rekeyed:
        connection.execute(
            sa.text("INSERT INTO project_settings (key, value) VALUES (:key, :value)"),
            {"key": "notice:0004", "value": _notice(merged, rekeyed)},
        )


def _notice(merged: list[str], rekeyed: list[str]) -> str:
    def names(titles: list[str]) -> str:
        shown = ", ".join(f"“{t}”" for t in titles[:3])
        return shown + (f" and {len(titles) - 3} more" if len(titles) > 3 else "")

    parts = []
    if merged:
        parts.append(
            f"{len(merged)} source{'s' if len(merged) != 1 else ''} imported twice "
            f"({names(merged)}) merged into the first copy, mark-up included"
        )
    if rekeyed:
        parts.append(
            f"{len(rekeyed)} source{'s' if len(rekeyed) != 1 else ''} with the same file but "
            f"another text ({names(rekeyed)}) kept apart with their mark-up"
        )
    return "Upgrade: " + "; ".join(parts)


def downgrade() -> None:
    op.drop_index("ix_sources_sha256", table_name="sources")
    op.create_index("ix_sources_sha256", "sources", ["sha256"])

"""Index annotations by (source, start) for the reader's ordered look-ups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("annotations", schema=None) as batch_op:
        batch_op.drop_index("ix_annotations_source_id")
        batch_op.create_index("ix_annotations_source_id_start", ["source_id", "start"])


def downgrade() -> None:
    with op.batch_alter_table("annotations", schema=None) as batch_op:
        batch_op.drop_index("ix_annotations_source_id_start")
        batch_op.create_index("ix_annotations_source_id", ["source_id"])

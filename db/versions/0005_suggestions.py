"""Suggestions: the ones an analyst rejected, and where an accepted one came from.

``rejected_suggestions`` remembers each rejected suggestion by source, span, kind and codes so
it is never proposed again; ``annotations.origin`` says "suggestion:<kind>:<rule>" for mark-up
accepted from a suggestion and stays empty (NULL) for mark-up made by hand, which is all the
mark-up an older project holds.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07

The column is added with a plain ``ALTER TABLE … ADD COLUMN`` (nullable, no constraint), which
SQLite and PostgreSQL both take without copying the table.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A project whose recorded revision was set back by hand (an older copy's alembic_version
    # written over a newer file) already has what this step adds: leave it as it is.
    inspector = sa.inspect(op.get_bind())
    if "origin" not in {column["name"] for column in inspector.get_columns("annotations")}:
        op.add_column("annotations", sa.Column("origin", sa.String(length=200), nullable=True))
    if "rejected_suggestions" in inspector.get_table_names():
        return
    op.create_table(
        "rejected_suggestions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("source_id", sa.Integer(), nullable=False),
        sa.Column("start", sa.Integer(), nullable=False),
        sa.Column("end", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=16), nullable=False),
        sa.Column("codes", sa.String(length=400), nullable=False),
        sa.Column("rule", sa.String(length=100), nullable=False),
        sa.Column("coder_id", sa.Integer(), nullable=True),
        sa.Column("rejected_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["coder_id"], ["coders.id"], name=op.f("fk_rejected_suggestions_coder_id_coders")
        ),
        sa.ForeignKeyConstraint(
            ["source_id"], ["sources.id"], name=op.f("fk_rejected_suggestions_source_id_sources")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rejected_suggestions")),
        sa.UniqueConstraint(
            "source_id",
            "start",
            "end",
            "kind",
            "codes",
            name=op.f("uq_rejected_suggestions_source_id_start_end_kind_codes"),
        ),
    )
    op.create_index(
        op.f("ix_rejected_suggestions_source_id"), "rejected_suggestions", ["source_id"]
    )


def downgrade() -> None:
    op.drop_index(op.f("ix_rejected_suggestions_source_id"), table_name="rejected_suggestions")
    op.drop_table("rejected_suggestions")
    with op.batch_alter_table("annotations") as batch_op:
        batch_op.drop_column("origin")

"""Team projects: row versions, authorship, coders' database roles, and the change feed.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24

Columns are added with plain ``ALTER TABLE … ADD COLUMN`` (no batch copy of the tables): SQLite
allows a nullable ``REFERENCES`` column or a constant default that way, and a table copy would
trip the foreign keys that stay on while Parley migrates. Existing rows start at version 1.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_AUTHORED = ("sources", "codes", "annotations")


def _add_coder_fk(table: str, column: str) -> None:
    name = f"fk_{table}_{column}_coders"
    if op.get_bind().dialect.name == "sqlite":
        # Alembic would want a batch copy for the constraint; SQLite takes it inline.
        op.execute(
            f"ALTER TABLE {table} ADD COLUMN {column} INTEGER "
            f"CONSTRAINT {name} REFERENCES coders (id)"
        )
        return
    op.add_column(
        table, sa.Column(column, sa.Integer(), sa.ForeignKey("coders.id", name=name), nullable=True)
    )


def upgrade() -> None:
    op.add_column("coders", sa.Column("db_role", sa.String(length=200), nullable=True))
    for table in _AUTHORED:
        op.add_column(
            table, sa.Column("version", sa.Integer(), nullable=False, server_default="1")
        )
        _add_coder_fk(table, "updated_by")
    for table in ("sources", "codes"):
        _add_coder_fk(table, "created_by")
    op.add_column("codes", sa.Column("created_at", sa.String(length=32), nullable=True))
    op.add_column("codes", sa.Column("updated_at", sa.String(length=32), nullable=True))
    op.create_table(
        "changes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("coder", sa.String(length=200), nullable=False),
        sa.Column("session", sa.String(length=36), nullable=False),
        sa.Column("label", sa.Text(), nullable=False),
        sa.Column("undo", sa.Boolean(), nullable=False),
        sa.Column("entities", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_changes")),
    )


def downgrade() -> None:
    # On SQLite the batch copy drops a column's inline constraint with the column.
    named_fks = op.get_bind().dialect.name != "sqlite"
    op.drop_table("changes")
    with op.batch_alter_table("codes") as batch_op:
        batch_op.drop_column("updated_at")
        batch_op.drop_column("created_at")
    for table in reversed(_AUTHORED):
        with op.batch_alter_table(table) as batch_op:
            for column in ("created_by", "updated_by"):
                if column == "created_by" and table == "annotations":
                    continue
                if named_fks:
                    batch_op.drop_constraint(f"fk_{table}_{column}_coders", type_="foreignkey")
                batch_op.drop_column(column)
            batch_op.drop_column("version")
    with op.batch_alter_table("coders") as batch_op:
        batch_op.drop_column("db_role")

"""sync: visible note conflicts, the outbox of local changes, the note bases for merging

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-22

The search-index triggers of 0002 are untouched: pulled records are written into the same tables,
so the triggers keep the index current for them too.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

NOTE = 200000


def upgrade() -> None:
    op.create_table(
        "note_conflict",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("base_text", sa.String(length=NOTE), nullable=False),
        sa.Column("mine_text", sa.String(length=NOTE), nullable=False),
        sa.Column("theirs_text", sa.String(length=NOTE), nullable=False),
        sa.Column("mine_device_id", sa.String(length=36), nullable=False),
        sa.Column("mine_worker_id", sa.String(length=36), nullable=False),
        sa.Column("theirs_device_id", sa.String(length=36), nullable=False),
        sa.Column("theirs_worker_id", sa.String(length=36), nullable=False),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"]),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note_conflict", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_note_conflict_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_note_conflict_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "sync_outbox",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("change_id", sa.String(length=36), nullable=False),
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("household_id", sa.String(length=36), nullable=True),
        sa.Column("op", sa.String(length=16), nullable=False),
        sa.Column("fields", sa.JSON(), nullable=False),
        sa.Column("clocks", sa.JSON(), nullable=False),
        sa.Column("hlc", sa.String(length=120), nullable=False),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("detail", sa.String(length=500), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
        sa.UniqueConstraint("change_id"),
    )
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_sync_outbox_record_id"), ["record_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_sync_outbox_status"), ["status"], unique=False)

    op.create_table(
        "sync_note_base",
        sa.Column("table_name", sa.String(length=64), nullable=False),
        sa.Column("record_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(length=NOTE), nullable=False),
        sa.PrimaryKeyConstraint("table_name", "record_id", "field"),
    )


def downgrade() -> None:
    op.drop_table("sync_note_base")
    with op.batch_alter_table("sync_outbox", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_sync_outbox_status"))
        batch_op.drop_index(batch_op.f("ix_sync_outbox_record_id"))
    op.drop_table("sync_outbox")
    with op.batch_alter_table("note_conflict", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_conflict_visit_id"))
        batch_op.drop_index(batch_op.f("ix_note_conflict_household_id"))
    op.drop_table("note_conflict")

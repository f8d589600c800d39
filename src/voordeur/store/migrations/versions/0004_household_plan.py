"""household plan: the plan's texts carry over (plan_revision); visits keep their copy, plan the
next visit's kind and place, and can be marked "vervallen"

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-08

No rows are rewritten. A store from before keeps its visits as they were; the services read the
household's current plan from its plan revisions and, where a household has none yet, from the
latest non-empty text of its visits (`services.family_plan`). So every laptop of a team reads the
same plan from the same records, and nothing has to be synced for the migration itself.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

NOTE = 200000


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch "move and copy": recreating the table would drop the
    # search-index triggers of 0002.
    op.add_column("visit", sa.Column("plan_frozen", sa.Boolean(), nullable=False,
                                     server_default=sa.false()))
    op.add_column("visit", sa.Column("next_visit_kind", sa.String(length=32), nullable=True))
    op.add_column("visit", sa.Column("next_visit_location", sa.String(length=200),
                                     nullable=False, server_default=""))
    op.add_column("visit", sa.Column("void_reason", sa.String(length=1000), nullable=False,
                                     server_default=""))

    op.create_table(
        "plan_revision",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(length=NOTE), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("base_revision_id", sa.String(length=36), nullable=True),
        sa.Column("merged_revision_id", sa.String(length=36), nullable=True),
        sa.Column("worker_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("saved_at", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(["household_id"], ["household.id"]),
        sa.ForeignKeyConstraint(["visit_id"], ["visit.id"]),
        sa.ForeignKeyConstraint(["worker_id"], ["worker.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("plan_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_plan_revision_household_id"), ["household_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_plan_revision_visit_id"), ["visit_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_plan_revision_worker_id"), ["worker_id"],
                              unique=False)
        batch_op.create_index(batch_op.f("ix_plan_revision_saved_at"), ["saved_at"],
                              unique=False)


def downgrade() -> None:
    op.drop_table("plan_revision")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_column("void_reason")
        batch_op.drop_column("next_visit_location")
        batch_op.drop_column("next_visit_kind")
        batch_op.drop_column("plan_frozen")

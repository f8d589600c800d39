"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def upgrade() -> None:

    op.create_table(
        "access_log",
        sa.Column("seq", sa.Integer(), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("worker_id", sa.String(length=36), nullable=False),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("action", sa.String(length=32), nullable=False),
        sa.Column("subject_ids", sa.JSON(), nullable=False),
        sa.Column("outcome", sa.String(length=32), nullable=False),
        sa.Column("detail", sa.String(length=500), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("seq"),
    )
    op.create_table(
        "store_meta",
        sa.Column("key", sa.String(length=64), nullable=False),
        sa.Column("value", sa.String(length=2000), nullable=False),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "team",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "organisation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("neighbourhood", sa.String(length=200), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_organisation_team_id"), ["team_id"], unique=False)

    op.create_table(
        "worker",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("neighbourhood", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_worker_team_id"), ["team_id"], unique=False)

    op.create_table(
        "household",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("team_id", sa.String(length=36), nullable=True),
        sa.Column("primary_worker_id", sa.String(length=36), nullable=True),
        sa.Column("neighbourhood", sa.String(length=200), nullable=False),
        sa.Column("city", sa.String(length=200), nullable=False),
        sa.Column("street", sa.String(length=200), nullable=False),
        sa.Column("house_number", sa.String(length=20), nullable=False),
        sa.Column("postcode", sa.String(length=10), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("email", sa.String(length=200), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("opened_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.Column("retain_until", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["primary_worker_id"],
            ["worker.id"],
        ),
        sa.ForeignKeyConstraint(
            ["team_id"],
            ["team.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_neighbourhood"), ["neighbourhood"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_primary_worker_id"), ["primary_worker_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_household_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_household_team_id"), ["team_id"], unique=False)

    op.create_table(
        "ecogram_position",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("node_kind", sa.String(length=32), nullable=False),
        sa.Column("node_id", sa.String(length=36), nullable=False),
        sa.Column("x", sa.Float(), nullable=False),
        sa.Column("y", sa.Float(), nullable=False),
        sa.Column("pinned", sa.Boolean(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ecogram_position", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ecogram_position_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_ecogram_position_node_id"), ["node_id"], unique=False)

    op.create_table(
        "household_partner",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("organisation_id", sa.String(length=36), nullable=False),
        sa.Column("contact_name", sa.String(length=200), nullable=False),
        sa.Column("life_domain", sa.String(length=32), nullable=False),
        sa.Column("closeness", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.ForeignKeyConstraint(
            ["organisation_id"],
            ["organisation.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("household_partner", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_household_partner_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_household_partner_organisation_id"), ["organisation_id"], unique=False
        )

    op.create_table(
        "person",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("first_name", sa.String(length=100), nullable=False),
        sa.Column("last_name", sa.String(length=100), nullable=False),
        sa.Column("role", sa.String(length=100), nullable=False),
        sa.Column("gender", sa.String(length=32), nullable=False),
        sa.Column("birth_date", sa.Date(), nullable=True),
        sa.Column("birth_year", sa.Integer(), nullable=True),
        sa.Column("deceased", sa.Boolean(), nullable=False),
        sa.Column("is_index", sa.Boolean(), nullable=False),
        sa.Column("life_domain", sa.String(length=32), nullable=False),
        sa.Column("closeness", sa.Integer(), nullable=False),
        sa.Column("phone", sa.String(length=40), nullable=False),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_person_household_id"), ["household_id"], unique=False)

    op.create_table(
        "tie",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("source_kind", sa.String(length=32), nullable=False),
        sa.Column("source_id", sa.String(length=36), nullable=False),
        sa.Column("target_kind", sa.String(length=32), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("strength", sa.String(length=32), nullable=False),
        sa.Column("quality", sa.String(length=32), nullable=False),
        sa.Column("direction", sa.String(length=32), nullable=False),
        sa.Column("support_types", sa.JSON(), nullable=False),
        sa.Column("note", sa.String(length=2000), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("tie", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_tie_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tie_source_id"), ["source_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_tie_target_id"), ["target_id"], unique=False)

    op.create_table(
        "visit",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("worker_id", sa.String(length=36), nullable=True),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("starts_at", sa.String(length=32), nullable=False),
        sa.Column("duration_minutes", sa.Integer(), nullable=True),
        sa.Column("location", sa.String(length=200), nullable=False),
        sa.Column("present_person_ids", sa.JSON(), nullable=False),
        sa.Column("present_other", sa.String(length=500), nullable=False),
        sa.Column("notes", sa.String(length=200000), nullable=False),
        sa.Column("request", sa.String(length=200000), nullable=False),
        sa.Column("strengths", sa.String(length=200000), nullable=False),
        sa.Column("concerns", sa.String(length=200000), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("next_visit_at", sa.String(length=32), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("finalised_at", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_visit_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_starts_at"), ["starts_at"], unique=False)
        batch_op.create_index(batch_op.f("ix_visit_worker_id"), ["worker_id"], unique=False)

    op.create_table(
        "agreement",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("what", sa.String(length=1000), nullable=False),
        sa.Column("owner_kind", sa.String(length=32), nullable=False),
        sa.Column("owner_id", sa.String(length=36), nullable=True),
        sa.Column("due_on", sa.Date(), nullable=True),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("done_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_agreement_due_on"), ["due_on"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_agreement_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_agreement_status"), ["status"], unique=False)
        batch_op.create_index(batch_op.f("ix_agreement_visit_id"), ["visit_id"], unique=False)

    op.create_table(
        "consent",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("given_by_person_id", sa.String(length=36), nullable=True),
        sa.Column("given_on", sa.Date(), nullable=False),
        sa.Column("purpose", sa.String(length=1000), nullable=False),
        sa.Column("organisation_ids", sa.JSON(), nullable=False),
        sa.Column("topics", sa.JSON(), nullable=False),
        sa.Column("person_ids", sa.JSON(), nullable=False),
        sa.Column("valid_until", sa.Date(), nullable=True),
        sa.Column("withdrawn_on", sa.Date(), nullable=True),
        sa.Column("withdrawn_reason", sa.String(length=1000), nullable=False),
        sa.Column("recorded_by_worker_id", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["given_by_person_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.ForeignKeyConstraint(
            ["recorded_by_worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_consent_given_by_person_id"), ["given_by_person_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_consent_household_id"), ["household_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_consent_recorded_by_worker_id"), ["recorded_by_worker_id"], unique=False
        )

    op.create_table(
        "ecogram_snapshot",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("taken_at", sa.String(length=32), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("ecogram_snapshot", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_ecogram_snapshot_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_ecogram_snapshot_visit_id"), ["visit_id"], unique=False
        )

    op.create_table(
        "family_relation",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("person_a_id", sa.String(length=36), nullable=False),
        sa.Column("person_b_id", sa.String(length=36), nullable=False),
        sa.Column("partner_status", sa.String(length=32), nullable=True),
        sa.Column("child_type", sa.String(length=32), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_a_id"],
            ["person.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_b_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("family_relation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_family_relation_household_id"), ["household_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_family_relation_person_a_id"), ["person_a_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_family_relation_person_b_id"), ["person_b_id"], unique=False
        )

    op.create_table(
        "goal",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("household_id", sa.String(length=36), nullable=False),
        sa.Column("person_id", sa.String(length=36), nullable=True),
        sa.Column("text", sa.String(length=1000), nullable=False),
        sa.Column("status", sa.String(length=32), nullable=False),
        sa.Column("started_on", sa.Date(), nullable=True),
        sa.Column("closed_on", sa.Date(), nullable=True),
        sa.ForeignKeyConstraint(
            ["household_id"],
            ["household.id"],
        ),
        sa.ForeignKeyConstraint(
            ["person_id"],
            ["person.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_household_id"), ["household_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_person_id"), ["person_id"], unique=False)

    op.create_table(
        "note_revision",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("visit_id", sa.String(length=36), nullable=False),
        sa.Column("field", sa.String(length=32), nullable=False),
        sa.Column("text", sa.String(length=200000), nullable=False),
        sa.Column("base_revision_id", sa.String(length=36), nullable=True),
        sa.Column("worker_id", sa.String(length=36), nullable=True),
        sa.Column("device_id", sa.String(length=36), nullable=False),
        sa.Column("saved_at", sa.String(length=32), nullable=False),
        sa.Column("reason", sa.String(length=32), nullable=False),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.ForeignKeyConstraint(
            ["worker_id"],
            ["worker.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("note_revision", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_note_revision_visit_id"), ["visit_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_note_revision_worker_id"), ["worker_id"], unique=False)

    op.create_table(
        "goal_score",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("deleted_at", sa.String(length=32), nullable=True),
        sa.Column("goal_id", sa.String(length=36), nullable=False),
        sa.Column("visit_id", sa.String(length=36), nullable=True),
        sa.Column("score", sa.Integer(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=1000), nullable=False),
        sa.ForeignKeyConstraint(
            ["goal_id"],
            ["goal.id"],
        ),
        sa.ForeignKeyConstraint(
            ["visit_id"],
            ["visit.id"],
        ),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("goal_score", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_goal_score_goal_id"), ["goal_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_goal_score_visit_id"), ["visit_id"], unique=False)

    # The access log is append-only: the database itself refuses edits and deletions.
    op.execute(
        "CREATE TRIGGER access_log_no_update BEFORE UPDATE ON access_log "
        "BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END"
    )
    op.execute(
        "CREATE TRIGGER access_log_no_delete BEFORE DELETE ON access_log "
        "BEGIN SELECT RAISE(ABORT, 'the access log is append-only'); END"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER IF EXISTS access_log_no_update")
    op.execute("DROP TRIGGER IF EXISTS access_log_no_delete")

    with op.batch_alter_table("goal_score", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_score_visit_id"))
        batch_op.drop_index(batch_op.f("ix_goal_score_goal_id"))

    op.drop_table("goal_score")
    with op.batch_alter_table("note_revision", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_note_revision_worker_id"))
        batch_op.drop_index(batch_op.f("ix_note_revision_visit_id"))

    op.drop_table("note_revision")
    with op.batch_alter_table("goal", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_goal_person_id"))
        batch_op.drop_index(batch_op.f("ix_goal_household_id"))

    op.drop_table("goal")
    with op.batch_alter_table("family_relation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_family_relation_person_b_id"))
        batch_op.drop_index(batch_op.f("ix_family_relation_person_a_id"))
        batch_op.drop_index(batch_op.f("ix_family_relation_household_id"))

    op.drop_table("family_relation")
    with op.batch_alter_table("ecogram_snapshot", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ecogram_snapshot_visit_id"))
        batch_op.drop_index(batch_op.f("ix_ecogram_snapshot_household_id"))

    op.drop_table("ecogram_snapshot")
    with op.batch_alter_table("consent", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_consent_recorded_by_worker_id"))
        batch_op.drop_index(batch_op.f("ix_consent_household_id"))
        batch_op.drop_index(batch_op.f("ix_consent_given_by_person_id"))

    op.drop_table("consent")
    with op.batch_alter_table("agreement", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_agreement_visit_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_status"))
        batch_op.drop_index(batch_op.f("ix_agreement_household_id"))
        batch_op.drop_index(batch_op.f("ix_agreement_due_on"))

    op.drop_table("agreement")
    with op.batch_alter_table("visit", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_visit_worker_id"))
        batch_op.drop_index(batch_op.f("ix_visit_starts_at"))
        batch_op.drop_index(batch_op.f("ix_visit_household_id"))

    op.drop_table("visit")
    with op.batch_alter_table("tie", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_tie_target_id"))
        batch_op.drop_index(batch_op.f("ix_tie_source_id"))
        batch_op.drop_index(batch_op.f("ix_tie_household_id"))

    op.drop_table("tie")
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_person_household_id"))

    op.drop_table("person")
    with op.batch_alter_table("household_partner", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_partner_organisation_id"))
        batch_op.drop_index(batch_op.f("ix_household_partner_household_id"))

    op.drop_table("household_partner")
    with op.batch_alter_table("ecogram_position", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_ecogram_position_node_id"))
        batch_op.drop_index(batch_op.f("ix_ecogram_position_household_id"))

    op.drop_table("ecogram_position")
    with op.batch_alter_table("household", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_household_team_id"))
        batch_op.drop_index(batch_op.f("ix_household_status"))
        batch_op.drop_index(batch_op.f("ix_household_primary_worker_id"))
        batch_op.drop_index(batch_op.f("ix_household_neighbourhood"))

    op.drop_table("household")
    with op.batch_alter_table("worker", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_worker_team_id"))

    op.drop_table("worker")
    with op.batch_alter_table("organisation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_organisation_team_id"))

    op.drop_table("organisation")
    op.drop_table("team")
    op.drop_table("store_meta")
    op.drop_table("access_log")

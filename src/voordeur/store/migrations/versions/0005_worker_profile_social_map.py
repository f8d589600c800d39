"""the worker's profile (organisation, phone, e-mail) and the team's sociale kaart (an
organisation's address and contact person)

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-08

Only columns are added, all with an empty default; no rows are rewritten and nothing has to be
synced for the migration itself.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# (table, column, length): every one text, empty by default.
NEW_COLUMNS = (
    ("worker", "organisation", 200),
    ("worker", "phone", 40),
    ("worker", "email", 200),
    ("organisation", "address", 200),
    ("organisation", "contact_person", 200),
)


def upgrade() -> None:
    # Plain ADD COLUMN, not a batch "move and copy" (see 0004).
    for table, column, length in NEW_COLUMNS:
        op.add_column(table, sa.Column(column, sa.String(length=length), nullable=False,
                                       server_default=""))


def downgrade() -> None:
    for table in ("organisation", "worker"):
        with op.batch_alter_table(table, schema=None) as batch_op:
            for name, column, _length in reversed(NEW_COLUMNS):
                if name == table:
                    batch_op.drop_column(column)

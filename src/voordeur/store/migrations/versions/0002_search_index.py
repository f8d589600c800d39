"""full-text search over notes, names and agreements (FTS5, inside the encrypted file)

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-22

`search_doc` maps each indexed record to a stable integer row of the FTS table, so keeping the
index current costs an indexed lookup per write instead of a scan. Triggers keep it in step with
every write, whoever makes it (services, import, sync).
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

NL = "char(10)"

# table: (kind, household id expression, title expression, body expression, watched columns)
INDEXED: dict[str, tuple[str, str, str, str, tuple[str, ...]]] = {
    "household": (
        "household",
        "{r}.id",
        "{r}.display_name",
        "{r}.neighbourhood || ' ' || {r}.city",
        ("display_name", "neighbourhood", "city"),
    ),
    "person": (
        "person",
        "{r}.household_id",
        "trim({r}.first_name || ' ' || {r}.last_name)",
        "{r}.role",
        ("first_name", "last_name", "role", "household_id"),
    ),
    "visit": (
        "visit",
        "{r}.household_id",
        "''",
        f" || {NL} || ".join(f"{{r}}.{c}" for c in ("notes", "request", "strengths", "concerns")),
        ("notes", "request", "strengths", "concerns", "household_id"),
    ),
    "agreement": (
        "agreement",
        "{r}.household_id",
        "''",
        "{r}.what",
        ("what", "household_id"),
    ),
    "goal": ("goal", "{r}.household_id", "''", "{r}.text", ("text", "household_id")),
}


def _statements() -> list[str]:
    sql = [
        "CREATE TABLE search_doc ("
        " doc INTEGER PRIMARY KEY,"
        " record_id VARCHAR(36) NOT NULL UNIQUE,"
        " kind VARCHAR(16) NOT NULL,"
        " household_id VARCHAR(36) NOT NULL)",
        "CREATE INDEX ix_search_doc_household ON search_doc (household_id)",
        "CREATE VIRTUAL TABLE search_index USING fts5("
        " title, body, tokenize = 'unicode61 remove_diacritics 2')",
    ]
    for table, (kind, hh, title, body, cols) in INDEXED.items():
        new = {"r": "new"}
        remove = (
            "DELETE FROM search_index WHERE rowid = "
            "(SELECT doc FROM search_doc WHERE record_id = old.id); "
            "DELETE FROM search_doc WHERE record_id = old.id;"
        )
        add = (
            f"INSERT INTO search_doc (record_id, kind, household_id) "
            f"SELECT new.id, '{kind}', {hh.format(**new)} WHERE new.deleted_at IS NULL; "
            f"INSERT INTO search_index (rowid, title, body) "
            f"SELECT last_insert_rowid(), {title.format(**new)}, {body.format(**new)} "
            f"WHERE new.deleted_at IS NULL;"
        )
        watched = ", ".join((*cols, "deleted_at"))
        sql += [
            f"CREATE TRIGGER search_{table}_ai AFTER INSERT ON {table} BEGIN {add} END",
            f"CREATE TRIGGER search_{table}_ad AFTER DELETE ON {table} BEGIN {remove} END",
            f"CREATE TRIGGER search_{table}_au AFTER UPDATE OF {watched} ON {table} "
            f"BEGIN {remove} {add} END",
        ]
        src = {"r": "src"}
        sql += [
            f"INSERT INTO search_doc (record_id, kind, household_id) "
            f"SELECT src.id, '{kind}', {hh.format(**src)} FROM {table} AS src "
            f"WHERE src.deleted_at IS NULL",
            f"INSERT INTO search_index (rowid, title, body) "
            f"SELECT d.doc, {title.format(**src)}, {body.format(**src)} "
            f"FROM search_doc AS d JOIN {table} AS src ON src.id = d.record_id "
            f"WHERE d.kind = '{kind}'",
        ]
    return sql


def upgrade() -> None:
    for statement in _statements():
        op.execute(statement)


def downgrade() -> None:
    for table in INDEXED:
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS search_{table}_{suffix}")
    op.execute("DROP TABLE IF EXISTS search_index")
    op.execute("DROP TABLE IF EXISTS search_doc")

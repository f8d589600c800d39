"""Schema migrations with alembic: back the file up first, refuse a store from a newer version."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine

from voordeur.paths import migrations_dir

BACKUP_DIR = "backups"


class StoreTooNew(Exception):
    """The store was written by a newer Voordeur; opening it could damage it."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(engine: Engine, db_path: Path, label: str) -> Path:
    """Copy the (still encrypted) database file after folding the WAL into it."""
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    target = db_path.parent / BACKUP_DIR / f"{db_path.stem}-{label}-{stamp}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, target)
    return target


def upgrade(engine: Engine, db_path: Path, *, target: str = "head") -> MigrationResult:
    """Bring the store to `target` (normally the newest schema)."""
    current = current_revision(engine)
    if current is not None and current not in known_revisions():
        raise StoreTooNew(
            f"this store has schema version {current}, which is newer than this version of "
            "Voordeur understands; install the newer Voordeur to open it"
        )
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return MigrationResult(current, wanted, None)
    backup = backup_file(engine, db_path, f"before-{wanted}") if current is not None else None
    with engine.begin() as conn:
        command.upgrade(_config(conn), target)
    return MigrationResult(current, wanted, backup)

"""Schema migrations with alembic: back the file up first, refuse a store from a newer version.

Opening a store that is already at the newest schema is the common case and must be quick, so it
is answered by one query against `HEAD_REVISION` without loading alembic or the migration scripts
(a test keeps `HEAD_REVISION` equal to alembic's head).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError

from voordeur import clock
from voordeur.paths import migrations_dir
from voordeur.store.engine import checkpoint

if TYPE_CHECKING:
    from alembic.config import Config

BACKUP_DIR = "backups"
# The newest migration in migrations/versions (checked by tests/store/test_migrations.py).
HEAD_REVISION = "0005"


class StoreTooNew(Exception):
    """The store was written by a newer Voordeur; opening it could damage it."""


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None


def _config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(migrations_dir()))
    if connection is not None:
        cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {rev.revision for rev in ScriptDirectory.from_config(_config()).walk_revisions()}


def current_revision(engine: Engine) -> str | None:
    """The store's schema version (alembic's own table), None for a database without one."""
    with engine.connect() as conn:
        try:
            rows = conn.execute(text("SELECT version_num FROM alembic_version")).all()
        except OperationalError:  # no such table: not (yet) a Voordeur store
            return None
    if len(rows) > 1:
        raise StoreTooNew("this store has more than one schema head; a newer Voordeur made it")
    return str(rows[0][0]) if rows else None


def backup_file(engine: Engine, db_path: Path, label: str) -> Path:
    """Copy the (still encrypted) database file after folding the WAL into it."""
    checkpoint(engine)
    stamp = clock.now().strftime("%Y%m%dT%H%M%SZ")
    target = db_path.parent / BACKUP_DIR / f"{db_path.stem}-{label}-{stamp}.db"
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copy2(db_path, target)
    return target


def upgrade(engine: Engine, db_path: Path, *, target: str = "head") -> MigrationResult:
    """Bring the store to `target` (normally the newest schema)."""
    current = current_revision(engine)
    if target == "head" and current == HEAD_REVISION:
        return MigrationResult(current, current, None)
    if current is not None and current not in known_revisions():
        raise StoreTooNew(
            f"this store has schema version {current}, which is newer than this version of "
            "Voordeur understands; install the newer Voordeur to open it"
        )
    wanted = head_revision() if target == "head" else target
    if current == wanted:
        return MigrationResult(current, wanted, None)
    backup = backup_file(engine, db_path, f"before-{wanted}") if current is not None else None
    from alembic import command

    with engine.begin() as conn:
        command.upgrade(_config(conn), target)
    return MigrationResult(current, wanted, backup)

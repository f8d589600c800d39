"""The SQLCipher engine: every connection is keyed with the raw data key before anything else."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import sqlcipher3.dbapi2 as sqlcipher
from sqlalchemy import Engine, QueuePool, create_engine, event

from voordeur.store.disk import DiskFull, is_disk_full, naming_full_disk, sqlite_code
from voordeur.store.vault import raw_key_pragma

DB_FILE = "voordeur.db"
SQLITE_HEADER = b"SQLite format 3\x00"


SQLITE_CORRUPT = 11
SQLITE_NOTADB = 26


class StoreCorrupt(Exception):
    """The database file is damaged or does not belong to this key vault."""


class StoreUnreadable(Exception):
    """The database file could not be read or written (an I/O problem, not damage)."""


def apply_pragmas(conn: Any) -> None:
    """The connection settings every store connection gets (any sqlite3-compatible DB-API)."""
    cur = conn.cursor()
    # Temporary tables and sort spill files stay in memory: nothing plain on disk.
    cur.execute("PRAGMA temp_store = MEMORY")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    # FULL: a committed autosave survives a power cut, not only a crash of the app.
    cur.execute("PRAGMA synchronous = FULL")
    cur.execute("PRAGMA busy_timeout = 5000")
    cur.close()


def connect_raw(db_path: Path, data_key: bytes) -> sqlcipher.Connection:
    """A keyed DB-API connection; raises StoreCorrupt when the key does not fit the file, and
    DiskFull (never StoreCorrupt) when the disk is too full to open it."""
    with naming_full_disk(db_path.parent):
        conn = sqlcipher.connect(str(db_path), check_same_thread=False)
    try:
        conn.execute(raw_key_pragma(data_key))
        # SQLCipher only checks the key when the first page is read.
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        apply_pragmas(conn)
    except sqlcipher.DatabaseError as exc:
        conn.close()
        raise _open_error(db_path, exc) from None
    return conn


def _open_error(db_path: Path, exc: sqlcipher.DatabaseError) -> Exception:
    """What a failed open means: a full disk, a key that does not fit (or damage), or an I/O
    problem. Only SQLite's "not a database" and "malformed" are damage: at 0 bytes free the
    first read fails with an I/O error (the WAL index cannot be sized), which is no damage."""
    if is_disk_full(exc, db_path.parent):
        return DiskFull(db_path.parent)
    code = sqlite_code(exc)
    message = str(exc).lower()
    if code in (SQLITE_NOTADB, SQLITE_CORRUPT) or "not a database" in message \
            or "malformed" in message or code is None:
        return StoreCorrupt(
            "the database could not be opened with this store's key: it is damaged or does not "
            f"belong to this key vault ({exc})"
        )
    return StoreUnreadable(
        f"the database file {db_path} could not be read ({exc}); nothing was changed: check the "
        "disk and its permissions, and try again"
    )


def checkpoint(engine: Engine, data_dir: Path | None = None) -> None:
    """Fold the WAL back into the database file, outside any transaction (a checkpoint cannot
    run inside one that holds the write lock)."""
    raw = engine.raw_connection()
    try:
        with naming_full_disk(data_dir):
            raw.driver_connection.execute(  # type: ignore[union-attr]
                "PRAGMA wal_checkpoint(TRUNCATE)")
    finally:
        raw.close()


def make_engine(db_path: Path, data_key: bytes) -> Engine:
    return engine_for(lambda: connect_raw(db_path, data_key), module=sqlcipher,
                      data_dir=db_path.parent)


def engine_for(connect: Callable[[], Any], *, module: Any, data_dir: Path | None = None) -> Engine:
    """An engine over connections from `connect`, with the store's transaction handling.

    A full disk, wherever a statement or commit meets it, is raised as DiskFull(data_dir).
    """
    # A queue of connections shared by all threads (they are made with check_same_thread=False).
    # The default for a "sqlite://" URL keeps one connection per thread and closes the others'
    # when more threads than it keeps have come and gone, even under an open session.
    engine = create_engine("sqlite://", module=module, creator=connect, poolclass=QueuePool,
                           pool_size=4, max_overflow=8, pool_timeout=30)

    @event.listens_for(engine, "handle_error")
    def _name_full_disk(context: Any) -> None:
        original = context.original_exception
        if is_disk_full(original, data_dir):
            raise DiskFull(data_dir) from original

    @event.listens_for(engine, "connect")
    def _no_driver_transactions(dbapi_conn: Any, _record: object) -> None:
        # Let SQLAlchemy emit BEGIN itself (the pysqlite recipe), so SAVEPOINTs and DDL in
        # migrations behave.
        dbapi_conn.isolation_level = None

    @event.listens_for(engine, "begin")
    def _begin(conn: object) -> None:
        # IMMEDIATE: a transaction takes the write lock when it starts, waiting up to the busy
        # timeout. With a plain BEGIN, two threads (the views' runner and sync) could both read
        # and then one fail at once with "database is locked" when it tries to write.
        conn.exec_driver_sql("BEGIN IMMEDIATE")  # type: ignore[attr-defined]
        # Foreign keys are checked at commit, so one transaction may write records in any
        # order (the unit of work, import and sync do not sort by dependency).
        conn.exec_driver_sql("PRAGMA defer_foreign_keys = ON")  # type: ignore[attr-defined]

    return engine

"""The server's database: engine set-up per dialect and serialised write transactions.

Every transaction that writes takes one lock for its whole duration, so change-log sequence numbers
become visible in commit order (the highest committed seq is a safe pull watermark) and a push's
read-merge-write of record states never interleaves with another push:

- SQLite: a process-wide `threading.Lock` plus `BEGIN IMMEDIATE` (which also keeps a second process
  out, and avoids the busy-snapshot error a deferred transaction gets when it upgrades to a write);
- PostgreSQL: `pg_advisory_xact_lock(key)`, held until commit, shared by every server instance.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from voordeur.server.schema import metadata

# Advisory lock keys (PostgreSQL): arbitrary constants, the same in every instance.
LOG_LOCK = 0x566F6F7264  # change log and record states
AUTH_LOCK = 0x566F6F7265  # devices, refresh tokens, login failures
SCHEMA_LOCK = 0x566F6F7266  # create_all of several instances starting at once
BUSY_TIMEOUT_MS = 30_000


class Database:
    """An engine plus the write discipline above. Thread-safe; one per process and URL."""

    def __init__(self, url: str, **engine_kwargs: Any) -> None:
        self.url = url
        parsed = make_url(url)
        self.dialect = parsed.get_backend_name()
        self.sqlite = self.dialect == "sqlite"
        if self.sqlite and parsed.database in (None, "", ":memory:"):
            raise ArgumentError("the team server needs a database file, not an in-memory database")
        # uvicorn's thread pool runs up to 40 requests at once; most wait for the write lock.
        engine_kwargs.setdefault("pool_size", 10)
        engine_kwargs.setdefault("max_overflow", 10)
        if self.sqlite:
            engine_kwargs.setdefault("connect_args", {"check_same_thread": False,
                                                      "timeout": BUSY_TIMEOUT_MS / 1000})
        else:
            engine_kwargs.setdefault("pool_pre_ping", True)
        self.engine: Engine = create_engine(url, **engine_kwargs)
        self._write_lock = threading.Lock()
        if self.sqlite:
            _configure_sqlite(self.engine)

    # -- transactions -------------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Connection]:
        """A read-only transaction (a consistent snapshot on both databases)."""
        with self.engine.connect() as conn, conn.begin():
            yield conn

    @contextmanager
    def write(self, key: int = LOG_LOCK) -> Iterator[Connection]:
        """A write transaction holding the write lock `key` until it commits or rolls back."""
        if self.sqlite:
            with self._write_lock, self.engine.connect() as conn:
                conn.execution_options(sqlite_begin="IMMEDIATE")
                with conn.begin():
                    yield conn
        else:
            with self.engine.connect() as conn, conn.begin():
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": key})
                yield conn

    def create_tables(self) -> None:
        """Create missing tables (idempotent; safe when several instances start together)."""
        with self.write(SCHEMA_LOCK) as conn:
            metadata.create_all(conn)

    def check(self) -> None:
        """Raise OperationalError if the database cannot be reached."""
        with self.engine.connect() as conn:
            conn.execute(text("SELECT 1"))

    def dispose(self) -> None:
        self.engine.dispose()

    def safe_url(self) -> str:
        return make_url(self.url).render_as_string(hide_password=True)


def _configure_sqlite(engine: Engine) -> None:
    # pysqlite's own transaction handling cannot BEGIN IMMEDIATE; take over BEGIN ourselves.
    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_conn: Any, _record: Any) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA foreign_keys=ON")
        # FULL, not NORMAL: a push the laptop was told is applied must survive a power cut.
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Connection) -> None:
        mode = conn.get_execution_options().get("sqlite_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")


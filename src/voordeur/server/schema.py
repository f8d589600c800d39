"""The team server's tables (SQLAlchemy Core, one MetaData), for SQLite and PostgreSQL alike.

Created with `metadata.create_all` when the server or an admin command opens the database; there
are no server migrations yet. Moments are ISO-8601 text in UTC (`UTCDateTime`), so SQL compares
them as text on both databases. Record values and log entries are JSON text written by the server
itself, so the pull can hand them out without decoding them.
"""

from __future__ import annotations

from sqlalchemy import (
    BigInteger,
    Boolean,
    Column,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    PrimaryKeyConstraint,
    String,
    Table,
    Text,
)

from voordeur.model.base import UTCDateTime

metadata = MetaData()

ID = String(36)
# SQLite only autoincrements an INTEGER PRIMARY KEY; PostgreSQL gets a BIGINT identity/serial.
SEQ = BigInteger().with_variant(Integer, "sqlite")

team = Table(
    "team",
    metadata,
    Column("id", ID, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", UTCDateTime, nullable=False),
)

# A worker's login. Its id is also the id of the worker record the team's laptops receive.
account = Table(
    "account",
    metadata,
    Column("id", ID, primary_key=True),
    Column("username", String(200), nullable=False, unique=True),
    Column("name", String(200), nullable=False),
    Column("password_hash", String(400), nullable=False),
    Column("created_at", UTCDateTime, nullable=False),
)

membership = Table(
    "membership",
    metadata,
    Column("worker_id", ID, ForeignKey("account.id"), nullable=False),
    Column("team_id", ID, ForeignKey("team.id"), nullable=False, index=True),
    PrimaryKeyConstraint("worker_id", "team_id"),
)

device = Table(
    "device",
    metadata,
    Column("id", ID, primary_key=True),  # chosen by the laptop: its store's device id
    Column("worker_id", ID, ForeignKey("account.id"), nullable=False, index=True),
    Column("name", String(200), nullable=False, default=""),
    Column("registered_at", UTCDateTime, nullable=False),
    Column("last_seen_at", UTCDateTime, nullable=False),
    Column("revoked_at", UTCDateTime, nullable=True),
    Column("wipe", Boolean, nullable=False, default=False),
)

refresh_token = Table(
    "refresh_token",
    metadata,
    Column("id", ID, primary_key=True),
    Column("device_id", ID, ForeignKey("device.id"), nullable=False, index=True),
    Column("token_hash", String(64), nullable=False, unique=True),  # sha256 hex; never the token
    Column("issued_at", UTCDateTime, nullable=False),
    Column("expires_at", UTCDateTime, nullable=False),
    Column("spent_at", UTCDateTime, nullable=True),  # its latest exchange (see server/rotation)
    Column("replaced_by", ID, nullable=True),  # newest token issued in exchange, or the used one
    Column("revoked_at", UTCDateTime, nullable=True),
    Column("revoked_reason", String(32), nullable=True),  # superseded, login, reuse, device
)

login_failure = Table(
    "login_failure",
    metadata,
    Column("id", SEQ, primary_key=True, autoincrement=True),
    Column("username", String(200), nullable=False),
    Column("at", UTCDateTime, nullable=False),
    # A successful login clears the delay but not the hourly count.
    Column("cleared", Boolean, nullable=False, default=False),
    Index("ix_login_failure_username_at", "username", "at"),
)

# The server's current state of every synced record (what merges are decided against).
record_state = Table(
    "record_state",
    metadata,
    Column("record_id", ID, nullable=False),
    Column("table_name", String(64), nullable=False),
    Column("team_id", ID, nullable=False, index=True),
    Column("household_id", ID, nullable=True, index=True),
    Column("values_json", Text, nullable=False),  # every field except id and deleted_at
    Column("clocks_json", Text, nullable=False),  # field → HLC stamp
    Column("deleted", Boolean, nullable=False, default=False),
    Column("delete_clock", String(120), nullable=True),
    PrimaryKeyConstraint("record_id", "table_name"),  # record_id first: lookups by id
)

change_log = Table(
    "change_log",
    metadata,
    Column("seq", SEQ, primary_key=True, autoincrement=True),
    Column("team_id", ID, nullable=False, index=True),
    Column("table_name", String(64), nullable=False),
    Column("record_id", ID, nullable=False),
    Column("household_id", ID, nullable=True),
    Column("entry", Text, nullable=False),  # the Entry as JSON, without its seq
    Index("ix_change_log_team_seq", "team_id", "seq"),
    sqlite_autoincrement=True,  # a seq is never handed out twice
)

# Change ids the server has applied (or merged): a resend is answered "duplicate".
applied_change = Table(
    "applied_change",
    metadata,
    Column("change_id", ID, primary_key=True),
    Column("outcome", String(16), nullable=False),
    Column("at", UTCDateTime, nullable=False),
)

server_secret = Table(
    "server_secret",
    metadata,
    Column("name", String(64), primary_key=True),
    Column("value", String(200), nullable=False),
)

# Refused attempts and security events, with ids only (never names or record contents).
audit = Table(
    "audit",
    metadata,
    Column("id", SEQ, primary_key=True, autoincrement=True),
    Column("at", UTCDateTime, nullable=False, index=True),
    Column("action", String(32), nullable=False),
    Column("outcome", String(32), nullable=False),
    Column("worker_id", ID, nullable=True),
    Column("device_id", ID, nullable=True),
    Column("detail", String(400), nullable=False, default=""),
)

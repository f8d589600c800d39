"""Administration: teams, workers and devices. Used by `voordeur-server` and by tests.

Each function opens the database at `db_url` (creating missing tables), does its work in one
transaction and closes it again. Teams and workers are also synced records: creating one appends
a change-log entry in its team, so every laptop of the team learns about its colleagues.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Connection, insert, select, update

from voordeur.model.base import utcnow
from voordeur.model.ids import new_id
from voordeur.server import audit
from voordeur.server.auth import hash_password, normalise_username
from voordeur.server.db import Database
from voordeur.server.schema import (
    account,
    change_log,
    device,
    membership,
    record_state,
    refresh_token,
    team,
)
from voordeur.server.sync_apply import (
    SERVER_DEVICE,
    SERVER_ORIGIN,
    State,
    dumps,
    iso,
    log_entry_json,
)
from voordeur.sync.hlc import Stamp

MIN_PASSWORD_LENGTH = 10


class AdminError(Exception):
    """A refused administration request (unknown team, duplicate user name …): plain English."""


@dataclass(frozen=True)
class DeviceRow:
    id: str
    worker_id: str
    username: str
    name: str
    registered_at: datetime
    last_seen_at: datetime
    revoked_at: datetime | None
    wipe: bool

    @property
    def status(self) -> str:
        if self.revoked_at is None:
            return "active"
        return "revoked (wipe)" if self.wipe else "revoked"


@contextmanager
def _database(db_url: str) -> Iterator[Database]:
    db = Database(db_url)
    try:
        db.create_tables()
        yield db
    finally:
        db.dispose()


def _append_server_record(conn: Connection, now: datetime, table: str, record_id: str,
                          team_id: str, values: dict[str, Any]) -> None:
    stamp = str(Stamp(int(now.timestamp() * 1000), 0, SERVER_DEVICE))
    state = State(table, record_id, team_id, None, values, dict.fromkeys(values, stamp))
    state.values_json, state.clocks_json = dumps(values), dumps(state.clocks)
    conn.execute(insert(record_state).values(
        record_id=record_id, table_name=table, team_id=team_id, household_id=None,
        values_json=state.values_json, clocks_json=state.clocks_json, deleted=False,
        delete_clock=None))
    conn.execute(insert(change_log).values(
        team_id=team_id, table_name=table, record_id=record_id, household_id=None,
        entry=log_entry_json(state, SERVER_ORIGIN)))


def add_team(db_url: str, name: str) -> str:
    """Create a team; returns its id. AdminError if the name is empty or taken."""
    name = name.strip()
    if not name or len(name) > 200:
        raise AdminError("a team name needs 1 to 200 characters")
    now = utcnow()
    with _database(db_url) as db, db.write() as conn:
        if conn.scalar(select(team.c.id).where(team.c.name == name)):
            raise AdminError(f"a team named {name!r} exists already")
        team_id = new_id()
        conn.execute(insert(team).values(id=team_id, name=name, created_at=now))
        _append_server_record(conn, now, "team", team_id, team_id, {
            "name": name, "created_at": iso(now), "updated_at": iso(now)})
    return team_id


def add_worker(db_url: str, username: str, team_name: str, password: str,
               name: str | None = None) -> str:
    """Create a worker account in the team `team_name`; returns the worker id."""
    username = normalise_username(username)
    if not username or len(username) > 200 or any(c.isspace() for c in username):
        raise AdminError("a user name needs 1 to 200 characters and no spaces")
    if len(password) < MIN_PASSWORD_LENGTH:
        raise AdminError(f"the password needs at least {MIN_PASSWORD_LENGTH} characters")
    display = (name or "").strip() or username
    if len(display) > 200:
        raise AdminError("a name has at most 200 characters")
    password_hash = hash_password(password)  # slow: outside the transaction
    now = utcnow()
    with _database(db_url) as db, db.write() as conn:
        team_id = conn.scalar(select(team.c.id).where(team.c.name == team_name.strip()))
        if team_id is None:
            raise AdminError(f"no team named {team_name.strip()!r}; create it with add-team")
        if conn.scalar(select(account.c.id).where(account.c.username == username)):
            raise AdminError(f"the user name {username!r} is taken")
        worker_id = new_id()
        conn.execute(insert(account).values(id=worker_id, username=username, name=display,
                                            password_hash=password_hash, created_at=now))
        conn.execute(insert(membership).values(worker_id=worker_id, team_id=team_id))
        _append_server_record(conn, now, "worker", worker_id, team_id, {
            "name": display, "team_id": team_id, "neighbourhood": "", "organisation": "",
            "phone": "", "email": "",
            "created_at": iso(now), "updated_at": iso(now)})
    return worker_id


def list_devices(db_url: str) -> list[DeviceRow]:
    """Every registered device, oldest registration first."""
    with _database(db_url) as db, db.read() as conn:
        rows = conn.execute(
            select(device, account.c.username)
            .join(account, account.c.id == device.c.worker_id)
            .order_by(device.c.registered_at, device.c.id)).all()
    return [DeviceRow(r.id, r.worker_id, r.username, r.name, r.registered_at, r.last_seen_at,
                      r.revoked_at, bool(r.wipe)) for r in rows]


def revoke_device(db_url: str, device_id: str, wipe: bool = False) -> None:
    """Revoke a device and all its refresh tokens; with `wipe` it is told to remove its store."""
    now = utcnow()
    with _database(db_url) as db, db.write() as conn:
        row = conn.execute(select(device).where(device.c.id == device_id.strip())).first()
        if row is None:
            raise AdminError(f"no device with id {device_id.strip()!r}")
        conn.execute(update(device).where(device.c.id == row.id).values(
            revoked_at=row.revoked_at or now, wipe=bool(row.wipe) or wipe))
        conn.execute(update(refresh_token).where(refresh_token.c.device_id == row.id,
                                                 refresh_token.c.revoked_at.is_(None))
                     .values(revoked_at=now, revoked_reason="device"))
        audit.record(conn, now, "revoke_device", "wipe" if wipe else "revoked",
                     worker_id=row.worker_id, device_id=row.id)

"""Team-server test helpers, shared by tests/server and tests/sync.

`server_db_url` is a fixture parametrised over the backends: "sqlite" (a file in tmp_path) and
"postgresql" (from $VOORDEUR_TEST_PG_URL, a fresh schema per test via search_path; skipped with a
visible reason when the variable is not set). Import it into a conftest.py:

    from testsupport_server import fast_password_hashing, server_db_url  # noqa: F401
"""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any
from urllib.parse import quote

import psycopg
import pytest
from argon2 import PasswordHasher
from fastapi.testclient import TestClient
from sqlalchemy.engine import make_url
from sqlmodel import SQLModel

from voordeur.domain.data_format import record_to_json
from voordeur.model.ids import new_id
from voordeur.server import auth as server_auth
from voordeur.sync.hlc import Stamp

PG_ENV = "VOORDEUR_TEST_PG_URL"
PASSWORD = "correct horse battery"  # every test worker's password


# -- databases --------------------------------------------------------------------------------
def _admin_conninfo(url: str) -> str:
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def postgres_schema_url(base_url: str) -> tuple[str, str]:
    """(url, schema): `base_url` with a fresh, empty schema first on its search_path."""
    schema = f"t_{secrets.token_hex(6)}"
    with psycopg.connect(_admin_conninfo(base_url), autocommit=True) as conn:
        conn.execute(f'CREATE SCHEMA "{schema}"')
    sep = "&" if "?" in base_url else "?"
    return f"{base_url}{sep}options={quote(f'-csearch_path={schema}')}", schema


def drop_postgres_schema(base_url: str, schema: str) -> None:
    with psycopg.connect(_admin_conninfo(base_url), autocommit=True) as conn:
        conn.execute(f'DROP SCHEMA IF EXISTS "{schema}" CASCADE')


@pytest.fixture(params=["sqlite", "postgresql"])
def server_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A database URL for an empty team-server database, on each backend."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'server.db'}"
        return
    base = os.environ.get(PG_ENV)
    if not base:
        pytest.skip(f"{PG_ENV} not set: PostgreSQL tests skipped")
    url, schema = postgres_schema_url(base)
    try:
        yield url
    finally:
        drop_postgres_schema(base, schema)


@pytest.fixture
def fast_password_hashing() -> Iterator[None]:
    """Cheap Argon2id for accounts created in the test (the server's default stays strong)."""
    previous = server_auth.set_password_hasher(
        PasswordHasher(time_cost=1, memory_cost=8, parallelism=1))
    yield
    server_auth.set_password_hasher(previous)


# -- clocks -----------------------------------------------------------------------------------
class FakeClock:
    """A settable wall clock for create_app(clock=...)."""

    def __init__(self, start: datetime | None = None) -> None:
        self.now = start or datetime(2030, 3, 4, 9, 0, tzinfo=UTC)

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def millis(self) -> int:
        return int(self.now.timestamp() * 1000)


def stamp(millis: int, device_id: str, counter: int = 0) -> str:
    return str(Stamp(millis, counter, device_id))


# -- API helpers ------------------------------------------------------------------------------
def bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def login(client: Any, username: str, device_id: str | None = None,
          password: str = PASSWORD, device_name: str = "laptop") -> dict[str, Any]:
    """POST /v1/login; returns the JSON answer (asserts 200)."""
    response = client.post("/v1/login", json={
        "username": username, "password": password, "device_id": device_id or new_id(),
        "device_name": device_name})
    assert response.status_code == 200, response.text
    return dict(response.json())


def values_of(record: SQLModel) -> dict[str, Any]:
    """A model instance as the `fields` of a create change (JSON values, no id/deleted_at)."""
    data = record_to_json(record)
    data.pop("id")
    data.pop("deleted_at")
    return data


def change(table: str, record_id: str, fields: dict[str, Any] | None = None, *, hlc: str,
           op: str = "update", clocks: dict[str, str] | None = None,
           base: dict[str, str] | None = None, household_id: str | None = None,
           change_id: str | None = None) -> dict[str, Any]:
    return {"change_id": change_id or new_id(), "table": table, "record_id": record_id,
            "household_id": household_id, "op": op, "fields": fields or {},
            "clocks": clocks or {}, "hlc": hlc, "base": base or {}}


def create(record: SQLModel, *, hlc: str, **kwargs: Any) -> dict[str, Any]:
    """A create change for a model instance."""
    return change(str(record.__tablename__), str(record.id), values_of(record), hlc=hlc,
                  op="create", **kwargs)


# -- a running server with sessions -----------------------------------------------------------
@dataclass
class Server:
    """A running app on a fresh database: two teams, A (anna, ben) and B (bea)."""

    url: str
    client: TestClient
    clock: FakeClock
    team_a: str
    team_b: str
    workers: dict[str, str]

    def login(self, username: str, device_id: str | None = None) -> Session:
        answer = login(self.client, username, device_id)
        return Session(self, answer["device_id"], answer["worker"]["id"],
                       answer["access_token"], answer["refresh_token"])


@dataclass
class Session:
    server: Server
    device_id: str
    worker_id: str
    access: str
    refresh: str

    @property
    def headers(self) -> dict[str, str]:
        return bearer(self.access)

    def push(self, *changes: dict[str, Any], status: int = 200) -> list[dict[str, Any]]:
        response = self.server.client.post("/v1/push", json={"changes": list(changes)},
                                           headers=self.headers)
        assert response.status_code == status, response.text
        return list(response.json().get("results", []))

    def pull(self, after: int = 0, limit: int | None = None) -> dict[str, Any]:
        params = {"after": after} | ({"limit": limit} if limit else {})
        response = self.server.client.get("/v1/pull", params=params, headers=self.headers)
        assert response.status_code == 200, response.text
        return dict(response.json())

    def pull_all(self) -> list[dict[str, Any]]:
        entries, cursor = [], 0
        while True:
            page = self.pull(cursor, 1000)
            entries += page["entries"]
            cursor = page["cursor"]
            if not page["more"]:
                return entries

    def stamp(self, offset_ms: int = 0, counter: int = 0) -> str:
        return f"{self.server.clock.millis() + offset_ms:013d}.{counter:04d}.{self.device_id}"


@contextmanager
def seeded_server(url: str, clock: FakeClock | None = None) -> Iterator[Server]:
    """The app on `url` with teams A (anna, ben) and B (bea), all with PASSWORD, in a TestClient."""
    from voordeur.server import admin
    from voordeur.server.app import create_app

    team_a = admin.add_team(url, "Team A")
    team_b = admin.add_team(url, "Team B")
    workers = {
        "anna": admin.add_worker(url, "anna", "Team A", PASSWORD, name="Anna"),
        "ben": admin.add_worker(url, "ben", "Team A", PASSWORD, name="Ben"),
        "bea": admin.add_worker(url, "bea", "Team B", PASSWORD, name="Bea"),
    }
    clock = clock or FakeClock()
    with TestClient(create_app(url, clock=clock)) as client:
        yield Server(url, client, clock, team_a, team_b, workers)

"""Team-server tests: every test that takes `server_db_url` runs on SQLite and on PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

import testsupport_server
from testsupport_server import Server, seeded_server

server_db_url = testsupport_server.server_db_url  # SQLite and PostgreSQL
fast_password_hashing = testsupport_server.fast_password_hashing


@pytest.fixture(autouse=True)
def _cheap_hashing(fast_password_hashing: None) -> None:
    """Argon2id with test parameters for every server test."""


@pytest.fixture
def server(server_db_url: str) -> Iterator[Server]:
    with seeded_server(server_db_url) as running:
        yield running

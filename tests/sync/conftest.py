"""Sync tests: laptops (real encrypted stores) syncing with the real team server in-process.

Every test that takes `team` runs on SQLite and, with $VOORDEUR_TEST_PG_URL, on PostgreSQL.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from laptops import Team

from testsupport_server import PASSWORD, fast_password_hashing, server_db_url  # noqa: F401
from voordeur.server import admin
from voordeur.server.app import create_app


@pytest.fixture
def team(server_db_url: str, tmp_path: Path,  # noqa: F811 (the imported fixture)
         fast_password_hashing: None) -> Iterator[Team]:  # noqa: F811
    """A server with one team ("Team Noord": anna and ben) and one other team (bea)."""
    admin.add_team(server_db_url, "Team Noord")
    admin.add_team(server_db_url, "Team Zuid")
    workers = {
        "anna": admin.add_worker(server_db_url, "anna", "Team Noord", PASSWORD, name="Anna"),
        "ben": admin.add_worker(server_db_url, "ben", "Team Noord", PASSWORD, name="Ben"),
        "bea": admin.add_worker(server_db_url, "bea", "Team Zuid", PASSWORD, name="Bea"),
    }
    with TestClient(create_app(server_db_url)) as client:
        result = Team(server_db_url, client, tmp_path, workers)
        yield result
        for laptop in result.laptops:
            laptop.engine.close()
            laptop.store.close()



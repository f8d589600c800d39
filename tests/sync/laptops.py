"""Laptops (real encrypted stores) and the team they sync with, for the sync tests."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from fastapi.testclient import TestClient

from testsupport import PASSPHRASE
from testsupport_server import PASSWORD, FakeClock
from voordeur.server import admin
from voordeur.server.app import create_app
from voordeur.store.store import Store
from voordeur.sync.account import login
from voordeur.sync.engine import SyncEngine, SyncReport

SERVER_URL = "http://testserver"


@dataclass
class Laptop:
    """One laptop: its own store and engine, talking to the shared in-process server."""

    name: str
    store: Store
    engine: SyncEngine

    def sync(self) -> SyncReport:
        return self.engine.run_once()


@dataclass
class Team:
    db_url: str
    client: TestClient
    tmp: Path
    workers: dict[str, str]
    laptops: list[Laptop] = field(default_factory=list)

    def new_store(self, name: str) -> Store:
        return Store.create(self.tmp / name, PASSPHRASE, worker_name=f"Lokaal {name}",
                            team_name="Lokaal team", neighbourhood="Zwolle-Zuid")

    def laptop(self, name: str, user: str = "anna", *, store: Store | None = None,
               http: object | None = None) -> Laptop:
        """A store logged in as `user` (created empty unless given)."""
        store = store or self.new_store(name)
        login(store, SERVER_URL, user, PASSWORD, http=http or self.client, device_name=name)
        laptop = Laptop(name, store, SyncEngine(store, http=http or self.client))  # type: ignore[arg-type]
        self.laptops.append(laptop)
        return laptop


@contextmanager
def team_on_a_clock(db_url: str, tmp: Path, users: tuple[str, ...] = ("anna",)
                    ) -> Iterator[tuple[Team, FakeClock]]:
    """One team ("Team Noord") of `users` on a server whose clock the test moves."""
    admin.add_team(db_url, "Team Noord")
    workers = {name: admin.add_worker(db_url, name, "Team Noord", PASSWORD, name=name.title())
               for name in users}
    clock = FakeClock()
    with TestClient(create_app(db_url, clock=clock)) as client:
        team = Team(db_url, client, tmp, workers)
        try:
            yield team, clock
        finally:
            for laptop in team.laptops:
                laptop.engine.close()
                laptop.store.close()


def sync_all(*laptops: Laptop, rounds: int = 2) -> None:
    """Every laptop syncs, twice around, so every change reached every laptop."""
    for _ in range(rounds):
        for laptop in laptops:
            laptop.sync()


SyncAll = Callable[..., None]

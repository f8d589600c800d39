"""Laptops whose clocks are wrong: no edit is lost or stolen (SQLite and PostgreSQL).

The server runs on a settable clock; each laptop's clock is the server's plus its own error, set
through `voordeur.clock` while that laptop acts. "Real" time only moves when the test says so.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from contextlib import AbstractContextManager
from datetime import timedelta
from pathlib import Path

import pytest
from laptops import Laptop, Team, team_on_a_clock
from sqlalchemy import create_engine, select
from sync_helpers import edit_visit, get, new_household_with_visit

from testsupport_server import (  # noqa: F401 (fixtures)
    PASSWORD,
    FakeClock,
    fast_password_hashing,
    server_db_url,
)
from voordeur import clock
from voordeur.model import Visit
from voordeur.server.schema import record_state
from voordeur.sync.hlc import Stamp
from voordeur.sync.status import sync_status

HOUR = timedelta(hours=1)
DAY = timedelta(days=1)
At = Callable[[timedelta], AbstractContextManager[None]]


@pytest.fixture
def world(server_db_url: str, tmp_path: Path,  # noqa: F811
          fast_password_hashing: None) -> Iterator[tuple[Team, FakeClock]]:  # noqa: F811
    """Team Noord (anna, ben, bo) on a server whose clock the test moves."""
    with team_on_a_clock(server_db_url, tmp_path, ("anna", "ben", "bo")) as world:
        yield world


def laptop_time(fake: FakeClock) -> At:
    """`with at(error):` — the laptop's clock reads the server's time plus `error`."""
    return lambda error: clock.use(lambda: fake.now + error)


def field_clock(db_url: str, record_id: str, name: str) -> Stamp:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            clocks = conn.execute(select(record_state.c.clocks_json).where(
                record_state.c.record_id == record_id)).scalar_one()
    finally:
        engine.dispose()
    return Stamp.parse(json.loads(clocks)[name])


def sync(at: At, *laptops: tuple[Laptop, timedelta]) -> None:
    for laptop, error in laptops:
        with at(error):
            laptop.sync()


@pytest.mark.parametrize("known", [True, False], ids=["wrong-since-login", "set-back-later"])
def test_a_slow_laptops_later_edit_survives(world: tuple[Team, FakeClock], known: bool) -> None:
    team, fake = world
    at = laptop_time(fake)
    with at(timedelta(0)):
        a = team.laptop("a")
        _, visit = new_household_with_visit(a.store)
        a.sync()
    fake.advance(60)
    with at(-2 * HOUR if known else timedelta(0)):
        slow = team.laptop("slow", "ben")
    with at(-2 * HOUR):
        slow.sync()  # pulls the visit
        fake.advance(60)
        edit_visit(slow.store, visit.id, location="Buurthuis")
        report = slow.sync()
    assert (report.merged, report.conflicts, report.clock_corrected) == (0, 0, 0)
    assert abs(report.clock_offset_ms - 2 * 3600_000) < 1000
    sync(at, (a, timedelta(0)), (slow, -2 * HOUR))
    assert get(a.store, Visit, visit.id).location == "Buurthuis"
    assert get(slow.store, Visit, visit.id).location == "Buurthuis"
    assert sync_status(slow.store).clock_offset_ms == report.clock_offset_ms


@pytest.mark.parametrize("known", [True, False], ids=["wrong-since-login", "jumped-later"])
def test_a_fast_laptops_stale_edit_loses_to_the_newer_one(world: tuple[Team, FakeClock],
                                                           known: bool) -> None:
    team, fake = world
    at = laptop_time(fake)
    ahead = 3 * DAY
    with at(timedelta(0)):
        a = team.laptop("a")
        _, visit = new_household_with_visit(a.store)
        a.sync()
    with at(ahead if known else timedelta(0)):
        fast = team.laptop("fast", "ben")
        fast.sync()
    fake.advance(10)
    with at(ahead):
        edit_visit(fast.store, visit.id, location="Oud bericht")  # offline
    fake.advance(30)
    with at(timedelta(0)):
        edit_visit(a.store, visit.id, location="Nieuw bericht")
        a.sync()
    fake.advance(30)
    with at(ahead):
        report = fast.sync()
    # A clock that jumped after the last contact is caught by the server and said so.
    assert report.clock_corrected == (0 if known else 1)
    sync(at, (a, timedelta(0)), (fast, ahead))
    assert get(a.store, Visit, visit.id).location == "Nieuw bericht"
    assert get(fast.store, Visit, visit.id).location == "Nieuw bericht"

    # Nobody's clock was dragged ahead: two correct laptops editing 30 s apart, the later wins,
    # with stamps of their own (not a capped one shared by both, decided by device id).
    with at(timedelta(0)):
        c = team.laptop("c", "bo")
        c.sync()
    fake.advance(30)
    with at(timedelta(0)):
        edit_visit(c.store, visit.id, location="Eerst")
    first = field_clock(team.db_url, visit.id, "location")
    fake.advance(30)
    with at(timedelta(0)):
        edit_visit(a.store, visit.id, location="Daarna")
        a.sync()
        c.sync()
        a.sync()
    later = field_clock(team.db_url, visit.id, "location")
    assert later.millis >= first.millis + 30_000 - 1000 or later.millis > first.millis
    assert later.millis <= fake.millis()
    assert get(a.store, Visit, visit.id).location == "Daarna"
    assert get(c.store, Visit, visit.id).location == "Daarna"


def test_a_laptop_far_behind_is_told_so(world: tuple[Team, FakeClock]) -> None:
    team, fake = world
    at = laptop_time(fake)
    with at(-2 * HOUR):
        slow = team.laptop("slow")
        slow.sync()
    status = sync_status(slow.store)
    assert status.clock_offset_ms > 119 * 60_000

"""A laptop on a bad network stays signed in (issue 18): doubled, timed-out and late token requests.

Real laptops (encrypted stores, SyncEngine) against the in-process server, whose clock is a
FakeClock. A transport between them doubles, loses or holds back `POST /v1/token`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from laptops import SERVER_URL, Laptop, Team, team_on_a_clock
from sqlalchemy import create_engine, select
from sync_helpers import new_household_with_visit

from testsupport_server import FakeClock
from voordeur.server.schema import audit
from voordeur.sync import state
from voordeur.sync.errors import Unreachable
from voordeur.sync.status import sync_status

TOKEN = "/v1/token"


@pytest.fixture
def clocked(server_db_url: str, tmp_path: Path,
            fast_password_hashing: None) -> Iterator[tuple[Team, FakeClock]]:
    with team_on_a_clock(server_db_url, tmp_path) as world:
        yield world


class Network(httpx.BaseTransport):
    """Forwards to the server; `POST /v1/token` can be doubled, answered-then-lost, or held back
    (the laptop times out, the request reaches the server only at `deliver_held`)."""

    def __init__(self, inner: httpx.BaseTransport) -> None:
        self.inner = inner
        self.double_keep: int | None = None  # doubled: 0 keeps the first answer, 1 the second
        self.lose_next = False
        self.hold_next = False
        self.held: list[httpx.Request] = []
        self.token_statuses: list[int] = []

    def _send(self, request: httpx.Request) -> httpx.Response:
        response = self.inner.handle_request(request)
        response.read()
        if request.url.path == TOKEN:
            self.token_statuses.append(response.status_code)
        return response

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        if request.url.path != TOKEN:
            return self._send(request)
        request.read()
        if self.hold_next:
            self.hold_next = False
            self.held.append(_copy(request))
            raise httpx.ReadTimeout("timed out", request=request)
        if self.lose_next:
            self.lose_next = False
            self._send(request)
            raise httpx.ReadTimeout("timed out", request=request)
        if self.double_keep is None:
            return self._send(request)
        answers = [self._send(_copy(request)) for _ in range(2)]
        return answers[self.double_keep]

    def deliver_held(self) -> None:
        while self.held:
            self._send(self.held.pop(0))


def _copy(request: httpx.Request) -> httpx.Request:
    return httpx.Request(request.method, request.url, headers=request.headers,
                         content=request.content)


def _laptop(team: Team) -> tuple[Laptop, Network]:
    network = Network(team.client._transport)  # the in-process app
    http = httpx.Client(transport=network, base_url=SERVER_URL)
    return team.laptop("a", http=http), network


def _sync_after_expiry(laptop: Laptop, clock: FakeClock) -> None:
    """A later sync that must refresh (the access token expired; every CLI sync starts so)."""
    clock.advance(901)
    laptop.engine.set_access_token("", 0)
    new_household_with_visit(laptop.store)
    assert laptop.sync().pushed == 2
    assert not sync_status(laptop.store).last_error


def _no_reuse_detected(team: Team) -> None:
    engine = create_engine(team.db_url)
    try:
        with engine.connect() as conn:
            outcomes = list(conn.scalars(select(audit.c.outcome)))
    finally:
        engine.dispose()
    assert "token_reuse" not in outcomes


@pytest.mark.parametrize("keep", [0, 1], ids=["keeps-first-answer", "keeps-second-answer"])
def test_doubled_token_requests_keep_the_laptop_signed_in(
        clocked: tuple[Team, FakeClock], keep: int) -> None:
    team, clock = clocked
    laptop, network = _laptop(team)
    network.double_keep = keep
    for _ in range(6):
        _sync_after_expiry(laptop, clock)
    assert network.token_statuses == [200] * 12
    _no_reuse_detected(team)


def test_a_lost_token_answer_then_a_retry(clocked: tuple[Team, FakeClock]) -> None:
    team, clock = clocked
    laptop, network = _laptop(team)
    before = laptop.store.meta(state.REFRESH_TOKEN)
    network.lose_next = True
    clock.advance(901)
    laptop.engine.set_access_token("", 0)
    with pytest.raises(Unreachable):
        laptop.sync()
    assert laptop.store.meta(state.REFRESH_TOKEN) == before  # nothing arrived, nothing changed
    clock.advance(10)
    _sync_after_expiry(laptop, clock)  # the retry presents the old token again
    _sync_after_expiry(laptop, clock)
    _no_reuse_detected(team)


@pytest.mark.parametrize("later_refreshes", [0, 2])
def test_a_late_token_request_after_the_retry(
        clocked: tuple[Team, FakeClock], later_refreshes: int) -> None:
    """The request hangs in the network; the laptop times out, retries and goes on; then the old
    request reaches the server: before or after the laptop's next refreshes."""
    team, clock = clocked
    laptop, network = _laptop(team)
    network.hold_next = True
    laptop.engine.set_access_token("", 0)
    with pytest.raises(Unreachable):
        laptop.sync()
    clock.advance(10)
    laptop.engine.set_access_token("", 0)
    laptop.sync()  # the retry
    for _ in range(later_refreshes):  # quick CLI syncs: each one refreshes
        clock.advance(5)
        laptop.engine.set_access_token("", 0)
        laptop.sync()
    clock.advance(20)
    network.deliver_held()
    assert network.token_statuses[-1] == (200 if later_refreshes == 0 else 401)  # nobody hears
    for _ in range(3):
        _sync_after_expiry(laptop, clock)
    _no_reuse_detected(team)

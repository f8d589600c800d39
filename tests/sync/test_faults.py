"""Cut-off syncs, tokens, refusals and revoked laptops: nothing lost, nothing twice."""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from laptops import SERVER_URL, Team, sync_all
from sqlalchemy import create_engine, func, select
from sync_helpers import count, edit_visit, new_household_with_visit, outbox

from voordeur.model import Household, Visit
from voordeur.model import Team as TeamRecord
from voordeur.server import admin
from voordeur.server.schema import change_log, record_state
from voordeur.services import households as hs
from voordeur.services.data_export import build_document
from voordeur.services.demo import generate_demo
from voordeur.services.unit_of_work import unit_of_work
from voordeur.sync import engine as engine_module
from voordeur.sync import state
from voordeur.sync.engine import SyncEngine, probe
from voordeur.sync.errors import DeviceRevoked, NotLinked, SyncRefused, Unreachable
from voordeur.sync.status import sync_status


class Dropping(httpx.BaseTransport):
    """Forwards every request to the server, then loses the answer of those `drop` picks."""

    def __init__(self, inner: httpx.BaseTransport, drop: Callable[[httpx.Request, int], bool]):
        self.inner = inner
        self.drop = drop
        self.calls: list[str] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        self.calls.append(f"{request.method} {request.url.path}")
        response = self.inner.handle_request(request)
        if self.drop(request, len(self.calls)):
            response.read()
            raise httpx.ReadError("connection dropped", request=request)
        return response


def flaky_client(team: Team, drop: Callable[[httpx.Request, int], bool]) -> tuple[
        httpx.Client, Dropping]:
    transport = Dropping(team.client._transport, drop)  # the in-process app
    return httpx.Client(transport=transport, base_url=SERVER_URL), transport


def server_counts(db_url: str) -> tuple[int, int]:
    engine = create_engine(db_url)
    try:
        with engine.connect() as conn:
            states = conn.execute(select(func.count()).select_from(record_state)).scalar_one()
            log = conn.execute(select(func.count()).select_from(change_log)).scalar_one()
    finally:
        engine.dispose()
    return states, log


def export(store) -> str:
    records = build_document(store)["records"]
    return json.dumps({t: r for t, r in records.items() if t not in ("team", "worker")},
                      sort_keys=True)


def test_dropped_connection_mid_push_then_rerun(team: Team, monkeypatch: pytest.MonkeyPatch
                                                ) -> None:
    monkeypatch.setattr(engine_module, "MAX_PUSH_CHANGES", 40)
    store = team.new_store("a")
    generate_demo(store, households=2, seed=3)
    http, transport = flaky_client(team, lambda r, n: r.url.path == "/v1/push"
                                   and transport.calls.count("POST /v1/push") == 2)
    a = team.laptop("a", store=store, http=http)
    queued = len(outbox(a.store))
    with pytest.raises(Unreachable):
        a.sync()
    # The first batch is done, the second reached the server but its answer was lost.
    status = sync_status(a.store)
    assert status.pending == queued - 40 and "cannot be reached" in status.last_error
    states_before, _ = server_counts(team.db_url)
    transport.drop = lambda r, n: False
    report = a.sync()
    assert report.duplicates == 40 and report.rejected == 0
    assert report.pushed == queued - 40
    assert outbox(a.store) == []
    states, log = server_counts(team.db_url)
    assert states == states_before + (queued - 80) and log == states  # one entry per record
    b = team.laptop("b", "ben")
    sync_all(a, b)
    assert export(a.store) == export(b.store)


def test_dropped_connection_mid_pull_then_rerun(team: Team) -> None:
    store = team.new_store("a")
    generate_demo(store, households=2, seed=4)
    a = team.laptop("a", store=store)
    a.sync()
    http, transport = flaky_client(
        team, lambda r, n: r.url.path == "/v1/pull" and transport.calls.count("GET /v1/pull") == 3)
    b = team.laptop("b", "ben", http=http)
    b.engine.pull_limit = 25
    with pytest.raises(Unreachable):
        b.sync()
    cursor = int(b.store.meta(state.CURSOR))
    assert cursor > 0  # two pages applied and kept
    transport.drop = lambda r, n: False
    report = b.sync()
    assert report.pulled > 0
    sync_all(a, b)
    assert export(a.store) == export(b.store)
    assert count(b.store, Household) == 2


def test_server_down_nothing_lost(team: Team) -> None:
    a = team.laptop("a")
    new_household_with_visit(a.store, "Offline geschreven.")
    down = httpx.Client(transport=httpx.MockTransport(_refuse), base_url=SERVER_URL)
    offline = SyncEngine(a.store, http=down)
    with pytest.raises(Unreachable):
        offline.run_once()
    assert sync_status(a.store).pending == 2
    assert not probe(SERVER_URL, http=down)
    assert probe(SERVER_URL, http=flaky_client(team, lambda r, n: False)[0])
    a.sync()
    assert sync_status(a.store).pending == 0


def _refuse(request: httpx.Request) -> httpx.Response:
    raise httpx.ConnectError("connection refused", request=request)


@pytest.mark.parametrize("answer", [
    httpx.Response(502, text="<html>bad gateway</html>"),
    httpx.Response(200, text="not json"),
    httpx.Response(200, json={"entries": [], "cursor": "x", "more": False}),
    httpx.Response(404, text="not found"),
])
def test_nonsense_answers_are_unreachable(team: Team, answer: httpx.Response) -> None:
    a = team.laptop("a")
    a.sync()
    weird = httpx.Client(transport=httpx.MockTransport(lambda r: answer), base_url=SERVER_URL)
    engine = SyncEngine(a.store, http=weird)
    engine.set_access_token("token", 900)
    with pytest.raises(Unreachable):
        engine.run_once()


def test_a_nonsense_entry_keeps_the_cursor(team: Team) -> None:
    a = team.laptop("a")
    a.sync()
    cursor = a.store.meta(state.CURSOR)
    page = {"entries": [{"seq": 999, "table": "household", "record_id": "x" * 36,
                         "values": {"display_name": 5}}], "cursor": 999, "more": False}
    weird = httpx.Client(transport=httpx.MockTransport(lambda r: httpx.Response(200, json=page)),
                         base_url=SERVER_URL)
    engine = SyncEngine(a.store, http=weird)
    engine.set_access_token("token", 900)
    with pytest.raises(Unreachable):
        engine.run_once()
    assert a.store.meta(state.CURSOR) == cursor


def test_a_quiet_sync_is_one_small_request(team: Team) -> None:
    http, transport = flaky_client(team, lambda r, n: False)
    a = team.laptop("a", http=http)
    a.sync()
    transport.calls.clear()
    client = a.engine.client
    sent, received = client.bytes_sent, client.bytes_received
    report = a.sync()
    assert transport.calls == ["GET /v1/pull"]
    assert (client.bytes_sent - sent) + (client.bytes_received - received) < 2048
    assert report.pushed == report.pulled == 0


def test_an_expired_token_is_refreshed_once(team: Team) -> None:
    a = team.laptop("a")
    a.sync()
    first_refresh = a.store.meta(state.REFRESH_TOKEN)
    a.engine.set_access_token("not-a-valid-token", 900)
    new_household_with_visit(a.store)
    assert a.sync().pushed == 2
    assert a.store.meta(state.REFRESH_TOKEN) not in ("", first_refresh)  # rotated and saved


def test_a_refused_change_is_kept_and_the_rest_goes_on(team: Team) -> None:
    a = team.laptop("a")
    with unit_of_work(a.store) as uow:
        other = uow.add(TeamRecord(name="Een team van elders"))
        hs.create_household(uow, "Gezin Elders", team_id=other.id)
    _, visit = new_household_with_visit(a.store)
    report = a.sync()
    assert report.rejected == 1 and report.pushed == 2
    status = sync_status(a.store)
    assert (status.pending, status.rejected) == (0, 1)
    [kept] = outbox(a.store)
    assert kept.status == "rejected" and kept.table_name == "household" and kept.detail
    edit_visit(a.store, visit.id, notes="Gaat gewoon door.")
    a.sync()
    assert sync_status(a.store).pending == 0


def test_a_revoked_laptop_stops_and_a_wiped_one_is_removed(team: Team) -> None:
    a = team.laptop("a")
    b = team.laptop("b", "ben")
    a.sync()
    admin.revoke_device(team.db_url, a.store.actor.device_id)
    a.engine.set_access_token("", 0)
    with pytest.raises(DeviceRevoked) as info:
        a.sync()
    assert not info.value.wipe
    assert sync_status(a.store).revoked
    with pytest.raises(DeviceRevoked):  # remembered: no second trip to the server
        SyncEngine(a.store, http=httpx.Client(transport=httpx.MockTransport(_refuse))).run_once()

    admin.revoke_device(team.db_url, b.store.actor.device_id, wipe=True)
    with pytest.raises(DeviceRevoked) as info:
        b.sync()  # its access token is still valid: the server checks the device anyway
    assert info.value.wipe
    data_dir = b.store.data_dir
    from voordeur.sync.account import wipe_store

    team.laptops.remove(b)
    b.engine.close()
    wipe_store(b.store)
    assert not data_dir.exists()


def test_login_refusals(team: Team) -> None:
    from voordeur.sync.account import login

    store = team.new_store("x")
    with pytest.raises(SyncRefused) as info:
        login(store, SERVER_URL, "anna", "wrong password!", http=team.client)
    assert info.value.code == "bad_credentials"
    with pytest.raises(NotLinked):
        SyncEngine(store, http=team.client).run_once()
    with pytest.raises(SyncRefused) as info:
        login(store, "ftp://elders", "anna", "x", http=team.client)
    assert info.value.code == "bad_url"
    a = team.laptop("x", store=store)
    renewed = login(a.store, SERVER_URL, "anna", "correct horse battery", http=team.client)
    assert renewed.renewed and renewed.queued == 0
    with pytest.raises(SyncRefused) as info:
        login(a.store, SERVER_URL, "ben", "correct horse battery", http=team.client)
    assert info.value.code == "already_linked"
    with pytest.raises(Unreachable):
        login(team.new_store("y"), SERVER_URL, "anna", "x",
              http=httpx.Client(transport=httpx.MockTransport(_refuse)))


def test_other_teams_stay_invisible(team: Team) -> None:
    a = team.laptop("a")
    new_household_with_visit(a.store, "Alleen voor Team Noord.")
    a.sync()
    c = team.laptop("c", "bea")
    c.sync()
    assert count(c.store, Household) == 0 and count(c.store, Visit) == 0

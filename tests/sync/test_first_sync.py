"""Link a store, push what it holds, and let a second laptop receive it all."""

from __future__ import annotations

from laptops import Team, sync_all
from sqlmodel import func, select
from sync_helpers import new_household_with_visit

from testsupport import PASSPHRASE
from voordeur.model import Household, Worker
from voordeur.model import Team as TeamRecord
from voordeur.model.sync import SyncOutbox
from voordeur.services.data_export import build_document
from voordeur.services.demo import generate_demo
from voordeur.store.store import Store
from voordeur.sync.status import sync_status


def outbox_size(store) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(SyncOutbox)).one()


def test_new_device_receives_everything(team: Team) -> None:
    store_a = team.new_store("a")
    generate_demo(store_a, households=3, seed=7)
    a = team.laptop("a", store=store_a)
    assert a.store.actor.worker_id == team.workers["anna"]
    team_id = a.store.meta("team_id")
    with a.store.session() as session:
        households = session.exec(select(Household)).all()
        assert {h.team_id for h in households} == {team_id}
        assert session.exec(select(TeamRecord)).all()[0].name == "Team Noord"
        assert [w.id for w in session.exec(select(Worker)).all()] == [team.workers["anna"]]
    queued = outbox_size(a.store)
    assert queued > 50

    report = a.sync()
    assert report.pushed == queued and report.rejected == 0
    assert outbox_size(a.store) == 0

    b = team.laptop("b", "ben")
    report_b = b.sync()
    assert report_b.pulled >= queued
    assert len(report_b.households) == 3
    sync_all(a, b)
    doc_a = build_document(a.store)["records"]
    doc_b = build_document(b.store)["records"]
    for table in doc_a:
        if table in ("team", "worker"):
            continue
        assert doc_a[table] == doc_b[table], table
    status = sync_status(b.store)
    assert status.linked and status.pending == 0 and status.last_error == ""
    assert status.last_sync_at is not None and not status.revoked


def test_a_reopened_store_stays_linked(team: Team) -> None:
    a = team.laptop("a")
    data_dir = a.store.data_dir
    a.engine.close()
    a.store.close()
    team.laptops.remove(a)
    with Store.open(data_dir, PASSPHRASE) as store:
        assert store.sync_linked
        assert store.actor.worker_id == team.workers["anna"]
        new_household_with_visit(store)
        assert sync_status(store).pending == 2

"""The outbox: every write of a linked store is queued with its clocks, in the same transaction."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import update
from sqlmodel import select

from testsupport import PASSPHRASE
from voordeur.model import Household, Team, Visit, Worker
from voordeur.model.sync import SyncOutbox
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store
from voordeur.sync.hlc import Stamp
from voordeur.sync.outbox import META_HLC


@pytest.fixture
def linked(store: Store) -> Iterator[Store]:
    store.sync_linked = True  # what login sets; the server is not needed for the outbox
    yield store


def rows(store: Store) -> list[SyncOutbox]:
    with store.session() as session:
        return list(session.exec(select(SyncOutbox).order_by(SyncOutbox.seq)).all())


def new_visit(store: Store) -> Visit:
    with unit_of_work(store) as uow:
        household = hs.create_household(uow, "Gezin Outbox")
        return vs.start_visit(uow, household, notes="Eerste versie.")


def edit(store: Store, visit_id: str, **fields: object) -> None:
    with unit_of_work(store) as uow:
        visit = uow.get(Visit, visit_id)
        assert visit is not None
        vs.edit_visit(uow, visit, **fields)


def test_an_unlinked_store_queues_nothing(store: Store) -> None:
    new_visit(store)
    assert rows(store) == []


def test_a_create_carries_every_field_as_json(linked: Store) -> None:
    visit = new_visit(linked)
    household, created = rows(linked)
    assert (household.op, household.table_name, household.household_id) == (
        "create", "household", visit.household_id)
    assert (created.op, created.table_name, created.record_id) == ("create", "visit", visit.id)
    assert created.household_id == visit.household_id
    assert created.fields["notes"] == "Eerste versie."
    assert created.fields["kind"] == "huisbezoek"  # enum values as JSON
    assert created.fields["starts_at"].endswith("+00:00")
    assert {"id", "deleted_at"}.isdisjoint(created.fields)
    assert {"created_at", "updated_at"} <= set(created.fields)
    assert created.clocks == {} and created.attempts == 0 and created.status == "pending"
    assert Stamp.parse(created.hlc) > Stamp.parse(household.hlc)


def test_team_and_worker_records_are_never_queued(linked: Store) -> None:
    with unit_of_work(linked) as uow:
        team = uow.add(Team(name="Ander team"))
        uow.add(Worker(name="Collega", team_id=team.id))
    assert rows(linked) == []


def test_updates_fold_into_a_row_never_sent(linked: Store) -> None:
    visit = new_visit(linked)
    for text in ("Tweede.", "Derde."):
        edit(linked, visit.id, notes=text)
    queued = rows(linked)
    assert [r.op for r in queued] == ["create", "create"]
    assert queued[1].fields["notes"] == "Derde."


def test_a_row_once_sent_never_changes(linked: Store) -> None:
    visit = new_visit(linked)
    with linked.session() as session:
        session.execute(update(SyncOutbox).values(attempts=1))
        session.commit()
    before = rows(linked)
    edit(linked, visit.id, notes="Na het versturen.")
    edit(linked, visit.id, location="Buurthuis")
    after = rows(linked)
    assert [(r.change_id, r.fields, r.hlc) for r in after[:2]] == [
        (r.change_id, r.fields, r.hlc) for r in before]
    third = after[2]
    assert third.op == "update"
    assert third.fields.keys() == {"notes", "location", "updated_at"}
    # Each field keeps the clock of its own write.
    assert third.clocks == {"notes": third.clocks["notes"]}
    assert Stamp.parse(third.clocks["notes"]) < Stamp.parse(third.hlc)


def test_delete_and_restore_are_their_own_rows(linked: Store) -> None:
    visit = new_visit(linked)
    with unit_of_work(linked) as uow:
        uow.delete(uow.get(Visit, visit.id))
    with unit_of_work(linked) as uow:
        uow.restore(uow.get(Visit, visit.id, include_deleted=True))
    edit(linked, visit.id, notes="Terug.")
    ops = [r.op for r in rows(linked)]
    assert ops == ["create", "create", "delete", "restore", "update"]
    assert rows(linked)[2].fields.keys() == {"updated_at"}


def test_an_update_that_sets_a_reference_is_not_folded(linked: Store) -> None:
    visit = new_visit(linked)
    with unit_of_work(linked) as uow:
        person = hs.add_person(uow, uow.get(Household, visit.household_id), first_name="Sem")
    edit(linked, visit.id, present_person_ids=[person.id])
    assert [r.op for r in rows(linked)][-1] == "update"


def test_a_rolled_back_write_queues_nothing(linked: Store) -> None:
    with pytest.raises(RuntimeError), unit_of_work(linked) as uow:
        hs.create_household(uow, "Gezin Terug")
        raise RuntimeError("crash")
    assert rows(linked) == []


def test_the_clock_survives_reopening(linked: Store, data_dir: Path) -> None:
    new_visit(linked)
    last = Stamp.parse(linked.meta(META_HLC))
    linked.close()
    with Store.open(data_dir, PASSPHRASE) as again:
        again.sync_linked = True
        with unit_of_work(again) as uow:
            hs.create_household(uow, "Gezin Later")
        assert Stamp.parse(rows(again)[-1].hlc) > last

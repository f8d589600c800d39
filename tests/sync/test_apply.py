"""Applying pulled pages: validated first, upserted by id, pending local edits left alone."""

from __future__ import annotations

import pytest
from sqlmodel import func, select

from voordeur.model import Entity, Household, Person, Visit, Worker, new_id
from voordeur.model.sync import SyncNoteBase, SyncOutbox
from voordeur.services import visits as vs
from voordeur.services.search import search
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import Store
from voordeur.sync.apply import apply_page, page_of
from voordeur.sync.errors import Unreachable
from voordeur.sync.hlc import HybridClock, Stamp
from voordeur.sync.outbox import record_values
from voordeur.sync.protocol import Entry

OTHER_DEVICE = "01900000-0000-7000-8000-0000000000bb"
STAMP = "1700000000000.0000." + OTHER_DEVICE


def entry(record: Entity, seq: int = 1, *, deleted: bool = False, **changes: object) -> Entry:
    values = {**record_values(record), **changes}
    household = getattr(record, "household_id", None) or (
        record.id if isinstance(record, Household) else None)
    return Entry(seq=seq, table=str(type(record).__tablename__), record_id=record.id,
                 household_id=household, deleted=deleted, values=values,
                 hlc=STAMP, origin_device_id=OTHER_DEVICE)


def apply(store: Store, entries: list[Entry]):
    with store.session() as session:
        clock = HybridClock(store.actor.device_id)
        result = apply_page(session, page_of(entries).entries, clock)
        session.commit()
    return result, clock


def count(store: Store, model: type) -> int:
    with store.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


def test_new_records_arrive_without_entering_the_outbox(store: Store) -> None:
    store.sync_linked = True
    household = Household(display_name="Gezin Pull", city="Zwolle")
    person = Person(household_id=household.id, first_name="Noor")
    visit = Visit(household_id=household.id, notes="Gesprek over de fietsenmaker.")
    result, clock = apply(store, [entry(household, 1), entry(person, 2), entry(visit, 3)])
    assert (result.entries, result.changed, result.skipped) == (3, 3, 0)
    assert result.households == {household.id}
    assert count(store, SyncOutbox) == 0
    assert [h.kind for h in search(store, "fietsenmaker", log=False)] == ["visit"]
    assert clock.last > Stamp.parse(STAMP)  # the clock moved past what it saw
    with store.session() as session:
        bases = {b.field: b.text for b in session.exec(select(SyncNoteBase)).all()}
    assert bases == {"notes": "Gesprek over de fietsenmaker.", "request": "", "strengths": "",
                     "concerns": ""}

    again, _ = apply(store, [entry(household, 1), entry(person, 2), entry(visit, 3)])
    assert again.changed == 0 and again.households == set()


def test_one_nonsense_entry_refuses_the_whole_page(store: Store) -> None:
    household = Household(display_name="Gezin Goed")
    bad = Person(household_id=household.id)
    entries = [entry(household, 1), entry(bad, 2, birth_year="negentig")]
    with pytest.raises(Unreachable) as info:
        apply(store, entries)
    assert "birth_year" in str(info.value) and "negentig" not in str(info.value)
    assert count(store, Household) == 0

    unknown = entry(household, 3).model_copy(update={"table": "geheim"})
    with pytest.raises(Unreachable):
        apply(store, [unknown])
    damaged = entry(household, 4).model_copy(update={"hlc": "gisteren"})
    with pytest.raises(Unreachable):
        apply(store, [damaged])
    missing = entry(household, 5)
    del missing.values["city"]
    with pytest.raises(Unreachable):
        apply(store, [missing])
    assert count(store, Household) == 0


def test_texts_a_server_stored_before_it_checked_them_are_cleaned_not_stuck(
        store: Store) -> None:
    """An older server accepted a NUL in a name: the pull cleans it instead of refusing that
    page for ever; other nonsense still refuses the page."""
    household = Household(display_name="Gezin\x00 Oud")
    person = Person(household_id=household.id, first_name="Noor\tA", note="Regel\n\tnog\x07")
    result, _ = apply(store, [entry(household, 1), entry(person, 2)])
    assert result.changed == 2
    with store.session() as session:
        assert session.get(Household, household.id).display_name == "Gezin Oud"
        stored = session.get(Person, person.id)
        assert (stored.first_name, stored.note) == ("Noor A", "Regel\n\tnog")
    with pytest.raises(Unreachable):
        apply(store, [entry(Person(household_id=household.id), 3, birth_year="negentig")])


def test_a_field_waiting_in_the_outbox_is_left_alone(store: Store) -> None:
    with unit_of_work(store) as uow:
        visit = vs.start_visit(uow, uow.add(Household(display_name="Gezin Wacht")),
                               notes="Oud.", location="Thuis")
    apply(store, [entry(visit, 1)])
    store.sync_linked = True
    with unit_of_work(store) as uow:
        vs.edit_visit(uow, uow.get(Visit, visit.id), notes="Mijn nieuwe tekst.")
    server = entry(visit, 2, notes="Tekst van de server.", location="Buurthuis")
    result, _ = apply(store, [server])
    with store.session() as session:
        local = session.get(Visit, visit.id)
        base = session.get(SyncNoteBase, ("visit", visit.id, "notes"))
    assert result.changed == 1
    assert (local.notes, local.location) == ("Mijn nieuwe tekst.", "Buurthuis")
    assert base is not None and base.text == "Oud."  # the push still merges against "Oud."


def test_tombstones_come_and_go(store: Store) -> None:
    household = Household(display_name="Gezin Weg")
    apply(store, [entry(household, 1)])
    apply(store, [entry(household, 2, deleted=True)])
    with store.session() as session:
        gone = session.get(Household, household.id)
        assert gone.deleted_at == household.updated_at
    assert search(store, "Weg", log=False) == []
    apply(store, [entry(household, 3)])
    with store.session() as session:
        assert session.get(Household, household.id).deleted_at is None
    # A record first seen as a tombstone is stored as one.
    ghost = Household(display_name="Gezin Nooit")
    apply(store, [entry(ghost, 4, deleted=True)])
    with store.session() as session:
        assert session.get(Household, ghost.id).deleted_at is not None


def test_the_last_entry_of_a_record_in_a_page_wins(store: Store) -> None:
    household = Household(display_name="Gezin Een")
    apply(store, [entry(household, 1), entry(household, 2, display_name="Gezin Twee")])
    with store.session() as session:
        assert session.get(Household, household.id).display_name == "Gezin Twee"


def test_unknown_parents_are_skipped_and_unknown_workers_get_a_placeholder(
        store: Store) -> None:
    household = Household(display_name="Gezin Ouder")
    orphan = Person(household_id=new_id(), first_name="Wees")
    colleague = new_id()
    visit = Visit(household_id=household.id, worker_id=colleague)
    result, _ = apply(store, [entry(household, 1), entry(orphan, 2), entry(visit, 3)])
    assert (result.changed, result.skipped) == (2, 1)
    with store.session() as session:
        assert session.get(Person, orphan.id) is None
        assert session.get(Visit, visit.id) is not None
        placeholder = session.get(Worker, colleague)
        assert placeholder is not None and placeholder.name == ""

"""One scenario per conflict kind, two laptops and the real server (SQLite and PostgreSQL)."""

from __future__ import annotations

import time

from laptops import Team, sync_all
from sync_helpers import count, edit_visit, get, new_household_with_visit, outbox

from voordeur.model import Household, NoteConflict, NoteRevision, Person, Visit
from voordeur.services import households as hs
from voordeur.services import visits as vs
from voordeur.services.conflicts import list_conflicts, resolve_conflict
from voordeur.services.unit_of_work import unit_of_work
from voordeur.sync.status import sync_status

NOTE = "Moeder vertelt over school.\n\nVader zoekt werk.\n\nDe kinderen sporten graag.\n"


def test_field_vs_field(team: Team) -> None:
    a, b = team.laptop("a"), team.laptop("b", "ben")
    _, visit = new_household_with_visit(a.store)
    sync_all(a, b)

    # Different fields of one visit: both edits survive on both laptops.
    edit_visit(a.store, visit.id, location="Buurthuis")
    edit_visit(b.store, visit.id, duration_minutes=45)
    sync_all(a, b)
    for laptop in (a, b):
        got = get(laptop.store, Visit, visit.id)
        assert (got.location, got.duration_minutes) == ("Buurthuis", 45)

    # The same field: the later write wins, on both.
    edit_visit(a.store, visit.id, location="School")
    time.sleep(0.005)
    edit_visit(b.store, visit.id, location="Bibliotheek")
    report = b.sync()
    assert report.pushed == 1
    report = a.sync()  # A's earlier write arrives second and loses
    assert report.merged == 1
    sync_all(a, b)
    assert get(a.store, Visit, visit.id).location == "Bibliotheek"
    assert get(b.store, Visit, visit.id).location == "Bibliotheek"


def test_note_merge(team: Team) -> None:
    a, b = team.laptop("a"), team.laptop("b", "ben")
    _, visit = new_household_with_visit(a.store, NOTE)
    sync_all(a, b)
    edit_visit(a.store, visit.id, notes=NOTE.replace("over school.", "over school en de juf."))
    edit_visit(b.store, visit.id, notes=NOTE.replace("sporten graag.", "voetballen graag."))
    a.sync()
    report = b.sync()
    assert report.merged == 1 and report.conflicts == 0
    sync_all(a, b)
    expected = ("Moeder vertelt over school en de juf.\n\nVader zoekt werk.\n\n"
                "De kinderen voetballen graag.\n")
    assert get(a.store, Visit, visit.id).notes == expected
    assert get(b.store, Visit, visit.id).notes == expected
    assert list_conflicts(a.store) == list_conflicts(b.store) == []


def test_note_conflict_shows_on_both_until_resolved(team: Team) -> None:
    a, b = team.laptop("a"), team.laptop("b", "ben")
    _, visit = new_household_with_visit(a.store, NOTE)
    with unit_of_work(a.store) as uow:
        vs.finalise_visit(uow, uow.get(Visit, visit.id), snapshot=False)
    sync_all(a, b)
    mine_a = NOTE.replace("Vader zoekt werk.", "Vader heeft werk gevonden.")
    mine_b = NOTE.replace("Vader zoekt werk.", "Vader solliciteert bij de bakker.")
    edit_visit(a.store, visit.id, notes=mine_a)
    edit_visit(b.store, visit.id, notes=mine_b)
    a.sync()
    report = b.sync()
    assert report.conflicts == 1
    report = a.sync()
    assert report.conflicts == 1  # new on this laptop

    # Nothing was overwritten: the server kept A's text, B's lives in the conflict.
    for laptop in (a, b):
        assert get(laptop.store, Visit, visit.id).notes == mine_a
        [conflict] = list_conflicts(laptop.store)
        assert (conflict.field, conflict.base_text) == ("notes", NOTE)
        assert (conflict.mine_text, conflict.theirs_text) == (mine_b, mine_a)
        assert (conflict.mine_label, conflict.theirs_label) == ("Ben", "Anna")
        assert conflict.mine_is_this_device == (laptop is b)
        assert conflict.theirs_is_this_device == (laptop is a)
        assert sync_status(laptop.store).conflicts == 1
    # The same sentence edited again before anyone resolves: still one conflict.
    edit_visit(b.store, visit.id, notes=NOTE.replace("Vader zoekt werk.", "Vader bakt."))
    sync_all(a, b)
    assert len(list_conflicts(a.store)) == len(list_conflicts(b.store)) == 1

    resolved = NOTE.replace("Vader zoekt werk.", "Vader heeft werk gevonden bij de bakker.")
    revisions_before = count(a.store, NoteRevision)
    resolve_conflict(a.store, list_conflicts(a.store)[0].id, resolved)
    assert count(a.store, NoteRevision) == revisions_before + 1  # a final visit keeps one
    sync_all(a, b)
    for laptop in (a, b):
        assert get(laptop.store, Visit, visit.id).notes == resolved
        assert list_conflicts(laptop.store) == []
        assert count(laptop.store, NoteConflict, live=True) == 0
        assert sync_status(laptop.store).conflicts == 0


def test_delete_vs_edit(team: Team) -> None:
    a, b = team.laptop("a"), team.laptop("b", "ben")
    with unit_of_work(a.store) as uow:
        household = hs.start_household(uow, "Gezin Weg")
        first = hs.add_person(uow, household, first_name="Noor")
        second = hs.add_person(uow, household, first_name="Sem")
    sync_all(a, b)

    # Deleted on A, edited later on B: the edit wins, nothing is lost.
    with unit_of_work(a.store) as uow:
        hs.remove_person(uow, uow.get(Person, first.id))
    a.sync()
    time.sleep(0.005)
    with unit_of_work(b.store) as uow:
        hs.edit_person(uow, uow.get(Person, first.id), role="oudste dochter")
    assert b.sync().merged == 1  # "restored"
    sync_all(a, b)
    for laptop in (a, b):
        person = get(laptop.store, Person, first.id)
        assert person.deleted_at is None and person.role == "oudste dochter"

    # Edited on B, deleted later on A: the delete wins, on both.
    with unit_of_work(b.store) as uow:
        hs.edit_person(uow, uow.get(Person, second.id), role="zoon")
    time.sleep(0.005)
    with unit_of_work(a.store) as uow:
        hs.remove_person(uow, uow.get(Person, second.id))
    sync_all(b, a)
    for laptop in (a, b):
        assert get(laptop.store, Person, second.id).deleted_at is not None
        assert get(laptop.store, Household, household.id).deleted_at is None


def test_second_laptop_of_the_same_worker(team: Team) -> None:
    from voordeur.services.demo import generate_demo

    store_1 = team.new_store("anna-1")
    generate_demo(store_1, households=2, seed=11)
    store_2 = team.new_store("anna-2")
    generate_demo(store_2, households=1, seed=12)
    one = team.laptop("anna-1", store=store_1)
    two = team.laptop("anna-2", store=store_2)
    assert one.store.actor.worker_id == two.store.actor.worker_id == team.workers["anna"]
    sync_all(one, two)
    assert count(one.store, Household) == count(two.store, Household) == 3
    assert count(one.store, Visit) == count(two.store, Visit)
    assert outbox(one.store) == outbox(two.store) == []
    # Work on either laptop reaches the other.
    _, visit = new_household_with_visit(two.store, "Op de tweede laptop.")
    sync_all(two, one)
    assert get(one.store, Visit, visit.id).notes == "Op de tweede laptop."
    assert get(one.store, Visit, visit.id).worker_id == team.workers["anna"]


def test_a_third_overlapping_edit_keeps_the_second(team: Team) -> None:
    a, b, c = team.laptop("a"), team.laptop("b", "ben"), team.laptop("c", "anna")
    _, visit = new_household_with_visit(a.store, NOTE)
    sync_all(a, b, c)
    for laptop, who in ((a, "A"), (b, "B"), (c, "C")):
        edit_visit(laptop.store, visit.id, notes=NOTE.replace("Vader zoekt werk.",
                                                              f"Vader zoekt werk ({who})."))
    sync_all(a, b, c)
    notes = get(a.store, Visit, visit.id).notes
    kept = notes + "".join(x.mine_text + x.theirs_text for x in list_conflicts(a.store))
    for who in "ABC":
        assert f"({who})" in kept, who


def test_a_laptop_in_conflict_twice_keeps_both_of_its_edits(team: Team) -> None:
    a, b = team.laptop("a"), team.laptop("b", "ben")
    _, visit = new_household_with_visit(a.store, NOTE)
    sync_all(a, b)
    edit_visit(a.store, visit.id, notes=NOTE.replace("werk.", "werk (A1)."))
    edit_visit(b.store, visit.id, notes=NOTE.replace("werk.", "werk (B1)."))
    a.sync()
    assert b.sync().conflicts == 1  # B now holds A's text; (B1) lives in the conflict
    a.sync()
    edit_visit(a.store, visit.id, notes=NOTE.replace("werk.", "werk (A2)."))
    edit_visit(b.store, visit.id, notes=NOTE.replace("werk.", "werk (B2)."))
    a.sync()
    b.sync()
    sync_all(a, b)
    notes = get(a.store, Visit, visit.id).notes
    kept = notes + "".join(x.mine_text + x.theirs_text for x in list_conflicts(a.store))
    for edit in ("(A2)", "(B1)", "(B2)"):
        assert edit in kept, edit


def test_the_household_plan_changed_on_two_laptops_keeps_both(team: Team) -> None:
    """The plan's texts carry over as revisions that are only added: the family's question
    changed on two laptops apart reaches both, neither overwritten, shown as two versions until
    a worker settles them; the settled text then reaches both."""
    from voordeur.services import family_plan

    a, b = team.laptop("a"), team.laptop("b", "ben")
    household, visit = new_household_with_visit(a.store)
    edit_visit(a.store, visit.id, request="Wij willen rust in huis.")
    sync_all(a, b)
    with b.store.session() as session:
        assert family_plan.current_plan(session, household.id).request == (
            "Wij willen rust in huis.")

    for laptop, text in ((a, "Rust in huis en een vaste bedtijd."),
                         (b, "Rust in huis en hulp bij de rekeningen.")):
        with unit_of_work(laptop.store) as uow:
            family_plan.save(uow, household.id, {"request": text})
    sync_all(a, b)
    for laptop in (a, b):
        with laptop.store.session() as session:
            forks = family_plan.forks(session, household.id)
        assert len(forks) == 1
        assert {forks[0].current.text, forks[0].other.text} == {
            "Rust in huis en een vaste bedtijd.", "Rust in huis en hulp bij de rekeningen."}

    with unit_of_work(b.store) as uow:
        family_plan.settle(uow, household.id, "request",
                           "Rust in huis, een vaste bedtijd en hulp bij de rekeningen.")
    sync_all(a, b)
    for laptop in (a, b):
        with laptop.store.session() as session:
            assert family_plan.forks(session, household.id) == []
            assert family_plan.current_plan(session, household.id).request == (
                "Rust in huis, een vaste bedtijd en hulp bij de rekeningen.")

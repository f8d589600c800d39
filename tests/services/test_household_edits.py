"""Editing households, members, goals and agreements (the use cases behind the household page)."""

from __future__ import annotations

from datetime import date

import pytest
from sqlmodel import select

from voordeur.model import (
    Agreement,
    EcogramPosition,
    FamilyRelation,
    Goal,
    Household,
    Person,
    Tie,
)
from voordeur.model.catalogues import (
    AgreementOwnerKind,
    AgreementStatus,
    ChildType,
    GoalStatus,
    HouseholdStatus,
    NodeKind,
    PartnerStatus,
    PersonKind,
)
from voordeur.services import households as hs
from voordeur.services import plan
from voordeur.services.households import ServiceError
from voordeur.services.unit_of_work import unit_of_work
from voordeur.store.store import META_TEAM, Store

DAY = date(2026, 11, 16)


def household_id(store: Store, name: str = "Gezin Smit") -> str:
    with unit_of_work(store) as uow:
        return hs.create_household(uow, name).id


def get(store: Store, cls: type, record_id: str):  # type: ignore[no-untyped-def]
    with store.session() as session:
        return session.get(cls, record_id)


def test_start_household_belongs_to_this_worker_and_team(store: Store) -> None:
    with unit_of_work(store) as uow:
        household = hs.start_household(uow, "  Gezin Jansen ", neighbourhood="Zwolle-Zuid",
                                       today=DAY)
    saved = get(store, Household, household.id)
    assert saved.display_name == "Gezin Jansen"
    assert saved.team_id == store.meta(META_TEAM) and saved.team_id
    assert saved.primary_worker_id == store.actor.worker_id
    assert saved.opened_on == DAY and saved.status == HouseholdStatus.ACTIVE


def test_edit_household(store: Store) -> None:
    hid = household_id(store)
    with unit_of_work(store) as uow:
        changed = hs.edit_household(uow, hs.require(uow, Household, hid),
                                    display_name=" Gezin Smit-Bakker ", postcode="8011 AB")
    assert changed == {"display_name", "postcode"}
    assert get(store, Household, hid).display_name == "Gezin Smit-Bakker"
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        hs.edit_household(uow, hs.require(uow, Household, hid), display_name="  ")
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        hs.edit_household(uow, hs.require(uow, Household, hid), status=HouseholdStatus.CLOSED)
    assert get(store, Household, hid).status == HouseholdStatus.ACTIVE


def test_close_and_reopen(store: Store) -> None:
    hid = household_id(store)
    with unit_of_work(store) as uow:
        hs.close_household(uow, hs.require(uow, Household, hid), DAY)
    assert get(store, Household, hid).status == HouseholdStatus.CLOSED
    with unit_of_work(store) as uow:
        hs.reopen_household(uow, hs.require(uow, Household, hid))
    saved = get(store, Household, hid)
    assert saved.status == HouseholdStatus.ACTIVE and saved.closed_on is None


def test_require_refuses_missing_and_deleted_records(store: Store) -> None:
    hid = household_id(store)
    with unit_of_work(store) as uow:
        uow.delete(uow.get(Household, hid))
    with pytest.raises(ServiceError, match="no longer exists"), unit_of_work(store) as uow:
        hs.require(uow, Household, hid)
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        hs.require(uow, Person, "nope")


def test_one_index_person_per_household(store: Store) -> None:
    hid = household_id(store)
    with unit_of_work(store) as uow:
        household = hs.require(uow, Household, hid)
        mother = hs.add_member(uow, household, first_name="Anna", is_index=True)
        son = hs.add_member(uow, household, first_name="Sem", is_index=True)
    assert not get(store, Person, mother.id).is_index
    assert get(store, Person, son.id).is_index
    assert get(store, Person, son.id).kind == PersonKind.MEMBER
    with unit_of_work(store) as uow:
        hs.edit_person(uow, hs.require(uow, Person, mother.id), is_index=True)
    assert get(store, Person, mother.id).is_index
    assert not get(store, Person, son.id).is_index


def test_edit_person_rules(store: Store) -> None:
    hid, other = household_id(store), household_id(store, "Gezin Ander")
    with unit_of_work(store) as uow:
        household = hs.require(uow, Household, hid)
        member = hs.add_member(uow, household, first_name="Anna", birth_year=1980)
        neighbour = hs.add_person(uow, household, first_name="Buur", kind=PersonKind.NETWORK)
    with unit_of_work(store) as uow:
        hs.edit_person(uow, hs.require(uow, Person, member.id), birth_date=date(1984, 5, 1),
                       last_name="Smit")
    saved = get(store, Person, member.id)
    assert (saved.birth_date, saved.birth_year, saved.last_name) == (date(1984, 5, 1), 1984,
                                                                    "Smit")
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        hs.edit_person(uow, hs.require(uow, Person, neighbour.id), is_index=True)
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        hs.edit_person(uow, hs.require(uow, Person, member.id), household_id=other)


def test_remove_person_tombstones_their_lines_but_keeps_the_file(store: Store) -> None:
    hid = household_id(store)
    with unit_of_work(store) as uow:
        household = hs.require(uow, Household, hid)
        mother = hs.add_member(uow, household, first_name="Anna")
        father = hs.add_member(uow, household, first_name="Bas")
        child = hs.add_member(uow, household, first_name="Sem")
        partners = hs.relate_partners(uow, mother, father, PartnerStatus.MARRIED)
        parent = hs.relate_parent_child(uow, father, child, ChildType.BIOLOGICAL)
        kept = hs.relate_parent_child(uow, mother, child, ChildType.BIOLOGICAL)
        tie = hs.connect(uow, household, (NodeKind.PERSON, father.id),
                         (NodeKind.HOUSEHOLD, household.id))
        other_tie = hs.connect(uow, household, (NodeKind.PERSON, mother.id),
                               (NodeKind.HOUSEHOLD, household.id))
        position = uow.add(EcogramPosition(household_id=household.id,
                                           node_kind=NodeKind.PERSON, node_id=father.id))
        agreement = plan.add_agreement(uow, household, "Bas belt school",
                                       owner_kind=AgreementOwnerKind.MEMBER, owner_id=father.id)
    with unit_of_work(store) as uow:
        hs.remove_person(uow, hs.require(uow, Person, father.id))
    assert get(store, Person, father.id).deleted_at is not None
    for cls, rid in ((FamilyRelation, partners.id), (FamilyRelation, parent.id), (Tie, tie.id),
                     (EcogramPosition, position.id)):
        assert get(store, cls, rid).deleted_at is not None
    for cls, rid in ((FamilyRelation, kept.id), (Tie, other_tie.id), (Person, mother.id),
                     (Agreement, agreement.id)):
        assert get(store, cls, rid).deleted_at is None
    with store.session() as session:
        left = session.exec(select(Person).where(Person.household_id == hid,
                                                 Person.deleted_at == None)).all()  # noqa: E711
    assert {p.first_name for p in left} == {"Anna", "Sem"}


def test_edit_goal_status_dates_it(store: Store) -> None:
    hid = household_id(store)
    with unit_of_work(store) as uow:
        goal = plan.add_goal(uow, hs.require(uow, Household, hid), "Rust in huis")
    with unit_of_work(store) as uow:
        plan.edit_goal(uow, hs.require(uow, Goal, goal.id), status=GoalStatus.ACHIEVED, on=DAY,
                       text=" Rust in huis, ook 's avonds ")
    saved = get(store, Goal, goal.id)
    assert (saved.status, saved.closed_on) == (GoalStatus.ACHIEVED, DAY)
    assert saved.text == "Rust in huis, ook 's avonds"
    with unit_of_work(store) as uow:
        plan.edit_goal(uow, hs.require(uow, Goal, goal.id), status=GoalStatus.ACTIVE)
    saved = get(store, Goal, goal.id)
    assert (saved.status, saved.closed_on) == (GoalStatus.ACTIVE, None)
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        plan.edit_goal(uow, hs.require(uow, Goal, goal.id), text=" ")


def test_edit_agreement(store: Store) -> None:
    hid = household_id(store)
    with unit_of_work(store) as uow:
        agreement = plan.add_agreement(uow, hs.require(uow, Household, hid), "Bellen")
    with unit_of_work(store) as uow:
        plan.edit_agreement(uow, hs.require(uow, Agreement, agreement.id), what=" Mailen ",
                            due_on=DAY, owner_kind=AgreementOwnerKind.WORKER)
    saved = get(store, Agreement, agreement.id)
    assert (saved.what, saved.due_on, saved.owner_kind) == ("Mailen", DAY,
                                                           AgreementOwnerKind.WORKER)
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        plan.edit_agreement(uow, hs.require(uow, Agreement, agreement.id),
                            status=AgreementStatus.DONE)
    with pytest.raises(ServiceError), unit_of_work(store) as uow:
        plan.edit_agreement(uow, hs.require(uow, Agreement, agreement.id), what="")


def test_pasted_control_characters_are_cleaned_so_every_write_passes_the_push_checks(
        store: Store) -> None:
    """A name pasted with a tab, a line break and a NUL is stored as one line; a note keeps its
    line breaks and tabs but loses the NUL: the team server would refuse either as it was."""
    from voordeur.model import Person, Visit
    from voordeur.model.value_rules import text_problem
    from voordeur.services import visits as vs

    with unit_of_work(store) as uow:
        household = hs.start_household(uow, "Gezin\tPlak\x00", city="Zwolle\r\n")
        person = uow.add(Person(household_id=household.id, first_name="Ab\ndel", role="vader",
                                kind="member"))
        visit = vs.start_visit(uow, household, notes="Regel 1\r\n\tRegel 2\x00")
    with store.session() as session:
        stored_household = session.get(type(household), household.id)
        assert stored_household.display_name == "Gezin Plak"
        assert stored_household.city == "Zwolle "
        assert session.get(Person, person.id).first_name == "Ab del"
        assert session.get(Visit, visit.id).notes == "Regel 1\n\tRegel 2"
    with unit_of_work(store) as uow:
        assert uow.update(uow.get(Person, person.id), first_name="Ab\x07del") == {"first_name"}
    with store.session() as session:
        name = session.get(Person, person.id).first_name
    assert name == "Abdel" and text_problem(name) is None

"""Use cases for households, their members, network people, organisations and ties."""

from __future__ import annotations

from datetime import date
from typing import Any

from voordeur.model import (
    FamilyRelation,
    Household,
    HouseholdPartner,
    Organisation,
    Person,
    Tie,
)
from voordeur.model.catalogues import (
    ChildType,
    FamilyRelationKind,
    HouseholdStatus,
    NodeKind,
    PartnerStatus,
    PersonKind,
)
from voordeur.services.unit_of_work import UnitOfWork


class ServiceError(ValueError):
    """A request that breaks a rule of the domain; the message is plain English."""


def create_household(uow: UnitOfWork, display_name: str, **fields: Any) -> Household:
    if not display_name.strip():
        raise ServiceError("a household needs a name")
    return uow.add(Household(display_name=display_name.strip(), **fields))


def close_household(uow: UnitOfWork, household: Household, on: date) -> None:
    uow.update(household, status=HouseholdStatus.CLOSED, closed_on=on)


def reopen_household(uow: UnitOfWork, household: Household) -> None:
    uow.update(household, status=HouseholdStatus.ACTIVE, closed_on=None)


def add_person(uow: UnitOfWork, household: Household, **fields: Any) -> Person:
    person = Person(household_id=household.id, **fields)
    if person.birth_date is not None and person.birth_year is None:
        person.birth_year = person.birth_date.year
    if person.is_index and person.kind != PersonKind.MEMBER:
        raise ServiceError("only a household member can be the index person")
    return uow.add(person)


def add_organisation(uow: UnitOfWork, name: str, **fields: Any) -> Organisation:
    if not name.strip():
        raise ServiceError("an organisation needs a name")
    return uow.add(Organisation(name=name.strip(), **fields))


def link_partner(
    uow: UnitOfWork, household: Household, organisation: Organisation, **fields: Any
) -> HouseholdPartner:
    return uow.add(
        HouseholdPartner(household_id=household.id, organisation_id=organisation.id, **fields)
    )


def relate_partners(
    uow: UnitOfWork, a: Person, b: Person, status: PartnerStatus, **fields: Any
) -> FamilyRelation:
    _same_household(a, b)
    return uow.add(
        FamilyRelation(household_id=a.household_id, kind=FamilyRelationKind.PARTNERS,
                       person_a_id=a.id, person_b_id=b.id, partner_status=status, **fields)
    )


def relate_parent_child(
    uow: UnitOfWork, parent: Person, child: Person, child_type: ChildType, **fields: Any
) -> FamilyRelation:
    _same_household(parent, child)
    if parent.id == child.id:
        raise ServiceError("a person cannot be their own parent")
    return uow.add(
        FamilyRelation(household_id=parent.household_id, kind=FamilyRelationKind.PARENT_CHILD,
                       person_a_id=parent.id, person_b_id=child.id, child_type=child_type,
                       **fields)
    )


def connect(
    uow: UnitOfWork,
    household: Household,
    source: tuple[NodeKind, str],
    target: tuple[NodeKind, str],
    **fields: Any,
) -> Tie:
    """Draw a tie between two nodes of the household's ecogram."""
    if source == target:
        raise ServiceError("a tie needs two different ends")
    return uow.add(
        Tie(household_id=household.id, source_kind=source[0], source_id=source[1],
            target_kind=target[0], target_id=target[1], **fields)
    )


def _same_household(a: Person, b: Person) -> None:
    if a.household_id != b.household_id:
        raise ServiceError("family relations are drawn within one household")

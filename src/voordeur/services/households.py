"""Use cases for households, their members, network people, organisations and ties."""

from __future__ import annotations

from datetime import date
from typing import Any, TypeVar

from sqlalchemy import and_, or_
from sqlmodel import col, select

from voordeur import clock
from voordeur.model import (
    EcogramPosition,
    Entity,
    FamilyRelation,
    Household,
    HouseholdPartner,
    Organisation,
    Person,
    StoreMeta,
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
from voordeur.store.store import META_TEAM


class ServiceError(ValueError):
    """A request that breaks a rule of the domain; the message is plain English."""


def create_household(uow: UnitOfWork, display_name: str, **fields: Any) -> Household:
    if not display_name.strip():
        raise ServiceError("a household needs a name")
    if fields.get("team_id") is None:  # the worker's team, so sync can share it
        meta = uow.session.get(StoreMeta, META_TEAM)
        fields["team_id"] = (meta.value if meta else "") or None
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


# -- editing households and members (the desktop app's household page) -----------------------
E = TypeVar("E", bound=Entity)

# Household fields changed only through close_household / reopen_household.
_STATUS_FIELDS = frozenset({"status", "closed_on", "retain_until"})


def require(uow: UnitOfWork, cls: type[E], record_id: str) -> E:
    """The record with this id, or a ServiceError when it is gone (deleted on another device)."""
    record = uow.get(cls, record_id)
    if record is None:
        raise ServiceError(f"this {cls.__name__.lower()} no longer exists")
    return record


def start_household(
    uow: UnitOfWork, display_name: str, *, today: date | None = None, **fields: Any
) -> Household:
    """A new household of this worker's team, opened today."""
    fields.setdefault("primary_worker_id", uow.actor.worker_id)
    fields.setdefault("opened_on", today or clock.today())
    return create_household(uow, display_name, **fields)


def edit_household(uow: UnitOfWork, household: Household, **fields: Any) -> set[str]:
    """Change a household's name, wijk or contact details (not its status: close or reopen)."""
    if _STATUS_FIELDS.intersection(fields):
        raise ServiceError("use close_household or reopen_household to change the status")
    if "display_name" in fields:
        fields["display_name"] = str(fields["display_name"]).strip()
        if not fields["display_name"]:
            raise ServiceError("a household needs a name")
    return uow.update(household, **fields)


def add_member(uow: UnitOfWork, household: Household, **fields: Any) -> Person:
    """A member of the household itself; a new index person takes over from the old one."""
    person = add_person(uow, household, **{**fields, "kind": PersonKind.MEMBER})
    if person.is_index:
        _clear_other_index(uow, person)
    return person


def edit_person(uow: UnitOfWork, person: Person, **fields: Any) -> set[str]:
    """Change a person; a birth date sets the birth year; one index person per household."""
    if "household_id" in fields and fields["household_id"] != person.household_id:
        raise ServiceError("a person cannot move to another household")
    if fields.get("birth_date") is not None:
        fields["birth_year"] = fields["birth_date"].year
    kind = fields.get("kind", person.kind)
    if fields.get("is_index", person.is_index) and kind != PersonKind.MEMBER:
        raise ServiceError("only a household member can be the index person")
    changed = uow.update(person, **fields)
    if "is_index" in changed and person.is_index:
        _clear_other_index(uow, person)
    return changed


def remove_person(uow: UnitOfWork, person: Person) -> None:
    """Tombstone a person together with their genogram lines, ecogram ties and position.

    Agreements, goals and consents that name the person stay: they are part of the file.
    """
    relations = uow.session.exec(
        select(FamilyRelation).where(
            FamilyRelation.household_id == person.household_id,
            or_(FamilyRelation.person_a_id == person.id, FamilyRelation.person_b_id == person.id),
        )
    ).all()
    ties = uow.session.exec(
        select(Tie).where(
            Tie.household_id == person.household_id,
            or_(
                and_(Tie.source_kind == NodeKind.PERSON, Tie.source_id == person.id),
                and_(Tie.target_kind == NodeKind.PERSON, Tie.target_id == person.id),
            ),
        )
    ).all()
    positions = uow.session.exec(
        select(EcogramPosition).where(
            EcogramPosition.household_id == person.household_id,
            EcogramPosition.node_kind == NodeKind.PERSON,
            EcogramPosition.node_id == person.id,
        )
    ).all()
    for record in (*relations, *ties, *positions):
        uow.delete(record)
    uow.delete(person)


def _clear_other_index(uow: UnitOfWork, person: Person) -> None:
    others = uow.session.exec(
        select(Person).where(
            Person.household_id == person.household_id,
            Person.id != person.id,
            Person.is_index == True,  # noqa: E712 (SQL expression)
            col(Person.deleted_at).is_(None),
        )
    ).all()
    for other in others:
        uow.update(other, is_index=False)

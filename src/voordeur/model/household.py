"""Teams, workers, households, the people in and around them, and organisations."""

from __future__ import annotations

from datetime import date

from sqlmodel import Field

from voordeur.model.base import Entity
from voordeur.model.base_fields import enum_field, ref_field
from voordeur.model.catalogues import (
    CLOSENESS_MIDDLE,
    ChildType,
    FamilyRelationKind,
    Gender,
    HouseholdStatus,
    LifeDomain,
    OrganisationKind,
    PartnerStatus,
    PersonKind,
)


class Team(Entity, table=True):
    name: str = Field(max_length=200)


class Worker(Entity, table=True):
    """A professional using Voordeur (this laptop's user or a colleague in the team)."""

    name: str = Field(max_length=200)
    team_id: str | None = ref_field("team", optional=True)
    neighbourhood: str = Field(default="", max_length=200)
    # The worker's profile, printed at the end of documents: who to contact and how (0005).
    organisation: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)


class Household(Entity, table=True):
    """The unit of work: a family and, around it, its network. Contact details kept minimal."""

    display_name: str = Field(max_length=200)
    team_id: str | None = ref_field("team", optional=True)
    primary_worker_id: str | None = ref_field("worker", optional=True)
    neighbourhood: str = Field(default="", max_length=200, index=True)
    city: str = Field(default="", max_length=200)
    street: str = Field(default="", max_length=200)
    house_number: str = Field(default="", max_length=20)
    postcode: str = Field(default="", max_length=10)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    status: HouseholdStatus = enum_field(HouseholdStatus.ACTIVE, index=True)
    opened_on: date | None = None
    closed_on: date | None = None
    # After closing, data is kept until this date (retention period) and then erased.
    retain_until: date | None = None


class Person(Entity, table=True):
    """A household member (drawn in the genogram) or a person in the household's network."""

    household_id: str = ref_field("household")
    kind: PersonKind = enum_field(PersonKind.MEMBER)
    first_name: str = Field(default="", max_length=100)
    last_name: str = Field(default="", max_length=100)
    role: str = Field(default="", max_length=100)  # "moeder", "oma", "buurvrouw" ...
    gender: Gender = enum_field(Gender.UNKNOWN)
    birth_date: date | None = None
    birth_year: int | None = Field(default=None, ge=1900, le=2200)
    deceased: bool = False
    is_index: bool = False
    life_domain: LifeDomain = enum_field(LifeDomain.FAMILY_HOME)
    closeness: int = Field(default=CLOSENESS_MIDDLE, ge=1, le=3)
    phone: str = Field(default="", max_length=40)
    note: str = Field(default="", max_length=2000)


class Organisation(Entity, table=True):
    """A partner organisation on the team's sociale kaart; shared by the team's households."""

    name: str = Field(max_length=200)
    kind: OrganisationKind = enum_field(OrganisationKind.OTHER)
    team_id: str | None = ref_field("team", optional=True)
    neighbourhood: str = Field(default="", max_length=200)
    phone: str = Field(default="", max_length=40)
    email: str = Field(default="", max_length=200)
    # The sociale kaart (0005): where it is and whom to ask for.
    address: str = Field(default="", max_length=200)
    contact_person: str = Field(default="", max_length=200)


class HouseholdPartner(Entity, table=True):
    """An organisation in one household's network (it appears in that household's ecogram)."""

    __tablename__ = "household_partner"

    household_id: str = ref_field("household")
    organisation_id: str = ref_field("organisation")
    contact_name: str = Field(default="", max_length=200)
    life_domain: LifeDomain = enum_field(LifeDomain.PROFESSIONALS)
    closeness: int = Field(default=CLOSENESS_MIDDLE, ge=1, le=3)


class FamilyRelation(Entity, table=True):
    """A genogram line: partners (a, b) or parent (a) → child (b)."""

    __tablename__ = "family_relation"

    household_id: str = ref_field("household")
    kind: FamilyRelationKind = enum_field()
    person_a_id: str = ref_field("person")
    person_b_id: str = ref_field("person")
    partner_status: PartnerStatus | None = enum_field(None)
    child_type: ChildType | None = enum_field(None)

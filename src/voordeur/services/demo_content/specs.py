"""The public specs the demo content is handed out in: plain, frozen values."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from voordeur.model.catalogues import (
    ChildType,
    FamilyRelationKind,
    Gender,
    LifeDomain,
    OrganisationKind,
    PartnerStatus,
    Theme,
)


@dataclass(frozen=True)
class MemberSpec:
    first_name: str
    last_name: str
    gender: Gender
    role: str
    birth_date: date | None
    birth_year: int | None
    is_index: bool
    deceased: bool


@dataclass(frozen=True)
class RelationSpec:
    a: int
    b: int
    kind: FamilyRelationKind
    partner_status: PartnerStatus | None
    child_type: ChildType | None


@dataclass(frozen=True)
class HouseholdSpec:
    display_name: str
    neighbourhood: str
    city: str
    street: str
    house_number: str
    postcode: str
    phone: str
    members: list[MemberSpec]
    relations: list[RelationSpec]
    themes: list[Theme]
    # The day ages are counted from; the text functions need children's ages. Specs built by
    # hand may leave it out: ages are then counted from the youngest member's birth date.
    reference_day: date | None = field(default=None)


@dataclass(frozen=True)
class NetworkPersonSpec:
    first_name: str
    last_name: str
    gender: Gender
    role: str
    life_domain: LifeDomain
    closeness: int


@dataclass(frozen=True)
class OrganisationSpec:
    name: str
    kind: OrganisationKind
    contact_name: str

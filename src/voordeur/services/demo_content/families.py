"""One synthetic household: a family structure, an address, fitting themes and an index person."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date

from voordeur.model.catalogues import FamilyRelationKind, PartnerStatus, Theme
from voordeur.services.demo_content.backgrounds import (
    DUTCH,
    Background,
    background_of,
    pick_background,
)
from voordeur.services.demo_content.dates import years_old
from voordeur.services.demo_content.family_builder import FamilyBuilder
from voordeur.services.demo_content.places import (
    NEIGHBOURHOODS,
    PLACES,
    random_house_number,
    random_phone,
    random_postcode,
)
from voordeur.services.demo_content.roles import CHILD_ROLES, at_home
from voordeur.services.demo_content.specs import HouseholdSpec, MemberSpec

_STRUCTURES: tuple[tuple[str, int], ...] = (
    ("nuclear", 32),
    ("single_mother_ex", 20),
    ("single_mother", 7),
    ("single_father", 6),
    ("blended", 14),
    ("grandparents", 6),
    ("foster", 5),
    ("adoptive", 3),
    ("three_generations", 7),
)


def _build(b: FamilyBuilder, structure: str, bg: Background) -> None:
    if structure == "nuclear":
        b.nuclear(bg)
    elif structure == "single_mother_ex":
        b.single_parent(bg)
    elif structure == "single_mother":
        b.single_parent(bg, ex=False)
    elif structure == "single_father":
        b.single_parent(bg, father=True)
    elif structure == "blended":
        b.blended(bg)
    elif structure == "grandparents":
        b.grandparents_raise(bg)
    elif structure == "foster":
        b.nuclear(DUTCH if b.rng.random() < 0.6 else bg, foster=True)
    elif structure == "adoptive":
        b.nuclear(DUTCH, adoptive=True)
    else:
        b.three_generations(bg)


def household(rng: random.Random, reference_day: date) -> HouseholdSpec:
    """One synthetic household: members, genogram relations, address and fitting themes."""
    bg = pick_background(rng)
    structure = rng.choices([s for s, _ in _STRUCTURES], weights=[w for _, w in _STRUCTURES])[0]
    b = FamilyBuilder(rng, reference_day)
    _build(b, structure, bg)
    wijk, city = rng.choice(NEIGHBOURHOODS)
    _, prefixes, streets = PLACES[wijk]

    themes = _choose_themes(rng, b, reference_day)
    index = _choose_index(rng, b, themes, reference_day)
    members = [
        MemberSpec(
            first_name=p.first,
            last_name=p.last,
            gender=p.gender,
            role=p.role,
            birth_date=p.birth_date,
            birth_year=p.birth_year,
            is_index=i == index,
            deceased=p.deceased,
        )
        for i, p in enumerate(b.people)
    ]
    return HouseholdSpec(
        display_name=b.display_name,
        neighbourhood=wijk,
        city=city,
        street=rng.choice(streets),
        house_number=random_house_number(rng),
        postcode=random_postcode(rng, prefixes),
        phone=random_phone(rng),
        members=members,
        relations=list(b.relations),
        themes=themes,
        reference_day=reference_day,
    )


def _choose_themes(rng: random.Random, b: FamilyBuilder, ref: date) -> list[Theme]:
    people = b.people
    kids = [
        years_old(p.birth_date, ref)
        for p in people
        if p.role in CHILD_ROLES and p.birth_date is not None
    ]
    primary = people[0]
    has_ex = any(
        rel.kind == FamilyRelationKind.PARTNERS
        and 0 in (rel.a, rel.b)
        and rel.partner_status in (PartnerStatus.SEPARATED, PartnerStatus.DIVORCED)
        for rel in b.relations
    )
    has_partner = any(
        rel.kind == FamilyRelationKind.PARTNERS
        and 0 in (rel.a, rel.b)
        and rel.partner_status in (PartnerStatus.MARRIED, PartnerStatus.COHABITING)
        and at_home(
            people[rel.b if rel.a == 0 else rel.a].role,
            people[rel.b if rel.a == 0 else rel.a].deceased,
        )
        for rel in b.relations
    )
    single = not has_partner
    newcomer = background_of(primary.last).origin is not None
    primary_age = ref.year - primary.year
    weights: dict[Theme, float] = {
        Theme.PARENTING: 10 if kids else 0,
        Theme.MONEY: 9 + (4 if single else 0),
        Theme.CHILD_DEVELOPMENT: 6 if any(a <= 11 for a in kids) else 0,
        Theme.LANGUAGE_DELAY: 5 if any(1 <= a <= 5 for a in kids) else 0,
        Theme.TRUANCY: 6 if any(5 <= a <= 17 for a in kids) else 0,
        Theme.DIVORCE: 14 if has_ex else 0,
        Theme.HOUSING: 5 + (2 if newcomer else 0),
        Theme.LONELINESS: 4 + (3 if single else 0) + (3 if newcomer else 0),
        Theme.WORK_INCOME: (5 + (3 if newcomer else 0)) if primary_age < 62 else 0,
        Theme.HEALTH: 4,
        Theme.MENTAL_HEALTH: 5,
        Theme.OVERWEIGHT: 4 if any(a >= 4 for a in kids) else 0,
        Theme.INFORMAL_CARE: 22 if b.elder_at_home else 2,
        Theme.ADDICTION: 2 if primary_age < 55 else 0,
        Theme.DOMESTIC_VIOLENCE: 2 if (has_ex or has_partner) and primary_age < 55 else 0,
    }
    if b.elder_at_home:
        # The grandmother who moved in is the reason the family is known; lead with that.
        chosen = [Theme.INFORMAL_CARE]
        weights[Theme.INFORMAL_CARE] = 0
    elif has_ex and rng.random() < 0.7:
        chosen = [Theme.DIVORCE]
        weights[Theme.DIVORCE] = 0
    else:
        chosen = []
    target = rng.choices((1, 2, 3, 4), weights=(3, 4, 2, 1))[0]
    while len(chosen) < target:
        pool = [t for t, w in weights.items() if w > 0]
        if not pool:
            break
        theme = rng.choices(pool, weights=[weights[t] for t in pool])[0]
        chosen.append(theme)
        weights[theme] = 0
    return chosen


def _choose_index(rng: random.Random, b: FamilyBuilder, themes: Sequence[Theme], ref: date) -> int:
    kids = [
        (i, years_old(p.birth_date, ref))
        for i, p in enumerate(b.people)
        if p.role in CHILD_ROLES and p.birth_date is not None
    ]
    fits = {
        Theme.TRUANCY: lambda a: 5 <= a <= 17,
        Theme.LANGUAGE_DELAY: lambda a: 1 <= a <= 5,
        Theme.CHILD_DEVELOPMENT: lambda a: a <= 11,
        Theme.OVERWEIGHT: lambda a: a >= 4,
        Theme.PARENTING: lambda a: True,
        Theme.DIVORCE: lambda a: True,
    }
    for theme in themes:
        if theme in fits:
            candidates = [i for i, a in kids if fits[theme](a)]
            if theme == Theme.TRUANCY:
                teens = [i for i, a in kids if a >= 12]
                candidates = teens or candidates
            if candidates:
                return rng.choice(candidates)
    if kids and rng.random() < 0.8:
        return rng.choice(kids)[0]
    return 0

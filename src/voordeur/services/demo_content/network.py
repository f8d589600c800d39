"""People around a household for the ecogram: family outside the home, friends, neighbours."""

from __future__ import annotations

import random
from dataclasses import dataclass

from voordeur.model.catalogues import (
    CLOSENESS_FAR,
    CLOSENESS_MIDDLE,
    CLOSENESS_NEAR,
    FamilyRelationKind,
    Gender,
    LifeDomain,
    Theme,
)
from voordeur.services.demo_content.backgrounds import (
    DUTCH,
    Background,
    background_of,
    gendered_surname,
    pick_background,
    pick_first_name,
    surname_base,
)
from voordeur.services.demo_content.cast import Cast, member_age, read_cast
from voordeur.services.demo_content.roles import role_word
from voordeur.services.demo_content.specs import HouseholdSpec, NetworkPersonSpec


@dataclass(frozen=True)
class _NetCandidate:
    role: str
    domain: LifeDomain
    gender: Gender
    background: Background | None  # None: any background
    surname: str | None  # shared surname (base form), or None for an unrelated person
    closeness: tuple[int, ...]
    generation: str = "adult"


def _family_candidates(h: HouseholdSpec, cast: Cast) -> list[_NetCandidate]:
    ref = cast.ref
    anchors = [m for m in (cast.primary, cast.partner, cast.ex) if m is not None]
    # Grandparents already drawn in the genogram (living in, or deceased) are not repeated.
    parents_in_genogram = {
        (id(h.members[rel.b]), h.members[rel.a].gender)
        for rel in h.relations
        if rel.kind == FamilyRelationKind.PARENT_CHILD
    }
    out: list[_NetCandidate] = []
    near_far = (CLOSENESS_NEAR, CLOSENESS_NEAR, CLOSENESS_MIDDLE)
    for anchor in anchors:
        bg = background_of(anchor.last_name)
        base = surname_base(anchor.last_name)
        older = role_word(anchor.role) in ("oma", "opa")
        is_ex = anchor is cast.ex
        if not older and member_age(anchor, ref) < 58:
            for gender, role in ((Gender.FEMALE, "oma"), (Gender.MALE, "opa")):
                if (id(anchor), gender) in parents_in_genogram:
                    continue
                closeness = (CLOSENESS_MIDDLE, CLOSENESS_FAR) if is_ex else near_far
                out.append(
                    _NetCandidate(
                        role, LifeDomain.EXTENDED_FAMILY, gender, bg, base, closeness, "elder"
                    )
                )
        if older:
            # The grandparent's other children are the children's aunts and uncles.
            out.append(
                _NetCandidate(
                    "tante", LifeDomain.EXTENDED_FAMILY, Gender.FEMALE, bg, base, near_far
                )
            )
            out.append(
                _NetCandidate(
                    "oom", LifeDomain.EXTENDED_FAMILY, Gender.MALE, bg, base, (CLOSENESS_MIDDLE,)
                )
            )
            continue
        aunt = "tante" if not is_ex else "tante (zus van " + role_word(anchor.role) + ")"
        uncle = "oom" if not is_ex else "oom (broer van " + role_word(anchor.role) + ")"
        out.append(
            _NetCandidate(
                aunt,
                LifeDomain.EXTENDED_FAMILY,
                Gender.FEMALE,
                bg,
                base,
                (CLOSENESS_NEAR, CLOSENESS_MIDDLE),
            )
        )
        out.append(
            _NetCandidate(
                uncle,
                LifeDomain.EXTENDED_FAMILY,
                Gender.MALE,
                bg,
                base,
                (CLOSENESS_MIDDLE, CLOSENESS_FAR),
            )
        )
        if not is_ex:
            out.append(
                _NetCandidate(
                    "nicht",
                    LifeDomain.EXTENDED_FAMILY,
                    Gender.FEMALE,
                    bg,
                    base,
                    (CLOSENESS_MIDDLE,),
                )
            )
    return out


def _other_candidates(
    rng: random.Random, h: HouseholdSpec, cast: Cast
) -> dict[LifeDomain, list[_NetCandidate]]:
    p_role = role_word(cast.primary.role)
    bg = cast.background
    kids = list(cast.children)
    school_kids = [m for m, a in kids if 4 <= a <= 11]
    teens = [m for m, a in kids if a >= 12]
    sporty = [m for m, a in kids if a >= 5]
    mid, far = CLOSENESS_MIDDLE, CLOSENESS_FAR
    near = CLOSENESS_NEAR
    friend = "vriendin" if cast.primary.gender == Gender.FEMALE else "vriend"
    friends = [
        _NetCandidate(
            f"vriendin van {p_role}", LifeDomain.FRIENDS, Gender.FEMALE, None, None, (near, mid)
        ),
        _NetCandidate(
            f"{friend} van {p_role}", LifeDomain.FRIENDS, cast.primary.gender, bg, None, (near, mid)
        ),
    ]
    if cast.partner is not None:
        prole = role_word(cast.partner.role)
        pf = "vriend" if cast.partner.gender == Gender.MALE else "vriendin"
        friends.append(
            _NetCandidate(
                f"{pf} van {prole}", LifeDomain.FRIENDS, cast.partner.gender, None, None, (mid,)
            )
        )
    for m, a in kids:
        if a >= 4:
            g = rng.choice((Gender.MALE, Gender.FEMALE)) if a < 10 else m.gender
            word = "vriend" if g == Gender.MALE else "vriendin"
            friends.append(
                _NetCandidate(
                    f"{word} van {m.first_name}",
                    LifeDomain.FRIENDS,
                    g,
                    None,
                    None,
                    (near, mid),
                    "child",
                )
            )
    neighbours = [
        _NetCandidate("buurvrouw", LifeDomain.NEIGHBOURS, Gender.FEMALE, None, None, (near, mid)),
        _NetCandidate("buurman", LifeDomain.NEIGHBOURS, Gender.MALE, None, None, (mid, far)),
        _NetCandidate("buurvrouw", LifeDomain.NEIGHBOURS, Gender.FEMALE, None, None, (mid, far)),
    ]
    if any(a <= 8 for _, a in kids):
        neighbours.append(
            _NetCandidate(
                "buurmeisje (oppas)",
                LifeDomain.NEIGHBOURS,
                Gender.FEMALE,
                None,
                None,
                (mid,),
                "child",
            )
        )
    acquaintances = [
        _NetCandidate(
            "kennis van het schoolplein",
            LifeDomain.ACQUAINTANCES,
            Gender.FEMALE,
            None,
            None,
            (far,),
        )
        if school_kids
        else None,
        _NetCandidate(
            f"moeder van een klasgenoot van {school_kids[0].first_name}",
            LifeDomain.ACQUAINTANCES,
            Gender.FEMALE,
            None,
            None,
            (mid, far),
        )
        if school_kids
        else None,
        _NetCandidate("taalmaatje", LifeDomain.ACQUAINTANCES, Gender.FEMALE, DUTCH, None, (mid,))
        if bg.origin
        else None,
        _NetCandidate(
            "vrijwilliger van de voedselbank",
            LifeDomain.ACQUAINTANCES,
            rng.choice((Gender.MALE, Gender.FEMALE)),
            DUTCH,
            None,
            (far,),
        )
        if Theme.MONEY in h.themes
        else None,
        _NetCandidate(
            "kennis van de koffieochtend",
            LifeDomain.ACQUAINTANCES,
            Gender.FEMALE,
            None,
            None,
            (mid, far),
        ),
        _NetCandidate(
            "kennis van de moskee"
            if bg.key in ("turkish", "moroccan", "syrian")
            else "kennis van de kerk",
            LifeDomain.ACQUAINTANCES,
            cast.primary.gender,
            bg,
            None,
            (mid, far),
        ),
    ]
    school_work: list[_NetCandidate | None] = [
        _NetCandidate(
            f"collega van {p_role}",
            LifeDomain.SCHOOL_WORK,
            rng.choice((Gender.MALE, Gender.FEMALE)),
            None,
            None,
            (mid, far),
        )
        if member_age(cast.primary, cast.ref) < 62
        else None,
    ]
    for m in school_kids[:1]:
        g = rng.choice((Gender.FEMALE, Gender.FEMALE, Gender.MALE))
        school_work.append(
            _NetCandidate(
                f"{'juf' if g == Gender.FEMALE else 'meester'} van {m.first_name}",
                LifeDomain.SCHOOL_WORK,
                g,
                None,
                None,
                (mid, far),
            )
        )
    for m in teens[:1]:
        school_work.append(
            _NetCandidate(
                f"mentor van {m.first_name}",
                LifeDomain.SCHOOL_WORK,
                rng.choice((Gender.MALE, Gender.FEMALE)),
                None,
                None,
                (mid, far),
            )
        )
    if cast.partner is not None and member_age(cast.partner, cast.ref) < 62:
        school_work.append(
            _NetCandidate(
                f"collega van {role_word(cast.partner.role)}",
                LifeDomain.SCHOOL_WORK,
                rng.choice((Gender.MALE, Gender.FEMALE)),
                None,
                None,
                (far,),
            )
        )
    leisure: list[_NetCandidate | None] = []
    for m in sporty[:2]:
        sport = rng.choice(("voetbal", "zwemmen", "judo", "dansen", "basketbal", "turnen"))
        g = rng.choice((Gender.MALE, Gender.FEMALE))
        leisure.append(
            _NetCandidate(
                f"trainer van {m.first_name} ({sport})",
                LifeDomain.LEISURE,
                g,
                None,
                None,
                (mid, far),
            )
        )
    leisure.append(
        _NetCandidate(
            "vrijwilliger in het buurthuis",
            LifeDomain.LEISURE,
            rng.choice((Gender.MALE, Gender.FEMALE)),
            None,
            None,
            (far,),
        )
    )
    if teens:
        leisure.append(
            _NetCandidate(
                f"jongerenwerker (bekende van {teens[0].first_name})",
                LifeDomain.LEISURE,
                rng.choice((Gender.MALE, Gender.FEMALE)),
                None,
                None,
                (mid, far),
            )
        )
    return {
        LifeDomain.FRIENDS: friends,
        LifeDomain.NEIGHBOURS: neighbours,
        LifeDomain.ACQUAINTANCES: [c for c in acquaintances if c is not None],
        LifeDomain.SCHOOL_WORK: [c for c in school_work if c is not None],
        LifeDomain.LEISURE: [c for c in leisure if c is not None],
    }


def network_people(
    rng: random.Random, household: HouseholdSpec, count: int
) -> list[NetworkPersonSpec]:
    """People around the household: family outside the home, friends, neighbours and so on."""
    cast = read_cast(household)
    family = list({(c.role, c.surname): c for c in _family_candidates(household, cast)}.values())
    rng.shuffle(family)
    # Grandparents first: they are the most likely to be drawn close in a real ecogram.
    family.sort(key=lambda c: c.role not in ("oma", "opa"))
    others = _other_candidates(rng, household, cast)
    for pool in others.values():
        rng.shuffle(pool)
    n_family = min(len(family), max(1, round(count * rng.uniform(0.3, 0.5))))
    chosen: list[_NetCandidate] = family[:n_family]
    domains = list(others)
    weights = {
        LifeDomain.FRIENDS: 4,
        LifeDomain.NEIGHBOURS: 3,
        LifeDomain.ACQUAINTANCES: 2,
        LifeDomain.SCHOOL_WORK: 2,
        LifeDomain.LEISURE: 2,
    }
    spare = family[n_family:]
    while len(chosen) < count:
        live = [d for d in domains if others[d]]
        if not live:
            if spare:
                chosen.append(spare.pop(0))
                continue
            # Everyone specific is used: more neighbours and friends are always plausible.
            g = rng.choice((Gender.MALE, Gender.FEMALE))
            domain = rng.choice((LifeDomain.NEIGHBOURS, LifeDomain.FRIENDS))
            role = (
                ("buurvrouw" if g == Gender.FEMALE else "buurman")
                if domain == LifeDomain.NEIGHBOURS
                else ("vriendin" if g == Gender.FEMALE else "vriend") + " van de familie"
            )
            chosen.append(
                _NetCandidate(role, domain, g, None, None, (CLOSENESS_MIDDLE, CLOSENESS_FAR))
            )
            continue
        domain = rng.choices(live, weights=[weights[d] for d in live])[0]
        chosen.append(others[domain].pop())

    used = {m.first_name for m in household.members}
    out: list[NetworkPersonSpec] = []
    for c in chosen[:count]:
        if c.background is not None:
            bg = c.background
        elif c.domain in (LifeDomain.FRIENDS, LifeDomain.NEIGHBOURS) and rng.random() < 0.5:
            bg = cast.background
        else:
            bg = pick_background(rng)
        first = pick_first_name(rng, bg, c.gender, c.generation, used)
        last = c.surname if c.surname is not None else rng.choice(bg.surnames)
        out.append(
            NetworkPersonSpec(
                first_name=first,
                last_name=gendered_surname(last, c.gender),
                gender=c.gender,
                role=c.role,
                life_domain=c.domain,
                closeness=rng.choice(c.closeness),
            )
        )
    return out

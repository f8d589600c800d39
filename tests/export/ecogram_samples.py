"""Hand-made ecograms for the export tests (no store needed)."""

from __future__ import annotations

import random

from voordeur.domain.ecogram import Ecogram, FamilyLine, Node, Tie, node_key
from voordeur.model.catalogues import (
    ChildType,
    FamilyRelationKind,
    Gender,
    LifeDomain,
    NodeKind,
    OrganisationKind,
    PartnerStatus,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)

HOUSEHOLD_ID = "hh1"
HOUSEHOLD = node_key(NodeKind.HOUSEHOLD, HOUSEHOLD_ID)

# Names that must never show in role mode.
FIRST_NAMES = ("Fatma", "Mehmet", "Elif", "Yusuf", "Ans", "Joop", "Priya", "Kees")
LAST_NAMES = ("Yilmaz", "Bakker", "Visser")
CONTACT_NAMES = ("Marloes Dekker", "Henk Smit")
TITLE = "Familie Yilmaz"


def person(pid: str, name: str, *, role: str = "", member: bool = False,
           gender: Gender = Gender.UNKNOWN, domain: LifeDomain = LifeDomain.FAMILY_HOME,
           closeness: int = 2, **extra) -> Node:
    return Node(key=node_key(NodeKind.PERSON, pid), kind=NodeKind.PERSON, record_id=pid,
                name=name, role=role, member=member, gender=gender, life_domain=domain,
                closeness=0 if member else closeness, **extra)


def organisation(oid: str, name: str, kind: OrganisationKind, *, domain: LifeDomain,
                 closeness: int = 2, contact_name: str = "", role: str = "") -> Node:
    return Node(key=node_key(NodeKind.ORGANISATION, oid), kind=NodeKind.ORGANISATION,
                record_id=oid, name=name, role=role, life_domain=domain, closeness=closeness,
                organisation_kind=kind, contact_name=contact_name, link_id=f"link-{oid}")


def household_node(title: str = TITLE) -> Node:
    return Node(key=HOUSEHOLD, kind=NodeKind.HOUSEHOLD, record_id=HOUSEHOLD_ID, name=title)


def sample_ecogram() -> Ecogram:
    """A demo-like family: every symbol, line style and tie style occurs at least once."""
    P = lambda pid: node_key(NodeKind.PERSON, pid)  # noqa: E731
    O = lambda oid: node_key(NodeKind.ORGANISATION, oid)  # noqa: E731, E741
    nodes = [
        household_node(),
        person("mum", "Fatma Yilmaz", role="moeder", member=True, gender=Gender.FEMALE,
               is_index=True, birth_year=1986),
        person("dad", "Mehmet Yilmaz", role="vader", member=True, gender=Gender.MALE),
        person("kid1", "Elif Yilmaz", role="dochter", member=True, gender=Gender.FEMALE),
        person("kid2", "Yusuf Yilmaz", role="zoon", member=True, gender=Gender.MALE),
        person("kid3", "Priya Bakker", role="pleegdochter", member=True, gender=Gender.OTHER),
        person("gran", "Ans Bakker", role="oma", gender=Gender.FEMALE,
               domain=LifeDomain.EXTENDED_FAMILY, closeness=1),
        person("grandad", "Joop Bakker", role="opa", gender=Gender.MALE, deceased=True,
               domain=LifeDomain.EXTENDED_FAMILY, closeness=2),
        person("neigh", "Kees Visser", role="buurman", gender=Gender.MALE,
               domain=LifeDomain.NEIGHBOURS, closeness=1),
        person("friend", "Elif Visser", role="vriendin van Fatma", gender=Gender.FEMALE,
               domain=LifeDomain.FRIENDS, closeness=2),
        organisation("school", "Basisschool De Regenboog", OrganisationKind.SCHOOL,
                     domain=LifeDomain.SCHOOL_WORK, closeness=2, contact_name=CONTACT_NAMES[0],
                     role="mentor"),
        organisation("gp", "Huisarts Zuid", OrganisationKind.GP,
                     domain=LifeDomain.PROFESSIONALS, closeness=3,
                     contact_name=CONTACT_NAMES[1]),
        organisation("club", "Voetbalclub ZAC", OrganisationKind.SPORTS_CLUB,
                     domain=LifeDomain.LEISURE, closeness=2),
    ]
    lines = [
        FamilyLine("l1", FamilyRelationKind.PARTNERS, P("mum"), P("dad"),
                   partner_status=PartnerStatus.DIVORCED),
        FamilyLine("l2", FamilyRelationKind.PARENT_CHILD, P("mum"), P("kid1"),
                   child_type=ChildType.BIOLOGICAL),
        FamilyLine("l3", FamilyRelationKind.PARENT_CHILD, P("dad"), P("kid1"),
                   child_type=ChildType.BIOLOGICAL),
        FamilyLine("l4", FamilyRelationKind.PARENT_CHILD, P("mum"), P("kid2"),
                   child_type=ChildType.ADOPTED),
        FamilyLine("l5", FamilyRelationKind.PARENT_CHILD, P("mum"), P("kid3"),
                   child_type=ChildType.FOSTER),
    ]
    S = SupportType
    ties = [
        Tie("t1", P("gran"), HOUSEHOLD, TieStrength.STRONG, TieQuality.SUPPORTIVE,
            SupportDirection.TO_TARGET, (S.PRACTICAL, S.EMOTIONAL)),
        Tie("t2", P("grandad"), P("dad"), TieStrength.NORMAL, TieQuality.CUT_OFF),
        Tie("t3", P("neigh"), HOUSEHOLD, TieStrength.NORMAL, TieQuality.NEUTRAL,
            SupportDirection.MUTUAL, (S.COMPANIONSHIP,)),
        Tie("t4", O("school"), P("kid1"), TieStrength.NORMAL, TieQuality.STRESSFUL,
            SupportDirection.TO_TARGET, (S.ADVICE,)),
        Tie("t5", O("gp"), P("mum"), TieStrength.WEAK, TieQuality.SUPPORTIVE,
            SupportDirection.TO_TARGET, (S.ADVICE,)),
        Tie("t6", P("friend"), P("mum"), TieStrength.STRONG, TieQuality.SUPPORTIVE,
            SupportDirection.MUTUAL, (S.COMPANIONSHIP, S.EMOTIONAL)),
        Tie("t7", O("club"), P("kid2"), TieStrength.NORMAL, TieQuality.SUPPORTIVE,
            SupportDirection.TO_TARGET, (S.COMPANIONSHIP,)),
        Tie("t8", P("neigh"), P("dad"), TieStrength.STRONG, TieQuality.STRESSFUL),
    ]
    return Ecogram.of(HOUSEHOLD_ID, TITLE, nodes, ties, lines)


def empty_ecogram() -> Ecogram:
    """A household with no members, no network and no ties."""
    return Ecogram.of(HOUSEHOLD_ID, TITLE, [household_node()])


def large_ecogram(nodes: int = 150, ties: int = 300, seed: int = 1) -> Ecogram:
    """`nodes` nodes (members, people, organisations) and `ties` ties, deterministic."""
    rng = random.Random(seed)
    domains = list(LifeDomain)
    result = [household_node()]
    for i in range(4):
        result.append(person(f"m{i}", f"Lid{i} Achternaam", role="gezinslid", member=True,
                             gender=rng.choice(list(Gender))))
    for i in range(nodes - 5):
        domain = rng.choice(domains)
        if i % 4 == 0:
            result.append(organisation(f"o{i}", f"Organisatie {i}",
                                       rng.choice(list(OrganisationKind)), domain=domain,
                                       closeness=rng.randint(1, 3), contact_name=f"Contact {i}"))
        else:
            result.append(person(f"p{i}", f"Voornaam{i} Achternaam{i}", role="kennis",
                                 gender=rng.choice(list(Gender)), domain=domain,
                                 closeness=rng.randint(1, 3)))
    keys = [n.key for n in result]
    tie_list = []
    for i in range(ties):
        a, b = rng.sample(keys, 2)
        support = tuple(rng.sample(list(SupportType), rng.randint(0, 3)))
        tie_list.append(Tie(f"t{i:03}", a, b, rng.choice(list(TieStrength)),
                            rng.choice(list(TieQuality)), rng.choice(list(SupportDirection)),
                            support))
    return Ecogram.of(HOUSEHOLD_ID, TITLE, result, tie_list)

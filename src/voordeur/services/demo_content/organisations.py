"""Organisations around a household, and the one the worker consults most."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from voordeur.model.catalogues import Gender, OrganisationKind, Theme
from voordeur.services.demo_content.backgrounds import (
    DUTCH,
    Background,
    gendered_surname,
    pick_background,
    pick_first_name,
    split_names,
)
from voordeur.services.demo_content.cast import (
    Cast,
    child_age,
    find_pupil,
    member_age,
    read_cast,
    stable_choice,
)
from voordeur.services.demo_content.specs import HouseholdSpec, MemberSpec, OrganisationSpec

# Organisation names are derived from the household, not from the caller's random state, so the
# school in a visit's location is the school in the household's organisations.
_PRIMARY_SCHOOLS = split_names(
    "Basisschool De Regenboog, OBS De Zonnewijzer, CBS De Wegwijzer, IKC Het Kompas, "
    "Basisschool De Vlinder, Basisschool De Springplank, OBS Het Palet, IKC De Sterrenboog, "
    "Basisschool De Fontein, CBS De Schakel, Basisschool Al Amal, IKC De Horizon"
)
_SECONDARY_SCHOOLS = split_names(
    "Vechtstede College, Het Meander College, Scholengemeenschap De Brug, Wijkcollege Noord, "
    "Het Stedelijk College, Lyceum De Kring, Vakcollege De Werkplaats, Het Rietland College"
)
_CHILDCARE = split_names(
    "Kinderopvang Het Speelhuis, Peuteropvang Dikkertje Dap, Kinderdagverblijf De Boefjes, "
    "Peuterspeelzaal Het Kabouterhuis, Kinderopvang Kleine Wereld"
)
_SPORTS = (
    "VV {wijk}",
    "Zwemvereniging De Dolfijn",
    "Judoschool {city}",
    "Streetdance Studio {wijk}",
    "Basketbalclub {city} Lions",
    "Atletiekvereniging {city}",
)
_HOUSING_CORPS = split_names(
    "Woonstichting Thuis, Woningcorporatie De Sleutel, Wijkwonen, Woonzorg Samen"
)
_EMPLOYERS = split_names(
    "Thuiszorg Samen, Supermarkt De Buurtwinkel, Schoonmaakbedrijf Glans, Distributiecentrum Oost, "
    "Zorgcentrum De Linde, Kinderopvang Kleine Wereld"
)


def _faith_orgs(bg: Background) -> tuple[str, ...]:
    if bg.key in ("turkish",):
        return ("Ulu Camii {city}", "Moskee Mevlana")
    if bg.key in ("moroccan", "syrian"):
        return ("Moskee Al Amal", "Moskee En Nour")
    if bg.key == "eritrean":
        return ("Eritrees-orthodoxe kerk Medhane Alem",)
    if bg.key == "polish":
        return ("Poolse parochie Sint-Jozef",)
    if bg.key in ("surinamese", "antillean"):
        return ("Evangelische Broedergemeente {city}", "Hindoestaanse vereniging Shanti")
    return ("Protestantse Gemeente {wijk}", "Parochie Sint-Martinus")


@dataclass(frozen=True)
class Org:
    kind: OrganisationKind
    name: str
    function: str  # "de intern begeleider", used in partner-meeting notes
    priority: int  # 0 = must be there, 1 = fits a theme, 2 = fits the family, 3 = generic


def org_candidates(h: HouseholdSpec, cast: Cast) -> list[Org]:
    wijk, city = h.neighbourhood, h.city
    ages = [a for _, a in cast.children]
    themes = set(h.themes)
    out: list[Org] = []

    def add(kind: OrganisationKind, name: str, function: str, priority: int) -> None:
        name = name.format(wijk=wijk, city=city)
        if all(o.name != name for o in out):
            out.append(Org(kind, name, function, priority))

    if any(4 <= a <= 11 for a in ages):
        add(
            OrganisationKind.SCHOOL,
            stable_choice(h, "po", _PRIMARY_SCHOOLS),
            "de intern begeleider",
            0,
        )
    if any(a >= 12 for a in ages):
        add(OrganisationKind.SCHOOL, stable_choice(h, "vo", _SECONDARY_SCHOOLS), "de mentor", 0)
    if any(a <= 3 for a in ages):
        add(OrganisationKind.JGZ, f"Consultatiebureau {wijk}", "de jeugdverpleegkundige", 0)
        add(
            OrganisationKind.CHILDCARE,
            stable_choice(h, "kdv", _CHILDCARE),
            "de pedagogisch medewerker",
            2,
        )
    elif ages:
        add(OrganisationKind.JGZ, f"JGZ {city}", "de jeugdverpleegkundige", 2)
    theme_orgs: dict[Theme, list[tuple[OrganisationKind, str, str]]] = {
        Theme.MONEY: [
            (
                OrganisationKind.DEBT_SUPPORT,
                stable_choice(
                    h, "debt", ("Stichting Schuldhulp {city}", "Schuldhulpverlening {city}")
                ),
                "de schuldhulpverlener",
            )
        ],
        Theme.HOUSING: [
            (
                OrganisationKind.HOUSING,
                stable_choice(h, "corp", _HOUSING_CORPS),
                "de wijkconsulent",
            )
        ],
        Theme.WORK_INCOME: [(OrganisationKind.MUNICIPALITY, "Werkplein {city}", "de klantmanager")],
        Theme.MENTAL_HEALTH: [
            (OrganisationKind.GP, f"Huisartsenpraktijk {wijk}", "de POH-GGZ"),
            (OrganisationKind.MENTAL_HEALTH, "GGZ {city}", "de behandelaar"),
        ],
        Theme.ADDICTION: [
            (OrganisationKind.MENTAL_HEALTH, "Verslavingszorg {city}", "de preventiewerker")
        ],
        Theme.DOMESTIC_VIOLENCE: [
            (OrganisationKind.VEILIG_THUIS, "Veilig Thuis {city}", "een medewerker")
        ],
        Theme.INFORMAL_CARE: [
            (OrganisationKind.OTHER, "Steunpunt Mantelzorg {city}", "de mantelzorgconsulent")
        ],
        Theme.OVERWEIGHT: [
            (OrganisationKind.SPORTS_CLUB, stable_choice(h, "sport", _SPORTS), "de trainer"),
            (OrganisationKind.OTHER, f"Diëtistenpraktijk {wijk}", "de diëtist"),
        ],
        Theme.LANGUAGE_DELAY: [
            (OrganisationKind.OTHER, f"Logopediepraktijk {wijk}", "de logopedist"),
            (OrganisationKind.LIBRARY, f"Bibliotheek {wijk}", "een medewerker"),
        ],
        Theme.CHILD_DEVELOPMENT: [
            (OrganisationKind.OTHER, f"Kinderfysiotherapie {wijk}", "de kinderfysiotherapeut")
        ],
        Theme.PARENTING: [
            (OrganisationKind.YOUTH_CARE, "Jeugdhulp {city}", "de jeugdhulpverlener")
        ],
        Theme.DIVORCE: [(OrganisationKind.OTHER, "Mediationpraktijk {city}", "de mediator")],
        Theme.LONELINESS: [
            (OrganisationKind.COMMUNITY_WORK, f"Huis van de Wijk {wijk}", "de opbouwwerker")
        ],
        Theme.HEALTH: [(OrganisationKind.GP, f"Huisartsenpraktijk {wijk}", "de huisarts")],
        Theme.TRUANCY: [
            (OrganisationKind.MUNICIPALITY, "Bureau Leerplicht {city}", "de leerplichtambtenaar")
        ],
    }
    for theme in h.themes:
        for kind, name, function in theme_orgs.get(theme, []):
            add(kind, name, function, 1)
    if cast.background.origin is not None:
        add(OrganisationKind.LIBRARY, f"Taalhuis {city}", "de taalcoach", 2)
    if any(a >= 5 for a in ages) and Theme.OVERWEIGHT not in themes:
        add(OrganisationKind.SPORTS_CLUB, stable_choice(h, "sport", _SPORTS), "de trainer", 2)
    add(
        OrganisationKind.GP,
        stable_choice(h, "gp", (f"Huisartsenpraktijk {wijk}", f"Gezondheidscentrum {wijk}")),
        "de huisarts",
        3,
    )
    add(OrganisationKind.SOCIAL_TEAM, f"Sociaal Wijkteam {wijk}", "een collega", 3)
    add(OrganisationKind.COMMUNITY_WORK, f"Buurtwerk {wijk}", "de opbouwwerker", 3)
    add(OrganisationKind.LIBRARY, f"Bibliotheek {wijk}", "een medewerker", 3)
    add(
        OrganisationKind.FAITH,
        stable_choice(h, "faith", _faith_orgs(cast.background)),
        "een vrijwilliger",
        3,
    )
    if member_age(cast.primary, cast.ref) < 62:
        add(OrganisationKind.WORK, stable_choice(h, "work", _EMPLOYERS), "de leidinggevende", 3)
    return out


def school_of(cast: Cast, orgs: Sequence[Org], pupil: MemberSpec) -> Org:
    secondary = child_age(cast, pupil) >= 12
    return next(
        o
        for o in orgs
        if o.kind == OrganisationKind.SCHOOL and (o.function == "de mentor") == secondary
    )


def main_partner(h: HouseholdSpec, cast: Cast, orgs: Sequence[Org] | None = None) -> Org:
    """The organisation the worker consults most: partner meetings are with this one."""
    if orgs is None:
        orgs = org_candidates(h, cast)
    by_kind = {o.kind: o for o in reversed(orgs)}
    pupil = find_pupil(cast)
    if pupil is not None:
        by_kind[OrganisationKind.SCHOOL] = school_of(cast, orgs, pupil)
    wanted: dict[Theme, tuple[OrganisationKind, ...]] = {
        Theme.TRUANCY: (OrganisationKind.SCHOOL,),
        Theme.LANGUAGE_DELAY: (OrganisationKind.JGZ, OrganisationKind.SCHOOL),
        Theme.CHILD_DEVELOPMENT: (OrganisationKind.JGZ, OrganisationKind.SCHOOL),
        Theme.OVERWEIGHT: (OrganisationKind.JGZ, OrganisationKind.SCHOOL),
        Theme.MONEY: (OrganisationKind.DEBT_SUPPORT,),
        Theme.HEALTH: (OrganisationKind.GP,),
        Theme.MENTAL_HEALTH: (OrganisationKind.GP,),
        Theme.PARENTING: (OrganisationKind.SCHOOL, OrganisationKind.JGZ),
        Theme.DIVORCE: (OrganisationKind.SCHOOL, OrganisationKind.JGZ),
    }
    for theme in h.themes:
        for kind in wanted.get(theme, ()):
            if kind in by_kind:
                return by_kind[kind]
    for kind in (OrganisationKind.SCHOOL, OrganisationKind.JGZ, OrganisationKind.GP):
        if kind in by_kind:
            return by_kind[kind]
    return orgs[0]


def _contact_name(rng: random.Random, used: set[str]) -> str:
    bg = DUTCH if rng.random() < 0.55 else pick_background(rng)
    gender = rng.choice((Gender.FEMALE, Gender.FEMALE, Gender.MALE))
    first = pick_first_name(rng, bg, gender, "adult", used)
    return f"{first} {gendered_surname(rng.choice(bg.surnames), gender)}"


def organisations(
    rng: random.Random, household: HouseholdSpec, count: int
) -> list[OrganisationSpec]:
    """Organisations around the household, the ones that fit best first.

    Schools and the consultatiebureau come first when there are children of that age, then
    organisations that go with the household's themes, then the usual ones in a wijk.
    """
    cast = read_cast(household)
    candidates = org_candidates(household, cast)
    ordered: list[Org] = []
    for priority in range(4):
        level = [o for o in candidates if o.priority == priority]
        if priority > 0:
            rng.shuffle(level)
        ordered += level
    used = {m.first_name for m in household.members}
    return [
        OrganisationSpec(name=o.name, kind=o.kind, contact_name=_contact_name(rng, used))
        for o in ordered[:count]
    ]

"""The values templates are filled with for one household, and every key a template may use."""

from __future__ import annotations

from collections.abc import Sequence

from voordeur.model.catalogues import Gender, Theme
from voordeur.services.demo_content.backgrounds import HOME_LANGUAGES, surname_base
from voordeur.services.demo_content.cast import (
    Cast,
    child_age,
    find_pupil,
    pick_child,
    stable_choice,
    stable_number,
)
from voordeur.services.demo_content.organisations import main_partner, org_candidates, school_of
from voordeur.services.demo_content.roles import role_word
from voordeur.services.demo_content.specs import HouseholdSpec, MemberSpec


def _join(names: Sequence[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " en " + names[-1]


def _pronouns(prefix: str, gender: Gender) -> dict[str, str]:
    if gender == Gender.MALE:
        forms = ("hij", "zijn", "hem")
    elif gender == Gender.FEMALE:
        forms = ("zij", "haar", "haar")
    else:
        forms = ("die", "hun", "hen")
    return dict(zip((f"{prefix}_hij", f"{prefix}_zijn", f"{prefix}_hem"), forms, strict=True))


def _person_keys(prefix: str, m: MemberSpec) -> dict[str, str]:
    return {prefix: m.first_name, **_pronouns(prefix, m.gender)}


def template_context(h: HouseholdSpec, cast: Cast) -> dict[str, str]:
    """Template values for this household; a key is absent when it does not apply."""
    ctx: dict[str, str] = {}
    p = cast.primary
    ctx.update(_person_keys("ouder", p))
    ctx["ouderrol"] = role_word(p.role)
    if cast.partner is not None:
        ctx.update(_person_keys("partner", cast.partner))
        ctx["partnerrol"] = role_word(cast.partner.role)
    if cast.ex is not None:
        ctx.update(_person_keys("ex", cast.ex))
        ctx["exrol"] = role_word(cast.ex.role)
    if cast.elder is not None:
        ctx.update(_person_keys("oma_thuis", cast.elder))
    kids = [m for m, _ in cast.children]
    if len(kids) > 1:
        ctx["kinderen"] = _join([m.first_name for m in kids])
        ctx["de_kinderen"] = "de kinderen"
    elif kids:
        ctx["de_kinderen"] = kids[0].first_name
    # "kind" is the child most texts are about: the index child, unless that is a baby or
    # toddler (they have their own keys); absent when all children are that young.
    kind = pick_child(cast, lambda a: a >= 3)
    if kind is not None:
        ctx.update(_person_keys("kind", kind))
        other = pick_child(cast, lambda a: a >= 3, exclude=kind)
        if other is not None:
            ctx.update(_person_keys("kind2", other))
    for key, test in (
        ("baby", lambda a: a < 1),
        ("peuter", lambda a: 1 <= a <= 3),
        ("klein", lambda a: 1 <= a <= 5),
        ("schoolkind", lambda a: 4 <= a <= 11),
        ("tiener", lambda a: 12 <= a <= 17),
        ("leerling", lambda a: 4 <= a <= 17),
    ):
        m = pick_child(cast, test)
        if m is not None:
            ctx.update(_person_keys(key, m))
    if cast.children and cast.children[-1][1] <= 2:
        ctx.update(_person_keys("jongste", cast.children[-1][0]))
    ctx["wijk"] = h.neighbourhood
    ctx["stad"] = h.city
    ctx["gezin_naam"] = h.display_name[:1].lower() + h.display_name[1:]
    orgs = org_candidates(h, cast)
    if any(4 <= a <= 11 for _, a in cast.children):
        ctx["basisschool"] = next(o.name for o in orgs if o.function == "de intern begeleider")
    pupil = find_pupil(cast)
    if pupil is not None:
        ctx["school"] = school_of(cast, orgs, pupil).name
        ctx["school_contact"] = "de mentor" if child_age(cast, pupil) >= 12 else "de leerkracht"
    bg = cast.background
    if bg.family_country:
        ctx["familieland"] = bg.family_country
    if bg.key in HOME_LANGUAGES:
        ctx["thuistaal"] = HOME_LANGUAGES[bg.key]
    if bg.origin:
        ctx["herkomstland"] = bg.origin
        ctx["taal"] = bg.language or HOME_LANGUAGES.get(bg.key, "Arabisch")
    partner_org = main_partner(h, cast, orgs)
    ctx["org"] = partner_org.name
    ctx["org_functie"] = partner_org.function
    if Theme.TRUANCY in h.themes:
        ctx["verzuim_uren"] = str(12 + stable_number(h, "verzuim") % 50)
    if Theme.INFORMAL_CARE in h.themes:
        ctx["zorgrol"] = _care_role(cast, h)
    referrers = ["de huisarts", "een buurvrouw", "een vriendin", "het Huis van de Wijk"]
    if "school" in ctx:
        referrers += ["school", "school"]
    if any(a <= 3 for _, a in cast.children):
        referrers += ["het consultatiebureau", "het consultatiebureau"]
    ctx["verwijzer"] = stable_choice(h, "verwijzer", referrers)
    # Sentence-initial variants: {Ouderrol} -> "Moeder", {Kind_hij} -> "Hij".
    for key, value in list(ctx.items()):
        ctx[key[:1].upper() + key[1:]] = value[:1].upper() + value[1:]
    return ctx


def _care_role(cast: Cast, h: HouseholdSpec) -> str:
    """Who the main carer looks after, seen from the carer: "moeder", "schoonmoeder", "man"."""
    if cast.elder is not None:
        own = surname_base(cast.elder.last_name) == surname_base(cast.primary.last_name)
        base = "moeder" if cast.elder.gender == Gender.FEMALE else "vader"
        return base if own else "schoon" + base
    if role_word(cast.primary.role) in ("oma", "opa"):
        if cast.partner is not None:
            return "man" if cast.primary.gender == Gender.FEMALE else "vrouw"
        return "zus"
    return stable_choice(h, "zorg", ("moeder", "vader", "schoonmoeder", "moeder"))


KNOWN_KEYS = frozenset(
    {
        *(
            f"{p}{s}"
            for p in (
                "ouder",
                "partner",
                "ex",
                "kind",
                "kind2",
                "baby",
                "klein",
                "schoolkind",
                "tiener",
                "leerling",
                "jongste",
                "oma_thuis",
            )
            for s in ("", "_hij", "_zijn", "_hem")
        ),
        "peuter",
        "peuter_hij",
        "peuter_zijn",
        "peuter_hem",
        "thuistaal",
        "ouderrol",
        "partnerrol",
        "exrol",
        "kinderen",
        "de_kinderen",
        "wijk",
        "stad",
        "gezin_naam",
        "basisschool",
        "school",
        "school_contact",
        "familieland",
        "herkomstland",
        "taal",
        "org",
        "org_functie",
        "verzuim_uren",
        "zorgrol",
        "verwijzer",
        "netwerk",
        "netwerk2",
        "schaal",
        "nr",
        "groep",
        "groepsthema",
    }
)

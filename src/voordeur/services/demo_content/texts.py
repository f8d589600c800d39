"""The household's texts: request, goals, strengths, concerns, agreements, visit notes and places.

Every choice is drawn from the `random.Random` passed in; facts that must agree between texts
(the theme variant, the school, the main partner) come from the household spec itself.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from voordeur.model.catalogues import Theme, VisitKind
from voordeur.services.demo_content.cast import Cast, read_cast, stable_number
from voordeur.services.demo_content.context import template_context
from voordeur.services.demo_content.organisations import main_partner
from voordeur.services.demo_content.places import PLACES
from voordeur.services.demo_content.specs import HouseholdSpec
from voordeur.services.demo_content.templating import Template, ThemeText, fill, usable
from voordeur.services.demo_content.texts_children import CHILD_THEMES
from voordeur.services.demo_content.texts_family import FAMILY_THEMES
from voordeur.services.demo_content.texts_generic import (
    GENERIC_AGREEMENTS,
    GENERIC_CONCERNS,
    GENERIC_GOALS,
    GENERIC_REQUESTS,
    GENERIC_STRENGTHS,
)
from voordeur.services.demo_content.texts_health import HEALTH_THEMES
from voordeur.services.demo_content.texts_money_work_housing import MONEY_WORK_HOUSING_THEMES
from voordeur.services.demo_content.texts_visits import (
    CLOSE_GROUP,
    CLOSE_HOME,
    CLOSE_PARTNER,
    CLOSE_PHONE,
    CLOSE_STREET,
    GENERIC_NOTES,
    GROUP_BODY,
    GROUP_TOPICS,
    GROUPS,
    NETWORK_NOTES,
    OPEN_GROUP,
    OPEN_HOME,
    OPEN_PARTNER,
    OPEN_PHONE,
    OPEN_STREET,
    PARTNER_BODY,
)

_THEMES: dict[Theme, ThemeText] = {
    **FAMILY_THEMES,
    **CHILD_THEMES,
    **MONEY_WORK_HOUSING_THEMES,
    **HEALTH_THEMES,
}


def all_agreements() -> list[tuple[Template, str]]:
    """Every agreement template with its owner hint, for the tests."""
    return [*GENERIC_AGREEMENTS, *(pair for tt in _THEMES.values() for pair in tt.agreements)]


def all_templates() -> list[Template]:
    """Every template, for the tests that check their placeholders."""
    out: list[Template] = [
        *GENERIC_REQUESTS,
        *GENERIC_GOALS,
        *GENERIC_STRENGTHS,
        *GENERIC_CONCERNS,
        *(t for t, _ in all_agreements()),
    ]
    for tt in _THEMES.values():
        out += [*tt.requests, *tt.extras, *tt.goals, *tt.notes, *tt.strengths, *tt.concerns]
    for group in (
        OPEN_HOME,
        OPEN_PHONE,
        OPEN_STREET,
        OPEN_GROUP,
        OPEN_PARTNER,
        GENERIC_NOTES,
        NETWORK_NOTES,
        GROUP_BODY,
        CLOSE_HOME,
        CLOSE_PHONE,
        CLOSE_STREET,
        CLOSE_GROUP,
        CLOSE_PARTNER,
        *PARTNER_BODY.values(),
    ):
        out += list(group)
    return out


# The demo asks for many texts about the same household in a row; deriving the cast and context
# is most of the work. Keyed on identity plus the contents a caller could still swap in the
# spec's lists, and holding the spec so its id cannot be reused while cached.
_PREPARED: dict[int, tuple[HouseholdSpec, tuple[object, ...], Cast, dict[str, str]]] = {}
_PREPARED_MAX = 256


def _prepared(h: HouseholdSpec) -> tuple[Cast, dict[str, str]]:
    """The household's cast and a fresh copy of its template context."""
    fingerprint = (tuple(map(id, h.members)), tuple(h.relations), tuple(h.themes))
    hit = _PREPARED.get(id(h))
    if hit is not None and hit[0] is h and hit[1] == fingerprint:
        return hit[2], dict(hit[3])
    cast = read_cast(h)
    ctx = template_context(h, cast)
    if len(_PREPARED) >= _PREPARED_MAX:
        del _PREPARED[next(iter(_PREPARED))]
    _PREPARED[id(h)] = (h, fingerprint, cast, ctx)
    return cast, dict(ctx)


@dataclass(frozen=True)
class _Themed:
    """A household theme's texts, narrowed to the one variant that fits this household."""

    text: ThemeText
    variant: str | None

    def of(self, templates: Iterable[Template], ctx: dict[str, str]) -> list[Template]:
        return [t for t in usable(templates, ctx) if t.variant in (None, self.variant)]

    def agreements(self, ctx: dict[str, str]) -> list[tuple[Template, str]]:
        return [
            (t, owner)
            for t, owner in self.text.agreements
            if t.fields <= ctx.keys() and t.variant in (None, self.variant)
        ]


def _themed(h: HouseholdSpec, cast: Cast, ctx: dict[str, str]) -> list[_Themed]:
    out: list[_Themed] = []
    for theme in h.themes:
        tt = _THEMES.get(theme)
        if tt is None:
            continue
        variants = sorted({t.variant for t in usable(tt.requests, ctx) if t.variant is not None})
        chosen: str | None = None
        if variants:
            # Prefer the variant about the index person ("tiener", "peuter", "ouder" ...).
            index_names = {
                m.first_name
                for m in (cast.index_child, cast.primary)
                if m is not None and m.is_index
            }
            preferred = [v for v in variants if ctx.get(v) in index_names]
            pool = preferred or variants
            chosen = pool[stable_number(h, f"variant:{theme.value}") % len(pool)]
        out.append(_Themed(tt, chosen))
    return out


def request_text(rng: random.Random, household: HouseholdSpec) -> str:
    """The hulpvraag in the family's own words, first person."""
    cast, ctx = _prepared(household)
    themed = _themed(household, cast, ctx)
    main: list[Template] = []
    for th in themed:
        main = th.of(th.text.requests, ctx)
        if main:
            break
    if not main:
        main = usable(GENERIC_REQUESTS, ctx)
    text = fill(rng.choice(main), ctx)
    extras = [t for th in themed[1:] for t in th.of(th.text.extras, ctx)]
    if extras and rng.random() < 0.6:
        text += " " + fill(rng.choice(extras), ctx)
    return text


def _distinct(
    rng: random.Random, pools: Sequence[Sequence[Template]], ctx: dict[str, str], count: int
) -> list[str]:
    """Up to `count` distinct filled texts, taking from the pools in turn."""
    shuffled = [rng.sample(list(p), len(p)) for p in pools]
    out: list[str] = []
    while len(out) < count and any(shuffled):
        for pool in shuffled:
            if pool and len(out) < count:
                text = fill(pool.pop(), ctx)
                if text not in out:
                    out.append(text)
    return out


def goal_texts(rng: random.Random, household: HouseholdSpec, count: int) -> list[str]:
    """Distinct goals in the family's own words; fewer than `count` only if all are used up."""
    cast, ctx = _prepared(household)
    pools = [th.of(th.text.goals, ctx) for th in _themed(household, cast, ctx)]
    goals = _distinct(rng, [p for p in pools if p], ctx, count)
    if len(goals) < count:
        extra = _distinct(rng, [usable(GENERIC_GOALS, ctx)], ctx, len(GENERIC_GOALS))
        goals += [g for g in extra if g not in goals][: count - len(goals)]
    return goals


def strengths_text(rng: random.Random, household: HouseholdSpec) -> str:
    """1-4 short strengths, one per line."""
    cast, ctx = _prepared(household)
    themed = [t for th in _themed(household, cast, ctx) for t in th.of(th.text.strengths, ctx)]
    generic = usable(GENERIC_STRENGTHS, ctx)
    count = rng.choices((1, 2, 3, 4), weights=(2, 4, 3, 1))[0]
    return "\n".join(_distinct(rng, [themed, generic], ctx, count))


def concerns_text(rng: random.Random, household: HouseholdSpec) -> str:
    """0-3 factual concerns, one per line; empty when there is nothing to note."""
    cast, ctx = _prepared(household)
    themed = [t for th in _themed(household, cast, ctx) for t in th.of(th.text.concerns, ctx)]
    pool = themed or usable(GENERIC_CONCERNS, ctx)
    count = rng.choices((0, 1, 2, 3), weights=(1, 3, 3, 2))[0]
    return "\n".join(_distinct(rng, [pool], ctx, count))


@dataclass(frozen=True)
class AgreementPick:
    """One demo agreement: its text, who its text says does it, and the owner hint of the
    template first drawn for this place (the demo draws an owner for that hint, so that the
    seeded stream, and with it every household after this one, stays as it was)."""

    what: str
    owner_hint: str
    drawn_hint: str


def agreement_texts(
    rng: random.Random,
    household: HouseholdSpec,
    count: int,
    fits: Callable[[str, str], bool] = lambda _what, _hint: True,
) -> list[AgreementPick]:
    """Distinct agreements; owner_hint is an `AgreementOwnerKind` value. A text that `fits`
    rejects (it names a partner the household does not have) is replaced by the next one
    left in the shuffled pools that fits; that takes nothing more from `rng`."""
    cast, ctx = _prepared(household)
    pools: list[list[tuple[Template, str]]] = []
    for th in _themed(household, cast, ctx):
        usable_pairs = th.agreements(ctx)
        if usable_pairs:
            pools.append(rng.sample(usable_pairs, len(usable_pairs)))
    generic = [(t, o) for t, o in GENERIC_AGREEMENTS if t.fields <= ctx.keys()]
    pools.append(rng.sample(generic, len(generic)))
    drawn: list[tuple[str, str]] = []
    seen: set[str] = set()
    while len(drawn) < count and any(pools):
        for pool in pools:
            if pool and len(drawn) < count:
                t, owner = pool.pop()
                text = fill(t, ctx)
                if text not in seen:
                    seen.add(text)
                    drawn.append((text, owner))
    # What is left in the pools, in the order it would have come, then every generic text
    # (the worker's own always fit).
    spare = [(fill(t, ctx), owner) for pool in pools for t, owner in reversed(pool)]
    spare += [(fill(t, ctx), owner) for t, owner in generic]
    out: list[AgreementPick] = []
    for text, hint in drawn:
        what, owner = text, hint
        if not fits(text, hint):
            what, owner = next(((s, o) for s, o in spare if s not in seen and fits(s, o)),
                               (text, hint))
            seen.add(what)
        out.append(AgreementPick(what, owner, drawn_hint=hint))
    return out


def _pick_templates(
    rng: random.Random, pool: Sequence[Template], count: int, taken: set[str]
) -> list[Template]:
    candidates = [t for t in pool if t.text not in taken]
    chosen = rng.sample(candidates, max(0, min(count, len(candidates))))
    taken.update(t.text for t in chosen)
    return chosen


def _fits(t: Template, *, first: bool, home: bool) -> bool:
    if t.home and not home:
        return False
    if t.later and first:
        return False
    return not (t.first and not first)


_OPENINGS = {
    VisitKind.HOME_VISIT: OPEN_HOME,
    VisitKind.PHONE: OPEN_PHONE,
    VisitKind.STREET: OPEN_STREET,
    VisitKind.GROUP: OPEN_GROUP,
    VisitKind.PARTNER_MEETING: OPEN_PARTNER,
}
_CLOSINGS = {
    VisitKind.HOME_VISIT: CLOSE_HOME,
    VisitKind.PHONE: CLOSE_PHONE,
    VisitKind.STREET: CLOSE_STREET,
    VisitKind.GROUP: CLOSE_GROUP,
    VisitKind.PARTNER_MEETING: CLOSE_PARTNER,
}


# A talk at a place of the wijk and a drop-in read like a talk met outside the home.
_TEXTS_OF = {VisitKind.ON_SITE: VisitKind.STREET, VisitKind.DROP_IN: VisitKind.STREET}


def visit_notes(
    rng: random.Random,
    household: HouseholdSpec,
    *,
    kind: VisitKind,
    visit_number: int,
    network_names: list[str],
) -> str:
    """2-5 paragraphs of worker notes for one contact, separated by blank lines."""
    kind = _TEXTS_OF.get(kind, kind)
    cast, ctx = _prepared(household)
    first = visit_number <= 1
    home = kind == VisitKind.HOME_VISIT
    ctx["nr"] = str(max(visit_number, 1))
    ctx["schaal"] = str(rng.randint(5, 8))
    names = [n for n in network_names if n]
    if names:
        picked = rng.sample(names, min(2, len(names)))
        ctx["netwerk"] = ctx["Netwerk"] = picked[0]
        if len(picked) > 1:
            ctx["netwerk2"] = ctx["Netwerk2"] = picked[1]
    groups = [g for t in (None, *household.themes) for g in GROUPS.get(t, ())]
    if "taal" in ctx:
        groups.append("het taalcafé")
    topics = [g for t in (None, *household.themes) for g in GROUP_TOPICS.get(t, ())]
    ctx["groep"] = rng.choice(groups)
    ctx["groepsthema"] = rng.choice(topics)

    def fitting(pool: Iterable[Template], th: _Themed | None = None) -> list[Template]:
        found = th.of(pool, ctx) if th is not None else usable(pool, ctx)
        return [t for t in found if _fits(t, first=first, home=home)]

    taken: set[str] = set()
    paragraphs = _pick_templates(rng, fitting(_OPENINGS[kind]), 1, taken)
    if kind == VisitKind.PARTNER_MEETING:
        org_kind = main_partner(household, cast).kind
        body = _pick_templates(
            rng, fitting(PARTNER_BODY.get(org_kind, ())), rng.randint(1, 2), taken
        )
        body += _pick_templates(rng, fitting(PARTNER_BODY[None]), rng.randint(0, 2), taken)
    elif kind == VisitKind.GROUP:
        body = _pick_templates(rng, fitting(GROUP_BODY), rng.randint(1, 2), taken)
    else:
        themed = [t for th in _themed(household, cast, ctx) for t in fitting(th.text.notes, th)]
        wanted = rng.randint(1, 3) if home else 1
        body = _pick_templates(rng, themed, min(wanted, 2), taken)
        rest = fitting(GENERIC_NOTES)
        if rng.random() < 0.7:
            rest += fitting(NETWORK_NOTES)
        body += _pick_templates(rng, rest, wanted - len(body), taken)
    paragraphs += body
    if len(paragraphs) < 2 or rng.random() < 0.8:
        paragraphs += _pick_templates(rng, fitting(_CLOSINGS[kind]), 1, taken)
    if len(paragraphs) < 2:
        # Nothing specific fitted: a neutral closing still makes a second paragraph.
        paragraphs += _pick_templates(rng, fitting(CLOSE_PARTNER), 1, taken)
    return "\n\n".join(fill(t, ctx) for t in paragraphs[:5])


def location_for(rng: random.Random, kind: VisitKind, household: HouseholdSpec) -> str:
    """Where a contact of this kind took place, consistent with the household's organisations."""
    cast, ctx = _prepared(household)
    wijk = household.neighbourhood
    _, _, streets = PLACES.get(wijk, ("", (), (household.street,)))
    street = rng.choice(streets)
    if kind == VisitKind.HOME_VISIT:
        return "Thuis"
    if kind == VisitKind.PHONE:
        return "Telefonisch" if rng.random() < 0.85 else "Telefonisch (beeldbellen)"
    if kind == VisitKind.STREET:
        options = [
            f"Speeltuin aan de {street}",
            f"Winkelcentrum {wijk}",
            f"Plein bij het Huis van de Wijk {wijk}",
        ]
        if "basisschool" in ctx:
            options += [f"Schoolplein {ctx['basisschool']}"] * 2
        if any(a >= 6 for _, a in cast.children):
            options.append(f"Trapveldje aan de {street}")
        return rng.choice(options)
    if kind == VisitKind.ON_SITE:
        return rng.choice([f"Huis van de Wijk {wijk}", f"Bibliotheek {wijk}",
                           f"Buurthuis aan de {street}"])
    if kind == VisitKind.DROP_IN:
        return rng.choice([f"Inloop Huis van de Wijk {wijk}", f"Spreekuur {wijk}"])
    if kind == VisitKind.GROUP:
        options = [f"Huis van de Wijk {wijk}", f"Huis van de Wijk {wijk}", f"Bibliotheek {wijk}"]
        if "basisschool" in ctx:
            options.append(f"Ouderkamer {ctx['basisschool']}")
        return rng.choice(options)
    partner = main_partner(household, cast)
    roll = rng.random()
    if roll < 0.7:
        return partner.name
    if roll < 0.85:
        return f"Kantoor Sociaal Wijkteam {wijk}"
    return "Online (beeldbellen)"

"""The demo network's ties and its past: what support a contact gives by life domain, how strong
and how good a tie is, and the maps of earlier visits (a contact that came later, a relation that
was stressful then). Drawn from the `random.Random` passed in; nothing reads the clock.
"""

from __future__ import annotations

import random
from dataclasses import replace

from voordeur.domain.ecogram import Ecogram, Node
from voordeur.domain.ecogram import Tie as EcoTie
from voordeur.model import Organisation
from voordeur.model.catalogues import (
    INFORMAL_ORGANISATION_KINDS,
    LifeDomain,
    OrganisationKind,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)

# Support a network member typically gives, by life domain.
DOMAIN_SUPPORT: dict[LifeDomain, list[SupportType]] = {
    LifeDomain.EXTENDED_FAMILY: [SupportType.PRACTICAL, SupportType.EMOTIONAL],
    LifeDomain.FRIENDS: [SupportType.COMPANIONSHIP, SupportType.EMOTIONAL],
    LifeDomain.NEIGHBOURS: [SupportType.PRACTICAL, SupportType.COMPANIONSHIP],
    LifeDomain.ACQUAINTANCES: [SupportType.COMPANIONSHIP],
    LifeDomain.SCHOOL_WORK: [SupportType.ADVICE, SupportType.COMPANIONSHIP],
    LifeDomain.LEISURE: [SupportType.COMPANIONSHIP, SupportType.PRACTICAL],
    LifeDomain.PROFESSIONALS: [SupportType.ADVICE, SupportType.PRACTICAL],
}


def past_states(now: Ecogram, rng: random.Random, count: int) -> list[Ecogram]:
    """`count` maps of the past, oldest first; with two or more the last one is `now`.

    The oldest lacks one or two supportive contacts that came later, and a relation that is
    fine now (a school, preferably) was stressful then; a middle one is halfway.
    """
    centre = {now.household_key, *(m.key for m in now.members())}

    def to_centre(node: Node) -> list[EcoTie]:
        return [t for t in now.ties_of(node.key) if t.other(node.key) in centre]

    def rank(node: Node) -> int:
        kind = node.organisation_kind
        return 0 if kind == OrganisationKind.SCHOOL else 1 if node.formal else 2

    # A contact whose every tie with the family is fine now, so "no longer stressful" is true.
    fine = (TieQuality.NEUTRAL, TieQuality.SUPPORTIVE)
    improving = [(rank(n), n.key, ties[0]) for n in now.network()
                 if (ties := to_centre(n)) and all(t.quality in fine for t in ties)]
    better = min(improving, key=lambda x: (x[0], x[1], x[2].id))[2] if improving else None
    newcomers = [
        n.key for n in now.network()
        if not (better is not None and better.touches(n.key))
        and any(t.quality == TieQuality.SUPPORTIVE for t in to_centre(n))
    ]
    # New friends, neighbours and clubs are the usual way a network grows; family comes back
    # less often.
    domain = {n.key: n.life_domain for n in now.network()}
    newcomers = [k for k in newcomers if domain[k] != LifeDomain.EXTENDED_FAMILY] or newcomers
    newcomers = rng.sample(newcomers, min(len(newcomers), rng.choice([1, 2, 2])))

    def state(missing: list[str], quality: TieQuality | None) -> Ecogram:
        ties = [t for t in now.ties if not any(t.touches(k) for k in missing)]
        if better is not None and quality is not None and quality != better.quality:
            keep = quality != TieQuality.STRESSFUL
            changed = replace(better, quality=quality, support=better.support if keep else (),
                              direction=better.direction if keep else SupportDirection.NONE)
            ties = [changed if t.id == better.id else t for t in ties]
        return now.evolve(
            nodes=[n for n in now.nodes if n.key not in missing], ties=ties,
            positions={k: p for k, p in now.positions.items() if k not in missing})

    oldest = state(newcomers, TieQuality.STRESSFUL)
    if count == 1:
        return [oldest]
    middle_quality = (TieQuality.NEUTRAL if better is not None
                      and better.quality == TieQuality.SUPPORTIVE else TieQuality.STRESSFUL)
    middle = state(newcomers[1:], middle_quality)
    return [oldest, middle, now] if count >= 3 else [oldest, now]


def domain_of(org: Organisation) -> LifeDomain:
    if org.kind in INFORMAL_ORGANISATION_KINDS:
        return LifeDomain.SCHOOL_WORK if org.kind == OrganisationKind.WORK else LifeDomain.LEISURE
    return LifeDomain.PROFESSIONALS


def tie_fields(rng: random.Random, domain: LifeDomain, closeness: int) -> dict[str, object]:
    strength = {1: TieStrength.STRONG, 2: TieStrength.NORMAL, 3: TieStrength.WEAK}[closeness]
    quality = rng.choices(
        [TieQuality.SUPPORTIVE, TieQuality.NEUTRAL, TieQuality.STRESSFUL, TieQuality.CUT_OFF],
        weights=[60, 25, 11, 4],
    )[0]
    support: set[SupportType] = set()
    if quality in (TieQuality.SUPPORTIVE, TieQuality.NEUTRAL):
        typical = DOMAIN_SUPPORT.get(domain, [SupportType.COMPANIONSHIP])
        support = {rng.choice(typical) for _ in range(rng.randint(1, 2))}
        if rng.random() < 0.15:
            support.add(rng.choice(list(SupportType)))
    direction = SupportDirection.NONE
    if support:
        direction = rng.choices([SupportDirection.TO_TARGET, SupportDirection.MUTUAL], [70, 30])[0]
    return {"strength": strength, "quality": quality, "direction": direction,
            "support_types": sorted(str(s) for s in support)}

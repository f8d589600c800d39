"""Reading a household back: the cast the texts talk about.

The text functions only receive a `HouseholdSpec`; who the primary parent, the partner, the ex
and the index child are is derived from it here, so every text about a household agrees.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from voordeur.model.catalogues import FamilyRelationKind, PartnerStatus
from voordeur.services.demo_content.backgrounds import Background, background_of
from voordeur.services.demo_content.dates import years_old
from voordeur.services.demo_content.roles import CHILD_ROLES, at_home
from voordeur.services.demo_content.specs import HouseholdSpec, MemberSpec


@dataclass(frozen=True)
class Cast:
    primary: MemberSpec
    partner: MemberSpec | None
    ex: MemberSpec | None
    children: tuple[tuple[MemberSpec, int], ...]  # at home, oldest first, with age
    index_child: MemberSpec | None
    elder: MemberSpec | None  # grandparent living with the family
    background: Background
    ref: date


def _reference_day(h: HouseholdSpec) -> date:
    if h.reference_day is not None:
        return h.reference_day
    dates = [m.birth_date or date(m.birth_year or 2000, 1, 1) for m in h.members]
    return max(dates, default=date(2000, 1, 1))


def read_cast(h: HouseholdSpec) -> Cast:
    if not h.members:
        raise ValueError("a household needs at least one member")
    ref = _reference_day(h)
    home = [i for i, m in enumerate(h.members) if at_home(m.role, m.deceased)]
    adults = [i for i in home if h.members[i].role not in CHILD_ROLES]
    primary_i = adults[0] if adults else (home[0] if home else 0)
    primary = h.members[primary_i]
    partner = ex = None
    for rel in h.relations:
        if rel.kind != FamilyRelationKind.PARTNERS or primary_i not in (rel.a, rel.b):
            continue
        other = h.members[rel.b if rel.a == primary_i else rel.a]
        if rel.partner_status in (PartnerStatus.SEPARATED, PartnerStatus.DIVORCED):
            if not other.deceased and ex is None:
                ex = other
        elif at_home(other.role, other.deceased) and partner is None:
            partner = other
    kids = [
        (h.members[i], years_old(h.members[i].birth_date, ref))
        for i in home
        if h.members[i].role in CHILD_ROLES and h.members[i].birth_date is not None
    ]
    kids.sort(key=lambda pair: -pair[1])
    index_child = next((m for m, _ in kids if m.is_index), None)
    elder = next(
        (
            h.members[i]
            for i in adults
            if h.members[i].role in ("oma", "opa") and h.members[i] not in (primary, partner)
        ),
        None,
    )
    return Cast(
        primary=primary,
        partner=partner,
        ex=ex,
        children=tuple(kids),
        index_child=index_child,
        elder=elder,
        background=background_of(primary.last_name),
        ref=ref,
    )


def stable_number(h: HouseholdSpec, salt: str) -> int:
    """A per-household number that does not depend on the caller's random state."""
    key = f"{h.display_name}|{h.street}|{h.house_number}|{h.postcode}|{salt}"
    return zlib.crc32(key.encode("utf-8"))


def stable_choice(h: HouseholdSpec, salt: str, options: Sequence[str]) -> str:
    return options[stable_number(h, salt) % len(options)]


def member_age(m: MemberSpec, ref: date) -> int:
    if m.birth_date is not None:
        return years_old(m.birth_date, ref)
    return ref.year - (m.birth_year or ref.year)


def child_age(cast: Cast, m: MemberSpec) -> int:
    return next(a for c, a in cast.children if c is m)


def pick_child(
    cast: Cast, test: Callable[[int], bool], exclude: MemberSpec | None = None
) -> MemberSpec | None:
    """The index child if it fits, else the oldest child that does."""
    idx = cast.index_child
    if idx is not None and idx is not exclude and test(child_age(cast, idx)):
        return idx
    return next((m for m, a in cast.children if m is not exclude and test(a)), None)


def find_pupil(cast: Cast) -> MemberSpec | None:
    return pick_child(cast, lambda a: 4 <= a <= 17)

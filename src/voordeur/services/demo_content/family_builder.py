"""Building a family's members and genogram relations, one family structure at a time."""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from voordeur.model.catalogues import ChildType, FamilyRelationKind, Gender, PartnerStatus
from voordeur.services.demo_content.backgrounds import (
    DUTCH,
    Background,
    background_of,
    gendered_surname,
    pick_background,
    pick_first_name,
    surname_alone,
    surname_base,
)
from voordeur.services.demo_content.dates import (
    MIN_GAP,
    children_dates,
    coparent_year,
    day_in_year,
    years_before,
)
from voordeur.services.demo_content.roles import ELSEWHERE
from voordeur.services.demo_content.specs import RelationSpec


@dataclass
class _Person:
    first: str
    last: str
    gender: Gender
    role: str
    birth_date: date | None
    birth_year: int | None
    deceased: bool = False

    @property
    def year(self) -> int:
        return self.birth_date.year if self.birth_date else int(self.birth_year or 0)


class FamilyBuilder:
    def __init__(self, rng: random.Random, ref: date) -> None:
        self.rng = rng
        self.ref = ref
        self.people: list[_Person] = []
        self.relations: list[RelationSpec] = []
        self.used: set[str] = set()
        self.display_name = ""
        self.elder_at_home = False

    # -- people and relations

    def add(
        self,
        bg: Background,
        gender: Gender,
        generation: str,
        role: str,
        last: str,
        *,
        born: date | None = None,
        year: int | None = None,
        deceased: bool = False,
    ) -> int:
        first = pick_first_name(self.rng, bg, gender, generation, self.used)
        if born is None and year is None:
            raise ValueError("a member needs a birth date or a birth year")
        if born is not None:
            year = None
        person = _Person(first, gendered_surname(last, gender), gender, role, born, year, deceased)
        self.people.append(person)
        return len(self.people) - 1

    def adult(
        self,
        bg: Background,
        gender: Gender,
        role: str,
        last: str,
        year: int,
        *,
        year_only: bool = False,
        deceased: bool = False,
        generation: str = "adult",
    ) -> int:
        if year_only:
            return self.add(bg, gender, generation, role, last, year=year, deceased=deceased)
        born = day_in_year(self.rng, year)
        return self.add(bg, gender, generation, role, last, born=born, deceased=deceased)

    def child(
        self, bgs: Sequence[Background], born: date, last: str, roles: tuple[str, str]
    ) -> int:
        gender = self.rng.choice((Gender.MALE, Gender.FEMALE))
        role = roles[0] if gender == Gender.MALE else roles[1]
        return self.add(self.rng.choice(bgs), gender, "child", role, last, born=born)

    def partners(self, a: int, b: int, status: PartnerStatus) -> None:
        self.relations.append(RelationSpec(a, b, FamilyRelationKind.PARTNERS, status, None))

    def parent_of(self, parent: int, child: int, kind: ChildType = ChildType.BIOLOGICAL) -> None:
        self.relations.append(
            RelationSpec(parent, child, FamilyRelationKind.PARENT_CHILD, None, kind)
        )

    # -- helpers

    def kid_count(self, weights: Sequence[int] = (34, 38, 19, 9)) -> int:
        return self.rng.choices((1, 2, 3, 4), weights=weights)[0]

    def other_background(self, bg: Background) -> Background:
        if self.rng.random() < 0.2:
            return pick_background(self.rng)
        return bg

    def maybe_deceased_grandparent(self, parent: int, bg: Background) -> None:
        if self.rng.random() >= 0.22:
            return
        p = self.people[parent]
        gender = self.rng.choice((Gender.MALE, Gender.FEMALE))
        role = "opa" if gender == Gender.MALE else "oma"
        year = p.year - self.rng.randint(MIN_GAP + 1, 36)
        gp = self.adult(
            bg,
            gender,
            role,
            surname_base(p.last),
            year,
            year_only=True,
            deceased=True,
            generation="elder",
        )
        self.parent_of(gp, parent)

    # -- structures

    def nuclear(
        self,
        bg: Background,
        *,
        foster: bool = False,
        adoptive: bool = False,
        grandparent: bool = True,
        min_age: int = 23,
    ) -> None:
        rng, ref = self.rng, self.ref
        mother_bg, father_bg = bg, self.other_background(bg)
        if foster or adoptive:
            min_age = max(min_age, 29)
        mother_year = ref.year - rng.randint(min_age, 48)
        n = 0 if foster and rng.random() < 0.3 else self.kid_count()
        if adoptive:
            n = rng.choice((1, 1, 2))
        kids = children_dates(rng, ref, [mother_year], n)
        father_year = coparent_year(kids, mother_year - rng.randint(-3, 7))
        s_mother = rng.choice(mother_bg.surnames)
        s_father = rng.choice(father_bg.surnames)
        if s_father == s_mother:
            s_father = rng.choice(father_bg.surnames)
        father_first = rng.random() < 0.2
        status = PartnerStatus.MARRIED if rng.random() < 0.6 else PartnerStatus.COHABITING
        order = [
            (Gender.FEMALE, mother_bg, "moeder", s_mother, mother_year),
            (Gender.MALE, father_bg, "vader", s_father, father_year),
        ]
        if father_first:
            order.reverse()
        idx = {}
        for gender, pbg, role, last, year in order:
            if foster and not kids:
                role = "pleeg" + role
            idx[role.removeprefix("pleeg")] = self.adult(pbg, gender, role, last, year)
        self.partners(idx["moeder"], idx["vader"], status)
        ctype = ChildType.ADOPTED if adoptive else ChildType.BIOLOGICAL
        for born in kids:
            c = self.child((mother_bg, father_bg), born, s_father, ("zoon", "dochter"))
            self.parent_of(idx["moeder"], c, ctype)
            self.parent_of(idx["vader"], c, ctype)
        if foster:
            self._foster_child(idx["moeder"], idx["vader"])
        if status == PartnerStatus.MARRIED and mother_bg is DUTCH and rng.random() < 0.35:
            # A Dutch married couple often goes by "husband's name-wife's name".
            self.display_name = f"Familie {surname_alone(s_father)}-{s_mother}"
        else:
            self.display_name = f"{rng.choice(('Gezin', 'Familie'))} {surname_alone(s_father)}"
        if grandparent:
            primary = idx["vader"] if father_first else idx["moeder"]
            self.maybe_deceased_grandparent(primary, father_bg if father_first else mother_bg)

    def _foster_child(self, mother: int, father: int) -> None:
        rng = self.rng
        years = [self.people[mother].year, self.people[father].year]
        born = children_dates(rng, self.ref, years, 1)
        if not born:
            return
        fbg = pick_background(rng)
        last = rng.choice(fbg.surnames)
        c = self.child((fbg,), born[0], last, ("pleegzoon", "pleegdochter"))
        self.parent_of(mother, c, ChildType.FOSTER)
        self.parent_of(father, c, ChildType.FOSTER)
        if rng.random() < 0.4:
            # The birth mother stays part of the foster child's genogram.
            year = coparent_year(born, born[0].year - rng.randint(MIN_GAP, 32))
            bm = self.adult(
                fbg, Gender.FEMALE, "biologische moeder" + ELSEWHERE, last, year, year_only=True
            )
            self.parent_of(bm, c)

    def single_parent(self, bg: Background, *, father: bool = False, ex: bool = True) -> None:
        rng, ref = self.rng, self.ref
        gender, other = (Gender.MALE, Gender.FEMALE) if father else (Gender.FEMALE, Gender.MALE)
        role, other_role = ("vader", "moeder") if father else ("moeder", "vader")
        year = ref.year - (rng.randint(26, 50) if father else rng.randint(22, 48))
        kids = children_dates(rng, ref, [year], self.kid_count((45, 38, 13, 4)))
        s_self = rng.choice(bg.surnames)
        obg = self.other_background(bg)
        s_other = rng.choice(obg.surnames)
        p = self.adult(bg, gender, role, s_self, year)
        kids_last = s_self
        other_idx: int | None = None
        if ex or father:
            was_married = rng.random() < 0.5
            # Mothers are usually a few years younger than fathers.
            shift = rng.randint(-3, 7)
            oyear = coparent_year(kids, year + shift if father else year - shift)
            if father and rng.random() < 0.35:
                other_idx = self.adult(obg, other, other_role, s_other, oyear, deceased=True)
                status = PartnerStatus.MARRIED if was_married else PartnerStatus.COHABITING
            else:
                other_idx = self.adult(
                    obg,
                    other,
                    other_role + ELSEWHERE,
                    s_other,
                    oyear,
                    year_only=rng.random() < 0.5,
                )
                status = PartnerStatus.DIVORCED if was_married else PartnerStatus.SEPARATED
            self.partners(p, other_idx, status)
            if not father and (was_married or rng.random() < 0.5):
                kids_last = s_other
        for born in kids:
            bgs = (bg, obg) if other_idx is not None else (bg,)
            c = self.child(bgs, born, kids_last, ("zoon", "dochter"))
            self.parent_of(p, c)
            if other_idx is not None:
                self.parent_of(other_idx, c)
        self.display_name = f"Gezin {surname_alone(self.people[p].last)}"
        self.maybe_deceased_grandparent(p, bg)

    def blended(self, bg: Background) -> None:
        rng, ref = self.rng, self.ref
        mother_led = rng.random() < 0.75
        g_p, g_n = (Gender.FEMALE, Gender.MALE) if mother_led else (Gender.MALE, Gender.FEMALE)
        role_p = "moeder" if mother_led else "vader"
        p_year = ref.year - rng.randint(27, 47)
        n_bg = self.other_background(bg)
        s_p, s_n = rng.choice(bg.surnames), rng.choice(n_bg.surnames)
        ex_bg = self.other_background(bg)
        s_ex = rng.choice(ex_bg.surnames)
        # The children from the earlier relationship were born before it ended.
        own = children_dates(
            rng, ref, [p_year], rng.choice((1, 1, 2, 2, 3)), before=years_before(ref, 2)
        )
        # A man is usually the older partner: shift the other way for a father-led family.
        sign = -1 if mother_led else 1
        n_year = p_year + sign * rng.randint(-3, 6)
        n_own: list[date] = []
        if rng.random() < 0.35:
            n_own = children_dates(rng, ref, [n_year], rng.choice((1, 1, 2)))
        shared: list[date] = []
        if rng.random() < 0.45:
            last_born = max([*own, *n_own]) if (own or n_own) else None
            shared = children_dates(rng, ref, [p_year, n_year], rng.choice((1, 1, 2)), last_born)
        n_role = (
            ("vader" if mother_led else "moeder")
            if shared
            else ("stiefvader" if mother_led else "stiefmoeder")
        )
        p = self.adult(bg, g_p, role_p, s_p, p_year)
        n = self.adult(n_bg, g_n, n_role, s_n, n_year)
        self.partners(
            p, n, PartnerStatus.COHABITING if rng.random() < 0.6 else PartnerStatus.MARRIED
        )
        kids_last = s_ex if mother_led else s_p
        ex_idx: int | None = None
        if rng.random() < 0.75 and own:
            ex_year = coparent_year(own, p_year + sign * rng.randint(-3, 6))
            ex_role = ("vader" if mother_led else "moeder") + ELSEWHERE
            ex_idx = self.adult(ex_bg, g_n, ex_role, s_ex, ex_year, year_only=rng.random() < 0.4)
            status = PartnerStatus.DIVORCED if rng.random() < 0.5 else PartnerStatus.SEPARATED
            self.partners(p, ex_idx, status)
        elif mother_led and rng.random() < 0.5:
            kids_last = s_p
        for born in own:
            c = self.child((bg, ex_bg), born, kids_last, ("zoon", "dochter"))
            self.parent_of(p, c)
            if ex_idx is not None:
                self.parent_of(ex_idx, c)
        for born in n_own:
            c = self.child((n_bg,), born, s_n, ("stiefzoon", "stiefdochter"))
            self.parent_of(n, c)
        shared_last = s_n if mother_led else s_p
        for born in shared:
            c = self.child((bg, n_bg), born, shared_last, ("zoon", "dochter"))
            self.parent_of(p, c)
            self.parent_of(n, c)
        name_p = surname_alone(self.people[p].last)
        name_n = self.people[n].last
        if rng.random() < 0.5:
            self.display_name = f"Gezin {name_p}-{name_n}"
        else:
            self.display_name = f"Gezin {name_p}"

    def grandparents_raise(self, bg: Background) -> None:
        rng, ref = self.rng, self.ref
        mother_year = ref.year - rng.randint(24, 40)
        kids = children_dates(rng, ref, [mother_year], rng.choice((1, 1, 2)))
        oma_year = mother_year - rng.randint(MIN_GAP, 30)
        surname = rng.choice(bg.surnames)
        oma = self.adult(bg, Gender.FEMALE, "oma", surname, oma_year, generation="elder")
        opa: int | None = None
        roll = rng.random()
        if roll < 0.5:
            opa_year = oma_year - rng.randint(0, 5)
            opa = self.adult(bg, Gender.MALE, "opa", surname, opa_year, generation="elder")
        elif roll < 0.75:
            opa_year = oma_year - rng.randint(0, 5)
            opa = self.adult(
                bg,
                Gender.MALE,
                "opa",
                surname,
                opa_year,
                year_only=True,
                deceased=True,
                generation="elder",
            )
        if opa is not None:
            self.partners(oma, opa, PartnerStatus.MARRIED)
        mother_deceased = rng.random() < 0.3
        mother = self.adult(
            bg,
            Gender.FEMALE,
            "moeder" if mother_deceased else "moeder" + ELSEWHERE,
            surname,
            mother_year,
            deceased=mother_deceased,
        )
        self.parent_of(oma, mother)
        if opa is not None:
            self.parent_of(opa, mother)
        kids_last = (
            surname if rng.random() < 0.5 else rng.choice(self.other_background(bg).surnames)
        )
        for born in kids:
            c = self.child((bg,), born, kids_last, ("kleinzoon", "kleindochter"))
            self.parent_of(mother, c)
        self.display_name = f"Familie {surname_alone(surname_base(surname))}"

    def three_generations(self, bg: Background) -> None:
        """A family with a grandmother who moved in: the first parent's own mother."""
        # Parents in their late thirties or older, so the grandmother is old enough to need care.
        self.nuclear(bg, grandparent=False, min_age=37)
        rng = self.rng
        p = self.people[0]
        pbg = background_of(p.last)
        low = max(MIN_GAP + 1, 64 - (self.ref.year - p.year))
        year = p.year - rng.randint(low, max(low, 38))
        last = surname_base(p.last)
        oma = self.adult(
            pbg, Gender.FEMALE, "oma", last, year, year_only=rng.random() < 0.3, generation="elder"
        )
        self.parent_of(oma, 0)
        self.elder_at_home = True
        if rng.random() < 0.4:
            opa = self.adult(
                pbg,
                Gender.MALE,
                "opa",
                last,
                year - rng.randint(0, 4),
                year_only=True,
                deceased=True,
                generation="elder",
            )
            self.partners(oma, opa, PartnerStatus.MARRIED)
            self.parent_of(opa, 0)

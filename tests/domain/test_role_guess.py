"""The role table: which life domain and gender a typed role suggests."""

from __future__ import annotations

import pytest

from voordeur.domain.role_guess import RoleGuess, guess_from_role
from voordeur.model.catalogues import Gender, LifeDomain

F, M = Gender.FEMALE, Gender.MALE
D = LifeDomain


@pytest.mark.parametrize(("role", "domain", "gender"), [
    # seen at the kitchen table
    ("Citytrainer", D.LEISURE, None),
    ("moeder", D.FAMILY_HOME, F),
    ("oma", D.EXTENDED_FAMILY, F),
    ("buurvrouw", D.NEIGHBOURS, F),
    # kin, with and without prefixes
    ("opa", D.EXTENDED_FAMILY, M),
    ("tante (zus van moeder)", D.EXTENDED_FAMILY, F),
    ("oom", D.EXTENDED_FAMILY, M),
    ("nicht", D.EXTENDED_FAMILY, F),
    ("neef", D.EXTENDED_FAMILY, M),
    ("schoonmoeder", D.EXTENDED_FAMILY, F),
    ("schoonzus", D.EXTENDED_FAMILY, F),
    ("overgrootvader", D.EXTENDED_FAMILY, M),
    ("stiefvader", D.FAMILY_HOME, M),
    ("Vader", D.FAMILY_HOME, M),
    # friends and neighbours
    ("vriendin van moeder", D.FRIENDS, F),
    ("vriend", D.FRIENDS, M),
    ("buurman Henk", D.NEIGHBOURS, M),
    ("Oud-buurvrouw", D.NEIGHBOURS, F),
    ("buurmeisje", D.NEIGHBOURS, F),
    ("kennis", D.ACQUAINTANCES, None),
    ("moeder van een klasgenoot van Tijn", D.ACQUAINTANCES, F),
    ("vrijwilliger in het buurthuis", D.LEISURE, None),
    ("taalmaatje", D.ACQUAINTANCES, None),
    # school, work, free time, professionals
    ("juf", D.SCHOOL_WORK, F),
    ("meester", D.SCHOOL_WORK, M),
    ("collega van vader", D.SCHOOL_WORK, None),
    ("trainer", D.LEISURE, None),
    ("voetbaltrainster", D.LEISURE, F),
    ("sportcoach", D.LEISURE, None),
    ("huisarts", D.PROFESSIONALS, None),
    ("jeugdverpleegkundige", D.PROFESSIONALS, None),
    ("buurtwerker", D.PROFESSIONALS, None),
    ("maatschappelijk werker", D.PROFESSIONALS, None),
    # only the gender
    ("gastmoeder", None, F),
])
def test_role_table(role: str, domain: LifeDomain | None, gender: Gender | None) -> None:
    assert guess_from_role(role) == RoleGuess(domain, gender)


@pytest.mark.parametrize("role", ["", "   ", "Ans", "contact", "xyz"])
def test_unknown_roles_tell_nothing(role: str) -> None:
    guess = guess_from_role(role)
    assert not guess
    assert guess == RoleGuess(None, None)

"""A contact dropped in another sector belongs to that life domain (`sector_changes`)."""

from __future__ import annotations

from strategies import HOUSEHOLD, ecogram, member, organisation, person

from voordeur.domain.ecogram_layout import (
    HOUSEHOLD_RADIUS,
    SECTOR_ORDER,
    polar,
    ring_radius,
    sector_centre_angle,
    sector_changes,
)
from voordeur.model.catalogues import LifeDomain


def at(domain: LifeDomain, radius: float = ring_radius(2), turn: float = 0.0) -> tuple:
    return polar(radius, sector_centre_angle(domain) + turn)


def test_only_contacts_dropped_in_another_sector_change() -> None:
    ans = person("ans", domain=LifeDomain.FRIENDS)
    bureau = organisation("cb", "Consultatiebureau", domain=LifeDomain.PROFESSIONALS)
    mother = member("mother")
    map_ = ecogram(ans, bureau, mother)
    moved = {
        ans.key: at(LifeDomain.FRIENDS, turn=15),  # still in its own sector
        bureau.key: at(LifeDomain.FAMILY_HOME),  # the printed map's mistake
        mother.key: at(LifeDomain.LEISURE),  # members keep their place in the genogram
        HOUSEHOLD: (0.0, 0.0),
    }
    assert sector_changes(map_, moved) == {bureau.key: LifeDomain.FAMILY_HOME}


def test_every_sector_and_the_household_circle() -> None:
    ans = person("ans", domain=LifeDomain.FRIENDS)
    map_ = ecogram(ans)
    for domain in SECTOR_ORDER:
        expected = {} if domain == LifeDomain.FRIENDS else {ans.key: domain}
        assert sector_changes(map_, {ans.key: at(domain, ring_radius(3))}) == expected
    inside = at(LifeDomain.LEISURE, HOUSEHOLD_RADIUS - 10)
    assert sector_changes(map_, {ans.key: inside}) == {}, "no sector inside the circle"
    assert sector_changes(map_, {"person:gone": at(LifeDomain.LEISURE)}) == {}

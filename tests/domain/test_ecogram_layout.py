import math
from itertools import combinations, pairwise

import pytest
from hypothesis import given, settings
from strategies import HOUSEHOLD, ecogram, ecograms, member, organisation, person, tie

from voordeur.domain.ecogram import Ecogram, FamilyLine, Node
from voordeur.domain.ecogram_autolayout import LayoutCancelled, auto_layout
from voordeur.domain.ecogram_layout import (
    HOUSEHOLD_RADIUS,
    MIN_GAP,
    NODE_SIZE,
    RING_BAND,
    RING_RADII,
    SECTOR_ORDER,
    angle_in_sector,
    angle_of,
    complete_positions,
    genogram_positions,
    place_node,
    polar,
    sector_at,
    sector_centre_angle,
    sector_span,
)
from voordeur.model.catalogues import (
    FamilyRelationKind,
    Gender,
    LifeDomain,
    OrganisationKind,
    PartnerStatus,
)

PARTNERS, PARENT = FamilyRelationKind.PARTNERS, FamilyRelationKind.PARENT_CHILD


def in_place(node: Node, point: tuple[float, float]) -> bool:
    """In its own sector wedge and near its ring."""
    distance = math.hypot(*point)
    return (angle_in_sector(angle_of(point), node.life_domain)
            and abs(distance - RING_RADII[node.closeness]) <= RING_BAND + 1e-6)


def min_distance(points) -> float:
    return min((math.dist(a, b) for a, b in combinations(points, 2)), default=math.inf)


# -- a realistic household ------------------------------------------------------------------
dad = member("dad", "Ahmed", "vader", Gender.MALE, 1980)
mum = member("mum", "Sanne", "moeder", Gender.FEMALE, 1982)
kids = [member("k1", "Noor", "dochter", Gender.FEMALE, 2010),
        member("k2", "Sem", "zoon", Gender.MALE, 2014),
        member("k3", "Lina", "dochter", Gender.FEMALE, 2012)]
FAMILY_LINES = (
    FamilyLine("l0", PARTNERS, mum.key, dad.key, partner_status=PartnerStatus.MARRIED),
    *(FamilyLine(f"l{k.record_id}{p.record_id}", PARENT, p.key, k.key)
      for k in kids for p in (dad, mum)),
)


def network(count: int = 28) -> list[Node]:
    domains = [d for d in SECTOR_ORDER if d != LifeDomain.PROFESSIONALS]
    people = [person(f"n{i:02d}", f"Contact {i}", "", domains[i % len(domains)], 1 + i % 3)
              for i in range(count - 4)]
    orgs = [organisation(f"o{i}", f"Organisatie {i}", kind, closeness=1 + i % 3)
            for i, kind in enumerate((OrganisationKind.SCHOOL, OrganisationKind.GP,
                                      OrganisationKind.SOCIAL_TEAM, OrganisationKind.JGZ))]
    return people + orgs


def household_map(extra: tuple[Node, ...] = ()) -> Ecogram:
    contacts = network() + list(extra)
    family = [dad, mum, *kids]
    ties = tuple(tie(f"t{i}", c, family[i % len(family)]) for i, c in enumerate(contacts))
    return ecogram(*family, *contacts, ties=ties, lines=FAMILY_LINES)


# -- geometry -------------------------------------------------------------------------------
def test_sectors_start_at_the_top_and_go_clockwise() -> None:
    assert sector_centre_angle(LifeDomain.FAMILY_HOME) == -90.0
    assert sector_span(LifeDomain.FAMILY_HOME) == (-112.5, -67.5)
    assert sector_span(LifeDomain.FRIENDS) == (-22.5, 22.5)  # east: clockwise from the top
    x, y = polar(100, sector_centre_angle(LifeDomain.FAMILY_HOME))
    assert (round(x, 9), y) == (0.0, -100.0)  # y grows down: the top is negative
    for first, second in pairwise(SECTOR_ORDER):
        assert sector_span(first)[1] == sector_span(second)[0]
    for domain in SECTOR_ORDER:
        start, end = sector_span(domain)
        assert end - start == 45.0
        assert sector_at(polar(300, sector_centre_angle(domain))) == domain
        assert angle_in_sector(angle_of(polar(300, start + 1)), domain)
        assert not angle_in_sector(angle_of(polar(300, start - 1)), domain)


# -- genogram -------------------------------------------------------------------------------
def test_genogram_parents_above_children_partners_side_by_side() -> None:
    pos = genogram_positions(household_map())
    assert set(pos) == {dad.key, mum.key, *(k.key for k in kids)}
    assert pos[dad.key][1] == pos[mum.key][1]
    assert pos[dad.key][0] < pos[mum.key][0]  # the man left, as in a genogram
    assert abs(pos[dad.key][0] - pos[mum.key][0]) <= 90.0 + 1e-6  # side by side
    for kid in kids:
        assert pos[kid.key][1] > pos[mum.key][1]  # below (y grows down)
    # Oldest child left.
    assert [k for k, _ in sorted(((k.name, pos[k.key][0]) for k in kids),
                                 key=lambda item: item[1])] == ["Noor", "Lina", "Sem"]
    assert all(math.hypot(*p) <= HOUSEHOLD_RADIUS - NODE_SIZE + 1e-6 for p in pos.values())


def test_genogram_three_generations_and_a_big_family_stay_inside() -> None:
    grandma = member("gm", "Oma", "oma", Gender.FEMALE, 1950)
    many = [member(f"c{i}", f"Kind {i}", birth_year=2000 + i) for i in range(9)]
    lines = (FamilyLine("p", PARTNERS, dad.key, mum.key),
             FamilyLine("g", PARENT, grandma.key, mum.key),
             *(FamilyLine(f"c{i}", PARENT, mum.key, c.key) for i, c in enumerate(many)))
    pos = genogram_positions(ecogram(grandma, dad, mum, *many, lines=lines))
    assert pos[grandma.key][1] < pos[mum.key][1] < pos[many[0].key][1]
    assert pos[dad.key][1] == pos[mum.key][1]  # a partner joins the generation
    assert all(math.hypot(*p) <= HOUSEHOLD_RADIUS - NODE_SIZE + 1e-6 for p in pos.values())
    assert min_distance(pos.values()) >= NODE_SIZE


def family(parents: list[Node], children: list[Node]) -> tuple[FamilyLine, ...]:
    couple = (FamilyLine("p", PARTNERS, parents[0].key, parents[1].key),) if len(parents) == 2 \
        else ()
    return (*couple, *(FamilyLine(f"c{p.record_id}{c.record_id}", PARENT, p.key, c.key)
                       for p in parents for c in children))


def children(count: int) -> list[Node]:
    return [member(f"k{i}", f"Mohammed {i}", birth_year=2005 + i) for i in range(count)]


@pytest.mark.parametrize(("parents", "kids", "rows"), [
    ([dad, mum], children(3), 2),
    ([mum], children(5), 3),  # a row of five would not fit at full spacing: it wraps 3 + 2
    ([dad, mum], children(4), 2),  # shifted up, so the wide row uses the circle's middle
])
def test_genogram_leaves_room_for_names(parents: list[Node], kids: list[Node],
                                        rows: int) -> None:
    pos = genogram_positions(ecogram(*parents, *kids, lines=family(parents, kids)))
    assert min_distance(pos.values()) >= 85.0
    assert all(math.hypot(*p) <= HOUSEHOLD_RADIUS - NODE_SIZE + 1e-6 for p in pos.values())
    assert len({round(y, 6) for _, y in pos.values()}) == rows
    assert all(pos[p.key][1] < pos[k.key][1] for p in parents for k in kids)
    if len(parents) == 2:
        assert pos[dad.key][1] == pos[mum.key][1]


def test_genogram_spacing_for_three_generations_and_a_single_person() -> None:
    grandma = member("gm", "Oma", "oma", Gender.FEMALE, 1950)
    kids2 = children(2)
    lines = (*family([dad, mum], kids2), FamilyLine("g", PARENT, grandma.key, mum.key))
    pos = genogram_positions(ecogram(grandma, dad, mum, *kids2, lines=lines))
    assert pos[grandma.key][1] < pos[mum.key][1] < pos[kids2[0].key][1]
    assert pos[mum.key][1] - pos[grandma.key][1] >= 95.0  # about 100 between generations
    assert min_distance(pos.values()) >= 85.0
    assert all(math.hypot(*p) <= HOUSEHOLD_RADIUS - NODE_SIZE + 1e-6 for p in pos.values())
    assert genogram_positions(ecogram(dad)) == {dad.key: (0.0, 0.0)}


def test_genogram_without_members_or_with_inconsistent_lines() -> None:
    assert genogram_positions(ecogram(person("x"))) == {}
    a, b = member("a"), member("b")
    cycle = (FamilyLine("1", PARENT, a.key, b.key), FamilyLine("2", PARENT, b.key, a.key))
    pos = genogram_positions(ecogram(a, b, lines=cycle))  # must end, and place both
    assert set(pos) == {a.key, b.key}
    assert pos[a.key] != pos[b.key]


# -- complete_positions ---------------------------------------------------------------------
@settings(max_examples=60, deadline=None)
@given(ecograms())
def test_complete_positions_keeps_saved_positions_exactly(eco: Ecogram) -> None:
    result = complete_positions(eco)
    assert set(result) == {n.key for n in eco.nodes}
    for key, point in eco.positions.items():
        if eco.node(key) is not None:
            assert result[key] == point
    assert result == complete_positions(eco)  # deterministic


def test_complete_positions_places_everyone_in_their_sector_and_ring() -> None:
    eco = household_map()
    result = complete_positions(eco)
    assert result[HOUSEHOLD] == (0.0, 0.0)
    assert {k: result[k] for k in genogram_positions(eco)} == genogram_positions(eco)
    for node in eco.network():
        assert in_place(node, result[node.key]), node
    assert min_distance(result[n.key] for n in eco.network()) >= MIN_GAP - 1e-6


def test_members_may_sit_on_the_centre_the_household_node_is_the_circle() -> None:
    trio = (member("a", birth_year=1990), member("b", birth_year=1991), member("c"))
    eco = ecogram(*trio)
    pos = genogram_positions(eco)
    assert sorted(pos.values()) == [(-90.0, 0.0), (0.0, 0.0), (90.0, 0.0)]  # one row
    assert {k: complete_positions(eco)[k] for k in pos} == pos
    without_b = {k: p for k, p in complete_positions(eco).items() if k != trio[1].key}
    assert place_node(eco, without_b, trio[1].key) == pos[trio[1].key]


def realistic_network() -> Ecogram:
    """Twelve contacts like a real map: several sectors with a contact on more than one ring."""
    contacts = [
        person("oma", "Fatma", "oma", LifeDomain.EXTENDED_FAMILY, 1),
        person("opa", "Ahmed", "opa", LifeDomain.EXTENDED_FAMILY, 2),
        person("tante", "Yasmina", "tante", LifeDomain.EXTENDED_FAMILY, 3),
        person("kim", "Kim", "vriendin", LifeDomain.FRIENDS, 1),
        person("jeroen", "Jeroen", "vriend", LifeDomain.FRIENDS, 1),
        person("ria", "Ria", "buurvrouw", LifeDomain.NEIGHBOURS, 1),
        person("henk", "Henk", "buurman", LifeDomain.NEIGHBOURS, 3),
        person("peter", "Peter", "vader van Daan", LifeDomain.FAMILY_HOME, 3),
        person("erik", "Erik", "trainer", LifeDomain.LEISURE, 2),
        organisation("sport", "VV Zwolle-Zuid", OrganisationKind.SPORTS_CLUB,
                     LifeDomain.LEISURE, 3),
        organisation("gp", "Huisarts", OrganisationKind.GP, closeness=3),
        organisation("swt", "Sociaal wijkteam", OrganisationKind.SOCIAL_TEAM, closeness=2),
    ]
    family = [dad, mum, *kids]
    ties = tuple(tie(f"t{i}", c, family[i % len(family)]) for i, c in enumerate(contacts))
    return ecogram(*family, *contacts, ties=ties, lines=FAMILY_LINES)


def closest_angles_in_a_sector(eco: Ecogram, positions) -> float:
    """Smallest angle (degrees, seen from the centre) between two network nodes of one sector:
    their straight ties to the household lie on top of each other when it is near zero."""
    return min((abs((angle_of(positions[a.key]) - angle_of(positions[b.key]) + 180) % 360 - 180)
                for a, b in combinations(eco.network(), 2) if a.life_domain == b.life_domain),
               default=180.0)


def test_complete_positions_does_not_line_up_nodes_of_a_sector() -> None:
    eco = realistic_network()
    result = complete_positions(eco)
    assert closest_angles_in_a_sector(eco, result) >= 4.0
    for node in eco.network():
        assert in_place(node, result[node.key]), node
    assert min_distance(result[n.key] for n in eco.network()) >= MIN_GAP - 1e-6
    # One node per ring in a sector: the rings are turned against each other.
    family = {n.closeness: angle_of(result[n.key]) for n in eco.network()
              if n.life_domain == LifeDomain.EXTENDED_FAMILY}
    assert len({round(a, 3) for a in family.values()}) == 3


def test_place_node_does_not_line_up_with_a_node_on_another_ring() -> None:
    eco = realistic_network()
    positions = complete_positions(eco)
    newcomer = person("new", "Nieuw", "neef", LifeDomain.EXTENDED_FAMILY, 3)
    eco2 = eco.evolve(nodes=(*eco.nodes, newcomer))
    spot = place_node(eco2, positions, newcomer.key)
    assert in_place(newcomer, spot)
    assert min(math.dist(spot, p) for p in positions.values()) >= MIN_GAP - 1e-6
    assert closest_angles_in_a_sector(eco2, {**positions, newcomer.key: spot}) >= 4.0


def test_complete_positions_never_moves_a_saved_node_and_avoids_it() -> None:
    eco = household_map()
    first = network()[0]
    saved = {first.key: (3.0, -401.0), mum.key: (10.0, 10.0)}  # mum dragged onto the centre
    result = complete_positions(eco.with_positions(saved))
    assert result[first.key] == (3.0, -401.0)
    assert result[mum.key] == (10.0, 10.0)
    others = [p for k, p in result.items() if k not in saved and k != HOUSEHOLD]
    assert all(math.dist(p, saved[first.key]) >= MIN_GAP - 1e-6 for p in others)


def test_positions_of_removed_nodes_are_dropped() -> None:
    eco = ecogram(dad, positions={"person:gone": (1.0, 1.0)})
    assert set(complete_positions(eco)) == {HOUSEHOLD, dad.key}


# -- place_node -----------------------------------------------------------------------------
def test_place_node_finds_a_free_spot_in_the_sector() -> None:
    eco = household_map()
    positions = complete_positions(eco)
    newcomer = person("new", "Nieuw", "buurvrouw", LifeDomain.NEIGHBOURS, 1)
    eco2 = eco.evolve(nodes=(*eco.nodes, newcomer))
    spot = place_node(eco2, positions, newcomer.key)
    assert in_place(newcomer, spot)
    assert min(math.dist(spot, p) for p in positions.values()) >= MIN_GAP - 1e-6


def test_place_node_in_a_full_sector_still_gives_the_roomiest_spot_there() -> None:
    crowd = [person(f"c{i}", domain=LifeDomain.FRIENDS, closeness=1) for i in range(40)]
    eco = ecogram(*crowd)
    positions = complete_positions(eco)
    newcomer = person("new", domain=LifeDomain.FRIENDS, closeness=1)
    spot = place_node(eco.evolve(nodes=(*eco.nodes, newcomer)), positions, newcomer.key)
    assert in_place(newcomer, spot)
    assert spot not in positions.values()


def test_place_node_for_a_member_and_the_household() -> None:
    eco = household_map()
    positions = {k: p for k, p in complete_positions(eco).items() if k != kids[0].key}
    spot = place_node(eco, positions, kids[0].key)
    assert spot == genogram_positions(eco)[kids[0].key]  # its genogram place was free
    positions[kids[0].key] = spot
    newborn = member("baby", "Baby", birth_year=2024)
    crowded = {**positions, "person:baby-ghost": genogram_positions(
        eco.evolve(nodes=(*eco.nodes, newborn)))[newborn.key]}
    spot = place_node(eco.evolve(nodes=(*eco.nodes, newborn)), crowded, newborn.key)
    assert math.hypot(*spot) <= HOUSEHOLD_RADIUS - NODE_SIZE + 1e-6
    assert min(math.dist(spot, p) for p in crowded.values()) >= NODE_SIZE
    assert place_node(eco, positions, HOUSEHOLD) == (0.0, 0.0)
    with pytest.raises(KeyError):
        place_node(eco, positions, "person:nobody")


# -- auto_layout ----------------------------------------------------------------------------
def test_auto_layout_keeps_sectors_rings_and_the_household_in_place() -> None:
    eco = household_map()
    start = complete_positions(eco)
    result = auto_layout(eco)
    assert set(result) == set(start)
    for node in eco.nodes:
        if not node.in_network:
            assert result[node.key] == start[node.key]  # members keep their genogram places
        else:
            assert in_place(node, result[node.key]), node
    assert min_distance(result[n.key] for n in eco.network()) >= NODE_SIZE


def test_auto_layout_tidies_a_mess_back_into_the_sectors() -> None:
    eco = household_map()
    # Everyone dragged onto one spot in the wrong sector.
    mess = {n.key: (-3.0, 450.0) for n in eco.network()}
    result = auto_layout(eco, mess)
    for node in eco.network():
        assert in_place(node, result[node.key]), node
    assert min_distance(result[n.key] for n in eco.network()) >= NODE_SIZE


def test_auto_layout_does_not_line_up_nodes_of_a_sector() -> None:
    eco = realistic_network()
    assert closest_angles_in_a_sector(eco, auto_layout(eco)) >= 4.0
    # Even when everyone was dragged onto their sector's centre line.
    lined_up = {n.key: polar(RING_RADII[n.closeness], sector_centre_angle(n.life_domain))
                for n in eco.network()}
    result = auto_layout(eco, lined_up)
    assert closest_angles_in_a_sector(eco, result) >= 4.0
    for node in eco.network():
        assert in_place(node, result[node.key]), node


def test_auto_layout_is_deterministic() -> None:
    eco = household_map()
    mess = {n.key: (float(i % 7) * 50, -300.0 + i) for i, n in enumerate(eco.network())}
    assert auto_layout(eco, mess, seed=3) == auto_layout(eco, mess, seed=3)
    assert auto_layout(eco) == auto_layout(eco)


def test_adding_one_node_moves_the_others_little() -> None:
    eco = household_map()
    before = auto_layout(eco)
    newcomer = person("new", "Nieuw", "vriendin", LifeDomain.FRIENDS, 1)
    eco2 = household_map((newcomer,))
    after = auto_layout(eco2, {**before, newcomer.key: place_node(eco2, before, newcomer.key)})
    moves = {k: math.dist(before[k], after[k]) for k in before}
    assert max(moves.values()) <= MIN_GAP / 2
    assert sum(moves.values()) / len(moves) <= 3.0
    # Other sectors do not notice at all.
    far = [n for n in eco.network() if n.life_domain != LifeDomain.FRIENDS]
    assert max(moves[n.key] for n in far) <= 2.0


def test_auto_layout_twice_changes_little() -> None:
    eco = household_map()
    once = auto_layout(eco)
    twice = auto_layout(eco, once)
    assert max(math.dist(once[k], twice[k]) for k in once) <= 5.0


def test_auto_layout_can_be_cancelled_between_chunks() -> None:
    eco = household_map()
    with pytest.raises(LayoutCancelled):
        auto_layout(eco, should_stop=lambda: True)
    calls = []

    def stop_on_third() -> bool:
        calls.append(1)
        return len(calls) >= 3

    with pytest.raises(LayoutCancelled):
        auto_layout(eco, should_stop=stop_on_third)
    assert len(calls) == 3
    asked = []
    auto_layout(eco, should_stop=lambda: asked.append(1) or False)
    assert len(asked) >= 3  # asked regularly while working


def test_auto_layout_of_an_empty_map() -> None:
    assert auto_layout(ecogram()) == {HOUSEHOLD: (0.0, 0.0)}
    assert auto_layout(Ecogram.of("x", "leeg")) == {}

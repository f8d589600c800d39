"""Ties never run through a member's symbol (domain/ecogram_routing.py), and names are written
whole, on lines, or in their short form (domain/ecogram_labels.py)."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

import pytest

from testsupport import DEMO_DAY, PASSPHRASE, ticking_from
from voordeur import clock
from voordeur.domain.ecogram import Ecogram
from voordeur.domain.ecogram_labels import is_readable_form, name_lines, short_name
from voordeur.domain.ecogram_layout import complete_positions
from voordeur.domain.ecogram_routing import (
    MEMBER_RADIUS,
    ROUTE_MARGIN,
    member_obstacles,
    route_clear,
    tie_route,
    tie_routes,
)


def test_a_straight_path_stays_straight() -> None:
    assert tie_route((0.0, 0.0), (300.0, 0.0), [(150.0, 80.0, MEMBER_RADIUS)]) == (
        (0.0, 0.0), (300.0, 0.0))


def test_a_path_through_a_symbol_bends_around_it() -> None:
    mother = (150.0, 4.0, MEMBER_RADIUS)
    route = tie_route((0.0, 0.0), (300.0, 0.0), [mother])
    assert len(route) == 3
    assert route_clear(route, [mother])
    # away from the symbol's centre (it sits a little below the line), and no further than
    # needed
    assert route[1][1] < 0 and abs(route[1][1]) < MEMBER_RADIUS + ROUTE_MARGIN + 20
    assert tie_route((0.0, 0.0), (300.0, 0.0), [mother]) == route  # deterministic


def test_an_obstacle_holding_an_end_is_ignored() -> None:
    assert tie_route((0.0, 0.0), (300.0, 0.0), [(2.0, 0.0, MEMBER_RADIUS)]) == (
        (0.0, 0.0), (300.0, 0.0))


@pytest.fixture(scope="module")
def demo_ecograms() -> Iterator[list[Ecogram]]:
    """Every household of the app's demo (30, seed 7)."""
    from voordeur.services.demo import LOCAL_TZ, generate_demo
    from voordeur.services.ecogram_queries import current_ecogram
    from voordeur.services.household_rows import household_rows
    from voordeur.store.store import Store

    with tempfile.TemporaryDirectory() as folder, clock.use(
            ticking_from(datetime.combine(DEMO_DAY, time(10), LOCAL_TZ))):
        store = Store.create(Path(folder) / "data", PASSPHRASE, worker_name="T",
                             team_name="T", neighbourhood="Z")
        try:
            generate_demo(store, households=30, seed=7, reference_day=DEMO_DAY)
            with store.session() as session:
                yield [current_ecogram(session, row.id) for row in household_rows(store)]
        finally:
            store.close()


def test_no_tie_of_the_demo_crosses_a_member(demo_ecograms: list[Ecogram]) -> None:
    bent = 0
    for ecogram in demo_ecograms:
        positions = complete_positions(ecogram)
        obstacles = member_obstacles(ecogram, positions)
        for tie_id, route in tie_routes(ecogram, positions).items():
            tie = ecogram.tie(tie_id)
            assert tie is not None
            others = [o for k, o in obstacles.items() if k not in (tie.source, tie.target)]
            # The ends are the symbols' centres: only the others count.
            assert route_clear(route, others), (ecogram.title, tie_id)
            bent += len(route) > 2
    assert bent  # the demo has ties that would have crossed a member


@pytest.mark.parametrize(("name", "width", "organisation", "expected"), [
    ("Evi Mulder", 20, False, ("Evi Mulder",)),
    ("Khadija El Amrani", 10, False, ("Khadija", "El Amrani")),
    ("Eigen Wijs, Dagprogramma Jonge Kind", 14, True,
     ("Eigen Wijs,", "Dagprogramma", "Jonge Kind")),
    ("Sabine van Dijkstra-Hoogeveen", 14, False, ("Sabine van D.",)),
])
def test_names_break_at_spaces_or_shorten(name: str, width: int, organisation: bool,
                                          expected: tuple[str, ...]) -> None:
    lines = name_lines(name, lambda text: len(text) <= width, organisation=organisation)
    assert lines == expected
    assert is_readable_form(name, lines)


def test_short_names() -> None:
    assert short_name("Khadija El Amrani") == "Khadija E."  # "El" is capitalised: a surname
    assert short_name("Sabine van Dijk") == "Sabine van D."
    assert short_name("Noor") == "Noor"
    assert not is_readable_form("Khadija El Amrani", ("Khadija El Am…",))

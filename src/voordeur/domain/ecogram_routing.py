"""Where a tie runs: straight between its ends, or around the household members' symbols it
would otherwise cross (a tie from a contact to one child must not run through its mother's
symbol, or it reads as a tie to the mother). Shared by the screen (`gui/ecogram/tie_items.py`)
and print (`export/ecogram_map.py`); no Qt.

A detour is one bend: a point beside the first symbol in the way, as close to the straight
line as clears every member's symbol by `ROUTE_MARGIN` on both legs. Deterministic: the side
away from that symbol's centre is tried first, then the other side, nearer offsets first.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Iterable, Mapping, Sequence

from voordeur.domain.ecogram import Ecogram, Point
from voordeur.domain.ecogram_layout import NODE_SIZE

# A member's symbol as a circle: the diamond (gender unknown) reaches furthest, 1.18 × half.
MEMBER_RADIUS = NODE_SIZE / 2 * 1.18
ROUTE_MARGIN = 5.0  # the least room between a tie and a symbol it passes
_STEP = 6.0  # how much further out each try puts the bend
_MAX_OFFSET = 240.0

Obstacle = tuple[float, float, float]  # centre x, centre y, radius


def member_obstacles(ecogram: Ecogram, positions: Mapping[str, Point]) -> dict[str, Obstacle]:
    """Every household member's symbol, by node key, as a circle."""
    return {n.key: (*positions[n.key], MEMBER_RADIUS) for n in ecogram.members()
            if n.key in positions}


def segment_distance(a: Point, b: Point, c: Point) -> float:
    """The distance from `c` to the segment a–b."""
    (ax, ay), (bx, by), (cx, cy) = a, b, c
    dx, dy = bx - ax, by - ay
    length2 = dx * dx + dy * dy
    t = 0.0 if length2 < 1e-12 else max(0.0, min(1.0, ((cx - ax) * dx + (cy - ay) * dy)
                                                  / length2))
    return math.hypot(ax + t * dx - cx, ay + t * dy - cy)


def crossed(a: Point, b: Point, obstacles: Iterable[Obstacle],
            margin: float = ROUTE_MARGIN) -> list[Obstacle]:
    """The obstacles the segment a–b passes closer than their radius + `margin`."""
    return [o for o in obstacles if segment_distance(a, b, (o[0], o[1])) < o[2] + margin]


def route_clear(route: Sequence[Point], obstacles: Iterable[Obstacle],
                margin: float = ROUTE_MARGIN) -> bool:
    """True when no leg of `route` comes within `margin` of an obstacle."""
    listed = list(obstacles)
    return not any(crossed(p, q, listed, margin) for p, q in itertools.pairwise(route))


def tie_route(a: Point, b: Point, obstacles: Iterable[Obstacle]) -> tuple[Point, ...]:
    """The tie's path from centre `a` to centre `b`: (a, b), or (a, bend, b) around the
    obstacles in the way (leave out the tie's own ends). An obstacle that holds an end (they
    overlap) is ignored: no path could clear it."""
    listed = [o for o in obstacles
              if math.hypot(a[0] - o[0], a[1] - o[1]) > o[2] + ROUTE_MARGIN
              and math.hypot(b[0] - o[0], b[1] - o[1]) > o[2] + ROUTE_MARGIN]
    blocked = crossed(a, b, listed)
    if not blocked:
        return (a, b)
    (ax, ay), (bx, by) = a, b
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return (a, b)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    # The symbol in the way nearest the start decides where the bend goes.
    first = min(blocked, key=lambda o: (o[0] - ax) * ux + (o[1] - ay) * uy)
    along = (first[0] - ax) * ux + (first[1] - ay) * uy
    along = max(0.15 * length, min(0.85 * length, along))
    side = (first[0] - ax) * nx + (first[1] - ay) * ny
    sides = (-1.0, 1.0) if side >= 0 else (1.0, -1.0)
    px, py = ax + ux * along, ay + uy * along
    # Nearer bends cannot clear that symbol: away from it the bend must be at least its
    # radius and margin from its centre, towards it past the far side of it.
    reach = first[2] + ROUTE_MARGIN
    start = {sides[0]: max(_STEP, reach - abs(side)), sides[1]: abs(side) + reach}
    offset = min(start.values())
    while offset <= _MAX_OFFSET:
        for sign in sides:
            if offset < start[sign]:
                continue
            bend = (px + nx * offset * sign, py + ny * offset * sign)
            if route_clear((a, bend, b), listed):
                return (a, bend, b)
        offset += _STEP
    return (a, b)  # nothing clears within reach: straight (the map is too crowded)


def tie_routes(ecogram: Ecogram, positions: Mapping[str, Point]
               ) -> dict[str, tuple[Point, ...]]:
    """The path of every tie that has a member at an end (only those run inside the household
    circle, among the members), by tie id."""
    obstacles = member_obstacles(ecogram, positions)
    routes: dict[str, tuple[Point, ...]] = {}
    for tie in ecogram.ties:
        if tie.source not in positions or tie.target not in positions:
            continue
        if tie.source not in obstacles and tie.target not in obstacles:
            continue
        others = [o for k, o in obstacles.items() if k not in (tie.source, tie.target)]
        routes[tie.id] = tie_route(positions[tie.source], positions[tie.target], others)
    return routes

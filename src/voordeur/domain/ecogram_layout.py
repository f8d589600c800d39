"""Where things go on the ecogram: the shared geometry, the genogram inside the household circle
and the placement of new nodes (the force auto-layout is `ecogram_autolayout.py`).

Pure functions, no Qt: the GUI scene and the matplotlib export both import the constants here so
the map looks the same on screen and on paper. Scene units are about pixels at 100 % zoom, the
household centre is at (0, 0) and y grows DOWN (Qt convention).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Iterable, Mapping, Sequence

import numpy as np

from voordeur.domain.ecogram import Ecogram, Node, Point
from voordeur.model.catalogues import FamilyRelationKind, Gender, LifeDomain

HOUSEHOLD_RADIUS = 170.0  # the centre circle holding the genogram
RING_RADII: dict[int, float] = {1: 280.0, 2: 400.0, 3: 520.0}  # closeness 1 near … 3 far
NODE_SIZE = 34.0  # side / diameter of a person symbol
ORG_SIZE: tuple[float, float] = (48.0, 32.0)  # width, height of an organisation's rectangle

SECTOR_ORDER: tuple[LifeDomain, ...] = (
    LifeDomain.FAMILY_HOME,
    LifeDomain.EXTENDED_FAMILY,
    LifeDomain.FRIENDS,
    LifeDomain.NEIGHBOURS,
    LifeDomain.ACQUAINTANCES,
    LifeDomain.SCHOOL_WORK,
    LifeDomain.LEISURE,
    LifeDomain.PROFESSIONALS,
)
SECTOR_WIDTH = 360.0 / len(SECTOR_ORDER)  # 45°
_TOP = -90.0  # 12 o'clock in scene convention (y down)


def sector_span(domain: LifeDomain) -> tuple[float, float]:
    """(start, end) angle in degrees, scene convention (0° = east, clockwise, top = -90°).

    start < end always and end - start == 45; angles run from -112.5 to 247.5, so callers that
    compare with atan2 should use `angle_in_sector`.
    """
    centre = sector_centre_angle(domain)
    return centre - SECTOR_WIDTH / 2, centre + SECTOR_WIDTH / 2


def sector_centre_angle(domain: LifeDomain) -> float:
    return _TOP + SECTOR_WIDTH * SECTOR_ORDER.index(LifeDomain(domain))


def ring_radius(closeness: int) -> float:
    """The ring for a closeness (1–3); anything else falls back to the middle ring."""
    return RING_RADII.get(closeness, RING_RADII[2])


def polar(radius: float, angle_deg: float) -> Point:
    """Scene point at `radius` from the centre at `angle_deg` (scene convention)."""
    rad = math.radians(angle_deg)
    return radius * math.cos(rad), radius * math.sin(rad)


def angle_of(point: Point) -> float:
    """Scene angle of a point in degrees, in [-180, 180)."""
    return math.degrees(math.atan2(point[1], point[0]))


def angle_in_sector(angle_deg: float, domain: LifeDomain) -> bool:
    start, _ = sector_span(domain)
    return (angle_deg - start) % 360.0 <= SECTOR_WIDTH


def sector_at(point: Point) -> LifeDomain:
    """The sector a scene point lies in (by angle)."""
    index = int(((angle_of(point) - _TOP + SECTOR_WIDTH / 2) % 360.0) // SECTOR_WIDTH)
    return SECTOR_ORDER[index % len(SECTOR_ORDER)]


def sector_changes(ecogram: Ecogram, positions: Mapping[str, Point]) -> dict[str, LifeDomain]:
    """The contacts of the network that `positions` put in another sector than their life
    domain, with the sector's domain: a contact dropped in a sector belongs to it, so the map
    and the record never disagree. Members, the household and a point inside the household
    circle (no sector there) are left out."""
    changes: dict[str, LifeDomain] = {}
    for key, point in positions.items():
        node = ecogram.node(key)
        if node is None or not node.in_network or math.hypot(*point) <= HOUSEHOLD_RADIUS:
            continue
        domain = sector_at(point)
        if domain != node.life_domain:
            changes[key] = domain
    return changes


# -- spacing rules (scene units) ------------------------------------------------------------
MIN_GAP = 64.0  # centre-to-centre distance that leaves room for a symbol and its label
# Centre-to-centre distances (across, down) at which two network nodes' boxes — the symbol and
# the label under it, a name on up to two lines and the role, as drawn zoomed out on a small
# screen — no longer overlap: a new contact is placed that far from the others where it fits.
LABEL_BOX = (128.0, 92.0)
RING_BAND = 45.0  # a network node stays within this of its ring (rings are 120 apart)
_GENOGRAM_RADIUS = HOUSEHOLD_RADIUS - NODE_SIZE  # member centres stay inside this
_GENOGRAM_DX = 90.0  # preferred distance between members in a row (room for a name) …
_GENOGRAM_DY = 100.0  # … and between rows (room for a name and the child lines)
_GENOGRAM_Y_MAX = 110.0  # rows keep off the top (household title) and bottom (their labels)
_GENOGRAM_ROW_MAX = 6  # a longer row (many children) always wraps
_GENOGRAM_SLACK = 0.03  # a layout with fewer rows wins unless this much tighter
_MEMBER_GAP = NODE_SIZE * 1.3
EDGE_PAD = max(ORG_SIZE) / 2 + 8.0  # keeps a symbol off the sector's boundary line


# -- genogram inside the household circle ---------------------------------------------------
def genogram_positions(ecogram: Ecogram) -> dict[str, Point]:
    """Members inside the household circle: parents above, children below, partners side by side.

    Generations follow the parent→child lines (partners share a generation); within a row,
    couples sit together (man left, as in McGoldrick's genograms) and children sit under their
    parents, oldest left. People sit about _GENOGRAM_DX apart in a row and rows _GENOGRAM_DY
    apart, so names stay readable; see `_fit_rows` for families that do not fit that way.
    """
    members = {n.key: n for n in ecogram.members()}
    if not members:
        return {}
    parent_child = [(ln.a, ln.b) for ln in ecogram.lines
                    if ln.kind == FamilyRelationKind.PARENT_CHILD
                    and ln.a in members and ln.b in members and ln.a != ln.b]
    partners = [(ln.a, ln.b) for ln in ecogram.lines
                if ln.kind == FamilyRelationKind.PARTNERS
                and ln.a in members and ln.b in members and ln.a != ln.b]
    generation = _generations(list(members), parent_child, partners)
    parents_of: dict[str, list[str]] = {}
    for parent, child in parent_child:
        parents_of.setdefault(child, []).append(parent)

    ordered_rows: list[list[tuple[str, ...]]] = []
    xs: dict[str, float] = {}  # only the order within a row matters for the children below
    for level in sorted(set(generation.values())):
        in_row = [k for k in members if generation[k] == level]
        units = _order_row(in_row, members, partners, parents_of, xs)
        ordered_rows.append(units)
        ordered = [k for unit in units for k in unit]
        xs.update({key: i - (len(ordered) - 1) / 2 for i, key in enumerate(ordered)})
    return _fit_rows(ordered_rows)


def _fit_rows(generations: list[list[tuple[str, ...]]]) -> dict[str, Point]:
    """Rows at the preferred spacing where they fit in the circle, else the roomiest option.

    A long generation wraps into balanced rows (5 children: 3 + 2) when that keeps more room
    than squeezing everyone into one row; the drawing shifts up or down when that lets a wide
    row use the circle's widest part; only when nothing fits is it scaled down as a whole.
    """
    longest = max(sum(len(unit) for unit in row) for row in generations)
    best: tuple[float, list[list[str]], float] | None = None
    for limit in range(min(longest, _GENOGRAM_ROW_MAX), 0, -1):
        rows = [chunk for row in generations for chunk in _balanced_chunks(row, limit)]
        scale, shift = _row_fit(rows)
        if best is None or scale > best[0] + _GENOGRAM_SLACK:
            best = (scale, rows, shift)
    assert best is not None
    scale, rows, shift = best
    positions: dict[str, Point] = {}
    for r, row in enumerate(rows):
        y = ((r - (len(rows) - 1) / 2) * _GENOGRAM_DY + shift) * scale
        for i, key in enumerate(row):
            positions[key] = ((i - (len(row) - 1) / 2) * _GENOGRAM_DX * scale, y)
    return positions


def _balanced_chunks(units: list[tuple[str, ...]], limit: int) -> list[list[str]]:
    """A row split into as few, as even rows as `limit` allows; a couple is never split (so a
    row may get one more than `limit`: _row_fit judges the real lengths)."""
    total = sum(len(unit) for unit in units)
    count = -(-total // limit)
    chunks: list[list[str]] = [[]]
    done = 0
    for unit in units:
        if chunks[-1] and len(chunks) < count and done >= total * len(chunks) / count:
            chunks.append([])
        chunks[-1].extend(unit)
        done += len(unit)
    return chunks


def _row_fit(rows: list[list[str]]) -> tuple[float, float]:
    """(scale ≤ 1, vertical shift) that fits rows of these lengths in the circle.

    Only the two ends of a row matter: within _GENOGRAM_RADIUS of the centre and within
    _GENOGRAM_Y_MAX above or below it. At full size the shift nearest to "centred" that fits is
    taken, otherwise the one that needs the least shrinking (a maximum of convex functions of
    the shift: a ternary search finds it).
    """
    half_widths = np.array([(len(row) - 1) / 2 * _GENOGRAM_DX for row in rows])
    ys = (np.arange(len(rows)) - (len(rows) - 1) / 2) * _GENOGRAM_DY
    room = _GENOGRAM_RADIUS ** 2 - half_widths ** 2
    if (room >= 0).all():
        reach = np.minimum(np.sqrt(room), _GENOGRAM_Y_MAX)
        low, high = float((-reach - ys).max()), float((reach - ys).min())
        if low <= high + 1e-9:
            return 1.0, min(max(0.0, low), high)

    def furthest(shift: float) -> float:  # in units of "just fits"
        y = ys + shift
        return float(max((np.sqrt(half_widths ** 2 + y ** 2) / _GENOGRAM_RADIUS).max(),
                         (np.abs(y) / _GENOGRAM_Y_MAX).max()))

    low, high = float(-ys.max()), float(-ys.min())
    for _ in range(60):
        a, b = low + (high - low) / 3, high - (high - low) / 3
        if furthest(a) <= furthest(b):
            high = b
        else:
            low = a
    shift = (low + high) / 2
    return min(1.0, 1 / max(furthest(shift), 1e-9) * (1 - 1e-9)), shift


def _generations(keys: list[str], parent_child: list[tuple[str, str]],
                 partners: list[tuple[str, str]]) -> dict[str, int]:
    generation = dict.fromkeys(keys, 0)
    # Longest-path relaxation; bounded so that inconsistent data (a cycle) still ends.
    for _ in range(len(keys) + 1):
        changed = False
        for parent, child in parent_child:
            if generation[child] < generation[parent] + 1:
                generation[child] = generation[parent] + 1
                changed = True
        for a, b in partners:
            level = max(generation[a], generation[b])
            if generation[a] != level or generation[b] != level:
                generation[a] = generation[b] = level
                changed = True
        if not changed:
            break
    # Renumber to consecutive levels so no empty row is left between generations.
    levels = {level: i for i, level in enumerate(sorted(set(generation.values())))}
    return {k: levels[v] for k, v in generation.items()}


def _order_row(keys: list[str], members: Mapping[str, Node],
               partners: list[tuple[str, str]], parents_of: Mapping[str, list[str]],
               placed_x: Mapping[str, float]) -> list[tuple[str, ...]]:
    in_row = set(keys)
    paired: dict[str, str] = {}
    for a, b in partners:
        if a in in_row and b in in_row and a not in paired and b not in paired:
            paired[a], paired[b] = b, a

    def person_key(key: str) -> tuple[bool, float, int, str, str]:
        node = members[key]
        anchors = [placed_x[p] for p in parents_of.get(key, ()) if p in placed_x]
        anchor = sum(anchors) / len(anchors) if anchors else 0.0
        birth = node.birth_year if node.birth_year is not None else 9999
        return (not anchors, anchor, birth, node.name.casefold(), key)

    units: list[tuple[str, ...]] = []
    seen: set[str] = set()
    for key in sorted(keys):
        if key in seen:
            continue
        partner = paired.get(key)
        if partner is None:
            units.append((key,))
            seen.add(key)
            continue
        first, second = sorted((key, partner), key=lambda k: (_couple_side(members[k]), k))
        units.append((first, second))
        seen.update((first, second))
    units.sort(key=lambda unit: min(person_key(k) for k in unit))
    return units


def _couple_side(node: Node) -> int:
    return {Gender.MALE: 0, Gender.FEMALE: 2}.get(node.gender, 1)


# -- placing nodes that have no position yet ------------------------------------------------
def complete_positions(ecogram: Ecogram) -> dict[str, Point]:
    """A position for every node: saved ones kept exactly, the rest placed deterministically.

    The household sits at (0, 0); members take their genogram place; network nodes take the
    first free slot in their sector on their ring, in a fixed order (sector, ring, name), so the
    same ecogram always gets the same map. Saved positions of nodes that no longer exist are
    dropped.
    """
    result: dict[str, Point] = {
        k: (float(x), float(y)) for k, (x, y) in ecogram.positions.items()
        if ecogram.node(k) is not None
    }
    household = ecogram.household_key
    if ecogram.node(household) is not None and household not in result:
        result[household] = (0.0, 0.0)
    missing = [n for n in ecogram.nodes if n.key not in result]
    if not missing:
        return result
    genogram = genogram_positions(ecogram)
    for node in (n for n in missing if n.member):
        # The household node is the circle itself, not a symbol: members may sit on its centre.
        others = {k: p for k, p in result.items() if k != household}
        spot = genogram.get(node.key)
        clear = spot is not None and _clearance(spot, others.values()) >= NODE_SIZE
        result[node.key] = spot if clear and spot is not None else _member_spot(others, spot)
    for node in sorted((n for n in missing if n.in_network), key=_placement_order):
        result[node.key] = _network_spot(node, result)
    for node in (n for n in missing if n.key not in result):
        result[node.key] = (0.0, 0.0)  # a second household node: damaged data, keep it visible
    return result


def place_node(ecogram: Ecogram, positions: Mapping[str, Point], key: str) -> Point:
    """A free spot for one new node, not overlapping anything in `positions`.

    Network nodes go in their sector on (or near) their ring, members inside the household
    circle (their genogram place if free), the household at the centre. When the sector is full
    the spot with the most room is returned. Raises KeyError for an unknown key.
    """
    node = ecogram.node(key)
    if node is None:
        raise KeyError(key)
    others = {k: p for k, p in positions.items() if k not in (key, ecogram.household_key)}
    if node.is_household:
        return (0.0, 0.0)
    if node.member:
        spot = genogram_positions(ecogram).get(key)
        if spot is not None and _clearance(spot, others.values()) >= _MEMBER_GAP:
            return spot
        return _member_spot(others, spot)
    return _network_spot(node, others)


def _placement_order(node: Node) -> tuple[int, int, str, str]:
    return (SECTOR_ORDER.index(node.life_domain), node.closeness, node.name.casefold(), node.key)


def _clearance(point: Point, others: Iterable[Point]) -> float:
    return min((math.hypot(point[0] - x, point[1] - y) for x, y in others), default=math.inf)


def _best_spot(candidates: list[Point], occupied: Iterable[Point], gap: float) -> Point:
    """The first candidate at least `gap` from everything, else the one with the most room."""
    taken = np.array(list(occupied), dtype=float).reshape(-1, 2)
    if not len(taken):
        return candidates[0]
    room = _room(candidates, taken)
    free = np.flatnonzero(room >= gap)
    return candidates[int(free[0]) if len(free) else int(np.argmax(room))]


def _room(candidates: Sequence[Point] | np.ndarray, taken: np.ndarray) -> np.ndarray:
    # Vectorised: placing 150 nodes one by one must stay fast (demo data, first open).
    spots = np.asarray(candidates, dtype=float)
    dx = spots[:, None, 0] - taken[None, :, 0]
    dy = spots[:, None, 1] - taken[None, :, 1]
    return np.sqrt((dx * dx + dy * dy).min(axis=1))


def _network_spot(node: Node, occupied: Mapping[str, Point]) -> Point:
    """The first free slot of the node's ring in its sector, from the ring's preferred angle.

    Free means no overlap of boxes (LABEL_BOX: the symbol with its label) with anything where
    the sector has room for that, else MIN_GAP from everything; and, where the sector has
    room for it, not radially aligned (within _ALIGN_GAP degrees) with another network node:
    ties are drawn straight to the household, so two aligned nodes would have their ties drawn
    on top of each other.
    """
    taken = np.array(list(occupied.values()), dtype=float).reshape(-1, 2)
    candidates, grid, angles = _ring_grid(node.life_domain, node.closeness, _RING_ROWS, 4)
    if not len(taken):
        return candidates[0]
    # Room for the whole box (symbol and label) where the sector has it, else MIN_GAP.
    for room, enough in ((_box_room, 1.0), (_room, MIN_GAP)):
        free = np.flatnonzero(room(grid, taken) >= enough)
        if len(free):
            separation = _angular_separation(angles[free], taken)
            apart = np.flatnonzero(separation >= _ALIGN_GAP)
            best = apart[0] if len(apart) else int(np.argmax(separation))
            return candidates[int(free[best])]
    # The sector is full on this ring: the roomiest spot of a finer grid in the same band.
    fine, fine_grid, _ = _ring_grid(node.life_domain, node.closeness, _FINE_ROWS, 8)
    return fine[int(np.argmax(_room(fine_grid, taken)))]


def _box_room(candidates: np.ndarray, taken: np.ndarray) -> np.ndarray:
    """How far each candidate is from the nearest taken spot, in boxes (a symbol with its
    label under it, LABEL_BOX): 1.0 or more means the two boxes do not overlap."""
    dx = np.abs(candidates[:, None, 0] - taken[None, :, 0]) / LABEL_BOX[0]
    dy = np.abs(candidates[:, None, 1] - taken[None, :, 1]) / LABEL_BOX[1]
    return np.maximum(dx, dy).min(axis=1)


def _angular_separation(angles: np.ndarray, taken: np.ndarray) -> np.ndarray:
    """Degrees from each candidate angle to the nearest network node (outside the circle)."""
    outside = taken[np.hypot(taken[:, 0], taken[:, 1]) > HOUSEHOLD_RADIUS]
    if not len(outside):
        return np.full(len(angles), 180.0)
    theirs = np.degrees(np.arctan2(outside[:, 1], outside[:, 0]))
    diff = (angles[:, None] - theirs[None, :] + 180.0) % 360.0 - 180.0
    return np.abs(diff).min(axis=1)


def ring_turn(closeness: int) -> float:
    """Preferred angle of a ring relative to its sector's centre line, in degrees.

    The rings are turned a little against each other (near: the centre line, middle: a few
    degrees clockwise, far: as much anticlockwise) so nodes of one sector on different rings
    do not line up with the household and their ties stay apart.
    """
    return _RING_TURN.get(closeness, _RING_TURN[2])


_RING_ROWS = (0.0, 0.8 * RING_BAND, -0.8 * RING_BAND)  # on the ring, then just out and in
_FINE_ROWS = tuple(RING_BAND * f for f in (0.0, 0.3, -0.3, 0.6, -0.6, 0.9, -0.9))
_RING_TURN: dict[int, float] = {1: 0.0, 2: 7.0, 3: -7.0}
_ALIGN_GAP = 6.0  # degrees between the angles of two network nodes (their ties to the centre)


@functools.lru_cache(maxsize=256)
def _ring_grid(domain: LifeDomain, closeness: int, rows: tuple[float, ...],
               per_gap: int) -> tuple[tuple[Point, ...], np.ndarray, np.ndarray]:
    """Candidate spots in a sector around a ring, from the ring's preferred angle outwards,
    alternating sides, and their angles in degrees (cached: the same few grids serve every
    placement)."""
    ring = ring_radius(closeness)
    centre = sector_centre_angle(domain)
    preferred = ring_turn(closeness)
    candidates: list[Point] = []
    angles: list[float] = []
    for dr in rows:
        radius = ring + dr
        half = SECTOR_WIDTH / 2 - math.degrees(EDGE_PAD / radius)
        step = math.degrees(MIN_GAP / per_gap / radius)
        start = max(-half, min(half, preferred))
        offsets = [start]
        for i in range(1, int(2 * half // step) + 1):
            offsets += [off for off in (start + i * step, start - i * step) if abs(off) <= half]
        angles += [centre + off for off in offsets]
        candidates += [polar(radius, centre + off) for off in offsets]
    grid = np.array(candidates, dtype=float)
    grid.setflags(write=False)
    turned = np.array(angles, dtype=float)
    turned.setflags(write=False)
    return tuple(candidates), grid, turned


def _member_spot(occupied: Mapping[str, Point], preferred: Point | None) -> Point:
    # Concentric rings of spots inside the circle, nearest to the preferred spot first.
    candidates: list[Point] = [(0.0, 0.0)]
    radius = _MEMBER_GAP / 2
    while radius <= _GENOGRAM_RADIUS:
        count = max(6, int(2 * math.pi * radius / (_MEMBER_GAP / 2)))
        candidates += [polar(radius, -90.0 + 360.0 * i / count) for i in range(count)]
        radius += _MEMBER_GAP / 2
    if preferred is not None:
        px, py = preferred
        candidates.sort(key=lambda p: (round(math.hypot(p[0] - px, p[1] - py), 6), p))
    return _best_spot(candidates, occupied.values(), _MEMBER_GAP)

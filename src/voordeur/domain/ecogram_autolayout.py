"""The auto-layout of the ecogram ("Schikken"): a constrained force layout of the network nodes,
cancellable between chunks of iterations. The geometry it keeps to (sectors, rings, spacing) and
the placement of new nodes are in `ecogram_layout.py`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import NamedTuple

import numpy as np

from voordeur.domain.ecogram import Ecogram, Point
from voordeur.domain.ecogram_layout import (
    EDGE_PAD,
    MIN_GAP,
    RING_BAND,
    SECTOR_ORDER,
    SECTOR_WIDTH,
    complete_positions,
    ring_radius,
    ring_turn,
    sector_centre_angle,
)


class LayoutCancelled(Exception):
    """Raised by `auto_layout` when its `should_stop()` callback turns true."""


_ITERATIONS = 150
_CHUNK = 10  # should_stop() is asked between chunks of this many iterations
_START_STEP = 24.0  # largest move per iteration at the start …
_END_STEP = 3.0  # … cooling down to this (moves are force-sized, so calm nodes stay calm)
_SETTLED = 0.02  # stop early once no node moves more than this
_OVERLAP_PUSH = 0.5  # per unit of overlap below MIN_GAP
_RING_PULL = 0.08  # per unit of distance from the ring
_CENTRE_PULL = 0.05  # per unit of arc from the middle of the sector …
_CENTRE_MAX = 3.0  # … but never more, so a full sector is not squeezed together
_TIE_PULL = 0.01  # ties between two contacts in the same sector
_ALIGN_PUSH = 0.3  # along the ring, per unit of arc two nodes of a sector lack of …
_ALIGN_REACH = 7.0  # … this many degrees (above _ALIGN_GAP: the other forces win a little)


def auto_layout(
    ecogram: Ecogram,
    positions: Mapping[str, Point] | None = None,
    *,
    seed: int = 0,
    should_stop: Callable[[], bool] | None = None,
) -> dict[str, Point]:
    """A tidy layout: network nodes spread out, on their ring, in the middle of their sector.

    A force-directed (spring) layout on the networkx-style Fruchterman–Reingold idea, started
    from `positions` (what is on screen; nodes without one are placed as in
    `complete_positions`) and constrained after every step to the node's sector wedge and to
    RING_BAND around its ring. The forces are short-ranged on purpose (nodes push only when
    closer than MIN_GAP; ties pull only within a sector) and the layout runs until it settles,
    so the result hardly depends on distant parts of the map: adding one node and laying out
    again moves the others little, and laying out twice changes next to nothing. Members and
    the household keep their places. Deterministic for the same input and seed. Raises
    `LayoutCancelled` when `should_stop()` returns true (asked between chunks of iterations).
    """
    def check() -> None:
        if should_stop is not None and should_stop():
            raise LayoutCancelled

    check()
    start = complete_positions(ecogram.with_positions(positions or {}))
    free = [n for n in ecogram.nodes if n.in_network]
    if not free:
        return start
    index = {n.key: i for i, n in enumerate(free)}
    rings = np.array([ring_radius(n.closeness) for n in free])
    centres = np.radians([sector_centre_angle(n.life_domain) for n in free])
    turns = np.radians([ring_turn(n.closeness) for n in free])
    rng = np.random.default_rng(seed)
    # Nodes on exactly the same spot (a pile dragged together) are pushed apart along a
    # seeded direction per pair: antisymmetric, so each pair separates instead of drifting.
    apart = rng.uniform(0, 2 * np.pi, (len(free), len(free)))
    apart = np.triu(apart, 1) + np.tril(apart.T + np.pi, -1)
    pos = _constrain(np.array([start[n.key] for n in free], dtype=float), rings, centres)
    sector = {n.key: n.life_domain for n in free}
    domains = np.array([SECTOR_ORDER.index(n.life_domain) for n in free])
    first, second = np.nonzero(np.triu(domains[:, None] == domains[None, :], 1))
    # Which way two exactly aligned nodes give way: by their rings' turns, else by order.
    side = np.sign(turns[first] - turns[second])
    align = _Align(first, second, np.where(side == 0, -1.0, side))
    ties = np.array([(index[t.source], index[t.target]) for t in ecogram.ties
                     if t.source in index and t.target in index and t.source != t.target
                     and sector[t.source] == sector[t.target]],
                    dtype=int).reshape(-1, 2)

    settled = False
    for done in range(0, _ITERATIONS, _CHUNK):
        check()
        for i in range(done, min(done + _CHUNK, _ITERATIONS)):
            step = max(_START_STEP * (1.0 - i / _ITERATIONS), _END_STEP)
            move = _forces(pos, rings, centres + turns, ties, apart, align)
            length = np.hypot(move[:, 0], move[:, 1])
            move *= np.minimum(1.0, step / np.maximum(length, 1e-9))[:, None]
            new = _constrain(pos + move, rings, centres)
            settled = float(np.abs(new - pos).max()) < _SETTLED
            pos = new
            if settled:
                break
        if settled:
            break
    check()
    result = dict(start)
    for node, (x, y) in zip(free, pos, strict=True):
        result[node.key] = (round(float(x), 2), round(float(y), 2))
    return result


class _Align(NamedTuple):
    first: np.ndarray  # the pairs of nodes (first < second) that share a sector …
    second: np.ndarray
    side: np.ndarray  # … and ±1: which way `first` gives way when exactly aligned with `second`


def _forces(pos: np.ndarray, rings: np.ndarray, targets: np.ndarray, ties: np.ndarray,
            apart: np.ndarray, align: _Align) -> np.ndarray:
    x, y = pos[:, 0], pos[:, 1]
    dx, dy = x[:, None] - x[None, :], y[:, None] - y[None, :]
    dist = np.sqrt(dx * dx + dy * dy)  # (np.hypot is several times slower here)
    np.fill_diagonal(dist, np.inf)
    # Push apart only nodes closer than MIN_GAP: short range keeps far-away parts untouched.
    weight = _OVERLAP_PUSH * np.clip(MIN_GAP - dist, 0.0, None) / np.maximum(dist, 1e-9)
    # sum_j w_ij (p_i - p_j) == p_i * sum_j w_ij - (W @ P)_i, without an n×n×2 array.
    force = pos * weight.sum(axis=1)[:, None] - weight @ pos
    same_i, same_j = np.nonzero(dist < 1e-6) if dist.min() < 1e-6 else ((), ())
    if len(same_i):
        push = _OVERLAP_PUSH * MIN_GAP
        np.add.at(force, same_i, push * np.column_stack(
            (np.cos(apart[same_i, same_j]), np.sin(apart[same_i, same_j]))))
    # To the ring (radial) and to the ring's preferred angle in the sector (along the ring).
    radius = np.maximum(np.sqrt(x * x + y * y), 1e-9)
    force -= (_RING_PULL * (radius - rings) / radius)[:, None] * pos
    angle = np.arctan2(y, x)
    arc = ((angle - targets + np.pi) % (2 * np.pi) - np.pi) * radius
    along = np.column_stack((-np.sin(angle), np.cos(angle)))
    push = -np.clip(_CENTRE_PULL * arc, -_CENTRE_MAX, _CENTRE_MAX)
    # Nodes of one sector on nearly the same line from the centre (say on different rings) give
    # way along their rings, so their ties to the household do not lie on top of each other.
    # (Pairs, not an n×n matrix: only nodes of one sector matter, and that keeps it fast.)
    turn = (angle[align.first] - angle[align.second] + np.pi) % (2 * np.pi) - np.pi
    near = np.flatnonzero(np.abs(turn) < np.radians(_ALIGN_REACH))
    if len(near):
        turn = turn[near]
        side = np.where(np.abs(turn) > 1e-9, np.sign(turn), align.side[near])
        lack = (np.radians(_ALIGN_REACH) - np.abs(turn)) * side
        gives = np.bincount(align.first[near], lack, len(pos))
        gives -= np.bincount(align.second[near], lack, len(pos))
        push += _ALIGN_PUSH * radius * gives
    force += push[:, None] * along
    if len(ties):
        pull = _TIE_PULL * (pos[ties[:, 1]] - pos[ties[:, 0]])
        np.add.at(force, ties[:, 0], pull)
        np.add.at(force, ties[:, 1], -pull)
    return force


def _constrain(pos: np.ndarray, rings: np.ndarray, centres: np.ndarray) -> np.ndarray:
    """Back into the node's own sector wedge (off its edges) and within RING_BAND of its ring."""
    radius = np.clip(np.hypot(pos[:, 0], pos[:, 1]), rings - RING_BAND, rings + RING_BAND)
    angle = np.arctan2(pos[:, 1], pos[:, 0])
    offset = (angle - centres + np.pi) % (2 * np.pi) - np.pi
    half = np.radians(SECTOR_WIDTH / 2) - EDGE_PAD / radius
    angle = centres + np.clip(offset, -half, half)
    return np.column_stack((radius * np.cos(angle), radius * np.sin(angle)))

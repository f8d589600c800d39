"""What changed between two ecograms: a full structural diff, and a per-contact summary.

`diff`/`apply` compare two maps of the same household (a snapshot and now, or two snapshots):
nodes by key, ties and family lines by id, positions by key. `summarise` says, per network
contact, what changed in its relation with the household, in the words a worker would use.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from enum import StrEnum
from typing import TypeVar

from voordeur.domain.ecogram import Ecogram, FamilyLine, Node, Point, Tie
from voordeur.domain.ecogram_graph import is_inner
from voordeur.model.catalogues import SupportDirection, TieQuality, TieStrength

_T = TypeVar("_T")


@dataclass(frozen=True)
class EcogramDiff:
    """Everything that differs from `a` to `b`; each tuple is sorted by key/id.

    `changed_*` hold (before, after) pairs; `moved` holds (key, before, after) for every
    position that differs, None where a node had no saved position.
    """

    title: tuple[str, str] | None = None
    added_nodes: tuple[Node, ...] = ()
    removed_nodes: tuple[Node, ...] = ()
    changed_nodes: tuple[tuple[Node, Node], ...] = ()
    added_ties: tuple[Tie, ...] = ()
    removed_ties: tuple[Tie, ...] = ()
    changed_ties: tuple[tuple[Tie, Tie], ...] = ()
    added_lines: tuple[FamilyLine, ...] = ()
    removed_lines: tuple[FamilyLine, ...] = ()
    changed_lines: tuple[tuple[FamilyLine, FamilyLine], ...] = ()
    moved: tuple[tuple[str, Point | None, Point | None], ...] = ()

    @property
    def is_empty(self) -> bool:
        return self.title is None and not any((
            self.added_nodes, self.removed_nodes, self.changed_nodes,
            self.added_ties, self.removed_ties, self.changed_ties,
            self.added_lines, self.removed_lines, self.changed_lines, self.moved,
        ))

    def added_keys(self) -> frozenset[str]:
        return frozenset(n.key for n in self.added_nodes)

    def removed_keys(self) -> frozenset[str]:
        return frozenset(n.key for n in self.removed_nodes)

    def changed_keys(self) -> frozenset[str]:
        return frozenset(after.key for _, after in self.changed_nodes)

    def added_tie_ids(self) -> frozenset[str]:
        return frozenset(t.id for t in self.added_ties)

    def removed_tie_ids(self) -> frozenset[str]:
        return frozenset(t.id for t in self.removed_ties)

    def changed_tie_ids(self) -> frozenset[str]:
        return frozenset(after.id for _, after in self.changed_ties)


class ChangeKind(StrEnum):
    """Per-contact changes, in the order they are reported."""

    NEW_SUPPORTIVE = "new_supportive"
    NEW = "new"
    GONE = "gone"
    NO_LONGER_STRESSFUL = "no_longer_stressful"
    NOW_STRESSFUL = "now_stressful"
    CUT_OFF = "cut_off"
    RECONNECTED = "reconnected"
    STRONGER = "stronger"
    WEAKER = "weaker"


_STRENGTH_RANK = {TieStrength.WEAK: 0, TieStrength.NORMAL: 1, TieStrength.STRONG: 2}


@dataclass(frozen=True)
class ContactChange:
    """One thing that changed for one contact; `role_label` never contains a name."""

    kind: ChangeKind
    key: str
    name: str
    role_label: str


@dataclass(frozen=True)
class ChangeSummary:
    changes: tuple[ContactChange, ...] = ()

    @property
    def is_empty(self) -> bool:
        return not self.changes

    def of_kind(self, kind: ChangeKind) -> tuple[ContactChange, ...]:
        return tuple(c for c in self.changes if c.kind == kind)


def diff(a: Ecogram, b: Ecogram) -> EcogramDiff:
    """What changed from `a` to `b` (both of the same household)."""
    added_nodes, removed_nodes, changed_nodes = _compare(a.nodes, b.nodes, _node_id)
    added_ties, removed_ties, changed_ties = _compare(a.ties, b.ties, _tie_id)
    added_lines, removed_lines, changed_lines = _compare(a.lines, b.lines, _line_id)
    moved = tuple(
        (key, a.positions.get(key), b.positions.get(key))
        for key in sorted(set(a.positions) | set(b.positions))
        if a.positions.get(key) != b.positions.get(key)
    )
    return EcogramDiff(
        title=None if a.title == b.title else (a.title, b.title),
        added_nodes=added_nodes, removed_nodes=removed_nodes, changed_nodes=changed_nodes,
        added_ties=added_ties, removed_ties=removed_ties, changed_ties=changed_ties,
        added_lines=added_lines, removed_lines=removed_lines, changed_lines=changed_lines,
        moved=moved,
    )


def apply(d: EcogramDiff, a: Ecogram) -> Ecogram:
    """`a` with the changes of `d` made: apply(diff(a, b), a) == b."""
    nodes = _patch(a.nodes, d.added_nodes, d.removed_nodes, d.changed_nodes, _node_id)
    ties = _patch(a.ties, d.added_ties, d.removed_ties, d.changed_ties, _tie_id)
    lines = _patch(a.lines, d.added_lines, d.removed_lines, d.changed_lines, _line_id)
    positions = dict(a.positions)
    for key, _, after in d.moved:
        if after is None:
            positions.pop(key, None)
        else:
            positions[key] = after
    title = a.title if d.title is None else d.title[1]
    return Ecogram.of(a.household_id, title, nodes, ties, lines, positions)


def _node_id(node: Node) -> str:
    return node.key


def _tie_id(tie: Tie) -> str:
    return tie.id


def _line_id(line: FamilyLine) -> str:
    return line.id


def _compare(
    before: Iterable[_T], after: Iterable[_T], ident: Callable[[_T], Hashable]
) -> tuple[tuple[_T, ...], tuple[_T, ...], tuple[tuple[_T, _T], ...]]:
    old = {ident(x): x for x in before}
    new = {ident(x): x for x in after}
    added = tuple(new[k] for k in sorted(new.keys() - old.keys()))
    removed = tuple(old[k] for k in sorted(old.keys() - new.keys()))
    changed = tuple((old[k], new[k]) for k in sorted(old.keys() & new.keys()) if old[k] != new[k])
    return added, removed, changed


def _patch(
    items: Iterable[_T], added: Iterable[_T], removed: Iterable[_T],
    changed: Iterable[tuple[_T, _T]], ident: Callable[[_T], Hashable],
) -> list[_T]:
    result = {ident(x): x for x in items}
    for item in removed:
        result.pop(ident(item), None)
    for _, item in changed:
        result[ident(item)] = item
    for item in added:
        result[ident(item)] = item
    return list(result.values())


# -- per-contact summary --------------------------------------------------------------------
@dataclass(frozen=True)
class _Relation:
    """How one contact relates to the household: over its ties with the household/members."""

    has_ties: bool
    cut_off: bool  # it has such ties and every one of them is cut off
    stressful: bool  # one of its live ties is stressful
    supportive: bool  # one of its live ties is supportive or carries support to the household
    strength: int | None  # strongest live tie, None without live ties


def summarise(before: Ecogram, after: Ecogram) -> ChangeSummary:
    """Per network contact, what changed in its relation with the household and members.

    A new contact is NEW_SUPPORTIVE when one of its ties with the household/members is
    supportive (quality SUPPORTIVE, or carrying support types towards them without being
    stressful). Between contacts present in both: cut off / reconnected (all ties cut off vs.
    some live tie), stressful or not (any live tie stressful), and stronger/weaker (the strongest
    live tie). A contact can have more than one change. Ordered by kind, then name.
    """
    old = {n.key: n for n in before.network()}
    new = {n.key: n for n in after.network()}
    changes: list[ContactChange] = []

    def add(kind: ChangeKind, node: Node) -> None:
        changes.append(ContactChange(kind, node.key, node.name, node.role_label()))

    for key in new.keys() - old.keys():
        relation = _relation(after, key)
        add(ChangeKind.NEW_SUPPORTIVE if relation.supportive else ChangeKind.NEW, new[key])
    for key in old.keys() - new.keys():
        add(ChangeKind.GONE, old[key])
    for key in old.keys() & new.keys():
        was, now = _relation(before, key), _relation(after, key)
        node = new[key]
        if now.cut_off and not was.cut_off:
            add(ChangeKind.CUT_OFF, node)
            continue  # a cut-off relation is neither stressful nor strong any more: say only that
        if was.cut_off and now.has_ties and not now.cut_off:
            add(ChangeKind.RECONNECTED, node)
        if was.stressful and not now.stressful and now.has_ties:
            add(ChangeKind.NO_LONGER_STRESSFUL, node)
        if now.stressful and not was.stressful:
            add(ChangeKind.NOW_STRESSFUL, node)
        if was.strength is not None and now.strength is not None:
            if now.strength > was.strength:
                add(ChangeKind.STRONGER, node)
            elif now.strength < was.strength:
                add(ChangeKind.WEAKER, node)

    order = list(ChangeKind)
    changes.sort(key=lambda c: (order.index(c.kind), c.name.casefold(), c.name, c.key))
    return ChangeSummary(tuple(changes))


def _relation(ecogram: Ecogram, key: str) -> _Relation:
    ties = [t for t in ecogram.ties_of(key) if is_inner(ecogram, t.other(key))]
    live = [t for t in ties if t.quality != TieQuality.CUT_OFF]
    return _Relation(
        has_ties=bool(ties),
        cut_off=bool(ties) and not live,
        stressful=any(t.quality == TieQuality.STRESSFUL for t in live),
        supportive=any(_supports_household(t, key) for t in live),
        strength=max((_STRENGTH_RANK[t.strength] for t in live), default=None),
    )


def _supports_household(tie: Tie, contact: str) -> bool:
    if tie.quality == TieQuality.SUPPORTIVE:
        return True
    if tie.quality == TieQuality.STRESSFUL or not tie.support:
        return False
    towards_other = (SupportDirection.MUTUAL, SupportDirection.NONE,
                     SupportDirection.TO_TARGET if tie.source == contact
                     else SupportDirection.TO_SOURCE)
    return tie.direction in towards_other

"""The items of the ecogram scene built from an `Ecogram` (`SceneItems`): one item per node, tie
and genogram line, updated in place when the ecogram is shown again, and the marks and ghosts of
a comparison.

`EcogramScene` (scene.py) composes one `SceneItems` and keeps the interaction, the modes and the
drawing of the background; this module only decides which items there are and where they stand.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QPointF
from PySide6.QtWidgets import QGraphicsItem, QGraphicsScene

from voordeur.domain.ecogram import Ecogram, Node, Point, Tie, personal_names
from voordeur.domain.ecogram_diff import EcogramDiff
from voordeur.domain.ecogram_layout import RING_RADII, sector_centre_angle
from voordeur.gui.ecogram.family_lines import ChildLineItem, PartnerLineItem
from voordeur.gui.ecogram.items import CompareState, HouseholdItem, NodeItem
from voordeur.gui.ecogram.tie_items import TieItem
from voordeur.model.catalogues import FamilyRelationKind, NodeKind


class SceneItems:
    """The node, tie, genogram-line and ghost items of one scene, keyed as the ecogram keys
    them. The dictionaries are updated in place (the scene holds on to them)."""

    def __init__(self, scene: QGraphicsScene,
                 on_tie_removed: Callable[[TieItem], None] | None = None) -> None:
        self.scene = scene
        self.on_tie_removed = on_tie_removed
        self.nodes: dict[str, NodeItem] = {}
        self.ties: dict[str, TieItem] = {}
        self.lines: list[PartnerLineItem | ChildLineItem] = []
        self.ghosts: list[QGraphicsItem] = []
        self.hidden_names: frozenset[str] = frozenset()
        self.household: HouseholdItem | None = None
        # The members' items, shared with the ties that bend around them (kept by fill_ties).
        self.members: list[NodeItem] = []
        self._members_at: tuple[tuple[str, Point], ...] = ()  # where they were at the last fill

    def fill(self, ecogram: Ecogram, positions: Mapping[str, Point], *, roles: bool,
             editable: bool) -> None:
        """Nodes at `positions` (falling back on the ecogram's own), their ties and lines."""
        self.fill_nodes(ecogram, positions, roles=roles, editable=editable)
        self.fill_ties(ecogram.ties)
        self.fill_lines(ecogram)

    # -- nodes ------------------------------------------------------------------------------
    def fill_nodes(self, ecogram: Ecogram, positions: Mapping[str, Point], *, roles: bool,
                   editable: bool) -> None:
        nodes = list(ecogram.nodes)
        household_key = ecogram.household_key
        if ecogram.node(household_key) is None:
            nodes.append(Node(key=household_key, kind=NodeKind.HOUSEHOLD,
                              record_id=ecogram.household_id, name=ecogram.title))
        wanted = {n.key for n in nodes}
        hidden = self.hidden_names = personal_names(ecogram)
        for key in [k for k in self.nodes if k not in wanted]:
            self.remove_node(key)
        for node in nodes:
            point = positions.get(node.key) or ecogram.positions.get(node.key)
            if node.is_household:
                point = (0.0, 0.0)
            elif point is None:
                point = fallback_position(node)
            item = self.nodes.get(node.key)
            if item is not None and (node.is_household != isinstance(item, HouseholdItem)):
                self.remove_node(node.key)
                item = None
            if item is None:
                if node.is_household:
                    item = HouseholdItem(node, ecogram.title, roles=roles)
                    self.household = item
                else:
                    item = NodeItem(node, roles=roles)
                item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable,
                             editable and not node.is_household)
                self.nodes[node.key] = item
                item.setPos(QPointF(*point))
                self.scene.addItem(item)
            else:
                item.set_node(node)
                if item.pos() != QPointF(*point):
                    item.setPos(QPointF(*point))
            if item.hidden_names != hidden:
                item.hidden_names = hidden
                item.refresh_labels()
            if isinstance(item, HouseholdItem):
                item.set_title(ecogram.title)

    def remove_node(self, key: str) -> None:
        item = self.nodes.pop(key)
        for edge in list(item.edges):
            if isinstance(edge, TieItem):
                self.remove_tie(edge.tie_id)
        if item is self.household:
            self.household = None
        self.scene.removeItem(item)

    # -- ties -------------------------------------------------------------------------------
    def fill_ties(self, ties: Iterable[Tie]) -> None:
        self.members[:] = [i for i in self.nodes.values() if i.node.member and not i.ghost]
        created: set[str] = set()
        wanted = {}
        for tie in ties:
            if tie.source in self.nodes and tie.target in self.nodes:
                wanted[tie.id] = tie
        for tie_id in [t for t in self.ties if t not in wanted]:
            self.remove_tie(tie_id)
        for tie in wanted.values():
            item = self.ties.get(tie.id)
            if item is not None and item.tie.ends() != tie.ends():
                self.remove_tie(tie.id)
                item = None
            if item is None:
                item = TieItem(tie, self.nodes[tie.source], self.nodes[tie.target],
                               members=self.members)
                created.add(tie.id)
                self.ties[tie.id] = item
                self.scene.addItem(item)
                self.scene.addItem(item.badge)
            else:
                item.set_tie(tie)
                item.set_names()
        # A member may have moved into (or out of) another tie's way.
        members_at = tuple((i.key, i.xy()) for i in self.members)
        if members_at != self._members_at:
            self._members_at = members_at
            for tie_id, item in self.ties.items():
                if tie_id not in created and item.bends_around_members():
                    item.adjust()

    def remove_tie(self, tie_id: str) -> None:
        item = self.ties.pop(tie_id, None)
        if item is not None:
            if self.on_tie_removed is not None:
                self.on_tie_removed(item)
            item.detach()
            self.scene.removeItem(item.badge)
            self.scene.removeItem(item)

    # -- genogram lines ---------------------------------------------------------------------
    def fill_lines(self, ecogram: Ecogram) -> None:
        """Genogram lines are few: rebuild them every time."""
        for line in self.lines:
            line.detach()
            self.scene.removeItem(line)
        self.lines.clear()
        partners: dict[frozenset[str], PartnerLineItem] = {}
        for line in ecogram.lines:
            if line.kind != FamilyRelationKind.PARTNERS:
                continue
            a, b = self.nodes.get(line.a), self.nodes.get(line.b)
            if a is None or b is None or a is b:
                continue
            item = PartnerLineItem(line.id, a, b, line.partner_status)
            partners[frozenset((line.a, line.b))] = item
            self._add_line(item)
        # A child of two partners hangs from the middle of their line (one line, not two).
        by_child: dict[str, list] = {}
        for line in ecogram.lines:
            if line.kind == FamilyRelationKind.PARENT_CHILD and line.a in self.nodes \
                    and line.b in self.nodes and line.a != line.b:
                by_child.setdefault(line.b, []).append(line)
        for child_key, lines in by_child.items():
            child = self.nodes[child_key]
            joined = False
            if len(lines) >= 2:
                for i, first in enumerate(lines):
                    for second in lines[i + 1:]:
                        couple = partners.get(frozenset((first.a, second.a)))
                        if couple is not None and first.child_type == second.child_type:
                            self._add_line(ChildLineItem(
                                first.id, [self.nodes[first.a], self.nodes[second.a]], child,
                                first.child_type, couple))
                            lines = [x for x in lines if x not in (first, second)]
                            joined = True
                            break
                    if joined:
                        break
            for line in lines:
                self._add_line(ChildLineItem(line.id, [self.nodes[line.a]], child,
                                             line.child_type, None))

    def _add_line(self, item: PartnerLineItem | ChildLineItem) -> None:
        self.lines.append(item)
        self.scene.addItem(item)

    # -- comparing --------------------------------------------------------------------------
    def mark_compare(self, diff: EcogramDiff, positions: Mapping[str, Point], *,
                     roles: bool) -> None:
        """Added green, changed orange, removed nodes and ties as ghosts at `positions`."""
        before_moves = {key: before for key, before, _after in diff.moved if before is not None}
        for key in diff.added_keys():
            if key in self.nodes:
                self.nodes[key].set_compare(CompareState.ADDED)
        for key in diff.changed_keys():
            if key in self.nodes:
                self.nodes[key].set_compare(CompareState.CHANGED)
        for tie_id in diff.added_tie_ids():
            if tie_id in self.ties:
                self.ties[tie_id].set_compare(CompareState.ADDED)
        for tie_id in diff.changed_tie_ids():
            if tie_id in self.ties:
                self.ties[tie_id].set_compare(CompareState.CHANGED)
        ghosts: dict[str, NodeItem] = {}
        hidden = self.hidden_names | personal_names(Ecogram.of("", "", diff.removed_nodes))
        for node in diff.removed_nodes:
            point = positions.get(node.key) or before_moves.get(node.key) \
                or fallback_position(node)
            ghost = NodeItem(node, roles=roles, ghost=True)
            ghost.hidden_names = hidden
            ghost.refresh_labels()
            ghost.setPos(QPointF(*point))
            self.scene.addItem(ghost)
            ghosts[node.key] = ghost
            self.ghosts.append(ghost)
        for tie in diff.removed_ties:
            source = self.nodes.get(tie.source) or ghosts.get(tie.source)
            target = self.nodes.get(tie.target) or ghosts.get(tie.target)
            if source is None or target is None:
                continue
            ghost_tie = TieItem(tie, source, target, ghost=True)
            ghost_tie.setOpacity(0.7)
            ghost_tie.badge.setOpacity(0.7)
            self.scene.addItem(ghost_tie)
            self.scene.addItem(ghost_tie.badge)
            self.ghosts.append(ghost_tie)

    def clear_compare(self) -> None:
        for item in self.ghosts:
            if isinstance(item, TieItem):
                item.detach()
                self.scene.removeItem(item.badge)
        for item in self.ghosts:
            self.scene.removeItem(item)
        self.ghosts.clear()
        for node in self.nodes.values():
            node.set_compare(None)
        for tie in self.ties.values():
            tie.set_compare(None)


def fallback_position(node: Node) -> Point:
    """Where a node without a saved position goes (normally the layout gives one)."""
    if node.member or node.is_household:
        return (0.0, 0.0)
    radius = RING_RADII.get(node.closeness, RING_RADII[2])
    angle = math.radians(sector_centre_angle(node.life_domain))
    return (radius * math.cos(angle), radius * math.sin(angle))

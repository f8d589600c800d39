"""The ecogram as a QGraphicsScene: one item per node, tie and genogram line (built and updated
by `SceneItems`, scene_items.py), the background (scene_background.py), and the mouse interaction
(move, connect by dragging with a `ConnectLine`, connect_line.py, activate).

The scene shows an `Ecogram` value and reports what the worker does as signals; it never writes
anything itself. The tab turns the signals into undoable commands and then calls
`set_ecogram` again with what is stored, which updates the items in place (selection kept).
"""

from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QPainter, QPixmap, QTransform
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSceneHelpEvent,
    QGraphicsSceneMouseEvent,
    QGraphicsView,
    QStyleOptionGraphicsItem,
    QToolTip,
    QWidget,
)

from voordeur.domain.ecogram import Ecogram, Point
from voordeur.domain.ecogram_diff import EcogramDiff
from voordeur.domain.ecogram_layout import (
    SECTOR_WIDTH,
)
from voordeur.gui.ecogram.connect_line import ConnectLine
from voordeur.gui.ecogram.family_lines import ChildLineItem, PartnerLineItem
from voordeur.gui.ecogram.items import HouseholdItem, NodeItem
from voordeur.gui.ecogram.moving_ties import MovingTiesItem
from voordeur.gui.ecogram.scene_background import CONTENT_RADIUS, paint_background
from voordeur.gui.ecogram.scene_items import SceneItems
from voordeur.gui.ecogram.tie_items import TieItem


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Ecogram", text, None, n)


LABEL_ROW, MIN_LABEL_ROOM = 34.0, 40.0  # labels closer in height than this can collide


class EcogramScene(QGraphicsScene):
    """The map. Signals carry node keys ("person:…") and tie ids."""

    nodes_moved = Signal(dict)  # key -> (x, y), once after a drag, for every node that moved
    connect_requested = Signal(str, str)  # drag from one node onto another
    node_activated = Signal(str)  # double-click / Enter on a node
    tie_activated = Signal(str)  # double-click / Enter on a tie
    selection_changed_keys = Signal()  # ask selected_keys() / selected_tie_ids()
    compare_changed = Signal(bool)  # comparing on / off (the legend adds its compare marks)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Items move all the time and there are only a few hundred of them: a BSP index would
        # cost more to keep up to date during a drag than it saves on look-ups.
        self.setItemIndexMethod(QGraphicsScene.ItemIndexMethod.NoIndex)
        self.ecogram: Ecogram | None = None
        # The items, built and updated from the ecogram (scene_items.py); the two look-ups
        # are the builder's own dictionaries, updated in place.
        self._items = SceneItems(self, on_tie_removed=self._forget_tie)
        self._nodes = self._items.nodes
        self._ties = self._items.ties
        self.compare_diff: EcogramDiff | None = None
        self.roles = False
        self.editable = True
        self.connect_mode = False
        self._drag_start: dict[str, QPointF] | None = None
        self._connecting = ConnectLine(self)  # the line of a drag that connects two nodes
        self._quiet = False  # no selection_changed_keys while rebuilding
        self._selected_ties: set[TieItem] = set()
        # During a move, ties that do not move are drawn once into the (cached) background
        # and hidden, so each step repaints only the moving nodes' ties: see begin_move.
        self._resting: list[TieItem] = []
        # ... and the ties that do move are drawn all at once by one item (and their badges
        # by another), without building anything per tie per step.
        self._layer: MovingTiesItem | None = None
        # ... and the nodes that do not move are drawn once into a picture laid over the
        # map (drawForeground): above every tie, as they are, for one copy per step instead
        # of one per node.
        self._resting_nodes: list[NodeItem] = []
        self._foreground: tuple[tuple, QPixmap] | None = None
        self._in_move = False
        self.selectionChanged.connect(self._selection_changed)
        self._set_rect(QRectF())

    # -- filling ----------------------------------------------------------------------------
    def set_ecogram(self, ecogram: Ecogram, positions: Mapping[str, Point]) -> None:
        """Show `ecogram` with nodes at `positions` (falling back on the ecogram's own),
        updating existing items in place. Clears a comparison (call set_compare again)."""
        before = (self.selected_keys(), self.selected_tie_ids())
        self.end_move()
        dragged = set(self._drag_start or ()) if self.mouseGrabberItem() is not None else set()
        self._quiet = True
        try:
            self._clear_compare()
            self.ecogram = ecogram
            # A node the worker is dragging right now stays under the mouse.
            self._items.fill(ecogram, {**positions, **{k: p for k, p in self.positions().items()
                                                       if k in dragged}},
                             roles=self.roles, editable=self.editable)
            self.fit_labels()
            self._set_rect(self.itemsBoundingRect())
        finally:
            self._quiet = False
        if (self.selected_keys(), self.selected_tie_ids()) != before:
            self.selection_changed_keys.emit()

    def _forget_tie(self, item: TieItem) -> None:
        self._selected_ties.discard(item)

    def fit_labels(self) -> None:
        """Give each label the width free beside its node, so neighbours' names do not run
        into each other (only nodes on about the same height count)."""
        items = [i for i in self._nodes.values() if not isinstance(i, HouseholdItem)]
        # By height, so each node only looks at the few within LABEL_ROW of it.
        rows = sorted((*i.xy()[::-1], i.natural_label_width(), n) for n, i in enumerate(items))
        ys = [row[0] for row in rows]
        for y, x, _width, index in rows:
            room = math.inf
            for oy, ox, other_width, other in rows[bisect_left(ys, y - LABEL_ROW - 1):
                                                    bisect_right(ys, y + LABEL_ROW + 1)]:
                if other != index and abs(oy - y) < LABEL_ROW:
                    dx = abs(ox - x)
                    # A short neighbour leaves more than half the distance.
                    room = min(room, max(dx - 6.0, 2 * dx - other_width - 8.0))
            items[index].set_label_room(max(MIN_LABEL_ROOM, room))

    def _set_rect(self, items: QRectF) -> None:
        """Room around the map so the view can pan and zoom around it."""
        r = CONTENT_RADIUS
        content = QRectF(-r, -r, 2 * r, 2 * r).united(items)
        self.setSceneRect(content.adjusted(-1500, -1500, 1500, 1500))

    def content_rect(self) -> QRectF:
        """The map and everything on it (what `fit` shows)."""
        r = CONTENT_RADIUS
        rect = QRectF(-r, -r, 2 * r, 2 * r)
        for item in self._nodes.values():
            if not isinstance(item, HouseholdItem):
                rect = rect.united(item.sceneBoundingRect())
        return rect

    # -- modes ------------------------------------------------------------------------------
    def set_roles(self, roles: bool) -> None:
        """Roles instead of names (for showing the map to someone without consent)."""
        self.end_move()  # the resting nodes' picture would show the old labels
        self.roles = roles
        for item in (*self._nodes.values(), *self._items.ghosts):
            if isinstance(item, NodeItem):
                item.set_roles(roles)
        for tie in self._ties.values():
            tie.set_names()

    def set_editable(self, editable: bool) -> None:
        self.end_move()
        self.editable = editable
        for item in self._nodes.values():
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable,
                         editable and not isinstance(item, HouseholdItem))
        if not editable:
            self.connect_mode = False
            self._connecting.end()

    def set_connect_mode(self, on: bool) -> None:
        """In connect mode a left drag from a node draws a new tie instead of moving it."""
        self.connect_mode = on and self.editable
        for view in self.views():
            view.viewport().setCursor(Qt.CursorShape.CrossCursor if self.connect_mode
                                      else Qt.CursorShape.ArrowCursor)

    # -- comparing --------------------------------------------------------------------------
    def set_compare(self, diff: EcogramDiff | None,
                    positions: Mapping[str, Point] | None = None) -> None:
        """Mark what changed since an earlier ecogram: added green with "nieuw", changed
        orange, removed nodes and ties drawn ghosted (red, dashed) at `positions` (where they
        were in the earlier ecogram)."""
        self.end_move()
        self._clear_compare()
        self.compare_diff = diff
        self.compare_changed.emit(diff is not None)
        if diff is not None:
            self._items.mark_compare(diff, positions or {}, roles=self.roles)

    def _clear_compare(self) -> None:
        self.compare_diff = None
        self._items.clear_compare()


    def ghost_items(self) -> list[QGraphicsItem]:
        return list(self._items.ghosts)

    # -- look-ups and selection -------------------------------------------------------------
    def node_item(self, key: str) -> NodeItem | None:
        return self._nodes.get(key)

    def tie_item(self, tie_id: str) -> TieItem | None:
        return self._ties.get(tie_id)

    def node_items(self) -> list[NodeItem]:
        return list(self._nodes.values())

    def tie_items(self) -> list[TieItem]:
        return list(self._ties.values())

    def line_items(self) -> list[PartnerLineItem | ChildLineItem]:
        return list(self._items.lines)

    def positions(self) -> dict[str, Point]:
        return {key: (item.pos().x(), item.pos().y()) for key, item in self._nodes.items()}

    def tab_order(self) -> list[NodeItem]:
        """Household, members (top to bottom, left to right), then the network by sector
        (clockwise from the top) and distance: the order Tab walks through."""
        def rank(item: NodeItem) -> tuple:
            node, p = item.node, item.pos()
            if isinstance(item, HouseholdItem):
                return (0, 0.0, 0.0)
            if node.member:
                return (1, round(p.y() / 20), p.x())
            angle = (math.degrees(math.atan2(p.y(), p.x())) + 90 + SECTOR_WIDTH / 2) % 360
            return (2, angle, math.hypot(p.x(), p.y()))
        return sorted(self._nodes.values(), key=rank)

    def selected_keys(self) -> list[str]:
        return [item.key for item in self.tab_order() if item.isSelected()]

    def selected_tie_ids(self) -> list[str]:
        return sorted(tie_id for tie_id, item in self._ties.items() if item.isSelected())

    def select(self, key_or_tie_id: str | None) -> bool:
        """Select only this node or tie (None: nothing); False when it is not on the map."""
        item: QGraphicsItem | None = None
        if key_or_tie_id is not None:
            item = self._nodes.get(key_or_tie_id) or self._ties.get(key_or_tie_id)
        self._quiet = True
        try:
            self.clearSelection()
            if item is not None:
                item.setSelected(True)
        finally:
            self._quiet = False
        self.selection_changed_keys.emit()
        return item is not None

    def cycle_selection(self, forward: bool = True) -> str | None:
        """Select the next (or previous) node in tab order; returns its key."""
        order = self.tab_order()
        if not order:
            return None
        selected = [i for i, item in enumerate(order) if item.isSelected()]
        if not selected:
            index = 0 if forward else len(order) - 1
        else:
            index = (selected[-1] + 1) % len(order) if forward else (selected[0] - 1) % len(order)
        key = order[index].key
        self.select(key)
        return key

    def activate_selected(self) -> None:
        keys, ties = self.selected_keys(), self.selected_tie_ids()
        if keys:
            self.node_activated.emit(keys[0])
        elif ties:
            self.tie_activated.emit(ties[0])

    def move_selected(self, dx: float, dy: float) -> dict[str, Point]:
        """Move the selected nodes (keyboard); returns their new positions. No signal."""
        if not self.editable:
            return {}
        moved: dict[str, Point] = {}
        for key in self.selected_keys():
            item = self._nodes[key]
            if item.flags() & QGraphicsItem.GraphicsItemFlag.ItemIsMovable:
                item.setPos(item.pos() + QPointF(dx, dy))
                moved[key] = (item.pos().x(), item.pos().y())
        return moved

    # -- fast moving ------------------------------------------------------------------------
    def begin_move(self, keys: Iterable[str]) -> None:
        """Nodes `keys` are about to move step by step (a drag, arrow keys): put every tie
        that does not touch them to rest in the background, draw the ties that do with one
        MovingTiesItem, and the nodes that stay in one picture over the map
        (drawForeground), so a step only re-routes and repaints what moves. Ends with
        end_move() (which set_ecogram, set_roles, set_compare and set_editable call)."""
        moving = set(keys)
        if self._in_move or not moving:
            return
        self._in_move = True
        self._resting, fast = [], []
        for tie in self._ties.values():
            if tie.source.key in moving or tie.target.key in moving:
                if tie.can_move_fast():
                    fast.append(tie)
            elif not tie.isSelected():
                self._resting.append(tie)
        for tie in self._resting:
            tie.setVisible(False)
            tie.badge.setVisible(False)
        if fast:
            self._layer = MovingTiesItem(fast)
            self.addItem(self._layer)
            self.addItem(self._layer.badges)
            for tie in fast:
                tie.set_layer(self._layer)
        self._resting_nodes = [item for key, item in self._nodes.items()
                               if key not in moving and not isinstance(item, HouseholdItem)
                               and not item.isSelected()]
        self._foreground = None
        for item in self._resting_nodes:  # still there (and clickable), not painted by Qt
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, True)
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def end_move(self) -> None:
        if not self._in_move:
            return
        self._in_move = False
        layer, self._layer = self._layer, None
        if layer is not None:
            for tie in layer.ties:
                tie.set_layer(None)  # drawn exactly by itself again
            self.removeItem(layer.badges)
            self.removeItem(layer)
        for item in self._resting_nodes:  # (hiding them would throw away their pictures)
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, False)
        self._resting_nodes, self._foreground = [], None
        for tie in self._resting:
            tie.setVisible(True)
            tie.badge.setVisible(True)
        self._resting = []
        self.invalidate(self.sceneRect(), QGraphicsScene.SceneLayer.BackgroundLayer)

    def moving(self) -> bool:
        return self._in_move

    def _selection_changed(self) -> None:
        # A badge is drawn in its tie's selection colour.
        try:
            selected = {tie for tie in self._ties.values() if tie.isSelected()}
        except RuntimeError:  # clear(): the items are gone already
            selected = set()
        else:
            for tie in selected ^ self._selected_ties:
                tie.badge.update()
        self._selected_ties = selected
        if not self._quiet:
            self.selection_changed_keys.emit()

    def helpEvent(self, event: QGraphicsSceneHelpEvent) -> None:
        """The tooltip of the topmost item under the mouse (the items make theirs only when
        asked: see NodeItem.toolTip)."""
        widget = event.widget()
        view = widget.parentWidget() if widget is not None else None
        transform = view.transform() if isinstance(view, QGraphicsView) else QTransform()
        text = ""
        for item in self.items(event.scenePos(), Qt.ItemSelectionMode.IntersectsItemShape,
                               Qt.SortOrder.DescendingOrder, transform):
            text = item.toolTip()
            if text:
                break
        QToolTip.showText(event.screenPos(), text, widget)
        event.setAccepted(bool(text))

    # -- mouse ------------------------------------------------------------------------------
    def node_at(self, point: QPointF, *, exclude: NodeItem | None = None) -> NodeItem | None:
        for item in self.items(point):
            if isinstance(item, NodeItem) and not item.ghost and item is not exclude:
                return item
        return None

    def mousePressEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        node = self.node_at(event.scenePos())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        left, right = Qt.MouseButton.LeftButton, Qt.MouseButton.RightButton
        if node is not None and self.editable and (
                event.button() == right
                or (event.button() == left and (shift or self.connect_mode))):
            self._connecting.start(node, event.scenePos())
            event.accept()
            return
        super().mousePressEvent(event)
        if event.button() == left and self.editable:
            self._drag_start = {key: self._nodes[key].pos() for key in self.selected_keys()
                                if not isinstance(self._nodes[key], HouseholdItem)}

    def mouseMoveEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        connecting = self._connecting
        if connecting.active and connecting.source is not None:
            connecting.follow(event.scenePos(),
                              self.node_at(event.scenePos(), exclude=connecting.source))
            event.accept()
            return
        if self._drag_start and not self._in_move \
                and event.buttons() & Qt.MouseButton.LeftButton:
            self.begin_move(self._drag_start)
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        if self._connecting.active:
            source = self._connecting.source
            target = self.node_at(event.scenePos(), exclude=source)
            self._connecting.end()
            event.accept()
            if source is not None and target is not None:
                self.connect_requested.emit(source.key, target.key)
            return
        super().mouseReleaseEvent(event)
        self.end_move()
        start, self._drag_start = self._drag_start, None
        if start and event.button() == Qt.MouseButton.LeftButton:
            moved = {key: (item.pos().x(), item.pos().y()) for key, p in start.items()
                     if (item := self._nodes.get(key)) is not None and item.pos() != p}
            if moved:
                self.fit_labels()
                self._set_rect(self.itemsBoundingRect())
                self.nodes_moved.emit(moved)

    def mouseDoubleClickEvent(self, event: QGraphicsSceneMouseEvent) -> None:
        super().mouseDoubleClickEvent(event)
        if event.button() != Qt.MouseButton.LeftButton:
            return
        node = self.node_at(event.scenePos())
        if node is not None:
            self.node_activated.emit(node.key)
            return
        for item in self.items(event.scenePos()):
            if isinstance(item, TieItem) and not item.ghost:
                self.tie_activated.emit(item.tie_id)
                return

    def cancel_connect(self) -> bool:
        """Esc while drawing a connection; True when there was one."""
        busy = self._connecting.active
        self._connecting.end()
        return busy

    # -- background -------------------------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        """Sectors, rings and their names. Static: the view caches it (CacheBackground)."""
        paint_background(painter, rect)
        for tie in self._resting:
            painter.save()
            tie.render(painter)
            tie.badge.render(painter)
            painter.restore()

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        """During a move: the nodes that stay where they are (see begin_move)."""
        if not self._resting_nodes:
            return
        device = painter.device()
        if not isinstance(device, QWidget):  # printing or exporting: draw them as they are
            self._paint_resting_nodes(painter)
            return
        transform = painter.worldTransform()
        ratio = device.devicePixelRatioF()
        key = (transform, device.width(), device.height(), ratio)
        if self._foreground is None or self._foreground[0] != key:
            picture = QPixmap(math.ceil(device.width() * ratio),
                              math.ceil(device.height() * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            picture_painter = QPainter(picture)
            picture_painter.setRenderHints(painter.renderHints())
            picture_painter.setWorldTransform(transform)
            self._paint_resting_nodes(picture_painter)
            picture_painter.end()
            self._foreground = (key, picture)
        painter.save()
        painter.resetTransform()
        painter.drawPixmap(0, 0, self._foreground[1])
        painter.restore()

    def _paint_resting_nodes(self, painter: QPainter) -> None:
        option = QStyleOptionGraphicsItem()
        for item in self._resting_nodes:
            painter.save()
            painter.translate(item.pos())
            item.paint(painter, option, None)
            painter.restore()

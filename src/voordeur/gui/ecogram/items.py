"""The drawn parts of the ecogram around its ties: people, organisations and the household
circle (the genogram lines are in `family_lines`, the ties in `tie_items`, the painting in
`painting`).

Performance: items are plain QGraphicsItems (no QObject per item), nodes cache their pixmap, and a
node that moves only re-routes its own lines (`NodeItem.edges`).
"""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from voordeur.domain.ecogram import Node, organisation_role, scrub_names
from voordeur.domain.ecogram_layout import HOUSEHOLD_RADIUS, NODE_SIZE, ORG_SIZE
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.ecogram.genogram_painting import (
    organisation_code,
    paint_organisation,
    paint_person,
)
from voordeur.gui.ecogram.node_label import NodeLabel, node_label
from voordeur.gui.ecogram.painting import (
    HOUSEHOLD_Z,
    LABEL_WIDTH,
    MAX_LABEL_GROWTH,
    NAME_PX,
    NODE_Z,
    ROLE_PX,
    TAG_PX,
    TITLE_PX,
    colour,
    label_growth,
    pixel_font,
)
from voordeur.model.catalogues import Gender


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Ecogram", text, None, n)


# -- items -------------------------------------------------------------------------------------
class Edge(Protocol):
    def adjust(self) -> None: ...


class CompareState:
    ADDED, CHANGED, REMOVED = "added", "changed", "removed"


def compare_tag(state: str | None) -> str:
    return {CompareState.ADDED: _t("nieuw"), CompareState.CHANGED: _t("gewijzigd"),
            CompareState.REMOVED: _t("weg")}.get(state or "", "")


class NodeItem(QGraphicsItem):
    """A person or an organisation: its symbol with the name (and role) under it."""

    def __init__(self, node: Node, *, roles: bool = False, ghost: bool = False) -> None:
        super().__init__()
        self.node = node
        self.roles = roles
        self.ghost = ghost  # a removed node drawn in compare mode: not editable
        self.compare: str | None = CompareState.REMOVED if ghost else None
        self.drop_target = False
        self.label_room = math.inf  # scene units free beside the node (set by the scene)
        self._name_rows = 1  # lines of the name when last drawn (two when broken)
        # Names a free-text role may contain; hidden in role mode (set by the scene).
        self.hidden_names: frozenset[str] = frozenset()
        self.edges: list[Edge] = []
        self._xy: tuple[float, float] | None = None  # pos() as numbers, kept by itemChange
        flags = QGraphicsItem.GraphicsItemFlag
        if not ghost:
            self.setFlags(flags.ItemIsSelectable | flags.ItemIsMovable
                          | flags.ItemSendsGeometryChanges)
        self.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.setZValue(NODE_Z)
        if ghost:
            self.setOpacity(0.6)

    @property
    def key(self) -> str:
        return self.node.key

    # -- data ----------------------------------------------------------------------------
    def set_node(self, node: Node) -> None:
        if node == self.node:
            return
        self.prepareGeometryChange()
        self.node = node
        self.update()

    def set_roles(self, roles: bool) -> None:
        if roles != self.roles:
            self.roles = roles
            self.refresh_labels()

    def refresh_labels(self) -> None:
        self.prepareGeometryChange()
        self.update()

    def set_compare(self, state: str | None) -> None:
        if state != self.compare:
            self.compare = state
            self.update()

    def label_area(self) -> QRectF:
        """About where the name and role are, in scene coordinates (for placing badges)."""
        symbol = self.symbol_rect()
        width = min(LABEL_WIDTH * 1.3, self.label_room)
        p = self.pos()
        return QRectF(p.x() - width / 2, p.y() + symbol.bottom(), width,
                      (self._name_rows * NAME_PX + ROLE_PX) * 1.3 * 1.25)

    def label_box(self) -> tuple[float, float, float, float] | None:
        """`label_area` as (left, right, top, bottom), cheaper (asked on every drag step)."""
        width = min(LABEL_WIDTH * 1.3, self.label_room)
        x, y = self.xy()
        bottom = ORG_SIZE[1] / 2 if self.node.is_organisation else NODE_SIZE / 2
        left, top = x - width / 2, y + bottom  # as symbol_rect().bottom()
        return (left, left + width, top, top + (self._name_rows * NAME_PX + ROLE_PX) * 1.3 * 1.25)

    def natural_label_width(self) -> float:
        """The width of the name at a typical zoomed-out size (to share room with others)."""
        return _name_metrics().horizontalAdvance(self.label_lines()[0])

    def set_label_room(self, room: float) -> None:
        if room != self.label_room:
            self.label_room = room
            self.update()

    def set_drop_target(self, on: bool) -> None:
        if on != self.drop_target:
            self.drop_target = on
            self.update()

    def label_lines(self) -> tuple[str, str]:
        """(main line, smaller second line) under the symbol."""
        node = self.node
        if self.roles:
            if node.is_organisation:
                role = node.role or organisation_role(node.organisation_kind)
                return node.name, scrub_names(role, self.hidden_names)
            return scrub_names(node.role_label(), self.hidden_names), ""
        if node.is_organisation:
            second = node.contact_name or node.role or organisation_role(node.organisation_kind)
            return node.name, second
        if node.member and node.name:
            # Inside the household circle first names are enough (and fit); the full name is
            # in the tooltip, the list and the side panel.
            return node.name.split()[0], node.role
        return node.name or node.role_label(), node.role if node.name else ""

    def toolTip(self) -> str:
        """Made when asked (the scene's helpEvent shows it): a map fills faster without
        setting hundreds of tooltips that are hardly ever read."""
        main, second = self.label_lines()
        parts = [main] + ([second] if second else [])
        node = self.node
        if node.in_network:
            parts.append(f"{catalogue_label(node.life_domain)} · "
                         f"{_closeness(node.closeness)}")
        if node.deceased:
            parts.append(_t("overleden"))
        return "\n".join(parts)

    # -- geometry ------------------------------------------------------------------------
    def symbol_rect(self) -> QRectF:
        if self.node.is_organisation:
            w, h = ORG_SIZE
            return QRectF(-w / 2, -h / 2, w, h)
        return QRectF(-NODE_SIZE / 2, -NODE_SIZE / 2, NODE_SIZE, NODE_SIZE)

    def edge_distance(self, ux: float, uy: float) -> float:
        """Distance from the centre to the symbol's edge in direction (ux, uy), plus a gap."""
        ax, ay = abs(ux), abs(uy)
        if self.node.is_organisation:
            w, h = ORG_SIZE
            d = min(w / 2 / ax if ax > 1e-6 else math.inf, h / 2 / ay if ay > 1e-6 else math.inf)
        elif self.node.gender == Gender.FEMALE:
            d = NODE_SIZE / 2
        elif self.node.gender == Gender.MALE:
            d = NODE_SIZE / 2 / max(ax, ay, 1e-6)
        else:
            d = NODE_SIZE / 2 * 1.18 / max(ax + ay, 1e-6)
        return d + 3.0

    def bottom(self) -> QPointF:
        return self.pos() + QPointF(0, self.symbol_rect().bottom() + 1)

    def top(self) -> QPointF:
        extra = NODE_SIZE * 0.09 if self._diamond() else 0.0
        return self.pos() + QPointF(0, self.symbol_rect().top() - extra - 1)

    def _diamond(self) -> bool:
        return not self.node.is_organisation and self.node.gender not in (Gender.MALE,
                                                                         Gender.FEMALE)

    def boundingRect(self) -> QRectF:
        # Called for every item on every repaint: computed once per node, not each time.
        bounds = self.__dict__.get("_bounds")
        if bounds is None or self.__dict__.get("_bounds_for") is not self.node:
            symbol = self.symbol_rect()
            width = max(symbol.width() + 16, LABEL_WIDTH * MAX_LABEL_GROWTH + 8)
            top = symbol.top() - 8 - (TAG_PX + 8)  # room for the halo and the compare tag
            bottom = symbol.bottom() + 6 + (3 * NAME_PX + ROLE_PX) * 1.35 * MAX_LABEL_GROWTH + 6
            bounds = QRectF(-width / 2, top, width, bottom - top)
            self.__dict__["_bounds"], self.__dict__["_bounds_for"] = bounds, self.node
        return bounds

    def shape(self) -> QPainterPath:
        # Only the symbol and the name are "the node": clicks between labels reach the ties.
        path = QPainterPath()
        symbol = self.symbol_rect().adjusted(-3, -3, 3, 3)
        path.addRect(symbol)
        path.addRect(QRectF(-LABEL_WIDTH / 2, symbol.bottom(), LABEL_WIDTH, NAME_PX * 1.4))
        return path

    def itemChange(self, change: QGraphicsItem.GraphicsItemChange, value: object) -> object:
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionChange and isinstance(
                value, QPointF):
            return self._keep_in_place(value)
        if change == QGraphicsItem.GraphicsItemChange.ItemPositionHasChanged:
            self._xy = (value.x(), value.y()) if isinstance(value, QPointF) else None
            for edge in self.edges:
                edge.adjust()
        return super().itemChange(change, value)

    def xy(self) -> tuple[float, float]:
        """pos() as (x, y): asked for every tie on every drag step, so kept as numbers."""
        xy = self._xy
        if xy is None or self.ghost:  # a ghost is not told when it moves
            p = self.pos()
            xy = (p.x(), p.y())
            if not self.ghost:
                self._xy = xy
        return xy

    def _keep_in_place(self, point: QPointF) -> QPointF:
        """Members stay inside the household circle, the network outside it."""
        r = math.hypot(point.x(), point.y())
        if self.node.member:
            limit = HOUSEHOLD_RADIUS - NODE_SIZE * 0.6
            if r > limit:
                return QPointF(point.x() * limit / r, point.y() * limit / r)
        elif self.node.in_network and not self.ghost:
            limit = HOUSEHOLD_RADIUS + NODE_SIZE * 0.8
            if r < limit:
                if r < 1e-6:
                    return QPointF(0, -limit)
                return QPointF(point.x() * limit / r, point.y() * limit / r)
        return point

    # -- painting ------------------------------------------------------------------------
    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        symbol = self.symbol_rect()
        self._paint_halo(painter, symbol)
        line = colour("removed") if self.ghost else None
        if self.node.is_organisation:
            paint_organisation(painter, symbol, organisation_code(self.node.organisation_kind),
                               line=line)
        else:
            paint_person(painter, symbol, self.node.gender, deceased=self.node.deceased,
                         index=self.node.is_index, line=line)
        growth = label_growth(painter)
        self._paint_label(painter, symbol, growth)
        tag = compare_tag(self.compare)
        if tag:
            self._paint_tag(painter, symbol, tag, growth)

    def _paint_halo(self, painter: QPainter, symbol: QRectF) -> None:
        halo = symbol.adjusted(-5, -5, 5, 5)
        radius = 6.0 if self.node.is_organisation or self.node.gender == Gender.MALE else None
        if self._diamond():
            halo = symbol.adjusted(-8, -8, 8, 8)

        def ring(pen: QPen) -> None:
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            if radius is None:
                painter.drawEllipse(halo)
            else:
                painter.drawRoundedRect(halo, radius, radius)

        if self.compare == CompareState.ADDED:
            ring(QPen(colour("added"), 4.0))
        elif self.compare == CompareState.CHANGED:
            pen = QPen(colour("changed"), 3.5)
            pen.setDashPattern([2.0, 1.2])
            ring(pen)
        elif self.compare == CompareState.REMOVED:
            pen = QPen(colour("removed"), 2.0)
            pen.setDashPattern([3.0, 2.0])
            ring(pen)
        if self.isSelected() or self.drop_target:
            grow = 3.0 if self.compare else 0.0
            halo = halo.adjusted(-grow, -grow, grow, grow)
            ring(QPen(colour("selection"), 3.0))

    def shown_label(self, growth: float) -> NodeLabel:
        """The label as drawn at `growth` (the name whole, on two lines or its short form)."""
        main, second = self.label_lines()
        return node_label(main, second, room=self.label_room, growth=growth,
                          bold=self.isSelected(), organisation=self.node.is_organisation)

    def _paint_label(self, painter: QPainter, symbol: QRectF, growth: float) -> None:
        label = self.shown_label(growth)
        self._name_rows = len(label.lines)  # for label_box
        top = symbol.bottom() + (7.0 if self._diamond() else 3.0)
        box = QRectF(-label.width / 2 - 3, top, label.width + 6, label.height + 1)
        # A soft white box keeps the text readable over lines and sector colours.
        background = QColor(colour("label_background"))
        background.setAlpha(215)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(label.name_font)
        painter.setPen(colour("removed") if self.ghost else colour("ink"))
        y = top
        for line in label.lines:
            painter.drawText(QRectF(box.left(), y, box.width(), label.name_h),
                             Qt.AlignmentFlag.AlignCenter, line)
            y += label.name_h
        if label.second:
            painter.setFont(label.role_font)
            painter.setPen(colour("muted"))
            painter.drawText(QRectF(box.left(), y, box.width(), label.role_h),
                             Qt.AlignmentFlag.AlignCenter, label.second)

    def _paint_tag(self, painter: QPainter, symbol: QRectF, tag: str, growth: float) -> None:
        font = pixel_font(TAG_PX * min(growth, 1.3), bold=True)
        metrics = QFontMetricsF(font)
        w, h = metrics.horizontalAdvance(tag) + 8, metrics.height() + 1
        rect = QRectF(symbol.right() - w / 2, symbol.top() - h + 2, w, h)
        name = {CompareState.ADDED: "added", CompareState.CHANGED: "changed"}.get(
            self.compare or "", "removed")
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour(name))
        painter.drawRoundedRect(rect, h / 2, h / 2)
        painter.setPen(QColor("#ffffff"))
        painter.setFont(font)
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, tag)


_NAME_METRICS: list[QFontMetricsF] = []


def _name_metrics() -> QFontMetricsF:
    if not _NAME_METRICS:
        _NAME_METRICS.append(QFontMetricsF(pixel_font(NAME_PX * 1.4)))
    return _NAME_METRICS[0]


def _closeness(value: int) -> str:
    from voordeur.gui.common.i18n import closeness_label

    return closeness_label(value)


class HouseholdItem(NodeItem):
    """The centre circle (the household) with its title; a tie to it ends on the circle."""

    def __init__(self, node: Node, title: str, *, roles: bool = False) -> None:
        super().__init__(node, roles=roles)
        self.title = title
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable, False)
        self.setZValue(HOUSEHOLD_Z)

    def set_title(self, title: str) -> None:
        if title != self.title:
            self.title = title
            self.update()

    def shown_title(self) -> str:
        return _t("Gezin") if self.roles else (self.title or _t("Gezin"))

    def toolTip(self) -> str:
        return self.shown_title()

    def edge_distance(self, ux: float, uy: float) -> float:
        return HOUSEHOLD_RADIUS + 1.0

    def label_area(self) -> QRectF:
        return QRectF()

    def label_box(self) -> tuple[float, float, float, float] | None:
        return None

    def boundingRect(self) -> QRectF:
        r = HOUSEHOLD_RADIUS + 14
        return QRectF(-r, -r - TITLE_PX * MAX_LABEL_GROWTH, 2 * r,
                      2 * r + TITLE_PX * MAX_LABEL_GROWTH)

    def shape(self) -> QPainterPath:
        path = QPainterPath()
        path.addEllipse(QPointF(0, 0), HOUSEHOLD_RADIUS, HOUSEHOLD_RADIUS)
        return path

    def _keep_in_place(self, point: QPointF) -> QPointF:
        return QPointF(0, 0)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = HOUSEHOLD_RADIUS
        # The white disc itself is part of the scene's background (`paint_household_disc`),
        # so ties resting in the background during a drag lie on top of it.
        if self.isSelected() or self.drop_target:
            painter.setPen(QPen(colour("selection"), 3.0))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r, r)
        if self.compare == CompareState.CHANGED:
            pen = QPen(colour("changed"), 3.0)
            pen.setDashPattern([2.0, 1.2])
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawEllipse(QPointF(0, 0), r + 5, r + 5)
        # The title in a pill straddling the top of the circle.
        growth = label_growth(painter)
        font = pixel_font(TITLE_PX * growth, bold=True)
        metrics = QFontMetricsF(font)
        text = metrics.elidedText(self.shown_title(), Qt.TextElideMode.ElideRight, r * 1.6)
        w, h = metrics.horizontalAdvance(text) + 16, metrics.height() + 4
        pill = QRectF(-w / 2, -r - h / 2, w, h)
        painter.setPen(QPen(colour("household_line"), 1.5))
        painter.setBrush(colour("household_fill"))
        painter.drawRoundedRect(pill, h / 2, h / 2)
        painter.setFont(font)
        painter.setPen(colour("ink"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, text)


def trimmed_xy(a: NodeItem, b: NodeItem) -> tuple[float, float, float, float] | None:
    """The two end points of a line from a to b, on the edges of their symbols, as
    (x1, y1, x2, y2)."""
    (ax, ay), (bx, by) = a.xy(), b.xy()
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    if length < 1e-6:
        return None
    ux, uy = dx / length, dy / length
    da, db = a.edge_distance(ux, uy), b.edge_distance(-ux, -uy)
    if isinstance(a, HouseholdItem) and b.node.member:
        da = 0.0  # from the centre to a member: the circle edge would be beyond the member
    if isinstance(b, HouseholdItem) and a.node.member:
        db = 0.0
    if da + db >= length - 2:
        return None
    return (ax + ux * da, ay + uy * da, bx - ux * db, by - uy * db)

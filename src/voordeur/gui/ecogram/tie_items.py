"""The ecogram's ties as scene items: one `TieItem` per tie, with its support badge
(`tie_badge.py`); the items that draw all moving ties and badges at once while nodes are dragged
are in `moving_ties.py`.

Performance: a tie's drawn shapes and hit area are made when first needed after a move, and
tooltips only when asked. While nodes move step by step, their ties are drawn by one
`MovingTiesItem` from pieces made once (no Qt value objects per tie per step: making and
dropping those wrappers, and the garbage collections they set off, were most of a drag step's
cost).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from voordeur.domain.ecogram import Tie
from voordeur.domain.ecogram_routing import MEMBER_RADIUS, tie_route
from voordeur.gui.common.i18n import catalogue_label
from voordeur.gui.ecogram.items import CompareState, HouseholdItem, NodeItem, trimmed_xy
from voordeur.gui.ecogram.moving_ties import MovingPieces, MovingTiesItem
from voordeur.gui.ecogram.painting import (
    CUT_BAR,
    CUT_GAP,
    MAX_LABEL_GROWTH,
    TIE_HIT_WIDTH,
    TIE_Z,
    ZIGZAG_AMPLITUDE,
    ZIGZAG_LEAD,
    ZIGZAG_STEP,
    TieGeometry,
    TieStyle,
    badge_rect,
    badge_size,
    colour,
    label_growth,
    paint_tie,
    routed_tie_geometry,
    tie_geometry,
    tie_pens,
    tie_style,
)
from voordeur.gui.ecogram.tie_badge import TieBadgeItem


class TieItem(QGraphicsItem):
    """A tie between two nodes in Hartman's notation; follows its ends when they move.

    Its P/G/A/E badge is a separate item (`badge`, add it to the scene too) stacked above all
    ties, so another tie never crosses out the letters.

    Moving an end only re-routes the ends, the bounds and the badge's spot (`adjust`, run for
    every tie of a dragged node on every drag step); the drawn shapes (`geometry`) and the
    hit area (`shape`) are made when first needed after that. While the scene moves nodes
    step by step, their ties are drawn all at once by a `MovingTiesItem` (see `set_layer`).
    """

    def __init__(self, tie: Tie, source: NodeItem, target: NodeItem, *,
                 ghost: bool = False, members: Sequence[NodeItem] | None = None) -> None:
        super().__init__()
        self.tie = tie
        self.source, self.target = source, target
        # The scene's members (kept up to date by the scene): what the tie bends around.
        self._members = members if members is not None and _may_bend(source, target) else None
        self._route: tuple[tuple[float, float], ...] | None = None  # ends trimmed, with bend
        self.ghost = ghost
        self.compare: str | None = CompareState.REMOVED if ghost else None
        self._xy: tuple[float, float, float, float] | None = None  # the ends, trimmed
        self._ends: tuple[QPointF, QPointF] | None = None  # the same as points, when asked
        self._geometry: TieGeometry | None = None
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._shape_zoom = 1.0
        self._badge_xy = (0.0, 0.0)
        self._badge_centre = QPointF()
        self._badge_text = ""
        self._pens: tuple[float, tuple[QPen, QPen]] | None = None
        self._layer: MovingTiesItem | None = None
        self._line = QLineF()  # reused while drawn by the layer
        self._pieces: MovingPieces | None = None
        self._moving_box: tuple[float, float, float, float] | None = None
        self._moving_badge_box: tuple[float, float, float, float] | None = None
        self._style = tie_style(tie.strength, tie.quality)
        self.badge = TieBadgeItem(self)
        if not ghost:
            self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        if TIE_Z != 0.0:  # the default
            self.setZValue(TIE_Z)
        source.edges.append(self)
        target.edges.append(self)
        self._set_text()
        self.adjust()

    @property
    def tie_id(self) -> str:
        return self.tie.id

    @property
    def style(self) -> TieStyle:
        return self._style

    @property
    def geometry(self) -> TieGeometry | None:
        """What is drawn; None when the ends are too close for a line."""
        geometry = self._geometry
        if geometry is None:
            ends = self.geometry_ends()
            if self._route is not None:
                geometry = self._geometry = routed_tie_geometry(self._route, self._style,
                                                                self.tie.direction)
            elif ends is not None:
                geometry = self._geometry = tie_geometry(ends[0], ends[1], self._style,
                                                         self.tie.direction)
        return geometry

    def has_line(self) -> bool:
        """False when the ends are too close for a line."""
        return self._xy is not None

    def geometry_ends(self) -> tuple[QPointF, QPointF] | None:
        """Where the line starts and ends (None when the ends are too close)."""
        if self._ends is None and self._xy is not None:
            x1, y1, x2, y2 = self._xy
            self._ends = (QPointF(x1, y1), QPointF(x2, y2))
        return self._ends

    @property
    def badge_text(self) -> str:
        return self._badge_text

    @property
    def badge_centre(self) -> QPointF:
        if self._xy is None:
            return self._badge_centre
        if self._badge_text:
            if self._layer is not None:
                return QPointF(*self._badge_xy)
            return self._badge_centre
        geometry = self.geometry
        return geometry.middle if geometry is not None else QPointF()

    def detach(self) -> None:
        for end in (self.source, self.target):
            if self in end.edges:
                end.edges.remove(self)

    def set_tie(self, tie: Tie) -> None:
        if tie == self.tie:
            return
        self.tie = tie
        self._style = tie_style(tie.strength, tie.quality)
        self._pens = None
        self._pieces = None
        self._set_text()
        self.adjust()
        self.update()

    def _set_text(self) -> None:
        self._badge_text = "".join(s.value for s in self.tie.support)

    def set_compare(self, state: str | None) -> None:
        if state != self.compare:
            self.compare = state
            self.update()

    def set_names(self) -> None:
        """The ends' names changed (the tooltip is made when asked: nothing to do)."""

    def toolTip(self) -> str:
        """Made when asked (see NodeItem.toolTip)."""
        tie = self.tie
        parts = [f"{self.source.label_lines()[0]} – {self.target.label_lines()[0]}",
                 f"{catalogue_label(tie.strength)} · {catalogue_label(tie.quality)}"]
        if tie.support:
            parts.append(", ".join(catalogue_label(s) for s in tie.support))
        return "\n".join(parts)

    # No itemChange here: every item change would call into Python (a few per tie while
    # filling the map); the scene updates the badge when the selection changes.

    # -- moving -----------------------------------------------------------------------------
    def can_move_fast(self) -> bool:
        """Plainly drawn (no selection, compare or ghost marks): the layer can draw it."""
        # A tie bending around members is drawn straight while it moves, and bends again
        # when the move ends (see adjust).
        return not self.ghost and self.compare is None and not self.isSelected()

    def set_layer(self, layer: MovingTiesItem | None) -> None:
        """Drawn by `layer` while its nodes move (the tie and its badge then draw nothing
        themselves and take no room), or by itself again (None)."""
        if layer is self._layer:
            return
        self.prepareGeometryChange()
        self.badge.prepareGeometryChange()
        self._layer = layer
        # Still visible (the tie is on the map), but nothing for the scene to paint.
        for item in (self, self.badge):
            item.setFlag(QGraphicsItem.GraphicsItemFlag.ItemHasNoContents, layer is not None)
        if layer is not None:
            self._bounds = QRectF()
            self.badge.clear()
        self.adjust()

    def adjust(self) -> None:
        """Re-route after an end moved (called by the ends' itemChange)."""
        xy = self._xy = trimmed_xy(self.source, self.target)
        self._ends = None
        self._geometry = None
        self._shape = None
        self._route = None
        if self._layer is not None:  # only what the layer draws: no items, no points
            self._moving_box = self._moving_badge_box = None
            if xy is not None:
                x1, y1, x2, y2 = xy
                margin = self._margin()
                self._moving_box = (min(x1, x2) - margin, min(y1, y2) - margin,
                                    max(x1, x2) + margin, max(y1, y2) + margin)
                if self._badge_text:
                    bx, by = self._badge_xy = self._free_badge_spot(x1, y1, x2, y2)
                    w, h = badge_size(self._badge_text, MAX_LABEL_GROWTH)
                    self._moving_badge_box = (bx - w / 2 - 3, by - h / 2 - 3,
                                              bx + w / 2 + 3, by + h / 2 + 3)
            self._layer.moved()
            return
        self.prepareGeometryChange()
        if xy is None:
            self._bounds = QRectF()
            self.badge.moved()
            return
        x1, y1, x2, y2 = xy
        if self._members is not None:
            self._route = self._bend()
        route = self._route
        if self._badge_text:
            if route is None:
                self._badge_xy = self._free_badge_spot(x1, y1, x2, y2)
            else:  # the middle of the longest leg (as routed_tie_geometry puts it)
                (ax, ay), (bx, by) = max(itertools.pairwise(route),
                                         key=lambda leg: math.dist(*leg))
                self._badge_xy = ((ax + bx) / 2, (ay + by) / 2)
            self._badge_centre = QPointF(*self._badge_xy)
        margin = self._margin()
        xs, ys = (x1, x2), (y1, y2)
        if route is not None:
            xs, ys = tuple(p[0] for p in route), tuple(p[1] for p in route)
        self._bounds = QRectF(min(xs) - margin, min(ys) - margin,
                              max(xs) - min(xs) + 2 * margin, max(ys) - min(ys) + 2 * margin)
        self.badge.moved()

    def _bend(self) -> tuple[tuple[float, float], ...] | None:
        """The tie's path around the members it would cross (None: straight)."""
        source, target = self.source, self.target
        members = [(*item.xy(), MEMBER_RADIUS) for item in self._members or ()
                   if item is not source and item is not target]
        route = tie_route(source.xy(), target.xy(), members)
        if len(route) < 3:
            return None
        # The ends trimmed to their symbols, towards the first and the last bend.
        (ax, ay), (bx, by) = route[0], route[-1]
        first, last = route[1], route[-2]
        ua = _unit(first[0] - ax, first[1] - ay)
        ub = _unit(bx - last[0], by - last[1])
        da, db = source.edge_distance(*ua), target.edge_distance(-ub[0], -ub[1])
        return ((ax + ua[0] * da, ay + ua[1] * da), *route[1:-1],
                (bx - ub[0] * db, by - ub[1] * db))

    def bends_around_members(self) -> bool:
        """True when the tie runs among the members (it may bend around them)."""
        return self._members is not None

    def route_points(self) -> tuple[tuple[float, float], ...]:
        """Where the tie runs, its ends trimmed to the symbols (empty: no line)."""
        if self._route is not None:
            return self._route
        if self._xy is None:
            return ()
        x1, y1, x2, y2 = self._xy
        return ((x1, y1), (x2, y2))

    def _margin(self) -> float:
        return self._style.width + ZIGZAG_AMPLITUDE + CUT_BAR / 2 + 8

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """A band along the tie, and the badge: where a click selects it (made when asked).

        The band is TIE_HIT_WIDTH screen pixels wide at any zoom (a thin line on a small,
        zoomed-out map is still easy to hit); only the hit area widens, not the line."""
        zoom = self._view_zoom()
        shape = self._shape
        if shape is None or self._shape_zoom != zoom:
            ends = self.geometry_ends()
            if ends is None:
                shape = QPainterPath()
            else:
                spine = self._spine_path()
                stroker = QPainterPathStroker()
                # Inside the bounds (their margin), however far out the view is zoomed.
                stroker.setWidth(min(TIE_HIT_WIDTH / zoom, 2 * self._margin() - 2))
                shape = stroker.createStroke(spine)
                if self._badge_text:
                    shape.addRect(badge_rect(self._badge_text, self.badge_centre))
            self._shape, self._shape_zoom = shape, zoom
        return shape

    def _spine_path(self) -> QPainterPath:
        """The tie's centre line (with its bend), for the hit area and the halos."""
        points = [QPointF(x, y) for x, y in self.route_points()]
        path = QPainterPath(points[0]) if points else QPainterPath()
        for point in points[1:]:
            path.lineTo(point)
        return path

    def _view_zoom(self) -> float:
        """The scale of the (first) view showing the tie; 1.0 when none (never above 1:
        zoomed in, the band stays TIE_HIT_WIDTH scene units)."""
        scene = self.scene()
        views = scene.views() if scene is not None else ()
        return min(1.0, max(0.05, views[0].transform().m11())) if views else 1.0

    def _free_badge_spot(self, x1: float, y1: float, x2: float, y2: float
                         ) -> tuple[float, float]:
        """The middle of the tie, or near it when an end's name would cover the badge there
        (short ties from the first ring run right under their node's label)."""
        labels = [box for box in (self.source.label_box(), self.target.label_box())
                  if box is not None]
        w, h = badge_size(self._badge_text, 1.3)
        dx, dy = x2 - x1, y2 - y1
        for t in ((0.25, 0.3, 0.2, 0.35, 0.75, 0.7) if self._style.cut
                  else (0.5, 0.6, 0.4, 0.68, 0.32, 0.75, 0.25)):
            cx, cy = x1 + dx * t, y1 + dy * t  # as QLineF.pointAt
            # As QRectF.intersects: overlapping with some area, touching is not enough.
            left, top = cx - w / 2, cy - h / 2
            right, bottom = left + w, top + h
            if not any(left < b_right and b_left < right and top < b_bottom and b_top < bottom
                       for b_left, b_right, b_top, b_bottom in labels):
                return (cx, cy)
        geometry = self.geometry
        if geometry is None:
            return (x1 + dx / 2, y1 + dy / 2)
        return (geometry.middle.x(), geometry.middle.y())

    # -- drawing ----------------------------------------------------------------------------
    def _tie_pens(self, thicken: float) -> tuple[QPen, QPen]:
        pens = self._pens
        if pens is None or pens[0] != thicken:
            style = self._style
            if self.ghost:
                style = TieStyle(max(1.7, style.width * 0.8), colour("removed"), True,
                                 style.zigzag, style.cut)
            pens = self._pens = (thicken, tie_pens(style, thicken=thicken))
        return pens[1]

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        if self._layer is None:
            self.render(painter)

    def render(self, painter: QPainter) -> None:
        """Draw the tie (the scene also calls this to draw resting ties in its background)."""
        geometry = self.geometry
        if geometry is None:
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        style = self._style
        compare, selected = self.compare, self.isSelected()
        if selected or compare in (CompareState.ADDED, CompareState.CHANGED):
            spine = self._spine_path()
            if compare in (CompareState.ADDED, CompareState.CHANGED):
                halo = QColor(colour("added" if compare == CompareState.ADDED
                                     else "changed"))
                halo.setAlpha(110)
                pen = QPen(halo, style.width + 9)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                if compare == CompareState.CHANGED:
                    pen.setDashPattern([1.0, 0.6])  # a broken halo: "changed" without colour
                painter.setPen(pen)
                painter.drawPath(spine)
            if selected:
                halo = QColor(colour("selection"))
                halo.setAlpha(90)
                pen = QPen(halo, style.width + 8)
                pen.setCapStyle(Qt.PenCapStyle.RoundCap)
                painter.setPen(pen)
                painter.drawPath(spine)
        # Zoomed out, lines thicken a little (like the labels grow) so thin ones stay visible.
        thicken = 1.0 + (label_growth(painter) - 1.0) * 0.5
        if self.ghost:
            style = TieStyle(max(1.7, style.width * 0.8), colour("removed"), True,
                             style.zigzag, style.cut)
        paint_tie(painter, geometry, style, thicken=thicken, pens=self._tie_pens(thicken))

    def render_moving(self, painter: QPainter, base: QTransform, thicken: float) -> None:
        """Draw the tie for the layer: as `render` (for a plain tie), but along the tie's own
        axis from pieces made once, so nothing is built per step. Only a zigzag differs: its
        teeth keep their standard width instead of sharing out the length evenly (they are
        spread evenly again when the move ends)."""
        xy = self._xy
        if xy is None:
            return
        x1, y1, x2, y2 = xy
        dx, dy = x2 - x1, y2 - y1
        length = math.hypot(dx, dy)
        if length < 2.0:
            return
        pieces = self._pieces
        if pieces is None:
            pieces = self._pieces = MovingPieces(self._style, self.tie.direction)
        start_d, end_d = pieces.start_d, length - pieces.end_off
        pen, solid = self._tie_pens(thicken)
        painter.setWorldTransform(base)
        painter.translate(x1, y1)
        painter.rotate(math.degrees(math.atan2(dy, dx)))
        painter.setPen(pen)  # lines take no brush
        line = self._line
        if pieces.cut and end_d - start_d > CUT_GAP + 8:
            middle_d = length / 2
            line.setLine(start_d, 0.0, middle_d - CUT_GAP / 2, 0.0)
            painter.drawLine(line)
            line.setLine(middle_d + CUT_GAP / 2, 0.0, end_d, 0.0)
            painter.drawLine(line)
            painter.setPen(solid)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.translate(middle_d, 0.0)
            painter.drawPath(pieces.bars)
            painter.translate(-middle_d, 0.0)
        elif pieces.zigzag and end_d - start_d > 2 * ZIGZAG_LEAD + 3 * ZIGZAG_STEP:
            steps = max(3, round((end_d - start_d - 2 * ZIGZAG_LEAD) / ZIGZAG_STEP))
            painter.drawLines(pieces.zigzag_lines(steps))
            # The last tooth back to the line, and the lead-out.
            last = start_d + ZIGZAG_LEAD + steps * ZIGZAG_STEP
            line.setLine(last - ZIGZAG_STEP,
                         pieces.amplitude if (steps - 1) % 2 else -pieces.amplitude, last, 0.0)
            painter.drawLine(line)
            line.setLine(last, 0.0, end_d, 0.0)
            painter.drawLine(line)
        else:
            line.setLine(start_d, 0.0, end_d, 0.0)
            painter.drawLine(line)
        if pieces.arrows:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(pieces.colour)
            if pieces.target_arrow is not None:
                painter.translate(length, 0.0)
                painter.drawPolygon(pieces.target_arrow)
                painter.translate(-length, 0.0)
            if pieces.source_arrow is not None:
                painter.drawPolygon(pieces.source_arrow)

    def moving_boxes(self) -> tuple[tuple[float, float, float, float] | None,
                                    tuple[float, float, float, float] | None]:
        """(left, top, right, bottom) of the tie and of its badge (None: no badge) while the
        layer draws them."""
        return self._moving_box, self._moving_badge_box

    def moving_badge(self) -> tuple[float, float] | None:
        """Where the badge is while the layer draws it (None: no badge)."""
        return self._badge_xy if self._badge_text and self._xy is not None else None


def _may_bend(source: NodeItem, target: NodeItem) -> bool:
    """Only a tie with a member at an end runs among the members (not one to the household:
    it ends at the circle)."""
    if isinstance(source, HouseholdItem) or isinstance(target, HouseholdItem):
        return False
    return source.node.member or target.node.member


def _unit(dx: float, dy: float) -> tuple[float, float]:
    length = math.hypot(dx, dy)
    return (dx / length, dy / length) if length > 1e-9 else (1.0, 0.0)

"""Ties while people are dragged: one `MovingTiesItem` draws every tie of the moving nodes at once
from pieces made once (see `TieItem.render_moving`), and `MovingBadgesItem` copies their support
badges from pixmaps, above all ties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPixmap, QPolygonF
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from voordeur.gui.ecogram.painting import (
    BADGE_Z,
    CUT_BAR,
    CUT_GAP,
    TIE_Z,
    ZIGZAG_AMPLITUDE,
    ZIGZAG_DASH,
    ZIGZAG_LEAD,
    ZIGZAG_STEP,
    TieStyle,
    badge_pixmap,
    badge_rect,
    colour,
    label_growth,
    paint_badge,
    zigzag_teeth,
)
from voordeur.model.catalogues import SupportDirection

if TYPE_CHECKING:
    from voordeur.gui.ecogram.tie_items import TieItem


def _union(boxes: list[tuple[float, float, float, float] | None]) -> QRectF:
    """The rectangle around boxes (left, top, right, bottom), skipping None."""
    found = [box for box in boxes if box is not None]
    if not found:
        return QRectF()
    lefts, tops, rights, bottoms = zip(*found, strict=True)
    left, top = min(lefts), min(tops)
    return QRectF(left, top, max(rights) - left, max(bottoms) - top)


class MovingTiesItem(QGraphicsItem):
    """While nodes move step by step (a drag, arrow keys), all the ties of those nodes in one
    item: one paint for all of them instead of one per tie, and nothing built per step (see
    `TieItem.render_moving`). Their badges are in `badges`, above all ties. The scene makes
    one in `begin_move` and drops it in `end_move`, when the ties draw themselves again."""

    def __init__(self, ties: list[TieItem]) -> None:
        super().__init__()
        self.ties = ties
        self._bounds: QRectF | None = None
        self.setZValue(TIE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.badges = MovingBadgesItem(self)

    def moved(self) -> None:
        """A tie moved (called by the tie)."""
        if self._bounds is not None:
            self.prepareGeometryChange()
            self._bounds = None
            self.badges.moved()

    def boundingRect(self) -> QRectF:
        bounds = self._bounds
        if bounds is None:
            bounds = self._bounds = _union([tie.moving_boxes()[0] for tie in self.ties])
        return bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        base = painter.worldTransform()
        thicken = 1.0 + (label_growth(painter) - 1.0) * 0.5
        for tie in self.ties:
            tie.render_moving(painter, base, thicken)
        painter.setWorldTransform(base)


class MovingBadgesItem(QGraphicsItem):
    """The badges of a `MovingTiesItem`'s ties, copied from pixmaps (`badge_pixmap`): the
    same picture to within half a pixel, at a fraction of the cost of drawing them."""

    def __init__(self, layer: MovingTiesItem) -> None:
        super().__init__()
        self.layer = layer
        self._bounds: QRectF | None = None
        self.setZValue(BADGE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def moved(self) -> None:
        if self._bounds is not None:
            self.prepareGeometryChange()
            self._bounds = None

    def boundingRect(self) -> QRectF:
        bounds = self._bounds
        if bounds is None:
            bounds = self._bounds = _union([tie.moving_boxes()[1] for tie in self.layer.ties])
        return bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        base = painter.worldTransform()
        growth = label_growth(painter)
        scale = base.m11()
        simple = base.isAffine() and not base.isRotating() and scale > 0 \
            and scale == base.m22()
        device = painter.device()
        ratio = device.devicePixelRatioF() if device is not None else 1.0
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if simple:
            painter.resetTransform()
        dx, dy = base.dx(), base.dy()
        pixmaps: dict[tuple[str, int], tuple[QPixmap, float, float]] = {}
        for tie in self.layer.ties:
            spot = tie.moving_badge()
            if spot is None:
                continue
            text = tie.badge_text
            line = colour("selection") if tie.isSelected() else tie.style.colour
            if simple:
                found = pixmaps.get((text, id(line)))
                if found is None:
                    found = pixmaps[(text, id(line))] = badge_pixmap(text, line, growth, scale,
                                                                     ratio)
                pixmap, ox, oy = found
                painter.drawPixmap(round(scale * spot[0] + dx - ox),
                                   round(scale * spot[1] + dy - oy), pixmap)
            else:
                paint_badge(painter, text, badge_rect(text, QPointF(*spot), growth), line,
                            growth)
        painter.setWorldTransform(base)


class MovingPieces:
    """The parts of a tie that do not depend on its length, along +x from its start: what
    `TieItem.render_moving` draws with."""

    __slots__ = ("_style", "amplitude", "arrows", "bars", "colour", "cut", "end_off",
                 "source_arrow", "start_d", "target_arrow", "zigzag")

    def __init__(self, style: TieStyle, direction: SupportDirection) -> None:
        head_len = 8.0 + style.width * 1.3
        head_half = 3.5 + style.width * 0.7
        at_source = direction in (SupportDirection.TO_SOURCE, SupportDirection.MUTUAL)
        at_target = direction in (SupportDirection.TO_TARGET, SupportDirection.MUTUAL)
        self._style = style
        self.start_d = head_len * 0.7 if at_source else 0.0
        self.end_off = head_len * 0.7 if at_target else 0.0
        self.cut, self.zigzag = style.cut, style.zigzag
        self.amplitude = ZIGZAG_AMPLITUDE + style.width * 0.4
        self.colour = style.colour
        # Tips at (0, 0): the target's is moved to the end of the tie.
        self.target_arrow = _arrow_head(head_len, head_half) if at_target else None
        self.source_arrow = _arrow_head(-head_len, head_half) if at_source else None
        self.arrows = at_source or at_target
        self.bars = QPainterPath()
        if style.cut:
            half_bar = CUT_BAR / 2 + style.width
            for d in (-CUT_GAP / 2, CUT_GAP / 2):
                self.bars.moveTo(d, -half_bar)
                self.bars.lineTo(d, half_bar)

    def zigzag_lines(self, steps: int) -> list[QPointF]:
        """The lead-in and the first `steps` - 1 segments of teeth ZIGZAG_STEP wide, as pairs
        of points: a slice of one long zigzag made once (the last tooth, back to the line,
        and the lead-out depend on the length: drawn separately)."""
        dashed = self._style.dashed
        key = (dashed, self.amplitude, self.start_d)
        lines = _EVEN_ZIGZAGS.get(key)
        if lines is None or 2 * steps + 2 > len(lines):
            origin, teeth = self.start_d + ZIGZAG_LEAD, max(256, 2 * steps)
            lines = [QPointF(self.start_d, 0.0), QPointF(origin, 0.0)]
            lines += [QPointF(origin + p.x() * ZIGZAG_STEP, p.y() * self.amplitude)
                      for p in zigzag_teeth(teeth, dashed).toList()]
            _EVEN_ZIGZAGS[key] = lines
        # Segment i runs from corner i - 1 to corner i; a weak zigzag leaves some out.
        drawn = steps - 1 - ((steps - 1) // ZIGZAG_DASH if dashed else 0)
        return lines[:2 + 2 * drawn]


_EVEN_ZIGZAGS: dict[tuple[bool, float, float], list[QPointF]] = {}


def _arrow_head(head_len: float, head_half: float) -> QPolygonF:
    """An arrow head with its tip at (0, 0), pointing along +x (head_len > 0) or -x."""
    return QPolygonF([QPointF(0.0, 0.0), QPointF(-head_len, head_half),
                      QPointF(-head_len, -head_half)])

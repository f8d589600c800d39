"""Ties while people are dragged: one `MovingTiesItem` draws every tie of the moving nodes at once
from pieces made once (see `TieItem.render_moving`), and `MovingBadgesItem` copies their support
badges from pixmaps, above all ties."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPixmap
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from voordeur.gui.ecogram.painting import (
    BADGE_Z,
    TIE_Z,
    badge_pixmap,
    badge_rect,
    colour,
    label_growth,
    paint_badge,
)

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

"""The P/G/A/E letters in the middle of one tie on the ecogram, above every tie line; while nodes
are dragged a `MovingTiesItem` draws them instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from voordeur.gui.ecogram.painting import (
    BADGE_Z,
    MAX_LABEL_GROWTH,
    badge_rect,
    colour,
    label_growth,
    paint_badge,
)

if TYPE_CHECKING:
    from voordeur.gui.ecogram.tie_items import TieItem


def _badge_bounds(text: str, centre: QPointF) -> QRectF:
    return badge_rect(text, centre, MAX_LABEL_GROWTH).adjusted(-3, -3, 3, 3)


class TieBadgeItem(QGraphicsItem):
    """The P/G/A/E letters in the middle of a tie, above every tie line."""

    def __init__(self, tie_item: TieItem) -> None:
        super().__init__()
        self.tie_item = tie_item
        self._bounds = QRectF()
        self.setZValue(BADGE_Z)
        # Clicks go through to the tie underneath (whose shape includes the badge).
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)

    def moved(self) -> None:
        self.prepareGeometryChange()
        tie = self.tie_item
        if not tie.has_line() or not tie.badge_text:
            self._bounds = QRectF()
        else:
            self._bounds = _badge_bounds(tie.badge_text, tie.badge_centre)

    def toolTip(self) -> str:
        return self.tie_item.toolTip()

    def clear(self) -> None:
        """No room and nothing to draw (while a MovingTiesItem draws the badge)."""
        self.prepareGeometryChange()
        self._bounds = QRectF()

    def boundingRect(self) -> QRectF:
        return self._bounds

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        self.render(painter)

    def render(self, painter: QPainter) -> None:
        tie = self.tie_item
        text = tie.badge_text
        if not text or not tie.has_line():
            return
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        growth = label_growth(painter)
        line = colour("removed") if tie.ghost else tie.style.colour
        if tie.isSelected():
            line = colour("selection")
        paint_badge(painter, text, badge_rect(text, tie.badge_centre, growth), line, growth)

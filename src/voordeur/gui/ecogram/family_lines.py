"""The genogram lines between the people of the ecogram: partners, and from the parents down to a
child. Each line follows its nodes (`NodeItem.edges`) and ends on the edges of their symbols.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from voordeur.gui.ecogram.genogram_painting import (
    child_path,
    child_pen,
    partner_pen,
    partner_slashes,
)
from voordeur.gui.ecogram.items import NodeItem, trimmed_xy
from voordeur.gui.ecogram.painting import LINE_Z, colour
from voordeur.model.catalogues import ChildType, PartnerStatus


def _trimmed(a: NodeItem, b: NodeItem) -> tuple[QPointF, QPointF] | None:
    """The two end points of a line from a to b, on the edges of their symbols."""
    xy = trimmed_xy(a, b)
    return None if xy is None else (QPointF(xy[0], xy[1]), QPointF(xy[2], xy[3]))


class PartnerLineItem(QGraphicsItem):
    """Two partners: married solid, cohabiting dashed, separated / and divorced //."""

    def __init__(self, line_id: str, a: NodeItem, b: NodeItem,
                 status: PartnerStatus | None) -> None:
        super().__init__()
        self.line_id = line_id
        self.a, self.b = (a, b) if a.pos().x() <= b.pos().x() else (b, a)
        self.status = status
        self._path = QPainterPath()
        self._slashes = QPainterPath()
        self.setZValue(LINE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        a.edges.append(self)
        b.edges.append(self)
        self.adjust()

    def detach(self) -> None:
        for end in (self.a, self.b):
            if self in end.edges:
                end.edges.remove(self)

    def middle(self) -> QPointF:
        return (self.a.pos() + self.b.pos()) / 2

    def adjust(self) -> None:
        self.prepareGeometryChange()
        ends = _trimmed(self.a, self.b)
        self._path = QPainterPath()
        self._slashes = QPainterPath()
        if ends is not None:
            self._path.moveTo(ends[0])
            self._path.lineTo(ends[1])
            self._slashes = partner_slashes(ends[0], ends[1], self.status)

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().united(self._slashes.boundingRect()).adjusted(
            -4, -4, 4, 4)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(partner_pen(self.status))
        painter.drawPath(self._path)
        if not self._slashes.isEmpty():
            painter.setPen(QPen(colour("ink"), 2.0))
            painter.drawPath(self._slashes)


class ChildLineItem(QGraphicsItem):
    """From the parents' partner line (or a single parent) down to a child."""

    def __init__(self, line_id: str, parents: list[NodeItem], child: NodeItem,
                 child_type: ChildType | None, partner_line: PartnerLineItem | None) -> None:
        super().__init__()
        self.line_id = line_id
        self.parents = parents
        self.child = child
        self.child_type = child_type
        self.partner_line = partner_line
        self._path = QPainterPath()
        self.setZValue(LINE_Z)
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        for end in (*parents, child):
            end.edges.append(self)
        self.adjust()

    def detach(self) -> None:
        for end in (*self.parents, self.child):
            if self in end.edges:
                end.edges.remove(self)

    def adjust(self) -> None:
        self.prepareGeometryChange()
        if self.partner_line is not None:
            start = self.partner_line.middle()
        else:
            start = self.parents[0].bottom()
        self._path = child_path(start, self.child.top())

    def boundingRect(self) -> QRectF:
        return self._path.boundingRect().adjusted(-3, -3, 3, 3)

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(child_pen(self.child_type))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(self._path)

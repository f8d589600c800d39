"""The background of the ecogram scene: the sectors (life domains), the rings (closeness), their
names and the household circle. Static: the view caches it (CacheBackground).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QFontMetricsF, QPainter, QPainterPath, QPen

from voordeur.domain.ecogram_layout import (
    HOUSEHOLD_RADIUS,
    RING_RADII,
    SECTOR_ORDER,
    sector_centre_angle,
    sector_span,
)
from voordeur.gui.common.i18n import catalogue_label, closeness_label
from voordeur.gui.ecogram.painting import colour, label_growth, paint_household_disc, pixel_font

OUTER_RADIUS = RING_RADII[3] + 48.0  # the sector wedges end here; their names sit just outside
SECTOR_NAME_RADIUS = OUTER_RADIUS + 18.0
CONTENT_RADIUS = SECTOR_NAME_RADIUS + 22.0  # what `fit` shows at least
SECTOR_NAME_PX, RING_NAME_PX = 15.0, 10.0
MAX_SECTOR_GROWTH = 1.5  # sector and ring names grow at most this much zoomed out


def paint_background(painter: QPainter, rect: QRectF) -> None:
    """Sectors, rings, their names and the household circle over `rect`."""
    painter.fillRect(rect, colour("page"))
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    growth = label_growth(painter)
    inner, outer = HOUSEHOLD_RADIUS, OUTER_RADIUS
    outer_rect = QRectF(-outer, -outer, 2 * outer, 2 * outer)
    inner_rect = QRectF(-inner, -inner, 2 * inner, 2 * inner)
    painter.setPen(Qt.PenStyle.NoPen)
    for i, domain in enumerate(SECTOR_ORDER):
        start, end = sector_span(domain)
        # Qt's arcs run counter-clockwise from east; scene angles run clockwise.
        wedge = QPainterPath()
        wedge.arcMoveTo(outer_rect, -start)
        wedge.arcTo(outer_rect, -start, -(end - start))
        wedge.arcTo(inner_rect, -end, end - start)
        wedge.closeSubpath()
        painter.setBrush(colour("sector_a" if i % 2 == 0 else "sector_b"))
        painter.drawPath(wedge)
    painter.setPen(QPen(colour("sector_line"), 1.2))
    for domain in SECTOR_ORDER:
        angle = math.radians(sector_span(domain)[0])
        painter.drawLine(QPointF(inner * math.cos(angle), inner * math.sin(angle)),
                         QPointF(outer * math.cos(angle), outer * math.sin(angle)))
    ring_pen = QPen(colour("ring"), 1.2)
    ring_pen.setDashPattern([6.0, 4.0])
    painter.setPen(ring_pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for radius in RING_RADII.values():
        painter.drawEllipse(QPointF(0, 0), radius, radius)
    painter.setPen(QPen(colour("sector_line"), 1.2))
    painter.drawEllipse(QPointF(0, 0), outer, outer)
    _draw_sector_names(painter, growth)
    _draw_ring_names(painter, growth)
    paint_household_disc(painter)


def sector_name_rects(growth: float) -> list[tuple[str, QRectF]]:
    """Each sector's name and where it is drawn at `growth` (zoomed out, names grow)."""
    metrics = QFontMetricsF(pixel_font(SECTOR_NAME_PX * min(growth, MAX_SECTOR_GROWTH), bold=True))
    rects = []
    for domain in SECTOR_ORDER:
        angle = math.radians(sector_centre_angle(domain))
        text = catalogue_label(domain)
        w, h = metrics.horizontalAdvance(text), metrics.height()
        # Push the text out so its nearest edge, not its centre, sits on the radius.
        reach = SECTOR_NAME_RADIUS + abs(math.cos(angle)) * w / 2 * 0.9 \
            + abs(math.sin(angle)) * h / 2 * 0.6
        cx, cy = reach * math.cos(angle), reach * math.sin(angle)
        rects.append((text, QRectF(cx - w / 2 - 2, cy - h / 2, w + 4, h)))
    return rects


def _draw_sector_names(painter: QPainter, growth: float) -> None:
    painter.setFont(pixel_font(SECTOR_NAME_PX * min(growth, MAX_SECTOR_GROWTH), bold=True))
    painter.setPen(colour("muted"))
    for text, rect in sector_name_rects(growth):
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


def _draw_ring_names(painter: QPainter, growth: float) -> None:
    # Along the border between the last and the first sector (top left), small and muted.
    font = pixel_font(RING_NAME_PX * min(growth, MAX_SECTOR_GROWTH))
    metrics = QFontMetricsF(font)
    painter.setFont(font)
    painter.setPen(colour("muted"))
    angle = math.radians(sector_span(SECTOR_ORDER[0])[0])
    for closeness, radius in RING_RADII.items():
        text = closeness_label(closeness)
        cx, cy = radius * math.cos(angle), radius * math.sin(angle)
        w, h = metrics.horizontalAdvance(text) + 6, metrics.height()
        box = QRectF(cx - w / 2, cy - h / 2, w, h)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour("page"))
        painter.drawRoundedRect(box, 3, 3)
        painter.restore()
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)

"""The McGoldrick notation of the ecogram's household: the symbols for people (square male, circle
female, diamond other or unknown, a cross over a deceased person, a double outline for the index
person) and organisations, and the genogram's partner and child lines. Plain painting functions,
shared by the map's items (`items`, `family_lines`) and the legend; the colours, sizes and the
Hartman ties are in `painting`.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from voordeur.gui.ecogram.painting import SYMBOL_PEN, colour, pixel_font
from voordeur.model.catalogues import ChildType, Gender, OrganisationKind, PartnerStatus


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Ecogram", text, None, n)


# -- symbols -------------------------------------------------------------------------------
def person_outline(gender: Gender, rect: QRectF) -> QPainterPath:
    path = QPainterPath()
    if gender == Gender.MALE:
        path.addRect(rect)
    elif gender == Gender.FEMALE:
        path.addEllipse(rect)
    else:
        # A diamond inscribed in the square looks small next to the others: enlarge it a bit.
        c, r = rect.center(), rect.width() / 2 * 1.18
        path.addPolygon(QPolygonF([QPointF(c.x(), c.y() - r), QPointF(c.x() + r, c.y()),
                                   QPointF(c.x(), c.y() + r), QPointF(c.x() - r, c.y()),
                                   QPointF(c.x(), c.y() - r)]))
    return path


def paint_person(painter: QPainter, rect: QRectF, gender: Gender, *, deceased: bool = False,
                 index: bool = False, line: QColor | None = None, width: float = SYMBOL_PEN
                 ) -> None:
    ink = line or colour("ink")
    painter.setPen(QPen(ink, width))
    painter.setBrush(colour("symbol_fill"))
    painter.drawPath(person_outline(gender, rect))
    if index:
        inset = max(3.0, rect.width() * 0.13)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawPath(person_outline(gender, rect.adjusted(inset, inset, -inset, -inset)))
    if deceased:
        over = rect.width() * 0.12
        outer = rect.adjusted(-over, -over, over, over)
        painter.setPen(QPen(ink, width))
        painter.drawLine(outer.topLeft(), outer.bottomRight())
        painter.drawLine(outer.topRight(), outer.bottomLeft())


ORGANISATION_CODES: dict[OrganisationKind, str] = {
    OrganisationKind.SCHOOL: "School",
    OrganisationKind.JGZ: "JGZ",
    OrganisationKind.GP: "HA",
    OrganisationKind.CHILDCARE: "KO",
    OrganisationKind.YOUTH_CARE: "JH",
    OrganisationKind.SOCIAL_TEAM: "SWT",
    OrganisationKind.COMMUNITY_WORK: "BW",
    OrganisationKind.VEILIG_THUIS: "VT",
    OrganisationKind.DEBT_SUPPORT: "SH",
    OrganisationKind.SPORTS_CLUB: "Sport",
    OrganisationKind.FAITH: "Geloof",
    OrganisationKind.WORK: "Werk",
    OrganisationKind.MENTAL_HEALTH: "GGZ",
    OrganisationKind.HOUSING: "Wonen",
    OrganisationKind.MUNICIPALITY: "Gem.",
    OrganisationKind.LIBRARY: "Bieb",
    OrganisationKind.OTHER: "Org.",
}


def organisation_code(kind: OrganisationKind | None) -> str:
    """A short Dutch code inside an organisation's rectangle ("JGZ", "HA", "School")."""
    return _t(ORGANISATION_CODES.get(kind or OrganisationKind.OTHER, "Org."))


def paint_organisation(painter: QPainter, rect: QRectF, code: str, *,
                       line: QColor | None = None, width: float = SYMBOL_PEN) -> None:
    painter.setPen(QPen(line or colour("ink"), width))
    painter.setBrush(colour("organisation_fill"))
    painter.drawRoundedRect(rect, rect.height() * 0.22, rect.height() * 0.22)
    if code:
        font = pixel_font(min(11.0, rect.height() * 0.36), bold=True)
        metrics = QFontMetricsF(font)
        if metrics.horizontalAdvance(code) > rect.width() - 6:
            font.setPixelSize(max(6, round(font.pixelSize() * (rect.width() - 6)
                                           / metrics.horizontalAdvance(code))))
        painter.setFont(font)
        painter.setPen(colour("ink"))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, code)


# -- genogram lines ------------------------------------------------------------------------
def partner_pen(status: PartnerStatus | None) -> QPen:
    pen = QPen(colour("ink"), 2.0)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if status == PartnerStatus.COHABITING:
        pen.setDashPattern([3.0, 2.5])
    return pen


def partner_slashes(p1: QPointF, p2: QPointF, status: PartnerStatus | None) -> QPainterPath:
    """One slash (separated) or two (divorced) across the middle of the partner line."""
    count = {PartnerStatus.SEPARATED: 1, PartnerStatus.DIVORCED: 2}.get(status or "", 0)
    path = QPainterPath()
    length = QLineF(p1, p2).length()
    if not count or length < 1:
        return path
    ux, uy = (p2.x() - p1.x()) / length, (p2.y() - p1.y()) / length
    nx, ny = -uy, ux
    mid = (p1 + p2) / 2
    half = 8.0
    for i in range(count):
        offset = (i - (count - 1) / 2) * 6.0
        cx, cy = mid.x() + ux * offset, mid.y() + uy * offset
        # Slanted: along the normal, tipped forward along the line.
        path.moveTo(cx - nx * half - ux * 4, cy - ny * half - uy * 4)
        path.lineTo(cx + nx * half + ux * 4, cy + ny * half + uy * 4)
    return path


def child_pen(child_type: ChildType | None) -> QPen:
    pen = QPen(colour("ink"), 1.8)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    if child_type == ChildType.ADOPTED:
        pen.setDashPattern([3.5, 2.5])
    elif child_type == ChildType.FOSTER:
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setDashPattern([0.01, 2.2])  # round dots
    return pen


def child_path(start: QPointF, end: QPointF) -> QPainterPath:
    """Down from the parents, across, and down to the child's top (straight when it is not
    below the parents)."""
    path = QPainterPath(start)
    if end.y() - start.y() > 12:
        # The sibling bar sits just above the children, below the parents' names.
        mid_y = max(start.y() + (end.y() - start.y()) * 0.5, end.y() - 12)
        path.lineTo(start.x(), mid_y)
        path.lineTo(end.x(), mid_y)
    path.lineTo(end)
    return path

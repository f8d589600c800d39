"""The drawn parts of the ecogram: people, organisations, the household circle, ties and the
genogram lines, plus the painting helpers the legend reuses so that it shows exactly what the
map shows.

Notation: McGoldrick inside the household circle (square male, circle female, diamond other or
unknown, a cross over a deceased person, a double outline for the index person; partner lines
married solid, cohabiting dashed, separated one slash, divorced two slashes; child lines
biological solid, adopted dashed, foster dotted) and Hartman for the ties (strong thick, normal
thin, weak dashed, stressful zigzag, cut off a gap between two bars; arrows for the direction of
support; P/G/A/E badges). Colour only repeats what the pattern already says, so the map reads the
same in grayscale and printed.

Performance: items are plain QGraphicsItems (no QObject per item), nodes cache their pixmap, and a
node that moves only re-routes its own lines (`NodeItem.edges`). A tie's drawn shapes and hit
area are made when first needed after a move, and tooltips only when asked. While nodes move step
by step, their ties are drawn by one `MovingTiesItem` from pieces made once (no Qt value objects
per tie per step: making and dropping those wrappers, and the garbage collections they set off,
were most of a drag step's cost).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPainterPathStroker,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from voordeur.domain.ecogram import Node, Tie, organisation_role, scrub_names
from voordeur.domain.ecogram_layout import HOUSEHOLD_RADIUS, NODE_SIZE, ORG_SIZE
from voordeur.gui.i18n import catalogue_label
from voordeur.model.catalogues import (
    ChildType,
    Gender,
    OrganisationKind,
    PartnerStatus,
    SupportDirection,
    TieQuality,
    TieStrength,
)


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("Ecogram", text, None, n)


# Dark enough on white to read, and distinct in lightness where it matters (cut off is light
# gray); the pattern (zigzag, gap, dashes) always carries the meaning as well.
ECOGRAM_COLOURS: dict[str, str] = {
    "ink": "#1f2933",  # symbols, text, neutral ties
    "muted": "#52606d",  # roles, sector names
    "symbol_fill": "#ffffff",
    "organisation_fill": "#e8eef5",
    "supportive": "#1c7a3c",
    "neutral": "#3e4c59",
    "stressful": "#b3261e",
    "cut_off": "#8a949e",
    "selection": "#1f5f8b",
    "drop_target": "#1f5f8b",
    "added": "#1e8a46",
    "changed": "#d9730d",
    "removed": "#c0392b",
    "page": "#fbfcfd",
    "sector_a": "#f4f7fa",
    "sector_b": "#e9eef3",
    "sector_line": "#d3dae2",
    "ring": "#b9c3ce",
    "household_fill": "#ffffff",
    "household_line": "#7b8794",
    "label_background": "#ffffff",
}

_QCOLOURS: dict[str, QColor] = {}


def colour(name: str) -> QColor:
    """A cached QColor from ECOGRAM_COLOURS."""
    found = _QCOLOURS.get(name)
    if found is None:
        found = _QCOLOURS[name] = QColor(ECOGRAM_COLOURS[name])
    return found


# z order: household circle < ties < support badges < genogram lines < nodes < rubber line
HOUSEHOLD_Z, TIE_Z, BADGE_Z, LINE_Z, NODE_Z, TOP_Z = -10.0, 0.0, 0.5, 1.0, 2.0, 10.0

# Text sizes in scene units at 100 % zoom; when zoomed out, labels grow so that they never get
# smaller than MIN_SCREEN_PX on screen (up to MAX_LABEL_GROWTH times their size).
NAME_PX, ROLE_PX, TITLE_PX, BADGE_PX, TAG_PX = 12.0, 10.0, 14.0, 10.0, 10.0
MIN_SCREEN_PX = 10.0
MAX_LABEL_GROWTH = 1.7
LABEL_WIDTH = 96.0  # labels are elided beyond this width (scene units, before growth)
SYMBOL_PEN = 2.0
TIE_HIT_WIDTH = 12.0  # how far from a tie a click still selects it


def label_growth(painter: QPainter) -> float:
    """How much to enlarge text at the painter's zoom so it stays readable."""
    transform = painter.worldTransform()
    scale = math.hypot(transform.m11(), transform.m12()) or 1.0
    return min(MAX_LABEL_GROWTH, max(1.0, MIN_SCREEN_PX / (NAME_PX * scale)))


def pixel_font(px: float, *, bold: bool = False) -> QFont:
    font = QFont()
    font.setPixelSize(max(1, round(px)))
    font.setBold(bold)
    return font


# -- ties: style and geometry ----------------------------------------------------------------
@dataclass(frozen=True)
class TieStyle:
    width: float
    colour: QColor
    dashed: bool
    zigzag: bool
    cut: bool


_TIE_WIDTH = {TieStrength.STRONG: 4.0, TieStrength.NORMAL: 1.7, TieStrength.WEAK: 1.7}
_QUALITY_COLOUR = {TieQuality.SUPPORTIVE: "supportive", TieQuality.NEUTRAL: "neutral",
                   TieQuality.STRESSFUL: "stressful", TieQuality.CUT_OFF: "cut_off"}


_TIE_STYLES: dict[tuple[TieStrength, TieQuality], TieStyle] = {}


def tie_style(strength: TieStrength, quality: TieQuality) -> TieStyle:
    style = _TIE_STYLES.get((strength, quality))
    if style is None:
        style = _TIE_STYLES[(strength, quality)] = TieStyle(
            width=_TIE_WIDTH[strength], colour=colour(_QUALITY_COLOUR[quality]),
            dashed=strength == TieStrength.WEAK, zigzag=quality == TieQuality.STRESSFUL,
            cut=quality == TieQuality.CUT_OFF)
    return style


def tie_pen(style: TieStyle, colour_override: QColor | None = None) -> QPen:
    pen = QPen(colour_override or style.colour, style.width)
    pen.setCapStyle(Qt.PenCapStyle.FlatCap)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin if style.zigzag else Qt.PenJoinStyle.RoundJoin)
    if style.dashed and not style.zigzag:
        pen.setDashPattern([4.0, 3.0])  # in pen widths: 6.8 on, 5.1 off at 1.7
    return pen


class TieGeometry:
    """The shapes of a tie (in scene coordinates)."""

    __slots__ = ("_line", "arrows", "bars", "middle", "segments", "spine")

    def __init__(self, line: QPainterPath | None, bars: QPainterPath,
                 arrows: tuple[QPolygonF, ...], middle: QPointF, spine: QLineF,
                 segments: list[QPointF] | None = None) -> None:
        self._line = line  # the tie itself (straight, zigzag, or two pieces around a gap)
        self.bars = bars  # the two bars of a cut-off tie (always solid)
        self.arrows = arrows
        self.middle = middle  # where the support badge goes when nothing is in the way
        self.spine = spine  # the straight line between the ends (for hit-testing)
        # A zigzag as separate segments (a list of pairs of points, as drawLines takes them
        # without converting anything): drawLines is more than twice as fast as stroking the
        # joined path, and stressful ties are the costliest thing on the map.
        self.segments = segments

    @property
    def line(self) -> QPainterPath:
        """The tie as one path (for a zigzag built from its segments when first asked)."""
        if self._line is None:
            self._line = _path_of_pairs(self.segments or [])
        return self._line


def _path_of_pairs(pairs: list[QPointF]) -> QPainterPath:
    path = QPainterPath()
    last: QPointF | None = None
    for i in range(0, len(pairs) - 1, 2):
        a, b = pairs[i], pairs[i + 1]
        if last is None or a != last:
            path.moveTo(a)
        path.lineTo(b)
        last = b
    return path


# Steep teeth (about 60° to the line) read as a zigzag at any angle, never as a staircase.
ZIGZAG_STEP, ZIGZAG_AMPLITUDE, ZIGZAG_LEAD, ZIGZAG_DASH = 5.0, 4.0, 5.0, 4
CUT_GAP, CUT_BAR = 14.0, 14.0

_ZIGZAG_TEETH: dict[tuple[int, bool], QPolygonF] = {}


def _zigzag_teeth(steps: int, dashed: bool) -> QPolygonF:
    """The teeth of a zigzag as pairs of points, in units of one tooth along the line (x) and
    of the amplitude across it (y): corner i is (i, ±1), the first and last on the line. A
    weak zigzag leaves out every ZIGZAG_DASH-th segment. Transformed onto each tie (one call
    instead of a Python loop over the corners)."""
    key = (steps, dashed)
    teeth = _ZIGZAG_TEETH.get(key)
    if teeth is None:
        def corner(i: int) -> QPointF:
            return QPointF(i, 0.0 if i in (0, steps) else (1.0 if i % 2 else -1.0))

        points: list[QPointF] = []
        for i in range(1, steps + 1):
            if dashed and i % ZIGZAG_DASH == 0 and i < steps:
                continue
            points += [corner(i - 1), corner(i)]
        teeth = _ZIGZAG_TEETH[key] = QPolygonF(points)
    return teeth


def tie_geometry(p1: QPointF, p2: QPointF, style: TieStyle,
                 direction: SupportDirection) -> TieGeometry:
    """The shapes of a tie from p1 to p2 (already trimmed to the symbols' edges)."""
    dx, dy = p2.x() - p1.x(), p2.y() - p1.y()
    length = math.hypot(dx, dy)
    spine = QLineF(p1, p2)
    if length < 2.0:
        empty = QPainterPath()
        return TieGeometry(empty, QPainterPath(), (), QPointF(p1), spine)
    ux, uy = dx / length, dy / length
    nx, ny = -uy, ux
    head_len = 8.0 + style.width * 1.3
    head_half = 3.5 + style.width * 0.7
    at_source = direction in (SupportDirection.TO_SOURCE, SupportDirection.MUTUAL)
    at_target = direction in (SupportDirection.TO_TARGET, SupportDirection.MUTUAL)
    arrows: list[QPolygonF] = []

    def head(tip: QPointF, sx: float, sy: float) -> QPolygonF:
        bx, by = tip.x() - sx * head_len, tip.y() - sy * head_len
        return QPolygonF([tip, QPointF(bx + nx * head_half, by + ny * head_half),
                          QPointF(bx - nx * head_half, by - ny * head_half)])

    # The line stops inside the arrow head so its flat end never pokes out of the tip.
    start_d = head_len * 0.7 if at_source else 0.0
    end_d = length - (head_len * 0.7 if at_target else 0.0)
    if at_target:
        arrows.append(head(p2, ux, uy))
    if at_source:
        arrows.append(head(p1, -ux, -uy))

    def point(d: float, off: float = 0.0) -> QPointF:
        return QPointF(p1.x() + ux * d + nx * off, p1.y() + uy * d + ny * off)

    line: QPainterPath | None = QPainterPath()
    bars = QPainterPath()
    segments: list[QPointF] | None = None
    middle_d = length / 2
    if style.cut and end_d - start_d > CUT_GAP + 8:
        gap_from, gap_to = middle_d - CUT_GAP / 2, middle_d + CUT_GAP / 2
        line.moveTo(point(start_d))
        line.lineTo(point(gap_from))
        line.moveTo(point(gap_to))
        line.lineTo(point(end_d))
        half_bar = CUT_BAR / 2 + style.width
        for d in (gap_from, gap_to):
            bars.moveTo(point(d, -half_bar))
            bars.lineTo(point(d, half_bar))
        # The badge would hide the gap: put it halfway the first piece instead.
        middle_d = (start_d + gap_from) / 2
    elif style.zigzag and end_d - start_d > 2 * ZIGZAG_LEAD + 3 * ZIGZAG_STEP:
        span = end_d - start_d - 2 * ZIGZAG_LEAD
        steps = max(3, round(span / ZIGZAG_STEP))
        step = span / steps
        amplitude = ZIGZAG_AMPLITUDE + style.width * 0.4
        origin = start_d + ZIGZAG_LEAD  # the first corner, where the teeth begin
        # Weak and stressful: the zigzag itself is broken up (a dash pattern would chop the
        # teeth at random places).
        teeth = QTransform(ux * step, uy * step, nx * amplitude, ny * amplitude,
                           p1.x() + ux * origin, p1.y() + uy * origin).map(
            _zigzag_teeth(steps, style.dashed)).toList()
        # A straight lead-in and lead-out at both ends.
        segments = [point(start_d), teeth[0], *teeth, teeth[-1], point(end_d)]
        line = None  # built from the segments when asked for
    else:
        line.moveTo(point(start_d))
        line.lineTo(point(end_d))
    return TieGeometry(line, bars, tuple(arrows), point(middle_d), spine, segments)


def paint_tie(painter: QPainter, geometry: TieGeometry, style: TieStyle,
              colour_override: QColor | None = None, thicken: float = 1.0,
              pens: tuple[QPen, QPen] | None = None) -> None:
    """Draw a tie. `pens` (from `tie_pens`, for the same arguments) saves making them."""
    pen, solid = pens or tie_pens(style, colour_override, thicken)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(pen)
    if geometry.segments is not None:
        painter.drawLines(geometry.segments)
    else:
        painter.drawPath(geometry.line)
    if not geometry.bars.isEmpty():
        painter.setPen(solid)
        painter.drawPath(geometry.bars)
    if geometry.arrows:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour_override or style.colour)
        for arrow in geometry.arrows:
            painter.drawPolygon(arrow)


def tie_pens(style: TieStyle, colour_override: QColor | None = None,
             thicken: float = 1.0) -> tuple[QPen, QPen]:
    """The pen for a tie's line and the solid one for the bars of a cut-off tie."""
    pen = tie_pen(style, colour_override)
    pen.setWidthF(pen.widthF() * thicken)
    solid = QPen(pen)
    solid.setStyle(Qt.PenStyle.SolidLine)
    solid.setWidthF(max(2.0, style.width * 0.8))
    return pen, solid


_BADGE_SIZES: dict[tuple[str, int], tuple[float, float]] = {}


def badge_size(text: str, growth: float = 1.0) -> tuple[float, float]:
    """Width and height of a badge with `text` (cached: asked for on every drag step)."""
    px = max(1, round(BADGE_PX * growth))
    size = _BADGE_SIZES.get((text, px))
    if size is None:
        metrics = QFontMetricsF(pixel_font(px, bold=True))
        size = _BADGE_SIZES[(text, px)] = (metrics.horizontalAdvance(text) + 7,
                                           metrics.height() + 1)
    return size


def badge_rect(text: str, centre: QPointF, growth: float = 1.0) -> QRectF:
    width, height = badge_size(text, growth)
    return QRectF(centre.x() - width / 2, centre.y() - height / 2, width, height)


def paint_badge(painter: QPainter, text: str, rect: QRectF, line_colour: QColor,
                growth: float = 1.0) -> None:
    painter.setPen(QPen(line_colour, 1.2 * growth))
    painter.setBrush(colour("symbol_fill"))
    painter.drawRoundedRect(rect, 3.5 * growth, 3.5 * growth)
    painter.setPen(colour("ink"))
    painter.setFont(pixel_font(BADGE_PX * growth, bold=True))
    painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)


_BADGE_PIXMAPS: dict[tuple[str, int, float, float, float], tuple[QPixmap, float, float]] = {}


def badge_pixmap(text: str, line_colour: QColor, growth: float, scale: float,
                 pixel_ratio: float) -> tuple[QPixmap, float, float]:
    """A badge drawn once at `scale` device pixels per scene unit, with where its centre is
    in the pixmap: a moving badge is copied instead of drawn (see MovingBadgesItem)."""
    key = (text, line_colour.rgba(), growth, scale, pixel_ratio)
    found = _BADGE_PIXMAPS.get(key)
    if found is None:
        if len(_BADGE_PIXMAPS) > 256:
            _BADGE_PIXMAPS.clear()
        w, h = badge_size(text, growth)
        margin = 0.6 * growth * scale + 2.0  # half the outline and the antialiasing
        pw, ph = math.ceil(w * scale + 2 * margin), math.ceil(h * scale + 2 * margin)
        pixmap = QPixmap(math.ceil(pw * pixel_ratio), math.ceil(ph * pixel_ratio))
        pixmap.setDevicePixelRatio(pixel_ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHints(QPainter.RenderHint.Antialiasing
                               | QPainter.RenderHint.TextAntialiasing)
        painter.translate(pw / 2, ph / 2)
        painter.scale(scale, scale)
        paint_badge(painter, text, badge_rect(text, QPointF(0, 0), growth), line_colour, growth)
        painter.end()
        found = _BADGE_PIXMAPS[key] = (pixmap, pw / 2, ph / 2)
    return found


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
                      (NAME_PX + ROLE_PX) * 1.3 * 1.25)

    def label_box(self) -> tuple[float, float, float, float] | None:
        """`label_area` as (left, right, top, bottom), cheaper (asked on every drag step)."""
        width = min(LABEL_WIDTH * 1.3, self.label_room)
        x, y = self.xy()
        bottom = ORG_SIZE[1] / 2 if self.node.is_organisation else NODE_SIZE / 2
        left, top = x - width / 2, y + bottom  # as symbol_rect().bottom()
        return (left, left + width, top, top + (NAME_PX + ROLE_PX) * 1.3 * 1.25)

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
            bottom = symbol.bottom() + 6 + (NAME_PX + ROLE_PX) * 1.35 * MAX_LABEL_GROWTH + 6
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

    def _paint_label(self, painter: QPainter, symbol: QRectF, growth: float) -> None:
        main, second = self.label_lines()
        width = min(LABEL_WIDTH * growth, self.label_room)
        name_font = pixel_font(NAME_PX * growth, bold=self.isSelected())
        name_metrics = QFontMetricsF(name_font)
        full = name_metrics.horizontalAdvance(main)
        if full > width and growth > 1.0:
            # Crowded: give up a little of the zoom growth before cutting the name short.
            growth = max(1.0, growth * 0.8, growth * width / full)
            name_font = pixel_font(NAME_PX * growth, bold=self.isSelected())
            name_metrics = QFontMetricsF(name_font)
        role_font = pixel_font(ROLE_PX * growth)
        role_metrics = QFontMetricsF(role_font)
        main = name_metrics.elidedText(main, Qt.TextElideMode.ElideRight, width)
        second = role_metrics.elidedText(second, Qt.TextElideMode.ElideRight, width)
        name_h = name_metrics.height()
        role_h = role_metrics.height() if second else 0.0
        text_w = max(name_metrics.horizontalAdvance(main),
                     role_metrics.horizontalAdvance(second) if second else 0.0)
        top = symbol.bottom() + (7.0 if self._diamond() else 3.0)
        box = QRectF(-text_w / 2 - 3, top, text_w + 6, name_h + role_h + 1)
        # A soft white box keeps the text readable over lines and sector colours.
        background = QColor(colour("label_background"))
        background.setAlpha(215)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(background)
        painter.drawRoundedRect(box, 3, 3)
        painter.setFont(name_font)
        painter.setPen(colour("removed") if self.ghost else colour("ink"))
        painter.drawText(QRectF(box.left(), top, box.width(), name_h),
                         Qt.AlignmentFlag.AlignCenter, main)
        if second:
            painter.setFont(role_font)
            painter.setPen(colour("muted"))
            painter.drawText(QRectF(box.left(), top + name_h, box.width(), role_h),
                             Qt.AlignmentFlag.AlignCenter, second)

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
    from voordeur.gui.i18n import closeness_label

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


def paint_household_disc(painter: QPainter) -> None:
    r = HOUSEHOLD_RADIUS
    painter.setPen(QPen(colour("household_line"), 2.0))
    painter.setBrush(colour("household_fill"))
    painter.drawEllipse(QPointF(0, 0), r, r)


def _trimmed_xy(a: NodeItem, b: NodeItem) -> tuple[float, float, float, float] | None:
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


def _trimmed(a: NodeItem, b: NodeItem) -> tuple[QPointF, QPointF] | None:
    """The two end points of a line from a to b, on the edges of their symbols."""
    xy = _trimmed_xy(a, b)
    return None if xy is None else (QPointF(xy[0], xy[1]), QPointF(xy[2], xy[3]))


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
                 ghost: bool = False) -> None:
        super().__init__()
        self.tie = tie
        self.source, self.target = source, target
        self.ghost = ghost
        self.compare: str | None = CompareState.REMOVED if ghost else None
        self._xy: tuple[float, float, float, float] | None = None  # the ends, trimmed
        self._ends: tuple[QPointF, QPointF] | None = None  # the same as points, when asked
        self._geometry: TieGeometry | None = None
        self._bounds = QRectF()
        self._shape: QPainterPath | None = None
        self._badge_xy = (0.0, 0.0)
        self._badge_centre = QPointF()
        self._badge_text = ""
        self._pens: tuple[float, tuple[QPen, QPen]] | None = None
        self._layer: MovingTiesItem | None = None
        self._line = QLineF()  # reused while drawn by the layer
        self._pieces: _MovingPieces | None = None
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
            if ends is not None:
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
        xy = self._xy = _trimmed_xy(self.source, self.target)
        self._ends = None
        self._geometry = None
        self._shape = None
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
        if self._badge_text:
            self._badge_xy = self._free_badge_spot(x1, y1, x2, y2)
            self._badge_centre = QPointF(*self._badge_xy)
        margin = self._margin()
        self._bounds = QRectF(min(x1, x2) - margin, min(y1, y2) - margin,
                              abs(x2 - x1) + 2 * margin, abs(y2 - y1) + 2 * margin)
        self.badge.moved()

    def _margin(self) -> float:
        return self._style.width + ZIGZAG_AMPLITUDE + CUT_BAR / 2 + 8

    def boundingRect(self) -> QRectF:
        return self._bounds

    def shape(self) -> QPainterPath:
        """A band along the tie, and the badge: where a click selects it (made when asked)."""
        shape = self._shape
        if shape is None:
            ends = self.geometry_ends()
            if ends is None:
                shape = QPainterPath()
            else:
                spine = QPainterPath(ends[0])
                spine.lineTo(ends[1])
                stroker = QPainterPathStroker()
                stroker.setWidth(TIE_HIT_WIDTH)
                shape = stroker.createStroke(spine)
                if self._badge_text:
                    shape.addRect(badge_rect(self._badge_text, self.badge_centre))
            self._shape = shape
        return shape

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
            spine = QPainterPath(geometry.spine.p1())
            spine.lineTo(geometry.spine.p2())
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
            pieces = self._pieces = _MovingPieces(self._style, self.tie.direction)
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


class _MovingPieces:
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
                      for p in _zigzag_teeth(teeth, dashed).toList()]
            _EVEN_ZIGZAGS[key] = lines
        # Segment i runs from corner i - 1 to corner i; a weak zigzag leaves some out.
        drawn = steps - 1 - ((steps - 1) // ZIGZAG_DASH if dashed else 0)
        return lines[:2 + 2 * drawn]


_EVEN_ZIGZAGS: dict[tuple[bool, float, float], list[QPointF]] = {}


def _arrow_head(head_len: float, head_half: float) -> QPolygonF:
    """An arrow head with its tip at (0, 0), pointing along +x (head_len > 0) or -x."""
    return QPolygonF([QPointF(0.0, 0.0), QPointF(-head_len, head_half),
                      QPointF(-head_len, -head_half)])


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


def brush(name: str) -> QBrush:
    return QBrush(colour(name))

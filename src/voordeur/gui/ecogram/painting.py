"""How the ecogram's parts are drawn: colours, sizes, the tie styles and their geometry
(Hartman) and the support badges (the McGoldrick symbols and the genogram's partner and child
lines are in `genogram_painting`). Plain painting functions, shared by the map's items (`items`,
`tie_items`) and the legend, so that the legend shows exactly what the map shows.

Notation: McGoldrick inside the household circle (square male, circle female, diamond other or
unknown, a cross over a deceased person, a double outline for the index person; partner lines
married solid, cohabiting dashed, separated one slash, divorced two slashes; child lines
biological solid, adopted dashed, foster dotted) and Hartman for the ties (strong thick, normal
thin, weak dashed, stressful zigzag, cut off a gap between two bars; arrows for the direction of
support; P/G/A/E badges). Colour only repeats what the pattern already says, so the map reads the
same in grayscale and printed.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass, replace

from PySide6.QtCore import QCoreApplication, QLineF, QPointF, QRectF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTransform,
)

from voordeur.domain.ecogram_layout import HOUSEHOLD_RADIUS
from voordeur.model.catalogues import (
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


def zigzag_teeth(steps: int, dashed: bool) -> QPolygonF:
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
            zigzag_teeth(steps, style.dashed)).toList()
        # A straight lead-in and lead-out at both ends.
        segments = [point(start_d), teeth[0], *teeth, teeth[-1], point(end_d)]
        line = None  # built from the segments when asked for
    else:
        line.moveTo(point(start_d))
        line.lineTo(point(end_d))
    return TieGeometry(line, bars, tuple(arrows), point(middle_d), spine, segments)


def routed_tie_geometry(points: tuple[tuple[float, float], ...], style: TieStyle,
                        direction: SupportDirection) -> TieGeometry:
    """The shapes of a tie that bends around members' symbols (`domain/ecogram_routing.py`):
    one leg per pair of points, the source's arrow on the first leg, the target's on the last,
    a cut-off tie's bars on the longest leg."""
    legs = list(itertools.pairwise(QPointF(x, y) for x, y in points))
    longest = max(range(len(legs)), key=lambda i: QLineF(*legs[i]).length())
    at_source = direction in (SupportDirection.TO_SOURCE, SupportDirection.MUTUAL)
    at_target = direction in (SupportDirection.TO_TARGET, SupportDirection.MUTUAL)
    line, bars, arrows = QPainterPath(), QPainterPath(), []
    middle = QPointF()
    for i, (a, b) in enumerate(legs):
        first, last = i == 0, i == len(legs) - 1
        leg_direction = {(True, True): SupportDirection.MUTUAL,
                         (True, False): SupportDirection.TO_SOURCE,
                         (False, True): SupportDirection.TO_TARGET,
                         }.get((at_source and first, at_target and last),
                               SupportDirection.NONE)
        leg_style = style if i == longest else replace(style, cut=False)
        leg = tie_geometry(a, b, leg_style, leg_direction)
        line.addPath(leg.line)
        bars.addPath(leg.bars)
        arrows += leg.arrows
        if i == longest:
            middle = leg.middle
    spine = QLineF(legs[0][0], legs[-1][1])
    return TieGeometry(line, bars, tuple(arrows), middle, spine)


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


def paint_household_disc(painter: QPainter) -> None:
    r = HOUSEHOLD_RADIUS
    painter.setPen(QPen(colour("household_line"), 2.0))
    painter.setBrush(colour("household_fill"))
    painter.drawEllipse(QPointF(0, 0), r, r)

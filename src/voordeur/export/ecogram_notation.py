"""The pens and shapes of the printed ecogram: Hartman's tie notation and McGoldrick's genogram.

Pure geometry and style values (no matplotlib here), shared by the map and its legend so a
symbol in the legend is drawn by exactly the same code as on the map. Coordinates are in the
caller's units (scene units on the map, points in the legend); y grows down.

Every meaning is carried by a pattern (thickness, dashes, zigzag, gap, arrow, letters) and the
colours only repeat it, chosen so they stay distinguishable when printed in grayscale.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from voordeur.domain.ecogram import Node, Tie
from voordeur.model.catalogues import (
    ChildType,
    Gender,
    PartnerStatus,
    SupportDirection,
    TieQuality,
    TieStrength,
)

Point = tuple[float, float]

# -- colours: dark/light steps that survive a grayscale printer ---------------------------------
INK = "#1f1f1f"  # symbols, genogram lines, text
MUTED = "#5a5a5a"  # secondary text (roles), sector names
SUPPORTIVE = "#1a7336"  # dark green: prints dark gray
NEUTRAL = "#7d7d7d"  # mid gray: lighter than supportive on paper
STRESSFUL = "#b3261e"  # dark red: zigzag carries the meaning
CUT_OFF = "#4d4d4d"  # gray: the gap with bars carries the meaning
SECTOR_FILLS = ("#f3f3f3", "#ffffff")  # alternating wedges
RING = "#b5b5b5"
HOUSEHOLD_FILL = "#e9eef4"
FORMAL_FILL = "#d4d4d4"  # professional organisations
INFORMAL_FILL = "#ffffff"  # clubs, faith communities, work
BADGE_FILL = "#ffffff"

QUALITY_COLOURS: dict[TieQuality, str] = {
    TieQuality.SUPPORTIVE: SUPPORTIVE,
    TieQuality.NEUTRAL: NEUTRAL,
    TieQuality.STRESSFUL: STRESSFUL,
    TieQuality.CUT_OFF: CUT_OFF,
}

# Line widths in points: strong is clearly thicker than normal even at small print sizes.
STRENGTH_WIDTHS: dict[TieStrength, float] = {
    TieStrength.STRONG: 2.8,
    TieStrength.NORMAL: 1.2,
    TieStrength.WEAK: 1.2,
}
WEAK_DASHES = (0.0, (4.0, 2.5))  # matplotlib dash pattern (offset, on/off in line widths)
GENOGRAM_WIDTH = 1.3
SYMBOL_EDGE_WIDTH = 1.2


@dataclass(frozen=True)
class TieStyle:
    colour: str
    width: float
    dashed: bool
    zigzag: bool
    cut: bool

    @property
    def linestyle(self) -> object:
        return WEAK_DASHES if self.dashed else "solid"


def tie_style(strength: TieStrength, quality: TieQuality) -> TieStyle:
    return TieStyle(
        colour=QUALITY_COLOURS[TieQuality(quality)],
        width=STRENGTH_WIDTHS[TieStrength(strength)],
        dashed=strength == TieStrength.WEAK,
        zigzag=quality == TieQuality.STRESSFUL,
        cut=quality == TieQuality.CUT_OFF,
    )


def style_of(tie: Tie) -> TieStyle:
    return tie_style(tie.strength, tie.quality)


# -- geometry -------------------------------------------------------------------------------
def _unit(p0: Point, p1: Point) -> tuple[float, float, float]:
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    length = math.hypot(dx, dy)
    if length == 0:
        return 0.0, 0.0, 0.0
    return dx / length, dy / length, length


def along(p0: Point, p1: Point, t: float) -> Point:
    return p0[0] + (p1[0] - p0[0]) * t, p0[1] + (p1[1] - p0[1]) * t


def offset_segment(p0: Point, p1: Point, offset: float) -> tuple[Point, Point]:
    """The segment shifted sideways (to draw two ties between the same pair side by side)."""
    ux, uy, _ = _unit(p0, p1)
    nx, ny = -uy * offset, ux * offset
    return (p0[0] + nx, p0[1] + ny), (p1[0] + nx, p1[1] + ny)


def zigzag(p0: Point, p1: Point, *, amplitude: float, wavelength: float,
           lead: float) -> list[Point]:
    """A zigzag polyline from p0 to p1 with straight ends of `lead` (Hartman: stressful)."""
    ux, uy, length = _unit(p0, p1)
    body = length - 2 * lead
    if body < wavelength:  # too short to zigzag visibly: a straight line still connects
        return [p0, p1]
    half_waves = max(2, round(2 * body / wavelength))
    step = body / half_waves
    nx, ny = -uy, ux
    points = [p0, (p0[0] + ux * lead, p0[1] + uy * lead)]
    for i in range(half_waves):
        d = lead + step * (i + 0.5)
        side = amplitude if i % 2 == 0 else -amplitude
        points.append((p0[0] + ux * d + nx * side, p0[1] + uy * d + ny * side))
    points += [(p1[0] - ux * lead, p1[1] - uy * lead), p1]
    return points


def cut_off(p0: Point, p1: Point, *, gap: float, bar: float) -> list[list[Point]]:
    """Two halves with a gap in the middle and a short perpendicular bar at each gap edge."""
    ux, uy, length = _unit(p0, p1)
    gap = min(gap, length / 3)
    mid = along(p0, p1, 0.5)
    a = (mid[0] - ux * gap / 2, mid[1] - uy * gap / 2)
    b = (mid[0] + ux * gap / 2, mid[1] + uy * gap / 2)
    nx, ny = -uy * bar / 2, ux * bar / 2
    return [
        [p0, a],
        [b, p1],
        [(a[0] - nx, a[1] - ny), (a[0] + nx, a[1] + ny)],
        [(b[0] - nx, b[1] - ny), (b[0] + nx, b[1] + ny)],
    ]


def tie_paths(p0: Point, p1: Point, style: TieStyle, *, amplitude: float, wavelength: float,
              lead: float, gap: float) -> list[list[Point]]:
    """The polylines that draw one tie between two (already clipped) ends."""
    if style.zigzag:
        return [zigzag(p0, p1, amplitude=amplitude, wavelength=wavelength, lead=lead)]
    if style.cut:
        return cut_off(p0, p1, gap=gap, bar=gap * 1.1)
    return [[p0, p1]]


def arrow_head(tip: Point, towards: Point, *, length: float, width: float) -> list[Point]:
    """A filled triangle with its point at `tip`, coming from the direction of `towards`."""
    ux, uy, _ = _unit(towards, tip)
    base = (tip[0] - ux * length, tip[1] - uy * length)
    nx, ny = -uy * width / 2, ux * width / 2
    return [tip, (base[0] + nx, base[1] + ny), (base[0] - nx, base[1] - ny)]


def arrow_ends(direction: SupportDirection) -> tuple[bool, bool]:
    """(head at the source end, head at the target end) for a support direction."""
    direction = SupportDirection(direction)
    return (direction in (SupportDirection.TO_SOURCE, SupportDirection.MUTUAL),
            direction in (SupportDirection.TO_TARGET, SupportDirection.MUTUAL))


def slash_marks(p0: Point, p1: Point, count: int, *, size: float) -> list[list[Point]]:
    """One (separated) or two (divorced) short slashes across the middle of a partner line."""
    ux, uy, _ = _unit(p0, p1)
    mid = along(p0, p1, 0.5)
    # a slash leans 60° to the line, like a hand-drawn genogram
    lean = (ux * 0.5 - uy * 0.87, uy * 0.5 + ux * 0.87)
    marks = []
    for i in range(count):
        shift = (i - (count - 1) / 2) * size * 0.45
        cx, cy = mid[0] + ux * shift, mid[1] + uy * shift
        marks.append([(cx - lean[0] * size / 2, cy - lean[1] * size / 2),
                      (cx + lean[0] * size / 2, cy + lean[1] * size / 2)])
    return marks


PARTNER_SLASHES: dict[PartnerStatus, int] = {
    PartnerStatus.MARRIED: 0,
    PartnerStatus.COHABITING: 0,
    PartnerStatus.SEPARATED: 1,
    PartnerStatus.DIVORCED: 2,
}


def partner_linestyle(status: PartnerStatus | None) -> object:
    return (0.0, (3.0, 2.0)) if status == PartnerStatus.COHABITING else "solid"


def child_linestyle(child_type: ChildType | None) -> object:
    if child_type == ChildType.ADOPTED:
        return (0.0, (4.0, 2.0))
    if child_type == ChildType.FOSTER:
        return (0.0, (1.0, 1.6))
    return "solid"


def symbol_outline(gender: Gender, centre: Point, size: float) -> list[Point]:
    """McGoldrick: square (male), circle (female, approximated by 24 points), diamond (other)."""
    cx, cy = centre
    h = size / 2
    if gender == Gender.MALE:
        return [(cx - h, cy - h), (cx + h, cy - h), (cx + h, cy + h), (cx - h, cy + h)]
    if gender == Gender.FEMALE:
        return [(cx + h * math.cos(a), cy + h * math.sin(a))
                for a in (2 * math.pi * i / 24 for i in range(24))]
    d = h * 1.15  # a diamond looks smaller than a square of the same width
    return [(cx, cy - d), (cx + d, cy), (cx, cy + d), (cx - d, cy)]


def deceased_cross(centre: Point, size: float) -> list[list[Point]]:
    cx, cy = centre
    h = size * 0.42
    return [[(cx - h, cy - h), (cx + h, cy + h)], [(cx - h, cy + h), (cx + h, cy - h)]]


def clip_to_box(centre: Point, towards: Point, half_w: float, half_h: float) -> Point:
    """Where the segment centre→towards leaves an axis-aligned box around centre."""
    ux, uy, length = _unit(centre, towards)
    if length == 0:
        return centre
    t = min(half_w / abs(ux) if ux else math.inf, half_h / abs(uy) if uy else math.inf)
    t = min(t, length)
    return centre[0] + ux * t, centre[1] + uy * t


def clip_to_circle(centre: Point, towards: Point, radius: float) -> Point:
    ux, uy, length = _unit(centre, towards)
    t = min(radius, length)
    return centre[0] + ux * t, centre[1] + uy * t


def support_letters(tie: Tie) -> str:
    """'PGAE' letters of a tie, in the catalogue order (Ecogram.of keeps them sorted)."""
    return "".join(str(s) for s in tie.support)


def wrap_label(text: str, width: int = 18, max_lines: int = 2) -> list[str]:
    """Word-wrap a label to at most `max_lines` lines; the last one ends in … when cut."""
    words, lines, current = text.split(), [], ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if len(candidate) <= width or not current:
            current = candidate
        else:
            lines.append(current)
            current = word
    if current:
        lines.append(current)
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], " ".join(lines[max_lines - 1:])]
    return [line if len(line) <= width + 4 else line[: width + 3] + "…" for line in lines]


def node_lines(node: Node, *, roles: bool) -> tuple[str, str]:
    """(main label, secondary line) shown under a symbol. Role mode never shows a name."""
    if roles:
        main = node.role_label()
        extra = node.role if node.is_organisation else ""
        return main, extra if extra != main else ""
    if node.is_organisation:
        contact = ", ".join(part for part in (node.contact_name, node.role) if part)
        return node.name or node.role_label(), contact
    main = node.label(roles=False)
    return main, node.role if node.role and node.role != main else ""


def boxes_overlap(a: Sequence[float], b: Sequence[float]) -> bool:
    """Boxes as (x0, y0, x1, y1)."""
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def rounded_rect(centre: Point, width: float, height: float, radius: float,
                 steps: int = 4) -> list[Point]:
    """An organisation's rounded rectangle as a polygon (so all symbols share one collection)."""
    cx, cy = centre
    r = min(radius, width / 2, height / 2)
    corners = ((cx + width / 2 - r, cy + height / 2 - r, 0.0),
               (cx - width / 2 + r, cy + height / 2 - r, 90.0),
               (cx - width / 2 + r, cy - height / 2 + r, 180.0),
               (cx + width / 2 - r, cy - height / 2 + r, 270.0))
    points = []
    for x, y, start in corners:
        for i in range(steps + 1):
            a = math.radians(start + 90.0 * i / steps)
            points.append((x + r * math.cos(a), y + r * math.sin(a)))
    return points

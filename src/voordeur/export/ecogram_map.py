"""Drawing the ecogram page with matplotlib: title, map and legend (imported lazily).

The map Axes works in scene units (the household at (0, 0), y down like the app's scene); the
title and legend Axes work in points. Labels are placed greedily where they cover no symbol, no
other label, no letter badge and no genogram line, trying below, above, beside and staggered.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import replace

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from voordeur.domain.ecogram import Ecogram, Node, Point, Tie, personal_names, scrub_names
from voordeur.domain.ecogram_labels import name_lines
from voordeur.domain.ecogram_layout import (
    HOUSEHOLD_RADIUS,
    NODE_SIZE,
    ORG_SIZE,
    RING_RADII,
    SECTOR_ORDER,
    complete_positions,
    sector_centre_angle,
    sector_span,
)
from voordeur.domain.ecogram_routing import tie_routes
from voordeur.export.ecogram_drawing import (
    Painter,
    SymbolSpec,
    badge_position,
    badge_size,
    draw_child_line,
    draw_partner_line,
    draw_symbol,
    draw_tie,
    symbol_half_size,
)
from voordeur.export.ecogram_glyphs import Glyphs
from voordeur.export.ecogram_legend import draw_legend
from voordeur.export.ecogram_notation import (
    HOUSEHOLD_FILL,
    INK,
    MUTED,
    RING,
    SECTOR_FILLS,
    TieStyle,
    arrow_ends,
    boxes_overlap,
    clip_to_box,
    clip_to_circle,
    node_lines,
    offset_segment,
    style_of,
    support_letters,
    wrap_label,
)
from voordeur.export.ecogram_titles import page_title
from voordeur.model.catalogues import (
    CLOSENESS_LABELS,
    LIFE_DOMAIN_LABELS,
    FamilyRelationKind,
    Gender,
    LifeDomain,
)

# Page geometry in inches: A4 landscape, map square on the left, legend column on the right.
PAGE = (11.69, 8.27)
MAP_BOX = (0.15, 0.15, 7.6, 7.6)  # left, bottom, width, height
LEGEND_BOX = (7.95, 0.25, 3.55, 7.45)
TITLE_BOX = (7.75, 0.5)  # bottom, height
TITLE_X = 0.3

# The map in scene units
EXTENT = 640.0  # half the visible width (at least)
OUTER_RADIUS = RING_RADII[3] + 50.0  # where the sector wedges end
NAME_FONT, MEMBER_FONT, ROLE_FONT, SECTOR_FONT, RING_FONT, TITLE_FONT = (
    6.5, 6.0, 5.5, 9.0, 5.5, 8.0)
PARALLEL_GAP = 10.0  # scene units between ties that join the same two nodes


def build_figure(ecogram: Ecogram, *, roles: bool = False, title: str | None = None,
                 text_as_paths: bool = False) -> Figure:
    """The matplotlib Figure (on an Agg canvas); callers that embed it can save it themselves."""
    figure = Figure(figsize=PAGE, dpi=100)
    FigureCanvasAgg(figure)  # explicit Agg: never a GUI backend, never pyplot
    glyphs = Glyphs()
    _draw_title(figure, page_title(ecogram, roles, title), glyphs, text_as_paths)
    map_ax = figure.add_axes(_fraction(MAP_BOX))
    map_ax.set_axis_off()
    positions = dict(complete_positions(ecogram))
    # nodes dragged far out still fit: the map zooms out (text keeps its size in points)
    extent = max([EXTENT, *(max(abs(x), abs(y)) + 110.0 for x, y in positions.values())])
    map_ax.set_xlim(-extent, extent)
    map_ax.set_ylim(extent, -extent)  # scene y grows down
    map_ax.set_aspect("equal")
    points_per_unit = MAP_BOX[3] * 72 / (2 * extent)
    MapDrawer(map_ax, ecogram, positions, roles=roles, points_per_unit=points_per_unit,
              glyphs=glyphs, text_as_paths=text_as_paths).draw()

    legend_ax = figure.add_axes(_fraction(LEGEND_BOX))
    legend_ax.set_axis_off()
    width, height = LEGEND_BOX[2] * 72, LEGEND_BOX[3] * 72
    legend_ax.set_xlim(0, width)
    legend_ax.set_ylim(height, 0)
    draw_legend(legend_ax, ecogram, width=width, height=height, symbol_scale=points_per_unit,
                roles=roles, glyphs=glyphs, text_as_paths=text_as_paths)
    return figure


def _draw_title(figure: Figure, text: str, glyphs: Glyphs, text_as_paths: bool) -> None:
    box = (0.0, TITLE_BOX[0], PAGE[0], TITLE_BOX[1])
    ax = figure.add_axes(_fraction(box))
    ax.set_axis_off()
    ax.set_xlim(0, box[2] * 72)
    ax.set_ylim(box[3] * 72, 0)
    painter = Painter(ax, glyphs=glyphs, text_as_paths=text_as_paths)
    painter.text(TITLE_X * 72, box[3] * 36, text, size=14, bold=True, va="center")
    painter.flush()


def _name_lines(name: str, width: int, node: Node) -> tuple[str, ...]:
    """A name under its symbol by the screen's rule (domain/ecogram_labels.py): whole, on
    lines broken at spaces, or the short form; `width` in characters."""
    return name_lines(name, lambda text: len(text) <= width,
                      organisation=node.is_organisation)


def _fraction(box: tuple[float, float, float, float]) -> list[float]:
    return [box[0] / PAGE[0], box[1] / PAGE[1], box[2] / PAGE[0], box[3] / PAGE[1]]


class MapDrawer:
    """Draws one ecogram into a map Axes whose units are scene units."""

    def __init__(self, ax: Axes, ecogram: Ecogram, positions: dict[str, Point], *, roles: bool,
                 points_per_unit: float, glyphs: Glyphs, text_as_paths: bool) -> None:
        self.ax = ax
        self.ecogram = ecogram
        self.roles = roles
        self.ppu = points_per_unit
        self.painter: Painter = Painter(ax, scale=1.0, ppu=points_per_unit, glyphs=glyphs,
                                        text_as_paths=text_as_paths)
        self.positions = positions
        self.positions.setdefault(ecogram.household_key, (0.0, 0.0))
        self.obstacles = BoxIndex()

    def draw(self) -> None:
        self._background()
        drawn = [n for n in self.ecogram.nodes if not n.is_household and n.key in self.positions]
        for node in drawn:
            self.obstacles.add(self._symbol_box(node), owner=node.key)
        self._genogram()
        self._ties()
        for node in drawn:
            self._symbol(node)
        self._labels(drawn)
        self.painter.flush()

    # -- background: wedges, rings, household circle, sector names --------------------------
    def _background(self) -> None:
        p = self.painter
        for i, domain in enumerate(SECTOR_ORDER):
            start, end = sector_span(domain)
            p.polygon(_annulus_sector(HOUSEHOLD_RADIUS, OUTER_RADIUS, start, end),
                      face=SECTOR_FILLS[i % 2], z=0)
            p.lines([[_polar(HOUSEHOLD_RADIUS, start), _polar(OUTER_RADIUS, start)]],
                    colour=RING, width=0.7, z=0.5)
            self._sector_name(domain)
        for closeness, radius in sorted(RING_RADII.items()):
            p.lines([_circle_path(radius)], colour=RING, width=0.7, linestyle=(0, (3, 3)),
                    z=0.5)
            self._ring_name(closeness, radius)
        p.lines([_circle_path(OUTER_RADIUS)], colour=RING, width=0.8, z=0.5)
        p.polygon(_circle_path(HOUSEHOLD_RADIUS)[:-1], face=HOUSEHOLD_FILL, edge=INK, width=1.2,
                  z=1)
        household = self.ecogram.node(self.ecogram.household_key)
        name = (household.label(roles=self.roles) if household
                else "Gezin" if self.roles else self.ecogram.title) or "Gezin"
        top = -HOUSEHOLD_RADIUS + 12
        p.text(0, top, name, size=TITLE_FONT, bold=True, ha="center", va="top", z=1.5)
        self.obstacles.add(self._text_box(0, top, [(name, TITLE_FONT)], "center"))

    def _sector_name(self, domain: LifeDomain) -> None:
        # written along the outer circle, always upright, so long names stay on the page
        angle = sector_centre_angle(domain)
        label = LIFE_DOMAIN_LABELS[domain]
        half_h = SECTOR_FONT * 0.65 / self.ppu
        x, y = _polar(OUTER_RADIUS + 6 + half_h, angle)
        rotation = (-angle - 90 + 180) % 360 - 180
        if rotation > 90 or rotation <= -90:
            rotation = (rotation + 180 + 180) % 360 - 180
        self.painter.text(x, y, label, size=SECTOR_FONT, bold=True, colour=MUTED, ha="center",
                          va="center", rotation=rotation, z=1)
        # a tilted label blocks a strip, not its whole bounding square: a few small boxes
        w, h = self.painter.measure(label, SECTOR_FONT, bold=True), 2 * half_h
        ux, uy = math.cos(math.radians(rotation)), -math.sin(math.radians(rotation))
        parts = 4
        bx = (w / parts * abs(ux) + h * abs(uy)) / 2
        by = (w / parts * abs(uy) + h * abs(ux)) / 2
        for i in range(parts):
            d = (i + 0.5) * w / parts - w / 2
            cx, cy = x + ux * d, y + uy * d
            self.obstacles.add((cx - bx, cy - by, cx + bx, cy + by))

    def _ring_name(self, closeness: int, radius: float) -> None:
        # on the line between the first two sectors, where the layout puts no one
        angle = sector_span(SECTOR_ORDER[0])[1]
        x, y = _polar(radius, angle)
        label = CLOSENESS_LABELS[closeness]
        rotation = -angle - 90
        w = self.painter.measure(label, RING_FONT) + 4 / self.ppu
        h = RING_FONT * 1.5 / self.ppu
        # a white strip under the text, turned with it, interrupts the ring line
        ux, uy = math.cos(math.radians(rotation)), -math.sin(math.radians(rotation))
        corners = [(x + ux * sx * w / 2 - uy * sy * h / 2, y + uy * sx * w / 2 + ux * sy * h / 2)
                   for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
        self.painter.polygon(corners, face="#ffffff", z=0.8)
        self.painter.text(x, y, label, size=RING_FONT, colour=MUTED, ha="center", va="center",
                          rotation=rotation, z=0.9)

    # -- genogram ---------------------------------------------------------------------------
    def _genogram(self) -> None:
        pos = self.positions
        partner_mid: dict[frozenset[str], Point] = {}
        for line in self.ecogram.lines:
            if line.kind != FamilyRelationKind.PARTNERS or line.a not in pos or line.b not in pos:
                continue
            a, b = self._clipped_ends(line.a, line.b)
            draw_partner_line(self.painter, a, b, line.partner_status)
            partner_mid[frozenset((line.a, line.b))] = ((a[0] + b[0]) / 2, (a[1] + b[1]) / 2)
            self.obstacles.add(_segment_box(a, b, 4))
        parents: dict[str, list] = {}
        for line in self.ecogram.lines:
            if line.kind == FamilyRelationKind.PARENT_CHILD and line.a in pos and line.b in pos:
                parents.setdefault(line.b, []).append(line)
        for child, lines in parents.items():
            cx, cy = pos[child]
            top = cy - NODE_SIZE / 2
            drawn_from_couple = False
            keys = [line.a for line in lines]
            for i, a in enumerate(keys):
                for b in keys[i + 1:]:
                    mid = partner_mid.get(frozenset((a, b)))
                    if mid and not drawn_from_couple:
                        self._descent(mid, (cx, top), lines[0].child_type, draw_child_line)
                        drawn_from_couple = True
            if drawn_from_couple:
                continue
            for line in lines:
                px, py = pos[line.a]
                self._descent((px, py + NODE_SIZE / 2), (cx, top), line.child_type,
                              draw_child_line)

    def _descent(self, start: Point, end: Point, child_type, draw) -> None:
        """Down from the parents, across, down to the child (a genogram's elbow line)."""
        if end[1] - start[1] < 8:  # child not below: a straight line still shows the link
            path = [start, end]
        else:
            ymid = (start[1] + end[1]) / 2
            path = [start, (start[0], ymid), (end[0], ymid), end]
        draw(self.painter, path, child_type)
        for a, b in itertools.pairwise(path):
            self.obstacles.add(_segment_box(a, b, 3))

    # -- ties -------------------------------------------------------------------------------
    def _ties(self) -> None:
        pos = self.positions
        ties = [t for t in self.ecogram.ties if t.source in pos and t.target in pos
                and t.source != t.target]
        pairs: dict[frozenset[str], list] = {}
        for tie in ties:
            pairs.setdefault(frozenset(tie.ends()), []).append(tie)
        routes = tie_routes(self.ecogram, pos)  # around the members' symbols
        for group in pairs.values():
            for i, tie in enumerate(group):
                route = routes.get(tie.id, ())
                if len(group) == 1 and len(route) > 2:
                    self._bent_tie(tie, route)
                    continue
                a, b = self._clipped_ends(tie.source, tie.target)
                shift = (i - (len(group) - 1) / 2) * PARALLEL_GAP
                if shift:
                    a, b = offset_segment(a, b, shift)
                style, letters = style_of(tie), support_letters(tie)
                draw_tie(self.painter, a, b, style, heads=arrow_ends(tie.direction),
                         letters=letters)
                if letters:  # labels keep clear of the letters
                    self._badge_obstacle(a, b, style, letters)

    def _bent_tie(self, tie: Tie, route: tuple[Point, ...]) -> None:
        """A tie that bends around members (domain/ecogram_routing.py): one leg per pair of
        points, the heads at the ends, the letters (and a cut) on the longest leg."""
        points = [self._clip(tie.source, route[0], route[1]), *route[1:-1],
                  self._clip(tie.target, route[-1], route[-2])]
        legs = list(itertools.pairwise(points))
        longest = max(range(len(legs)), key=lambda i: math.dist(*legs[i]))
        style, letters = style_of(tie), support_letters(tie)
        at_source, at_target = arrow_ends(tie.direction)
        for i, (a, b) in enumerate(legs):
            leg_style = style if i == longest else replace(style, cut=False)
            draw_tie(self.painter, a, b, leg_style,
                     heads=(at_source and i == 0, at_target and i == len(legs) - 1),
                     letters=letters if i == longest else "")
            if letters and i == longest:
                self._badge_obstacle(a, b, style, letters)

    def _badge_obstacle(self, a: Point, b: Point, style: TieStyle, letters: str) -> None:
        x, y = badge_position(a, b, style)
        hw, hh = (v / 2 for v in badge_size(self.painter, letters))
        self.obstacles.add((x - hw, y - hh, x + hw, y + hh))

    def _clipped_ends(self, source: str, target: str) -> tuple[Point, Point]:
        ps, pt = self.positions[source], self.positions[target]
        return self._clip(source, ps, pt), self._clip(target, pt, ps)

    def _clip(self, key: str, centre: Point, towards: Point) -> Point:
        node = self.ecogram.node(key)
        if node is None or node.is_household:
            return clip_to_circle(centre, towards, HOUSEHOLD_RADIUS)
        if node.is_organisation:
            return clip_to_box(centre, towards, ORG_SIZE[0] / 2 + 2, ORG_SIZE[1] / 2 + 2)
        half = NODE_SIZE / 2 + (4.5 if node.is_index else 0) + 2
        if node.gender == Gender.MALE:
            return clip_to_box(centre, towards, half, half)
        if node.gender == Gender.FEMALE:
            return clip_to_circle(centre, towards, half)
        dx, dy = towards[0] - centre[0], towards[1] - centre[1]
        length = math.hypot(dx, dy) or 1.0
        t = min(half * 1.15 / ((abs(dx) + abs(dy)) / length), length)  # the diamond's edge
        return centre[0] + dx / length * t, centre[1] + dy / length * t

    # -- symbols and labels -----------------------------------------------------------------
    def _spec(self, node: Node) -> SymbolSpec:
        return SymbolSpec(organisation=node.is_organisation, gender=node.gender,
                          formal=node.formal, deceased=node.deceased, index=node.is_index)

    def _symbol(self, node: Node) -> None:
        draw_symbol(self.painter, self._spec(node), self.positions[node.key])

    def _symbol_box(self, node: Node) -> tuple[float, float, float, float]:
        x, y = self.positions[node.key]
        hw, hh = symbol_half_size(self._spec(node))
        return x - hw, y - hh, x + hw, y + hh

    def _labels(self, nodes: Iterable[Node]) -> None:
        # members first (the genogram is dense), then from the centre outwards
        order = sorted(nodes, key=lambda n: (not n.member, n.closeness, n.key))
        parents = {line.a for line in self.ecogram.lines
                   if line.kind == FamilyRelationKind.PARENT_CHILD}
        names = personal_names(self.ecogram) if self.roles else set()
        for node in order:
            main, extra = node_lines(node, roles=self.roles)
            if self.roles:
                main, extra = scrub_names(main, names), scrub_names(extra, names)
            if node.member:
                # in the genogram the family name is in the circle's title: first names fit
                main = main if self.roles else short_member_name(main, self.ecogram.title)
                lines = [(text, MEMBER_FONT) for text in _name_lines(main, 12, node)]
            else:
                lines = [(text, NAME_FONT) for text in _name_lines(main, 18, node)]
            lines += [(text, ROLE_FONT) for text in wrap_label(extra, 22, 1)] if extra else []
            if lines:
                # a parent's descent line runs below it: its label goes above first
                self._place_label(node, lines, above_first=node.key in parents)

    def _place_label(self, node: Node, lines: list[tuple[str, float]], *,
                     above_first: bool = False) -> None:
        x, y = self.positions[node.key]
        x0, y0, x1, y1 = self._symbol_box(node)
        block_h = sum(size * 1.25 for _, size in lines) / self.ppu
        pad = 2.5
        below, above = (x, y1 + pad, "center"), (x, y0 - pad - block_h, "center")
        candidates = [
            *((above, below) if above_first else (below, above)),
            (x1 + pad + 1, y - block_h / 2, "left"),  # right
            (x0 - pad - 1, y - block_h / 2, "right"),  # left
            # staggered below the neighbours' labels (children stand close in a genogram)
            (x, y1 + pad + block_h, "center"),
            (x, y1 + pad + 2 * block_h, "center"),
        ]
        best, best_overlap = candidates[0], math.inf
        for cx, top, ha in candidates:
            box = self._text_box(cx, top, lines, ha)
            overlap = self.obstacles.overlap(box, ignore=node.key)
            if overlap < best_overlap:
                best, best_overlap = (cx, top, ha), overlap
            if overlap == 0:
                break
        cx, top, ha = best
        box = self._text_box(cx, top, lines, ha)
        self.obstacles.add(box)
        # a translucent white card keeps a label readable where a tie runs under it
        self.painter.polygon([(box[0], box[1]), (box[2], box[1]), (box[2], box[3]),
                              (box[0], box[3])], face="#ffffffa8", z=4.5)
        ty = top
        for text, size in lines:
            self.painter.text(cx, ty, text, size=size, ha=ha, va="top",
                              colour=MUTED if size == ROLE_FONT else INK)
            ty += size * 1.25 / self.ppu

    def _text_box(self, x: float, top: float, lines: list[tuple[str, float]],
                  ha: str) -> tuple[float, float, float, float]:
        w = max(self.painter.measure(text, size) for text, size in lines)
        h = sum(size * 1.25 for _, size in lines) / self.ppu
        x0 = x if ha == "left" else x - w if ha == "right" else x - w / 2
        return x0 - 1, top, x0 + w + 1, top + h


def short_member_name(name: str, household_title: str) -> str:
    """'Fatma Yilmaz' → 'Fatma' in 'Familie Yilmaz' (family-name words at the end dropped)."""
    family = {w.casefold() for w in re.split(r"[\s\-]+", household_title) if w}
    words = name.split()
    while len(words) > 1 and all(part.casefold() in family for part in words[-1].split("-")):
        words.pop()
    return " ".join(words)


class BoxIndex:
    """Boxes in a coarse grid, so finding overlaps stays cheap with hundreds of labels."""

    CELL = 80.0

    def __init__(self) -> None:
        self._cells: dict[tuple[int, int], list[tuple[tuple[float, ...], str | None]]] = {}

    def _keys(self, box: tuple[float, ...]) -> Iterable[tuple[int, int]]:
        c = self.CELL
        for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield i, j

    def add(self, box: tuple[float, ...], owner: str | None = None) -> None:
        for key in self._keys(box):
            self._cells.setdefault(key, []).append((box, owner))

    def overlap(self, box: tuple[float, ...], ignore: str | None = None) -> float:
        """Total overlapping area with the stored boxes (0 when free)."""
        seen: set[int] = set()
        total = 0.0
        for key in self._keys(box):
            for other, owner in self._cells.get(key, ()):
                if id(other) in seen or (owner is not None and owner == ignore):
                    continue
                seen.add(id(other))
                if boxes_overlap(box, other):
                    total += ((min(box[2], other[2]) - max(box[0], other[0]))
                              * (min(box[3], other[3]) - max(box[1], other[1])))
        return total


# -- small geometry helpers --------------------------------------------------------------------
def _polar(radius: float, angle_deg: float) -> Point:
    a = math.radians(angle_deg)
    return radius * math.cos(a), radius * math.sin(a)


def _circle_path(radius: float, n: int = 120) -> list[Point]:
    return [_polar(radius, 360.0 * i / n) for i in range(n + 1)]


def _annulus_sector(r0: float, r1: float, start: float, end: float, n: int = 16) -> list[Point]:
    outer = [_polar(r1, start + (end - start) * i / n) for i in range(n + 1)]
    inner = [_polar(r0, end - (end - start) * i / n) for i in range(n + 1)]
    return outer + inner


def _segment_box(a: Point, b: Point, pad: float) -> tuple[float, float, float, float]:
    return (min(a[0], b[0]) - pad, min(a[1], b[1]) - pad, max(a[0], b[0]) + pad,
            max(a[1], b[1]) + pad)

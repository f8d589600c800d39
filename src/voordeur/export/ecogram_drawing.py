"""Drawing the ecogram's symbols onto a matplotlib Axes, shared by the map and its legend.

A `Painter` collects line pieces and polygons and adds them as a few collections at the end:
one artist per style instead of one per tie keeps a 300-tie export fast. Callers import this
module lazily (it pulls in matplotlib) so the command line and the app start quickly.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from matplotlib.collections import LineCollection, PolyCollection

from voordeur.domain.ecogram_layout import NODE_SIZE, ORG_SIZE
from voordeur.export.ecogram_glyphs import FAMILY, Glyphs, GlyphWriter
from voordeur.export.ecogram_notation import (
    BADGE_FILL,
    FORMAL_FILL,
    GENOGRAM_WIDTH,
    INFORMAL_FILL,
    INK,
    PARTNER_SLASHES,
    SYMBOL_EDGE_WIDTH,
    Point,
    TieStyle,
    along,
    arrow_head,
    child_linestyle,
    deceased_cross,
    partner_linestyle,
    rounded_rect,
    slash_marks,
    symbol_outline,
    tie_paths,
)
from voordeur.model.catalogues import ChildType, Gender, PartnerStatus

if TYPE_CHECKING:
    from matplotlib.axes import Axes

# Tie geometry in scene units (multiplied by Painter.scale).
ZIGZAG_AMPLITUDE = 4.5
ZIGZAG_WAVELENGTH = 13.0
ZIGZAG_LEAD = 12.0
CUT_GAP = 14.0
ARROW_LENGTH = 11.0
ARROW_WIDTH = 8.0
BADGE_FONTSIZE = 5.5

# z-order of the layers, bottom to top
Z_BACKGROUND, Z_TIES, Z_GENOGRAM, Z_SYMBOLS, Z_BADGES, Z_LABELS = 0, 2, 2.5, 3, 4, 5


@dataclass(frozen=True)
class SymbolSpec:
    """What a symbol looks like, independent of which node it belongs to."""

    organisation: bool = False
    gender: Gender = Gender.UNKNOWN
    formal: bool = True
    deceased: bool = False
    index: bool = False


class Painter:
    """Collects primitives for one Axes.

    `scale` = data units per scene unit (for symbol sizes); `ppu` = points per data unit (for
    text). With `text_as_paths` labels become glyph outlines (fast raster output), otherwise
    real matplotlib Text (SVG keeps searchable text).
    """

    def __init__(self, ax: Axes, *, scale: float = 1.0, ppu: float = 1.0,
                 glyphs: Glyphs | None = None, text_as_paths: bool = False) -> None:
        self.ax = ax
        self.scale = scale
        self.ppu = ppu
        self.glyphs = glyphs or Glyphs()
        self._writer = GlyphWriter(self.glyphs, ppu) if text_as_paths else None
        self._lines: dict[tuple[str, float, Any, float], list[list[Point]]] = defaultdict(list)
        self._polys: dict[float, list[tuple[list[Point], str, str, float]]] = defaultdict(list)

    def lines(self, paths: list[list[Point]], *, colour: str, width: float,
              linestyle: Any = "solid", z: float = Z_TIES) -> None:
        self._lines[(colour, width, linestyle, z)].extend(paths)

    def polygon(self, points: list[Point], *, face: str, edge: str = "none", width: float = 0.0,
                z: float = Z_SYMBOLS) -> None:
        self._polys[z].append((points, face, edge, width))

    def measure(self, text: str, size: float, bold: bool = False) -> float:
        """Width of a text in data units."""
        return self.glyphs.width(text, size, bold) / self.ppu

    def text(self, x: float, y: float, text: str, *, size: float, colour: str = INK,
             bold: bool = False, ha: str = "left", va: str = "baseline",
             rotation: float = 0.0, z: float = Z_LABELS) -> None:
        if not text:
            return
        if self._writer is not None:
            self._writer.add(x, y, text, size=size, colour=colour, bold=bold, ha=ha, va=va,
                             rotation=rotation, z=z)
            return
        self.ax.text(x, y, text, fontsize=size, color=colour, ha=ha, va=va,
                     fontweight="bold" if bold else "normal", rotation=rotation,
                     rotation_mode="anchor", zorder=z, fontfamily=FAMILY)

    def flush(self) -> None:
        for (colour, width, linestyle, z), paths in self._lines.items():
            self.ax.add_collection(LineCollection(
                paths, colors=colour, linewidths=width, linestyles=linestyle, zorder=z,
                capstyle="butt", joinstyle="miter"), autolim=False)
        for z, polys in self._polys.items():
            self.ax.add_collection(PolyCollection(
                [p[0] for p in polys], facecolors=[p[1] for p in polys],
                edgecolors=[p[2] for p in polys], linewidths=[p[3] for p in polys], zorder=z,
                closed=True), autolim=False)
        self._lines.clear()
        self._polys.clear()
        if self._writer is not None:
            self._writer.flush(self.ax)


def draw_symbol(painter: Painter, spec: SymbolSpec, centre: Point) -> None:
    """A McGoldrick person symbol or an organisation's rounded rectangle."""
    s = painter.scale
    if spec.organisation:
        w, h = ORG_SIZE[0] * s, ORG_SIZE[1] * s
        painter.polygon(rounded_rect(centre, w, h, 7 * s),
                        face=FORMAL_FILL if spec.formal else INFORMAL_FILL, edge=INK,
                        width=SYMBOL_EDGE_WIDTH)
        return
    size = NODE_SIZE * s
    if spec.index:  # double outline: an outer ring drawn first, the symbol on top
        painter.polygon(symbol_outline(spec.gender, centre, size + 9 * s), face="#ffffff",
                        edge=INK, width=SYMBOL_EDGE_WIDTH)
    painter.polygon(symbol_outline(spec.gender, centre, size), face="#ffffff", edge=INK,
                    width=SYMBOL_EDGE_WIDTH * (1.4 if spec.index else 1.0))
    if spec.deceased:
        painter.lines(deceased_cross(centre, size), colour=INK, width=SYMBOL_EDGE_WIDTH,
                      z=Z_SYMBOLS + 0.1)


def symbol_half_size(spec: SymbolSpec, scale: float = 1.0) -> tuple[float, float]:
    if spec.organisation:
        return ORG_SIZE[0] / 2 * scale, ORG_SIZE[1] / 2 * scale
    half = (NODE_SIZE / 2 + (4.5 if spec.index else 0.0)) * scale
    return half, half


def draw_tie(painter: Painter, p0: Point, p1: Point, style: TieStyle, *,
             heads: tuple[bool, bool] = (False, False), letters: str = "") -> None:
    """One tie in Hartman's notation between two clipped ends, with arrow heads and letters."""
    s = painter.scale
    length, width = ARROW_LENGTH * s, ARROW_WIDTH * s
    if style.width > 2:  # a thick line needs a larger head to stay visible
        length, width = length * 1.3, width * 1.3
    start, end = p0, p1
    # the line stops inside the head so a thick line never pokes out of the point
    if heads[0]:
        painter.polygon(arrow_head(p0, p1, length=length, width=width), face=style.colour,
                        z=Z_TIES + 0.1)
        start = _towards(p0, p1, length * 0.7)
    if heads[1]:
        painter.polygon(arrow_head(p1, p0, length=length, width=width), face=style.colour,
                        z=Z_TIES + 0.1)
        end = _towards(p1, p0, length * 0.7)
    paths = tie_paths(start, end, style, amplitude=ZIGZAG_AMPLITUDE * s,
                      wavelength=ZIGZAG_WAVELENGTH * s, lead=ZIGZAG_LEAD * s, gap=CUT_GAP * s)
    painter.lines(paths, colour=style.colour, width=style.width, linestyle=style.linestyle)
    if letters:
        x, y = badge_position(p0, p1, style)
        badge(painter, x, y, letters, edge=style.colour)


def badge_position(p0: Point, p1: Point, style: TieStyle) -> Point:
    """Where a tie's letters go: the middle, or beside the gap of a cut-off tie."""
    return along(p0, p1, 0.28 if style.cut else 0.5)


def badge_size(painter: Painter, letters: str,
               fontsize: float = BADGE_FONTSIZE) -> tuple[float, float]:
    """Width and height of a letter badge in data units."""
    return (painter.measure(letters, fontsize, bold=True) + 4.0 / painter.ppu,
            fontsize * 1.55 / painter.ppu)


def badge(painter: Painter, x: float, y: float, letters: str, *, edge: str,
          fontsize: float = BADGE_FONTSIZE) -> None:
    """The P/G/A/E letters in a small white box (readable on top of any line)."""
    w, h = badge_size(painter, letters, fontsize)
    painter.polygon(rounded_rect((x, y), w, h, h * 0.3), face=BADGE_FILL, edge=edge,
                    width=0.6, z=Z_BADGES)
    painter.text(x, y, letters, size=fontsize, bold=True, ha="center", va="center",
                 z=Z_BADGES + 0.1)


def draw_partner_line(painter: Painter, p0: Point, p1: Point,
                      status: PartnerStatus | None) -> None:
    painter.lines([[p0, p1]], colour=INK, width=GENOGRAM_WIDTH,
                  linestyle=partner_linestyle(status), z=Z_GENOGRAM)
    count = PARTNER_SLASHES.get(status, 0) if status else 0
    if count:
        painter.lines(slash_marks(p0, p1, count, size=12 * painter.scale), colour=INK,
                      width=GENOGRAM_WIDTH, z=Z_GENOGRAM)


def draw_child_line(painter: Painter, path: list[Point], child_type: ChildType | None) -> None:
    painter.lines([path], colour=INK, width=GENOGRAM_WIDTH,
                  linestyle=child_linestyle(child_type), z=Z_GENOGRAM)


def _towards(p: Point, q: Point, distance: float) -> Point:
    dx, dy = q[0] - p[0], q[1] - p[1]
    length = (dx * dx + dy * dy) ** 0.5 or 1.0
    return p[0] + dx / length * distance, p[1] + dy / length * distance

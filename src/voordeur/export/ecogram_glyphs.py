"""Labels as glyph outlines: hundreds of small labels drawn in one path instead of one artist each.

Matplotlib 3.11 rasterises text glyph by glyph in Python, which made a 150-person map take
seconds. For PNG (and PDF) the labels are instead built from cached glyph outlines and drawn as
one compound path per colour; SVG keeps real text (searchable, and checkable for names). The
same glyph metrics measure labels for the placement of labels in both cases.
"""

from __future__ import annotations

import math
from collections import defaultdict
from typing import TYPE_CHECKING

import numpy as np
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import Kerning, LoadFlags
from matplotlib.path import Path

if TYPE_CHECKING:
    from matplotlib.axes import Axes

FAMILY = "DejaVu Sans"  # shipped with matplotlib: the same on every machine
_SCALE = 100.0  # outlines are cached at 100 pt and scaled per label
ASCENT, DESCENT = 0.76, 0.24  # of the em, like matplotlib's text box
_VERTICAL = {"top": ASCENT, "center": (ASCENT - DESCENT) / 2 + 0.1, "bottom": -DESCENT,
             "baseline": 0.0}


class Glyphs:
    """Cached outlines and advances of DejaVu Sans (regular and bold)."""

    def __init__(self) -> None:
        self._fonts = {}
        self._cache: dict[tuple[bool, str], tuple[np.ndarray, np.ndarray, float, int]] = {}
        self._widths: dict[tuple[str, bool], float] = {}

    def _font(self, bold: bool):
        font = self._fonts.get(bold)
        if font is None:
            prop = FontProperties(family=FAMILY, weight="bold" if bold else "normal")
            font = self._fonts[bold] = get_font(findfont(prop, fallback_to_default=True))
        font.set_size(_SCALE, 72)  # shared font objects: set the size before every use
        return font

    def _glyph(self, char: str, bold: bool) -> tuple[np.ndarray, np.ndarray, float, int]:
        key = (bold, char)
        glyph = self._cache.get(key)
        if glyph is None:
            font = self._font(bold)
            loaded = font.load_char(ord(char), flags=LoadFlags.NO_HINTING)
            verts, codes = font.get_path()
            glyph = (np.asarray(verts, dtype=float), np.asarray(codes, dtype=np.uint8),
                     loaded.linearHoriAdvance / 65536, font.get_char_index(ord(char)))
            self._cache[key] = glyph
        return glyph

    def _kerning(self, left: int, right: int, bold: bool) -> float:
        return self._font(bold).get_kerning(left, right, Kerning.DEFAULT) / 64

    def width(self, text: str, size: float, bold: bool = False) -> float:
        """Advance width of `text` in points at `size`."""
        cached = self._widths.get((text, bold))
        if cached is not None:
            return cached * size / _SCALE
        total, previous = 0.0, None
        for char in text:
            _, _, advance, index = self._glyph(char, bold)
            if previous is not None:
                total += self._kerning(previous, index, bold)
            total += advance
            previous = index
        self._widths[(text, bold)] = total
        return total * size / _SCALE

    def outline(self, text: str, bold: bool) -> tuple[np.ndarray, np.ndarray, float]:
        """Vertices (at 100 pt, y up, baseline at 0), codes and the advance width."""
        parts, codes, x, previous = [], [], 0.0, None
        for char in text:
            verts, glyph_codes, advance, index = self._glyph(char, bold)
            if previous is not None:
                x += self._kerning(previous, index, bold)
            if len(verts):
                parts.append(verts + np.array([x, 0.0]))
                codes.append(glyph_codes)
            x += advance
            previous = index
        if not parts:
            return np.empty((0, 2)), np.empty(0, dtype=np.uint8), x
        return np.concatenate(parts), np.concatenate(codes), x


class GlyphWriter:
    """Collects labels as outlines in data units; `flush` adds one patch per colour and layer.

    `points_per_unit` converts points to the Axes' data units; the data y axis grows down.
    """

    def __init__(self, glyphs: Glyphs, points_per_unit: float) -> None:
        self.glyphs = glyphs
        self.ppu = points_per_unit
        self._parts: dict[tuple[str, float], list[tuple[np.ndarray, np.ndarray]]] = (
            defaultdict(list))

    def add(self, x: float, y: float, text: str, *, size: float, colour: str, bold: bool,
            ha: str, va: str, rotation: float, z: float) -> None:
        verts, codes, advance = self.glyphs.outline(text, bold)
        if not len(verts):
            return
        k = size / _SCALE  # outline units → points
        dx = {"left": 0.0, "center": -advance / 2, "right": -advance}[ha]
        dy = -_VERTICAL[va] * _SCALE
        pts = (verts + np.array([dx, dy])) * k
        if rotation:
            a = math.radians(rotation)
            cos, sin = math.cos(a), math.sin(a)
            pts = pts @ np.array([[cos, sin], [-sin, cos]])
        data = np.empty_like(pts)
        data[:, 0] = x + pts[:, 0] / self.ppu
        data[:, 1] = y - pts[:, 1] / self.ppu  # glyph y is up, data y is down
        self._parts[(colour, z)].append((data, codes))

    def flush(self, ax: Axes) -> None:
        from matplotlib.patches import PathPatch

        for (colour, z), parts in self._parts.items():
            path = Path(np.concatenate([p[0] for p in parts]),
                        np.concatenate([p[1] for p in parts]))
            # add_artist, not add_patch: computing data limits over every glyph's curves
            # would cost more than drawing them
            ax.add_artist(PathPatch(path, facecolor=colour, edgecolor="none", linewidth=0,
                                    zorder=z))
        self._parts.clear()

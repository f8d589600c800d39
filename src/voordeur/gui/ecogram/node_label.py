"""The label under a node's symbol as drawn: which line(s) of the name at which size, and the
smaller second line (role or contact). The name follows `domain/ecogram_labels.py` (whole, on
two lines, or the short form; never cut in the middle while one of those fits), like print."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF

from voordeur.domain.ecogram_labels import ELLIPSIS, name_lines
from voordeur.gui.ecogram.painting import LABEL_WIDTH, NAME_PX, ROLE_PX, pixel_font


@dataclass(frozen=True)
class NodeLabel:
    lines: tuple[str, ...]  # the name, one or two lines
    second: str  # role or contact, cut short with "…" if need be
    name_font: QFont
    role_font: QFont
    name_h: float
    role_h: float
    width: float  # of the widest line

    @property
    def height(self) -> float:
        return self.name_h * len(self.lines) + (self.role_h if self.second else 0.0)


MAX_LINE_GROWTH = 1.25
_METRICS: dict[tuple[float, bool], tuple[QFont, QFontMetricsF]] = {}


def _font(px: float, bold: bool) -> tuple[QFont, QFontMetricsF]:
    key = (round(px, 2), bold)
    found = _METRICS.get(key)
    if found is None:
        font = pixel_font(px, bold=bold)
        found = _METRICS[key] = (font, QFontMetricsF(font))
        if len(_METRICS) > 256:
            _METRICS.clear()
            _METRICS[key] = found
    return found


def node_label(main: str, second: str, *, room: float, growth: float, bold: bool,
               organisation: bool) -> NodeLabel:
    """The label of a node named `main` with `second` under it, `room` scene units wide at
    most, at `growth` (labels grow when zoomed out)."""
    # Zoomed far out the letters grow, the line does not beyond this: names break instead of
    # reaching into the next contact's box (LABEL_BOX in domain/ecogram_layout.py).
    width = min(LABEL_WIDTH * min(growth, MAX_LINE_GROWTH), room)
    name_font, metrics = _font(NAME_PX * growth, bold)
    full = metrics.horizontalAdvance(main)
    if full > width and growth > 1.0:
        # Crowded: give up a little of the zoom growth before breaking the name.
        growth = max(1.0, growth * 0.8, growth * width / full)
        name_font, metrics = _font(NAME_PX * growth, bold)
    while True:
        lines = name_lines(main, lambda text, m=metrics: m.horizontalAdvance(text) <= width,
                           organisation=organisation)
        if growth <= 1.0 or not any(ELLIPSIS in line for line in lines):
            break
        # A word too long for the line even so ("Zwemvereniging"): smaller letters first.
        growth = max(1.0, growth * 0.9)
        name_font, metrics = _font(NAME_PX * growth, bold)
    role_font, role_metrics = _font(ROLE_PX * growth, False)
    second = role_metrics.elidedText(second, Qt.TextElideMode.ElideRight, width) \
        if second else ""
    text_w = max([metrics.horizontalAdvance(line) for line in lines]
                 + ([role_metrics.horizontalAdvance(second)] if second else []))
    return NodeLabel(lines, second, name_font, role_font, metrics.height(),
                     role_metrics.height() if second else 0.0, text_w)

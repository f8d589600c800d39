"""The legend of the printed ecogram: every symbol on the map, explained in plain Dutch.

`legend_sections(ecogram)` decides what to explain (the relation styles, arrows, support letters
and rings always; genogram lines, deceased/index marks and organisation kinds when they occur);
`draw_legend` draws the samples with the same code as the map. The legend Axes uses points as
its unit (y down), so `Painter.scale` turns scene sizes into points.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from matplotlib.patches import FancyBboxPatch

from voordeur.domain.ecogram import Ecogram
from voordeur.domain.ecogram_layout import NODE_SIZE
from voordeur.export.ecogram_drawing import (
    Painter,
    SymbolSpec,
    badge,
    draw_child_line,
    draw_partner_line,
    draw_symbol,
    draw_tie,
)
from voordeur.export.ecogram_notation import (
    HOUSEHOLD_FILL,
    INK,
    MUTED,
    NEUTRAL,
    RING,
    SUPPORTIVE,
    tie_style,
)
from voordeur.model.catalogues import (
    CHILD_TYPE_LABELS,
    CLOSENESS_LABELS,
    PARTNER_STATUS_LABELS,
    SUPPORT_DIRECTION_LABELS,
    SUPPORT_TYPE_LABELS,
    TIE_QUALITY_LABELS,
    TIE_STRENGTH_LABELS,
    ChildType,
    FamilyRelationKind,
    Gender,
    PartnerStatus,
    SupportDirection,
    SupportType,
    TieQuality,
    TieStrength,
)

if TYPE_CHECKING:
    from matplotlib.axes import Axes

    from voordeur.export.ecogram_glyphs import Glyphs

LEGEND_TITLE = "Legenda"
ROLES_NOTE = "Namen zijn vervangen door rollen."


@dataclass(frozen=True)
class Row:
    """One legend line: a sample (kind + parameters) and its Dutch text."""

    kind: str  # symbol | partner | child | tie | arrow | badge | ring | sector | note
    text: str
    params: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)


Section = tuple[str, list[Row]]


def legend_sections(ecogram: Ecogram, *, roles: bool = False) -> list[Section]:
    """What the legend explains for this map, in reading order."""
    people = [n for n in ecogram.nodes if not n.is_household and not n.is_organisation]
    organisations = [n for n in ecogram.nodes if n.is_organisation]
    symbols = [
        Row("symbol", "Man", {"gender": Gender.MALE}),
        Row("symbol", "Vrouw", {"gender": Gender.FEMALE}),
        Row("symbol", "Anders of onbekend", {"gender": Gender.OTHER}),
    ]
    if any(n.deceased for n in people):
        symbols.append(Row("symbol", "Overleden", {"gender": Gender.MALE, "deceased": True}))
    if any(n.is_index for n in people):
        symbols.append(Row("symbol", "Hoofdpersoon", {"gender": Gender.FEMALE, "index": True}))
    if any(n.formal for n in organisations):
        symbols.append(Row("symbol", "Organisatie (hulpverlening)",
                           {"organisation": True, "formal": True}))
    if any(not n.formal for n in organisations):
        symbols.append(Row("symbol", "Organisatie (club, geloof, werk)",
                           {"organisation": True, "formal": False}))
    symbols.append(Row("household", "Het gezin (in de cirkel)"))
    sections: list[Section] = [("Personen en organisaties", symbols)]

    family = _family_rows(ecogram)
    if family:
        sections.append(("Gezinsrelaties", family))

    ties = [Row("tie", TIE_STRENGTH_LABELS[s], {"strength": s, "quality": TieQuality.NEUTRAL})
            for s in (TieStrength.STRONG, TieStrength.NORMAL, TieStrength.WEAK)]
    ties += [Row("tie", f"{TIE_QUALITY_LABELS[q]} ({colour})",
                 {"strength": TieStrength.NORMAL, "quality": q})
             for q, colour in ((TieQuality.SUPPORTIVE, "groen"), (TieQuality.NEUTRAL, "grijs"))]
    ties += [Row("tie", TIE_QUALITY_LABELS[q], {"strength": TieStrength.NORMAL, "quality": q})
             for q in (TieQuality.STRESSFUL, TieQuality.CUT_OFF)]
    sections.append(("Relaties", ties))

    support = [
        Row("arrow", "Steun gaat in de richting van de pijl", {"mutual": False}),
        Row("arrow", f"{SUPPORT_DIRECTION_LABELS[SupportDirection.MUTUAL]}: steun in beide "
            "richtingen", {"mutual": True}),
    ]
    support += [Row("badge", SUPPORT_TYPE_LABELS[t], {"letter": str(t)}) for t in SupportType]
    sections.append(("Steun", support))

    near, far = CLOSENESS_LABELS[1].lower(), CLOSENESS_LABELS[3].lower()
    places = [
        Row("sector", "Vak: een levensdomein (naam aan de rand)"),
        Row("ring", f"Ring: van {near} (binnen) tot {far} (buiten)"),
    ]
    if roles:
        places.append(Row("note", ROLES_NOTE))
    sections.append(("Plaats op de kaart", places))
    return sections


def _family_rows(ecogram: Ecogram) -> list[Row]:
    statuses = {line.partner_status or PartnerStatus.MARRIED for line in ecogram.lines
                if line.kind == FamilyRelationKind.PARTNERS}
    children = {line.child_type or ChildType.BIOLOGICAL for line in ecogram.lines
                if line.kind == FamilyRelationKind.PARENT_CHILD}
    rows = [Row("partner", PARTNER_STATUS_LABELS[s], {"status": s})
            for s in PartnerStatus if s in statuses]
    rows += [Row("child", CHILD_TYPE_LABELS[c], {"child_type": c})
             for c in ChildType if c in children]
    return rows


def legend_texts(ecogram: Ecogram, *, roles: bool = False) -> list[str]:
    """Every text the legend shows (for tests and for the GUI's legend, if it wants them)."""
    texts = [LEGEND_TITLE]
    for title, rows in legend_sections(ecogram, roles=roles):
        texts.append(title)
        texts += [r.text for r in rows]
    return texts


# -- drawing ----------------------------------------------------------------------------------
ROW_HEIGHT = 17.0  # points, at scale 1
HEADER_HEIGHT = 21.0
FONT = 7.5
HEADER_FONT = 8.5
TITLE_FONT = 10.5
SAMPLE_WIDTH = 42.0
TEXT_GAP = 9.0
X0 = 12.0  # left margin inside the frame


def draw_legend(ax: Axes, ecogram: Ecogram, *, width: float, height: float,
                symbol_scale: float, roles: bool = False, glyphs: Glyphs | None = None,
                text_as_paths: bool = False) -> None:
    """Draw the legend in `ax` whose data units are points: x 0..width, y 0..height (down)."""
    sections = legend_sections(ecogram, roles=roles)
    rows = [row for _, section_rows in sections for row in section_rows]
    painter = Painter(ax, scale=symbol_scale * 0.85, ppu=1.0, glyphs=glyphs,
                      text_as_paths=text_as_paths)
    # shrink everything together when the legend would be too long or too wide
    needed_h = 34 + HEADER_HEIGHT * len(sections) + ROW_HEIGHT * len(rows)
    needed_w = X0 + SAMPLE_WIDTH + TEXT_GAP + X0 + max(
        painter.measure(row.text, FONT) - (SAMPLE_WIDTH + TEXT_GAP if row.kind == "note" else 0)
        for row in rows)
    fit = min(1.0, (height - 12) / needed_h, width / needed_w)
    painter.scale *= fit
    ax.add_patch(FancyBboxPatch((2, 2), width - 4, height - 4,
                                boxstyle="round,pad=0,rounding_size=6", facecolor="#ffffff",
                                edgecolor=RING, linewidth=0.8, zorder=0))
    x0, y = X0, 14.0 * fit
    painter.text(x0, y, LEGEND_TITLE, size=TITLE_FONT * fit, bold=True, va="top")
    y += 22 * fit
    for title, section_rows in sections:
        y += 4 * fit
        painter.text(x0, y, title, size=HEADER_FONT * fit, bold=True, va="center")
        y += HEADER_HEIGHT * fit - 4 * fit
        for row in section_rows:
            _draw_row(painter, row, x0, y, fit)
            y += ROW_HEIGHT * fit
    painter.flush()


def _draw_row(painter: Painter, row: Row, x0: float, y: float, fit: float) -> None:
    s = painter.scale
    mid = x0 + SAMPLE_WIDTH * fit / 2
    left, right = x0, x0 + SAMPLE_WIDTH * fit
    text_x = right + TEXT_GAP * fit
    p = row.params
    text = row.text
    if row.kind == "symbol":
        draw_symbol(painter, SymbolSpec(
            organisation=p.get("organisation", False), gender=p.get("gender", Gender.UNKNOWN),
            formal=p.get("formal", True), deceased=p.get("deceased", False),
            index=p.get("index", False)), (mid, y))
    elif row.kind == "household":
        r = NODE_SIZE * s * 0.62
        painter.polygon(_circle((mid, y), r), face=HOUSEHOLD_FILL, edge=INK, width=0.9)
    elif row.kind == "partner":
        draw_partner_line(painter, (left, y), (right, y), p["status"])
    elif row.kind == "child":
        h = 5 * fit
        draw_child_line(painter, [(left + 6, y - h), (mid, y - h), (mid, y + h),
                                  (right - 6, y + h)], p["child_type"])
    elif row.kind == "tie":
        draw_tie(painter, (left, y), (right, y), tie_style(p["strength"], p["quality"]))
    elif row.kind == "arrow":
        style = tie_style(TieStrength.NORMAL, TieQuality.SUPPORTIVE)
        draw_tie(painter, (left, y), (right, y), style, heads=(p["mutual"], True))
    elif row.kind == "badge":
        badge(painter, mid, y, p["letter"], edge=SUPPORTIVE, fontsize=6.5 * fit)
    elif row.kind == "sector":
        painter.polygon(_wedge((mid, y + 7 * fit), 16 * fit), face="#f3f3f3", edge=MUTED,
                        width=0.8)
    elif row.kind == "ring":
        for i, r in enumerate((5.0, 9.0, 13.0)):
            painter.polygon(_circle((mid, y), r * fit), face="none",
                            edge=(NEUTRAL, RING, RING)[i], width=0.8)
    elif row.kind == "note":
        text_x = left
    painter.text(text_x, y, text, size=FONT * fit, va="center",
                 colour=MUTED if row.kind == "note" else INK)


def _circle(centre: tuple[float, float], r: float, n: int = 32) -> list[tuple[float, float]]:
    return [(centre[0] + r * math.cos(2 * math.pi * i / n),
             centre[1] + r * math.sin(2 * math.pi * i / n)) for i in range(n)]


def _wedge(tip: tuple[float, float], r: float) -> list[tuple[float, float]]:
    """A 45° pie slice opening upwards from `tip` (a sector of the map)."""
    angles = (math.radians(-112.5 + 45 * i / 8) for i in range(9))
    return [tip, *((tip[0] + r * math.cos(a), tip[1] + r * math.sin(a)) for a in angles)]

"""The pens of the printed ecogram: zigzag, cut-off, arrows, slashes, labels."""

from __future__ import annotations

import itertools
import math

from ecogram_samples import person

from voordeur.export.ecogram_map import BoxIndex, short_member_name
from voordeur.export.ecogram_notation import (
    arrow_ends,
    arrow_head,
    cut_off,
    node_lines,
    slash_marks,
    tie_style,
    wrap_label,
    zigzag,
)
from voordeur.model.catalogues import (
    SupportDirection,
    TieQuality,
    TieStrength,
)


def test_zigzag_starts_and_ends_on_the_segment_and_alternates() -> None:
    points = zigzag((0, 0), (100, 0), amplitude=4, wavelength=12, lead=10)
    assert points[0] == (0, 0) and points[-1] == (100, 0)
    assert points[1] == (10, 0) and points[-2] == (90, 0)
    sides = [y for _, y in points[2:-2]]
    assert all(abs(y) == 4 for y in sides)
    assert all(a * b < 0 for a, b in itertools.pairwise(sides))
    assert zigzag((0, 0), (15, 0), amplitude=4, wavelength=12, lead=10) == [(0, 0), (15, 0)]


def test_cut_off_has_a_gap_and_two_bars() -> None:
    first, second, bar1, bar2 = cut_off((0, 0), (0, 100), gap=10, bar=8)
    assert first == [(0, 0), (0, 45)] and second == [(0, 55), (0, 100)]
    for bar in (bar1, bar2):
        (x0, y0), (x1, y1) = bar
        assert y0 == y1 and math.isclose(abs(x1 - x0), 8)  # perpendicular


def test_arrows_follow_the_support_direction() -> None:
    assert arrow_ends(SupportDirection.NONE) == (False, False)
    assert arrow_ends(SupportDirection.TO_TARGET) == (False, True)
    assert arrow_ends(SupportDirection.TO_SOURCE) == (True, False)
    assert arrow_ends(SupportDirection.MUTUAL) == (True, True)
    tip, left, right = arrow_head((100, 0), (0, 0), length=10, width=6)
    assert tip == (100, 0) and left[0] == right[0] == 90 and abs(left[1] - right[1]) == 6


def test_styles_carry_the_meaning_without_colour() -> None:
    strong = tie_style(TieStrength.STRONG, TieQuality.NEUTRAL)
    normal = tie_style(TieStrength.NORMAL, TieQuality.NEUTRAL)
    weak = tie_style(TieStrength.WEAK, TieQuality.NEUTRAL)
    assert strong.width > 2 * normal.width and weak.dashed and not normal.dashed
    assert tie_style(TieStrength.NORMAL, TieQuality.STRESSFUL).zigzag
    assert tie_style(TieStrength.NORMAL, TieQuality.CUT_OFF).cut
    assert len(slash_marks((0, 0), (50, 0), 2, size=10)) == 2


def test_labels() -> None:
    assert wrap_label("Basisschool De Regenboog") == ["Basisschool De", "Regenboog"]
    assert wrap_label("Een heel erg lange naam van een organisatie in de wijk", 18, 2)[-1][-1] \
        == "…"
    assert short_member_name("Fatma Yilmaz", "Familie Yilmaz") == "Fatma"
    assert short_member_name("Jan van Dijk", "Gezin van Dijk") == "Jan"
    assert short_member_name("Priya Bakker", "Familie Yilmaz") == "Priya Bakker"
    assert short_member_name("Yilmaz", "Familie Yilmaz") == "Yilmaz"
    gran = person("g", "Ans Bakker", role="oma")
    assert node_lines(gran, roles=False) == ("Ans Bakker", "oma")
    assert node_lines(gran, roles=True) == ("oma", "")


def test_box_index_finds_overlaps() -> None:
    index = BoxIndex()
    index.add((0, 0, 10, 10), owner="a")
    index.add((200, 200, 210, 210))
    assert index.overlap((5, 5, 15, 15)) == 25
    assert index.overlap((5, 5, 15, 15), ignore="a") == 0
    assert index.overlap((100, 100, 110, 110)) == 0

"""Birth dates and ages, counted from the reference day so nothing reads the clock."""

from __future__ import annotations

import itertools
import random
from collections.abc import Sequence
from datetime import date, timedelta


def years_before(day: date, years: int) -> date:
    try:
        return day.replace(year=day.year - years)
    except ValueError:  # 29 February
        return day.replace(year=day.year - years, day=28)


def years_old(born: date, on: date) -> int:
    return on.year - born.year - ((on.month, on.day) < (born.month, born.day))


def random_day(rng: random.Random, lo: date, hi: date) -> date:
    return lo + timedelta(days=rng.randint(0, (hi - lo).days))


def day_in_year(rng: random.Random, year: int) -> date:
    return random_day(rng, date(year, 1, 1), date(year, 12, 31))


# Generation gaps are kept in whole calendar years between 21 and 48, so a parent is always at
# least 20 and at most 50 years older than a child, whether a birth date or only a year is known.
MIN_GAP, MAX_GAP = 21, 48


def children_dates(
    rng: random.Random,
    ref: date,
    parent_years: Sequence[int],
    count: int,
    after: date | None = None,
    before: date | None = None,
) -> list[date]:
    """Birth dates (oldest first) of up to `count` children, 0-17 years old, fitting all parents."""
    lo = max(
        date(max(parent_years) + MIN_GAP, 1, 1),
        years_before(ref, 18) + timedelta(days=1),
    )
    if after is not None:
        lo = max(lo, after + timedelta(days=400))
    hi = min(date(min(parent_years) + MAX_GAP, 12, 31), ref - timedelta(days=14))
    if before is not None:
        hi = min(hi, before)
    if lo > hi or count <= 0:
        return []
    count = min(count, 1 + (hi - lo).days // 330)
    best: list[date] = []
    for _ in range(30):
        best = sorted(random_day(rng, lo, hi) for _ in range(count))
        if all((b - a).days >= 330 for a, b in itertools.pairwise(best)):
            break
    return best


def coparent_year(children: Sequence[date], preferred: int) -> int:
    """A birth year near `preferred` that keeps the generation gap to every child plausible."""
    if not children:
        return preferred
    years = [d.year for d in children]
    lo, hi = max(years) - MAX_GAP, min(years) - MIN_GAP
    return min(max(preferred, lo), hi)

"""How old someone is, as shown: whole years, and for a child under two whole months."""

from __future__ import annotations

from datetime import date

import pytest

from voordeur.domain.ages import age_in_months, age_in_years, months_old

TODAY = date(2026, 11, 20)


@pytest.mark.parametrize(("born", "months"), [
    (date(2026, 11, 20), 0),
    (date(2026, 10, 21), 0),
    (date(2026, 10, 20), 1),
    (date(2026, 3, 20), 8),
    (date(2025, 8, 20), 15),
    (date(2024, 11, 21), 23),
    (date(2024, 11, 20), None),  # two today: years from now on
    (date(2020, 1, 1), None),
    (None, None),
])
def test_under_two_the_age_is_in_months(born: date | None, months: int | None) -> None:
    assert age_in_months(born, TODAY) == months


def test_born_on_the_31st_a_month_is_full_on_the_last_day_of_a_short_month() -> None:
    assert months_old(date(2026, 1, 31), date(2026, 2, 28)) == 1
    assert months_old(date(2026, 1, 31), date(2026, 2, 27)) == 0
    assert months_old(date(2026, 1, 31), date(2026, 4, 30)) == 3


def test_age_in_years_from_a_date_or_a_year() -> None:
    assert age_in_years(date(2010, 11, 21), None, TODAY) == 15
    assert age_in_years(date(2010, 11, 20), None, TODAY) == 16
    assert age_in_years(None, 2010, TODAY) == 16
    assert age_in_years(None, None, TODAY) is None
    assert age_in_years(date(2027, 1, 1), None, TODAY) == 0

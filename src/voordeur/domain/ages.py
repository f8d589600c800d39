"""How old someone is, as shown: whole years, and for children under two whole months
("15 maanden"), as the youth health care (JGZ) counts them. No Qt here: the screens word it."""

from __future__ import annotations

from datetime import date

MONTHS_UNTIL_YEARS = 24  # under two, the age is shown in months


def age_in_years(birth_date: date | None, birth_year: int | None, today: date) -> int | None:
    """Age in whole years; from a birth year alone, the age reached this year."""
    if birth_date is not None:
        years = today.year - birth_date.year
        if (today.month, today.day) < (birth_date.month, birth_date.day):
            years -= 1
        return max(0, years)
    if birth_year is not None:
        return max(0, today.year - birth_year)
    return None


def months_old(birth_date: date, today: date) -> int:
    """Whole months since the birth date (0 in the first month, never negative)."""
    months = (today.year - birth_date.year) * 12 + today.month - birth_date.month
    if today.day < birth_date.day and not _last_day_reached(birth_date, today):
        months -= 1
    return max(0, months)


def age_in_months(birth_date: date | None, today: date) -> int | None:
    """The age to show in months: whole months for a child under two whose birth date is
    known; None otherwise (show years)."""
    if birth_date is None:
        return None
    months = months_old(birth_date, today)
    return months if months < MONTHS_UNTIL_YEARS else None


def _last_day_reached(birth_date: date, today: date) -> bool:
    """Born on the 31st: the month is full on the 30th of a 30-day month (and so on)."""
    following = date(today.year + today.month // 12, today.month % 12 + 1, 1)
    last_day = (following - date(today.year, today.month, 1)).days
    return today.day == last_day and birth_date.day > last_day

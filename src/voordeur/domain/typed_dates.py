"""Dates as Dutch people type them: 12-3-2022, 12/3/2022, 12.3.22, 12032022, 120322,
12 maart 2022, 12 mrt. '22, ma 12 maart 2022, 2022-03-12, and 12-3 or 12 maart (no year).

`parse_dutch_date(text, today=..., prefer=...)` returns the date, None for an empty field, or
raises `DateInputError` saying why the text is not a date. A two-digit or missing year is
completed from `today`: with prefer="past" (a birth date, a consent given) to the latest such
date that is not after today; with prefer="near" (due dates, visits) to the nearest one. No Qt
here and no clock: the caller passes `today`.
"""

from __future__ import annotations

import re
from datetime import date
from enum import StrEnum
from typing import Literal

Prefer = Literal["past", "near"]

MONTHS: dict[str, int] = {}
for _number, _names in enumerate((
        ("januari", "jan", "january"),
        ("februari", "feb", "febr", "february"),
        ("maart", "mrt", "mar", "maa", "march"),
        ("april", "apr"),
        ("mei", "may"),
        ("juni", "jun", "june"),
        ("juli", "jul", "july"),
        ("augustus", "aug", "august"),
        ("september", "sep", "sept"),
        ("oktober", "okt", "oct", "october"),
        ("november", "nov"),
        ("december", "dec")), start=1):
    for _name in _names:
        MONTHS[_name] = _number

WEEKDAYS: dict[str, int] = {}
for _number, _names in enumerate((
        ("maandag", "ma", "monday", "mon"),
        ("dinsdag", "di", "tuesday", "tue"),
        ("woensdag", "wo", "wednesday", "wed"),
        ("donderdag", "do", "thursday", "thu"),
        ("vrijdag", "vr", "friday", "fri"),
        ("zaterdag", "za", "saturday", "sat"),
        ("zondag", "zo", "sunday", "sun")), start=0):
    for _name in _names:
        WEEKDAYS[_name] = _number


class Problem(StrEnum):
    NOT_A_DATE = "not_a_date"  # no date in it at all ("morgen?", "12-13")
    NO_SUCH_DAY = "no_such_day"  # looks like a date, but that day does not exist (31-2-2022)
    WRONG_WEEKDAY = "wrong_weekday"  # "maandag 13 maart 2022" was a Sunday


class DateInputError(ValueError):
    """Why the typed text is not a date; `day`, `month`, `year` when they were understood."""

    def __init__(self, problem: Problem, day: int | None = None, month: int | None = None,
                 year: int | None = None) -> None:
        super().__init__(f"{problem.value}: {day}-{month}-{year}")
        self.problem, self.day, self.month, self.year = problem, day, month, year


_TOKEN = re.compile(r"\d+|[^\W\d_]+")
_SEPARATED = re.compile(r"^(\d{1,2})\s*[-/.\s]\s*(\d{1,2})(?:\s*[-/.\s]\s*'?(\d{2}|\d{4}))?$")
_ISO = re.compile(r"^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$")


def parse_dutch_date(text: str, *, today: date, prefer: Prefer = "near") -> date | None:
    """The date in `text`; None when it is empty; `DateInputError` when it is not a date."""
    cleaned = " ".join(text.strip().split()).casefold()
    if not cleaned:
        return None
    weekday: int | None = None
    words = cleaned.replace(",", " ").split()
    if words and words[0].rstrip(".") in WEEKDAYS and len(words) > 1:
        weekday = WEEKDAYS[words[0].rstrip(".")]
        cleaned = " ".join(words[1:])
    day, month, year, digits = _split(cleaned)
    found = _complete(day, month, year, digits, today, prefer)
    if weekday is not None and found.weekday() != weekday:
        raise DateInputError(Problem.WRONG_WEEKDAY, found.day, found.month, found.year)
    return found


def _split(text: str) -> tuple[int, int, int | None, int]:
    """(day, month, year or None, the number of digits the year was typed with)."""
    if (iso := _ISO.match(text)) is not None:
        return int(iso.group(3)), int(iso.group(2)), int(iso.group(1)), 4
    if (parts := _SEPARATED.match(text)) is not None:
        year = parts.group(3)
        return (int(parts.group(1)), int(parts.group(2)),
                int(year) if year else None, len(year or ""))
    if text.isdigit():
        if len(text) == 8:
            return int(text[:2]), int(text[2:4]), int(text[4:]), 4
        if len(text) == 6:
            return int(text[:2]), int(text[2:4]), int(text[4:]), 2
        if len(text) == 4:
            return int(text[:2]), int(text[2:]), None, 0
        raise DateInputError(Problem.NOT_A_DATE)
    return _split_words(text)


def _split_words(text: str) -> tuple[int, int, int | None, int]:
    """'12 maart 2022', '12-mrt-22', "12 mrt. '22", '12maart'."""
    tokens = _TOKEN.findall(text)
    rest = re.sub(r"[\s\-/.,']", "", _TOKEN.sub("", text))
    if rest or not 2 <= len(tokens) <= 3:
        raise DateInputError(Problem.NOT_A_DATE)
    day_text, month_text, *year_text = tokens
    if not day_text.isdigit() or month_text not in MONTHS or len(day_text) > 2:
        raise DateInputError(Problem.NOT_A_DATE)
    year: int | None = None
    digits = 0
    if year_text:
        if not year_text[0].isdigit() or len(year_text[0]) not in (2, 4):
            raise DateInputError(Problem.NOT_A_DATE)
        year, digits = int(year_text[0]), len(year_text[0])
    return int(day_text), MONTHS[month_text], year, digits


def _complete(day: int, month: int, year: int | None, digits: int, today: date,
              prefer: Prefer) -> date:
    if not 1 <= month <= 12 or not 1 <= day <= 31:
        raise DateInputError(Problem.NOT_A_DATE, day, month, year)
    if year is not None and digits == 4:
        if year < 1:
            raise DateInputError(Problem.NOT_A_DATE, day, month, year)
        return _make(day, month, year)
    if year is not None:  # two digits: the century
        candidates = [century + year for century in (1900, 2000, 2100)]
    else:  # no year: this year, last year or next year
        candidates = [today.year - 1, today.year, today.year + 1]
    made = [d for y in candidates if (d := _try(day, month, y)) is not None]
    if not made:  # 29-2 in a year that has none
        raise DateInputError(Problem.NO_SUCH_DAY, day, month,
                             year if year is None else candidates[1])
    if prefer == "past":
        past = [d for d in made if d <= today]
        return max(past) if past else min(made)
    return min(made, key=lambda d: (abs((d - today).days), d))


def _try(day: int, month: int, year: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _make(day: int, month: int, year: int) -> date:
    made = _try(day, month, year)
    if made is None:
        raise DateInputError(Problem.NO_SUCH_DAY, day, month, year)
    return made


def days_in_month(month: int, year: int) -> int:
    """28 to 31; for the message 'februari 2022 heeft 28 dagen'."""
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - date(year, month, 1)).days


def add_years(value: date, years: int) -> date:
    """The same day `years` later; 29 February becomes 28 February in a year without one."""
    try:
        return value.replace(year=value.year + years)
    except ValueError:
        return value.replace(year=value.year + years, day=28)

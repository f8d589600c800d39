"""Dates as Dutch people type them (voordeur.domain.typed_dates): what is understood, how a
two-digit or missing year is completed, and what is refused and why."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from voordeur.domain.typed_dates import (
    DateInputError,
    Problem,
    add_years,
    days_in_month,
    parse_dutch_date,
)

TODAY = date(2026, 11, 20)  # a fixed day: never the day the tests run

GOOD = [
    ("12-3-2022", date(2022, 3, 12)),
    ("12032022", date(2022, 3, 12)),
    ("120322", date(2022, 3, 12)),
    ("12 maart 2022", date(2022, 3, 12)),
    ("12 Maart 2022", date(2022, 3, 12)),
    ("12 mrt 2022", date(2022, 3, 12)),
    ("12 mrt. 2022", date(2022, 3, 12)),
    ("12-mrt-2022", date(2022, 3, 12)),
    ("12 mar 2022", date(2022, 3, 12)),
    ("12 mrt '22", date(2022, 3, 12)),
    ("12maart2022", date(2022, 3, 12)),
    ("1 okt. 2021", date(2021, 10, 1)),
    ("3 sept 2020", date(2020, 9, 3)),
    ("1-1-22", date(2022, 1, 1)),
    ("12/3/2022", date(2022, 3, 12)),
    ("12.3.2022", date(2022, 3, 12)),
    ("12 3 2022", date(2022, 3, 12)),
    ("  12 - 3 - 2022  ", date(2022, 3, 12)),
    ("2022-03-12", date(2022, 3, 12)),
    ("2022/3/12", date(2022, 3, 12)),
    ("29-2-2024", date(2024, 2, 29)),
    ("maandag 4 januari 2027", date(2027, 1, 4)),
    ("ma 4 jan 2027", date(2027, 1, 4)),
    ("zondag 22 november 2026", date(2026, 11, 22)),
]


@pytest.mark.parametrize(("text", "expected"), GOOD)
def test_what_dutch_people_type_is_understood(text: str, expected: date) -> None:
    assert parse_dutch_date(text, today=TODAY, prefer="near") == expected
    assert parse_dutch_date(text, today=TODAY, prefer="past") == expected


@pytest.mark.parametrize("text", ["", "   ", "\t"])
def test_an_empty_field_is_no_date(text: str) -> None:
    assert parse_dutch_date(text, today=TODAY) is None


BAD = [
    ("31-2-2022", Problem.NO_SUCH_DAY),
    ("30 februari 2024", Problem.NO_SUCH_DAY),
    ("31-4-2022", Problem.NO_SUCH_DAY),
    ("29-2-2023", Problem.NO_SUCH_DAY),
    ("29-2-23", Problem.NO_SUCH_DAY),
    ("morgen?", Problem.NOT_A_DATE),
    ("morgen", Problem.NOT_A_DATE),
    ("12-13-2022", Problem.NOT_A_DATE),
    ("0-1-2022", Problem.NOT_A_DATE),
    ("32-1-2022", Problem.NOT_A_DATE),
    ("12", Problem.NOT_A_DATE),
    ("1232022", Problem.NOT_A_DATE),
    ("12-3-202", Problem.NOT_A_DATE),
    ("12 foo 2022", Problem.NOT_A_DATE),
    ("12 maart 2022 14:00", Problem.NOT_A_DATE),
    ("maart 2022", Problem.NOT_A_DATE),
    ("12--3--2022x", Problem.NOT_A_DATE),
    ("dinsdag 4 januari 2027", Problem.WRONG_WEEKDAY),
]


@pytest.mark.parametrize(("text", "problem"), BAD)
def test_what_is_not_a_date_is_refused_with_the_reason(text: str, problem: Problem) -> None:
    with pytest.raises(DateInputError) as raised:
        parse_dutch_date(text, today=TODAY)
    assert raised.value.problem == problem


def test_no_such_day_keeps_what_was_understood() -> None:
    with pytest.raises(DateInputError) as raised:
        parse_dutch_date("31-2-2022", today=TODAY)
    assert (raised.value.day, raised.value.month, raised.value.year) == (31, 2, 2022)
    assert days_in_month(2, 2022) == 28


@pytest.mark.parametrize(("text", "past", "near"), [
    ("1-1-22", date(2022, 1, 1), date(2022, 1, 1)),
    ("1-1-26", date(2026, 1, 1), date(2026, 1, 1)),
    ("1-1-27", date(1927, 1, 1), date(2027, 1, 1)),  # a birth date is never in the future
    ("21-11-26", date(1926, 11, 21), date(2026, 11, 21)),  # tomorrow
    ("20-11-26", date(2026, 11, 20), date(2026, 11, 20)),  # today
    ("1-1-70", date(1970, 1, 1), date(2070, 1, 1)),
    ("1-1-99", date(1999, 1, 1), date(1999, 1, 1)),
    ("1-1-00", date(2000, 1, 1), date(2000, 1, 1)),
    ("29-2-00", date(2000, 2, 29), date(2000, 2, 29)),
    ("12-3", date(2026, 3, 12), date(2027, 3, 12)),  # no year: latest past / nearest
    ("25 nov", date(2025, 11, 25), date(2026, 11, 25)),
    ("1212", date(2025, 12, 12), date(2026, 12, 12)),
])
def test_the_century_and_the_year_are_chosen_for_the_field(
        text: str, past: date, near: date) -> None:
    assert parse_dutch_date(text, today=TODAY, prefer="past") == past
    assert parse_dutch_date(text, today=TODAY, prefer="near") == near


def test_a_missing_year_on_29_february_takes_the_leap_year_nearby() -> None:
    assert parse_dutch_date("29-2", today=date(2025, 3, 1), prefer="past") == date(2024, 2, 29)
    with pytest.raises(DateInputError) as raised:
        parse_dutch_date("29-2", today=date(2026, 6, 1))  # 2025, 2026, 2027: none has one
    assert raised.value.problem == Problem.NO_SUCH_DAY


@given(st.dates(min_value=date(1000, 1, 1), max_value=date(9999, 12, 31)),
       st.sampled_from(["-", "/", ".", " "]))
def test_day_month_year_round_trips(day: date, separator: str) -> None:
    text = separator.join(str(n) for n in (day.day, day.month, day.year))
    assert parse_dutch_date(text, today=TODAY) == day
    assert parse_dutch_date(f"{day.day:02d}{day.month:02d}{day.year}", today=TODAY) == day


@given(st.dates(min_value=date(1927, 1, 1), max_value=TODAY))
def test_a_two_digit_year_in_the_past_century_round_trips_for_a_birth_date(day: date) -> None:
    text = f"{day.day}-{day.month}-{day.year % 100:02d}"
    assert parse_dutch_date(text, today=TODAY, prefer="past") == day


def test_add_years_keeps_the_day_or_takes_28_february() -> None:
    assert add_years(date(2025, 3, 14), 1) == date(2026, 3, 14)
    assert add_years(date(2024, 2, 29), 1) == date(2025, 2, 28)

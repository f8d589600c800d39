"""Calendar days in local time, for reads that work on "today" and "this week".

Moments are stored in UTC; the worker thinks in local days. These helpers turn one into the
other (the system zone unless a zone is given, as tests do).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta, tzinfo


def local_midnight_utc(day: date, tz: tzinfo | None = None) -> datetime:
    """The start of a local calendar day as an aware UTC moment (system zone when tz is None)."""
    if tz is None:
        start = datetime.combine(day, time(0)).astimezone()
    else:
        start = datetime.combine(day, time(0), tzinfo=tz)
    return start.astimezone(UTC)


def local_date(moment: datetime | str | None, tz: tzinfo | None = None) -> date | None:
    """The local calendar day of a moment (also of its stored text)."""
    if moment is None:
        return None
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    return moment.astimezone(tz).date()


def week_bounds(today: date) -> tuple[date, date]:
    """Monday and Sunday of the week of `today`."""
    monday = today - timedelta(days=today.weekday())
    return monday, monday + timedelta(days=6)

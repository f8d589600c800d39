"""The one place that reads the system time.

`now()` is the current moment in UTC, `local_now()` the same in the computer's own time zone,
`timestamp()` and `wall_millis()` the same as Unix seconds and milliseconds (the sync clock stamps
are made of the latter), `today()` the local calendar day in Europe/Amsterdam, where the workers
are. Durations and timers do not read this clock: they use `time.monotonic()`. Tests set the
time with `use()` (a fixed moment, or any callable returning one), so nothing depends on the day
the tests run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

LOCAL_ZONE = ZoneInfo("Europe/Amsterdam")


def _system_now() -> datetime:
    return datetime.now(UTC)


_source: Callable[[], datetime] = _system_now


def now() -> datetime:
    """The current moment, timezone-aware, in UTC."""
    return _source().astimezone(UTC)


def local_now() -> datetime:
    """The current moment, timezone-aware, in the computer's own time zone."""
    return _source().astimezone()


def timestamp() -> float:
    """The current moment as Unix seconds (what `time.time()` gives)."""
    return _source().timestamp()


def wall_millis() -> int:
    """The current moment as Unix milliseconds."""
    return int(_source().timestamp() * 1000)


def today() -> date:
    """The local calendar day (Europe/Amsterdam)."""
    return _source().astimezone(LOCAL_ZONE).date()


@contextmanager
def use(source: datetime | Callable[[], datetime]) -> Iterator[None]:
    """Within the block, the time is `source` (a moment, or a callable giving one)."""
    global _source
    previous = _source
    _source = source if callable(source) else (lambda: source)
    try:
        yield
    finally:
        _source = previous

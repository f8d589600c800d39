"""Hybrid logical clock stamps: wall time, a counter and the device id, comparable as text.

A stamp is "MMMMMMMMMMMMM.CCCC.DEVICE": 13 digits of Unix milliseconds, 4 digits of counter and
the device id. Text order is clock order and the device id breaks ties, so every device and the
server agree which of two writes is later without trusting each other's wall clock.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

MAX_COUNTER = 9999
# A stamp more than this far ahead of the receiver's clock is clamped (a laptop set to 2031 must
# not win every future edit).
MAX_DRIFT_MS = 5 * 60 * 1000


@dataclass(frozen=True, order=True)
class Stamp:
    millis: int
    counter: int
    device_id: str

    def __str__(self) -> str:
        return f"{self.millis:013d}.{self.counter:04d}.{self.device_id}"

    @classmethod
    def parse(cls, text: str) -> Stamp:
        """Raises ValueError for anything that is not a stamp."""
        parts = text.split(".", 2)
        if len(parts) != 3 or len(parts[0]) != 13 or len(parts[1]) != 4 or not parts[2]:
            raise ValueError(f"not a clock stamp: {text[:60]!r}")
        if not (parts[0].isdigit() and parts[1].isdigit()):
            raise ValueError(f"not a clock stamp: {text[:60]!r}")
        return cls(int(parts[0]), int(parts[1]), parts[2])


def wall_millis() -> int:
    return time.time_ns() // 1_000_000


def clamp(stamp: Stamp, now_millis: int | None = None) -> Stamp:
    """The stamp, or the receiver's now if it lies more than MAX_DRIFT_MS in the future."""
    now = wall_millis() if now_millis is None else now_millis
    if stamp.millis > now + MAX_DRIFT_MS:
        return Stamp(now + MAX_DRIFT_MS, stamp.counter, stamp.device_id)
    return stamp


class HybridClock:
    """One device's clock. Not thread-safe: callers hold it inside one transaction."""

    def __init__(self, device_id: str, last: Stamp | None = None) -> None:
        self.device_id = device_id
        self.last = last or Stamp(0, 0, device_id)

    def now(self, wall: int | None = None) -> Stamp:
        """A stamp later than every stamp issued or received before."""
        wall = wall_millis() if wall is None else wall
        if wall > self.last.millis:
            stamp = Stamp(wall, 0, self.device_id)
        elif self.last.counter < MAX_COUNTER:
            stamp = Stamp(self.last.millis, self.last.counter + 1, self.device_id)
        else:
            stamp = Stamp(self.last.millis + 1, 0, self.device_id)
        self.last = stamp
        return stamp

    def receive(self, remote: Stamp, wall: int | None = None) -> None:
        """Move past a stamp seen from another device (clamped if far in the future)."""
        wall = wall_millis() if wall is None else wall
        remote = clamp(remote, wall)
        if (remote.millis, remote.counter) > (self.last.millis, self.last.counter):
            self.last = Stamp(remote.millis, remote.counter, self.device_id)

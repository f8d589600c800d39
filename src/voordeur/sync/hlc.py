"""Hybrid logical clock stamps: wall time, a counter and the device id, comparable as text.

A stamp is "MMMMMMMMMMMMM.CCCC.DEVICE": 13 digits of Unix milliseconds, 4 digits of counter and
the device id. Text order is clock order and the device id breaks ties, so every device and the
server agree which of two writes is later without trusting each other's wall clock.

A laptop's wall clock may be wrong by hours or days. Two things keep that from deciding edits:
- The laptop's clock runs on *server time*: its wall clock plus the offset to the team server it
  measured at its last contact (`offset_ms`). A laptop whose clock is simply set wrong stamps its
  edits as if it were right.
- A stamp received from the server always moves the clock past it (an edit made after seeing
  another is later, whatever the wall clock says). Only a stamp beyond the laptop's estimate of
  the server's time plus MAX_DRIFT_MS is bounded, so a rogue answer cannot push it into 2031.
The server corrects what a laptop still gets wrong (`correct`).
"""

from __future__ import annotations

from dataclasses import dataclass

from voordeur import clock as system_clock

MAX_COUNTER = 9999
# How far a stamp may lie beyond the receiver's idea of the server's time before it is treated as
# made by a clock that runs ahead. Small: laptops learn their offset at every contact, so their
# stamps are in server time give or take a network round trip.
MAX_DRIFT_MS = 60 * 1000


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
    return system_clock.wall_millis()


def correct(stamp: Stamp, server_now: int, skew_ms: int | None) -> tuple[Stamp, bool]:
    """The server's view of a pushed stamp, and whether it had to change it.

    A stamp beyond the server's clock (plus MAX_DRIFT_MS) was made by a laptop clock that ran
    ahead. With the laptop's skew at push time (`skew_ms`: its clock minus the server's) it is
    moved back by that skew, which gives the real time of the edit when the clock was equally far
    off then; whatever is still in the future becomes the server's now, never later. So a stale
    edit of a fast laptop cannot beat newer edits, and nobody's clock is dragged ahead.
    """
    if stamp.millis <= server_now + MAX_DRIFT_MS:
        return stamp, False
    millis = stamp.millis
    if skew_ms is not None and skew_ms > MAX_DRIFT_MS:
        millis -= skew_ms
    return Stamp(max(0, min(millis, server_now)), stamp.counter, stamp.device_id), True


class HybridClock:
    """One device's clock. Not thread-safe: callers hold it inside one transaction.

    `offset_ms` is the team server's time minus this laptop's wall clock, as last measured."""

    def __init__(self, device_id: str, last: Stamp | None = None, offset_ms: int = 0) -> None:
        self.device_id = device_id
        self.last = last or Stamp(0, 0, device_id)
        self.offset_ms = offset_ms

    def physical(self, wall: int | None = None) -> int:
        """This laptop's estimate of the server's time, in Unix milliseconds."""
        return (wall_millis() if wall is None else wall) + self.offset_ms

    def now(self, wall: int | None = None) -> Stamp:
        """A stamp later than every stamp issued or received before."""
        physical = self.physical(wall)
        if physical > self.last.millis:
            stamp = Stamp(physical, 0, self.device_id)
        elif self.last.counter < MAX_COUNTER:
            stamp = Stamp(self.last.millis, self.last.counter + 1, self.device_id)
        else:
            stamp = Stamp(self.last.millis + 1, 0, self.device_id)
        self.last = stamp
        return stamp

    def receive(self, remote: Stamp, wall: int | None = None) -> None:
        """Move past a stamp seen from the server (bounded if beyond its time + MAX_DRIFT_MS)."""
        bound = self.physical(wall) + MAX_DRIFT_MS
        millis = min(remote.millis, bound)
        counter = remote.counter if millis == remote.millis else 0
        if (millis, counter) > (self.last.millis, self.last.counter):
            self.last = Stamp(millis, counter, self.device_id)

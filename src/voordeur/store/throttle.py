"""Increasing delay after wrong passphrases.

Argon2id already makes each guess expensive; the delay makes guessing at the keyboard hopeless
and tells the worker plainly how long to wait. The counter lives next to the vault (it is not
secret) and is reset by a successful unlock.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from voordeur.clock import timestamp
from voordeur.store.files import write_atomic

THROTTLE_FILE = "unlock-attempts.json"
MAX_DELAY_SECONDS = 60.0


def delay_after(failures: int) -> float:
    """0 s after no failures, then 1, 2, 4, 8 … seconds, at most a minute."""
    if failures <= 0:
        return 0.0
    return min(MAX_DELAY_SECONDS, 2.0 ** min(failures - 1, 16))


class UnlockThrottle:
    def __init__(self, data_dir: Path, clock: Callable[[], float] = timestamp) -> None:
        self._path = data_dir / THROTTLE_FILE
        self._clock = clock

    def _read(self) -> tuple[int, float]:
        try:
            raw = json.loads(self._path.read_text(encoding="utf-8"))
            return int(raw["failures"]), float(raw["last_failure"])
        except (OSError, ValueError, KeyError, TypeError):
            return 0, 0.0

    @property
    def failures(self) -> int:
        return self._read()[0]

    def seconds_to_wait(self) -> float:
        failures, last = self._read()
        delay = delay_after(failures)
        remaining = last + delay - self._clock()
        return max(0.0, min(delay, remaining))  # a clock set back never extends the wait

    def record_failure(self) -> float:
        """Count a wrong passphrase; returns the wait before the next attempt."""
        failures, _ = self._read()
        failures += 1
        state = {"failures": failures, "last_failure": self._clock()}
        write_atomic(self._path, json.dumps(state).encode())
        return delay_after(failures)

    def record_success(self) -> None:
        if self._path.exists():
            self._path.unlink()

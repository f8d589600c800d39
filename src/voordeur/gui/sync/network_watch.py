"""Whether the team server can be reached: the back-off between failed attempts (doubling, with
jitter, up to a maximum) and the watch on the operating system's view of the network (Qt's
QNetworkInformation), both used by the sync controller."""

from __future__ import annotations

import contextlib
import random
from typing import Any

from PySide6.QtCore import QObject, Signal

BACKOFF_FIRST_MS = 5_000
BACKOFF_MAX_MS = 5 * 60_000


class Backoff:
    """5 s, 10 s, 20 s … capped, each with ±`jitter` spread; `reset()` after a success."""

    def __init__(self, first_ms: int = BACKOFF_FIRST_MS, max_ms: int = BACKOFF_MAX_MS,
                 jitter: float = 0.2, rng: random.Random | None = None) -> None:
        self.first_ms, self.max_ms, self.jitter = first_ms, max_ms, jitter
        self._rng = rng or random.Random()
        self.failures = 0

    def next_ms(self) -> int:
        base = min(self.max_ms, self.first_ms * 2 ** min(self.failures, 30))
        self.failures += 1
        spread = self._rng.uniform(-self.jitter, self.jitter) if self.jitter else 0.0
        return max(1, int(base * (1 + spread)))

    def reset(self) -> None:
        self.failures = 0


class NetworkWatch(QObject):
    """The operating system's view of the network (QNetworkInformation), when it has one.

    `online()` is False only when the system is sure there is no network; None when it cannot
    tell (no backend, e.g. offscreen or a minimal CI machine) — the health probe decides then.
    """

    reachability_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._info: Any = None
        try:
            from PySide6.QtNetwork import QNetworkInformation

            if QNetworkInformation.instance() is None:
                QNetworkInformation.loadDefaultBackend()
            info = QNetworkInformation.instance()
            if info is not None and info.supports(QNetworkInformation.Feature.Reachability):
                self._info = info
                info.reachabilityChanged.connect(self._changed)
        except (ImportError, RuntimeError):  # no QtNetwork plugin: rely on the probe
            self._info = None

    def online(self) -> bool | None:
        if self._info is None:
            return None
        from PySide6.QtNetwork import QNetworkInformation

        value = self._info.reachability()
        if value == QNetworkInformation.Reachability.Unknown:
            return None
        # A team server may sit on the local network: Local and Site count as "try it".
        return value != QNetworkInformation.Reachability.Disconnected

    def _changed(self, _value: object) -> None:
        online = self.online()
        if online is not None:
            self.reachability_changed.emit(online)

    def close(self) -> None:
        if self._info is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._info.reachabilityChanged.disconnect(self._changed)
            self._info = None

"""Auto-layout for the ecogram tab on a runner of its own (`AutoLayoutRunner`), so a long layout
never delays a save: one layout at a time, stoppable, and a result that arrives after it was
stopped is dropped. What the result means (an undoable move) stays with the tab.
"""

from __future__ import annotations

import threading

import shiboken6
from PySide6.QtCore import QObject, Signal

from voordeur.domain.ecogram import Ecogram, Point
from voordeur.domain.ecogram_autolayout import LayoutCancelled, auto_layout
from voordeur.gui.common.runner import BackgroundRunner


class AutoLayoutRunner(QObject):
    """Runs `auto_layout` in the background."""

    # The ecogram laid out, where the nodes that moved stood before, and where they go now.
    finished = Signal(object, dict, dict)
    failed = Signal(object)  # the exception; None when the layout was stopped

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.runner: BackgroundRunner | None = None  # made on the first layout
        self._stop: threading.Event | None = None

    @property
    def running(self) -> bool:
        """A layout was started and neither finished nor stopped (a failed one counts)."""
        return self._stop is not None

    def start(self, ecogram: Ecogram, positions: dict[str, Point]) -> None:
        self.cancel()
        if self.runner is None:
            self.runner = BackgroundRunner(self)
        stop = threading.Event()
        self._stop = stop
        self.runner.submit(
            lambda: auto_layout(ecogram, positions, should_stop=stop.is_set),
            lambda result: self._done(stop, ecogram, positions, result),
            lambda exc: self._failed(stop, exc), key="layout")

    def cancel(self) -> None:
        if self._stop is not None:
            self._stop.set()
            self._stop = None

    def close(self) -> None:
        self.cancel()
        if self.runner is not None:
            self.runner.close()
            self.runner = None

    def _done(self, stop: threading.Event, ecogram: Ecogram, before: dict[str, Point],
              positions: dict[str, Point]) -> None:
        if stop.is_set() or not shiboken6.isValid(self):
            return  # stopped
        self._stop = None
        moved = {k: p for k, p in positions.items()
                 if k in before and _distance(before[k], p) > 0.5}
        self.finished.emit(ecogram, {k: before[k] for k in moved}, moved)

    def _failed(self, stop: threading.Event, exc: BaseException) -> None:
        if shiboken6.isValid(self):
            self.failed.emit(None if isinstance(exc, LayoutCancelled) or stop.is_set() else exc)


def _distance(a: Point, b: Point) -> float:
    return ((a[0] - b[0]) ** 2 + (a[1] - b[1]) ** 2) ** 0.5

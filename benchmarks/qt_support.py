"""Small helpers the in-process GUI benchmarks share (gui.py, ecogram.py)."""

from __future__ import annotations

import time
from collections.abc import Callable


def process_events() -> None:
    from PySide6.QtCore import QCoreApplication

    QCoreApplication.processEvents()


def wait_until(predicate: Callable[[], object], timeout: float = 60.0) -> None:
    """Process Qt events until `predicate()` is true; TimeoutError after `timeout` seconds."""
    deadline = time.perf_counter() + timeout
    while not predicate():
        if time.perf_counter() > deadline:
            raise TimeoutError("the GUI did not get there in time")
        process_events()
        time.sleep(0.001)


def percentile(values: list[float], q: float) -> float:
    """The `q` quantile (0–1) of `values`, nearest rank."""
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]

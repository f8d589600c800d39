"""GUI test fixtures: offscreen Qt, a context over a fresh store, and leak checks.

Every GUI test fails when it leaves a background runner open, a thread of Qt's global pool
running, or a QTimer active (napari's approach: every started timer is tracked).
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import datetime, time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import QThreadPool, QTimer

from testsupport import DEMO_DAY, ticking_from
from voordeur import clock
from voordeur.gui.common.app_settings import AppSettings
from voordeur.gui.common.context import AppContext, make_context
from voordeur.gui.common.runner import BackgroundRunner
from voordeur.services.demo import LOCAL_TZ, generate_demo
from voordeur.store.store import Store


@pytest.fixture(autouse=True)
def on_the_demo_day() -> Iterator[None]:
    """Every GUI test runs on DEMO_DAY (from 10:00, the clock ticking): what the screens call
    today, this week or overdue matches the demo store, whatever day the tests really run."""
    with clock.use(ticking_from(datetime.combine(DEMO_DAY, time(10), LOCAL_TZ))):
        yield


@pytest.fixture(autouse=True)
def no_leaked_threads_or_timers(monkeypatch: pytest.MonkeyPatch, qapp: object) -> Iterator[None]:
    started: list[QTimer] = []
    original_start = QTimer.start

    def tracking_start(self: QTimer, *args: object) -> None:
        started.append(self)
        original_start(self, *args)

    monkeypatch.setattr(QTimer, "start", tracking_start)
    yield
    monkeypatch.setattr(QTimer, "start", original_start)
    leaks = []
    runners = [r for r in BackgroundRunner.open_runners if not r.closed]
    if runners:
        leaks.append(f"{len(runners)} background runner(s) not closed")
        for runner in runners:
            runner.close()
    if QThreadPool.globalInstance().activeThreadCount():
        leaks.append("threads of Qt's global thread pool still running")
    active = []
    for timer in started:
        try:
            if timer.isActive():
                active.append(timer)
        except RuntimeError:  # the C++ object is gone: it cannot fire any more
            continue
    if active:
        names = ", ".join(t.objectName() or repr(t) for t in active)
        leaks.append(f"{len(active)} QTimer(s) still active: {names}")
        for timer in active:
            timer.stop()
    if leaks:
        pytest.fail("; ".join(leaks))


@pytest.fixture
def settings(tmp_path: Path) -> AppSettings:
    return AppSettings(tmp_path / "settings" / "voordeur.ini")


@pytest.fixture
def ctx(store: Store, settings: AppSettings) -> Iterator[AppContext]:
    context = make_context(store, settings)
    yield context
    context.runner.close()


@pytest.fixture
def demo_ctx(store: Store, settings: AppSettings) -> Iterator[AppContext]:
    """A context over a store with a few synthetic demo households."""
    generate_demo(store, households=4, seed=7, reference_day=DEMO_DAY)
    context = make_context(store, settings, demo=True)
    yield context
    context.runner.close()

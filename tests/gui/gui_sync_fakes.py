"""Fakes for the sync engine, the network and the status, shaped like the real API
(`voordeur.sync.engine/status`), so GUI tests run without a server and with short intervals."""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject

from voordeur.gui.sync.controller import SyncController
from voordeur.gui.sync.network_watch import Backoff, NetworkWatch
from voordeur.sync.status import CLOCK_WARNING_MS


@dataclass(frozen=True)
class FakeStatus:
    linked: bool = True
    server_url: str = "https://team.example.org"
    username: str = "sanne"
    pending: int = 0
    rejected: int = 0
    conflicts: int = 0
    last_sync_at: datetime | None = None
    last_error: str = ""
    revoked: bool = False
    clock_offset_ms: int = 0
    clock_corrected: int = 0

    @property
    def clock_off(self) -> bool:
        return abs(self.clock_offset_ms) > CLOCK_WARNING_MS


@dataclass(frozen=True)
class FakeReport:
    pushed: int = 0
    pulled: int = 0
    merged: int = 0
    conflicts: int = 0
    rejected: int = 0
    duplicates: int = 0
    households: tuple[str, ...] = ()


@dataclass
class FakeEngine:
    """Each run_once takes the next outcome (a report or an exception to raise); with a gate,
    it waits until the test opens it. Records the thread of every call."""

    outcomes: list[Any] = field(default_factory=list)
    gate: threading.Event | None = None
    threads: list[int] = field(default_factory=list)
    runs: int = 0
    closed: bool = False
    before_run: Callable[[], None] | None = None

    def factory(self, _store: object) -> FakeEngine:
        self.threads.append(threading.get_ident())
        return self

    def run_once(self) -> FakeReport:
        self.threads.append(threading.get_ident())
        if self.before_run is not None:
            self.before_run()
        if self.gate is not None:
            assert self.gate.wait(10), "the test never opened the gate"
        self.runs += 1
        outcome = self.outcomes.pop(0) if self.outcomes else FakeReport()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome

    def close(self) -> None:
        self.threads.append(threading.get_ident())
        self.closed = True


class FakeNetwork(NetworkWatch):
    """The system's network view, switched by the test."""

    def __init__(self, online: bool | None = None, parent: QObject | None = None) -> None:
        QObject.__init__(self, parent)
        self._online = online
        self._info = None

    def online(self) -> bool | None:
        return self._online

    def set_online(self, online: bool) -> None:
        self._online = online
        self.reachability_changed.emit(online)


class StatusBox:
    """What `sync_status` returns; the test changes it."""

    def __init__(self, status: FakeStatus | None = None) -> None:
        self.status = status or FakeStatus()
        self.reads = 0

    def __call__(self, _store: object) -> FakeStatus:
        self.reads += 1
        return self.status

    def set(self, **changes: Any) -> None:
        self.status = replace(self.status, **changes)


class ProbeBox:
    def __init__(self, answers: Iterable[bool] = ()) -> None:
        self.answers = list(answers)
        self.calls: list[str] = []

    def __call__(self, url: str) -> bool:
        self.calls.append(url)
        return self.answers.pop(0) if self.answers else True


def make_controller(ctx: Any, engine: FakeEngine, *, status: StatusBox | None = None,
                    probe: ProbeBox | None = None, network: FakeNetwork | None = None,
                    **kw: Any) -> SyncController:
    kw.setdefault("debounce_ms", 100)
    kw.setdefault("period_ms", 60_000)
    kw.setdefault("status_delay_ms", 20)
    kw.setdefault("backoff", Backoff(first_ms=30, max_ms=120, jitter=0))
    return SyncController(
        ctx, engine_factory=engine.factory, probe=probe or ProbeBox(),
        status_reader=status or StatusBox(), network=network or FakeNetwork(), **kw)

"""The sync controller: when it syncs (start, debounce, reconnect, periodic, manual), one at a
time with a run-again flag, back-off while offline, the engine on its own thread, refusals and a
revoked device, and stopping cleanly."""

from __future__ import annotations

import random
import threading
from collections.abc import Iterator

import pytest
from gui_sync_fakes import (
    FakeEngine,
    FakeNetwork,
    FakeReport,
    FakeStatus,
    ProbeBox,
    StatusBox,
    make_controller,
)
from pytestqt.qtbot import QtBot

from voordeur.gui.common.context import AppContext
from voordeur.gui.common.runner import BackgroundRunner
from voordeur.gui.sync.controller import SyncController, SyncState
from voordeur.gui.sync.network_watch import Backoff, NetworkWatch
from voordeur.sync.errors import DeviceRevoked, SyncRefused, Unreachable


@pytest.fixture
def controllers() -> Iterator[list[SyncController]]:
    made: list[SyncController] = []
    yield made
    for controller in made:
        controller.stop()


def started(controllers: list[SyncController], ctx: AppContext, engine: FakeEngine,
            **kw: object) -> SyncController:
    status = kw.pop("status", None) or StatusBox()
    controller = make_controller(ctx, engine, status=status, **kw)  # type: ignore[arg-type]
    controllers.append(controller)
    controller.start(status.status)
    return controller


def idle(controller: SyncController) -> bool:
    return not controller.running and controller.state != SyncState.SYNCING


# -- back-off ---------------------------------------------------------------------------------
def test_backoff_doubles_up_to_five_minutes_and_resets() -> None:
    backoff = Backoff(jitter=0)
    delays = [backoff.next_ms() for _ in range(9)]
    assert delays == [5_000, 10_000, 20_000, 40_000, 80_000, 160_000, 300_000, 300_000, 300_000]
    backoff.reset()
    assert backoff.next_ms() == 5_000


def test_backoff_jitter_stays_within_its_spread() -> None:
    backoff = Backoff(jitter=0.2, rng=random.Random(3))
    for expected in (5_000, 10_000, 20_000):
        delay = backoff.next_ms()
        assert expected * 0.8 <= delay <= expected * 1.2
    assert len({Backoff(jitter=0.2).next_ms() for _ in range(20)}) > 1


# -- when it syncs ----------------------------------------------------------------------------
def test_start_syncs_once_and_reports(qtbot: QtBot, ctx: AppContext,
                                      controllers: list[SyncController]) -> None:
    engine = FakeEngine([FakeReport(pushed=2, pulled=3)])
    status = StatusBox()
    controller = make_controller(ctx, engine, status=status)
    controllers.append(controller)
    with qtbot.waitSignal(controller.synced, timeout=5000) as got:
        controller.start(status.status)
    assert got.args[0].pushed == 2
    assert controller.state == SyncState.ONLINE
    qtbot.waitUntil(lambda: status.reads >= 1)
    assert engine.runs == 1


def test_the_engine_lives_on_its_own_thread(qtbot: QtBot, ctx: AppContext,
                                            controllers: list[SyncController]) -> None:
    engine = FakeEngine()
    controller = started(controllers, ctx, engine)
    qtbot.waitUntil(lambda: engine.runs == 1 and idle(controller))
    controller.sync_now()
    qtbot.waitUntil(lambda: engine.runs == 2 and idle(controller))
    controller.stop()
    assert engine.closed
    assert len(set(engine.threads)) == 1  # created, run twice and closed on one thread
    assert engine.threads[0] != threading.get_ident()  # never the GUI thread


def test_local_changes_are_debounced_into_one_sync(qtbot: QtBot, ctx: AppContext,
                                                   controllers: list[SyncController]) -> None:
    engine = FakeEngine()
    controller = started(controllers, ctx, engine, debounce_ms=400)
    qtbot.waitUntil(lambda: engine.runs == 1 and idle(controller))
    for _ in range(5):
        ctx.bus.household_changed.emit("h1")
        qtbot.wait(20)
    assert engine.runs == 1  # still typing: nothing yet
    qtbot.waitUntil(lambda: engine.runs == 2, timeout=3000)
    qtbot.wait(600)
    assert engine.runs == 2


def test_a_request_while_syncing_runs_once_more_afterwards(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    controller = started(controllers, ctx, engine)
    qtbot.waitUntil(lambda: len(engine.threads) >= 2)  # inside run_once, waiting at the gate
    for _ in range(3):
        controller.request_sync()
    assert controller.run_again
    gate.set()
    qtbot.waitUntil(lambda: engine.runs == 2 and idle(controller), timeout=5000)
    qtbot.wait(200)
    assert engine.runs == 2  # three requests, one extra run
    assert not controller.run_again


def test_syncs_announce_changed_households_without_syncing_again(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    engine = FakeEngine([FakeReport(pulled=4, households=("h1", "h2"))])
    seen: list[str] = []
    lists: list[bool] = []
    ctx.bus.household_changed.connect(seen.append)
    ctx.bus.households_changed.connect(lambda: lists.append(True))
    controller = started(controllers, ctx, engine, debounce_ms=50)
    qtbot.waitUntil(lambda: engine.runs == 1 and idle(controller))
    assert seen == ["h1", "h2"] and lists == [True]
    qtbot.wait(250)
    assert engine.runs == 1  # its own announcements are not local changes


def test_many_households_reload_the_lists_and_only_the_shown_pages(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    ids = tuple(f"h{i}" for i in range(50))
    engine = FakeEngine([FakeReport(pulled=50, households=ids)])
    seen: list[str] = []
    ctx.bus.household_changed.connect(seen.append)
    controller = started(controllers, ctx, engine, shown_households=lambda: {"h7", "other"})
    qtbot.waitUntil(lambda: engine.runs == 1 and idle(controller))
    assert seen == ["h7"]


def test_periodic_sync_while_online(qtbot: QtBot, ctx: AppContext,
                                    controllers: list[SyncController]) -> None:
    engine = FakeEngine()
    controller = started(controllers, ctx, engine, period_ms=120)
    qtbot.waitUntil(lambda: engine.runs >= 3, timeout=5000)
    assert controller.state in (SyncState.ONLINE, SyncState.SYNCING)


@pytest.mark.parametrize("own_thread", [False, True], ids=["views-runner", "own-runner"])
def test_before_sync_saves_are_committed_before_the_sync_starts(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController], own_thread: bool
) -> None:
    """The editor's typing goes to the views' runner first; the sync comes after it."""
    order: list[str] = []
    gate = threading.Event()

    def flush() -> None:  # what the window's hook does: an autosave on the views' runner
        ctx.runner.submit(lambda: (gate.wait(5), order.append("saved")))

    engine_runner = BackgroundRunner() if own_thread else ctx.runner
    try:
        engine = FakeEngine(before_run=lambda: order.append("sync"))
        controller = started(controllers, ctx, engine, before_sync=flush,
                             engine_runner=engine_runner)
        qtbot.wait(100)
        assert order == []  # the sync waits for the save
        gate.set()
        qtbot.waitUntil(lambda: engine.runs == 1 and idle(controller))
        assert order == ["saved", "sync"]
        controller.stop()
        assert engine.closed
    finally:
        if engine_runner is not ctx.runner:
            engine_runner.close()


def test_by_default_the_engine_has_a_thread_of_its_own(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    """A sync waiting on the network never holds up the views' reads and writes."""
    view_thread: list[int] = []
    ctx.runner.submit(lambda: view_thread.append(threading.get_ident()))
    engine = FakeEngine()
    controller = started(controllers, ctx, engine)
    qtbot.waitUntil(lambda: engine.runs == 1 and idle(controller))
    assert view_thread and not set(engine.threads) & set(view_thread)


# -- offline and back-off ---------------------------------------------------------------------
def test_unreachable_backs_off_with_probes_then_syncs_when_back(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    engine = FakeEngine([Unreachable("connection refused"), FakeReport()])
    probe = ProbeBox([False, False, True])
    controller = started(controllers, ctx, engine, probe=probe,
                         backoff=Backoff(first_ms=40, max_ms=200, jitter=0))
    qtbot.waitUntil(lambda: controller.state == SyncState.OFFLINE)
    assert controller.next_retry_ms is not None
    qtbot.waitUntil(lambda: len(probe.calls) == 3 and idle(controller), timeout=5000)
    qtbot.waitUntil(lambda: controller.state == SyncState.ONLINE, timeout=5000)
    assert probe.calls == ["https://team.example.org"] * 3
    assert engine.runs == 2
    assert controller.backoff.failures == 0  # reset after the success


def test_local_changes_while_offline_wait_for_the_backoff(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    engine = FakeEngine([Unreachable("down")])
    probe = ProbeBox([False] * 50)
    controller = started(controllers, ctx, engine, probe=probe, debounce_ms=20,
                         backoff=Backoff(first_ms=60_000, max_ms=60_000, jitter=0))
    qtbot.waitUntil(lambda: controller.state == SyncState.OFFLINE)
    for _ in range(3):
        ctx.bus.household_changed.emit("h1")
    qtbot.wait(150)
    assert engine.runs == 1 and probe.calls == []


def test_network_back_resets_the_backoff_and_probes_at_once(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    network = FakeNetwork(online=False)
    engine = FakeEngine()
    probe = ProbeBox([True])
    controller = started(controllers, ctx, engine, network=network, probe=probe,
                         backoff=Backoff(first_ms=60_000, max_ms=60_000, jitter=0))
    assert controller.state == SyncState.OFFLINE  # the system says so: no attempt
    assert engine.runs == 0 and controller.next_retry_ms is not None
    network.set_online(True)
    qtbot.waitUntil(lambda: engine.runs == 1 and controller.state == SyncState.ONLINE)
    assert probe.calls and controller.backoff.failures == 0
    network.set_online(False)
    assert controller.state == SyncState.OFFLINE


def test_other_failures_retry_too_and_say_so(qtbot: QtBot, ctx: AppContext,
                                             controllers: list[SyncController]) -> None:
    engine = FakeEngine([RuntimeError("note text of Familie Vonk"), FakeReport()])
    controller = started(controllers, ctx, engine, probe=ProbeBox([True]))
    qtbot.waitUntil(lambda: controller.state == SyncState.FAILED)
    assert "Vonk" not in controller.message  # never another exception's own text
    assert controller.message.startswith("Er ging iets mis")
    qtbot.waitUntil(lambda: controller.state == SyncState.ONLINE, timeout=5000)
    assert engine.runs == 2


# -- refusals ---------------------------------------------------------------------------------
def test_refused_stops_automatic_sync_but_the_worker_can_retry(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    engine = FakeEngine([SyncRefused("refresh token invalid", "refresh_invalid"), FakeReport()])
    controller = started(controllers, ctx, engine, debounce_ms=20, period_ms=50)
    qtbot.waitUntil(lambda: controller.state == SyncState.NEEDS_LOGIN)
    assert "refresh token" in controller.message
    ctx.bus.household_changed.emit("h1")
    controller.request_sync()
    qtbot.wait(200)
    assert engine.runs == 1
    controller.sync_now()  # "Nu synchroniseren"
    qtbot.waitUntil(lambda: controller.state == SyncState.ONLINE)
    assert engine.runs == 2


def test_revoked_device_is_reported_with_the_wipe_flag(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    engine = FakeEngine([DeviceRevoked("device revoked", wipe=True)])
    controller = make_controller(ctx, engine)
    controllers.append(controller)
    with qtbot.waitSignal(controller.device_revoked, timeout=5000) as got:
        controller.start()
    assert got.args == [True]
    assert controller.state == SyncState.REVOKED
    controller.sync_now()
    qtbot.wait(100)
    assert engine.runs == 1  # a revoked laptop does not try again


def test_a_store_that_is_revoked_or_not_linked_does_not_sync(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    for status, state in ((FakeStatus(revoked=True), SyncState.REVOKED),
                          (FakeStatus(linked=False), SyncState.NOT_LINKED)):
        engine = FakeEngine()
        controller = make_controller(ctx, engine)
        controllers.append(controller)
        controller.start(status)
        qtbot.wait(50)
        assert controller.state == state and engine.runs == 0


# -- stopping ---------------------------------------------------------------------------------
def test_stop_waits_for_the_running_sync_and_leaves_nothing_running(
    qtbot: QtBot, ctx: AppContext, controllers: list[SyncController]
) -> None:
    gate = threading.Event()
    engine = FakeEngine(gate=gate)
    controller = started(controllers, ctx, engine)
    qtbot.waitUntil(lambda: len(engine.threads) >= 2)
    threading.Timer(0.2, gate.set).start()
    controller.stop()  # waits for run_once, then closes the engine on its thread
    assert engine.runs == 1 and engine.closed
    assert controller.runner.closed
    ctx.bus.household_changed.emit("h1")
    controller.request_sync()
    qtbot.wait(150)
    assert engine.runs == 1


def test_the_system_network_view_can_be_asked_and_closed(qtbot: QtBot) -> None:
    """QNetworkInformation when the platform has a backend; without one the probe decides."""
    watch = NetworkWatch()
    assert watch.online() in (True, False, None)
    watch.close()
    watch.close()
    assert watch.online() is None

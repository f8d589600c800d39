"""Keeps a linked store in step with the team server, in the background.

A `SyncController` lives as long as the store is unlocked (the app window makes one when the
store is linked). It syncs

* when the app starts and whenever the server is reachable again (QNetworkInformation says the
  network is back, or a health probe succeeds),
* a few seconds after the last local change (the DataBus signals every write emits),
* every few minutes while online,
* when the worker asks ("Nu synchroniseren", F9).

Only one sync runs at a time; a request while one runs makes it run once more afterwards.

Threads. The engine, its HTTP client and every session it opens live on ONE background thread,
the controller's own, never the GUI thread and not the views' runner: a sync waiting on a slow
network must not hold up opening a household. The store starts every transaction with BEGIN
IMMEDIATE (store/engine.py), so the two threads' transactions take turns instead of failing with
"database is locked", and the engine never keeps a transaction open while it talks to the server.
The health probe runs on the same thread (it touches no data). Before a sync starts, the open
editor hands its typing to the views' runner and the sync waits for it, so it is in the outbox
first and the pull leaves those fields to the server to arbitrate.

When the server cannot be reached the controller probes it again after 5 s, 10 s, 20 s … (at
most 5 minutes, with some jitter so a team's laptops do not all knock at once). A refusal that a
retry cannot fix (log in again) stops automatic syncing until the worker logs in again in the
app (`logged_in`); a revoked device is reported to the window, which locks (and wipes, when the
server asks for it).
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from enum import StrEnum
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from voordeur.gui.common.errors import describe_error
from voordeur.gui.common.runner import BackgroundRunner
from voordeur.sync import errors

if TYPE_CHECKING:
    from voordeur.gui.common.context import AppContext
    from voordeur.store.store import Store
    from voordeur.sync.engine import SyncReport
    from voordeur.sync.status import SyncStatus
from voordeur.gui.sync.network_watch import Backoff, NetworkWatch

log = logging.getLogger(__name__)

DEBOUNCE_MS = 5_000  # after the last local change
PERIOD_MS = 5 * 60_000  # while online
STATUS_DELAY_MS = 800  # pending count after a local change
# Above this many changed households a sync reloads the lists once instead of row by row.
MANY_HOUSEHOLDS = 20


class SyncState(StrEnum):
    NOT_LINKED = "not_linked"  # this store was never logged in to a team server
    CHECKING = "checking"  # started, first contact not made yet
    ONLINE = "online"  # the last contact worked
    SYNCING = "syncing"
    OFFLINE = "offline"  # server not reachable: retried with back-off
    FAILED = "failed"  # something else went wrong: retried with back-off
    NEEDS_LOGIN = "needs_login"  # refused: no automatic sync until the worker logs in again
    REVOKED = "revoked"  # this laptop was removed from the team


# -- the real engine, imported only when a linked store needs it --------------------------
def default_status(store: Store) -> SyncStatus:
    from voordeur.sync.status import sync_status

    return sync_status(store)


def default_engine(store: Store) -> Any:
    from voordeur.sync.engine import SyncEngine

    return SyncEngine(store)


def default_probe(server_url: str) -> bool:
    from voordeur.sync.engine import probe

    return probe(server_url)


def classify(exc: BaseException) -> SyncState:
    """Which state a failed sync leaves the controller in."""
    if isinstance(exc, errors.DeviceRevoked):
        return SyncState.REVOKED
    if isinstance(exc, errors.NotLinked):
        return SyncState.NOT_LINKED
    if isinstance(exc, errors.SyncRefused):
        return SyncState.NEEDS_LOGIN
    if isinstance(exc, errors.Unreachable):
        return SyncState.OFFLINE
    return SyncState.FAILED


def failure_detail(exc: BaseException) -> str:
    """The detail shown for the helpdesk: the engine's own message (plain English, without
    personal data), else the app's Dutch description — never another exception's text, which
    may quote a note or a name (a database error quotes its SQL parameters)."""
    if isinstance(exc, errors.SyncError):
        return str(exc)
    return describe_error(exc)


class SyncController(QObject):
    state_changed = Signal(str)  # a SyncState value
    status_changed = Signal(object)  # SyncStatus: pending, conflicts, last sync …
    synced = Signal(object)  # SyncReport, after the views were told what changed

    # The device was revoked: the window locks (True: and wipes the store).
    device_revoked = Signal(bool)

    def __init__(
        self,
        ctx: AppContext,
        *,
        engine_factory: Callable[[Store], Any] = default_engine,
        probe: Callable[[str], bool] = default_probe,
        status_reader: Callable[[Store], SyncStatus] = default_status,
        network: NetworkWatch | None = None,
        engine_runner: BackgroundRunner | None = None,
        before_sync: Callable[[], None] | None = None,
        shown_households: Callable[[], set[str]] | None = None,
        debounce_ms: int = DEBOUNCE_MS,
        period_ms: int = PERIOD_MS,
        backoff: Backoff | None = None,
        status_delay_ms: int = STATUS_DELAY_MS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("syncController")
        self.ctx = ctx
        self._engine_factory = engine_factory
        self._probe = probe
        self._status_reader = status_reader
        self._before_sync = before_sync
        self._shown_households = shown_households
        self.network = network if network is not None else NetworkWatch(self)
        self.backoff = backoff or Backoff()
        # The probe's and the engine's thread (see the module's docstring).
        self.runner = BackgroundRunner(self)
        self.engine_runner = engine_runner if engine_runner is not None else self.runner
        self._engine: Any = None  # touched only on the engine runner's thread
        self.state = SyncState.CHECKING
        self.message = ""  # detail of the last failure, for the helpdesk (see failure_detail)
        self.status: SyncStatus | None = None
        self.last_report: SyncReport | None = None
        self.running = False
        self.run_again = False
        self._probing = False
        self._stopped = False
        self._connected = False
        self._announcing = False
        self._relogged = False  # logged in while a round with the old sign-in was running
        self.runs = 0  # syncs started

        self._debounce = self._timer("syncDebounce", debounce_ms, self._debounced)
        self._periodic = self._timer("syncPeriodic", period_ms, self.request_sync,
                                     single=False)
        self._retry = self._timer("syncRetry", 0, self._probe_now)
        self._status_timer = self._timer("syncStatusRefresh", status_delay_ms,
                                         self.refresh_status)

    def _timer(self, name: str, interval: int, slot: Callable[[], None], *,
               single: bool = True) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName(name)
        timer.setSingleShot(single)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    # -- life -----------------------------------------------------------------------------
    def start(self, status: SyncStatus | None = None) -> None:
        """Begin: sync now unless the system says there is no network."""
        if status is not None:
            self._take_status(status)
            if status.revoked:
                self._set_state(SyncState.REVOKED)
                return
            if not status.linked:
                self._set_state(SyncState.NOT_LINKED)
                return
        self.ctx.bus.household_changed.connect(self._local_change)
        self.ctx.bus.households_changed.connect(self._local_change)
        self.network.reachability_changed.connect(self._reachability_changed)
        self._connected = True
        if self.network.online() is False:
            self._set_state(SyncState.OFFLINE)
            self._schedule_retry()
        else:
            self.request_sync()

    def stop(self) -> None:
        """Stop every timer, let a running sync finish, close the engine and its thread."""
        if self._stopped:
            return
        self._stopped = True
        for timer in (self._debounce, self._periodic, self._retry, self._status_timer):
            timer.stop()
        if self._connected:
            self._connected = False
            for signal, slot in ((self.ctx.bus.household_changed, self._local_change),
                                 (self.ctx.bus.households_changed, self._local_change),
                                 (self.network.reachability_changed, self._reachability_changed)):
                with contextlib.suppress(RuntimeError, TypeError):
                    signal.disconnect(slot)
        self.network.close()
        if not self.engine_runner.closed:
            # On the engine's thread, after a running sync; wait for both (the store closes next).
            self.engine_runner.submit(self._close_engine)
            self.engine_runner.wait_idle(120)
        self.runner.close(timeout=30)

    @property
    def stopped(self) -> bool:
        return self._stopped

    def _close_engine(self) -> None:
        engine, self._engine = self._engine, None
        if engine is not None:
            engine.close()

    # -- asking for a sync ----------------------------------------------------------------
    def request_sync(self, *, manual: bool = False) -> None:
        """Sync now, or once more right after the one that is running."""
        if self._stopped or self.state in (SyncState.REVOKED, SyncState.NOT_LINKED):
            return
        if self.state == SyncState.NEEDS_LOGIN and not manual:
            return  # only the worker can try again after a refusal
        if self.running or self._probing:
            self.run_again = True
            return
        self._debounce.stop()
        self._retry.stop()
        self.running = True
        self.runs += 1
        self._set_state(SyncState.SYNCING)
        if self._before_sync is not None:
            self._before_sync()  # the editor hands its typing to the views' runner
        if self.engine_runner is self.ctx.runner or self.ctx.runner.closed:
            self._launch()  # first in, first out: those saves come first
        else:
            # Wait for those saves so they are in the outbox.
            self.ctx.runner.submit(lambda: None, lambda _r: self._launch(),
                                   lambda _e: self._launch())

    def sync_now(self) -> None:
        """The worker asked ("Nu synchroniseren"): also after a refusal or while offline."""
        if self.state in (SyncState.OFFLINE, SyncState.FAILED, SyncState.NEEDS_LOGIN):
            self.backoff.reset()
        self.request_sync(manual=True)

    def logged_in(self) -> None:
        """The worker logged in again (the login dialog): leave "Aanmelden nodig" and sync now.
        A round already running used the old sign-in, so another one follows it whatever it
        answers."""
        if self._stopped or self.state == SyncState.REVOKED:
            return
        self.message = ""
        self.backoff.reset()
        self._relogged = self.running
        if not self.running and self.state in (SyncState.NEEDS_LOGIN, SyncState.NOT_LINKED):
            self._set_state(SyncState.CHECKING)
        if not self._connected:
            self.start()  # started on a store that was not linked: listen and sync now
        else:
            self.request_sync(manual=True)

    def _launch(self) -> None:
        if self._stopped or self.engine_runner.closed:
            self.running = False
            return
        store = self.ctx.store
        factory = self._engine_factory

        def run() -> Any:  # on the engine's thread
            if self._engine is None:
                self._engine = factory(store)
            return self._engine.run_once()

        self.engine_runner.submit(run, self._on_synced, self._on_failed)

    # -- results --------------------------------------------------------------------------
    def _on_synced(self, report: SyncReport) -> None:
        self.running = False
        if self._stopped:
            return
        self.last_report = report
        self._relogged = False
        self.backoff.reset()
        self.message = ""
        self._set_state(SyncState.ONLINE)
        self._announce(tuple(report.households))
        self.synced.emit(report)
        self.refresh_status()
        self._periodic.start()
        if self.run_again:
            self.run_again = False
            self.request_sync()

    def _on_failed(self, exc: BaseException) -> None:
        self.running = False
        if self._stopped:
            return
        state = classify(exc)
        if self._relogged and state in (SyncState.NEEDS_LOGIN, SyncState.NOT_LINKED):
            self._relogged = self.run_again = False  # the old sign-in's answer: try the new one
            self.request_sync(manual=True)
            return
        self._relogged = False
        self.message = failure_detail(exc)
        log.info("sync failed: %s", type(exc).__name__)
        self._set_state(state)
        self.refresh_status()
        if state == SyncState.REVOKED:
            self._halt()
            self.device_revoked.emit(bool(getattr(exc, "wipe", False)))
        elif state in (SyncState.NEEDS_LOGIN, SyncState.NOT_LINKED):
            self._halt()
        else:  # offline or a passing failure: try again later (the retry probes first)
            self._schedule_retry()

    def _halt(self) -> None:
        """No more automatic syncs (the worker can still ask, after a refusal)."""
        self.run_again = False
        for timer in (self._debounce, self._periodic, self._retry):
            timer.stop()

    # -- reachability ---------------------------------------------------------------------
    def _schedule_retry(self) -> None:
        self._periodic.stop()
        self.run_again = False  # the retry will sync anyway
        self._retry.start(self.backoff.next_ms())

    def _probe_now(self) -> None:
        if self._stopped or self.running or self._probing:
            return
        if self.state in (SyncState.REVOKED, SyncState.NOT_LINKED, SyncState.NEEDS_LOGIN):
            return
        if self.status is None:  # no server address known yet: a whole sync finds out
            self.request_sync()
            return
        url, probe = self.status.server_url, self._probe
        self._probing = True
        self.runner.submit(lambda: bool(probe(url)), self._on_probed,
                           lambda _exc: self._on_probed(False))

    def _on_probed(self, reachable: bool) -> None:
        self._probing = False
        if self._stopped:
            return
        if reachable or self.run_again:
            self.run_again = False
            self.backoff.reset()
            self.request_sync()
        else:
            if self.state != SyncState.FAILED:
                self._set_state(SyncState.OFFLINE)
            self._schedule_retry()

    def _reachability_changed(self, online: bool) -> None:
        if self._stopped:
            return
        if online and self.state in (SyncState.OFFLINE, SyncState.FAILED, SyncState.CHECKING):
            self.backoff.reset()
            self._retry.stop()
            self._probe_now()
        elif not online and not self.running and self.state == SyncState.ONLINE:
            self._set_state(SyncState.OFFLINE)
            self._schedule_retry()

    @property
    def next_retry_ms(self) -> int | None:
        """Milliseconds until the next attempt while offline (None when none is planned)."""
        return self._retry.remainingTime() if self._retry.isActive() else None

    # -- local changes and the views ------------------------------------------------------
    def _local_change(self, *_args: object) -> None:
        if self._stopped or self._announcing:
            return
        self._status_timer.start()
        if self.state not in (SyncState.REVOKED, SyncState.NOT_LINKED, SyncState.NEEDS_LOGIN):
            self._debounce.start()

    def _debounced(self) -> None:
        if self.state in (SyncState.OFFLINE, SyncState.FAILED):
            return  # the back-off decides when to try again
        self.request_sync()

    def _announce(self, households: tuple[str, ...]) -> None:
        """Tell the open views which households the pull changed (not a local change)."""
        if not households:
            return
        self._announcing = True
        try:
            self.ctx.bus.households_changed.emit()  # the list: new, renamed, closed
            wanted: list[str] = list(households)
            if len(households) > MANY_HOUSEHOLDS and self._shown_households is not None:
                # The list reloads as a whole; only the pages on screen need their own.
                shown = self._shown_households()
                wanted = [h for h in households if h in shown]
            for household_id in wanted:
                self.ctx.bus.household_changed.emit(household_id)
        finally:
            self._announcing = False

    # -- status ---------------------------------------------------------------------------
    def refresh_status(self) -> None:
        """Read pending changes, conflicts and the last sync again (a few COUNT queries)."""
        if self._stopped or self.ctx.runner.closed:
            return
        self.ctx.read(self._status_reader, self._take_status, lambda _exc: None,
                      key=f"sync-status-{id(self)}")

    def _take_status(self, status: SyncStatus) -> None:
        if self._stopped:
            return
        self.status = status
        self.status_changed.emit(status)

    def _set_state(self, state: SyncState) -> None:
        if state != self.state:
            self.state = state
            log.debug("sync state: %s", state.value)
        self.state_changed.emit(state.value)

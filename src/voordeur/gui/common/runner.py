"""The one background runner every view uses for the database (and other slow work).

The GUI thread never waits on the store. A view submits a function; it runs on the runner's
single worker thread and its result (or error) comes back on the GUI thread through a queued
signal. One worker thread, first in first out, means writes are applied in the order they were
asked for — an autosave can never overtake an earlier one — and the store's connection stays on
one thread. Each task opens its own short session (`Store.session()`); none crosses threads.

A task submitted with a `key` replaces the result of an older task with the same key that has
not been delivered yet: a search or list reload that is already out of date is dropped, not shown.
"""

from __future__ import annotations

import logging
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

log = logging.getLogger(__name__)

ResultCallback = Callable[[Any], None]
ErrorCallback = Callable[[BaseException], None]


def _done() -> None:
    """Stands in for a task's function once it has run."""


@dataclass
class _Task:
    fn: Callable[[], Any]
    on_result: ResultCallback | None
    on_error: ErrorCallback | None
    key: str | None
    generation: int


class _Relay(QObject):
    """Lives on the GUI thread; signals emitted from the worker are delivered there (queued)."""

    finished = Signal(object, object, object)  # task, result, error


class _Job(QRunnable):
    def __init__(self, task: _Task, relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._relay = relay

    def run(self) -> None:
        result: Any = None
        error: BaseException | None = None
        try:
            result = self._task.fn()
        except BaseException as exc:  # delivered to the caller, never lost on the worker
            # Without its traceback: the frames would keep the task's closure (and the widgets
            # it names) alive in a reference cycle that the garbage collector might then free
            # on this thread, where Qt objects must never be destroyed.
            error = exc.with_traceback(None)
            # No message text: an exception may carry personal data (a note, a name).
            log.debug("background task failed with %s", type(exc).__name__)
        self._relay.finished.emit(self._task, result, error)


class BackgroundRunner(QObject):
    """Runs store work off the GUI thread, one task at a time, results back on the GUI thread."""

    busy_changed = Signal(bool)
    # Errors of tasks that did not pass their own error callback end up here.
    unhandled_error = Signal(object)

    # Every runner not yet closed: tests fail when one is left running.
    open_runners: ClassVar[weakref.WeakSet[BackgroundRunner]] = weakref.WeakSet()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        BackgroundRunner.open_runners.add(self)
        self._pool = QThreadPool()
        self._pool.setMaxThreadCount(1)
        self._pool.setExpiryTimeout(-1)  # keep the one thread; its connection stays warm
        self._relay = _Relay()
        self._relay.finished.connect(self._deliver)
        self._latest: dict[str, int] = {}
        self._generation = 0
        self._pending = 0
        self._closed = False

    # -- submitting ---------------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[[], Any],
        on_result: ResultCallback | None = None,
        on_error: ErrorCallback | None = None,
        *,
        key: str | None = None,
    ) -> None:
        """Run `fn()` in the background; `on_result(value)` or `on_error(exc)` on the GUI thread."""
        if self._closed:
            raise RuntimeError("the background runner is closed")
        self._generation += 1
        if key is not None:
            self._latest[key] = self._generation
        task = _Task(fn, on_result, on_error, key, self._generation)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Job(task, self._relay))

    def run_now(self, fn: Callable[[], Any], timeout: float = 30.0) -> Any:
        """Run `fn` on the worker thread and wait for it: only for locking and quitting, where
        every pending save must be on disk before the data is hidden or the app ends."""
        box: dict[str, Any] = {}

        def wrapped() -> Any:
            try:
                box["result"] = fn()
            except BaseException as exc:
                box["error"] = exc
            return None

        self.submit(wrapped)
        if not self.wait_idle(timeout):
            raise TimeoutError("the background work did not finish in time")
        self._drain()
        if "error" in box:
            raise box["error"]
        return box.get("result")

    # -- waiting and closing ------------------------------------------------------------------
    @property
    def pending(self) -> int:
        return self._pending

    def wait_idle(self, timeout: float = 30.0) -> bool:
        """Block until every submitted task has run (not until its callback was delivered)."""
        return bool(self._pool.waitForDone(int(timeout * 1000)))

    def close(self, timeout: float = 30.0) -> None:
        """Finish what was submitted (saves included), deliver the results, stop the thread."""
        if self._closed:
            return
        self.wait_idle(timeout)
        self._drain()
        self._closed = True
        self._pool.clear()
        self._pool.waitForDone(int(timeout * 1000))
        BackgroundRunner.open_runners.discard(self)

    @property
    def closed(self) -> bool:
        return self._closed

    def _drain(self) -> None:
        # Deliver queued results now, so callers see the state after the wait.
        from PySide6.QtCore import QCoreApplication

        QCoreApplication.sendPostedEvents(self)
        QCoreApplication.sendPostedEvents(self._relay)

    # -- delivering ---------------------------------------------------------------------------
    def _deliver(self, task: _Task, result: Any, error: BaseException | None) -> None:
        self._pending -= 1
        on_result, on_error = task.on_result, task.on_error
        # Drop the closure and callbacks here, on the GUI thread, so that whatever they hold
        # (widgets included) is released on this thread and never on the worker.
        task.fn = _done
        task.on_result = task.on_error = None
        try:
            stale = task.key is not None and self._latest.get(task.key) != task.generation
            if stale:
                return
            if error is not None:
                if on_error is not None:
                    on_error(error)
                else:
                    # Only the type is logged: the message may hold personal data.
                    log.warning("background task failed: %s", type(error).__name__)
                    self.unhandled_error.emit(error)
            elif on_result is not None:
                on_result(result)
        finally:
            if self._pending == 0:
                self.busy_changed.emit(False)

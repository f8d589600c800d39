"""Autosave for a form: never lose what the worker typed, never block the GUI thread.

A form registers each field with a getter and tells the `Autosave` when a field was edited
(`touch`). A save then happens

* after a pause in editing (debounce, ~0.7 s),
* at the latest ~1.5 s after the first unsaved edit, even while the worker keeps typing
  (max-wait), so a crash loses at most a second or two,
* immediately on every focus change in the application and on `save_now()` (flush).

A save reads the current value of each edited field, compares it with the value last handed to
the runner and submits only what differs, as one task on the background runner. The runner has
one worker thread, so saves are applied in the order they were submitted. When a save fails, its
fields count as unsaved again (unless a later save already covers them); the form shows the
error and the next edit, or a retry timer, tries again. The typed text stays in the widgets.
"""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QApplication, QWidget

from voordeur.gui.common.runner import BackgroundRunner
from voordeur.model import utcnow

log = logging.getLogger(__name__)

DEBOUNCE_MS = 700
MAX_WAIT_MS = 1500
RETRY_MS = 5000

# The states an Autosave reports.
SAVED, PENDING, ERROR = "saved", "pending", "error"


class _Unsaved:
    """Stands for 'what is in the store is not known': equal to nothing."""

    def __eq__(self, other: object) -> bool:
        return False

    def __hash__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return "<unsaved>"


UNSAVED: Any = _Unsaved()

# Builds the task that writes the changes: called on the GUI thread, the result runs on the
# runner thread. It must capture everything it needs (ids, values), never a widget.
WriteFactory = Callable[[dict[str, Any]], Callable[[], Any]]


class Autosave(QObject):
    """Debounced, max-waited, ordered saving of the changed fields of one record."""

    # SAVED, PENDING or ERROR
    state_changed = Signal(str)
    # After a save was committed: the moment (aware UTC) and the fields it wrote.
    saved = Signal(object, object)
    # A save failed: the exception.
    failed = Signal(object)

    def __init__(
        self,
        runner: BackgroundRunner,
        write: WriteFactory,
        parent: QObject | None = None,
        *,
        debounce_ms: int = DEBOUNCE_MS,
        max_wait_ms: int = MAX_WAIT_MS,
        retry_ms: int = RETRY_MS,
        save_on_focus_change: bool = True,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._write = write
        self._getters: dict[str, Callable[[], Any]] = {}
        self._submitted: dict[str, Any] = {}  # the last value handed to the runner, per field
        self._field_seq: dict[str, int] = {}  # which submission last carried each field
        self._dirty: set[str] = set()
        self._seq = 0
        self._in_flight = 0
        self._error: BaseException | None = None
        self._last_saved_at: datetime | None = None
        self._enabled = False
        self._closed = False
        self._state = SAVED

        self._debounce = self._timer("autosaveDebounce", debounce_ms)
        self._max_wait = self._timer("autosaveMaxWait", max_wait_ms)
        self._retry = self._timer("autosaveRetry", retry_ms)
        self._focus_connected = False
        if save_on_focus_change:
            app = QApplication.instance()
            if isinstance(app, QApplication):
                app.focusChanged.connect(self._on_focus_changed)
                self._focus_connected = True

    def _timer(self, name: str, interval: int) -> QTimer:
        timer = QTimer(self)
        timer.setObjectName(name)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(self.save_now)
        return timer

    # -- fields ---------------------------------------------------------------------------
    def reset(self, fields: dict[str, tuple[Callable[[], Any], Any]]) -> None:
        """Start over on a freshly loaded record: each field's getter and its stored value."""
        self._stop_timers()
        self._getters = {name: getter for name, (getter, _) in fields.items()}
        self._submitted = {name: value for name, (_, value) in fields.items()}
        self._field_seq = {}
        self._dirty.clear()
        self._error = None
        self._enabled = True
        self._set_state(PENDING if self._in_flight else SAVED)

    def track(self, name: str, getter: Callable[[], Any], stored: Any) -> None:
        """Add a field (or replace its getter); its stored value is kept if already known."""
        self._getters[name] = getter
        self._submitted.setdefault(name, stored)

    def untrack(self, name: str) -> None:
        self._getters.pop(name, None)
        self._dirty.discard(name)

    def disable(self) -> None:
        """Stop saving (no record loaded); what was submitted still completes."""
        self._stop_timers()
        self._enabled = False
        self._dirty.clear()

    # -- editing --------------------------------------------------------------------------
    def touch(self, name: str) -> None:
        """The field was edited: save after a pause, and at the latest after max-wait."""
        if not self._enabled or self._closed or name not in self._getters:
            return
        self._dirty.add(name)
        self._debounce.start()
        if not self._max_wait.isActive():
            self._max_wait.start()
        if self._state != ERROR:
            self._set_state(PENDING)

    def pending_changes(self) -> dict[str, Any]:
        """The edited fields whose value differs from what was last handed to the runner."""
        changes: dict[str, Any] = {}
        for name in list(self._dirty):
            getter = self._getters.get(name)
            if getter is None:
                self._dirty.discard(name)
                continue
            value = getter()
            if value != self._submitted.get(name, UNSAVED):
                changes[name] = value
        return changes

    def has_unsaved_changes(self) -> bool:
        return self._in_flight > 0 or bool(self.pending_changes())

    @property
    def enabled(self) -> bool:
        """A record is loaded and edits are being saved."""
        return self._enabled and not self._closed

    @property
    def state(self) -> str:
        return self._state

    @property
    def last_error(self) -> BaseException | None:
        return self._error

    @property
    def last_saved_at(self) -> datetime | None:
        return self._last_saved_at

    @property
    def in_flight(self) -> int:
        return self._in_flight

    # -- saving ---------------------------------------------------------------------------
    def save_now(self) -> bool:
        """Hand every pending change to the runner now; True when a save was submitted."""
        self._stop_timers()
        if not self._enabled or self._closed or self._runner.closed:
            return False
        changes = self.pending_changes()
        self._dirty.clear()
        if not changes:
            if not self._in_flight and self._state == PENDING:
                self._set_state(SAVED)
            return False
        self._seq += 1
        seq = self._seq
        for name, value in changes.items():
            self._submitted[name] = value
            self._field_seq[name] = seq
        try:
            task = self._write(dict(changes))
        except Exception as exc:  # building the task failed: nothing was submitted
            self._on_error(seq, changes, exc, submitted=False)
            return False
        self._in_flight += 1
        self._set_state(PENDING)
        self._runner.submit(
            task,
            lambda _result, s=seq, c=changes: self._on_saved(s, c),
            lambda exc, s=seq, c=changes: self._on_error(s, c, exc),
        )
        return True

    def _on_saved(self, seq: int, changes: dict[str, Any]) -> None:
        if self._closed:
            return
        self._in_flight -= 1
        self._last_saved_at = utcnow()
        if self._error is not None and self._failed_fields_pending():
            return  # an earlier failure is still not repaired
        self._error = None
        self._retry.stop()
        self._set_state(SAVED if not self._in_flight and not self._dirty else PENDING)
        self.saved.emit(self._last_saved_at, set(changes))

    def _on_error(self, seq: int, changes: dict[str, Any], exc: BaseException,
                  *, submitted: bool = True) -> None:
        if self._closed:
            return
        if submitted:
            self._in_flight -= 1
        log.warning("autosave failed: %s", type(exc).__name__)
        for name in changes:
            if self._field_seq.get(name) == seq:  # no later save carries this field
                self._submitted[name] = UNSAVED
                if name in self._getters:
                    self._dirty.add(name)
        self._error = exc
        self._set_state(ERROR)
        self.failed.emit(exc)
        if self._enabled and not self._runner.closed:
            self._retry.start()

    def _failed_fields_pending(self) -> bool:
        return any(self._submitted.get(name) is UNSAVED for name in self._dirty)

    # -- focus and shutdown ---------------------------------------------------------------
    def _on_focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._dirty and not self._closed:
            self.save_now()

    def _stop_timers(self) -> None:
        for timer in (self._debounce, self._max_wait, self._retry):
            timer.stop()

    def shutdown(self) -> None:
        """Submit what is pending, stop the timers, stop listening to focus changes."""
        if self._closed:
            return
        self.save_now()
        self._stop_timers()
        self._closed = True
        if self._focus_connected:
            app = QApplication.instance()
            if app is not None:
                with contextlib.suppress(RuntimeError, TypeError):
                    app.focusChanged.disconnect(self._on_focus_changed)
            self._focus_connected = False

    @property
    def closed(self) -> bool:
        return self._closed

    def _set_state(self, state: str) -> None:
        if state != self._state:
            self._state = state
            self.state_changed.emit(state)
